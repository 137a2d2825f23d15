//! Field names that are keys only when they fill their cell. "项目支出 | 60.8" and
//! "基本支出 | 110.61" split a 部门整体 table's 年度预算安排 (88号 附件2), but as prefix
//! keys they would take "项目支出绩效目标表" (a title) and "基本支出保障…" (prose): the
//! whole cell must be the label, with at most a bracketed unit or a colon after it.
//!
//! Only the field reader sees these keys (through `keys::key_of_cell`); the passes
//! that ask which key a cell starts with (region starts, footers: `keys::key_kind`)
//! do not, so an indicator named 基本支出 under 成本指标 ends no matrix.

use super::keys::Key;

/// Normalised label → key. Their amounts are kept in `extra` under the label (the
/// contract has no field for the split of a department's budget).
/// 预期目标 | 实际完成情况 head a 绩效自评表's goal columns (under 年度总体目标): the
/// planned goal is the annual goal, what was achieved is kept in `extra`. As prefix
/// keys they would take an indicator column's name (预期目标值).
const EXACT: &[(&str, Key)] = &[
    ("项目支出", Key::Extra),
    ("基本支出", Key::Extra),
    ("预期目标", Key::AnnualGoal),
    ("项目年度目标", Key::AnnualGoal),
    ("实际完成情况", Key::Extra),
    // The total's row label under a 自评表's fund columns (总额 | 年初预算 | 调整后预算数 …).
    ("总额", Key::AnnualTotal),
    // 广西 预算项目绩效目标公开表: "项目资金(万元) | 合计 | 250", then the sources, the
    // 一般公共预算 one split by level ("市本级 | 250"; kept as printed). As prefix keys
    // they would take a cost table's 合计数 or prose.
    ("合计", Key::AnnualTotal),
    // 广西 公开表: what the money is spent on, a narrative field of its own. Whole cells
    // only: a 申报表's schedule table opens with the same words as its first column's
    // name ("项目实施进度计划 | 项目实施内容 | 开始时间 | 完成时间").
    ("项目实施内容", Key::Extra),
    ("市本级", Key::Extra),
    ("县本级", Key::Extra),
    ("区本级", Key::Extra),
];

/// The labels of the heads over what a 自评表 says was achieved, beside its goal head.
pub const OUTCOME_HEADS: &[&str] = &["实际完成情况", "年度目标完成情况"];

/// The exact key `norm` (a cell's lexicon key) is, if any.
pub fn exact_key(norm: &str) -> Option<(Key, &'static str)> {
    // Asked of every cell no prefix key matched: the label first, a byte compare.
    let &(label, key) = EXACT.iter().find(|(label, _)| norm.starts_with(label))?;
    let rest = norm[label.len()..].trim_end_matches(':');
    let unit = rest.starts_with('(') && rest.ends_with(')') && rest.contains('元');
    // A copy that glues each fund row's label to its amount ("市本级1800", "合计60"):
    // the label then the amount alone is the same field. A goal's text is no amount.
    let amount = !key.is_goal() && crate::extract::money::parse_amount(rest).is_some_and(|_| rest.ends_with(|c: char| c.is_ascii_digit()));
    (rest.is_empty() || unit || amount).then_some((key, label))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_whole_cell_is_an_exact_key() {
        for cell in ["项目支出", "项目支出:", "基本支出(万元)"] {
            assert!(exact_key(cell).is_some(), "{cell}");
        }
        for cell in ["项目支出绩效目标表", "基本支出保障人员工资", "项目支出(一)"] {
            assert!(exact_key(cell).is_none(), "{cell}");
        }
    }
}
