//! Which money unit a project's amounts are really in, for the `*_yuan` columns.
//!
//! Tables declare 万元 or 元, and sometimes the declaration is wrong: seed 001 declares
//! 万元 and prints 1,907,400 for a county item (19 billion yuan — it is 元). Rule F004
//! reports such projects; the tables convert with the unit F004 names, or with the
//! same heuristic the rule is to use ([`effective_unit`]) while the rule has no say.

use crate::model::{Filing, Funds, Project};

/// Smallest amount that, declared in 万元, is implausible (10亿元) when every amount
/// is also a whole number — the signature of 元 amounts under a 万元 header.
const IMPLAUSIBLE_WAN: f64 = 100_000.0;

/// The unit the project's amounts are most likely in: the declared `money_unit`,
/// except "元" when the table declares "万元" but some mid-term or annual amount is
/// ≥ 100000 and every non-zero amount is a whole number. None when no unit is
/// declared (amounts in an unknown unit are not converted).
///
/// Pure and cheap, so the F004 rule can call it and agree with the tables.
pub fn effective_unit(project: &Project) -> Option<&str> {
    let declared = project.money_unit.as_deref()?.trim();
    if declared == "万元" {
        let amounts: Vec<f64> = [&project.funds.midterm, &project.funds.annual]
            .into_iter()
            .flatten()
            .flat_map(|f: &Funds| [f.total, f.fiscal, f.other, f.carryover])
            .flatten()
            .collect();
        let large = amounts.iter().any(|a| a.abs() >= IMPLAUSIBLE_WAN);
        let whole = amounts.iter().all(|a| *a == 0.0 || a.fract() == 0.0);
        if large && whole {
            return Some("元");
        }
    }
    Some(declared)
}

/// [`effective_unit`] for project `index` of a filing, with an F004 finding's word
/// taking precedence: a finding for the project whose message or snippet says
/// "likely unit X", "可能为X" or "应为X" (X = 元, 千元, 万元, 亿元) decides.
pub fn effective_unit_in(filing: &Filing, index: usize) -> Option<&str> {
    let project = filing.projects.get(index)?;
    let named = filing
        .diagnostics
        .iter()
        .filter(|d| d.code == "F004" && d.project == Some(index))
        .flat_map(|d| [Some(d.message.as_str()), d.snippet.as_deref()])
        .flatten()
        .find_map(unit_named_in);
    named.or_else(|| effective_unit(project))
}

fn unit_named_in(text: &str) -> Option<&'static str> {
    for marker in ["likely unit", "可能为", "应为"] {
        if let Some(pos) = text.find(marker) {
            let rest = text[pos + marker.len()..].trim_start_matches([' ', ':', '：', '"', '“', '「']);
            // Longest first: "万元" must not be read as "元"'s neighbour.
            for unit in ["万元", "千元", "亿元", "元"] {
                if rest.starts_with(unit) {
                    return Some(unit);
                }
            }
        }
    }
    None
}

/// Yuan per unit; None for a unit we do not know.
pub fn unit_factor(unit: &str) -> Option<f64> {
    match unit.trim() {
        "元" => Some(1.0),
        "千元" => Some(1e3),
        "万元" => Some(1e4),
        "亿元" => Some(1e8),
        _ => None,
    }
}

/// An amount in yuan, rounded to the fen: ×10000 in binary floating point leaves
/// tails such as 671999.9999999999 that no one printed.
pub(crate) fn to_yuan(amount: Option<f64>, factor: Option<f64>) -> Option<f64> {
    Some((amount? * factor? * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Diagnostic, FundsByPeriod, Severity};

    fn project(unit: &str, total: f64) -> Project {
        Project {
            money_unit: Some(unit.into()),
            funds: FundsByPeriod {
                midterm: None,
                annual: Some(Funds { total: Some(total), fiscal: Some(total), other: Some(0.0), carryover: None }),
            },
            ..Default::default()
        }
    }

    #[test]
    fn declared_unit_unless_implausible() {
        assert_eq!(effective_unit(&project("万元", 72.0)), Some("万元"));
        assert_eq!(effective_unit(&project("万元", 1_907_400.0)), Some("元"));
        // Fractions of 万元 are what a real 万元 table prints.
        assert_eq!(effective_unit(&project("万元", 120_000.5)), Some("万元"));
        assert_eq!(effective_unit(&project("元", 37_000_000.0)), Some("元"));
        assert_eq!(effective_unit(&Project::default()), None);
    }

    #[test]
    fn a_finding_names_the_unit() {
        let mut filing = Filing { projects: vec![project("元", 6.0)], ..Default::default() };
        assert_eq!(effective_unit_in(&filing, 0), Some("元"));
        filing.diagnostics.push(Diagnostic {
            code: "F004".into(),
            severity: Severity::Warning,
            message: "declared 元 but amounts look like 万元 (likely unit: 万元)".into(),
            project: Some(0),
            indicator: None,
            line: None,
            snippet: None,
        });
        assert_eq!(effective_unit_in(&filing, 0), Some("万元"));
    }

    #[test]
    fn yuan_is_rounded_to_the_fen() {
        assert_eq!(to_yuan(Some(67.2), Some(1e4)), Some(672_000.0));
        assert_eq!(to_yuan(Some(0.123456), Some(1e4)), Some(1234.56));
        assert_eq!(to_yuan(None, Some(1e4)), None);
        assert_eq!(to_yuan(Some(1.0), None), None);
    }
}
