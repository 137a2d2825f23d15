//! validate: records → diagnostics. Each rule is a small unit with its code, default
//! severity, one-sentence summary and basis; all rules are listed in [`REGISTRY`].
//! A rule sees records (and the reading facts in [`Context`]), never files.
//!
//! Families, one file each: [`structure`] (S), [`taxonomy`] (T), [`values`],
//! [`value_fit`] and [`value_units`] (V), [`funds`] (F), [`consistency`] (C). Adding a rule = one unit in
//! its family's file, one line in [`REGISTRY`], and its tests; `docs/rules.md` is
//! generated from the registry ([`docs::rules_markdown`]).

mod consistency;
pub mod docs;
mod funds;
mod settings;
mod structure;
mod taxonomy;
mod value_fit;
mod value_units;
mod values;

#[cfg(test)]
mod fixtures;

use crate::chars::TrimWs;
use crate::extract::target::TargetFlags;
use crate::model::{Diagnostic, Filing, Indicator, Project, Severity};

pub use funds::likely_money_unit;
pub use settings::{parse_framework, Framework, RuleSettings, SettingsError};
pub use taxonomy::detect_framework;

/// A non-empty cell the layout engine could not place — or, where a whole document's
/// part (第三部分 情况说明 …) is prose with no target table in it, that part's cells
/// from its heading on, quoted whole (one cell a line).
#[derive(Debug, Clone)]
pub struct Leftover {
    pub text: String,
    pub line: usize,
    pub project: Option<usize>,
    /// The cells `text` quotes: 1, or a part's many.
    pub cells: usize,
}

/// Everything a rule may look at.
pub struct Context<'a> {
    pub filing: &'a Filing,
    pub leftovers: &'a [Leftover],
    /// What the reader could say about a document it could not read as text (a
    /// scanned PDF with no text layer needs OCR).
    pub reader_note: Option<&'a str>,
    /// What the reader saw but could not read into cells (a formula with no saved
    /// result …): S008 reports each.
    pub unread: &'a [crate::read::Unread],
    /// What the target grammar noticed while reading each 指标值 (a normalised glyph, a
    /// template placeholder …): `flags[project][indicator]`. The records keep only the
    /// parsed target, so the pipeline hands these over here.
    pub flags: &'a [Vec<TargetFlags>],
    /// Indicators whose place in the table the text leaves open (a merged 二级 printed
    /// mid-span in page-order text): the layout quotes them, S007 reports them.
    pub ambiguous: &'a [Leftover],
    /// Fund keys the layout read with one mistyped character repaired: S009 reports each.
    pub repairs: &'a [crate::layout::KeyRepair],
    pub settings: &'a RuleSettings,
}

static DEFAULT_SETTINGS: RuleSettings = RuleSettings::DEFAULT;

impl<'a> Context<'a> {
    /// A context for a filing alone (built by hand, or edited): no leftovers, no
    /// grammar flags, default settings.
    pub fn new(filing: &'a Filing) -> Context<'a> {
        Context {
            filing,
            leftovers: &[],
            reader_note: None,
            unread: &[],
            flags: &[],
            ambiguous: &[],
            repairs: &[],
            settings: &DEFAULT_SETTINGS,
        }
    }

    /// The project whose lines hold grid line `line` (findings of what the reader or
    /// the layout noted by line: S008–S010).
    pub fn project_at(&self, line: usize) -> Option<usize> {
        self.filing.projects.iter().position(|p| p.lines[0] <= line && line <= p.lines[1])
    }

    /// The grammar flags of one indicator (all false when not known).
    pub fn flags(&self, project: usize, indicator: usize) -> TargetFlags {
        self.flags.get(project).and_then(|f| f.get(indicator)).copied().unwrap_or_default()
    }

    /// Every indicator of every project, with its position and flags.
    pub fn rows(&self) -> impl Iterator<Item = Row<'a>> + '_ {
        (0..self.filing.projects.len()).flat_map(move |pi| self.project_rows(pi))
    }

    /// The indicators of one project.
    pub fn project_rows(&self, pi: usize) -> impl Iterator<Item = Row<'a>> + '_ {
        let p: &'a Project = &self.filing.projects[pi];
        p.indicators.iter().enumerate().map(move |(ii, ind)| Row { project: pi, index: ii, p, ind, flags: self.flags(pi, ii) })
    }
}

/// One indicator in its place.
#[derive(Clone, Copy)]
pub struct Row<'a> {
    pub project: usize,
    pub index: usize,
    pub p: &'a Project,
    pub ind: &'a Indicator,
    pub flags: TargetFlags,
}

impl Row<'_> {
    /// A finding about this indicator, quoting its row.
    pub fn finding(&self, info: &RuleInfo, message: String) -> Diagnostic {
        finding(info, message, Some(self.project), Some(self.index), Some(self.ind.line), Some(quote(self.ind)))
    }

    /// In a project that is cut off, an indicator with no value after it may have lost
    /// its value to the cut (real filing 14 stops where the 指标值 column starts), which
    /// S004 reports already.
    pub fn maybe_truncated(&self) -> bool {
        !self.p.complete && self.p.indicators[self.index..].iter().all(|i| i.value.trim_ws().is_empty())
    }
}

/// The row as a reader sees it: "三级指标 | 指标值".
pub fn quote(ind: &Indicator) -> String {
    if ind.value.trim_ws().is_empty() {
        ind.name.clone()
    } else {
        format!("{} | {}", ind.name, ind.value)
    }
}

pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub basis: &'static str,
    /// The [`RuleSettings`] this rule reads, by their Python names.
    pub settings: &'static [&'static str],
}

pub trait Rule: Sync {
    fn info(&self) -> &'static RuleInfo;
    fn check(&self, ctx: &Context, out: &mut Vec<Diagnostic>);
}

/// Build a diagnostic for a rule.
pub fn finding(
    info: &RuleInfo,
    message: String,
    project: Option<usize>,
    indicator: Option<usize>,
    line: Option<usize>,
    snippet: Option<String>,
) -> Diagnostic {
    Diagnostic { code: info.code.to_string(), severity: info.severity, message, project, indicator, line, snippet }
}

/// A finding about a whole project, quoting its name.
pub fn project_finding(info: &RuleInfo, message: String, index: usize, p: &Project) -> Diagnostic {
    finding(info, message, Some(index), None, Some(p.lines[0]), p.name.clone().or_else(|| p.heading.clone()))
}

/// Every rule, in the order of rules.md (and of the findings).
pub static REGISTRY: &[&dyn Rule] = &[
    &structure::S001,
    &structure::S002,
    &structure::S003,
    &structure::S004,
    &structure::S005,
    &structure::S006,
    &structure::S007,
    &structure::S008,
    &structure::S009,
    &structure::S010,
    &taxonomy::T001,
    &taxonomy::T002,
    &taxonomy::T003,
    &taxonomy::T004,
    &taxonomy::T005,
    &taxonomy::T006,
    &taxonomy::T007,
    &values::V001,
    &values::V002,
    &values::V003,
    &values::V004,
    &values::V005,
    &values::V006,
    &values::V007,
    &value_fit::V008,
    &value_fit::V009,
    &value_fit::V010,
    &value_fit::V011,
    &value_units::V012,
    &value_units::V013,
    &values::V014,
    &funds::F001,
    &funds::F002,
    &funds::F003,
    &funds::F004,
    &funds::F005,
    &funds::F006,
    &funds::F007,
    &funds::F008,
    &funds::F009,
    &consistency::C001,
    &consistency::C002,
    &consistency::C003,
    &consistency::C004,
];

/// The catalogue: every rule's code, severity, summary, basis and settings.
pub fn catalogue() -> impl Iterator<Item = &'static RuleInfo> {
    REGISTRY.iter().map(|r| r.info())
}

/// Run the rules the settings enable; findings in registry order.
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in REGISTRY {
        if ctx.settings.enabled(rule.info().code) {
            rule.check(ctx, &mut out);
        }
    }
    out
}

/// Names and values are compared with all white space removed.
pub(crate) use crate::extract::normalize::squeeze;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_codes_are_unique_sorted_and_documented() {
        let codes: Vec<&str> = catalogue().map(|r| r.code).collect();
        let family = |c: &str| "STVFC".find(&c[..1]).unwrap();
        let mut sorted = codes.clone();
        sorted.sort_by_key(|c| (family(c), c.to_string()));
        assert_eq!(codes, sorted);
        sorted.dedup();
        assert_eq!(sorted.len(), codes.len());
        assert!(catalogue().all(|r| !r.summary.is_empty() && !r.basis.is_empty()));
    }
}
