//! T — the indicator taxonomy: labels, frameworks A/B, required categories, duplicates.
//!
//! Labels arrive canonical (`Indicator.level1/level2`, aliases mapped by
//! `extract::taxonomy::canonical_pair`); the printed `level*_raw` tell whether a
//! label was printed at all and whether it is one the taxonomy knows.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashSet};

use rustc_hash::FxHashMap;

use crate::extract::taxonomy::{canonical_level1, canonical_level2, BENEFIT, COST, OUTPUT, SATISFACTION};
use crate::model::{Diagnostic, Project, Severity};

use super::{finding, project_finding, squeeze, Context, Framework, Rule, RuleInfo};

const OUTPUT_PARTS: [&str; 3] = ["数量指标", "质量指标", "时效指标"];
/// 二级 of 效益. 88号's own template lists 社会公众或服务对象满意度指标 under 效益 and
/// many local tables (湖南, 湖北, real filings 05/08/12) still do: accepted there.
const BENEFIT_PARTS: [&str; 5] = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", SAT_PART];
const SAT_PART: &str = "服务对象满意度指标";
/// 二级 of the 101号 成本 一级; "成本指标" repeated as its own 二级 is the same
/// template habit as 满意度指标/满意度指标.
const COST_PARTS: [&str; 4] = ["经济成本指标", "社会成本指标", "生态环境成本指标", COST];

fn is_a_cost(level1: &str, level2: &str) -> bool {
    level1 == OUTPUT && level2 == COST
}

/// The first indicator of each framework's 成本 style: (A: 成本 under 产出, B: 成本 as 一级).
fn cost_evidence(p: &Project) -> (Option<usize>, Option<usize>) {
    let a = p.indicators.iter().position(|i| is_a_cost(&i.level1, &i.level2));
    let b = p.indicators.iter().position(|i| i.level1 == COST);
    (a, b)
}

/// The framework a project's table uses, judged by where its 成本指标 sits: A when under
/// 产出指标, B when a 一级. None when the table has no 成本指标 or uses both.
pub fn detect_framework(p: &Project) -> Option<Framework> {
    match cost_evidence(p) {
        (Some(_), None) => Some(Framework::A),
        (None, Some(_)) => Some(Framework::B),
        _ => None,
    }
}

/// The framework to check a project against: the caller's, else the detected one
/// (None accepts both).
fn framework_for(ctx: &Context, p: &Project) -> Option<Framework> {
    ctx.settings.forced_framework().or_else(|| detect_framework(p))
}

/// A project whose table is cut off or empty cannot be judged for what it lacks.
fn judgeable(p: &Project) -> bool {
    p.complete && !p.indicators.is_empty()
}

pub struct T001;
static T001_INFO: RuleInfo = RuleInfo {
    code: "T001",
    severity: Severity::Error,
    summary: "一级 label not in the taxonomy (after aliases)",
    basis: "88号, 101号",
    settings: &["framework"],
};
impl Rule for T001 {
    fn info(&self) -> &'static RuleInfo {
        &T001_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut seen = HashSet::new();
        let mut last = LastLabel::default();
        for row in ctx.rows() {
            let ind = row.ind;
            let known = if ind.level1_raw.is_empty() {
                ind.level1.is_empty() || [OUTPUT, BENEFIT, SATISFACTION, COST].contains(&ind.level1.as_str())
            } else {
                last.known(&ind.level1_raw, |raw| canonical_level1(raw).is_some())
            };
            let message = if !known {
                format!("一级指标“{0}”不在指标体系中 / “{0}” is not a 一级 indicator of the taxonomy", shown(&ind.level1_raw, &ind.level1))
            } else if ind.level1 == COST && ctx.settings.forced_framework() == Some(Framework::A) {
                "A框架（88号）中成本指标不是一级指标，应列于产出指标下 / in framework A (88号) 成本指标 is a 二级 under 产出指标, not a 一级".into()
            } else {
                continue;
            };
            if seen.insert((row.project, ind.level1_raw.clone(), ind.level1.clone())) {
                out.push(row.finding(&T001_INFO, message));
            }
        }
    }
}

/// The last printed label a rule judged, and the verdict: rows under one merged label
/// share it, so each label is classified once rather than once per row.
#[derive(Default)]
struct LastLabel<'a>(Option<(&'a str, bool)>);

impl<'a> LastLabel<'a> {
    fn known(&mut self, raw: &'a str, judge: impl Fn(&str) -> bool) -> bool {
        match self.0 {
            Some((last, known)) if last == raw => known,
            _ => {
                let known = judge(raw);
                self.0 = Some((raw, known));
                known
            }
        }
    }
}

fn shown<'a>(raw: &'a str, canonical: &'a str) -> &'a str {
    if raw.is_empty() {
        canonical
    } else {
        raw
    }
}

pub struct T002;
static T002_INFO: RuleInfo = RuleInfo {
    code: "T002",
    severity: Severity::Error,
    summary: "二级 label not allowed under its 一级",
    basis: "88号, 101号",
    settings: &["framework"],
};
impl Rule for T002 {
    fn info(&self) -> &'static RuleInfo {
        &T002_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut seen = HashSet::new();
        let mut last = LastLabel::default();
        for row in ctx.rows() {
            let ind = row.ind;
            let (l1, l2) = (ind.level1.as_str(), ind.level2.as_str());
            // Rows without a printed 二级, or under an unknown 一级 (T001), are not judged here.
            if l2.is_empty() || ![OUTPUT, BENEFIT, SATISFACTION, COST].contains(&l1) {
                continue;
            }
            let l2_known = ind.level2_raw.is_empty() || last.known(&ind.level2_raw, |raw| canonical_level2(raw).is_some());
            // The framework is read off the whole project: only asked where it matters.
            let framework = || framework_for(ctx, row.p);
            let message = if !l2_known {
                format!("二级指标“{}”不在指标体系中 / “{}” is not a 二级 indicator of the taxonomy", ind.level2_raw, ind.level2_raw)
            } else if is_a_cost(l1, l2) && framework() == Some(Framework::B) {
                "B框架（101号）中成本指标是一级指标，不应列于产出指标下 / in framework B (101号) 成本指标 is a 一级, not a 二级 under 产出指标".into()
            } else if l1 == COST && framework() == Some(Framework::A) {
                continue; // T001 reports the 一级 itself.
            } else if !allowed(l1, l2) {
                format!("二级指标“{l2}”不属于一级指标“{l1}” / “{l2}” does not belong under “{l1}”")
            } else {
                continue;
            };
            if seen.insert((row.project, l1.to_string(), l2.to_string())) {
                out.push(row.finding(&T002_INFO, message));
            }
        }
    }
}

fn allowed(l1: &str, l2: &str) -> bool {
    match l1 {
        OUTPUT => OUTPUT_PARTS.contains(&l2) || l2 == COST,
        BENEFIT => BENEFIT_PARTS.contains(&l2),
        SATISFACTION => l2 == SAT_PART,
        COST => COST_PARTS.contains(&l2),
        _ => true,
    }
}

pub struct T003;
static T003_INFO: RuleInfo =
    RuleInfo {
        code: "T003", severity: Severity::Warning, summary: "project lacks 产出指标 or 效益指标", basis: "88号", settings: &[]
    };
impl Rule for T003 {
    fn info(&self) -> &'static RuleInfo {
        &T003_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate().filter(|(_, p)| judgeable(p)) {
            for (level1, en) in [(OUTPUT, "output"), (BENEFIT, "benefit")] {
                if !p.indicators.iter().any(|ind| ind.level1 == level1) {
                    let message = format!("项目缺少{level1} / the project has no {level1} ({en} indicators)");
                    out.push(project_finding(&T003_INFO, message, i, p));
                }
            }
        }
    }
}

pub struct T004;
static T004_INFO: RuleInfo = RuleInfo {
    code: "T004",
    severity: Severity::Warning,
    summary: "project lacks 满意度指标 (its 10% weight must then move elsewhere)",
    basis: "10号",
    settings: &[],
};
impl Rule for T004 {
    fn info(&self) -> &'static RuleInfo {
        &T004_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate().filter(|(_, p)| judgeable(p)) {
            if !p.indicators.iter().any(|ind| ind.level1 == SATISFACTION || ind.level2 == SAT_PART) {
                let message = "项目缺少满意度指标，其10%权重须移至产出或效益 / the project has no 满意度指标; \
                               its 10% self-evaluation weight must move to 产出/效益"
                    .to_string();
                out.push(project_finding(&T004_INFO, message, i, p));
            }
        }
    }
}

pub struct T005;
static T005_INFO: RuleInfo = RuleInfo {
    code: "T005",
    severity: Severity::Info,
    summary: "framework detected: A (成本 under 产出) or B (成本 as 一级); warning if one table mixes both",
    basis: "88号 vs 101号",
    settings: &[],
};
impl Rule for T005 {
    fn info(&self) -> &'static RuleInfo {
        &T005_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        // One finding for the document when its tables agree (the usual case); one per
        // project when they differ; a warning for a table that mixes both.
        let mut detected: BTreeMap<usize, (Framework, usize)> = BTreeMap::new();
        for (i, p) in ctx.filing.projects.iter().enumerate() {
            match cost_evidence(p) {
                (Some(a), Some(b)) => {
                    let (ia, ib) = (&p.indicators[a], &p.indicators[b]);
                    let later = if a > b { a } else { b };
                    let message = format!(
                        "同一表中混用A框架（成本指标在产出指标下，第{}行）与B框架（成本指标为一级，第{}行） / \
                         this table mixes framework A (成本指标 under 产出指标, line {}) and B (成本指标 as a 一级, line {})",
                        ia.line, ib.line, ia.line, ib.line
                    );
                    let mut d = finding(&T005_INFO, message, Some(i), Some(later), Some(p.indicators[later].line), Some(labels(p, later)));
                    d.severity = Severity::Warning;
                    out.push(d);
                }
                (Some(a), None) => {
                    detected.insert(i, (Framework::A, a));
                }
                (None, Some(b)) => {
                    detected.insert(i, (Framework::B, b));
                }
                (None, None) => {}
            }
        }
        let frameworks: HashSet<Framework> = detected.values().map(|(f, _)| *f).collect();
        let Some((&first, &(framework, at))) = detected.iter().next() else { return };
        if frameworks.len() == 1 {
            let p = &ctx.filing.projects[first];
            let n = detected.len();
            let message = format!("{} ({n} project table(s))", describe(framework));
            out.push(finding(&T005_INFO, message, None, None, Some(p.indicators[at].line), Some(labels(p, at))));
        } else {
            for (&i, &(framework, at)) in &detected {
                let p = &ctx.filing.projects[i];
                out.push(finding(&T005_INFO, describe(framework), Some(i), Some(at), Some(p.indicators[at].line), Some(labels(p, at))));
            }
        }
    }
}

fn describe(framework: Framework) -> String {
    match framework {
        Framework::A => {
            "指标体系为A框架（88号：成本指标为产出指标下的二级） / framework A (88号): 成本指标 is a 二级 under 产出指标".into()
        }
        Framework::B => "指标体系为B框架（101号：成本指标为一级） / framework B (101号): 成本指标 is a 一级 indicator".into(),
    }
}

fn labels(p: &Project, i: usize) -> String {
    let ind = &p.indicators[i];
    format!("{} | {} | {}", ind.level1_raw, ind.level2_raw, ind.name)
}

pub struct T006;
static T006_INFO: RuleInfo = RuleInfo {
    code: "T006",
    severity: Severity::Error,
    summary: "duplicate 三级 name within the same project and period",
    basis: "一体化 system check \"指标名称重复\"",
    settings: &[],
};
impl Rule for T006 {
    fn info(&self) -> &'static RuleInfo {
        &T006_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        let mut first: FxHashMap<(usize, Option<crate::model::Period>, Cow<str>), usize> = FxHashMap::default();
        for row in ctx.rows() {
            let key = squeeze(&row.ind.name);
            if key.is_empty() {
                continue;
            }
            match first.entry((row.project, row.ind.period, key)) {
                Entry::Occupied(e) => {
                    let line = *e.get();
                    let message = format!(
                        "三级指标名称重复（首见于第{line}行） / duplicate indicator name in this project (first on line {line}): {}",
                        row.ind.name
                    );
                    out.push(row.finding(&T006_INFO, message));
                }
                Entry::Vacant(e) => {
                    e.insert(row.ind.line);
                }
            }
        }
    }
}

pub struct T007;
static T007_INFO: RuleInfo = RuleInfo {
    code: "T007",
    severity: Severity::Warning,
    summary: "产出指标 lacks one of 数量/质量/时效 (and 成本 in variant A)",
    basis: "88号",
    settings: &["framework"],
};
impl Rule for T007 {
    fn info(&self) -> &'static RuleInfo {
        &T007_INFO
    }
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>) {
        for (i, p) in ctx.filing.projects.iter().enumerate().filter(|(_, p)| judgeable(p)) {
            if !p.indicators.iter().any(|ind| ind.level1 == OUTPUT) {
                continue; // T003
            }
            let has = |l2: &str| p.indicators.iter().any(|ind| ind.level1 == OUTPUT && ind.level2 == l2);
            let mut missing: Vec<&str> = OUTPUT_PARTS.iter().copied().filter(|l2| !has(l2)).collect();
            // Both frameworks want a 成本指标 somewhere; A wants it under 产出.
            let (a, b) = cost_evidence(p);
            let cost_ok = match ctx.settings.forced_framework() {
                Some(Framework::A) => a.is_some(),
                Some(Framework::B) => b.is_some(),
                None => a.is_some() || b.is_some(),
            };
            if !cost_ok {
                missing.push(COST);
            }
            if !missing.is_empty() {
                let list = missing.join("、");
                let message = format!("产出指标缺少{list} / 产出指标 lacks {}", missing.join(", "));
                out.push(project_finding(&T007_INFO, message, i, p));
            }
        }
    }
}

#[cfg(test)]
#[path = "taxonomy_tests.rs"]
mod tests;
