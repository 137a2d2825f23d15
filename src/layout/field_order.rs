//! Which open key a value goes to: in a grid, the key above it (the column under a
//! key); in a stream of one cell per line, the last key read — except for a run of
//! money keys printed side by side, whose amounts follow in the same order.

use crate::extract::money::parse_amount;
use crate::read::{Cell, Row};

use super::super::keys::key_kind;
use super::{FieldReader, Pending};

/// The key at or left of `col` among the keys that ended the row above: it owns the
/// cell under it.
pub(super) fn owner(keys: &[Pending], col: usize) -> Option<Pending> {
    if keys.len() == 1 {
        return (keys[0].col <= col + 1).then(|| keys[0].clone());
    }
    // The key at or left of the cell; one column right only when none is (a value
    // printed a column early). Heads in adjacent columns (中期目标 | 年度目标) each own
    // the cell under them, not the one to their left.
    keys.iter().filter(|k| k.col <= col).max_by_key(|k| k.col).or_else(|| keys.iter().find(|k| k.col == col + 1)).cloned()
}

impl FieldReader<'_> {
    /// The money keys at the end of the open keys, read one after another with no
    /// value between them.
    fn money_run(&self) -> usize {
        self.pending.iter().rev().take_while(|p| p.key.is_money()).count()
    }

    /// In a stream, an amount after a run of two money keys or more is held back: a
    /// fund table's header printed one name per line (年度资金总额 / 财政拨款 / 其他资金)
    /// is followed by its amounts in the same order, which only the amounts after it
    /// tell apart from a key left blank (年度资金总额 / 财政拨款 / 100). Returns whether
    /// the cell was held.
    pub(super) fn hold_amount(&mut self, cell: &Cell) -> bool {
        if !self.cross_rows || self.held.is_empty() && self.money_run() < 2 || parse_amount(&cell.text).is_none() {
            return false;
        }
        self.held.push(cell.clone());
        if self.held.len() >= self.money_run() {
            self.release_held();
        }
        true
    }

    /// Whether a row carries on the amounts held back: one amount, no key.
    pub(super) fn continues_held(row: &Row) -> bool {
        row.single().is_some_and(|c| key_kind(c).is_none() && parse_amount(&c.text).is_some())
    }

    /// The held amounts to their keys: two or more in a row take the run's keys in
    /// order; a single one goes to the last key, as any value in a stream does. (Called
    /// before the block's consumed cells are taken: the next row, the matrix header,
    /// may be no row of the reader's.)
    pub(in crate::layout) fn release_held(&mut self) {
        let held = std::mem::take(&mut self.held);
        let in_order = held.len() >= 2;
        for cell in held {
            // The run's first key still open, or the last key.
            let at = if in_order { self.pending.len() - self.money_run() } else { self.pending.len().saturating_sub(1) };
            let placed = match self.pending.get(at).cloned() {
                Some(p) if self.assign(&p, &cell.text, Some(&cell)) => {
                    self.pending.remove(at);
                    true
                }
                _ => false,
            };
            if !placed {
                self.unlabeled(&cell);
            }
        }
    }
}
