//! A budget report's annex that lists several projects in one table, one row each
//! (重点项目绩效目标表, 项目支出绩效目标汇总表, 人大 预算审查 重点支出项目绩效目标:
//! 序号 | 项目名称 | 主管部门 | 预算金额 | 绩效目标 | 绩效指标), the indicators written
//! as prose in one cell ("数量指标：…；质量指标：…"). There is no indicator matrix: the
//! header's column names say which cell of a row is the project's name, department,
//! amount, goal and targets, and every row below is a project of its own.

use std::borrow::Cow;

use crate::chars::TrimWs;
use crate::extract::money::{parse_amount, split_code};
use crate::model::{Funds, Project};
use crate::read::{Cell, Row};

use super::header::{row_owner_role, without_note, Role};
use super::keys::declared_unit;
use super::matrix::RawIndicator;
use super::narrative::{Levels, LABELS};
use super::ProjectDraft;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Col {
    Name,
    Department,
    Unit,
    Amount,
    Goal,
    /// The prose targets of the project.
    Targets,
}

/// Names of the column holding a project's targets as prose.
const TARGET_HEADERS: &[&str] = &[
    "绩效指标",
    "主要绩效指标",
    "年度绩效指标",
    "核心绩效指标",
    "具体绩效指标",
    "绩效指标及指标值",
    "绩效指标及目标值",
    "主要绩效指标及指标值",
    "主要绩效指标及目标值",
];
/// Amount columns such lists print beyond those of the row-owner lexicon.
const AMOUNT_HEADERS: &[&str] = &["预算安排", "预算资金", "资金金额", "安排资金", "金额", "资金规模", "预算安排金额"];
/// Columns read as the list's but kept nowhere.
const IGNORED_HEADERS: &[&str] = &["序号", "备注", "项目类别", "项目类型", "功能科目", "资金来源", "支出方向"];

/// "预算金额(万元)" → "预算金额": the unit in brackets is no part of the name.
fn bare(key: &str) -> &str {
    without_note(key).unwrap_or(key)
}

fn col_of(key: &str) -> Option<Col> {
    let name = bare(key);
    if TARGET_HEADERS.contains(&name) {
        return Some(Col::Targets);
    }
    if AMOUNT_HEADERS.contains(&name) {
        return Some(Col::Amount);
    }
    match name {
        "主管部门" | "主管单位" | "项目主管部门" | "部门" => return Some(Col::Department),
        "实施单位" | "项目实施单位" => return Some(Col::Unit),
        _ => {}
    }
    match row_owner_role(key)? {
        Role::Project => Some(Col::Name),
        Role::Agency => Some(Col::Department),
        Role::Goal => Some(Col::Goal),
        Role::ProjectAmount => Some(Col::Amount),
        _ => None,
    }
}

/// The list's header: every filled cell a column the list knows, a name column and a
/// targets column among them. The cheap test first: a targets column's name ends in
/// 指标 or 指标值 / 目标值, and a header has three cells at least.
fn header(row: &Row) -> Option<Vec<(usize, Col)>> {
    // Every row of every filing comes here: an end test, not a substring search.
    let names_targets = |k: &str| ["指标", "目标", "指标值", "目标值"].iter().any(|e| k.ends_with(e));
    // The name column's names (项目名称, 项目, 项目支出名称) all open with 项目.
    let names_project = |c: &Cell| c.short && c.key().starts_with("项目");
    if !row.non_empty().any(names_project)
        || row.non_empty().nth(2).is_none()
        || !row.non_empty().any(|c| c.short && names_targets(bare(c.key())))
    {
        return None;
    }
    let mut cols = Vec::new();
    for (i, c) in row.cells.iter().enumerate() {
        if c.is_empty() {
            continue;
        }
        if !c.short {
            return None;
        }
        match col_of(c.key()) {
            Some(col) => cols.push((i, col)),
            None if IGNORED_HEADERS.contains(&bare(c.key())) => {}
            None => return None,
        }
    }
    let count = |k: Col| cols.iter().filter(|c| c.1 == k).count();
    // Without a targets column the goal's cell holds the targets after the goal.
    (count(Col::Name) == 1 && (count(Col::Targets) == 1 || count(Col::Targets) == 0 && count(Col::Goal) == 1)).then_some(cols)
}

/// The row's filled cell in the column of `want`.
fn cell<'r>(row: &'r Row, cols: &[(usize, Col)], want: Col) -> Option<&'r Cell> {
    let i = cols.iter().find(|c| c.1 == want)?.0;
    row.cells.get(i).filter(|c| !c.is_empty())
}

/// Prose targets of one cell ("数量指标：…；质量指标：…"), under levels of its own.
/// The cell's end ends its last clause, as a ； would.
fn cell_targets(text: &str, line: usize) -> Vec<RawIndicator> {
    let mut out = Vec::new();
    let text = text.trim_ws();
    let ended = if text.ends_with([';', '；', '。']) { Cow::Borrowed(text) } else { Cow::Owned(format!("{text}；")) };
    Levels::default().clauses(&ended, line, &mut out);
    out
}

/// A goal cell that goes on into the targets ("保障…运转。绩效指标：数量指标：…"):
/// the goal is the text before the first level label, without the 绩效指标 head.
fn goal_before_targets(text: &str) -> &str {
    let end = LABELS.find(text).map_or(text.len(), |m| m.start());
    let goal = text[..end].trim_end_matches([':', '：', ';', '；', ',', '，', ' ']);
    let goal = ["主要绩效指标", "绩效指标"].iter().find_map(|h| goal.strip_suffix(h)).unwrap_or(goal);
    let goal = goal.trim_end_matches([':', '：', ';', '；', ',', '，', ' ']);
    ["年度绩效目标", "绩效目标", "年度目标"]
        .iter()
        .find_map(|h| goal.strip_prefix(h))
        .unwrap_or(goal)
        .trim_start_matches([':', '：'])
        .trim_ws()
}

/// What the list gave: its projects, the cells they used, and where its header is.
pub struct List {
    pub projects: Vec<ProjectDraft>,
    pub cells: Vec<usize>,
    pub header: usize,
}

/// The rows as a list of projects, if they hold one.
pub fn read(rows: &[Row]) -> Option<List> {
    let (at, cols) = rows.iter().enumerate().find_map(|(i, r)| header(r).map(|c| (i, c)))?;
    // The unit a line above the table ("单位：万元") or the amount column's name declares.
    let mut cells: Vec<usize> = rows[at].non_empty().map(|c| c.id).collect();
    let mut unit = rows[..at].iter().flat_map(|r| r.non_empty()).find_map(|c| declared_unit(&c.text).map(|u| (c.id, u))).map(|(id, u)| {
        cells.push(id);
        u
    });
    for &(i, col) in &cols {
        if col == Col::Amount {
            unit = declared_unit(&rows[at].cells[i].text).or(unit);
        }
    }
    let targets_col = if cols.iter().any(|c| c.1 == Col::Targets) { Col::Targets } else { Col::Goal };
    let mut projects = Vec::new();
    for row in &rows[at + 1..] {
        // The header printed again on the next page.
        if header(row).is_some() {
            cells.extend(row.non_empty().map(|c| c.id));
            continue;
        }
        // A note or a title under the table: a row of one cell is none of the list's.
        if row.non_empty().nth(1).is_none() {
            break;
        }
        // The list's total ("合计 | | 336.4", merged over 序号 and 项目名称): no project.
        if row.non_empty().next().is_some_and(|c| ["合计", "总计", "小计"].iter().any(|t| c.key().starts_with(t))) {
            cells.extend(row.non_empty().map(|c| c.id));
            continue;
        }
        let Some(name) = cell(row, &cols, Col::Name) else { continue };
        let mut project = Project {
            complete: true,
            name: Some(name.text.trim_ws().to_string()),
            lines: [row.line, row.last_line()],
            ..Default::default()
        };
        // The cells of the columns read but kept nowhere (序号, 备注) are the list's too.
        let mut used: Vec<usize> =
            row.cells.iter().enumerate().filter(|(i, c)| !c.is_empty() && !cols.iter().any(|k| k.0 == *i)).map(|(_, c)| c.id).collect();
        used.push(name.id);
        if let Some(c) = cell(row, &cols, Col::Department) {
            let (code, dept) = split_code(&c.text);
            project.department = Some(dept);
            project.department_code = code;
            used.push(c.id);
        }
        if let Some(c) = cell(row, &cols, Col::Unit) {
            project.implementing_unit = Some(split_code(&c.text).1);
            used.push(c.id);
        }
        if let Some((c, (total, own_unit))) = cell(row, &cols, Col::Amount).and_then(|c| parse_amount(&c.text).map(|a| (c, a))) {
            project.funds.annual = Some(Funds { total: Some(total), ..Default::default() });
            project.money_unit = unit.or(own_unit).map(str::to_string);
            used.push(c.id);
        }
        if let Some(c) = cell(row, &cols, Col::Goal) {
            let text = c.text.trim_ws();
            let goal = if targets_col == Col::Goal { goal_before_targets(text) } else { text };
            project.goals.annual = (!goal.is_empty()).then(|| goal.to_string());
            used.push(c.id);
        }
        let targets = cell(row, &cols, targets_col);
        let raw = targets.map(|c| cell_targets(&c.text, c.line)).unwrap_or_default();
        used.extend(targets.map(|c| c.id));
        // A row of the list holds its project's prose targets; a 合计 row holds none.
        if raw.is_empty() && project.goals.annual.is_none() && project.funds.annual.is_none() {
            continue;
        }
        cells.extend(used);
        projects.push(ProjectDraft { project, raw, periods: vec![None], ambiguous: Vec::new() });
    }
    (!projects.is_empty() && projects.iter().any(|p| !p.raw.is_empty())).then_some(List { projects, cells, header: at })
}
