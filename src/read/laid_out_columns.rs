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
/// its column: there the space before a line's value ([`line_value`]: its last, or
/// before a 依据 cell after it) is cut where three lines near it have a value at that
/// same column ([`value_at`]).
pub(super) fn cut_at_columns(lines: &mut [Vec<Piece>]) {
    let width = lines.iter().flatten().map(|p| p.end).max().unwrap_or(0) + 1;
    // Lines (in order) on which a piece starts at each column.
    let mut starts: Vec<Vec<u32>> = vec![Vec::new(); width];
    for (i, line) in lines.iter().enumerate() {
        for p in line {
            starts[p.start].push(i as u32);
        }
    }
    // Lines on which a value stands at each column: glued on by a single space, or a
    // piece of its own.
    let mut values: Vec<Vec<u32>> = vec![Vec::new(); width];
    // Each line's value, found once for the count here and the cut below.
    let found: Vec<Option<LineValue>> = lines.iter().map(|line| line_value(line)).collect();
    for (i, v) in found.iter().enumerate() {
        if let Some(v) = v {
            values[v.col].push(i as u32);
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
    let is_cut = |p: &Piece, (col, at): (usize, usize), i: usize| {
        is_column(col, i) && !p.text[at..].contains(['，', '。', '；', ';']) && !after_number(p, at)
    };
    for (i, line) in lines.iter_mut().enumerate() {
        // The value glued onto the line's value piece, where its column shows.
        // (pdftotext prints the text after a full line of ideographs left of its
        // column, so a value glued on after one stands up to two columns left of the
        // values printed apart.)
        let value = found[i].filter(|v| v.glued.is_some() && (v.col..=v.col + PUSHED_LEFT).any(|c| near(&values, c, i)));
        if value.is_none() && line.iter().all(|p| p.soft.iter().all(|&s| !is_cut(p, s, i))) {
            continue;
        }
        let n = line.len();
        let mut out = Vec::with_capacity(n + 1);
        for (k, mut p) in line.drain(..).enumerate() {
            let glued = value.filter(|v| v.piece == k).and_then(|v| v.glued.map(|at| (v.col, at)));
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
    // (A column of values glued on, cut above, shows where none started a piece: the
    // header's "指标值" one space after "绩效指标描述" stands there.)
    let splits =
        |col: usize, i: usize| is_column(col, i) || (col.saturating_sub(PUSHED_LEFT)..=col + PUSHED_LEFT).any(|c| near(&values, c, i));
    join_inside_columns(lines, splits);
}

/// Two pieces one space apart, cut at a single space between ideographs (pdftotext's
/// gap between two columns of CJK text), are one value's words after all where the
/// first starts at a column of values (three near it, each opening with a number or a
/// comparator), the second at no column, and both fit in that column, no wider than its
/// widest value near them ("逐步 推开" over "≤500 元/天"). A cell pushed left up against
/// a full one runs past that column's lines and stays apart; columns of names, labels
/// and descriptions hold no such values.
fn join_inside_columns(lines: &mut [Vec<Piece>], splits: impl Fn(usize, usize) -> bool) {
    // (Asked first of each pair, cheaply: one column apart, ideographs on both sides.)
    let pair = |a: &Piece, b: &Piece| {
        b.start == a.end + 1
            && a.text.chars().next_back().is_some_and(super::laid_out::is_ideograph)
            && b.text.starts_with(super::laid_out::is_ideograph)
    };
    let mut joins: Vec<(usize, usize)> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        for k in 1..line.len() {
            let (a, b) = (&line[k - 1], &line[k]);
            if !pair(a, b) || splits(b.start, i) {
                continue;
            }
            // The values of the first piece's column near it (each line's, on either side
            // of a two-sided table): three at least, the widest reaching past the second.
            let near = &lines[i.saturating_sub(NEAR_LINES)..(i + NEAR_LINES + 1).min(lines.len())];
            let (mut n, mut widest) = (0, 0);
            for q in near.iter().flatten().filter(|q| q.start == a.start && q.line != a.line && is_own_value(&q.text)) {
                n += 1;
                widest = widest.max(q.end);
            }
            if n >= 3 && widest >= b.end {
                joins.push((i, k));
            }
        }
    }
    // Back to front, so that the pieces' places stay right.
    for &(i, k) in joins.iter().rev() {
        let line = &mut lines[i];
        let b = line.remove(k);
        let a = &mut line[k - 1];
        let at = a.text.len();
        a.soft.push((b.start, at));
        a.soft.extend(b.soft.iter().map(|&(col, o)| (col, o + at + 1)));
        a.text.push(' ');
        a.text.push_str(&b.text);
        a.end = b.end;
        mark_runs(line);
    }
}

/// How many lines above and below a single space count as its neighbourhood: a few
/// table rows of `pdftotext -layout` (each row's lines and the blank lines between).
const NEAR_LINES: usize = 12;

/// A line's target value: the piece it is in, the column it starts at, and where it
/// was glued on by a single space (None: a piece of its own).
#[derive(Clone, Copy)]
struct LineValue {
    piece: usize,
    col: usize,
    glued: Option<usize>,
}

/// A line's value: back from the line's end, past text cells (a 依据 after the value),
/// the first piece that is a value of its own or has one glued on ([`value_at`]).
fn line_value(line: &[Piece]) -> Option<LineValue> {
    for (k, p) in line.iter().enumerate().rev() {
        if p.text.starts_with(|c: char| c.is_ascii_digit() || super::laid_out::is_comparator(c)) {
            // (A number opening a text cell, "2023 年度预算", is no value: the search goes on.)
            if is_value(&p.text) {
                return Some(LineValue { piece: k, col: p.start, glued: None });
            }
            continue;
        }
        if let Some((col, at)) = value_at(p) {
            return Some(LineValue { piece: k, col, glued: Some(at) });
        }
    }
    None
}

/// How many columns left of its column pdftotext may print a cell that follows a full
/// line of ideographs.
const PUSHED_LEFT: usize = 2;

/// The last single space of a piece, not inside the value, where a value follows it to
/// the end: after an ideograph, a number with at most a short unit ("47100 人", "757
/// 元/人", "2024 年 12 月"), not a name going on ("完成 12 处供水工程改造"). A piece that
/// opens with a number is a value itself ("2025 年 12 月"): the spaces in it are its own.
fn value_at(p: &Piece) -> Option<(usize, usize)> {
    if p.soft.is_empty() || p.text.starts_with(|c: char| c.is_ascii_digit() || super::laid_out::is_comparator(c)) {
        return None;
    }
    // (From the last space back, past spaces inside the value: "2024 年 12 月".)
    p.soft.iter().rev().copied().filter(|&(_, at)| !after_number(p, at)).find(|&(_, at)| {
        let tail = p.text[at..].trim_start();
        let after_ideograph = p.text[..at].chars().next_back().is_some_and(super::laid_out::is_ideograph);
        after_ideograph && tail.starts_with(|c: char| c.is_ascii_digit()) && is_value(tail)
    })
}

/// Whether the words before the single space at byte `at` (from the space before them)
/// are a number and its one-character unit: the space is inside a value ("2024 年 12
/// 月"), whatever column starts under its "12". (A number before words, "10 检查 100%",
/// is a name's.)
fn after_number(p: &Piece, at: usize) -> bool {
    let from = p.soft.iter().map(|&(_, o)| o).filter(|&o| o < at).max().unwrap_or(0);
    let words = p.text[from..at].trim();
    let unit = words.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    unit.len() < words.len() && unit.chars().count() == 1 && unit.starts_with(super::laid_out::is_ideograph)
}

/// A piece that is a target value of its own: it opens with a number or a comparator.
fn is_own_value(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit() || super::laid_out::is_comparator(c)) && is_value(text)
}

/// Short, with few ideographs and no sentence punctuation: a target value and its unit.
fn is_value(text: &str) -> bool {
    let ideographs = text.chars().filter(|&c| super::laid_out::is_ideograph(c)).count();
    text.chars().count() <= 10 && ideographs <= 3 && !text.contains(['，', '。', '；', ';'])
}
