//! The `indicators` table: one row per indicator, with the filing and project context
//! a user filters by (source, year, agency, project name) repeated on each row, and
//! the parsed Target flattened into `target_*` columns.

use std::sync::Arc;

use arrow_array::builder::{Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;

use super::targets::TargetColumns;
use super::{strings, usize_i64, Columns};
use crate::batch::FilingRecord;
use crate::model::{Filing, Indicator, Project};

/// One indicator with where it sits.
struct Row<'a> {
    filing_id: i64,
    project_id: usize,
    indicator_id: usize,
    source: &'a str,
    filing: &'a Filing,
    project: &'a Project,
    ind: &'a Indicator,
}

fn rows(records: &[FilingRecord], first_filing_id: i64) -> impl Iterator<Item = Row<'_>> {
    records.iter().enumerate().filter_map(|(i, r)| r.result.as_ref().ok().map(|f| (i, r, f))).flat_map(move |(i, r, f)| {
        f.projects.iter().enumerate().flat_map(move |(j, p)| {
            p.indicators.iter().enumerate().map(move |(k, ind)| Row {
                filing_id: first_filing_id + usize_i64(i),
                project_id: j,
                indicator_id: k,
                source: &r.source,
                filing: f,
                project: p,
                ind,
            })
        })
    })
}

/// The table is built as two halves of its columns on two threads (each half walks
/// all rows): appending to ~30 builders per row is the cost, and it splits evenly.
pub fn indicators_table(records: &[FilingRecord], first_filing_id: i64) -> Result<RecordBatch, ArrowError> {
    let n: usize = records.iter().filter_map(|r| r.result.as_ref().ok()).flat_map(|f| &f.projects).map(|p| p.indicators.len()).sum();
    let (mut c, right) = super::join(|| left_columns(records, first_filing_id, n), || right_columns(records, first_filing_id, n));
    c.extend(right);
    c.finish()
}

/// Keys, context and the indicator's own text, up to `value`.
fn left_columns(records: &[FilingRecord], first_filing_id: i64, n: usize) -> Columns {
    let mut filing_id = Int64Builder::with_capacity(n);
    let mut project_id = Int64Builder::with_capacity(n);
    let mut indicator_id = Int64Builder::with_capacity(n);
    let mut source = strings(n, 48);
    let mut year = Int32Builder::with_capacity(n);
    let mut agency = strings(n, 24);
    let mut project_name = strings(n, 36);
    let mut period = strings(n, 6);
    let mut level1 = strings(n, 12);
    let mut level2 = strings(n, 15);
    let mut level1_raw = strings(n, 12);
    let mut level2_raw = strings(n, 15);
    let mut name = strings(n, 36);
    let mut description = strings(n, 8);
    let mut value = strings(n, 8);
    for r in rows(records, first_filing_id) {
        let ind = r.ind;
        filing_id.append_value(r.filing_id);
        project_id.append_value(usize_i64(r.project_id));
        indicator_id.append_value(usize_i64(r.indicator_id));
        source.append_value(r.source);
        year.append_option(r.filing.year);
        agency.append_option(r.filing.agency.as_deref());
        project_name.append_option(r.project.name.as_deref());
        period.append_option(ind.period.map(|x| x.as_str()));
        level1.append_value(&ind.level1);
        level2.append_value(&ind.level2);
        level1_raw.append_value(&ind.level1_raw);
        level2_raw.append_value(&ind.level2_raw);
        name.append_value(&ind.name);
        description.append_option(ind.description.as_deref());
        value.append_value(&ind.value);
    }
    let mut c = Columns::with_capacity(30);
    c.i64("filing_id", false, filing_id);
    c.i64("project_id", false, project_id);
    c.i64("indicator_id", false, indicator_id);
    c.str("source", false, source);
    c.i32("year", year);
    c.str("agency", true, agency);
    c.str("project_name", true, project_name);
    c.str("period", true, period);
    c.str("level1", false, level1);
    c.str("level2", false, level2);
    c.str("level1_raw", false, level1_raw);
    c.str("level2_raw", false, level2_raw);
    c.str("name", false, name);
    c.str("description", true, description);
    c.str("value", false, value);
    c
}

/// Further values, the other columns of the row, and the Target flattened.
fn right_columns(records: &[FilingRecord], first_filing_id: i64, n: usize) -> Columns {
    let mut values = ListBuilder::with_capacity(StringBuilder::with_capacity(n, n * 8), n);
    let mut basis = strings(n, 8);
    let mut polarity = strings(n, 0);
    let mut score = Float64Builder::with_capacity(n);
    let mut remark = strings(n, 0);
    let mut actual = strings(n, 0);
    let mut scoring = strings(n, 0);
    let mut value_kind = strings(n, 6);
    let mut line = Int64Builder::with_capacity(n);
    let mut target = TargetColumns::with_capacity(n);
    for r in rows(records, first_filing_id) {
        let ind = r.ind;
        for v in &ind.values {
            values.values().append_value(v);
        }
        values.append(true);
        basis.append_option(ind.basis.as_deref());
        polarity.append_option(ind.polarity.as_deref());
        score.append_option(ind.score);
        remark.append_option(ind.remark.as_deref());
        actual.append_option(ind.actual.as_deref());
        scoring.append_option(ind.scoring.as_deref());
        value_kind.append_option(ind.value_kind.as_deref());
        line.append_value(usize_i64(ind.line));
        target.append(&ind.target);
    }
    let mut c = Columns::with_capacity(18);
    c.add("values", false, Arc::new(values.finish()));
    c.str("basis", true, basis);
    c.str("polarity", true, polarity);
    c.f64("score", score);
    c.str("remark", true, remark);
    c.str("actual", true, actual);
    c.str("scoring", true, scoring);
    c.str("value_kind", true, value_kind);
    c.i64("line", false, line);
    target.finish_into(&mut c);
    c
}
