//! The `filings` table (one row per input, readable or not) and the `diagnostics`
//! table (one row per finding).

use arrow_array::builder::{BooleanBuilder, Int32Builder, Int64Builder};
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;

use super::{strings, usize_i64, Columns};
use crate::batch::FilingRecord;
use crate::model::Severity;

/// One row per record, in order. A file that could not be read has its `source`,
/// `error_kind` and `error` ("kind: message") set, zero counts, and nulls elsewhere;
/// `complete` is true when every project of the filing is complete.
pub fn filings_table(records: &[FilingRecord], first_filing_id: i64) -> Result<RecordBatch, ArrowError> {
    let n = records.len();
    let mut filing_id = Int64Builder::with_capacity(n);
    let mut source = strings(n, 48);
    let mut format = strings(n, 4);
    let mut encoding = strings(n, 6);
    let mut title = strings(n, 32);
    let mut agency = strings(n, 24);
    let mut agency_code = strings(n, 4);
    let mut year = Int32Builder::with_capacity(n);
    let mut kind = strings(n, 8);
    let mut n_projects = Int64Builder::with_capacity(n);
    let mut n_indicators = Int64Builder::with_capacity(n);
    let mut n_errors = Int64Builder::with_capacity(n);
    let mut n_warnings = Int64Builder::with_capacity(n);
    let mut complete = BooleanBuilder::with_capacity(n);
    let mut error_kind = strings(n, 0);
    let mut error = strings(n, 0);
    let mut department_goals = strings(n, 0);

    for (i, rec) in records.iter().enumerate() {
        filing_id.append_value(first_filing_id + usize_i64(i));
        source.append_value(&rec.source);
        match &rec.result {
            Ok(f) => {
                format.append_value(&f.format);
                encoding.append_option(f.encoding.as_deref());
                title.append_option(f.title.as_deref());
                agency.append_option(f.agency.as_deref());
                agency_code.append_option(f.agency_code.as_deref());
                year.append_option(f.year);
                kind.append_value(&f.kind);
                n_projects.append_value(usize_i64(f.projects.len()));
                n_indicators.append_value(usize_i64(f.projects.iter().map(|p| p.indicators.len()).sum()));
                let count = |s: Severity| usize_i64(f.diagnostics.iter().filter(|d| d.severity == s).count());
                n_errors.append_value(count(Severity::Error));
                n_warnings.append_value(count(Severity::Warning));
                complete.append_value(f.projects.iter().all(|p| p.complete));
                error_kind.append_null();
                error.append_null();
                department_goals.append_option(f.department_goals.as_deref());
            }
            Err(e) => {
                format.append_null();
                encoding.append_null();
                title.append_null();
                agency.append_null();
                agency_code.append_null();
                year.append_null();
                kind.append_null();
                n_projects.append_value(0);
                n_indicators.append_value(0);
                n_errors.append_value(0);
                n_warnings.append_value(0);
                complete.append_null();
                error_kind.append_value(&e.kind);
                error.append_value(e.to_string());
                department_goals.append_null();
            }
        }
    }

    let mut c = Columns::with_capacity(17);
    c.i64("filing_id", false, filing_id);
    c.str("source", false, source);
    c.str("format", true, format);
    c.str("encoding", true, encoding);
    c.str("title", true, title);
    c.str("agency", true, agency);
    c.str("agency_code", true, agency_code);
    c.i32("year", year);
    c.str("kind", true, kind);
    c.i64("n_projects", false, n_projects);
    c.i64("n_indicators", false, n_indicators);
    c.i64("n_errors", false, n_errors);
    c.i64("n_warnings", false, n_warnings);
    c.bool("complete", true, complete);
    c.str("error", true, error);
    c.str("error_kind", true, error_kind);
    c.str("department_goals", true, department_goals);
    c.finish()
}

/// One row per diagnostic of every readable filing, in filing order then in the
/// order the validator reported them. Unreadable files have no rows here: their
/// reason is `filings.error`.
pub fn diagnostics_table(records: &[FilingRecord], first_filing_id: i64) -> Result<RecordBatch, ArrowError> {
    let n: usize = records.iter().filter_map(|r| r.result.as_ref().ok()).map(|f| f.diagnostics.len()).sum();
    let mut filing_id = Int64Builder::with_capacity(n);
    let mut source = strings(n, 48);
    let mut project_id = Int64Builder::with_capacity(n);
    let mut indicator_id = Int64Builder::with_capacity(n);
    let mut code = strings(n, 4);
    let mut severity = strings(n, 7);
    let mut message = strings(n, 64);
    let mut line = Int64Builder::with_capacity(n);
    let mut snippet = strings(n, 24);

    for (i, rec) in records.iter().enumerate() {
        let Ok(f) = &rec.result else { continue };
        for d in &f.diagnostics {
            filing_id.append_value(first_filing_id + usize_i64(i));
            source.append_value(&rec.source);
            project_id.append_option(d.project.map(usize_i64));
            indicator_id.append_option(d.indicator.map(usize_i64));
            code.append_value(&d.code);
            severity.append_value(d.severity.as_str());
            message.append_value(&d.message);
            line.append_option(d.line.map(usize_i64));
            snippet.append_option(d.snippet.as_deref());
        }
    }

    let mut c = Columns::with_capacity(9);
    c.i64("filing_id", false, filing_id);
    c.str("source", false, source);
    c.i64("project_id", true, project_id);
    c.i64("indicator_id", true, indicator_id);
    c.str("code", false, code);
    c.str("severity", false, severity);
    c.str("message", false, message);
    c.i64("line", true, line);
    c.str("snippet", true, snippet);
    c.finish()
}
