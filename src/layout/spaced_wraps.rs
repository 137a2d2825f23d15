//! Cells wrapped onto continuation lines in a space-cut text (pdfplumber's
//! `extract_text()`, and other PDF copies that print a table row by row). Each visual
//! line of the row is one text line, so a row whose name and description wrap comes as
//! the row's first line with every cell, then lines holding the next piece of each
//! cell still wrapping, left to right:
//!
//! ```text
//! 产出指标 数量指标 滨海新区财政 滨海新区财政 47100人
//! 供养的事业单 供养的事业单
//! 退休人员 退休人员
//! 预算规模及资 预算数 3700.00 其中：财政资 3700.00 其他资金
//! 金用途 金
//! ```
//!
//! Read as rows, each continuation line was an indicator of its own with no value, and
//! a field key cut at its wrap was no key. A continuation line is told by what it is
//! not (no level label, key, column name or value in it) and by the PDF's wrapping: a
//! cell wraps only when its line is full, so a piece is never wider than the line it
//! continues, and a cell whose last piece was short has ended. Each piece goes to one
//! of the cells still open, in order; where that leaves a choice, the choice that makes
//! lexicon keys or level labels of the joined cells wins, and a tie joins nothing.

use crate::chars::{is_han, TrimWs};
use crate::extract::taxonomy;
use crate::read::{Cell, Row};

use super::header::role_of_cell;
use super::keys::key_kind;
use super::segment;
use super::stream::{looks_like_name, measured_value, strong_value};
use super::value_tails::{continues_value, may_be_tail};
use crate::extract::target::{is_unit, parse_target_memo, TargetContext};

/// A wrapped cell's first line is at least this wide (display columns): narrower
/// cells are labels, numbers or short words, which a table does not wrap.
const MIN_WRAPPED_WIDTH: usize = 6;
/// Widths are counted from characters, not measured: a continuation line may read a
/// little wider than the line it continues (a full-width comma against two digits).
const SLACK: usize = 2;
/// Longest run of continuation lines one row takes.
const MAX_LINES: usize = 8;

/// Display width: CJK and full-width characters take two columns.
fn width(t: &str) -> usize {
    // CJK radicals, punctuation, Han and full-width forms all lie above U+2E80.
    t.chars().map(|c| if (c as u32) >= 0x2E80 { 2 } else { 1 }).sum()
}

/// A cell that only a whole cell can be: a level label, a column name, a field key,
/// a number (or date, range, placeholder).
fn whole(c: &Cell) -> bool {
    taxonomy::classify_cell(c).is_some() || role_of_cell(c).is_some() || key_kind(c).is_some() || whole_value(c.text.trim_ws())
}

/// A measured value that is no name's first line. Names hold numbers too, and the
/// grammar reads a rate's name before a number as a label ("达标率16检查次" as 16 of
/// "检查次"): a value opening with Han words is one only with an operator word before
/// its number or a unit the vocabulary knows; else it is a name that may still wrap.
fn whole_value(t: &str) -> bool {
    if !measured_value(t) {
        return false;
    }
    // Most values open with a digit or a comparator (one char test).
    if !t.starts_with(is_han) {
        return true;
    }
    let (target, _) = parse_target_memo(t, &TargetContext::default());
    target.op.is_some() || target.direction.is_some() || target.unit.as_deref().is_none_or(is_unit)
}

/// One cell of the anchor row that may still be wrapping: its index and the width of
/// its first and of its last line.
#[derive(Clone, Copy)]
struct Open {
    cell: usize,
    first: usize,
    last: usize,
}

/// The cells of a row's first line that may wrap.
fn openings(row: &Row) -> Vec<Open> {
    // A title's next line is its subtitle or the table's first row.
    if segment::title_of(row).is_some() {
        return Vec::new();
    }
    row.cells
        .iter()
        .enumerate()
        // A sentence's full stop ends its cell.
        .filter(|(_, c)| !c.is_empty() && !whole(c) && !c.text.trim_ws().ends_with('。'))
        .map(|(k, c)| (k, width(c.text.trim_ws())))
        .filter(|&(_, w)| w >= MIN_WRAPPED_WIDTH)
        .map(|(cell, w)| Open { cell, first: w, last: w })
        .collect()
}

/// A line that can only continue the row above: every piece a fragment. `valued`: the
/// row above ends in its value, so graded words under it ("…任务完成") end its wrapped
/// name rather than stand as a value of their own (asked only of such words).
pub(super) fn continues(row: &Row, mut valued: impl FnMut() -> bool) -> bool {
    // Cheapest first: most lines open with a level label or a key (hashes of the
    // cell's cached key), the target grammar last.
    // A piece with a digit or a comparator in it is a value's or a row of its own
    // (a byte scan first: most lines of a table hold a number).
    let numeric = |t: &str| t.bytes().any(|b| b.is_ascii_digit() || b == b'%') || t.contains(['≥', '≤', '＞', '＜']);
    !row.cells.is_empty()
        && !row.cells.iter().any(|c| numeric(&c.text))
        && row.cells.iter().all(|c| {
            !c.is_empty()
                && taxonomy::classify_cell(c).is_none()
                && key_kind(c).is_none()
                && role_of_cell(c).is_none()
                // A key's or label's head ("年度" of 年度预算安排 stacked a word a
                // line) is the start of a cell of its own.
                && !(c.short && super::keys::is_key_head(c.key()))
                && !super::stream::is_label_fragment(c)
                // Graded wording ("有效减轻") is a value of a row of its own, though a
                // cell of the row above may begin with such words ("符合条件的群" / "体…").
                // A measured value (number, date, placeholder) is a strong value too, so
                // one reading of the target grammar answers both; graded words under a
                // row that already has its value continue its name (`valued`).
                && (!strong_value(c.text.trim_ws()) || valued() && !measured_value(c.text.trim_ws()))
        })
        // A numbered line ("1.绩效目标", "（二）…") begins a paragraph of its own.
        && !super::document::is_numbered(row.cells[0].text.trim_ws())
        && !super::document::is_annex_number(&row.cells[0].text)
        && !segment::is_page_break_row(row, false)
        && segment::title_of(row).is_none()
}

/// Which open cell each piece of `line` continues (indices into `open`), or None when
/// the pieces fit no cells or fit several ways equally well.
fn assign(anchor: &Row, texts: &[String], open: &[Open], line: &Row) -> Option<Vec<usize>> {
    let k = line.cells.len();
    if k > open.len() {
        return None;
    }
    let widths: Vec<usize> = line.cells.iter().map(|c| width(c.text.trim_ws())).collect();
    // A line of one cell under another is a paragraph's short last line ("伍。"), or
    // a line of its own: a glued table's rows are each as wide as a paragraph's lines.
    if anchor.cells.len() == 1 && k == 1 && widths[0] * 2 > open[0].first {
        return None;
    }
    let mut best: Option<((usize, usize), Vec<usize>)> = None;
    let mut tie = false;
    let mut pick = Vec::with_capacity(k);
    choose(open.len(), k, 0, &mut pick, &mut |pick| {
        // A piece is never wider than the line it continues.
        if pick.iter().zip(&widths).any(|(&o, &w)| w > open[o].last + SLACK) {
            return;
        }
        let lexicon = pick
            .iter()
            .zip(&line.cells)
            .filter(|(&o, piece)| {
                let at = open[o].cell;
                let joined = Cell::new(0, format!("{}{}", texts[at], piece.text.trim_ws()), anchor.line, at);
                taxonomy::classify_cell(&joined).is_some() || key_kind(&joined).is_some()
            })
            .count();
        // A column that repeats another (the name again in 绩效指标描述) wraps as it
        // does: equal cells continued by equal pieces.
        let twins = (0..k)
            .flat_map(|a| (a + 1..k).map(move |b| (a, b)))
            .filter(|&(a, b)| {
                texts[open[pick[a]].cell] == texts[open[pick[b]].cell] && line.cells[a].text.trim_ws() == line.cells[b].text.trim_ws()
            })
            .count();
        let score = (lexicon, twins);
        match &best {
            Some((s, _)) if *s > score => {}
            Some((s, _)) if *s == score => tie = true,
            _ => {
                best = Some((score, pick.to_vec()));
                tie = false;
            }
        }
    });
    best.filter(|_| !tie).map(|(_, p)| p)
}

/// Calls `f` with every increasing choice of `k` of `0..n`.
fn choose(n: usize, k: usize, from: usize, pick: &mut Vec<usize>, f: &mut impl FnMut(&[usize])) {
    if pick.len() == k {
        f(pick);
        return;
    }
    for i in from..n {
        if n - i < k - pick.len() {
            break;
        }
        pick.push(i);
        choose(n, k, i + 1, pick, f);
        pick.pop();
    }
}

/// Joins continuation lines into the cells they continue. None when no line is one
/// (most texts); else the rows and the ids of the cells folded into others.
/// `blank_lines_are_space` (a page grid, `Grid::blank_lines_are_space`): a row's next
/// row is its next printed line even with blank lines between them.
pub fn join(rows: &[Row], blank_lines_are_space: bool) -> Option<(Vec<Row>, Vec<usize>)> {
    let mut out: Option<Vec<Row>> = None;
    let mut folded = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let anchor = &rows[i];
        // Asked of every line of a space-cut text: whether the next line could
        // continue this one, before what this one's cells are.
        // A continuation line has fewer pieces than its row has cells, or is a
        // paragraph's short last line (see `assign`).
        let fewer = |n: &Row| match (anchor.cells.len(), n.cells.len()) {
            (1, 1) => width(n.cells[0].text.trim_ws()) * 2 <= width(anchor.cells[0].text.trim_ws()),
            (a, b) => b < a,
        };
        let next = rows.get(i + 1).filter(|n| i + 2 < rows.len() && (blank_lines_are_space || n.line == anchor.line + 1));
        // Whether the row ends in its value (the target grammar): asked only of a row
        // whose next line holds graded words, once.
        let mut memo = None;
        let mut valued =
            || *memo.get_or_insert_with(|| anchor.cells.len() > 1 && anchor.cells.last().is_some_and(|c| measured_value(c.text.trim_ws())));
        // A value wrapped off its unit or its month ends the line ("元", "次数覆盖 人次"):
        // that piece is the value's, the rest is asked as any continuation line.
        let mut tail = false;
        let first = next.is_some_and(|n| {
            // A unit in the value's column fills the line ("次数覆盖 人次" under "完成时间
            // ≥1200"): such a line may have as many pieces as its row.
            let value = anchor.cells.last().map_or("", |c| c.text.trim_ws());
            tail = (fewer(n) || n.cells.len() == anchor.cells.len())
                && n.cells.last().is_some_and(|c| may_be_tail(c.text.trim_ws()))
                && valued()
                && takes_tail(anchor, value, n, None);
            if tail {
                n.cells.len() == 1 || continues(&without_last(n), &mut valued)
            } else {
                fewer(n) && continues(n, &mut valued)
            }
        });
        if !first {
            if let Some(o) = out.as_mut() {
                o.push(anchor.clone());
            }
            i += 1;
            continue;
        }
        let valued = valued();
        let mut open = openings(anchor);
        let mut texts: Vec<String> = anchor.cells.iter().map(|c| c.text.trim_ws().to_string()).collect();
        let last = anchor.cells.len() - 1;
        // The value's first line's width: a tail is never wider (see `assign`).
        let value_width = width(&texts[last]);
        let mut j = i + 1;
        while (!open.is_empty() || tail) && j < rows.len() && j - i <= MAX_LINES {
            let whole_line = &rows[j];
            // (The first line was asked above.)
            if j > i + 1 {
                tail = tail && takes_tail(anchor, &texts[last], whole_line, Some((&open, value_width)));
            }
            let rest;
            let line = if tail {
                rest = without_last(whole_line);
                &rest
            } else {
                whole_line
            };
            // The text's last line may be the start of a row cut off (an excerpt
            // ending "效" of 效益指标): left to the matrix's `tail_lines`, which knows
            // the labels it could begin.
            if j > i + 1
                && (j + 1 == rows.len()
                    || !blank_lines_are_space && whole_line.line != rows[j - 1].line + 1
                    || !line.cells.is_empty() && !continues(line, || valued))
            {
                break;
            }
            if tail {
                let piece = whole_line.cells.last().expect("a tail is a piece");
                texts[last].push_str(piece.text.trim_ws());
                folded.push(piece.id);
                if line.cells.is_empty() {
                    j += 1;
                    continue;
                }
            }
            let Some(pick) = assign(anchor, &texts, &open, line) else { break };
            let mut still = Vec::with_capacity(open.len());
            // A cell no piece continued has ended; so has one whose piece was short
            // (its last line).
            for (n, o) in open.iter().enumerate() {
                if let Some(at) = pick.iter().position(|&p| p == n) {
                    let piece = &line.cells[at];
                    let w = width(piece.text.trim_ws());
                    super::spaced::glue(&mut texts[o.cell], piece.text.trim_ws());
                    folded.push(piece.id);
                    if w + SLACK >= o.first {
                        still.push(Open { last: w, ..*o });
                    }
                }
            }
            open = still;
            j += 1;
        }
        if j > i + 1 {
            let o = out.get_or_insert_with(|| rows[..i].to_vec());
            let cells = anchor
                .cells
                .iter()
                .zip(texts)
                .map(|(c, t)| if t == c.text.trim_ws() { c.clone() } else { c.with_text(t, c.col) })
                .collect();
            o.push(Row { line: anchor.line, cells });
        } else if let Some(o) = out.as_mut() {
            o.push(anchor.clone());
        }
        i = j;
    }
    out.map(|rows| (rows, folded))
}

/// The line's last piece continues the anchor's value (`value`, joined so far): the
/// anchor ends in a measured value, the line has fewer pieces than the anchor has cells
/// and the pieces before the last could continue open cells. `open`: the cells still
/// wrapping and the value's first width, None for the first line (every cell open).
fn takes_tail(anchor: &Row, value: &str, line: &Row, open: Option<(&[Open], usize)>) -> bool {
    let Some(piece) = line.cells.last() else { return false };
    // As many pieces as the row has cells only with a unit last (see `join`).
    let full = line.cells.len() == anchor.cells.len();
    if anchor.cells.len() < 2 || line.cells.len() > anchor.cells.len() || full && !unit_or_month(anchor, value, line) {
        return false;
    }
    let names = match open {
        Some((o, w)) => {
            if width(piece.text.trim_ws()) > w + SLACK || line.cells.len() > o.len() + 1 {
                return false;
            }
            !o.is_empty()
        }
        None => {
            if width(piece.text.trim_ws()) > width(value) + SLACK {
                return false;
            }
            true
        }
    };
    continues_value(value, piece, line.cells.len() == 1 && names)
}

/// A full line's last piece may be the value's: a unit (opening with Han), or a month
/// under a bare year ("2025年" / "12月") when every piece before it is as wide as the
/// cell above it and that cell was cut mid-word (it does not end like a name), so the
/// name keeps wrapping: a next row's own "12月" comes after a name of its own, under a
/// whole name ("实施年度 2025年" / "验收月份 12月"). `line` has as many pieces as
/// `anchor`.
fn unit_or_month(anchor: &Row, value: &str, line: &Row) -> bool {
    let Some((piece, names)) = line.cells.split_last() else { return false };
    let t = piece.text.trim_ws();
    if t.starts_with(is_han) {
        return true;
    }
    value.ends_with('年')
        && t.ends_with('月')
        && names.iter().zip(&anchor.cells).all(|(n, a)| {
            let above = width(a.text.trim_ws());
            above >= MIN_WRAPPED_WIDTH && width(n.text.trim_ws()) + SLACK >= above && !looks_like_name(&a.text)
        })
}

/// The line without its last piece (taken by the value above).
fn without_last(line: &Row) -> Row {
    Row { line: line.line, cells: line.cells[..line.cells.len() - 1].to_vec() }
}
