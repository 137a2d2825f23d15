//! F — funds: the amounts add up, the annual fits in the mid-term, the declared unit
//! matches the magnitudes, the spend plan climbs to 100%, 成本 targets fit the budget.

use crate::chars::TrimWs;
use crate::extract::money::parse_amount;
use crate::extract::taxonomy::COST;
use crate::model::{Diagnostic, Funds, Period, Project, Severity};

use super::{finding, Context, Rule, RuleInfo};

/// Amounts are compared to 0.005 of the declared unit (rules.md F001).
const TOLERANCE: f64 = 0.005;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= TOLERANCE + 1e-9 * a.abs().max(b.abs())
}

/// "1,907,400", "263", "67.2": amounts as a reader would print them.
pub(crate) fn amount(v: f64) -> String {
    let neg = v < 0.0;
    let v = v.abs();
    let whole = v.trunc() as u64;
    let frac = ((v - v.trunc()) * 100.0).round() as u64;
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if neg { "-" } else { "" };
    match frac {
        0 => format!("{sign}{grouped}"),
        f if f % 10 == 0 => format!("{sign}{grouped}.{}", f / 10),
        f => format!("{sign}{grouped}.{f:02}"),
    }
}

fn quote_funds(label: &str, f: &Funds) -> String {
    let parts = [("合计", f.total), ("财政拨款", f.fiscal), ("其他资金", f.other), ("上年结转", f.carryover)];
    let shown: Vec<String> = parts.iter().filter_map(|(k, v)| v.map(|v| format!("{k} {}", amount(v)))).collect();
    format!("{label}: {}", shown.join(" | "))
}

fn funds_finding(info: &RuleInfo, message: String, i: usize, p: &Project, label: &str, f: &Funds) -> Diagnostic {
    finding(info, message, Some(i), None, Some(p.lines[0]), Some(quote_funds(label, f)))
}

/// total ≠ fiscal + other (+ carryover): the message, if the parts do not add up.
fn sum_problem(f: &Funds, name: &str) -> Option<String> {
    let total = f.total?;
    if f.fiscal.is_none() && f.other.is_none() && f.carryover.is_none() {
        return None;
    }
    let (fiscal, other, carry) = (f.fiscal.unwrap_or(0.0), f.other.unwrap_or(0.0), f.carryover.unwrap_or(0.0));
    // Some templates count 上年结转 inside 财政拨款: either reading may add up.
    if close(total, fiscal + other + carry) || close(total, fiscal + other) {
        return None;
    }
    let sum = fiscal + other + carry;
    // A part the filing does not give ("总投资500万元，其中财政拨款450万元", or a blank
    // 其他资金 cell) may be the rest: the sum is only wrong when it is already too big.
    if (f.fiscal.is_none() || f.other.is_none()) && sum < total {
        return None;
    }
    Some(format!(
        "{name}资金总额{}不等于财政拨款、其他资金（及上年结转）之和{} / the {} total {} is not the sum of its parts {}",
        amount(total),
        amount(sum),
        if name == "年度" { "annual" } else { "mid-term" },
        amount(total),
        amount(sum)
    ))
}

pub struct F001;
static F001_INFO: RuleInfo = RuleInfo {
    code: "F001",
    severity: Severity::Error,
    summary: "annual total ≠ fiscal + other (+ carryover), tolerance 0.005 of the unit",
    basis: "88号 template; 一体化 check",
    settings: &[],
};
impl Rule for F001 {
    fn info(&self) -> &'static RuleInfo {
        &F001_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            if let Some(f) = &p.funds.annual {
                if let Some(message) = sum_problem(f, "年度") {
                    out.push(funds_finding(&F001_INFO, message, i, p, "年度资金", f));
                }
            }
        }
    }
}

pub struct F002;
static F002_INFO: RuleInfo =
    RuleInfo {
        code: "F002", severity: Severity::Error, summary: "mid-term total ≠ mid-term fiscal + other", basis: "88号", settings: &[]
    };
impl Rule for F002 {
    fn info(&self) -> &'static RuleInfo {
        &F002_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            if let Some(f) = &p.funds.midterm {
                if let Some(message) = sum_problem(f, "中期") {
                    out.push(funds_finding(&F002_INFO, message, i, p, "中期资金", f));
                }
            }
        }
    }
}

pub struct F003;
static F003_INFO: RuleInfo =
    RuleInfo { code: "F003", severity: Severity::Error, summary: "annual total > mid-term total", basis: "88号", settings: &[] };
impl Rule for F003 {
    fn info(&self) -> &'static RuleInfo {
        &F003_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let (Some(m), Some(a)) = (&p.funds.midterm, &p.funds.annual) else { continue };
            let (Some(mt), Some(at)) = (m.total, a.total) else { continue };
            if at > mt && !close(at, mt) {
                let message = format!(
                    "年度资金总额{}大于中期资金总额{} / the annual total {} exceeds the mid-term total {}",
                    amount(at),
                    amount(mt),
                    amount(at),
                    amount(mt)
                );
                out.push(funds_finding(&F003_INFO, message, i, p, "年度资金", a));
            }
        }
    }
}

/// How local the spending unit is, from its name: the scale of a plausible budget.
/// Returns the largest plausible project amount in 万元.
fn plausible_max_wan(p: &Project) -> f64 {
    let name = [&p.department, &p.implementing_unit].into_iter().flatten().map(String::as_str).collect::<Vec<_>>().join(" ");
    let county = name.contains('县') || name.contains('旗') || name.split_once('市').is_some_and(|(_, rest)| rest.contains('区'));
    if county {
        1e5 // 10亿元: above any one county project
    } else if name.starts_with("国家") || name.starts_with("中央") || name.starts_with("中国") {
        1e8
    } else if name.contains('省') || name.contains("自治区") {
        1e7
    } else {
        1e6 // a city, or unknown: 100亿元
    }
}

/// The money unit a project's amounts are most likely in — the declared `money_unit`
/// unless the magnitudes contradict it; None when no unit is declared.
///
/// The heuristic (seen in practice: seed 001 prints 1,907,400 under "项目资金(万元)"):
/// * declared 万元, and some amount exceeds what the spending unit could plausibly
///   spend on one project — 10⁵ 万元 (10亿元) for a county-level unit (县/旗, or a 区
///   under a 市), 10⁶ 万元 for a city or an unnamed one, 10⁷ for a province, 10⁸ for a
///   central one (the level is read from 主管部门 / 实施单位) → "元". The level matters:
///   六安市's 199,923 万元 resident-insurance subsidy (474万 insured × ~420 元) is right.
/// * declared 元, and every non-zero amount is below 1,000 (no project budget is under
///   a thousand yuan; "6.00" is 6 万元) → "万元".
pub fn likely_money_unit(project: &Project) -> Option<&'static str> {
    let declared = match project.money_unit.as_deref()?.trim_ws() {
        "万元" => "万元",
        "元" => "元",
        "千元" => "千元",
        "亿元" => "亿元",
        _ => return None,
    };
    let amounts: Vec<f64> = [&project.funds.midterm, &project.funds.annual]
        .into_iter()
        .flatten()
        .flat_map(|f| [f.total, f.fiscal, f.other, f.carryover])
        .flatten()
        .filter(|a| *a != 0.0)
        .map(f64::abs)
        .collect();
    let Some(max) = amounts.iter().copied().reduce(f64::max) else { return Some(declared) };
    match declared {
        "万元" if max >= plausible_max_wan(project) => Some("元"),
        "元" if max < 1000.0 => Some("万元"),
        _ => Some(declared),
    }
}

fn yuan_factor(unit: &str) -> f64 {
    match unit {
        "万元" => 1e4,
        "千元" => 1e3,
        "亿元" => 1e8,
        _ => 1.0,
    }
}

pub struct F004;
static F004_INFO: RuleInfo = RuleInfo {
    code: "F004",
    severity: Severity::Warning,
    summary: "declared unit contradicts magnitudes (e.g. \"万元\" with 1,907,400 for a county item): report the likely unit and use it for `*_yuan`",
    basis: "practice (seed 001)",
    settings: &[],
};
impl Rule for F004 {
    fn info(&self) -> &'static RuleInfo {
        &F004_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let (Some(declared), Some(likely)) = (p.money_unit.as_deref(), likely_money_unit(p)) else { continue };
            if declared.trim_ws() == likely {
                continue;
            }
            let Some((label, f)) = [("年度资金", &p.funds.annual), ("中期资金", &p.funds.midterm)]
                .into_iter()
                .find_map(|(l, f)| f.as_ref().filter(|f| f.total.is_some()).map(|f| (l, f)))
            else {
                continue;
            };
            let total = f.total.unwrap_or(0.0);
            let as_declared = amount(total * yuan_factor(declared.trim_ws()));
            let message = format!(
                "表头单位为{declared}，但金额{} 按{declared}计为{as_declared}元，不合常理，可能为{likely} / the table declares {declared} \
                 but {} {declared} would be {as_declared} 元, implausible for this unit; likely unit: {likely}",
                amount(total),
                amount(total)
            );
            out.push(funds_finding(&F004_INFO, message, i, p, label, f));
        }
    }
}

pub struct F005;
static F005_INFO: RuleInfo = RuleInfo {
    code: "F005",
    severity: Severity::Warning,
    summary: "spend plan not non-decreasing or not ending at 100%",
    basis: "practice",
    settings: &[],
};
impl Rule for F005 {
    fn info(&self) -> &'static RuleInfo {
        &F005_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let Some(plan) = p.spend_plan.as_ref().filter(|s| !s.is_empty()) else { continue };
            let shown = plan.iter().map(|s| format!("{} {}%", s.by, amount(s.pct))).collect::<Vec<_>>().join(" | ");
            let drop = plan.windows(2).find(|w| w[1].pct + TOLERANCE < w[0].pct);
            let last = plan[plan.len() - 1].pct;
            let message = if let Some(w) = drop {
                format!(
                    "资金支出计划累计比例下降（{} {}% → {} {}%） / the cumulative spend plan falls ({} {}% → {} {}%)",
                    w[0].by,
                    amount(w[0].pct),
                    w[1].by,
                    amount(w[1].pct),
                    w[0].by,
                    amount(w[0].pct),
                    w[1].by,
                    amount(w[1].pct)
                )
            } else if (last - 100.0).abs() > 0.5 {
                format!("资金支出计划最终为{}%，不是100% / the spend plan ends at {}%, not 100%", amount(last), amount(last))
            } else {
                continue;
            };
            out.push(finding(&F005_INFO, message, Some(i), None, Some(p.lines[0]), Some(shown)));
        }
    }
}

pub struct F006;
static F006_INFO: RuleInfo = RuleInfo {
    code: "F006",
    severity: Severity::Error,
    summary: "negative amount, or total of zero with non-zero parts",
    basis: "—",
    settings: &[],
};
impl Rule for F006 {
    fn info(&self) -> &'static RuleInfo {
        &F006_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            for (label, f) in [("中期资金", &p.funds.midterm), ("年度资金", &p.funds.annual)] {
                let Some(f) = f else { continue };
                let parts = [f.fiscal, f.other, f.carryover];
                let message = if [f.total, f.fiscal, f.other, f.carryover].iter().flatten().any(|v| *v < 0.0) {
                    "资金金额为负数 / a negative amount".to_string()
                } else if f.total == Some(0.0) && parts.iter().flatten().any(|v| *v != 0.0) {
                    "资金总额为0，但分项金额不为0 / the total is zero while its parts are not".to_string()
                } else {
                    continue;
                };
                out.push(funds_finding(&F006_INFO, message, i, p, label, f));
            }
        }
    }
}

pub struct F007;
static F007_INFO: RuleInfo = RuleInfo {
    code: "F007",
    severity: Severity::Warning,
    summary: "a 成本指标 amount exceeds the project's annual total",
    basis: "practice",
    settings: &[],
};
impl Rule for F007 {
    fn info(&self) -> &'static RuleInfo {
        &F007_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows() {
            let (p, ind) = (row.p, row.ind);
            let cost = ind.level2 == COST || ind.level1 == COST;
            let money = ind.target.std_unit.as_deref().is_some_and(|u| u == "元" || u.starts_with("元/"));
            let Some(value) = ind.target.std_value.filter(|_| cost && money) else { continue };
            // Mid-term targets against the mid-term total; others against the annual one.
            let (annual, midterm) = (p.funds.annual.as_ref().and_then(|f| f.total), p.funds.midterm.as_ref().and_then(|f| f.total));
            let (total, which) = match ind.period {
                Some(Period::Midterm) => (midterm.or(annual), if midterm.is_some() { "中期" } else { "年度" }),
                _ => (annual.or(midterm), if annual.is_some() { "年度" } else { "中期" }),
            };
            let (Some(total), Some(unit)) = (total, likely_money_unit(p)) else { continue };
            let total_yuan = total * yuan_factor(unit);
            if total_yuan > 0.0 && value > total_yuan + TOLERANCE {
                let en = if which == "年度" { "annual" } else { "mid-term" };
                let message = format!(
                    "成本指标金额{}元超过项目{which}资金总额{}元 / the cost target {} 元 exceeds the project's {en} total of {} 元",
                    amount(value),
                    amount(total_yuan),
                    amount(value),
                    amount(total_yuan)
                );
                out.push(row.finding(&F007_INFO, message));
            }
        }
    }
}

#[cfg(test)]
#[path = "funds_tests.rs"]
mod tests;

pub struct F008;
static F008_INFO: RuleInfo = RuleInfo {
    code: "F008",
    severity: Severity::Error,
    summary: "部门整体: annual total ≠ 基本支出 + 项目支出, tolerance 0.005 of the unit",
    basis: "88号 附件2 (domain.md F03)",
    settings: &[],
};
impl Rule for F008 {
    fn info(&self) -> &'static RuleInfo {
        &F008_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // The split is read into `extra` under its printed labels (layout/keys_exact.rs):
        // a department's budget, not a project's funds, so the contract has no field.
        let part = |p: &Project, label: &str| p.extra.get(label).and_then(|v| parse_amount(v)).map(|(x, _)| x);
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let (Some(basic), Some(projects)) = (part(p, "基本支出"), part(p, "项目支出")) else { continue };
            let Some(f) = p.funds.annual.as_ref() else { continue };
            let Some(total) = f.total else { continue };
            if close(total, basic + projects) {
                continue;
            }
            let message = format!(
                "资金总额{}不等于基本支出{}与项目支出{}之和{} / the total {} is not 基本支出 {} + 项目支出 {} = {}",
                amount(total),
                amount(basic),
                amount(projects),
                amount(basic + projects),
                amount(total),
                amount(basic),
                amount(projects),
                amount(basic + projects)
            );
            out.push(funds_finding(&F008_INFO, message, i, p, "年度资金", f));
        }
    }
}

pub struct F009;
static F009_INFO: RuleInfo = RuleInfo {
    code: "F009",
    severity: Severity::Warning,
    summary: "财政拨款 ≠ the budget kinds printed beside it (一般公共预算 + 政府性基金预算 + 国有资本经营预算拨款), or one kind above it; tolerance 0.005 of the unit per kind",
    basis: "practice (公开表 fund sources)",
    settings: &[],
};
/// The budget kinds of 财政拨款, as the layout keeps them in `extra` (their printed labels).
const BUDGET_KINDS: [&str; 3] = ["一般公共预算拨款", "政府性基金预算拨款", "国有资本经营预算拨款"];
impl Rule for F009 {
    fn info(&self) -> &'static RuleInfo {
        &F009_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            let Some(f) = p.funds.annual.as_ref() else { continue };
            let Some(fiscal) = f.fiscal else { continue };
            let kinds: Vec<(&str, f64)> = BUDGET_KINDS.iter().filter_map(|&k| Some((k, parse_amount(p.extra.get(k)?)?.0))).collect();
            if kinds.is_empty() {
                continue;
            }
            let sum: f64 = kinds.iter().map(|k| k.1).sum();
            // Each kind is rounded on its own; with 一般公共预算 (nearly all of it) printed
            // the list is whole, else the kinds not printed are unsaid and only a sum
            // above 财政拨款 is wrong.
            let off = (sum - fiscal).abs() > TOLERANCE * kinds.len() as f64 + 1e-9 * sum.abs().max(fiscal.abs());
            let whole = kinds[0].0 == BUDGET_KINDS[0];
            if !off || (!whole && sum < fiscal) {
                continue;
            }
            let parts: Vec<String> = kinds.iter().map(|(k, v)| format!("{k} {}", amount(*v))).collect();
            let message = format!(
                "财政拨款{}不等于各预算类别之和{}（{}）/ 财政拨款 {} is not the sum of its budget kinds {} ({})",
                amount(fiscal),
                amount(sum),
                parts.join(" + "),
                amount(fiscal),
                amount(sum),
                parts.join(" + ")
            );
            out.push(funds_finding(&F009_INFO, message, i, p, "年度资金", f));
        }
    }
}
