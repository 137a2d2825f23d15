//! validate: records → diagnostics. Each rule is a small unit with its code, default
//! severity, one-sentence summary and basis; all rules are listed in [`REGISTRY`].
//! A rule sees records (and the reading facts in [`Context`]), never files.

mod structure;

use crate::model::{Diagnostic, Filing, Severity};

/// A non-empty cell the layout engine could not place.
#[derive(Debug, Clone)]
pub struct Leftover {
    pub text: String,
    pub line: usize,
    pub project: Option<usize>,
}

/// Everything a rule may look at.
pub struct Context<'a> {
    pub filing: &'a Filing,
    pub leftovers: &'a [Leftover],
    /// What the reader could say about a document it could not read as text (a
    /// scanned PDF with no text layer needs OCR).
    pub reader_note: Option<&'a str>,
}

pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub basis: &'static str,
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

pub static REGISTRY: &[&dyn Rule] = &[
    &structure::S001,
    &structure::S002,
    &structure::S003,
    &structure::S004,
    &structure::S005,
    &structure::S006,
];

/// Run every rule; findings in registry order.
pub fn run(ctx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for rule in REGISTRY {
        rule.check(ctx, &mut out);
    }
    out
}
