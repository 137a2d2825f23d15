//! Keys over values: a form printed as a PDF copy sets a row of field names
//! ("项目名称   主管部门   实施单位") over a row of their values in the same columns
//! ("某某项目   某某局   某某中心"). The keys' own columns give each value its key;
//! a value that happens to open like a field name ("绩效目标管理系统建设项目") is still
//! a value there, and a key that takes no value of its own in a key–value row
//! (项目负责人) still owns the cell under it.
//!
//! Money keys over amounts and goal heads over their texts are left to the readers
//! that know them (fund columns, goals under heads).
//!
//! Also here: a row's cells and keys as the field reader reads them (glued keys cut
//! apart, a key cut in two joined again).

use std::borrow::Cow;

use crate::model::Period;
use crate::read::{Cell, Row};

use super::super::keys::{key_of_cell, unglue_keys, CellKey, Key};
use super::{FieldReader, Pending};

/// A cell that is a field name: a key with nothing after it, or "key：value".
fn is_field_name(c: &Cell) -> bool {
    key_of_cell(c).is_some_and(|(_, _, rest)| rest.is_none() || c.text.contains([':', '：']))
}

impl FieldReader<'_> {
    /// The keys of a row of field names only: two or more, each a whole cell, none a
    /// money key, a goal or a block heading. None for any other row.
    pub(super) fn key_row_of(&self, row: &Row, keys: &[CellKey]) -> Option<Vec<Pending>> {
        // Asked of every row: streams have no columns, and most rows hold a value.
        if self.cross_rows || keys.iter().filter(|k| k.is_some()).nth(1).is_none() {
            return None;
        }
        let mut out = Vec::new();
        for (c, k) in row.cells.iter().zip(keys) {
            if c.is_empty() {
                continue;
            }
            let (key, label, rest) = k.as_ref()?;
            let own_reader =
                key.is_money() || key.is_goal() || matches!(key, Key::Section | Key::SpendPlan | Key::DutyBlock | Key::CostBreakdown);
            if rest.is_some() || own_reader {
                return None;
            }
            out.push(Pending { key: *key, label: label.to_string(), col: c.col, period: Period::Annual });
        }
        Some(out)
    }

    /// The row under a row of field names, with as many cells and none a field name:
    /// each cell is the value of the key above it. Returns whether the row was read so.
    pub(super) fn values_under_keys(&mut self, row: &Row, above: &[Pending]) -> bool {
        let cells: Vec<&Cell> = row.non_empty().collect();
        if cells.len() != above.len() || cells.iter().any(|c| is_field_name(c)) {
            return false;
        }
        self.rows_read += 1;
        self.pending.clear();
        self.column_keys.clear();
        for (p, c) in above.iter().zip(cells) {
            if !self.assign(p, &c.text, Some(c)) {
                self.unlabeled(c);
            }
        }
        true
    }

    /// The row's cells and each one's key (`unglue_keys`). A key cut in two and joined
    /// again keeps its first piece's cell: the second piece is part of the key, placed
    /// with it.
    pub(super) fn keyed<'r>(&mut self, row: &'r Row) -> (Cow<'r, Row>, Vec<CellKey>) {
        let (joined, keys) = unglue_keys(row);
        if matches!(joined, Cow::Owned(_)) {
            let absorbed = row.cells.iter().filter(|c| !joined.cells.iter().any(|j| j.id == c.id));
            self.consumed.extend(absorbed.map(|c| c.id));
        }
        (joined, keys)
    }
}
