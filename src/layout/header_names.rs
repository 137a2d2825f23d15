//! The header lexicon: every column name the matrix header knows, and its role.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    Level1,
    Level2,
    Name,
    Desc,
    Value,
    Basis,
    /// 计算符号, or 指标性质 when it holds ≥/=/≤.
    Cmp,
    Unit,
    Direction,
    Score,
    Remark,
    /// 指标值类型 / 指标属性: 定量 or 定性.
    ValueKind,
    /// 评(扣)分标准: how the indicator is scored, not its target.
    Scoring,
    /// 实际完成值 of a 绩效自评表: what was achieved, beside the year's target.
    Actual,
    /// 得分 of a 绩效自评表: the score awarded. Read so that its cell is placed (a
    /// stream would take it for the next name), then dropped: it is the evaluator's
    /// verdict, derivable from 分值 and 实际完成值, and no part of the target.
    Gained,
    /// 项目名称 as a column: every row names its project (Excel 05-2 sheets).
    Project,
    /// 单位名称 as a column: the budget unit of the row's project.
    Agency,
    /// 项目年度绩效目标 as a column: the project's annual goal, on each of its rows.
    Goal,
    /// 项目编码 as a column, beside 项目名称 (一体化 exports).
    ProjectCode,
    /// 项目金额 as a column: the project's annual total, on each of its rows.
    ProjectAmount,
}

impl Role {
    /// A column saying whose row it is (project, its code, unit, goal), not the indicator's.
    pub fn is_owner(self) -> bool {
        matches!(self, Role::Project | Role::ProjectCode | Role::Agency | Role::Goal | Role::ProjectAmount)
    }
}

/// Column names → role. Longer names first matters only for readability: lookups
/// are exact on the normalised key.
pub(super) const HEADERS: &[(&str, Role)] = &[
    ("一级指标", Role::Level1),
    ("一级", Role::Level1),
    ("一级指标名称", Role::Level1),
    ("指标类型", Role::Level1),
    ("绩效指标分类", Role::Level1),
    ("指标分类", Role::Level1),
    ("二级指标", Role::Level2),
    ("二级", Role::Level2),
    ("二级指标名称", Role::Level2),
    ("三级指标", Role::Name),
    ("三级", Role::Name),
    ("三级指标名称", Role::Name),
    ("指标内容", Role::Name),
    ("指标名称", Role::Name),
    ("具体指标", Role::Name),
    ("绩效指标描述", Role::Desc),
    ("指标解释", Role::Desc),
    ("指标值说明", Role::Desc),
    // 湖南 项目支出绩效目标表: what the value measures, beside 指标值 ("反映补助学生人数").
    ("指标值内容", Role::Desc),
    ("指标描述", Role::Desc),
    ("指标说明", Role::Desc),
    ("指标定义", Role::Desc),
    ("指标值", Role::Value),
    // 海南 一体化 export: the indicator columns prefixed 绩效 ("绩效指标性质* |
    // 绩效指标值* | 绩效度量单位").
    ("绩效指标值", Role::Value),
    ("绩效指标性质", Role::Cmp),
    ("绩效度量单位", Role::Unit),
    ("目标值", Role::Value),
    ("年度指标值", Role::Value),
    ("指标目标值", Role::Value),
    ("当年预期实现值", Role::Value),
    ("指标值及单位", Role::Value),
    ("指标值(包含数字及文字描述)", Role::Value),
    ("预期目标值", Role::Value),
    ("绩效目标值", Role::Value),
    ("年度目标值", Role::Value),
    // 东莞 批复表: "计划指标值(或计划水平)" over the year's values, beside the 中期 指标值.
    ("计划指标值", Role::Value),
    ("评价标准", Role::Value),
    ("绩效指标评价标准", Role::Value),
    ("指标值确定依据", Role::Basis),
    ("绩效标准", Role::Basis),
    ("评价标准确定依据", Role::Basis),
    ("指标值设定依据", Role::Basis),
    ("指标值确定依据说明", Role::Basis),
    ("计算符号", Role::Cmp),
    ("指标性质", Role::Cmp),
    // Excel exports that split 指标值 into 符号 | 数值 | 单位 (or 运算符号 | 目标值 |
    // 计量单位): joined back into one value ("≥" "95" "%" → "≥95%").
    ("符号", Role::Cmp),
    ("运算符号", Role::Cmp),
    ("比较符号", Role::Cmp),
    ("运算符", Role::Cmp),
    ("数值", Role::Value),
    ("指标数值", Role::Value),
    ("目标数值", Role::Value),
    ("度量单位", Role::Unit),
    ("计量单位", Role::Unit),
    ("指标单位", Role::Unit),
    // Also the budget unit of a 05-2 sheet's rows when printed left of the indicator
    // columns (see `parse_header_with`).
    ("单位", Role::Unit),
    ("指标方向", Role::Direction),
    ("指标方向性", Role::Direction),
    ("分值", Role::Score),
    ("权重", Role::Score),
    ("指标权重", Role::Score),
    ("备注", Role::Remark),
    ("指标值类型", Role::ValueKind),
    ("指标属性", Role::ValueKind),
    ("评(扣)分标准", Role::Scoring),
    // The same name with its bracket closed late, as 湖南 pages print it.
    ("评(扣分标准)", Role::Scoring),
    ("评分标准", Role::Scoring),
    ("扣分标准", Role::Scoring),
    ("评(扣)分细则", Role::Scoring),
    ("评分细则", Role::Scoring),
    ("评分规则", Role::Scoring),
    // 项目支出绩效自评表: the year's target beside what was achieved and its score.
    ("预期指标值", Role::Value),
    ("实际完成值", Role::Actual),
    ("实际完成指标值", Role::Actual),
    ("实际值", Role::Actual),
    ("完成值", Role::Actual),
    ("全年实际值", Role::Actual),
    ("得分", Role::Gained),
    ("自评得分", Role::Gained),
    ("偏差原因分析及改进措施", Role::Remark),
    ("偏差原因分析及整改措施", Role::Remark),
    ("偏差原因分析", Role::Remark),
    ("未完成原因分析", Role::Remark),
    ("未完成原因及拟采取的改进措施", Role::Remark),
    ("偏差原因分析及改进措施", Role::Remark),
    ("偏差原因及改进措施", Role::Remark),
];
