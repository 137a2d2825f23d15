//! V — units: the value's unit against the unit the 三级 name announces ("参保人数(人)"),
//! the ambiguous bare "万", and percentages above 100 on rates.

use crate::model::{Diagnostic, Indicator, Severity, TargetKind};

use super::value_fit::unit_target;
use super::{Context, Rule, RuleInfo};

/// Units a name may announce in a trailing bracket. A bracket is a unit only when it is
/// one of these (or a scale word before one, or two joined by "/"): brackets also hold
/// prose ("(医疗待遇比照离休干部)", "(试行)") that must not be compared with a value.
const UNITS: &[&str] = &[
    "%",
    "‰",
    "人",
    "人次",
    "户",
    "户次",
    "个",
    "次",
    "项",
    "件",
    "家",
    "所",
    "座",
    "辆",
    "台",
    "套",
    "篇",
    "条",
    "场",
    "期",
    "批",
    "册",
    "本",
    "份",
    "张",
    "处",
    "株",
    "棵",
    "头",
    "只",
    "单",
    "栋",
    "间",
    "床",
    "名",
    "位",
    "校",
    "村",
    "元",
    "天",
    "日",
    "工作日",
    "月",
    "个月",
    "年",
    "小时",
    "分钟",
    "周",
    "公里",
    "千米",
    "米",
    "平方米",
    "亩",
    "公顷",
    "吨",
    "立方米",
    "千瓦",
    "公斤",
    "千克",
    "斤",
    "倍",
    "分",
    "课时",
    "学时",
    "节",
    "门",
    "种",
    "类",
];
const SCALES: [&str; 5] = ["万", "亿", "千", "百万", "千万"];

fn is_unit(u: &str) -> bool {
    let single = |u: &str| UNITS.contains(&u) || SCALES.iter().any(|s| u.strip_prefix(s).is_some_and(|r| UNITS.contains(&r)));
    match u.split_once('/') {
        Some((a, b)) => single(a) && single(b),
        None => single(u),
    }
}

/// The unit announced in the name's trailing bracket: "参保人数(人)" → "人",
/// "(≥**个)" (a template instruction) → "个".
pub(super) fn name_unit(name: &str) -> Option<String> {
    let name = name.trim_end();
    let body = name.strip_suffix(')').or_else(|| name.strip_suffix('）'))?;
    let open = body.rfind(['(', '（'])?;
    let inner = &body[open..];
    let inner = inner.trim_start_matches(['(', '（']);
    let unit: String =
        inner.chars().filter(|c| !matches!(c, '≥' | '≤' | '>' | '<' | '=' | '*' | '×' | '≧' | '≦') && !c.is_whitespace()).collect();
    is_unit(&unit).then_some(unit)
}

pub struct V012;
static V012_INFO: RuleInfo = RuleInfo {
    code: "V012",
    severity: Severity::Warning,
    summary: "unit disagrees with the name's unit suffix (\"(%)\", \"(人)\") or with a unit column",
    basis: "practice",
    settings: &[],
};
impl Rule for V012 {
    fn info(&self) -> &'static RuleInfo {
        &V012_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // Layouts with a 度量单位 column join it into the value (records.md), so a unit
        // column is checked as the value's unit.
        for row in ctx.rows() {
            if let Some(message) = unit_problem(row.ind) {
                out.push(row.finding(&V012_INFO, message));
            }
        }
    }
}

fn unit_problem(ind: &Indicator) -> Option<String> {
    let t = &ind.target;
    if !matches!(t.kind, TargetKind::Number | TargetKind::Range | TargetKind::Duration) {
        return None;
    }
    let unit = t.unit.as_deref()?;
    // "250万", "≤620万/月": 万元? 万人? (domain V11).
    if (unit.starts_with('万') || unit.starts_with('亿')) && t.std_unit.as_deref().is_none_or(|s| s.starts_with('/')) {
        return Some(format!("单位“{unit}”含义不明（万元？万人？） / the unit “{unit}” is ambiguous (万元? 万人?): {}", ind.value));
    }
    let named = name_unit(&ind.name)?;
    let n = unit_target(&named);
    let agrees = unit == named
        || (n.std_unit.is_some() && n.std_unit == t.std_unit)
        || n.unit.as_deref() == Some(unit)
        || canonical(unit) == canonical(&named)
        || alternatives(&named).is_some_and(|(a, b)| unit == a || unit == b);
    (!agrees).then(|| {
        format!(
            "指标值单位“{unit}”与指标名称中的单位“{named}”不符 / the value's unit “{unit}” disagrees with “{named}” in the name: {}",
            super::quote(ind)
        )
    })
}

/// One spelling per unit for the comparison: filings print the same unit as a symbol or
/// in Latin letters ("≥1200㎡" under "(平方米)", "≥120km" under "(公里)"), which is not
/// a disagreement.
fn canonical(u: &str) -> &str {
    match u {
        "㎡" | "m²" | "m2" | "平米" => "平方米",
        "km" | "KM" | "千米" => "公里",
        "m" | "M" => "米",
        "kg" | "公斤" => "千克",
        "t" => "吨",
        "h" => "小时",
        "万㎡" | "万m²" | "万平米" => "万平方米",
        other => other,
    }
}

/// Classifiers a name may offer as alternatives ("采购设备(台/套)": 台 or 套, not a rate).
const COUNTERS: &[&str] = &[
    "台", "套", "个", "项", "件", "辆", "座", "处", "家", "所", "间", "栋", "张", "本", "册", "份", "篇", "条", "场", "期", "批", "株",
    "棵", "头", "只", "部", "块", "组",
];

/// "台/套" → ("台", "套"): two counters joined by "/" name either, where "元/人" is a rate.
fn alternatives(named: &str) -> Option<(&str, &str)> {
    let (a, b) = named.split_once('/')?;
    (COUNTERS.contains(&a) && COUNTERS.contains(&b)).then_some((a, b))
}

pub struct V013;
static V013_INFO: RuleInfo = RuleInfo {
    code: "V013",
    severity: Severity::Warning,
    summary: "percentage above 100 on a rate/coverage indicator (率, 覆盖率, 满意度)",
    basis: "practice",
    settings: &[],
};
impl Rule for V013 {
    fn info(&self) -> &'static RuleInfo {
        &V013_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows() {
            let (ind, t) = (row.ind, &row.ind.target);
            // The cheap tests first: the name searches run only for values above 100 %.
            let percent = t.unit.as_deref() == Some("%") || t.std_unit.as_deref() == Some("%");
            let above = [t.value, t.max].into_iter().flatten().any(|v| v > 100.0);
            if !(percent && above) || row.flags.ocr_suspect {
                continue;
            }
            let rate = ["率", "满意度", "覆盖", "比例"].iter().any(|w| ind.name.contains(w));
            // Growth rates may exceed 100 (V011 judges "≥100%" there); "292%" is V005's.
            let growth = ["增幅", "增长", "增速", "增加", "涨幅", "提高", "提升"].iter().any(|w| ind.name.contains(w));
            if rate && !growth {
                let message = format!("比率类指标超过100% / a rate or coverage target above 100%: {}", ind.value);
                out.push(row.finding(&V013_INFO, message));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::fixtures::*;

    #[test]
    fn name_units_are_read_from_trailing_brackets_only() {
        assert_eq!(name_unit("参保人数(人)").as_deref(), Some("人"));
        assert_eq!(name_unit("旅游景点开发数量( ≥**个 )").as_deref(), Some("个"));
        assert_eq!(name_unit("补助成本(≤**元/株)").as_deref(), Some("元/株"));
        assert_eq!(name_unit("林木采伐监管(万立方米)").as_deref(), Some("万立方米"));
        assert_eq!(name_unit("二乙人员人数(医疗待遇比照离休干部)"), None);
        assert_eq!(name_unit("实行按病种(组)、按人头付费等支付方式改革"), None);
    }

    #[test]
    fn v012_fires_on_a_unit_left_out_and_on_a_bare_wan() {
        // Real 09: "(≤**元/株)" announced, "≤28.40/株" printed.
        let (Some(real09), Some(real05)) = (real("09"), real("05")) else { return };
        let found = run_text(&real09, "V012");
        assert!(found.iter().any(|d| d.message.contains("“/株”") && d.message.contains("元/株")), "{found:#?}");
        // Real 05: "250万" under 成本指标.
        let found = run_text(&real05, "V012");
        assert!(found.iter().any(|d| d.message.contains("“万”")), "{found:#?}");
    }

    #[test]
    fn v012_is_silent_when_the_units_agree() {
        // Seed 000 project 4: "参保人数(人) ≥474万人", "参保率(%) ≥95%", "月数(月) ≥6月".
        assert!(run_text(SEED000_P3, "V012").is_empty());
        // Real 24: "=1万元" etc. without name units.
        if let Some(real24) = real("24") {
            assert!(run_text(&real24, "V012").is_empty());
        }
    }

    #[test]
    fn v012_is_silent_on_a_unit_spelt_another_way() {
        // The same unit as a symbol or in Latin letters, or one of two counters the name offers.
        let text = table(&[
            "产出指标\t数量指标\t建设面积(平方米)\t≥1200㎡",
            "\t\t养护里程(公里)\t≥120km",
            "\t\t道路长度（千米）\t≥12公里",
            "\t\t采购设备(台/套)\t≥5套",
        ]);
        assert_eq!(parse(&text).projects[0].indicators.len(), 4);
        assert!(run_text(&text, "V012").is_empty(), "{:#?}", run_text(&text, "V012"));
    }

    #[test]
    fn v012_still_fires_on_a_different_unit_or_a_rate() {
        // 人 vs 人次 count different things; "(元/人)" is a rate, not 元 or 人.
        let text = table(&["产出指标\t数量指标\t参训人数(人)\t≥200人次", "\t\t人均补助(元/人)\t≥500人"]);
        assert_eq!(run_text(&text, "V012").len(), 2, "{:#?}", run_text(&text, "V012"));
    }

    #[test]
    fn v013_fires_above_100_percent_on_a_rate() {
        let text = SEED004_P0.replace("资金发放率\n\t资金发放率\n\t≥95%", "资金发放率\n\t资金发放率\n\t≥105%");
        let f = parse(&text);
        let found = run_text(&text, "V013");
        assert_eq!(places(&found), [(Some(0), Some(index_of(&f, 0, "资金发放率")), Some(f.projects[0].indicators[1].line))]);
    }

    #[test]
    fn v013_is_silent_at_100_percent_and_on_growth() {
        assert!(run_text(SEED000_P0, "V013").is_empty());
        let text = SEED000_P2.replace("同比增幅\t≥0%", "同比增幅\t≥150%");
        assert!(run_text(&text, "V013").is_empty());
    }
}
