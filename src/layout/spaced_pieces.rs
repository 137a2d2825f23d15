//! Pieces of a space-cut indicator row (`pdftotext -raw`: one table row a line, cells
//! cut by single spaces) that [`super::spaced`] joins beyond names and units:
//!
//! ```text
//! 产出指标 数量指标 巡河里程 3 ≥96%
//! 完工时间 7 2026 年 10 月
//! ```
//!
//! A bare number printed after the name ("巡河里程 3") reads as a value of its own, so
//! the row's real value was left unplaced and the number taken for it; a date printed
//! with spaces ("2026 年 10 月") came apart into a year and a stray month. Both are
//! asked only of rows with more pieces than the header has columns.

use crate::chars::TrimWs;
use crate::extract::target::is_unit;
use crate::read::Cell;

use super::stream::strong_value;
use super::value_tails::{continues_value, may_be_tail};

/// `piece`, after name pieces, is left over from the name rather than the value:
/// digits only (no comparator, unit or percent, which only a value carries), at most
/// three of them (a name's running number, never a year or an amount), and a value
/// the target grammar reads comes right after it.
pub fn leftover_number(piece: &str, next: Option<&Cell>) -> bool {
    // Asked of every strong value of a row with pieces to join: the length first.
    is_row_number(piece)
        && next.is_some_and(|n| {
            // A unit alone ("15 | 件") is the number's, not a value after it.
            let t = n.text.trim_ws();
            strong_value(t) && !is_unit(t)
        })
}

/// One to three digits alone: a row's running number printed apart from its name
/// (never a year or an amount).
pub fn is_row_number(t: &str) -> bool {
    (1..=3).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

/// The end of a value that begins at `start` and so far ends before `end`, taking
/// the pieces after it that continue it by the target grammar (a year's 年, its month
/// and 月), at most `excess` of them. Returns the new end and how many were taken.
pub fn value_tail_end(cells: &[Cell], start: usize, end: usize, excess: usize) -> (usize, usize) {
    // Most values end the row or are followed by a piece no tail can be.
    let tail = |c: &Cell| {
        let t = c.text.trim_ws();
        may_be_tail(t) || t.len() <= 2 && t.bytes().all(|b| b.is_ascii_digit())
    };
    if excess == 0 || !cells.get(end).is_some_and(tail) {
        return (end, 0);
    }
    let mut value = String::new();
    for c in &cells[start..end] {
        value.push_str(c.text.trim_ws());
    }
    let mut e = end;
    while e < cells.len() && e - end < excess {
        if continues_value(&value, &cells[e], false) {
            value.push_str(cells[e].text.trim_ws());
            e += 1;
            continue;
        }
        // A month's number printed apart from its 年 and 月 ("2026年 | 10 | 月"): no
        // tail alone, since digits alone may be the next value.
        let month = cells[e].text.trim_ws();
        let after = cells.get(e + 1).filter(|_| e + 1 - end < excess && value.ends_with('年'));
        match after {
            Some(after) if (1..=2).contains(&month.len()) && month.bytes().all(|b| b.is_ascii_digit()) => {
                let mut joined = value.clone();
                joined.push_str(month);
                if !continues_value(&joined, after, false) {
                    break;
                }
                value = joined;
                value.push_str(after.text.trim_ws());
                e += 2;
            }
            _ => break,
        }
    }
    (e, e - end)
}
