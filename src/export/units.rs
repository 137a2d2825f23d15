//! Which money unit a project's amounts are really in, for the `*_yuan` columns.
//!
//! Tables declare 万元 or 元, and sometimes the declaration is wrong: seed 001 declares
//! 万元 and prints 1,907,400 for a county item (19 billion yuan — it is 元). Rule F004
//! reports such projects; the tables convert with the very unit F004 judges likely.

pub use crate::extract::money::unit_factor;
use crate::model::{Filing, Project};

/// The unit the project's amounts are most likely in: rule F004's judgement
/// ([`crate::validate::likely_money_unit`]), so that the `*_yuan` columns and the
/// finding always agree. None when no unit is declared (amounts in an unknown unit
/// are not converted).
pub fn effective_unit(project: &Project) -> Option<&'static str> {
    crate::validate::likely_money_unit(project)
}

/// [`effective_unit`] for project `index` of a filing.
pub fn effective_unit_in(filing: &Filing, index: usize) -> Option<&'static str> {
    filing.projects.get(index).and_then(effective_unit)
}

/// An amount in yuan, rounded to the fen: ×10000 in binary floating point leaves
/// tails such as 671999.9999999999 that no one printed.
pub(crate) fn to_yuan(amount: Option<f64>, factor: Option<f64>) -> Option<f64> {
    Some((amount? * factor? * 100.0).round() / 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Funds, FundsByPeriod};

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
        // 1,907,400 万元 is 190亿元: implausible for one project, so 元.
        assert_eq!(effective_unit(&project("万元", 1_907_400.0)), Some("元"));
        assert_eq!(effective_unit(&project("元", 37_000_000.0)), Some("元"));
        assert_eq!(effective_unit(&Project::default()), None);
        let filing = Filing { projects: vec![project("万元", 1_907_400.0)], ..Default::default() };
        assert_eq!(effective_unit_in(&filing, 0), Some("元"));
    }

    #[test]
    fn yuan_is_rounded_to_the_fen() {
        assert_eq!(to_yuan(Some(67.2), Some(1e4)), Some(672_000.0));
        assert_eq!(to_yuan(Some(0.123456), Some(1e4)), Some(1234.56));
        assert_eq!(to_yuan(None, Some(1e4)), None);
        assert_eq!(to_yuan(Some(1.0), None), None);
    }
}
