//! The duties block of a 部门整体支出绩效目标表: a label (年度履职目标, 年度主要任务),
//! its own column names (部门职能 | 年度目标任务 | 支出项目名称 | 预算金额, or 任务名称 |
//! 主要内容 | 预算金额 over 总额 | 财政拨款 | 其他资金), then one row per duty.
//!
//! Read key by key, the block goes wrong: "年度目标任务" starts with the key 年度目标
//! (the goal became "任务"), and a sub-header "总额 | 财政拨款 | 其他资金" hands the
//! first duty's amounts to the department's own funds. So the block is read as one
//! table, from its label or its column names to the next field key, and kept as
//! printed in the project's `extra` under its label.

use crate::chars::TrimWs;
use crate::read::{Cell, Row};

use super::keys::{key_kind, key_of_cell, Key};

/// Column names of the block, in key form with any bracketed unit removed. The money
/// columns are also field keys; here they name the duties' amounts.
const COLUMNS: &[&str] = &[
    "部门职能",
    "职能",
    "部门职责",
    "年度目标任务",
    "目标任务",
    "年度任务",
    "任务名称",
    "主要内容",
    "任务内容",
    "支出项目名称",
    "对应项目",
    "预算金额",
    "金额",
    "总额",
    "财政拨款",
    "其他资金",
    "备注",
];

/// Column names that only a duties block prints: a row of column names without the
/// block's label starts it only with one of these (a one-cell-per-line copy loses
/// the label to "年度 / 履职 / 目标" fragments).
const OWN_COLUMNS: &[&str] = &["部门职能", "年度目标任务", "目标任务", "任务名称", "支出项目名称"];

/// The block's labels, as the key lexicon has them (`Key::DutyBlock`); the block is
/// kept under the first when its own label was not read.
const LABELS: &[&str] = &["年度履职目标", "年度主要任务"];

fn column_name(c: &Cell) -> Option<&str> {
    let k = c.key();
    let bare = k.find('(').filter(|&i| i > 0 && k.ends_with(')')).map_or(k, |i| &k[..i]);
    COLUMNS.iter().find(|n| **n == bare).copied()
}

fn all_columns(row: &Row) -> bool {
    let mut n = 0;
    for c in row.non_empty() {
        if column_name(c).is_none() {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// Cells as printed, joined by tabs.
fn joined<'a>(cells: impl Iterator<Item = &'a Cell>) -> String {
    cells.map(|c| c.text.trim_ws()).collect::<Vec<_>>().join("\t")
}

#[derive(Debug)]
pub struct Table {
    pub label: &'static str,
    /// The rows as printed (cells joined by tabs).
    lines: Vec<String>,
}

impl Table {
    /// The block's first row: its label, alone or before column names; or, with the
    /// label lost, a row of its column names only.
    pub fn start(row: &Row) -> Option<Table> {
        let mut cells = row.non_empty();
        let first = cells.next()?;
        // Asked of every row of the field block: the lexicon is only asked of a cell
        // that begins with one of the block's labels.
        let labelled = if LABELS.iter().any(|l| first.key().starts_with(l)) { key_of_cell(first) } else { None };
        if let Some((Key::DutyBlock, label, None)) = labelled {
            let rest: Vec<&Cell> = cells.collect();
            if !rest.iter().all(|c| column_name(c).is_some()) {
                return None;
            }
            let mut t = Table { label, lines: Vec::new() };
            if !rest.is_empty() {
                t.lines.push(joined(rest.into_iter()));
            }
            return Some(t);
        }
        // Most rows fail at their first cell, which is no column name.
        if row.non_empty().nth(1).is_none() || !all_columns(row) {
            return None;
        }
        let own = row.non_empty().any(|c| column_name(c).is_some_and(|n| OWN_COLUMNS.contains(&n)));
        own.then(|| {
            let mut t = Table { label: LABELS[0], lines: Vec::new() };
            t.push(row);
            t
        })
    }

    /// The next row: true when it is the block's (column names or a duty), false when
    /// it starts with a field key (the block ends before it).
    pub fn row(&mut self, row: &Row) -> bool {
        let Some(first) = row.non_empty().next() else { return true };
        if !all_columns(row) && key_kind(first).is_some() {
            return false;
        }
        self.push(row);
        true
    }

    fn push(&mut self, row: &Row) {
        self.lines.push(joined(row.non_empty()));
    }

    pub fn text(&self) -> String {
        self.lines.join("\n")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_labels_are_the_lexicon_duty_keys() {
        for label in LABELS {
            let row = Row { line: 1, cells: vec![Cell::new(0, label.to_string(), 1, 0)] };
            assert!(matches!(key_of_cell(&row.cells[0]), Some((Key::DutyBlock, _, None))), "{label}");
            assert!(Table::start(&row).is_some(), "{label}");
        }
    }
}
