//! Cells wrapped onto several lines in a one-cell-per-line stream. Text pulled from a
//! PDF in reading order (`pdftotext` without `-layout`, PyMuPDF's `get_text()`) prints
//! each visual line of a cell on a line of its own, so a long 三级 name or value comes
//! as two or three "cells":
//!
//! ```text
//! 困难群众医疗费用负      ← one name, wrapped
//! 担
//! 有效减轻                ← its value
//! ```
//!
//! Read two by two, "担" would be the value and "有效减轻" the next name. In a matrix of
//! name and value columns only, the run of data cells between two labels is cut into
//! records (a name of one to three lines, a value of zero to two) so that names read
//! like names and values like values, and a join is paid for: two lines are one cell
//! only where the cells read worse apart. A fragment that begins a wrapped cell must
//! be about as long as that column's longest line, since the PDF only wraps a full
//! line; so "行" / "长期" cannot be one value, and "…长效运" / "行" is one name.

use crate::chars::TrimWs;
use crate::extract::taxonomy;
use crate::read::{Cell, Row};

use super::header::{is_matrix_title_cell, role_of_cell, Role, Schema};
use super::{segment, stream};

/// Longest run of lines one name or description is joined from; values from at most two,
/// or three where each line after the first is the value's wrapped tail ("2026" / "年11" / "月").
const NAME_LINES: usize = 3;
/// Longest run a name is joined from where its lines wrap at the recurring width
/// beyond doubt (wrap_width::sure_wrap).
const LONG_NAME_LINES: usize = 6;
const VALUE_LINES: usize = 3;
const DESC_LINES: usize = 3;

/// What one line reads like, computed once per line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Shape {
    pub(super) chars: usize,
    pub(super) name: bool,
    pub(super) value: bool,
    /// A value by its wording alone, with no number in it ("有效提升", but also a wrapped
    /// name's piece that holds such a word: "次数覆盖率完成").
    pub(super) bare: bool,
}

fn shape(text: &str) -> Shape {
    let t = text.trim_ws();
    // A name with its row number ("合格率5") reads as a number to the target grammar.
    let numbered = super::numbered_names::is_numbered_name(t);
    let value = !numbered && stream::strong_value(t);
    let bare = value && !t.bytes().any(|b| b.is_ascii_digit());
    let name = numbered || stream::looks_like_name(before_unit_note(t));
    Shape { chars: t.chars().count(), name, value, bare }
}

/// Is this matrix one of names and values (一级 / 二级 / 三级 / 指标值), with or without
/// a description between (一体化 L3: 三级 / 绩效指标描述 / 指标值)? Returns whether it
/// has the description. Other groups (a basis, a unit, a score) leave too many ways to
/// cut a run. Side-by-side 中期 / 年度 groups of the same columns cut the same way:
/// a run of data lines between labels is still one record after another, whichever
/// group each record belongs to.
fn columns(schema: &Schema) -> Option<bool> {
    let mut shape = None;
    for g in &schema.groups {
        let data: Vec<Role> = g.roles.iter().map(|(r, _)| *r).filter(|r| !matches!(r, Role::Level1 | Role::Level2)).collect();
        let has_desc = match data.as_slice() {
            [Role::Name, Role::Value] => false,
            [Role::Name, Role::Desc, Role::Value] => true,
            _ => return None,
        };
        if shape.is_some_and(|s| s != has_desc) {
            return None;
        }
        shape = Some(has_desc);
    }
    shape
}

/// A line that is a whole data cell or a piece of one (not a label, a page number,
/// a column name).
fn data_cell(row: &Row) -> Option<&Cell> {
    let c = row.single()?;
    let other = taxonomy::classify_cell(c).is_some()
        || stream::is_label_fragment(c)
        || segment::is_page_break_row(row, false)
        || is_matrix_title_cell(c)
        || role_of_cell(c).is_some();
    (!other).then_some(c)
}

/// Joins the lines of wrapped cells in the body of a stream matrix. Returns None when
/// nothing is joined; else the rows and the ids of the cells folded into another.
pub fn join_wrapped(rows: &[Row], schema: &Schema) -> Option<(Vec<Row>, Vec<usize>)> {
    let has_desc = columns(schema)?;
    if rows.iter().any(|r| r.non_empty().nth(1).is_some()) {
        return None;
    }
    // Each line is shaped once: the interleaved-name pass reads the same shapes, and
    // only where it moved lines are they shaped again.
    let (cells, shapes) = shaped(rows);
    // Names whose value stands between their lines (pdftotext's reading order) first.
    let pre = if has_desc { None } else { super::interleaved_wraps::join(rows, &cells, &shapes) };
    let Some((rows, mut folded)) = pre else {
        return join_lines(rows, has_desc, &cells, &shapes);
    };
    let (cells, shapes) = shaped(&rows);
    match join_lines(&rows, has_desc, &cells, &shapes) {
        Some((joined, more)) => {
            folded.extend(more);
            Some((joined, folded))
        }
        None => Some((rows, folded)),
    }
}

/// Each row's data cell and what it reads like (None for a row that is no data).
fn shaped(rows: &[Row]) -> (Vec<Option<&Cell>>, Vec<Option<Shape>>) {
    let cells: Vec<Option<&Cell>> = rows.iter().map(data_cell).collect();
    let shapes = cells.iter().map(|c| c.map(|c| shape(&c.text))).collect();
    (cells, shapes)
}

fn join_lines(rows: &[Row], has_desc: bool, cells: &[Option<&Cell>], shapes: &[Option<Shape>]) -> Option<(Vec<Row>, Vec<usize>)> {
    // The widest line a name and a value column print, by what the lines read like.
    let widest = |f: fn(&Shape) -> bool| shapes.iter().flatten().filter(|s| f(s)).map(|s| s.chars).max();
    let all = widest(|_| true).unwrap_or(0);
    let widths = Widths {
        name: widest(|s| s.name).unwrap_or(all).max(all * 2 / 3),
        value: widest(|s| s.value).unwrap_or(all),
        desc: has_desc.then_some(all),
        // Where a name column wraps, read off the lines (wrap_width.rs).
        recurring: super::wrap_width::recurring(shapes),
    };

    // Each run of data lines between labels is cut on its own.
    let mut lines_of: Vec<usize> = vec![1; rows.len()];
    let mut i = 0;
    while i < rows.len() {
        if shapes[i].is_none() {
            i += 1;
            continue;
        }
        let end = (i..rows.len()).find(|&k| shapes[k].is_none()).unwrap_or(rows.len());
        let run: Vec<Line> = (i..end).filter_map(|k| Some(Line { text: &cells[k]?.text, shape: shapes[k]?, cell: cells[k] })).collect();
        for (start, n) in cut(&run, &widths) {
            lines_of[i + start] = n;
        }
        i = end;
    }
    if lines_of.iter().all(|&n| n == 1) {
        return None;
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut folded = Vec::new();
    let mut k = 0;
    while k < rows.len() {
        let n = lines_of[k];
        if n == 1 {
            out.push(rows[k].clone());
            k += 1;
            continue;
        }
        let parts: Vec<&Cell> = cells[k..k + n].iter().flatten().copied().collect();
        let text: String = parts.iter().map(|c| c.text.trim_ws()).collect();
        out.push(Row { line: rows[k].line, cells: vec![parts[0].with_text(text, parts[0].col)] });
        folded.extend(parts[1..].iter().map(|c| c.id));
        k += n;
    }
    Some((out, folded))
}

struct Widths {
    name: usize,
    value: usize,
    /// The description column's, where the matrix has one.
    desc: Option<usize>,
    /// A width many wrapped names' first lines share: such a line is full too.
    recurring: Option<usize>,
}

/// A line may begin a wrapped cell only if it is nearly as wide as its column.
fn full_line(s: &Shape, width: usize) -> bool {
    s.chars * 10 >= width * 6 && s.chars >= 4
}

/// One line of a run: its text and what it reads like.
#[derive(Debug, Clone, Copy)]
struct Line<'a> {
    text: &'a str,
    shape: Shape,
    cell: Option<&'a Cell>,
}

fn joined(lines: &[Line]) -> String {
    lines.iter().map(|l| l.text.trim_ws()).collect()
}

/// How well a name of `name` lines and a value of `value` lines read as a record.
/// Scores are in halves. A join (3) costs more than a weak value (2) earns, and a
/// missing value (8) costs more than a join: a table rarely leaves a value out, but
/// PDF text often wraps one.
fn record_score(name: &[Line], value: &[Line], recurring: Option<usize>) -> i32 {
    // A unit note ending the name is read with it at no cost.
    let name = without_note(name);
    let mut s = match name {
        [n] if n.shape.value => -8,
        [n] if n.shape.name => 4,
        [_] => 0,
        _ if stream::looks_like_name(&joined(name)) => 4,
        _ => 2,
    };
    s += match value {
        [] => -8,
        // After a line that runs on (no whole name, at least the width names wrap at),
        // a line of that width with no number in it is the name's next piece even where
        // it reads as graded wording ("次数覆盖率完成"): no value.
        [v] if v.shape.bare && Some(v.shape.chars) == recurring && runs_on(name, recurring) => -8,
        [v] if v.shape.value => 6,
        [v] if v.shape.name => -6,
        // A line of the width names wrap at (wrap_width.rs) that reads as no value is
        // the wrapped name's next piece: as good as no value.
        [v] if Some(v.shape.chars) == recurring => -8,
        [_] => 2,
        // A value wrapped in a narrow column ("≥1800" / "人次", "2026年" / "11月"): the
        // target grammar tells the tail: joined, it is worth more than the records its pieces
        // could begin.
        _ if value_tails_chain(value) => 6 + 6 * (value.len() as i32 - 1),
        _ if stream::strong_value(&joined(value)) => 6,
        // Lines of the width names wrap at are a name's pieces, not one value.
        _ if recurring.is_some() && value.iter().all(|v| Some(v.shape.chars) == recurring) => -8,
        _ => 2,
    };
    // A name wrapped at the recurring width beyond doubt is cheap to join: its pieces
    // read as nothing on their own.
    let per_name_line = if sure_wrap(&name[..name.len() - 1], recurring) { 1 } else { 3 };
    s - per_name_line * (name.len() - 1) as i32 - 3 * value.len().saturating_sub(1) as i32
}

/// A name's unit in brackets on a line of its own ("(%)", "（人）"): short, no number.
/// (The first character is asked first: most lines are no note.)
fn is_unit_note(l: &Line) -> bool {
    is_note_text(l.text.trim_ws())
}

fn is_note_text(t: &str) -> bool {
    (t.starts_with('(') || t.starts_with('（'))
        && (t.ends_with(')') || t.ends_with('）'))
        && t.chars().count() <= 6
        && !t.bytes().any(|b| b.is_ascii_digit())
}

/// A name ending in its unit ("参保人数(人)") ends like a name before the note. (The
/// last character is asked first: most lines end in no bracket.)
fn before_unit_note(t: &str) -> &str {
    if !(t.ends_with(')') || t.ends_with('）')) {
        return t;
    }
    match t.rfind(['(', '（']) {
        Some(at) if at > 0 && is_note_text(&t[at..]) => &t[..at],
        _ => t,
    }
}

/// The name's lines without the unit note that ends it, if one does (a name of one
/// line or more before it).
fn without_note<'n, 'a>(name: &'n [Line<'a>]) -> &'n [Line<'a>] {
    match name.split_last() {
        Some((last, body)) if !body.is_empty() && is_unit_note(last) => body,
        _ => name,
    }
}

/// The name's last line is a piece that goes on: no whole name, at least as wide as
/// names wrap at.
fn runs_on(name: &[Line], recurring: Option<usize>) -> bool {
    name.last().is_some_and(|l| !l.shape.name && recurring.is_some_and(|w| l.shape.chars >= w))
}

fn sure_wrap(head: &[Line], recurring: Option<usize>) -> bool {
    super::wrap_width::sure_wrap(head.iter().map(|l| l.shape.chars), recurring)
}

/// How well `desc` lines read as a 绩效指标描述: any text but a target value. A
/// blank one is allowed (it drops out of the stream), at a cost above a weak value's
/// gain: a description is seldom left blank.
fn desc_score(desc: &[Line]) -> i32 {
    match desc {
        [] => -5,
        [d] if d.shape.value => -8,
        [_] => 1,
        _ => 1 - 3 * (desc.len() as i32 - 1),
    }
}

/// Cut a run of lines into records. Returns (first line, lines) of each cell joined
/// from more than one line.
fn cut(run: &[Line], widths: &Widths) -> Vec<(usize, usize)> {
    let n = run.len();
    let desc_lines = if widths.desc.is_some() { DESC_LINES } else { 0 };
    // best[i]: score of the best cut of run[..i] and the (name, desc, value) lines of
    // its last record.
    let mut best: Vec<Option<(i32, [usize; 3])>> = vec![None; n + 1];
    best[0] = Some((0, [0; 3]));
    for i in 0..n {
        let Some((base, _)) = best[i] else { continue };
        for a in 1..=LONG_NAME_LINES.min(n - i) {
            let name = &run[i..i + a];
            // A unit note after the name ("(%)") is its end whatever the lines before.
            let body = without_note(name);
            if body.len() > 1 && !joinable(body, widths.name, false, widths.recurring) {
                break;
            }
            if body.len() > NAME_LINES && !sure_wrap(&body[..body.len() - 1], widths.recurring) {
                break;
            }
            for d in 0..=desc_lines.min(n - i - a) {
                let desc = &run[i + a..i + a + d];
                if d > 1 && !joinable(desc, widths.desc.unwrap_or(0), true, None) {
                    break;
                }
                let desc_s = if widths.desc.is_some() { desc_score(desc) } else { 0 };
                for b in 0..=VALUE_LINES.min(n - i - a - d) {
                    let value = &run[i + a + d..i + a + d + b];
                    // A third line only as a value's wrapped tail ("2025" / "年11" / "月").
                    if b > 1 && (b > 2 || !joinable(value, widths.value, false, None)) && !value_tails_chain(value) {
                        break;
                    }
                    let s = base + record_score(name, value, widths.recurring) + desc_s;
                    let j = i + a + d + b;
                    if best[j].is_none_or(|(bs, _)| s > bs) {
                        best[j] = Some((s, [a, d, b]));
                    }
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut j = n;
    while j > 0 {
        let Some((_, lines)) = best[j] else { return Vec::new() };
        let mut at = j - lines.iter().sum::<usize>();
        j = at;
        for k in lines {
            if k > 1 {
                out.push((at, k));
            }
            at += k;
        }
    }
    out
}

/// The lines after the first are the value's tail wrapped off it (value_tails.rs: a
/// unit, a percent sign, a date's month): each has a tail's shape and the last
/// finishes the value ("2026" / "年11" / "月", "≥12" / "00人" / "次").
fn value_tails_chain(value: &[Line]) -> bool {
    let Some((last, head)) = value.split_last() else { return false };
    // (Asked of every run of value lines the cut tries: the cheap tests first, before
    // the text is joined. A wrapped value holds a digit before its tail, and its last
    // line is a tail itself, as `continues_value` asks again.)
    let tail = |t: &str| super::value_tails::may_be_tail(t.trim_ws());
    if head.is_empty()
        || !head.iter().any(|l| l.text.bytes().any(|b| b.is_ascii_digit()))
        || !tail(last.text)
        || !head[1..].iter().all(|l| tail(l.text))
    {
        return false;
    }
    last.cell.is_some_and(|c| super::value_tails::continues_value(&joined(head), c, true))
}

/// Lines that can be one wrapped cell: every line but the last fills its column, and
/// the last is a tail, not a whole cell of its own (a name or a value read alone; a
/// description's last line may end like a name: "…档案的人数").
fn joinable(lines: &[Line], width: usize, desc: bool, recurring: Option<usize>) -> bool {
    let (last, head) = lines.split_last().expect("two lines or more");
    // A run of pieces at the recurring width (the first a little wider) is one name
    // even where its last line ends like a whole one ("…修复" / "处数").
    if !desc && head.iter().all(|l| !l.shape.name) && sure_wrap(head, recurring) {
        return true;
    }
    let whole = if desc { last.shape.value } else { last.shape.name && last.shape.chars >= 4 };
    let full = |s: &Shape| full_line(s, width) || Some(s.chars) == recurring;
    // Lines of the exact width names wrap at run on even into a tail that ends like
    // a name ("…工程验" / "收一次合格率").
    let wraps = recurring.is_some() && head.iter().all(|l| Some(l.shape.chars) == recurring);
    head.iter().all(|l| full(&l.shape) && (desc || !l.shape.name)) && (!whole || wraps)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes<'a>(lines: &[&'a str]) -> Vec<Line<'a>> {
        lines.iter().map(|t| Line { text: t, shape: shape(t), cell: None }).collect()
    }

    #[test]
    fn a_short_tail_after_a_wrapped_name_joins_it() {
        let run = shapes(&["救助对象识别准确率", "≥98%", "困难群众医疗费用负", "担", "有效减轻", "因病致贫返贫发生率", "逐年下降"]);
        let w = Widths { name: 10, value: 5, desc: None, recurring: None };
        assert_eq!(cut(&run, &w), vec![(2, 2)]);
    }

    #[test]
    fn pairs_that_read_well_are_left_alone() {
        let run = shapes(&["资助参保人数", "≥12000人", "医疗救助人次", "≥3500人次", "经办服务效率", "有效提升"]);
        assert!(cut(&run, &Widths { name: 10, value: 8, desc: None, recurring: None }).is_empty());
    }
}
