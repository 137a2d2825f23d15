//! Single spaces that are column gaps after all, in `pdftotext -layout` text: see
//! [`cut_at_columns`]. Split from `laid_out.rs`, which cuts lines into pieces and
//! joins them into rows.

use super::laid_out::{mark_runs, Piece};

/// A single space inside a piece is a column gap after all where other lines near it
/// have a piece starting at that column (a value printed one space after a full cell:
/// "验收人次覆盖率覆 2 次/年"). Elsewhere it stays inside the cell ("当年 12 月底前"):
/// a column of the indicator rows further down the page says nothing of a goal text
/// above them, and text with sentence punctuation after the space is prose, no value.
pub(super) fn cut_at_columns(lines: &mut [Vec<Piece>]) {
    let width = lines.iter().flatten().map(|p| p.end).max().unwrap_or(0) + 1;
    // Lines (in order) on which a piece starts at each column.
    let mut starts: Vec<Vec<u32>> = vec![Vec::new(); width];
    for (i, line) in lines.iter().enumerate() {
        for p in line {
            starts[p.start].push(i as u32);
        }
    }
    // Three pieces starting at exactly that column: fewer cut names inside their cells
    // than a looser test (measured on generated tables against their PDF reading).
    let is_column = |col: usize, i: usize| {
        starts.get(col).is_some_and(|on| {
            let (lo, hi) = (i.saturating_sub(NEAR_LINES) as u32, (i + NEAR_LINES) as u32);
            on.partition_point(|&l| l <= hi) - on.partition_point(|&l| l < lo) >= 3
        })
    };
    let is_cut = |p: &Piece, (col, at): (usize, usize), i: usize| is_column(col, i) && !p.text[at..].contains(['，', '。', '；', ';']);
    for (i, line) in lines.iter_mut().enumerate() {
        if line.iter().all(|p| p.soft.iter().all(|&s| !is_cut(p, s, i))) {
            continue;
        }
        let mut out = Vec::with_capacity(line.len() + 1);
        for mut p in line.drain(..) {
            while let Some(k) = p.soft.iter().rposition(|&s| is_cut(&p, s, i)) {
                let (col, at) = p.soft[k];
                let tail = Piece { start: col, end: p.end, text: p.text[at..].trim_start().to_string(), line: p.line, runs_on: false, soft: p.soft.split_off(k + 1) };
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
