//! The budget list an Excel 05-2 sheet comes paired with ("部门项目支出预算05-1":
//! 单位名称 | 项目编码 | 项目名称 | 合计 | 财政拨款 | 其他资金, one row per project). A
//! workbook read whole puts it above the 05-2 sheet's header, where the field block
//! would read its first row only, and that one shifted. Read as a list instead, each
//! row gives the funds and code of the 05-2 project of the same name.

use crate::chars::TrimWs;
use crate::extract::money::{parse_amount, unit_factor};
use crate::model::Funds;
use crate::read::{Cell, Row};

use super::keys::{declared_unit, key_kind, Key};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Col {
    Name,
    Code,
    Total,
    Fiscal,
    Other,
    Carryover,
    /// 单位名称, 序号 …: read as the list's but kept nowhere.
    Ignored,
}

/// One project's row of the list.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    pub code: Option<String>,
    pub funds: Funds,
    /// The money unit its sheet declares ("单位：元", "合计(万元)"): the 05-2 sheet
    /// may count in another.
    pub unit: Option<&'static str>,
    /// The row's cells, consumed once a project takes the entry.
    pub cells: Vec<usize>,
}

#[derive(Debug, Default)]
pub struct List {
    pub entries: Vec<Entry>,
    /// Row indices (into the rows given to [`read`]) that belong to the list.
    pub rows: Vec<usize>,
    /// The header's cells, consumed once any entry is taken.
    pub header_cells: Vec<usize>,
}

impl Entry {
    /// The funds in `unit` (the taking project's), converted from the list's own.
    pub fn funds_in(&self, unit: Option<&str>) -> Funds {
        let factor = match (self.unit.and_then(unit_factor), unit.and_then(unit_factor)) {
            (Some(from), Some(to)) if from != to => from / to,
            _ => return self.funds.clone(),
        };
        // Rounded to a millionth of the unit: 86.5 万元 is 865000 元, not 864999.99….
        let conv = |v: Option<f64>| v.map(|v| (v * factor * 1e6).round() / 1e6);
        let f = &self.funds;
        Funds { total: conv(f.total), fiscal: conv(f.fiscal), other: conv(f.other), carryover: conv(f.carryover) }
    }
}

fn column(c: &Cell) -> Option<Col> {
    // "合计(万元)": the column's unit in brackets.
    let key = c.key();
    let key = key.strip_suffix("(万元)").or_else(|| key.strip_suffix("(元)")).unwrap_or(key);
    // Not field keys elsewhere: only a list's header says what they total.
    if let Some(col) = list_only_column(key) {
        return Some(col);
    }
    let Some(kind) = key_kind(c) else {
        // 预算金额, 项目金额: no field key, but a multi-project sheet's amount column.
        return (super::header::row_owner_role(key) == Some(super::header::Role::ProjectAmount)).then_some(Col::Total);
    };
    Some(match kind {
        Key::Name => Col::Name,
        Key::Code => Col::Code,
        Key::AnnualTotal | Key::OwnBudget => Col::Total,
        Key::Fiscal => Col::Fiscal,
        Key::Other => Col::Other,
        Key::Carryover => Col::Carryover,
        _ => Col::Ignored,
    })
}

/// The list among `rows` (the rows above a matrix header), if a row of column names
/// with 项目名称 and an amount column has rows of projects under it.
pub fn read(rows: &[Row]) -> List {
    let mut list = List::default();
    let mut i = 0;
    while i < rows.len() {
        let Some(cols) = header(&rows[i]) else {
            i += 1;
            continue;
        };
        let start = i;
        i += 1;
        let first = list.entries.len();
        while let Some(e) = rows.get(i).and_then(|r| entry(r, &cols)) {
            list.entries.push(e);
            list.rows.push(i);
            i += 1;
        }
        if i > start + 1 {
            list.rows.push(start);
            list.header_cells.extend(rows[start].non_empty().map(|c| c.id));
            let mut unit = rows[start].non_empty().find_map(|c| declared_unit(&c.text));
            // Its sheet's title and unit line ("部门项目支出预算表", "单位：万元") go with it,
            // and the unit is the list's, not the 05-2 sheet's.
            for (k, row) in rows[..start].iter().enumerate().rev().take(2) {
                match row.single() {
                    Some(c) if c.text.trim_end().ends_with('表') || declared_unit(&c.text).is_some() => {
                        list.header_cells.push(c.id);
                        // The unit line is kept from the field block (whose unit is the
                        // 05-2 sheet's); the title still reads as a title.
                        if let Some(u) = declared_unit(&c.text) {
                            unit = unit.or(Some(u));
                            list.rows.push(k);
                        }
                    }
                    _ => break,
                }
            }
            for e in &mut list.entries[first..] {
                e.unit = unit;
            }
        }
    }
    list
}

/// Whether the 项目名称 at row `i` heads a list of projects with amounts (a budget
/// document's 项目支出表: 项目名称 | 项目类型 | 金额, one row per project) rather than
/// a target table's field: such a row opens no project of its own. Asked only of a
/// row opening with 项目名称.
pub fn opens_list(rows: &[Row], i: usize) -> bool {
    let row = &rows[i];
    if row.non_empty().nth(1).is_some() {
        // Two columns are enough here (项目名称 | 金额), and columns of the list's own
        // (采购品目, 功能科目): the row under it must read as one of its projects.
        return columns(row, 2, true).is_some_and(|cols| rows.get(i + 1).is_some_and(|r| entry(r, &cols).is_some()));
    }
    // One cell per line (`pdftotext` without -layout): the column names follow one a
    // line. Names no target table's field block has (金额, 项目类型 …) tell a list; so
    // does the shape of the first row under the names: a project's name, then a number
    // in the last column. (An empty 项目名称 over 项目资金 / 年度资金总额 / 30 is a
    // field block: its first "row" opens with the number.)
    let (mut list_only, mut amount, mut n) = (false, false, 1);
    for r in rows[i + 1..].iter().take(6) {
        let Some(c) = r.single().filter(|c| c.short) else { break };
        match (list_only_column(c.key()), column(c)) {
            (Some(col), _) => {
                list_only = true;
                amount |= col == Col::Total;
            }
            (None, Some(Col::Code | Col::Ignored)) => {}
            (None, Some(Col::Total | Col::Fiscal | Col::Other)) => amount = true,
            _ => break,
        }
        n += 1;
    }
    amount && (list_only || rows.get(i + n..i + 2 * n).is_some_and(first_row_of_list))
}

/// The first row of a list printed one cell per line: a name (no column name, no
/// number), cells that name no column (a code may be digits), and an amount last.
fn first_row_of_list(cells: &[Row]) -> bool {
    let cells: Option<Vec<&Cell>> = cells.iter().map(Row::single).collect();
    let Some([name, middle @ .., last]) = cells.as_deref() else { return false };
    column(name).is_none()
        && parse_amount(&name.text).is_none()
        && middle.iter().all(|c| column(c).is_none())
        && last.short
        && parse_amount(&last.text).is_some_and(|(_, unit)| unit.is_none())
}

/// Column names only a list's header has.
fn list_only_column(key: &str) -> Option<Col> {
    match key {
        "合计" | "金额合计" | "小计" | "金额" => Some(Col::Total),
        "序号" | "单位名称" | "单位编码" | "预算单位" | "项目类别" | "项目类型" => Some(Col::Ignored),
        _ => None,
    }
}

fn header(row: &Row) -> Option<Vec<(usize, Col)>> {
    columns(row, 3, false)
}

/// The row's columns when it names at least `min`, 项目名称 and an amount among them;
/// `loose`, a short label with no digit is a column too, one the list keeps nowhere.
fn columns(row: &Row, min: usize, loose: bool) -> Option<Vec<(usize, Col)>> {
    // Asked of the few rows above a header: say no at the first cell that is no column.
    let mut cols = Vec::new();
    for c in row.non_empty() {
        let col = match column(c) {
            Some(col) => col,
            None if loose && c.short && !c.text.bytes().any(|b| b.is_ascii_digit()) => Col::Ignored,
            None => return None,
        };
        cols.push((c.col, col));
    }
    let has = |k: Col| cols.iter().any(|(_, x)| *x == k);
    (cols.len() >= min && has(Col::Name) && (has(Col::Total) || has(Col::Fiscal))).then_some(cols)
}

/// How many pieces more than the header's columns a name cut at its spaces holds
/// ("道路 维护项目 专项业务费 60.00" under 项目名称 | 项目类型 | 金额): text cut at
/// single spaces keeps no empty cell, so its columns are the header's in order, and
/// the pieces past them belong to the name. 0 for any other row.
fn name_pieces(row: &Row, cols: &[(usize, Col)]) -> usize {
    // Most rows are as wide as the header: one comparison rules them out.
    let Some(extra) = row.cells.len().checked_sub(cols.len()).filter(|&e| e > 0) else { return 0 };
    let Some(name_at) = cols.iter().position(|(_, x)| *x == Col::Name) else { return 0 };
    let in_order = cols.iter().enumerate().all(|(k, (col, _))| *col == k);
    let last_amount = row.cells.last().is_some_and(|c| c.short && parse_amount(&c.text).is_some_and(|(_, u)| u.is_none()));
    // A piece of a name is no number and no field name.
    let word = |c: &Cell| !c.is_empty() && key_kind(c).is_none() && parse_amount(&c.text).is_none();
    let fits = in_order && last_amount && row.cells[name_at..=name_at + extra].iter().all(word);
    if fits {
        extra
    } else {
        0
    }
}

fn entry(row: &Row, cols: &[(usize, Col)]) -> Option<Entry> {
    let extra = name_pieces(row, cols);
    let name_at = cols.iter().find(|(_, x)| *x == Col::Name)?.0;
    // The cell under column `col`: past the name, `extra` pieces further on.
    let cell = |col: usize| row.cells.get(if col > name_at { col + extra } else { col });
    let at = |k: Col| cols.iter().find(|(_, x)| *x == k).and_then(|(col, _)| cell(*col)).filter(|c| !c.is_empty());
    let name = at(Col::Name)?;
    if key_kind(name).is_some() {
        return None;
    }
    let mut name_text = name.text.trim_ws().to_string();
    for piece in &row.cells[name_at + 1..=name_at + extra] {
        super::spaced::glue(&mut name_text, piece.text.trim_ws());
    }
    let amount = |k: Col| at(k).and_then(|c| parse_amount(&c.text)).map(|a| a.0);
    let funds =
        Funds { total: amount(Col::Total), fiscal: amount(Col::Fiscal), other: amount(Col::Other), carryover: amount(Col::Carryover) };
    if funds.is_empty() {
        return None;
    }
    // Every filled cell sits under a column of the header.
    if extra == 0 && row.non_empty().any(|c| !cols.iter().any(|(col, _)| *col == c.col)) {
        return None;
    }
    Some(Entry {
        name: name_text,
        code: at(Col::Code).map(|c| c.text.trim_ws().to_string()),
        funds,
        unit: None,
        cells: row.non_empty().map(|c| c.id).collect(),
    })
}

/// Each project takes the funds and code of its row in the budget list (by name).
pub(super) fn take(layout: &mut super::Layout, budget: List) {
    let mut taken = false;
    for e in budget.entries {
        let Some(d) = layout.projects.iter_mut().find(|d| d.project.name.as_deref() == Some(e.name.as_str())) else { continue };
        // The budget sheet may count in 元 and the target sheet in 万元: each sheet's
        // amounts are in its own declared unit, the project's is the target sheet's.
        match &mut d.project.funds.annual {
            // The project's own table gave its funds: they stand (a budget document's
            // 项目支出表 prints one amount, the table its parts); the list fills only
            // what the table left out, where the units are known to convert.
            Some(own) if !own.is_empty() => {
                if d.project.money_unit.is_some() || e.unit.is_none() {
                    let l = e.funds_in(d.project.money_unit.as_deref());
                    own.total = own.total.or(l.total);
                    own.fiscal = own.fiscal.or(l.fiscal);
                    own.other = own.other.or(l.other);
                    own.carryover = own.carryover.or(l.carryover);
                }
            }
            annual => {
                if d.project.money_unit.is_none() {
                    d.project.money_unit = e.unit.map(str::to_string);
                }
                *annual = Some(e.funds_in(d.project.money_unit.as_deref()));
            }
        }
        if e.code.is_some() {
            d.project.code = e.code;
        }
        layout.mark(e.cells);
        taken = true;
    }
    if taken {
        layout.mark(budget.header_cells);
    }
}
