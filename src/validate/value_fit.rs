//! V — does the value fit its indicator: 满意度 as a percentage, 成本 as money, 时效 as
//! a date or duration, no trivially met targets, units that agree with the name, rates
//! within 100%.

use crate::extract::target::{parse_target, TargetContext};
use crate::extract::taxonomy::{COST, SATISFACTION};
use crate::model::{Diagnostic, Indicator, Op, Period, Severity, Target, TargetKind};

use super::{Context, Row, Rule, RuleInfo};

const SAT_PART: &str = "服务对象满意度指标";

fn is_percent(t: &Target) -> bool {
    t.unit.as_deref() == Some("%") || t.std_unit.as_deref() == Some("%")
}

/// A number or range in percent, or a bare number under a name that says "(%)".
fn percent_like(ind: &Indicator) -> bool {
    let t = &ind.target;
    matches!(t.kind, TargetKind::Number | TargetKind::Range)
        && (is_percent(t) || (t.unit.is_none() && (ind.name.contains("(%)") || ind.name.contains("（%）"))))
}

/// Nothing to judge: empty (V001) or unreadable (V002/V003).
fn unjudged(t: &Target) -> bool {
    matches!(t.kind, TargetKind::Empty | TargetKind::Unparsed)
}

/// Growth measures: "≥100%" on them means doubling, "≤0%" allows any decline.
fn is_growth(name: &str) -> bool {
    ["增幅", "增长", "增速", "增加率", "涨幅", "提高率", "提升率"].iter().any(|w| crate::chars::has(name, w))
}

/// The lower bound a target sets (the value; a range's lower end).
fn lower(t: &Target) -> Option<f64> {
    t.value
}

pub struct V008;
static V008_INFO: RuleInfo = RuleInfo {
    code: "V008",
    severity: Severity::Warning,
    summary: "满意度 indicator not a percentage, \"100%\" with no comparator, or below threshold (setting, default 80%)",
    basis: "practice, 10号",
    settings: &["satisfaction_min"],
};
impl Rule for V008 {
    fn info(&self) -> &'static RuleInfo {
        &V008_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let min = ctx.settings.satisfaction_threshold();
        for row in ctx.rows() {
            let ind = row.ind;
            let t = &ind.target;
            let satisfaction = ind.level1 == SATISFACTION || ind.level2 == SAT_PART || crate::chars::has(&ind.name, "满意");
            if !satisfaction || unjudged(t) || !measures_satisfaction_level(&ind.name) {
                continue;
            }
            let message = if !percent_like(ind) {
                format!("满意度指标值不是百分比 / satisfaction target is not a percentage: {}", ind.value)
            } else if matches!(t.op, None | Some(Op::Eq)) && t.value == Some(100.0) {
                format!(
                    "满意度目标为恰好100%，应写作“≥x%” / a satisfaction target of exactly 100% (no “≥”) cannot be judged: {}",
                    ind.value
                )
            } else if matches!(t.op, Some(Op::Le | Op::Lt)) {
                format!("满意度目标应为下限（≥），不是上限 / a satisfaction target should be a floor (≥), not a ceiling: {}", ind.value)
            } else if lower(t).is_some_and(|v| v < min) {
                format!("满意度目标低于{min}% / satisfaction target below {min}%: {}", ind.value)
            } else {
                continue;
            };
            out.push(row.finding(&V008_INFO, message));
        }
    }
}

/// Whether a 满意度 row states a level of satisfaction, which the floor, the "≥" and the
/// percentage apply to. Two kinds of row do not, and are left alone: a change in
/// satisfaction ("群众满意度提升 ≥5%", "满意度较上年提高") is a growth target, and a
/// complaint measure filed under 满意度指标 ("投诉率 ≤5%", "有效投诉次数 0次") counts
/// dissatisfaction, where a ceiling is right and a floor of 80% is meaningless.
fn measures_satisfaction_level(name: &str) -> bool {
    const CHANGE: [&str; 6] = ["提升", "提高", "增长", "增幅", "上升", "增加"];
    const COMPLAINT: [&str; 5] = ["投诉", "不满意", "差评", "信访", "举报"];
    // One walk over the name's characters, comparing only where a word can begin,
    // instead of eleven substring searches per satisfaction row.
    !name.char_indices().any(|(i, c)| {
        matches!(c, '提' | '增' | '上' | '投' | '不' | '差' | '信' | '举')
            && CHANGE.iter().chain(COMPLAINT.iter()).any(|w| name[i..].starts_with(w))
    })
}

pub struct V009;
static V009_INFO: RuleInfo = RuleInfo {
    code: "V009",
    severity: Severity::Warning,
    summary: "成本指标 value is not money, a unit cost or a cost-control rate (e.g. \"拨付率 ≥95%\")",
    basis: "101号 成本 definition",
    settings: &[],
};
/// Names of cost-control measures, which may be percentages (成本控制率 ≤100%).
const COST_CONTROL: [&str; 9] = ["成本", "控制", "节约", "节省", "节支", "超支", "超出", "压减", "降低"];
/// Names of disbursement measures, which are timeliness, not cost.
const DISBURSEMENT: [&str; 6] = ["拨付", "到位", "支付", "执行", "发放", "下达"];
impl Rule for V009 {
    fn info(&self) -> &'static RuleInfo {
        &V009_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows() {
            let ind = row.ind;
            let t = &ind.target;
            // 社会成本 / 生态环境成本 (101号) are impacts, often described in words.
            let economic = ind.level2 == COST || ind.level2 == "经济成本指标" || (ind.level1 == COST && ind.level2.is_empty());
            if !economic || unjudged(t) || money_like(ind) {
                continue;
            }
            let message = if DISBURSEMENT.iter().any(|w| crate::chars::has(&ind.name, w)) && is_percent(t) {
                format!(
                    "成本指标应为金额、单位成本或成本控制率；拨付率类指标属于时效或质量指标 / a 成本指标 should be money, \
                     a unit cost or a cost-control rate; a disbursement rate belongs under 时效/质量: {}",
                    super::quote(ind)
                )
            } else {
                format!(
                    "成本指标的值不是金额、单位成本或成本控制率 / the 成本指标 target is not money, a unit cost or a cost-control rate: {}",
                    super::quote(ind)
                )
            };
            out.push(row.finding(&V009_INFO, message));
        }
    }
}

fn money_like(ind: &Indicator) -> bool {
    let t = &ind.target;
    let unit = t.unit.as_deref().unwrap_or("");
    let std = t.std_unit.as_deref().unwrap_or("");
    // Only asked of percentages, after the cheaper unit tests.
    let cost_name = || COST_CONTROL.iter().any(|w| crate::chars::has(&ind.name, w));
    match t.kind {
        TargetKind::Number | TargetKind::Range => {
            unit.contains('元')
                || std.starts_with('元')
                // "≤28.40/株" (元 left out) and "250万" (万元 or 万人?) are amounts; V012 says so.
                || unit.starts_with('/')
                || unit == "万"
                || unit == "亿"
                || (is_percent(t) && cost_name() && !DISBURSEMENT.iter().any(|w| crate::chars::has(&ind.name, w)))
                // "每公里养护成本(元)" with a bare "6000" (a workbook's number cell): the
                // name's bracket gives the unit the value leaves out.
                || (unit.is_empty() && super::value_units::name_unit(&ind.name).is_some_and(|u| u.contains('元')))
        }
        TargetKind::Qualitative => ["控制在", "不超", "节约", "压减"].iter().any(|w| crate::chars::has(&ind.value, w)),
        _ => false,
    }
}

/// A 时效 target must say by when or how fast: a date, a time limit, a timeliness rate or a
/// per-period frequency. Wording that names no deadline — "按时完成", "及时", "全年",
/// "逐步提高" — is reported even where V006 finds it judgeable: "on time" presumes a
/// deadline the table does not give (101号 量化易评), and an auditor cannot check it.
pub struct V010;
static V010_INFO: RuleInfo = RuleInfo {
    code: "V010",
    severity: Severity::Warning,
    summary: "时效指标 value is not a date, a duration or a rate; or a date outside the budget year / project period",
    basis: "practice",
    settings: &[],
};
impl Rule for V010 {
    fn info(&self) -> &'static RuleInfo {
        &V010_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.ind.level2 == "时效指标") {
            let t = &row.ind.target;
            let message = match t.kind {
                TargetKind::Empty | TargetKind::Unparsed | TargetKind::Duration => continue,
                TargetKind::Date => match date_outside(ctx, &row) {
                    Some((lo, hi)) => {
                        let span = if lo == hi { lo.to_string() } else { format!("{lo}–{hi}") };
                        format!("时效指标的日期不在预算年度/项目期（{span}）内 / the date is outside the budget year or project period ({span}): {}", row.ind.value)
                    }
                    None => continue,
                },
                TargetKind::Number | TargetKind::Range if timely_number(t) => continue,
                _ => {
                    format!("时效指标的值不是日期、时限或比率 / the 时效指标 target is not a date, a duration or a rate: {}", row.ind.value)
                }
            };
            out.push(row.finding(&V010_INFO, message));
        }
    }
}

/// A rate (%), a frequency ("1次/半年") or a month number ("≤12月份" without a year).
fn timely_number(t: &Target) -> bool {
    let unit = t.unit.as_deref().unwrap_or("");
    is_percent(t)
        || t.std_unit.as_deref().is_some_and(|u| u.contains('/'))
        || ["月", "日", "天", "年", "周", "时", "分钟", "季度"].iter().any(|w| crate::chars::has(unit, w))
}

/// The allowed years when the date falls outside them: the budget year, widened by the
/// project period for mid-term targets and single-set tables of multi-year projects.
pub(crate) fn date_outside(ctx: &Context, row: &Row) -> Option<(i32, i32)> {
    let year = ctx.filing.year?;
    let span = row.p.period_years.unwrap_or(1).clamp(1, 10) - 1;
    let (lo, hi) = match row.ind.period {
        Some(Period::Annual) => (year, year),
        Some(Period::Midterm) => (year - span, year + span),
        None => (year, year + span),
    };
    let years = date_years(row.ind.target.date.as_deref()?);
    (!years.is_empty() && years.iter().any(|y| *y < lo || *y > hi)).then_some((lo, hi))
}

/// Years of an ISO date or interval ("2024-12", "2023-07/2024-01").
pub(crate) fn date_years(date: &str) -> Vec<i32> {
    date.split('/').filter_map(|d| d.get(..4)?.parse().ok()).collect()
}

pub struct V011;
static V011_INFO: RuleInfo = RuleInfo {
    code: "V011",
    severity: Severity::Warning,
    summary: "trivially met target: \"≥0%\", \"≤0%\", \"≥100%\" on a growth rate",
    basis: "practice",
    settings: &[],
};
impl Rule for V011 {
    fn info(&self) -> &'static RuleInfo {
        &V011_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows() {
            if let Some(why) = trivial(row.ind) {
                out.push(row.finding(&V011_INFO, format!("{why}: {}", row.ind.value)));
            }
        }
    }
}

/// Why a target is trivially met (or trivially meaningless), if it is.
pub(crate) fn trivial(ind: &Indicator) -> Option<&'static str> {
    let t = &ind.target;
    if t.kind != TargetKind::Number {
        return None;
    }
    let v = t.value?;
    // Only a bound of 0 or of 100 and more can be trivial: skip the name search otherwise.
    if v != 0.0 && v < 100.0 {
        return None;
    }
    let growth = is_percent(t) && is_growth(&ind.name);
    match t.op? {
        Op::Ge if v == 0.0 => Some("目标“≥0”任何结果都能达成 / a target of “≥0” is met by any outcome"),
        Op::Le if v == 0.0 && growth => Some("增幅目标“≤0%”任何下降都能达成 / a growth target of “≤0%” is met by any decline"),
        Op::Ge | Op::Gt if v >= 100.0 && growth => Some(
            "增幅“≥100%”意为翻倍，疑将“不低于上年（100%）”误作增幅，实际目标为“≥0%” / a growth target of “≥100%” means \
             doubling; “not below last year” (≥0% growth, met by any outcome) was probably meant",
        ),
        _ => None,
    }
}

#[cfg(test)]
#[path = "value_fit_tests.rs"]
mod tests;

/// Parse "1" + a unit the way a value with that unit would be read.
pub(crate) fn unit_target(unit: &str) -> Target {
    parse_target(&format!("1{unit}"), &TargetContext::default()).0
}
