//! Keys over values in a one-cell-per-line copy: "项目名称 / 主管部门 / 实施单位 /
//! 某某项目 / 某某局 / 某某中心", each cell on its own line. In a stream a value goes
//! to the last key still open, so read in print order the three values went to the
//! keys the wrong way round. A run of two or more bare keys followed by exactly as
//! many plain lines (then the next key, or the end of the fields) is a row of keys
//! over a row of values: the lines are read paired, key then value, in order. The
//! row-wise form of the same shape is read in field_columns.rs.
//!
//! A key left blank before the next key ("项目名称 / 主管部门 / 某某局") or a value
//! wrapped over two lines gives runs of unequal length, and the stream is read in
//! print order as before.

use crate::read::Row;

use super::keys::{key_of_cell, Key};

#[derive(Clone, Copy, PartialEq)]
enum Line {
    /// A bare key that takes a short value of its own.
    Key,
    /// Any other key (a money or goal key, a key with its value in the cell).
    OtherKey,
    /// A line with no key.
    Plain,
    /// Not a one-cell line.
    Other,
}

fn line_of(row: &Row) -> Line {
    // One-cell lines only: a stream's rows; anything wider is no line of this shape.
    let [cell] = row.cells.as_slice() else { return Line::Other };
    if cell.text.trim().is_empty() {
        return Line::Other;
    }
    match key_of_cell(cell) {
        None => Line::Plain,
        Some((key, _, None))
            if !key.is_money()
                && !key.is_goal()
                && !matches!(key, Key::Section | Key::Boilerplate | Key::DutyBlock | Key::CostBreakdown) =>
        {
            Line::Key
        }
        Some(_) => Line::OtherKey,
    }
}

/// The order to read `rows` in: print order, with each run of keys over as many values
/// interleaved key, value, key, value. `None` when no run is found.
pub fn reading_order(rows: &[Row]) -> Option<Vec<usize>> {
    // Most field blocks hold no two bare keys in a row: look no further then.
    let lines: Vec<Line> = rows.iter().map(line_of).collect();
    if !lines.windows(2).any(|w| w == [Line::Key, Line::Key]) {
        return None;
    }
    let mut order: Vec<usize> = (0..rows.len()).collect();
    let mut found = false;
    let mut i = 0;
    while i < lines.len() {
        let keys = lines[i..].iter().take_while(|&&l| l == Line::Key).count();
        if keys < 2 {
            i += 1;
            continue;
        }
        let values = lines[i + keys..].iter().take_while(|&&l| l == Line::Plain).count();
        let after = lines.get(i + keys + values);
        if values == keys && after.is_none_or(|&l| matches!(l, Line::Key | Line::OtherKey)) {
            for j in 0..keys {
                order[i + 2 * j] = i + j;
                order[i + 2 * j + 1] = i + keys + j;
            }
            found = true;
        }
        i += keys + values.max(1);
    }
    found.then_some(order)
}
