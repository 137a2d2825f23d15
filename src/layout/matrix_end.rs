//! Where an indicator matrix ends: the rows after it that are not its rows.

use crate::chars::TrimWs;
use crate::read::Row;

use super::keys::{self, Key};
use super::{cost_breakdown, document, header, segment, stream, web_furniture};
use crate::extract::taxonomy;

/// "表13-1" over the next table's title. One byte first: 表 and 附 open with E8 / E9,
/// which rules out every row opening with ASCII or most other characters.
fn table_number(t: &str) -> bool {
    matches!(t.as_bytes().first(), Some(0xE8 | 0xE9)) && document::is_annex_number(t)
}

/// The rows under a 绩效自评表's indicators: its 总分 / 合计 row (总分 | 100 | 98.2, the
/// sum of the scores) and the 评价结论 / 存在问题 / 改进措施 it closes with — no
/// indicators. Whole short cells opening with one of their first characters only: two
/// cheap tests rule out most rows before a key is made.
fn is_total_score(t: &str) -> bool {
    t.len() <= 24
        && t.starts_with(['总', '合', '综', '自', '评', '存', '改'])
        && matches!(
            crate::extract::normalize::label_key_cow(t).as_ref(),
            "总分" | "总得分" | "合计得分" | "自评总分" | "综合得分" | "自评得分合计" | "合计" | "评价结论" | "存在问题" | "改进措施"
        )
}

/// A sentence of prose: it ends with 。 and is longer than a label or a short value.
fn is_sentence(t: &str) -> bool {
    t.ends_with('。') && t.chars().nth(8).is_some()
}

/// A line of prose between two tables of a long document ("以上项目绩效目标由…公开。"):
/// where rows are whole (`whole_rows`: a table row is one line of cells or one row of a
/// real table), a line that was never cut into cells and ends a sentence is text
/// outside the table. Only such a line: a stream's one-cell lines may be a
/// description's sentence, and a label or a target value is the matrix's own.
/// In a stream of one-cell lines only when what follows ends the table too (the next
/// table's number or title, past a page number): a description's sentence is followed
/// by its value.
fn is_prose_line(rows: &[Row], whole_rows: bool) -> bool {
    let row = &rows[0];
    if row.cells.len() != 1 {
        return false;
    }
    let t = row.cells[0].text.trim_ws();
    if !(is_sentence(t) && taxonomy::classify(t).is_none() && !stream::strong_value(t)) {
        return false;
    }
    if whole_rows {
        return true;
    }
    // (A page number between them, "第14页", is furniture: looked past.)
    let next = (1..rows.len().min(4)).find(|&k| !segment::is_page_break_row(&rows[k], false));
    next.is_some_and(|k| segment::title_of(&rows[k]).is_some() || is_footer(&rows[k..], false))
}

/// A row after the table that is a sentence of prose: one cell ending a sentence, not
/// opening with a field name, nor the value of a field name on the line before it.
pub(super) fn is_prose(row: &Row, before: Option<&Row>) -> bool {
    let Some(c) = row.single() else { return false };
    let t = c.text.trim_ws();
    is_sentence(t) && keys::key_kind(c).is_none() && before.and_then(Row::single).is_none_or(|b| keys::key_kind(b).is_none())
}

/// Rows that end the indicator matrix: signatures (a signing unit's name alone on the
/// last line too), approvals, notes, the document's next part or table, prose after
/// the table. (`rows`: this row and the rest; a header printed again after a page
/// break ends nothing.)
pub(super) fn is_footer(rows: &[Row], whole_rows: bool) -> bool {
    let row = &rows[0];
    let Some(first) = row.non_empty().next() else { return false };
    let t = first.text.trim_ws();
    if is_prose_line(rows, whole_rows) {
        return true;
    }
    if t.starts_with("注") && (t.starts_with("注:") || t.starts_with("注：")) || t.starts_with("附件") || t.starts_with("备注:") {
        return true;
    }
    if is_total_score(t) || super::signer::ends_with_signer(rows) {
        return true;
    }
    if t.starts_with('第') && document::is_part_heading(t) || table_number(t) && row.single().is_some() {
        return true;
    }
    // The website the table was copied from goes on below it ("打印本页 关闭窗口", its
    // footer). Only the page's controls and chrome: a page number under a row is a
    // page break inside the table, which goes on after it.
    // A first key neither opens (`furniture_gate`) leaves only the chrome's footer marks.
    let opens = super::furniture_gate::key_may_open(first.key());
    if opens && (web_furniture::is_site_controls(row) || web_furniture::is_site_chrome(row))
        || !opens && web_furniture::is_footer_marked(row)
    {
        return true;
    }
    match keys::key_kind(first) {
        // 单位名称 opens a multi-project sheet's header printed again after a page break
        // too. Only a row opening with a column name can be one; the header search
        // (which tries every row of its window) is kept for those.
        Some(Key::Boilerplate | Key::Extra) => {
            !header::names_column(first) || header::find_header(&rows[..rows.len().min(24)]).is_none_or(|h| h.0 > 0)
        }
        // A cost breakdown printed after the matrix (项目预算成本构成 | 金额 | 测算依据)
        // ends it: its items are amounts, not indicators, and the field reader takes them.
        Some(Key::CostBreakdown) => cost_breakdown::Table::start(row).is_some(),
        _ => false,
    }
}
