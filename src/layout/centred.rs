//! Merged 一级 cells printed mid-span. Text that keeps the page's layout (columns cut
//! at runs of spaces, as `pdftotext -layout` writes) prints a merged label on the
//! middle row of its span, not the first:
//!
//! ```text
//! 成本指标    经济成本指标  县级财政补助      补助到位
//!             数量指标      参保人数          全面参保     ← 产出指标's row
//! 产出指标    质量指标      参保率            ≥98%
//! ```
//!
//! Carried down, the rows above such a label fall under the label before it. The
//! taxonomy tells them apart: a row whose 二级 belongs to the next 一级 and not to the
//! one carried is the top of the next span.

use super::raw_indicator::RawIndicator;
use super::segment;
use crate::chars::TrimWs;
use crate::extract::taxonomy::{self, canonical_level1, level2_parent, LabelKind};
use crate::read::Row;

/// Moves the rows at the end of each run of one 一级 that belong to the next run's 一级
/// by their 二级 into that run. The first row of a run, where its label is printed,
/// always stays.
pub fn regroup(rows: &mut [RawIndicator]) {
    let groups: Vec<usize> = {
        let mut g: Vec<usize> = rows.iter().map(|r| r.group).collect();
        g.sort_unstable();
        g.dedup();
        g
    };
    for g in groups {
        let at: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].group == g).collect();
        // Where a new run of 一级 begins (its label printed on that row).
        let starts: Vec<usize> = (1..at.len()).filter(|&k| rows[at[k]].level1_raw != rows[at[k - 1]].level1_raw).collect();
        for (n, &s) in starts.iter().enumerate() {
            let run_start = if n == 0 { 0 } else { starts[n - 1] };
            let next = rows[at[s]].level1_raw.clone();
            let this_raw = &rows[at[s - 1]].level1_raw;
            let Some(next_l1) = canonical_level1(&next) else { continue };
            // Rows above the first label printed carry no 一级 at all: each of them
            // may be the top of the first span, its first row included.
            let (this_l1, keep) = match canonical_level1(this_raw) {
                Some(l1) => (Some(l1), 1),
                None if this_raw.is_empty() => (None, 0),
                None => continue,
            };
            // From the row before the label up, while each row's 二级 says the next 一级.
            let mut k = s;
            while k > run_start + keep {
                let parent = level2_parent(&rows[at[k - 1]].level2_raw);
                if parent != Some(next_l1) || parent == this_l1 {
                    break;
                }
                k -= 1;
            }
            for &i in &at[k..s] {
                rows[i].level1_raw = next.clone();
            }
        }
    }
}

/// A sheet of several projects (项目名称 | 单位 | 目标 columns, 05-2) copied as text
/// with the project's merged cells printed mid-span: its first rows come before any
/// project is named, and the rows above each name fall under the project before it.
/// A project lists its 一级 one after another, so a 一级 met again after another one
/// starts the next project's block; a block that prints exactly one project's name
/// belongs to that project whole. Tables whose first row names its project (merged
/// cells printed where they begin, or names on every row) are left as read.
/// `body`: the matrix rows the records were read from.
pub fn regroup_owners(rows: &mut [RawIndicator], body: &[Row]) {
    if rows.first().is_none_or(|r| r.owner.is_some()) || rows.iter().all(|r| r.owner.is_none()) {
        return;
    }
    let mut start = 0;
    while start < rows.len() {
        let mut end = start + 1;
        let mut seen: Vec<&str> = vec![rows[start].level1_raw.as_str()];
        while end < rows.len() {
            let (prev, l1) = (rows[end - 1].level1_raw.as_str(), rows[end].level1_raw.as_str());
            if l1 != prev {
                if seen.contains(&l1) {
                    break;
                }
                seen.push(l1);
            }
            end += 1;
        }
        let mut named = (start..end).filter(|&k| prints_owner(body, rows, k)).map(|k| rows[k].owner.as_ref());
        if let Some(first) = named.next() {
            let same = named.all(|o| o.map(|o| &o.project) == first.map(|o| &o.project));
            if same {
                let owner = first.cloned();
                for r in &mut rows[start..end] {
                    r.owner.clone_from(&owner);
                }
            }
        }
        start = end;
    }
}

/// Is the record's project named on its own row (not carried down to it)? One cell per
/// line, the merged cells print on lines of their own between two records: the lines
/// after the record before it count as the record's too.
fn prints_owner(body: &[Row], rows: &[RawIndicator], k: usize) -> bool {
    let rec = &rows[k];
    let Some(owner) = &rec.owner else { return false };
    let after = k.checked_sub(1).map_or(0, |p| rows[p].line + 1);
    let at = body.partition_point(|r| r.last_line() < after.min(rec.line));
    body[at..].iter().take_while(|r| r.line <= rec.line).any(|r| r.non_empty().any(|c| c.text.trim_ws() == owner.project))
}

/// Does a row with cells right of the 一级 column leave that column blank? Then the
/// 一级 is a merged cell printed once per span, which a copy of a page may print on
/// any row of the span. (Labels printed on every row leave nothing to regroup.)
pub fn level1_merged(rows: &[Row], level1_col: Option<usize>) -> bool {
    let Some(col) = level1_col else { return false };
    rows.iter().any(|r| r.cells.get(col).is_some_and(|c| c.is_empty()) && r.cells.iter().skip(col + 1).any(|c| !c.is_empty()))
}

/// A stream of cells in page order (`pdftotext` without `-layout`) prints a merged
/// 一级 where its middle falls too: the matrix then opens with a 二级 or an indicator,
/// and its first 一级 comes further down. (A stream in drawing order, Word's or
/// PyMuPDF's, prints a merged cell where it begins: the 一级 comes first.)
pub fn stream_prints_mid_span(rows: &[Row]) -> bool {
    let mut items = rows.iter().filter(|r| !segment::is_page_break_row(r, false)).flat_map(|r| r.non_empty());
    let Some(first) = items.next() else { return false };
    let first_is_level1 = taxonomy::classify_cell(first).is_some_and(|l| l.kind != LabelKind::Level2);
    !first_is_level1 && items.any(|c| taxonomy::classify_cell(c).is_some_and(|l| l.kind == LabelKind::Level1))
}

/// In such a stream a merged 二级 is printed mid-span as well. A row that is not the
/// first under its 二级 and comes right before another 二级 label may be the top of
/// that label's span; nothing in the text says which. Returns those records.
pub fn open_level2(rows: &[Row], out: &[RawIndicator]) -> Vec<usize> {
    let label_lines: Vec<usize> = rows
        .iter()
        .filter(|r| r.single().and_then(taxonomy::classify_cell).is_some_and(|l| l.kind != LabelKind::Level1))
        .map(|r| r.line)
        .collect();
    (1..out.len())
        .filter(|&i| {
            let (prev, rec) = (&out[i - 1], &out[i]);
            let next_line = out.get(i + 1).map_or(usize::MAX, |n| n.line);
            prev.group == rec.group
                && prev.level2_raw == rec.level2_raw
                && !rec.level2_raw.is_empty()
                && label_lines.iter().any(|&l| l > rec.line && l < next_line)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(l1: &str, l2: &str, name: &str) -> RawIndicator {
        RawIndicator { level1_raw: l1.into(), level2_raw: l2.into(), name: name.into(), ..Default::default() }
    }

    fn level1s(rows: &[RawIndicator]) -> Vec<&str> {
        rows.iter().map(|r| r.level1_raw.as_str()).collect()
    }

    #[test]
    fn rows_above_a_centred_label_join_it() {
        let mut rows = vec![
            row("成本指标", "经济成本指标", "补助"),
            row("成本指标", "数量指标", "参保人数"),
            row("产出指标", "质量指标", "参保率"),
            row("产出指标", "时效指标", "及时率"),
            row("效益指标", "社会效益指标", "缓解"),
        ];
        regroup(&mut rows);
        assert_eq!(level1s(&rows), ["成本指标", "产出指标", "产出指标", "产出指标", "效益指标"]);
    }

    #[test]
    fn rows_that_fit_their_carried_label_stay() {
        // 数量指标 and 质量指标 under 产出指标, then 效益指标: nothing to move.
        let mut rows = vec![row("产出指标", "数量指标", "a"), row("产出指标", "质量指标", "b"), row("效益指标", "社会效益指标", "c")];
        regroup(&mut rows);
        assert_eq!(level1s(&rows), ["产出指标", "产出指标", "效益指标"]);
        // The row where a label is printed keeps it, whatever its 二级 says (T002's case).
        let mut rows = vec![row("成本指标", "数量指标", "a"), row("产出指标", "质量指标", "b")];
        regroup(&mut rows);
        assert_eq!(level1s(&rows), ["成本指标", "产出指标"]);
    }
}
