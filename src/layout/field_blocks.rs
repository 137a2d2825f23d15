//! Blocks of rows the field reader takes whole: a cost breakdown table, and goal
//! texts whose heads sit on the row above them, one column to their left.

use crate::read::Row;

use super::super::keys::{declared_unit, CellKey};
use super::{CostTable, FieldReader, Key, Pending};

impl FieldReader<'_> {
    /// A row of a cost breakdown table (its header, an item, its 合计): read and
    /// consumed whole. A row that is not the table's closes it.
    pub(super) fn cost_rows(&mut self, row: &Row) -> bool {
        let Some(table) = self.cost_table.as_mut() else {
            let Some(table) = CostTable::start(row) else { return false };
            // "金额(万元)": the unit of the amounts, and so of a total taken from them.
            if self.project.money_unit.is_none() {
                self.project.money_unit = row.non_empty().find_map(|c| declared_unit(&c.text)).map(str::to_string);
            }
            self.cost_table = Some(table);
            self.consumed.extend(row.non_empty().map(|c| c.id));
            return true;
        };
        match table.row(row) {
            Some(is_total) => {
                self.consumed.extend(row.non_empty().map(|c| c.id));
                if is_total {
                    self.close_cost_table();
                }
                true
            }
            None => {
                self.close_cost_table();
                false
            }
        }
    }

    /// "中期目标 | 年度目标" over "总体目标 | text | text": the section label sits on the
    /// texts' row (a merged cell centred by the PDF, or printed on the row below), so
    /// the texts fall one column right of the heads that own them. With as many texts
    /// as goal heads left open above, the n-th text is the n-th head's.
    pub(super) fn goals_under_heads(&mut self, row: &Row, keys: &[CellKey], heads: &[Pending]) -> bool {
        let goal_heads = heads.iter().filter(|p| matches!(p.key, Key::MidGoal | Key::AnnualGoal)).count();
        if goal_heads < 2 || heads.len() != goal_heads || self.cross_rows {
            return false;
        }
        let mut label = None;
        let mut texts = Vec::new();
        for (cell, key) in row.cells.iter().zip(keys) {
            match key {
                _ if cell.is_empty() => {}
                Some((Key::Goal, _, None)) if label.is_none() && texts.is_empty() => label = Some(cell.id),
                None => texts.push(cell),
                Some(_) => return false,
            }
        }
        let Some(label) = label else { return false };
        if texts.len() != goal_heads {
            return false;
        }
        self.consumed.push(label);
        for (p, cell) in heads.iter().zip(texts) {
            if !self.assign(p, &cell.text, Some(cell)) {
                self.unlabeled(cell);
            }
        }
        true
    }
}
