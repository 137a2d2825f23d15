//! C — consistency: the annual targets against the mid-term ones (88号: 年度目标 is a
//! decomposition of 中期目标), and the filing's year against the years it prints.

use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;
use crate::model::{Diagnostic, Direction, Indicator, Op, Period, Project, Severity, TargetKind};

use super::value_fit::date_outside;
use super::{finding, squeeze, Context, Row, Rule, RuleInfo};

/// The mid-term indicators of a project by name, when it has both sets.
fn midterm_by_name(p: &Project) -> Option<HashMap<String, &Indicator>> {
    let has = |period| p.indicators.iter().any(|i| i.period == Some(period));
    if !(has(Period::Midterm) && has(Period::Annual)) {
        return None;
    }
    let mut map = HashMap::default();
    for ind in p.indicators.iter().filter(|i| i.period == Some(Period::Midterm)) {
        map.entry(squeeze(&ind.name).into_owned()).or_insert(ind);
    }
    Some(map)
}

fn annual_rows<'a>(ctx: &'a Context, project: usize) -> impl Iterator<Item = Row<'a>> + 'a {
    ctx.project_rows(project).filter(|r| r.ind.period == Some(Period::Annual))
}

pub struct C001;
static C001_INFO: RuleInfo = RuleInfo {
    code: "C001",
    severity: Severity::Warning,
    summary: "annual indicator absent from the mid-term set (side-by-side layouts)",
    basis: "88号 中期/年度",
    settings: &[],
};
impl Rule for C001 {
    fn info(&self) -> &'static RuleInfo {
        &C001_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let Some(mid) = midterm_by_name(p) else { continue };
            for row in annual_rows(ctx, i) {
                if !mid.contains_key(squeeze(&row.ind.name).as_ref()) && !row.ind.name.trim_ws().is_empty() {
                    let message =
                        format!("年度指标不在中期指标中 / the annual indicator is not among the mid-term indicators: {}", row.ind.name);
                    out.push(row.finding(&C001_INFO, message));
                }
            }
        }
    }
}

pub struct C002;
static C002_INFO: RuleInfo = RuleInfo {
    code: "C002",
    severity: Severity::Warning,
    summary: "annual target looser than or contradicting the mid-term target for the same indicator (direction differs; annual quantity above mid-term quantity; \"≥0%\" vs \"≥100%\")",
    basis: "88号",
    settings: &[],
};
impl Rule for C002 {
    fn info(&self) -> &'static RuleInfo {
        &C002_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let Some(mid) = midterm_by_name(p) else { continue };
            for row in annual_rows(ctx, i) {
                let Some(m) = mid.get(squeeze(&row.ind.name).as_ref()) else { continue };
                if let Some(why) = conflict(m, row.ind) {
                    let message = format!("{why}: 中期 {} / 年度 {}", m.value, row.ind.value);
                    out.push(row.finding(&C002_INFO, message));
                }
            }
        }
    }
}

fn floor(op: Option<Op>) -> Option<bool> {
    match op? {
        Op::Ge | Op::Gt => Some(true),
        Op::Le | Op::Lt => Some(false),
        _ => None,
    }
}

/// Why the annual target `a` contradicts or loosens the mid-term target `m`.
fn conflict(m: &Indicator, a: &Indicator) -> Option<&'static str> {
    let (mt, at) = (&m.target, &a.target);
    if squeeze(&m.value) == squeeze(&a.value) {
        return None;
    }
    if let (Some(x), Some(y)) = (floor(mt.op), floor(at.op)) {
        if x != y {
            return Some("年度目标与中期目标方向相反 / the annual target points the other way from the mid-term target");
        }
    }
    let opposite = |x: Direction, y: Direction| {
        matches!((x, y), (Direction::Increase, Direction::Decrease) | (Direction::Decrease, Direction::Increase))
    };
    if let (Some(x), Some(y)) = (mt.direction, at.direction) {
        if opposite(x, y) {
            return Some("年度目标与中期目标方向相反 / the annual target points the other way from the mid-term target");
        }
    }
    // "≥0%" beside "≥100%" (seed 000): one of the pair is met by any outcome.
    let zero_floor = |t: &crate::model::Target| t.op == Some(Op::Ge) && t.value == Some(0.0);
    if zero_floor(mt) != zero_floor(at) && mt.std_unit == at.std_unit {
        return Some("中期与年度目标一个为“≥0”（必然达成）、一个不是，相互矛盾 / one target is “≥0” (met by any outcome) and the other is not: they contradict");
    }
    let numeric = |t: &crate::model::Target| t.kind == TargetKind::Number || t.kind == TargetKind::Range;
    let (Some(mv), Some(av)) = (mt.std_value, at.std_value) else { return None };
    let durations = mt.kind == TargetKind::Duration && at.kind == TargetKind::Duration;
    if !(numeric(mt) && numeric(at) || durations) {
        return None;
    }
    if mt.std_unit != at.std_unit {
        return None;
    }
    let unit = mt.std_unit.as_deref().unwrap_or("");
    // Counts and amounts add up over the years: the annual share cannot exceed the whole.
    let additive = mt.kind != TargetKind::Duration && unit != "%" && !unit.contains('/');
    if additive {
        return (av > mv).then_some("年度数量超过中期数量 / the annual quantity exceeds the mid-term quantity");
    }
    // Rates, ratios and time limits do not add up: a year should be at least as strict.
    let same_side = floor(mt.op).zip(floor(at.op)).filter(|(x, y)| x == y).map(|(x, _)| x);
    match same_side {
        Some(true) if av < mv => Some("年度目标低于中期目标（更宽松） / the annual target is looser (lower) than the mid-term target"),
        Some(false) if av > mv => Some("年度目标高于中期上限（更宽松） / the annual target is looser (higher) than the mid-term ceiling"),
        _ => None,
    }
}

pub struct C003;
static C003_INFO: RuleInfo = RuleInfo {
    code: "C003",
    severity: Severity::Info,
    summary: "annual and mid-term indicator blocks identical for a multi-year project (copy-paste smell)",
    basis: "practice",
    settings: &[],
};
impl Rule for C003 {
    fn info(&self) -> &'static RuleInfo {
        &C003_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let multi_year =
                p.period_years.is_some_and(|y| y > 1) || p.attribute.as_deref().is_some_and(|a| a.contains("跨年") || a.contains("常年"));
            if !multi_year {
                continue;
            }
            let block = |period| {
                let mut v: Vec<(String, String)> = p
                    .indicators
                    .iter()
                    .filter(|i| i.period == Some(period))
                    .map(|i| (squeeze(&i.name).into_owned(), squeeze(&i.value).into_owned()))
                    .collect();
                v.sort();
                v
            };
            let (mid, annual) = (block(Period::Midterm), block(Period::Annual));
            if !mid.is_empty() && mid == annual {
                let first = p.indicators.iter().position(|i| i.period == Some(Period::Annual));
                let message = format!(
                    "多年期项目的年度指标与中期指标完全相同（{}项），疑为照抄 / the annual indicators repeat the mid-term ones exactly ({} indicators) in a multi-year project",
                    mid.len(),
                    mid.len()
                );
                let line = first.map(|f| p.indicators[f].line).unwrap_or(p.lines[0]);
                out.push(finding(&C003_INFO, message, Some(i), None, Some(line), p.name.clone()));
            }
        }
    }
}

pub struct C004;
static C004_INFO: RuleInfo = RuleInfo {
    code: "C004",
    severity: Severity::Warning,
    summary: "year of the filing disagrees with dates in values, codes or titles",
    basis: "practice",
    settings: &[],
};
static RE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)[0-9]{2}").unwrap());
/// 一体化 project codes: a 6-digit region code, the 2-digit budget year, then "P"
/// ("13022524P00CGB110004W" → 2024).
static RE_CODE_YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[0-9]{6}([0-9]{2})P").unwrap());
impl Rule for C004 {
    fn info(&self) -> &'static RuleInfo {
        &C004_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(year) = ctx.filing.year else { return };
        if let Some(title) = ctx.filing.title.as_deref() {
            let years: Vec<i32> = RE_YEAR.find_iter(title).filter_map(|m| m.as_str().parse().ok()).collect();
            if !years.is_empty() && !years.contains(&year) {
                let message = format!("标题年份与预算年度{year}不符 / the title's year disagrees with the budget year {year}");
                out.push(finding(&C004_INFO, message, None, None, None, Some(title.to_string())));
            }
        }
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let Some(code) = p.code.as_deref() else { continue };
            let Some(yy) = RE_CODE_YEAR.captures(code.trim_ws()).and_then(|c| c[1].parse::<i32>().ok()) else { continue };
            if 2000 + yy != year {
                let message =
                    format!("项目编码中的年份{}与预算年度{year}不符 / the project code says {}, the filing {year}", 2000 + yy, 2000 + yy);
                out.push(finding(&C004_INFO, message, Some(i), None, Some(p.lines[0]), Some(code.to_string())));
            }
        }
        // 时效 dates are V010's; dates elsewhere (a 数量 "2024年" …) are checked here.
        for row in ctx.rows().filter(|r| r.ind.level2 != "时效指标" && r.ind.target.kind == TargetKind::Date) {
            if let Some((lo, hi)) = date_outside(ctx, &row) {
                let span = if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") };
                let message = format!(
                    "指标值中的日期不在预算年度（{span}）内 / a date in the value is outside the budget year ({span}): {}",
                    row.ind.value
                );
                out.push(row.finding(&C004_INFO, message));
            }
        }
    }
}

#[cfg(test)]
#[path = "consistency_tests.rs"]
mod tests;
