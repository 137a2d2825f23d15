//! A name wrapped in a narrow column of a space-cut text (`pdftotext -raw`: one table
//! row a line), its value on a line of its own after the name's last piece, and the
//! value's unit or month maybe on the line after that:
//!
//! ```text
//! 产出指标 数量指标 巡河里程 3 沿岸
//! 步道保洁垃圾清
//! 运监督
//! ≥96%
//! ```
//!
//! The row's first line holds no value, so the column's wrap is not measured against
//! it (`spaced_wraps` asks a continuation piece to be no wider than the cell it
//! continues, and the row number took the first line's room): read as rows, each line
//! was an indicator of its own, the value one with no name. A line that only a value
//! can be (the target grammar reads it as a measure) after lines that only a name's
//! pieces can be closes the name: under a header whose value column follows the name
//! column, the pieces after the row's level labels and the lines down to the value are
//! one name.

use crate::chars::TrimWs;
use crate::extract::target::is_unit;
use crate::extract::taxonomy;
use crate::read::{Cell, Row};

use super::keys::key_kind;
use super::spaced::{glue, Header};
use super::spaced_pieces::is_row_number;
use super::spaced_wraps::continues;
use super::stream::measured_value;
use super::value_tails::continues_value;

/// A value line's first character: its number or comparator.
fn opens_value(c: char) -> bool {
    c.is_ascii_digit() || "≥≤<>=＞＜≧≦".contains(c)
}

/// Longest run of name lines one value closes.
const MAX_LINES: usize = 6;

/// Joins each such row; None when there is none (most texts). Returns the rows and
/// the ids of the cells folded into others.
pub fn join(rows: &[Row]) -> Option<(Vec<Row>, Vec<usize>)> {
    // Every space-cut text passes here: before the header of each row is asked, a
    // value line that could close a name (one or two pieces opening with a number or
    // a comparator, under a one-piece line) must be there at all.
    let closing = |w: &[Row]| {
        (1..=2).contains(&w[1].cells.len())
            && w[0].cells.len() == 1
            && w[1].line == w[0].line + 1
            && w[1].cells[0].text.trim_ws().starts_with(opens_value)
    };
    if !rows.windows(2).skip(1).any(closing) {
        return None;
    }
    let mut header = Header::default();
    let mut out: Option<Vec<Row>> = None;
    let mut folded = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let row = &rows[i];
        if let Some(h) = Header::of(row) {
            header = h;
        }
        // Cheapest first: a name line (one piece, on the next line) under a row of a
        // table whose value column follows its name column.
        let next_alone = rows.get(i + 1).is_some_and(|n| n.cells.len() == 1 && n.line == row.line + 1);
        let joined = if next_alone && header.seen && header.name_then_value { closed_name(rows, i, &mut folded) } else { None };
        match joined {
            Some((r, end)) => {
                out.get_or_insert_with(|| rows[..i].to_vec()).push(r);
                i = end;
            }
            None => {
                if let Some(o) = out.as_mut() {
                    o.push(row.clone());
                }
                i += 1;
            }
        }
    }
    out.map(|rows| (rows, folded))
}

/// The row at `i` with its name lines and value line joined, and the index of the
/// first row after them.
fn closed_name(rows: &[Row], i: usize, folded: &mut Vec<usize>) -> Option<(Row, usize)> {
    let row = &rows[i];
    let lead = row.cells.iter().take_while(|c| taxonomy::classify_cell(c).is_some()).count();
    let pieces = &row.cells[lead..];
    // The name's first pieces: no value among them but a row number ("巡河里程 3"),
    // no key or column name.
    let last = pieces.last()?.text.trim_ws();
    if is_row_number(last)
        || pieces.iter().any(|c| {
            let t = c.text.trim_ws();
            // A unit alone ("人次") is a value's wrapped tail: the line continues a row.
            c.is_empty()
                || key_kind(c).is_some()
                || super::header::role_of_cell(c).is_some()
                || is_unit(t)
                || measured_value(t) && !is_row_number(t)
        })
    {
        return None;
    }
    // Name lines, then the value line.
    let mut j = i + 1;
    while j < rows.len() && j - i <= MAX_LINES && rows[j].cells.len() == 1 && rows[j].line == rows[j - 1].line + 1 {
        if measured_value(rows[j].cells[0].text.trim_ws()) || !continues(&rows[j], || true) {
            break;
        }
        j += 1;
    }
    let value_row = rows.get(j).filter(|v| j > i + 1 && v.line == rows[j - 1].line + 1 && (1..=2).contains(&v.cells.len()))?;
    // Only a value's pieces: it opens with its number or comparator ("≤50 万元",
    // "2025 年"), not with a name ("合格率5 2025年" is a row of its own).
    if !value_row.cells[0].text.trim_ws().starts_with(opens_value) {
        return None;
    }
    let mut value = String::new();
    for c in &value_row.cells {
        glue(&mut value, c.text.trim_ws());
    }
    if !measured_value(&value) {
        return None;
    }
    // The value's unit or month wrapped onto the line after ("≥1500" / "平方米").
    let mut end = j + 1;
    if let Some(t) = rows.get(end).filter(|t| t.line == value_row.line + 1 && (1..=2).contains(&t.cells.len())) {
        let tail: String = t.cells.iter().map(|c| c.text.trim_ws()).collect();
        if continues_value(&value, &Cell::new(t.cells[0].id, tail.clone(), t.line, 0), false) {
            value.push_str(&tail);
            folded.extend(t.cells.iter().map(|c| c.id));
            end += 1;
        }
    }
    let mut name = String::new();
    for c in pieces.iter().chain(rows[i + 1..j].iter().map(|r| &r.cells[0])) {
        glue(&mut name, c.text.trim_ws());
    }
    folded.extend(pieces[1..].iter().chain(rows[i + 1..j].iter().map(|r| &r.cells[0])).map(|c| c.id));
    folded.extend(value_row.cells[1..].iter().map(|c| c.id));
    let mut cells: Vec<Cell> = row.cells[..lead].to_vec();
    cells.push(pieces[0].with_text(name, lead));
    cells.push(Cell::new(value_row.cells[0].id, value, row.line, lead + 1));
    Some((Row { line: row.line, cells }, end))
}
