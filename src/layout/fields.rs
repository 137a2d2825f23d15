//! The key–value block of a project table (项目名称, 主管部门及代码, 项目资金 …) →
//! Project fields. Keys come from the key lexicon; a key's value is the next cell in
//! its row, or — when a row holds only keys, like "中期目标 … 年度目标" — the cell
//! under it in the next row.

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::money::{parse_amount, split_code, split_project_code};
use crate::model::{Funds, Period, Project};
use crate::read::{Cell, Row};

use super::cost_breakdown::{self, Table as CostTable};
use super::duty_table::Table as DutyTable;
use super::fund_columns::FundColumns;
use super::keys::{declared_unit, Key};

static UNIT_LINE_DEPT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\[\(（【]?\d{3,}[\]\)）】]?\s*[-－—]?\s*[\p{Han}&&[^年月日号]]\p{Han}+").unwrap());
/// A money-unit declaration printed after a field's value on the same line
/// ("填报单位：某某局    单位：万元"): it declares the table's unit, it is not the value.
static TRAILING_UNIT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\s\u{3000}]+[（(]?单位[:：]\s*(?:千|万|亿)?元[）)]?\s*$").unwrap());
#[derive(Debug, Clone)]
struct Pending {
    key: Key,
    label: String,
    col: usize,
    /// For money keys in side-by-side blocks: which period this one is.
    period: Period,
}

/// Fills one project's fields from its key–value rows.
pub struct FieldReader<'p> {
    pub project: &'p mut Project,
    /// Rows are not records (one cell per paragraph): a key's value may be the next row.
    cross_rows: bool,
    pub consumed: Vec<usize>,
    pending: Vec<Pending>,
    /// The label the department was read under (field_order::department_from).
    department_label: Option<String>,
    /// Keys that ended a row without a value, waiting for the row below.
    column_keys: Vec<Pending>,
    /// The row above was field names only: their values may be the row below.
    key_row: Option<Vec<Pending>>,
    fund_periods: Vec<Period>,
    /// In a stream, the money keys read so far: a row is one cell there, so the n-th
    /// "其中：财政拨款" of side-by-side periods is counted over the whole block.
    stream_money: Vec<Key>,
    in_purpose_block: bool,
    spend_labels: Option<Vec<String>>,
    pub money_unit_from_amount: Option<&'static str>,
    /// The cell before was an amount: a bare "万" after it is its unit ("4623 万").
    after_amount: bool,
    mid: Funds,
    annual: Funds,
    /// Amounts under keys that name the year (当年资金总额, 当年财政拨款 …).
    this_year: Funds,
    /// A cost breakdown table being read, row by row.
    cost_table: Option<CostTable>,
    /// The 合计 of a cost breakdown whose items add up to it: the annual total when
    /// no funds field is printed.
    cost_total: Option<f64>,
    /// The duties block of a 部门整体 table being read, row by row.
    duty_table: Option<DutyTable>,
    /// The goal key that took the last value, with no key since: numbered pieces
    /// after it continue that goal.
    open_goal: Option<Key>,
    /// Goal heads printed side by side whose texts come one a row below them.
    goal_heads_left: Vec<Pending>,
    /// Side-by-side goal texts read under their heads, and the column of each: rows
    /// below with text in those columns only are the texts wrapped on.
    goal_cols: Vec<(Key, usize)>,
    /// The last key read was a money key or a block title (项目资金, 资金情况): a
    /// lone "其中:" here opens the breakdown of the total.
    funds_open: bool,
    /// The row being read is one cell with no key: a line of text of its own.
    lone_cell: bool,
    /// Rows read so far, and the name-like field (项目名称, 主管部门, 实施单位) the last
    /// row's value went to: a line wrapped from it comes on the row right after.
    rows_read: usize,
    open_field: Option<(Key, usize)>,
    /// Amounts of a stream held back until it shows whether they follow a run of money
    /// keys in order (field_order.rs).
    held: Vec<Cell>,
    /// A self-evaluation table's fund columns (年初预算数 | 全年预算数 | …).
    fund_cols: FundColumns,
    /// The last key's label stopped at its "及": the next key is its second half.
    cut_label: bool,
    /// The 财政拨款 read was a 公开表's 一般公共预算拨款: one budget kind, not the total.
    fiscal_general: bool,
    /// Fund keys read with a slip repaired (key_typos.rs), for the findings.
    pub repairs: Vec<super::key_typos::KeyRepair>,
}

impl<'p> FieldReader<'p> {
    pub fn new(project: &'p mut Project, cross_rows: bool) -> Self {
        FieldReader {
            project,
            cross_rows,
            consumed: Vec::new(),
            pending: Vec::new(),
            column_keys: Vec::new(),
            key_row: None,
            fund_periods: Vec::new(),
            stream_money: Vec::new(),
            in_purpose_block: false,
            spend_labels: None,
            money_unit_from_amount: None,
            after_amount: false,
            mid: Funds::default(),
            annual: Funds::default(),
            this_year: Funds::default(),
            cost_table: None,
            cost_total: None,
            duty_table: None,
            open_goal: None,
            goal_heads_left: Vec::new(),
            goal_cols: Vec::new(),
            funds_open: false,
            lone_cell: false,
            rows_read: 0,
            open_field: None,
            held: Vec::new(),
            fund_cols: FundColumns::default(),
            cut_label: false,
            fiscal_general: false,
            repairs: Vec::new(),
            department_label: None,
        }
    }

    /// Store a value for a key. Returns false when the value does not fit the key
    /// (a money key only takes amounts), so the cell stays free.
    fn assign(&mut self, p: &Pending, value: &str, cell: Option<&Cell>) -> bool {
        let v = value.trim_ws();
        if v.is_empty() || (matches!(p.key, Key::Name | Key::Department | Key::ImplementingUnit) && super::keys::is_label_piece(v)) {
            return false;
        }
        let kind_of_fiscal = p.key == Key::Fiscal && self.kind_of_printed_fiscal(p, v);
        let pr = &mut *self.project;
        match p.key {
            // 一体化 exports print the project's code before its name.
            Key::Name => match split_project_code(v).filter(|_| pr.code.is_none()) {
                Some((code, name)) => (pr.code, pr.name) = (Some(code), Some(name)),
                None => pr.name = Some(v.to_string()),
            },
            Key::Fiscal if kind_of_fiscal => _ = pr.extra.insert(p.label.clone(), v.to_string()),
            Key::Code => pr.code = Some(v.to_string()),
            Key::Department => {
                let (code, name) = split_code(v);
                let Some(name) = self.department_from(&p.label, name) else { return true };
                let pr = &mut *self.project;
                pr.department = Some(name);
                if code.is_some() {
                    pr.department_code = code;
                }
            }
            Key::DepartmentCode => pr.department_code = Some(v.to_string()),
            Key::ImplementingUnit => {
                // Its budget code is kept beside the name, as the department's is.
                let (code, unit) = split_code(v);
                pr.implementing_unit = Some(unit);
                pr.extra.extend(code.map(|c| ("实施单位编码".to_string(), c)));
            }
            Key::Attribute if wrap::is_funds_line(v) => return false,
            Key::Attribute => pr.attribute = crate::extract::ticked::chosen(v),
            Key::Period => {
                pr.period_years = period::period_years(v);
                pr.extra.insert(p.label.clone(), v.to_string());
            }
            k if k.is_money() => {
                let Some((amount, scale_unit)) = parse_amount(v) else { return false };
                self.after_amount = cell.is_some();
                if scale_unit.is_some() {
                    self.money_unit_from_amount = scale_unit;
                }
                let funds = if p.label.starts_with("当年") || p.label.starts_with("其中:当年") {
                    &mut self.this_year
                } else if p.period == Period::Midterm {
                    &mut self.mid
                } else {
                    &mut self.annual
                };
                match k {
                    Key::MidTotal | Key::AnnualTotal => funds.total = Some(amount),
                    Key::OwnBudget => {
                        funds.total = Some(amount);
                        funds.fiscal = Some(amount);
                    }
                    Key::Fiscal => funds.fiscal = Some(amount),
                    Key::Other => funds.other = Some(amount),
                    Key::Carryover => funds.carryover = Some(amount),
                    _ => {}
                }
                if k == Key::Fiscal {
                    self.fiscal_general = p.label.starts_with("一般公共预算");
                }
            }
            Key::MidGoal => {
                pr.goals.midterm = Some(v.to_string());
                self.open_goal = Some(p.key);
            }
            Key::AnnualGoal | Key::Goal => {
                pr.goals.annual = Some(v.to_string());
                self.open_goal = Some(p.key);
            }
            Key::Purpose => pr.purpose = Some(v.to_string()),
            // A signature line's printed placeholder ("(盖章)", "年 月 日") is no value.
            Key::Boilerplate if is_placeholder(v) => {}
            Key::Extra | Key::Boilerplate | Key::DutyBlock => {
                pr.extra.insert(p.label.clone(), v.to_string());
            }
            Key::CostBreakdown => {
                pr.extra.insert(p.label.clone(), v.to_string());
                if self.cost_total.is_none() {
                    self.cost_total = cost_breakdown::glued_total(v);
                }
            }
            _ => return false,
        }
        if matches!(p.key, Key::Name | Key::Department | Key::ImplementingUnit) {
            self.open_field = Some((p.key, self.rows_read));
        }
        if let Some(c) = cell {
            self.consumed.push(c.id);
        }
        true
    }

    pub fn row(&mut self, row: &Row) {
        if !self.held.is_empty() && !Self::continues_held(row) {
            self.release_held();
        }
        if self.duty_rows(row) || self.cost_rows(row) {
            return;
        }
        if let Some(above) = self.key_row.take() {
            if self.values_under_keys(row, &above) {
                return;
            }
        }
        let (row, keys) = self.keyed(row);
        let key_row = self.key_row_of(&row, &keys);
        let row = self.fund_cols.filter(row.as_ref(), &keys, self.cross_rows, &mut self.consumed);
        if let Some(unit) = self.fund_cols.unit.take() {
            self.project.money_unit = Some(unit.to_string());
        }
        let row = row.as_ref();
        let keys_in_row = keys.iter().filter(|k| k.is_some()).count();
        self.lone_cell = keys_in_row == 0 && row.non_empty().nth(1).is_none();
        self.rows_read += 1;
        // Keys left without a value by the row above own the cells below them.
        let column_keys = std::mem::take(&mut self.column_keys);
        if self.goals_under_heads(row, &keys, &column_keys) {
            return;
        }
        if let Some(labels) = self.spend_labels.take() {
            if self.spend_plan_row(row, &labels) {
                return;
            }
        }
        if !self.cross_rows {
            self.pending.clear();
        }
        let mut seen_kinds: Vec<Key> = Vec::new();
        // Does a money key follow cell `i` in this row (its next filled cell)?
        let money_next = |i: usize| {
            row.cells[i + 1..]
                .iter()
                .zip(&keys[i + 1..])
                .find(|(c, _)| !c.is_empty())
                .is_some_and(|(_, k)| k.as_ref().is_some_and(|k| k.0.is_money()))
        };
        // Worked out before the loop takes the keys; no allocation for the many rows
        // without a connective.
        let money_after: Vec<bool> = if row.cells.iter().any(is_connective) {
            (0..row.cells.len()).map(|i| is_connective(&row.cells[i]) && money_next(i)).collect()
        } else {
            Vec::new()
        };
        for (i, (cell, key)) in row.cells.iter().zip(keys).enumerate() {
            let money_after = money_after.get(i).copied().unwrap_or(false);
            if cell.is_empty() {
                continue;
            }
            if let Some(unit) = declared_unit(&cell.text) {
                self.project.money_unit = Some(unit.to_string());
            }
            if let Some((key, label, mut rest)) = key {
                if self.cut_label(&mut rest, cell) {
                    continue;
                }
                self.consumed.push(cell.id);
                // Most keys are printed as the lexicon spells them: one starts_with settles it.
                if key.is_money() && !cell.key().starts_with(label) {
                    self.repairs.extend(super::key_typos::repair(cell, key, label));
                }
                self.open_goal = None;
                self.funds_open = key.is_money() || key == Key::Section || blocks::is_budget_kind(label);
                if key == Key::SpendPlan {
                    self.spend_labels = Some(Vec::new());
                    continue;
                }
                if key == Key::Section {
                    self.in_purpose_block = label.contains("资金用途") || cell.text.contains("资金用途");
                }
                let nth = seen_kinds.iter().filter(|k| **k == key).count();
                seen_kinds.push(key);
                let nth = if self.cross_rows && key.is_money() {
                    self.stream_money.push(key);
                    self.stream_money.iter().filter(|k| **k == key).count() - 1
                } else {
                    // A copy that breaks a row at each empty cell prints the periods'
                    // "其中:财政拨款 | | 其中:财政拨款 | 245" as two rows: the key left
                    // without a value just above is the earlier period's.
                    let above = column_keys.iter().filter(|q| key.is_money() && q.key == key && q.col == cell.col);
                    nth + above.map(|q| self.fund_periods.iter().position(|&f| f == q.period).map_or(0, |i| i + 1)).max().unwrap_or(0)
                };
                let period = if key.is_money() { self.money_period(key, nth) } else { Period::Annual };
                let p = Pending { key, label: label.to_string(), col: cell.col, period };
                if key.is_goal() {
                    // A goal key supersedes a section-like goal key before it ("总体目标 中期目标 …",
                    // a 自评表's "年度总体目标 | 预期目标 | 实际完成情况").
                    self.pending.retain(|q| q.key != Key::Goal && q.key != key);
                }
                let rest = rest.map(|r| match TRAILING_UNIT.find(&r) {
                    Some(m) if m.start() > 0 => r[..m.start()].to_string(),
                    _ => r,
                });
                let (p, rest) = self.glued_subtotal(p, rest);
                match rest {
                    Some(r) if !r.is_empty() && p.key != Key::Section => {
                        if !self.assign(&p, &r, None) && key == Key::Boilerplate {
                            continue;
                        }
                    }
                    // A form's signature and contact fields ("项目负责人 | 张三") take the
                    // cell beside them, within their row only: across rows a signature
                    // line left blank would take whatever is printed below it.
                    _ if p.key == Key::Section || p.key == Key::Boilerplate && self.cross_rows => {}
                    _ => self.pending.push(p),
                }
                continue;
            }
            self.cut_label = false;
            // "年度资金总额 | 50 | 其中: | 财政拨款 | 50": the connective that opens the
            // breakdown of a total is no value; "其中:上级资金" is a key of its own.
            if is_connective(cell) && (self.funds_open || money_after) {
                self.consumed.push(cell.id);
                continue;
            }
            if let Some(labels) = self.spend_labels.as_mut() {
                labels.push(cell.text.trim_ws().to_string());
                self.consumed.push(cell.id);
                continue;
            }
            if self.hold_amount(cell) {
                continue;
            }
            // The rest of a signature line's placeholder cut at spaces ("年 | 月 | 日").
            if seen_kinds.contains(&Key::Boilerplate) && is_placeholder(&cell.text) {
                self.consumed.push(cell.id);
                continue;
            }
            // The nearest open key to the left takes the value; in a stream, goal keys
            // printed side by side (中期目标, 年度目标) take their texts in order.
            let open_key = |s: &Self| s.first_of_goals().or_else(|| s.pending.iter().rposition(|p| p.col <= cell.col || s.cross_rows));
            if let Some(i) = if self.continues_goal(&cell.text) { None } else { open_key(self) } {
                let p = self.pending[i].clone();
                if self.assign(&p, &cell.text, Some(cell)) {
                    self.pending.remove(i);
                    continue;
                }
            }
            if keys_in_row == 0 {
                if let Some(p) = owner(&column_keys, cell.col) {
                    if self.assign(&p, &cell.text, Some(cell)) {
                        continue;
                    }
                }
            }
            self.unlabeled(cell);
        }
        if !self.cross_rows && keys_in_row > 0 {
            self.column_keys = std::mem::take(&mut self.pending);
        }
        self.key_row = key_row;
    }

    fn unlabeled(&mut self, cell: &Cell) {
        let t = cell.text.trim_ws();
        if self.goal_piece(t) {
            self.consumed.push(cell.id);
            self.after_amount = false;
        } else if super::header::is_matrix_title_cell(cell) {
            // The matrix's caption ("绩效指标(权重分值90分…)") on a line of its own
            // above the header: the header row's caption column is consumed alike.
            self.consumed.push(cell.id);
        } else if std::mem::take(&mut self.after_amount) && matches!(t, "万" | "万元" | "元") {
            self.money_unit_from_amount = Some(if t == "元" { "元" } else { "万元" });
            self.consumed.push(cell.id);
        } else if self.project.department.is_none() && UNIT_LINE_DEPT.is_match(t) && self.project.name.is_none() {
            let (code, name) = split_code(t);
            self.project.department = Some(name);
            self.project.department_code = code;
            self.consumed.push(cell.id);
        } else if self.in_purpose_block && self.project.purpose.is_none() && parse_amount(t).is_none() {
            self.project.purpose = Some(t.to_string());
            self.consumed.push(cell.id);
        } else if declared_unit(t).is_some() || self.goal_wrap(t) || self.field_wrap(t) {
            self.consumed.push(cell.id);
        }
    }

    /// Close the block: funds into the project.
    pub fn finish(mut self) {
        self.release_held();
        self.close_cost_table();
        self.close_duty_table();
        // A form with no funds field states its budget only as a cost breakdown's 合计.
        if self.annual.is_empty() && self.mid.is_empty() {
            self.annual.total = self.cost_total;
        }
        // Amounts paired with the year's (资金总额 beside 当年资金总额, 财政拨款 beside
        // 当年财政拨款) are the whole period's: the 当年 ones are the annual funds. One
        // 当年 amount alone pairs nothing: "当年年度预算 48 | 其中:财政资金 40" or
        // "年度资金申请总额 500 | 其中:当年财政拨款 450" name the year's funds in
        // two spellings, and the 当年 amount just fills its place.
        let paired = [self.this_year.total, self.this_year.fiscal, self.this_year.other, self.this_year.carryover]
            .iter()
            .filter(|v| v.is_some())
            .count()
            >= 2;
        if !self.this_year.is_empty() {
            if paired && self.mid.is_empty() {
                self.mid = std::mem::take(&mut self.annual);
            }
            let (y, a) = (std::mem::take(&mut self.this_year), &mut self.annual);
            (a.total, a.fiscal, a.other) = (y.total.or(a.total), y.fiscal.or(a.fiscal), y.other.or(a.other));
            a.carryover = y.carryover.or(a.carryover);
        }
        self.add_budget_kinds();
        let unit = self.money_unit_from_amount;
        let pr = self.project;
        if !self.mid.is_empty() {
            pr.funds.midterm = Some(self.mid);
        }
        if !self.annual.is_empty() {
            pr.funds.annual = Some(self.annual);
        }
        if pr.money_unit.is_none() {
            pr.money_unit = unit.map(str::to_string);
        }
    }
}

#[path = "field_pieces.rs"]
mod pieces;
#[path = "field_wrap.rs"]
mod wrap;
use wrap::{is_connective, is_placeholder};
#[path = "field_blocks.rs"]
mod blocks;
#[path = "field_columns.rs"]
mod columns;
#[path = "field_department.rs"]
mod department;
#[path = "field_order.rs"]
mod order;
#[path = "field_period.rs"]
mod period;
use order::owner;
