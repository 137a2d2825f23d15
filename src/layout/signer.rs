//! The unit that signs a filing: "某某县教育体育局" alone on a line at its end (above
//! the date, as a notice is signed), or the value of its 填报单位 line. Prose filings
//! (宁夏 公示) and forms with no 主管部门 field name their department only so: it is
//! the department of every project the tables leave without one, never in place of
//! one a table gives.

use crate::chars::TrimWs;
use crate::extract::taxonomy;
use crate::read::Row;

use super::keys;
use super::{document, segment, Layout};

/// Endings of a government unit's name, longest first.
const SUFFIXES: [&str; 10] = ["委员会", "办公室", "中心", "局", "委", "厅", "部", "院", "办", "所"];

/// A unit's name on a line of its own: a few Chinese characters ending as a unit's
/// name does, with no sentence punctuation, number or field name in it.
pub(super) fn is_signer(t: &str) -> bool {
    // Suffix tests first: most lines end otherwise. A second name in brackets after
    // the first ("某县农业农村局(乡村振兴局)") ends as the first does.
    let head = match t.strip_suffix([')', '）']) {
        Some(inner) => inner.rfind(['(', '（']).map_or(t, |i| &t[..i]),
        None => t,
    };
    if !SUFFIXES.iter().any(|s| head.ends_with(s)) {
        return false;
    }
    let n = t.chars().count();
    (4..=30).contains(&n)
        && t.chars().all(|c| crate::chars::is_han(c) || matches!(c, '(' | ')' | '（' | '）'))
        && taxonomy::classify(t).is_none()
        && keys::key_of(t).is_none()
}

/// Is `rows[0]` a signer line that ends the document: one cell naming a unit, with
/// nothing after it but a date line or a page number? (A matrix row is never one: it
/// is followed by more of the table.)
pub(super) fn ends_with_signer(rows: &[Row]) -> bool {
    rows[0].single().is_some_and(|c| is_signer(c.text.trim_ws())) && rows[1..].iter().all(closing_row)
}

/// A row that may follow a signature: blank, a date, a page number.
fn closing_row(r: &Row) -> bool {
    match r.single() {
        Some(c) => document::date_line_year(&c.text).is_some() || segment::is_page_break_row(r, false),
        None => r.non_empty().next().is_none(),
    }
}

/// Labels of a signer field whose value is the unit.
const SIGNER_KEYS: [&str; 2] = ["填报单位", "填报单位(盖章)"];

/// Give the projects with no department the filing's signer: the value of their own
/// 填报单位 line, or the unit signing at the document's end.
pub(super) fn fill_departments(layout: &mut Layout, rows: &[Row]) {
    if layout.projects.iter().all(|d| d.project.department.is_some()) {
        return;
    }
    // The last line that is not a date or a page number, if it is a signer's.
    let last = rows.iter().rposition(|r| !closing_row(r)).map(|i| &rows[i]);
    let signer = last.and_then(Row::single).filter(|c| is_signer(c.text.trim_ws()));
    let mut used = false;
    for d in layout.projects.iter_mut().filter(|d| d.project.department.is_none()) {
        let p = &mut d.project;
        let own = SIGNER_KEYS.iter().find_map(|k| p.extra.get(*k)).map(|v| v.trim_ws()).filter(|v| is_signer(v));
        if let Some(unit) = own.map(str::to_string).or_else(|| signer.map(|c| c.text.trim_ws().to_string())) {
            used |= own.is_none();
            p.department = Some(unit);
        }
    }
    if used {
        layout.mark(signer.map(|c| c.id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_units_name_alone() {
        for t in ["某县教育体育局", "某市发展和改革委员会", "某区人民政府办公室", "某县农业农村局(乡村振兴局)"]
        {
            assert!(is_signer(t), "{t}");
        }
        for t in ["局", "产出指标", "2023年3月1日", "经主管部门审核，报财政局", "主管部门", "某县第1中学"] {
            assert!(!is_signer(t), "{t}");
        }
    }
}
