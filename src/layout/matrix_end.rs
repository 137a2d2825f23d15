//! Where an indicator matrix ends: the rows after it that are not its rows.

use crate::chars::TrimWs;
use crate::read::Row;

use super::keys::{self, Key};
use super::{cost_breakdown, document, header, web_furniture};

/// "表13-1" over the next table's title. One byte first: 表 and 附 open with E8 / E9,
/// which rules out every row opening with ASCII or most other characters.
fn table_number(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(0xE8 | 0xE9)) && document::is_annex_number(t)
}

/// Rows that end the indicator matrix: signatures, approvals, notes, the document's
/// next part or table. (`rows`: this row and the rest; a header printed again after a
/// page break ends nothing.)
pub(super) fn is_footer(rows: &[Row]) -> bool {
    let row = &rows[0];
    let Some(first) = row.non_empty().next() else { return false };
    let t = first.text.trim_ws();
    if t.starts_with("注") && (t.starts_with("注:") || t.starts_with("注：")) || t.starts_with("附件") || t.starts_with("备注:") {
        return true;
    }
    if t.starts_with('第') && document::is_part_heading(t) || table_number(t) && row.single().is_some() {
        return true;
    }
    // The website the table was copied from goes on below it ("打印本页 关闭窗口", its
    // footer). Only the page's controls and chrome: a page number under a row is a
    // page break inside the table, which goes on after it.
    if web_furniture::is_site_controls(row) || web_furniture::is_site_chrome(row) {
        return true;
    }
    match keys::key_kind(first) {
        // 单位名称 opens a multi-project sheet's header printed again after a page break
        // too. Only a row opening with a column name can be one; the header search
        // (which tries every row of its window) is kept for those.
        Some(Key::Boilerplate | Key::Extra) => {
            !header::names_column(first)
                || header::find_header(&rows[..rows.len().min(24)]).is_none_or(|h| h.0 > 0)
        }
        // A cost breakdown printed after the matrix (项目预算成本构成 | 金额 | 测算依据)
        // ends it: its items are amounts, not indicators, and the field reader takes them.
        Some(Key::CostBreakdown) => cost_breakdown::Table::start(row).is_some(),
        _ => false,
    }
}
