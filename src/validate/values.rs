//! V — indicator values as printed and read: empty, placeholder, unreadable, glyphs,
//! OCR damage, unjudgeable wording, the quantification rate, Excel serials.
//! (Whether a value fits its indicator is in `value_fit.rs`.)

use crate::chars::TrimWs;
use crate::model::{Diagnostic, Severity, TargetKind};

use super::{project_finding, squeeze, Context, Rule, RuleInfo};

pub struct V001;
static V001_INFO: RuleInfo =
    RuleInfo { code: "V001", severity: Severity::Error, summary: "empty 指标值", basis: "88号 细化量化", settings: &[] };
impl Rule for V001 {
    fn info(&self) -> &'static RuleInfo {
        &V001_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows() {
            let ind = row.ind;
            let empty = ind.value.trim_ws().is_empty() && ind.values.iter().all(|v| v.trim_ws().is_empty());
            if empty && !row.maybe_truncated() {
                let message = format!("指标值为空 / the indicator has no target value: {}", ind.name);
                out.push(row.finding(&V001_INFO, message));
            } else if !empty && ind.target.kind == TargetKind::Empty {
                // "/", "—", "不适用": printed, but no target is set — the same defect.
                let message = format!(
                    "指标值为“{}”，未设定目标 / the target is marked not applicable, no target is set: {}",
                    ind.value.trim_ws(),
                    ind.name
                );
                out.push(row.finding(&V001_INFO, message));
            }
        }
    }
}

pub struct V002;
static V002_INFO: RuleInfo = RuleInfo {
    code: "V002",
    severity: Severity::Error,
    summary: "placeholder left from a template (\"**\", \"≥**%\", a unit with no number such as \"公里\", \"≧ %\")",
    basis: "practice",
    settings: &[],
};
impl Rule for V002 {
    fn info(&self) -> &'static RuleInfo {
        &V002_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.flags.placeholder) {
            let message = format!("指标值是未填写的模板占位符 / the target is an unfilled template placeholder: {}", row.ind.value);
            out.push(row.finding(&V002_INFO, message));
        }
    }
}

pub struct V003;
static V003_INFO: RuleInfo = RuleInfo {
    code: "V003",
    severity: Severity::Warning,
    summary: "value could not be parsed (kind = unparsed)",
    basis: "—",
    settings: &[],
};
impl Rule for V003 {
    fn info(&self) -> &'static RuleInfo {
        &V003_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // A placeholder is unparsed too, and V002 says more about it.
        for row in ctx.rows().filter(|r| r.ind.target.kind == TargetKind::Unparsed && !r.flags.placeholder) {
            let message = format!("无法解读指标值 / the target could not be read: {}", row.ind.value);
            out.push(row.finding(&V003_INFO, message));
        }
    }
}

pub struct V004;
static V004_INFO: RuleInfo = RuleInfo {
    code: "V004",
    severity: Severity::Info,
    summary: "comparator glyph normalised (≧→≥, ≦→≤, ＝/═→=, \">=\"→≥, \"<=\"→≤)",
    basis: "practice",
    settings: &[],
};
impl Rule for V004 {
    fn info(&self) -> &'static RuleInfo {
        &V004_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.flags.glyph_normalized) {
            let op = row.ind.target.op.map_or("", |o| match o.as_str() {
                ">=" => "≥",
                "<=" => "≤",
                other => other,
            });
            let message = format!("比较符已规范化为“{op}” / comparator normalised to “{op}”: {}", row.ind.value);
            out.push(row.finding(&V004_INFO, message));
        }
    }
}

pub struct V005;
static V005_INFO: RuleInfo = RuleInfo {
    code: "V005",
    severity: Severity::Warning,
    summary: "suspected OCR damage: \"292%\" (2 for ≥), \"二100\" (二 for =)",
    basis: "practice",
    settings: &[],
};
impl Rule for V005 {
    fn info(&self) -> &'static RuleInfo {
        &V005_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.flags.ocr_suspect) {
            let hint = if row.ind.value.contains('二') { "“二”可能是“=”" } else { "开头的“2”可能是“≥”" };
            let message = format!("疑似OCR识别错误（{hint}） / suspected OCR damage (a comparator read as a digit): {}", row.ind.value);
            out.push(row.finding(&V005_INFO, message));
        }
    }
}

pub struct V006;
static V006_INFO: RuleInfo = RuleInfo {
    code: "V006",
    severity: Severity::Warning,
    summary: "qualitative value that cannot be judged: bare 是/满意/服务群众/保障工作开展",
    basis: "88号 第十二条 分级分档",
    settings: &[],
};
/// Yes/no words: the grammar gives "是" the direction "achieve", but nothing graded
/// (达到/基本达到/未达到 …) can be judged against it.
const BARE_WORDS: [&str; 6] = ["是", "否", "有", "无", "对", "好"];
impl Rule for V006 {
    fn info(&self) -> &'static RuleInfo {
        &V006_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.ind.target.kind == TargetKind::Qualitative) {
            let value = squeeze(&row.ind.value);
            if row.ind.target.direction.is_none() || BARE_WORDS.contains(&value.as_ref()) {
                let message = format!(
                    "定性指标值无法分级评判（应写明达到程度，如“达到/基本达到/未达到”） / \
                     qualitative target that cannot be judged (state a graded level): {}",
                    row.ind.value
                );
                out.push(row.finding(&V006_INFO, message));
            }
        }
    }
}

pub struct V007;
static V007_INFO: RuleInfo = RuleInfo {
    code: "V007",
    severity: Severity::Warning,
    summary: "project quantification rate (share of number/range/date/duration targets) below threshold (setting, default 50%)",
    basis: "101号 量化易评",
    settings: &["quantified_min"],
};
impl Rule for V007 {
    fn info(&self) -> &'static RuleInfo {
        &V007_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let min = ctx.settings.quantified_threshold();
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            // A cut-off table's rate is of a fragment (S004 reports the cut).
            let Some(share) = p.quantified_share.filter(|_| p.complete) else { continue };
            if share < min {
                let n = p.indicators.len();
                let q = p.indicators.iter().filter(|i| i.target.kind.is_quantified()).count();
                let message = format!(
                    "量化率{:.0}%（{q}/{n}）低于{:.0}% / quantification rate {:.0}% ({q} of {n} targets are numbers, ranges, dates or durations) is below {:.0}%",
                    share * 100.0,
                    min * 100.0,
                    share * 100.0,
                    min * 100.0
                );
                out.push(project_finding(&V007_INFO, message, i, p));
            }
        }
    }
}

pub struct V014;
static V014_INFO: RuleInfo = RuleInfo {
    code: "V014",
    severity: Severity::Info,
    summary: "Excel serial date (\"44,561\") converted to a calendar date",
    basis: "practice",
    settings: &[],
};
impl Rule for V014 {
    fn info(&self) -> &'static RuleInfo {
        &V014_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for row in ctx.rows().filter(|r| r.flags.excel_serial) {
            let date = row.ind.target.date.as_deref().unwrap_or("?");
            let message = format!("Excel日期序号已转换为{date} / Excel serial date number read as {date}: {}", row.ind.value);
            out.push(row.finding(&V014_INFO, message));
        }
    }
}

#[cfg(test)]
#[path = "values_tests.rs"]
mod tests;
