//! Cells wrapped onto lines of their own in a stream read one cell per line (the
//! text PyMuPDF's plain `get_text()` pulls out of a PDF table): "某区财政" / "供养的事"
//! / "业单位人员", each line a row. A table that prints the indicator's name again in
//! its 绩效指标描述 column gives the wrapping away: the same run of lines comes twice
//! in a row, and every line of it but the last fills the column's width (the same
//! width line after line, the last no wider). Each twin run is one cell again.

use std::borrow::Cow;

use crate::chars::TrimWs;
use crate::read::Row;

/// Longest run of lines one wrapped cell is joined back from.
const MAX_LINES: usize = 8;

/// Narrowest full line (in display columns, a Han character two) a wrap is trusted
/// at: two short labels in a row are not a wrapped cell.
const MIN_WIDTH: usize = 8;

/// Display width of a line: full-width characters count two, ASCII one.
fn width(t: &str) -> usize {
    t.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// How many lines from `rows[i]` make one wrapped cell printed twice, if any: k
/// lines of which the first k-1 share one width and the last is no wider, followed
/// by the same k lines.
fn twin_run_at(rows: &[Row], texts: &[Option<&str>], i: usize) -> Option<usize> {
    let text = |j: usize| texts.get(j).copied().flatten();
    let first = text(i)?;
    // The cheap test first: a twin starts with the same line again, a few rows down
    // (a length compare settles nearly every pair).
    if !(2..=MAX_LINES).any(|k| text(i + k) == Some(first)) {
        return None;
    }
    let full = width(first);
    // A value repeated column after column ("逐步改善" four times) is no wrapped cell.
    if full < MIN_WIDTH || text(i + 1) == Some(first) {
        return None;
    }
    for k in 2..=MAX_LINES {
        let last = text(i + k - 1)?;
        let w = width(last);
        if w > full {
            return None;
        }
        // A header printed twice side by side ("二级指标" / "三级指标" / "指标值", twice)
        // starts with a word of the lexicon; a wrapped name's first line is a piece.
        // A name and its value printed twice ("慢性病评审次数" / "12次/年", again) are two
        // cells, not one wrapped: a wrap's last line is a piece of text, never a number
        // (a bare unit, "次" of "…人" / "次", is a piece).
        if (0..k).all(|j| text(i + k + j) == text(i + j)) {
            let piece = !last.bytes().any(|b| b.is_ascii_digit()) || !super::stream::measured_value(last);
            return (piece && rows[i].single().is_some_and(|c| !super::stream::is_lexicon_word(c))).then_some(k);
        }
        if w < full {
            return None;
        }
    }
    None
}

/// `rows` with every twin run of wrapped lines joined into one cell, both copies
/// (as they came when there is none, as in most documents), and the ids of the cells
/// folded into another. Only a stream (`stream`: one cell per line) is looked at.
pub fn join(rows: Cow<'_, [Row]>, stream: bool) -> (Cow<'_, [Row]>, Vec<usize>) {
    if !stream {
        return (rows, Vec::new());
    }
    match joined(&rows) {
        Some((out, folded)) => (Cow::Owned(out), folded),
        None => (rows, Vec::new()),
    }
}

fn joined(rows: &[Row]) -> Option<(Vec<Row>, Vec<usize>)> {
    let mut out: Option<Vec<Row>> = None;
    let mut folded = Vec::new();
    // Each row's one text, found once: the twin test compares a row with the next eight.
    let texts: Vec<Option<&str>> = rows.iter().map(|r| r.single().map(|c| c.text.trim_ws())).collect();
    let mut i = 0;
    while i < rows.len() {
        if let Some(k) = twin_run_at(rows, &texts, i) {
            let o = out.get_or_insert_with(|| rows[..i].to_vec());
            for start in [i, i + k] {
                let joined: String = texts[start..start + k].iter().flatten().copied().collect();
                let first = rows[start].single().expect("a wrapped line is one cell");
                o.push(Row { line: rows[start].line, cells: vec![first.with_text(joined, 0)] });
                folded.extend(rows[start + 1..start + k].iter().filter_map(Row::single).map(|c| c.id));
            }
            i += 2 * k;
            continue;
        }
        if let Some(o) = out.as_mut() {
            o.push(rows[i].clone());
        }
        i += 1;
    }
    out.map(|o| (o, folded))
}
