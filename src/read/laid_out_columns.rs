//! Single spaces that are column gaps after all, in `pdftotext -layout` text: see
//! [`cut_at_columns`]. Split from `laid_out.rs`, which cuts lines into pieces and
//! joins them into rows.

use super::laid_out::{mark_runs, Piece};

/// A single space inside a piece is a column gap after all where other lines near it
/// have a piece starting at that column (a value printed one space after a full cell:
/// "验收人次覆盖率覆 2 次/年"). Elsewhere it stays inside the cell ("当年 12 月底前"):
/// a column of the indicator rows further down the page says nothing of a goal text
/// above them, and text with sentence punctuation after the space is prose, no value.
///
/// A value glued on by a single space after an ideograph ("滨海新区财政 47100 人": the
/// space is taken for pdftotext's own and dropped) starts no piece, so no line shows
/// its column: there the last space of a line's last piece is cut where three lines
/// near it end in a value at that same column ([`value_at`]).
pub(super) fn cut_at_columns(lines: &mut [Vec<Piece>]) {
    let width = lines.iter().flatten().map(|p| p.end).max().unwrap_or(0) + 1;
    // Lines (in order) on which a piece starts at each column.
    let mut starts: Vec<Vec<u32>> = vec![Vec::new(); width];
    for (i, line) in lines.iter().enumerate() {
        for p in line {
            starts[p.start].push(i as u32);
        }
    }
    // Lines on which a value ends the line at each column: glued on by a single space,
    // or a piece of its own.
    let mut values: Vec<Vec<u32>> = vec![Vec::new(); width];
    // Each line's glued value, found once for the count here and the cut below.
    let glued: Vec<Option<(usize, usize)>> = lines.iter().map(|line| line.last().and_then(value_at)).collect();
    for (i, line) in lines.iter().enumerate() {
        let Some(p) = line.last() else { continue };
        if let Some((col, _)) = glued[i] {
            values[col].push(i as u32);
        } else if p.text.starts_with(|c: char| c.is_ascii_digit() || super::laid_out::is_comparator(c)) && is_value(&p.text) {
            values[p.start].push(i as u32);
        }
    }
    // Three pieces starting at exactly that column: fewer cut names inside their cells
    // than a looser test (measured on generated tables against their PDF reading).
    let near = |at: &[Vec<u32>], col: usize, i: usize| {
        at.get(col).is_some_and(|on| {
            let (lo, hi) = (i.saturating_sub(NEAR_LINES) as u32, (i + NEAR_LINES) as u32);
            on.partition_point(|&l| l <= hi) - on.partition_point(|&l| l < lo) >= 3
        })
    };
    let is_column = |col: usize, i: usize| near(&starts, col, i);
    let is_cut = |p: &Piece, (col, at): (usize, usize), i: usize| is_column(col, i) && !p.text[at..].contains(['，', '。', '；', ';']);
    for (i, line) in lines.iter_mut().enumerate() {
        // The value glued onto the line's last piece, where its column shows (a value
        // ends its line, so only the last piece is asked).
        let value = glued[i].filter(|&(col, _)| near(&values, col, i));
        if value.is_none() && line.iter().all(|p| p.soft.iter().all(|&s| !is_cut(p, s, i))) {
            continue;
        }
        let n = line.len();
        let mut out = Vec::with_capacity(n + 1);
        for (k, mut p) in line.drain(..).enumerate() {
            let glued = if k + 1 == n { value } else { None };
            while let Some(k) = p.soft.iter().rposition(|&s| is_cut(&p, s, i) || Some(s) == glued) {
                let (col, at) = p.soft[k];
                let tail = Piece {
                    start: col,
                    end: p.end,
                    text: p.text[at..].trim_start().to_string(),
                    line: p.line,
                    runs_on: false,
                    soft: p.soft.split_off(k + 1),
                };
                p.soft.pop();
                p.text.truncate(at);
                p.end = col - 1;
                out.push(tail);
            }
            out.push(p);
        }
        // The tails were pushed before their heads: back into column order.
        out.sort_by_key(|p| p.start);
        mark_runs(&mut out);
        *line = out;
    }
}

/// How many lines above and below a single space count as its neighbourhood: a few
/// table rows of `pdftotext -layout` (each row's lines and the blank lines between).
const NEAR_LINES: usize = 12;

/// The last single space of a piece where a value follows it: after an ideograph, a
/// number with at most a short unit ("47100 人", "757 元/人"), not a name going on
/// ("完成 12 处供水工程改造"). Asked of the last piece of a line.
fn value_at(p: &Piece) -> Option<(usize, usize)> {
    let &(col, at) = p.soft.last()?;
    let tail = p.text[at..].trim_start();
    let after_ideograph = p.text[..at].chars().next_back().is_some_and(super::laid_out::is_ideograph);
    (after_ideograph && tail.starts_with(|c: char| c.is_ascii_digit()) && is_value(tail)).then_some((col, at))
}

/// Short, with few ideographs and no sentence punctuation: a target value and its unit.
fn is_value(text: &str) -> bool {
    let ideographs = text.chars().filter(|&c| super::laid_out::is_ideograph(c)).count();
    text.chars().count() <= 10 && ideographs <= 3 && !text.contains(['，', '。', '；', ';'])
}
