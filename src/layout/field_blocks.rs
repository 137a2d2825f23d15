//! Blocks of rows the field reader takes whole: a cost breakdown table, a spend
//! plan's percentages, and goal texts whose heads sit on the row above them, one
//! column to their left.

use crate::chars::TrimWs;
use crate::extract::money::parse_amount;
use crate::model::{Period, SpendStep};
use crate::read::{Cell, Row};

use super::super::keys::{declared_unit, CellKey};
use super::super::keys_exact::OUTCOME_HEADS;
use super::{CostTable, DutyTable, FieldReader, Key, Pending};

impl FieldReader<'_> {
    /// The row under "资金支出计划（%）": percentages, one per month label.
    pub(super) fn spend_plan_row(&mut self, row: &Row, labels: &[String]) -> bool {
        let cells: Vec<&Cell> = row.non_empty().collect();
        if labels.is_empty() {
            // Month labels on their own row.
            if !cells.is_empty() && cells.iter().all(|c| c.text.contains('月') || c.text.contains('季')) {
                self.consumed.extend(cells.iter().map(|c| c.id));
                self.spend_labels = Some(cells.iter().map(|c| c.text.trim_ws().to_string()).collect());
                return true;
            }
            return false;
        }
        let pcts: Vec<Option<f64>> = cells.iter().map(|c| parse_pct(&c.text)).collect();
        if cells.is_empty() || pcts.iter().any(Option::is_none) {
            return false;
        }
        let steps = labels.iter().zip(pcts).map(|(by, pct)| SpendStep { by: by.clone(), pct: pct.unwrap_or_default() }).collect::<Vec<_>>();
        self.consumed.extend(cells.iter().take(steps.len()).map(|c| c.id));
        self.project.spend_plan = Some(steps);
        true
    }

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
    /// as goal heads left open above, the n-th text is the n-th head's. So too with the
    /// label on the heads' row ("项目绩效目标 | 项目总目标 | 年度总体目标") and a copy
    /// that drops the texts' blank first cell (a "|"-flattened page): the texts then
    /// fall one column left of their heads.
    /// A 自评表's goal head beside its outcome head ("项目年度目标 | 年度目标完成情况")
    /// pairs the same way, with or without the label: the texts may sit a column or two
    /// left of the heads, where a merged label cell was dropped.
    pub(super) fn goals_under_heads(&mut self, row: &Row, keys: &[CellKey], heads: &[Pending]) -> bool {
        if self.goal_per_row(row, keys, heads) || self.goal_texts_wrapped(row, keys) {
            return true;
        }
        let goal_heads = heads.iter().filter(|p| matches!(p.key, Key::MidGoal | Key::AnnualGoal)).count();
        let outcomes = heads.iter().filter(|p| OUTCOME_HEADS.contains(&p.label.as_str())).count();
        if goal_heads + outcomes < 2 || goal_heads == 0 || heads.len() != goal_heads + outcomes || self.cross_rows {
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
        if texts.len() != heads.len() {
            return false;
        }
        self.consumed.extend(label);
        for (p, cell) in heads.iter().zip(texts) {
            if !self.assign(p, &cell.text, Some(cell)) {
                self.unlabeled(cell);
            } else if matches!(p.key, Key::MidGoal | Key::AnnualGoal) {
                self.goal_cols.push((p.key, cell.col));
            }
        }
        true
    }

    /// A row under side-by-side goal texts with text in their columns only: each goal's
    /// text wrapped on (a copy that prints a tall cell's lines as rows of their own).
    /// Joined as a goal's pieces are, so "目标2:…" under "目标1:…" is that goal's next
    /// piece, not the other goal's.
    fn goal_texts_wrapped(&mut self, row: &Row, keys: &[CellKey]) -> bool {
        if self.goal_cols.is_empty() {
            return false;
        }
        let cols = std::mem::take(&mut self.goal_cols);
        let owner = |c: &Cell| cols.iter().find(|g| g.1 == c.col).map(|g| g.0);
        let fits = keys.iter().all(Option::is_none) && row.non_empty().next().is_some() && row.non_empty().all(|c| owner(c).is_some());
        if !fits {
            return false;
        }
        for cell in row.non_empty() {
            self.open_goal = owner(cell);
            let t = cell.text.trim_ws();
            if !self.goal_piece(t) {
                if let Some(g) = self.open_goal_text() {
                    g.push_str(t);
                }
            }
            self.consumed.push(cell.id);
        }
        self.goal_cols = cols;
        true
    }
}

impl FieldReader<'_> {
    /// A row of a 部门整体 table's duties block (its label, column names, a duty):
    /// consumed whole. A row that starts with another field key closes it.
    pub(super) fn duty_rows(&mut self, row: &Row) -> bool {
        let in_table = match self.duty_table.as_mut() {
            Some(t) => t.row(row),
            None => match DutyTable::start(row) {
                Some(t) => {
                    self.duty_table = Some(t);
                    true
                }
                None => false,
            },
        };
        if in_table {
            self.consumed.extend(row.non_empty().map(|c| c.id));
        } else {
            self.close_duty_table();
        }
        in_table
    }

    pub(super) fn close_duty_table(&mut self) {
        if let Some(t) = self.duty_table.take() {
            let text = t.text();
            if !text.is_empty() {
                self.project.extra.insert(t.label.to_string(), text);
            }
        }
    }

    pub(super) fn close_cost_table(&mut self) {
        if let Some(t) = self.cost_table.take() {
            if self.cost_total.is_none() {
                self.cost_total = t.total();
            }
            self.project.extra.insert(t.label.to_string(), t.text());
        }
    }
}

impl FieldReader<'_> {
    /// "中期目标(2024年—2026年) | 年度目标" over their texts, each a row of one cell (a
    /// copy cut at spaces prints each paragraph on its own line): the first text is the
    /// first head's, and the next one-cell row the next head's once the text before it
    /// ended a sentence; a line that does not end one wraps on into the next, and so
    /// does a goal's next dotted piece.
    fn goal_per_row(&mut self, row: &Row, keys: &[CellKey], heads: &[Pending]) -> bool {
        let mut cells = row.non_empty();
        let (Some(cell), None) = (cells.next(), cells.next()) else {
            self.goal_heads_left.clear();
            return false;
        };
        if self.cross_rows || keys.iter().any(Option::is_some) {
            self.goal_heads_left.clear();
            return false;
        }
        let side_by_side = heads.len() >= 2 && heads.iter().all(|p| matches!(p.key, Key::MidGoal | Key::AnnualGoal));
        let p = if side_by_side {
            self.goal_heads_left = heads[1..].to_vec();
            heads[0].clone()
        } else {
            // A goal of numbered pieces ends its sentences at each piece: "2.…" after its
            // "1.…" ("目标2:" after "目标1:") is more of it, and only a piece numbered afresh starts the next goal.
            let t = cell.text.trim_ws();
            let ended =
                self.open_goal_text().is_some_and(|g| g.trim_end().ends_with(['。', '；', ';', '！']) && !super::wrap::next_piece(g, t));
            if self.goal_heads_left.is_empty() || !ended {
                return false;
            }
            self.goal_heads_left.remove(0)
        };
        self.assign(&p, &cell.text, Some(cell))
    }
}

/// The budget kinds a 公开表 lists beside 一般公共预算拨款: appropriations all, as
/// 一般公共预算 is, so part of 财政拨款 (kept as printed too).
const BUDGET_KINDS: [&str; 2] = ["政府性基金预算拨款", "国有资本经营预算拨款"];

/// Is `label` one of [`BUDGET_KINDS`]: a fund source whose 小计 opens its amount.
pub(super) fn is_budget_kind(label: &str) -> bool {
    BUDGET_KINDS.contains(&label)
}

impl FieldReader<'_> {
    /// The period a money key's amount is for: 中期 and 年度 totals open theirs, the
    /// parts follow them in order.
    pub(super) fn money_period(&mut self, key: Key, nth_in_row: usize) -> Period {
        match key {
            Key::MidTotal => {
                self.fund_periods.push(Period::Midterm);
                Period::Midterm
            }
            Key::AnnualTotal | Key::OwnBudget => {
                if !self.fund_periods.contains(&Period::Annual) {
                    self.fund_periods.push(Period::Annual);
                }
                Period::Annual
            }
            // 其中：财政拨款 / 其他资金 repeat once per period, left to right.
            _ => *self.fund_periods.get(nth_in_row).or(self.fund_periods.last()).unwrap_or(&Period::Annual),
        }
    }

    /// Is `p` a 一般公共预算拨款 printed under a 财政拨款 already read for its period? It
    /// is then one kind of that amount, kept as printed beside it (F009 adds the kinds
    /// up), not the amount itself.
    pub(super) fn kind_of_printed_fiscal(&self, p: &Pending, v: &str) -> bool {
        let funds = if p.period == Period::Midterm { &self.mid } else { &self.annual };
        p.label.starts_with("一般公共预算") && funds.fiscal.is_some() && !self.fiscal_general && parse_amount(v).is_some()
    }

    /// 财政拨款 is every budget appropriation: with no total of its own printed, it is
    /// 一般公共预算拨款 and the other kinds' amounts together (the year's total is all of
    /// them and 其他资金). A 财政拨款 printed as such is kept.
    pub(super) fn add_budget_kinds(&mut self) {
        if self.annual.fiscal.is_some() && !self.fiscal_general {
            return;
        }
        let extra = &self.project.extra;
        let kinds: f64 = BUDGET_KINDS.iter().filter_map(|k| parse_amount(extra.get(*k)?)).map(|(a, _)| a).sum();
        if kinds > 0.0 {
            self.annual.fiscal = Some(self.annual.fiscal.unwrap_or(0.0) + kinds);
        }
    }
}

fn parse_pct(t: &str) -> Option<f64> {
    let t = t.trim_ws().trim_end_matches(['%', '％']).trim_ws();
    t.parse::<f64>().ok()
}
