//! What the caller can change about the checks: which rules run (ruff-style
//! `select` / `ignore` code prefixes) and the thresholds rules.md marks (setting).

use std::fmt;
use std::str::FromStr;

use crate::chars::TrimWs;

/// The two indicator frameworks in force (rules.md §T).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Framework {
    /// 88号 / 10号: 成本指标 is a 二级 under 产出指标.
    A,
    /// 101号 (2021+): 成本指标 is a 一级 (经济/社会/生态环境成本指标).
    B,
}

impl Framework {
    pub fn as_str(self) -> &'static str {
        match self {
            Framework::A => "A",
            Framework::B => "B",
        }
    }
}

/// A setting the caller got wrong; the Python layer raises it as a ValueError.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum SettingsError {
    #[error("unknown rule code or prefix {0:?}; the codes are {codes} (a prefix such as \"V\" or \"F00\" selects a family, \"ALL\" every rule)", codes = code_ranges())]
    UnknownCode(String),
    #[error("{name} must be between {min} and {max}, not {value}")]
    OutOfRange { name: &'static str, value: f64, min: f64, max: f64 },
    #[error("unknown framework {0:?}; expected \"auto\", \"A\" or \"B\"")]
    UnknownFramework(String),
}

/// "S001–S006, T001–T007, …", from the registry, for error messages.
fn code_ranges() -> String {
    let mut ranges: Vec<(char, &str, &str)> = Vec::new();
    for rule in super::REGISTRY {
        let code = rule.info().code;
        let family = code.chars().next().unwrap_or('?');
        match ranges.last_mut() {
            Some((f, _, last)) if *f == family => *last = code,
            _ => ranges.push((family, code, code)),
        }
    }
    ranges.iter().map(|(_, a, b)| format!("{a}–{b}")).collect::<Vec<_>>().join(", ")
}

/// Parses "auto" (→ None: detect per project), "A" or "B", case-insensitively.
pub fn parse_framework(text: &str) -> Result<Option<Framework>, SettingsError> {
    match text.trim_ws().to_ascii_uppercase().as_str() {
        "AUTO" | "" => Ok(None),
        "A" => Ok(Some(Framework::A)),
        "B" => Ok(Some(Framework::B)),
        _ => Err(SettingsError::UnknownFramework(text.to_string())),
    }
}

impl FromStr for Framework {
    type Err = SettingsError;
    fn from_str(s: &str) -> Result<Self, SettingsError> {
        parse_framework(s)?.ok_or_else(|| SettingsError::UnknownFramework(s.to_string()))
    }
}

/// Rule selection and thresholds. Build with the methods, which check their input:
///
/// ```
/// use jixiao::validate::RuleSettings;
/// let s = RuleSettings::default().select(["V", "F004"]).unwrap().ignore(["V004"]).unwrap();
/// assert!(s.enabled("V001") && s.enabled("F004") && !s.enabled("V004") && !s.enabled("S001"));
/// ```
///
/// Selection works like ruff's: a code runs when the most specific (longest) matching
/// `select` prefix is longer than the most specific matching `ignore` prefix; no
/// `select` means "ALL"; on a tie `ignore` wins. So `select=["V001"], ignore=["V"]`
/// runs V001 alone, and `select=["V"], ignore=["V00"]` runs V010–V014.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSettings {
    select: Vec<String>,
    ignore: Vec<String>,
    satisfaction_min: f64,
    quantified_min: f64,
    framework: Option<Framework>,
}

impl Default for RuleSettings {
    fn default() -> Self {
        RuleSettings::DEFAULT
    }
}

impl RuleSettings {
    /// Every rule, thresholds as in rules.md, framework detected per project.
    pub const DEFAULT: RuleSettings =
        RuleSettings { select: Vec::new(), ignore: Vec::new(), satisfaction_min: 80.0, quantified_min: 0.5, framework: None };

    /// Run only rules matching these codes or prefixes ("V", "F00", "T005", "ALL").
    pub fn select<I, S>(mut self, codes: I) -> Result<Self, SettingsError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.select = checked_prefixes(codes)?;
        Ok(self)
    }

    /// Do not run rules matching these codes or prefixes.
    pub fn ignore<I, S>(mut self, codes: I) -> Result<Self, SettingsError>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        self.ignore = checked_prefixes(codes)?;
        Ok(self)
    }

    /// V008: lowest acceptable 满意度 target, in percent (default 80).
    pub fn satisfaction_min(mut self, percent: f64) -> Result<Self, SettingsError> {
        self.satisfaction_min = in_range("satisfaction_min", percent, 0.0, 100.0)?;
        Ok(self)
    }

    /// V007: lowest acceptable share of quantified targets per project, 0–1 (default 0.5).
    pub fn quantified_min(mut self, share: f64) -> Result<Self, SettingsError> {
        self.quantified_min = in_range("quantified_min", share, 0.0, 1.0)?;
        Ok(self)
    }

    /// T001/T002/T007: check every project against one framework; None detects it per
    /// project (a project using both is accepted, and T005 warns).
    pub fn framework(mut self, framework: Option<Framework>) -> Self {
        self.framework = framework;
        self
    }

    pub fn selected(&self) -> &[String] {
        &self.select
    }
    pub fn ignored(&self) -> &[String] {
        &self.ignore
    }
    pub fn satisfaction_threshold(&self) -> f64 {
        self.satisfaction_min
    }
    pub fn quantified_threshold(&self) -> f64 {
        self.quantified_min
    }
    pub fn forced_framework(&self) -> Option<Framework> {
        self.framework
    }

    /// Does the rule with this code run?
    pub fn enabled(&self, code: &str) -> bool {
        let best = |list: &[String]| list.iter().filter(|p| matches(p, code)).map(|p| specificity(p)).max();
        let selected = if self.select.is_empty() { Some(0) } else { best(&self.select) };
        match (selected, best(&self.ignore)) {
            (None, _) => false,
            (Some(_), None) => true,
            (Some(s), Some(i)) => s > i,
        }
    }
}

fn specificity(prefix: &str) -> usize {
    if prefix == "ALL" {
        0
    } else {
        prefix.len()
    }
}

fn matches(prefix: &str, code: &str) -> bool {
    prefix == "ALL" || code.starts_with(prefix)
}

/// Upper-cased, trimmed, and each one a prefix of some registered code.
fn checked_prefixes<I, S>(codes: I) -> Result<Vec<String>, SettingsError>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut out = Vec::new();
    for code in codes {
        let raw = code.as_ref();
        let norm = raw.trim_ws().to_ascii_uppercase();
        let known = norm == "ALL" || (!norm.is_empty() && super::REGISTRY.iter().any(|r| r.info().code.starts_with(&norm)));
        if !known {
            return Err(SettingsError::UnknownCode(raw.to_string()));
        }
        if !out.contains(&norm) {
            out.push(norm);
        }
    }
    Ok(out)
}

fn in_range(name: &'static str, value: f64, min: f64, max: f64) -> Result<f64, SettingsError> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(value)
    } else {
        Err(SettingsError::OutOfRange { name, value, min, max })
    }
}

impl fmt::Display for RuleSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "select={:?} ignore={:?} satisfaction_min={} quantified_min={} framework={}",
            self.select,
            self.ignore,
            self.satisfaction_min,
            self.quantified_min,
            self.framework.map_or("auto", Framework::as_str)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_the_documented_ones() {
        // jixiao.Rules (src/python/rules.rs) and the CLI repeat these in their signatures.
        let d = RuleSettings::DEFAULT;
        assert_eq!((d.satisfaction_threshold(), d.quantified_threshold(), d.forced_framework()), (80.0, 0.5, None));
    }

    #[test]
    fn default_runs_everything() {
        let s = RuleSettings::default();
        assert!(super::super::REGISTRY.iter().all(|r| s.enabled(r.info().code)));
    }

    #[test]
    fn prefixes_select_and_ignore_like_ruff() {
        let s = RuleSettings::default().select(["v", " F00 "]).unwrap();
        assert!(s.enabled("V013") && s.enabled("F004") && !s.enabled("T001"));
        assert_eq!(s.selected(), ["V", "F00"]);
        let s = RuleSettings::default().select(["V001"]).unwrap().ignore(["V"]).unwrap();
        assert!(s.enabled("V001") && !s.enabled("V002"));
        let s = RuleSettings::default().select(["V"]).unwrap().ignore(["V00"]).unwrap();
        assert!(!s.enabled("V009") && s.enabled("V010"));
        let s = RuleSettings::default().ignore(["ALL"]).unwrap().select(["C"]).unwrap();
        assert!(s.enabled("C001") && !s.enabled("S001"));
        // A tie goes to ignore.
        let s = RuleSettings::default().select(["T005"]).unwrap().ignore(["T005"]).unwrap();
        assert!(!s.enabled("T005"));
    }

    #[test]
    fn unknown_codes_and_bad_thresholds_are_refused() {
        assert_eq!(RuleSettings::default().select(["X1"]), Err(SettingsError::UnknownCode("X1".into())));
        assert!(RuleSettings::default().ignore(["V999"]).is_err());
        assert!(RuleSettings::default().ignore([""]).is_err());
        assert!(RuleSettings::default().satisfaction_min(120.0).is_err());
        assert!(RuleSettings::default().quantified_min(f64::NAN).is_err());
        assert_eq!(RuleSettings::default().quantified_min(0.7).unwrap().quantified_threshold(), 0.7);
        assert_eq!(parse_framework("Auto"), Ok(None));
        assert_eq!(parse_framework("b"), Ok(Some(Framework::B)));
        assert!(parse_framework("C").is_err());
    }
}
