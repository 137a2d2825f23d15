//! Wrapped cells in text cut into rows at line ends, cells joined by single spaces
//! (pdfplumber's `extract_text()`): a row whose cells wrap prints its first lines on
//! the row's line and the rest of each wrapped cell on a line of its own below,
//! in column order:
//!
//! ```text
//! 效益指标 可持续影响指 医疗救助制度长效运 长期
//! 标 行
//! ```
//!
//! Such a tail line is no row: its pieces end cells of the row above. Each piece goes
//! to the cell it completes, left to right: a label cut short ("可持续影响指" + "标"),
//! or a long cell that neither reads as a label nor as a value; never a whole label or
//! a value. A line that fits no such cells is left a row.

use crate::chars::TrimWs;
use crate::extract::target::is_unit;
use crate::extract::taxonomy;
use crate::read::{Cell, Row};

use super::segment;
use super::stream::{self, strong_value};

/// What appending a piece to a cell of the row above makes of it; None where the
/// piece cannot end that cell. `last` is the length of the cell's last line: a cell
/// that took a short piece already has ended.
fn fit(cell: &Cell, last: usize, piece: &Cell, wide: usize) -> Option<i32> {
    let head = cell.text.trim_ws();
    let joined = || format!("{head}{}", piece.text.trim_ws());
    // A 审批表's score band ends the 一级 label it was wrapped off ("产出指标" / "（50分）").
    if stream::is_score_band(piece) {
        return (taxonomy::classify_cell(cell).is_some() && taxonomy::classify(&joined()).is_some()).then_some(10);
    }
    if taxonomy::classify_cell(cell).is_some() {
        return None;
    }
    let joined = joined();
    if taxonomy::classify(&joined).is_some() {
        return Some(10);
    }
    if strong_value(head) {
        // A value's unit cut short ("≥1280万平方" / "米"): the piece ends the unit.
        let piece = piece.text.trim_ws();
        let unit = head.rfind(|c: char| c.is_ascii_digit()).map_or("", |at| &head[at + 1..]);
        let ends_unit = piece.chars().count() <= 2 && !piece.contains(|c: char| c.is_ascii_digit()) && is_unit(&format!("{unit}{piece}"));
        return ends_unit.then_some(10);
    }
    if stream::looks_like_name(head) {
        return None;
    }
    // Only a line as wide as its column wraps.
    (last * 10 >= wide * 6).then_some(2)
}

/// A line that may be the tails of wrapped cells: no label, value or whole name in it.
/// Where every row prints its labels (`labelled`), a line with none is no row of its
/// own, and a piece reading like a name ("保洁面积") is the end of a wrapped cell too.
fn tail_like(row: &Row, labelled: bool) -> bool {
    row.non_empty().next().is_some()
        && !segment::is_page_break_row(row, true)
        && row.non_empty().all(|c| {
            if stream::is_score_band(c) {
                return true;
            }
            let t = c.text.trim_ws();
            // Cheapest first: the target grammar (strong_value) only for what is left.
            // A bare unit of a character or two ("米") is the end of a value's unit.
            taxonomy::classify_cell(c).is_none()
                && (labelled || !(stream::looks_like_name(t) && t.chars().count() >= 4))
                && (!strong_value(t) || t.chars().count() <= 2 && is_unit(t))
        })
}

/// A line opening with the end of a label cut short in the row above ("服务对象满意度指"
/// / "标 1分"): a tail line, though its other pieces read as values (a wrapped "每低1个
/// 百分点扣" ends in "1分"). The first piece is a character or two, checked first.
fn ends_cut_label(above: &Row, row: &Row) -> bool {
    let Some(first) = row.non_empty().next() else { return false };
    let piece = first.text.trim_ws();
    // Two characters are at most eight bytes: no count of a long cell's characters.
    piece.len() <= 8
        && piece.chars().count() <= 2
        && taxonomy::classify_cell(first).is_none()
        && above.non_empty().any(|c| {
            taxonomy::is_label_prefix(c.key())
                && taxonomy::classify_cell(c).is_none()
                && taxonomy::classify(&format!("{}{piece}", c.text.trim_ws())).is_some()
        })
}

/// The cells of `above` each piece of `tail` ends, left to right, if every piece ends one.
fn assign(above: &[(&Cell, usize)], tail: &[&Cell], wide: usize) -> Option<Vec<usize>> {
    let (m, k) = (above.len(), tail.len());
    if k > m {
        return None;
    }
    // best[i][j]: best score placing tail[..j] on above[..i], and whether tail[j-1]
    // went to above[i-1].
    let mut best = vec![vec![None::<(i32, bool)>; k + 1]; m + 1];
    for row in best.iter_mut() {
        row[0] = Some((0, false));
    }
    for i in 1..=m {
        for j in 1..=k.min(i) {
            let skip = best[i - 1][j].map(|(s, _)| (s, false));
            let take = best[i - 1][j - 1].and_then(|(s, _)| fit(above[i - 1].0, above[i - 1].1, tail[j - 1], wide).map(|f| (s + f, true)));
            best[i][j] = match (skip, take) {
                (Some(a), Some(b)) => Some(if b.0 > a.0 { b } else { a }),
                (a, b) => a.or(b),
            };
        }
    }
    best[m][k]?;
    let mut out = vec![0; k];
    let (mut i, mut j) = (m, k);
    while j > 0 {
        let (_, took) = best[i][j]?;
        if took {
            out[j - 1] = i - 1;
            j -= 1;
        }
        i -= 1;
    }
    Some(out)
}

/// Joins tail lines into the row above them. Returns None when there are none; else
/// the rows and the ids of the cells folded into another.
pub fn join_tails(rows: &[Row]) -> Option<(Vec<Row>, Vec<usize>)> {
    // Labels printed on every row (repeated, not merged cells): every line of three
    // cells or more with a value in it has one. (Shorter lines may be tails, "1分".)
    // Asked of every table: first whether any line could be a tail at all (a tail is
    // likelier where rows are labelled), before the target grammar on every row.
    if !rows.iter().skip(1).any(|r| tail_like(r, true)) && !rows.windows(2).any(|w| ends_cut_label(&w[0], &w[1])) {
        return None;
    }
    let has_label = |r: &Row| r.non_empty().any(|c| taxonomy::classify_cell(c).is_some());
    let labelled = rows.iter().all(|r| r.non_empty().nth(2).is_none() || has_label(r) || !r.non_empty().any(|c| strong_value(&c.text)));
    if !labelled && !rows.iter().skip(1).any(|r| tail_like(r, false)) {
        return None;
    }
    // The name column's width: the widest cell that is neither a label nor a value,
    // and that recurs, since every wrapped cell's first line is that wide. (A cell
    // joined from its lines before — `spaced_wraps` — is wider than any line, once.)
    let mut widths: Vec<usize> = rows
        .iter()
        .flat_map(|r| r.non_empty())
        .filter(|c| taxonomy::classify_cell(c).is_none() && !strong_value(&c.text))
        .map(|c| c.text.trim_ws().chars().count())
        .collect();
    widths.sort_unstable_by(|a, b| b.cmp(a));
    let wide = widths.windows(2).find(|w| w[0] == w[1]).or(widths.first().map(std::slice::from_ref)).map_or(0, |w| w[0]);
    let chars = |c: &Cell| c.text.trim_ws().chars().count();
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    let mut folded = Vec::new();
    // Length of the last line of each cell a piece was appended to, by cell id.
    let mut last_line: Vec<(usize, usize)> = Vec::new();
    for row in rows {
        let placed = out.last().filter(|above| tail_like(row, labelled) || ends_cut_label(above, row)).and_then(|above| {
            let last = |c: &Cell| last_line.iter().find(|(id, _)| *id == c.id).map_or(chars(c), |l| l.1);
            let cells: Vec<(&Cell, usize)> = above.non_empty().map(|c| (c, last(c))).collect();
            let pieces: Vec<&Cell> = row.non_empty().collect();
            assign(&cells, &pieces, wide).map(|to| (to, cells.iter().map(|c| c.0.id).collect::<Vec<_>>()))
        });
        let Some((to, ids)) = placed else {
            out.push(row.clone());
            last_line.clear();
            continue;
        };
        let above = out.last_mut().expect("checked above");
        for (piece, &k) in row.non_empty().zip(&to) {
            if let Some(c) = above.cells.iter_mut().find(|c| c.id == ids[k]) {
                *c = c.with_text(format!("{}{}", c.text.trim_ws(), piece.text.trim_ws()), c.col);
                last_line.push((c.id, chars(piece)));
            }
            folded.push(piece.id);
        }
    }
    Some((out, folded))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn tails_end_the_cells_they_complete() {
        let g = split_cells(
            "质量指标 救助对象识别准确率 ≥98%\n政策范围内住院费用救 ≥70%\n助比例\n可持续影响指 医疗救助制度长效运 长期\n标 行\n",
        );
        let (rows, folded) = join_tails(&g.rows).unwrap();
        let texts: Vec<Vec<&str>> = rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
        assert_eq!(
            texts,
            [
                vec!["质量指标", "救助对象识别准确率", "≥98%"],
                vec!["政策范围内住院费用救助比例", "≥70%"],
                vec!["可持续影响指标", "医疗救助制度长效运行", "长期"]
            ]
        );
        assert_eq!(folded.len(), 3);
    }

    #[test]
    fn a_row_of_its_own_stays() {
        let g = split_cells("资助参保人数 ≥12000人\n医疗救助人次 ≥3500人次\n");
        assert!(join_tails(&g.rows).is_none());
    }
}
