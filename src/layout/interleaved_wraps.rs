//! A wrapped name whose value is printed between its lines. `pdftotext` without
//! `-layout` prints a table's lines in the order they stand on the page, and a value
//! centred in its row stands between a two-line name's first and second line:
//!
//! ```text
//! 乡镇卫生院设备更新覆      ← the name's first line (the column's full width)
//! 按期完成                  ← its value, centred in the row
//! 盖率                      ← the name's second line
//! ```
//!
//! Read in order, "盖率" is the value's tail or a name of its own. Where the body of a
//! stream matrix holds this shape again and again at one width, and more often than
//! the name's lines printed together (PyMuPDF's order), the tail goes back to the name
//! and the value after it. Only line lengths and what the lines read like are looked
//! at, never the words.

use crate::chars::TrimWs;
use crate::read::{Cell, Row};

use super::wrap_width::{commonest, may_be_first_line, PerWidth, MAX_CHARS};
use super::wrapped::Shape;

/// Does a name's first line stand at `k`, its value after it and its tail after that?
/// The tail is shorter than the first line and no value, and no value follows it (a
/// line with a value of its own is a name of its own).
fn interleaved(shapes: &[Option<Shape>], k: usize) -> Option<usize> {
    let (Some(Some(h)), Some(Some(v)), Some(Some(t))) = (shapes.get(k), shapes.get(k + 1), shapes.get(k + 2)) else {
        return None;
    };
    let next_value = matches!(shapes.get(k + 3), Some(Some(n)) if n.value);
    (may_be_first_line(h) && v.value && !t.value && t.chars < h.chars && !next_value).then_some(h.chars)
}

/// Puts each name's tail back after its first line and joins them. Returns None when
/// the body shows no such shape; else the rows and the ids of the tails folded in.
/// `cells` and `shapes` are the rows' data cells and their shapes (`wrapped`).
pub(super) fn join(rows: &[Row], cells: &[Option<&Cell>], shapes: &[Option<Shape>]) -> Option<(Vec<Row>, Vec<usize>)> {
    if rows.len() < 3 * super::wrap_width::MIN_LINES {
        return None;
    }
    // Per width: names whose value stands between their lines, and names whose lines
    // stand together (a head run on into a tail that is no value).
    let mut split: PerWidth = [0; MAX_CHARS + 1];
    let mut together: PerWidth = [0; MAX_CHARS + 1];
    for k in 0..shapes.len() {
        if let Some(w) = interleaved(shapes, k) {
            split[w] += 1;
        } else if let (Some(Some(h)), Some(Some(t))) = (shapes.get(k), shapes.get(k + 1)) {
            if may_be_first_line(h) && !t.value && t.chars < h.chars {
                together[h.chars] += 1;
            }
        }
    }
    let (width, n) = commonest(&split)?;
    if together[width] >= n {
        return None;
    }
    let mut out = Vec::with_capacity(rows.len());
    let mut folded = Vec::new();
    let mut k = 0;
    while k < rows.len() {
        if interleaved(shapes, k) == Some(width) {
            if let (Some(name), Some(tail)) = (cells[k], cells[k + 2]) {
                let text = format!("{}{}", name.text.trim_ws(), tail.text.trim_ws());
                out.push(Row { line: rows[k].line, cells: vec![name.with_text(text, name.col)] });
                out.push(rows[k + 1].clone());
                folded.push(tail.id);
                k += 3;
                continue;
            }
        }
        out.push(rows[k].clone());
        k += 1;
    }
    Some((out, folded))
}
