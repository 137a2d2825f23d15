//! The matrix's caption: the merged label printed left of (or above) its header.

use crate::extract::normalize::label_key;
use crate::model::Period;
use crate::read::Cell;

use super::raw_indicator::RawIndicator;

/// The merged left-hand label of the matrix ("绩效指标"), printed in header rows and
/// sometimes mid-table. Decorative unless the header has no 三级 column (then it is
/// the indicator-name column, as in grade-standard tables).
pub fn is_matrix_title(text: &str) -> bool {
    if !text.contains('绩') && !text.contains('績') {
        return false;
    }
    is_matrix_title_key(&label_key(text))
}

fn is_matrix_title_key(k: &str) -> bool {
    // Asked of every cell of every matrix row: every title ends in one of these (a
    // byte comparison rules out the data cells before any other test).
    if !(k.ends_with("指标") || k.ends_with("指标表") || k.ends_with("体系") || k.starts_with("绩效指标(")) {
        return false;
    }
    // "绩效指标(权重分值90分,其中产出指标权重分值50分…)" carries the weights in brackets;
    // a short "…绩效…指标表" titles a sub-table ("绩效项目指标表").
    MATRIX_TITLES.contains(&k)
        || (k.starts_with("绩效指标(") && k.contains("权重"))
        || (k.ends_with("指标表") && k.contains("绩效") && k.chars().count() <= 10)
}

/// The matrix's merged left-hand label as templates print it; 湖北 pages caption the
/// matrix "绩效项目指标表" on a line of its own, under the goals.
pub const MATRIX_TITLES: &[&str] = &[
    "绩效指标",
    "本年度绩效指标",
    "年度绩效指标",
    "绩效指标体系",
    "绩效项目指标表",
    "绩效指标表",
    // 财政支出项目绩效目标申报表: one matrix per period, one under the other.
    "长期绩效指标",
    "中期绩效指标",
    "实施期绩效指标",
    // 广西 预算项目绩效目标公开表: "项目年度绩效目标衡量指标 | 一级指标 | 二级指标 | …".
    "项目年度绩效目标衡量指标",
    "年度绩效目标衡量指标",
];

pub fn is_matrix_title_cell(c: &Cell) -> bool {
    is_matrix_title_key(c.key())
}

/// The period a matrix caption names. 申报表 forms print the 长期 (中期) indicators and
/// the 年度 ones as two matrices one under the other, each captioned, with the same
/// columns: the caption, not a column group, tells the periods apart.
pub fn caption_period(c: &Cell) -> Option<Period> {
    match c.key() {
        "长期绩效指标" | "中期绩效指标" | "实施期绩效指标" => Some(Period::Midterm),
        "年度绩效指标" | "本年度绩效指标" => Some(Period::Annual),
        _ => None,
    }
}

/// Caption periods hold only in a table that has a 长期/中期 matrix: "年度绩效指标" alone
/// is the usual caption of a single-period table, whose indicators name no period.
pub fn settle_caption_periods(raw: &mut [RawIndicator]) {
    if !raw.iter().any(|r| r.period == Some(Period::Midterm)) {
        for r in raw.iter_mut() {
            r.period = None;
        }
    }
}
