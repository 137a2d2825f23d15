//! The `projects` table: one row per project table, every scalar field, funds
//! flattened as printed and converted to yuan by the effective unit.

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int32Builder, Int64Builder, ListBuilder, StringBuilder};
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;

use super::units::{effective_unit_in, to_yuan, unit_factor};
use super::{strings, usize_i64, Columns};
use crate::batch::FilingRecord;
use crate::model::Funds;

/// The flattened funds columns, in order: (period, part).
const FUNDS: [(&str, &str); 8] = [
    ("midterm", "total"),
    ("midterm", "fiscal"),
    ("midterm", "other"),
    ("midterm", "carryover"),
    ("annual", "total"),
    ("annual", "fiscal"),
    ("annual", "other"),
    ("annual", "carryover"),
];

fn part(funds: Option<&Funds>, k: usize) -> Option<f64> {
    let f = funds?;
    [f.total, f.fiscal, f.other, f.carryover][k % 4]
}

/// `spend_plan` and `extra` are JSON strings (null when absent/empty): they are lists
/// and maps, and one JSON column keeps the table flat without losing them.
pub fn projects_table(records: &[FilingRecord], first_filing_id: i64) -> Result<RecordBatch, ArrowError> {
    let n: usize = records.iter().filter_map(|r| r.result.as_ref().ok()).map(|f| f.projects.len()).sum();
    let mut filing_id = Int64Builder::with_capacity(n);
    let mut source = strings(n, 48);
    let mut project_id = Int64Builder::with_capacity(n);
    let mut heading = strings(n, 24);
    let mut name = strings(n, 36);
    let mut code = strings(n, 12);
    let mut department = strings(n, 24);
    let mut department_code = strings(n, 4);
    let mut implementing_unit = strings(n, 24);
    let mut attribute = strings(n, 12);
    let mut period_years = Int32Builder::with_capacity(n);
    let mut money_unit = strings(n, 6);
    let mut money_unit_effective = strings(n, 6);
    let mut amounts: Vec<Float64Builder> = (0..FUNDS.len()).map(|_| Float64Builder::with_capacity(n)).collect();
    let mut yuan: Vec<Float64Builder> = (0..FUNDS.len()).map(|_| Float64Builder::with_capacity(n)).collect();
    let mut spend_plan = strings(n, 0);
    let mut purpose = strings(n, 48);
    let mut goal_midterm = strings(n, 48);
    let mut goal_annual = strings(n, 96);
    let mut n_indicators = Int64Builder::with_capacity(n);
    let mut quantified_share = Float64Builder::with_capacity(n);
    let mut complete = BooleanBuilder::with_capacity(n);
    let mut line_first = Int64Builder::with_capacity(n);
    let mut line_last = Int64Builder::with_capacity(n);
    let mut extra = strings(n, 0);
    let mut value_columns = ListBuilder::new(StringBuilder::new());

    for (i, rec) in records.iter().enumerate() {
        let Ok(f) = &rec.result else { continue };
        for (j, p) in f.projects.iter().enumerate() {
            filing_id.append_value(first_filing_id + usize_i64(i));
            source.append_value(&rec.source);
            project_id.append_value(usize_i64(j));
            heading.append_option(p.heading.as_deref());
            name.append_option(p.name.as_deref());
            code.append_option(p.code.as_deref());
            department.append_option(p.department.as_deref());
            department_code.append_option(p.department_code.as_deref());
            implementing_unit.append_option(p.implementing_unit.as_deref());
            attribute.append_option(p.attribute.as_deref());
            period_years.append_option(p.period_years);
            money_unit.append_option(p.money_unit.as_deref());
            let unit = effective_unit_in(f, j);
            money_unit_effective.append_option(unit);
            let factor = unit.and_then(unit_factor);
            for (k, (period, _)) in FUNDS.iter().enumerate() {
                let funds = if *period == "midterm" { p.funds.midterm.as_ref() } else { p.funds.annual.as_ref() };
                let v = part(funds, k);
                amounts[k].append_option(v);
                yuan[k].append_option(to_yuan(v, factor));
            }
            spend_plan.append_option(p.spend_plan.as_ref().and_then(|s| serde_json::to_string(s).ok()));
            purpose.append_option(p.purpose.as_deref());
            goal_midterm.append_option(p.goals.midterm.as_deref());
            goal_annual.append_option(p.goals.annual.as_deref());
            n_indicators.append_value(usize_i64(p.indicators.len()));
            quantified_share.append_option(p.quantified_share);
            complete.append_value(p.complete);
            line_first.append_value(usize_i64(p.lines[0]));
            line_last.append_value(usize_i64(p.lines[1]));
            extra.append_option((!p.extra.is_empty()).then(|| serde_json::to_string(&p.extra).ok()).flatten());
            // Null where the table has one value column: nothing to name.
            for v in p.value_columns.iter().flatten() {
                value_columns.values().append_value(v);
            }
            value_columns.append(p.value_columns.is_some());
        }
    }

    let mut c = Columns::with_capacity(48);
    c.i64("filing_id", false, filing_id);
    c.str("source", false, source);
    c.i64("project_id", false, project_id);
    c.str("heading", true, heading);
    c.str("name", true, name);
    c.str("code", true, code);
    c.str("department", true, department);
    c.str("department_code", true, department_code);
    c.str("implementing_unit", true, implementing_unit);
    c.str("attribute", true, attribute);
    c.i32("period_years", period_years);
    c.str("money_unit", true, money_unit);
    c.str("money_unit_effective", true, money_unit_effective);
    for ((period, part), b) in FUNDS.iter().zip(amounts) {
        c.f64(&format!("{period}_{part}"), b);
    }
    for ((period, part), b) in FUNDS.iter().zip(yuan) {
        c.f64(&format!("{period}_{part}_yuan"), b);
    }
    c.str("spend_plan", true, spend_plan);
    c.str("purpose", true, purpose);
    c.str("goal_midterm", true, goal_midterm);
    c.str("goal_annual", true, goal_annual);
    c.i64("n_indicators", false, n_indicators);
    c.f64("quantified_share", quantified_share);
    c.bool("complete", false, complete);
    c.i64("line_first", false, line_first);
    c.i64("line_last", false, line_last);
    c.str("extra", true, extra);
    c.add("value_columns", true, Arc::new(value_columns.finish()));
    c.finish()
}
