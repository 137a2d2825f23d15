//! The records the matrix assembler produces, before their values are interpreted.

use crate::chars::TrimWs;
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawIndicator {
    pub group: usize,
    /// The period the matrix's own caption names, over the group's (matrix_title.rs).
    pub period: Option<crate::model::Period>,
    pub level1_raw: String,
    pub level2_raw: String,
    pub name: String,
    pub desc: Option<String>,
    pub values: Vec<String>,
    pub cmp: Option<String>,
    pub unit: Option<String>,
    pub basis: Option<String>,
    pub polarity: Option<String>,
    pub score: Option<String>,
    pub remark: Option<String>,
    /// 实际完成值 (绩效自评表).
    pub actual: Option<String>,
    /// 得分 (绩效自评表): read to tell a remark from the next name, not kept.
    pub gained: Option<String>,
    pub value_kind: Option<String>,
    /// 评(扣)分标准.
    pub scoring: Option<String>,
    /// The row's own project, unit and goal, where the sheet prints them in columns
    /// (several projects in one table); carried down over blank (merged) cells.
    pub owner: Option<Owner>,
    pub line: usize,
    pub cells: Vec<usize>,
}

/// Whose indicator a row is, in a sheet that lists several projects.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Owner {
    pub project: String,
    pub agency: Option<String>,
    pub goal: Option<String>,
    /// 项目编码, where a column prints it.
    pub code: Option<String>,
    /// 项目金额, where a column prints it (as printed).
    pub amount: Option<String>,
    /// The money unit the amount column's name prints ("项目金额（万元）").
    pub amount_unit: Option<&'static str>,
}

impl RawIndicator {
    /// 指标值 as records.md wants it: comparator, number and unit columns joined.
    pub fn value(&self) -> String {
        let mut v = String::new();
        if let Some(c) = &self.cmp {
            v.push_str(c.trim_ws());
        }
        let first = self.values.first().map(|x| x.trim_ws());
        if let Some(first) = first {
            v.push_str(first);
        }
        if let (Some(u), Some(first)) = (&self.unit, first) {
            // A workbook's number formatted as a percentage already prints the unit
            // ("90%" beside 度量单位 "%"): not twice. (A unit column repeating the whole
            // value, real 24's "44,561 44,561", is joined as printed.)
            let u = u.trim_ws();
            // A template's "%" left in the unit cell of a value that is no number
            // ("应保尽保", "28.8万元", which carries its own unit) is no part of it.
            let stray_percent = matches!(u, "%" | "％") && !first.ends_with(|c: char| c.is_ascii_digit());
            if !(stray_percent || first.ends_with(u) && first.len() > u.len()) {
                v.push_str(u);
            }
        } else if let (Some(u), None) = (&self.unit, first) {
            // A unit with no number ("≥" + "%") is an unfilled target, and wording in
            // the unit column of a 定性 row is its value: either way it is printed,
            // not dropped.
            v.push_str(u.trim_ws());
        }
        v
    }
}
