//! The printed field names of the project block and what each means: one table,
//! read by `keys` (prefix match, glued-text search, footers).

use super::keys::Key;

/// Normalised key text → key. Matched as a prefix of the normalised cell, longest first,
/// so "主管部门审核意见" is not read as 主管部门, and a glued "项目名称XX" still splits.
pub(super) const KEYS: &[(&str, Key)] = &[
    ("项目名称", Key::Name),
    ("项目支出名称", Key::Name),
    ("专项(项目)名称", Key::Name),
    ("项目(专项)名称", Key::Name),
    ("专项名称", Key::Name),
    // 163号 regional tables (重庆 区县, 广东 专项资金): the fund is the project.
    ("资金名称", Key::Name),
    ("项目编码", Key::Code),
    ("项目编号", Key::Code),
    ("项目代码", Key::Code),
    ("主管部门及代码", Key::Department),
    ("主管部门及编码", Key::Department),
    ("主管部门", Key::Department),
    // 财政支出项目绩效目标申报表 (湖南, 陕西 …) prints the department's name and its
    // budget code as two fields: "主管部门 | 某镇 | 主管部门编码 | …".
    ("主管部门名称", Key::Department),
    ("主管部门编码", Key::DepartmentCode),
    // 163号 regional tables (福建 …): "主管部门(单位)名称及部门预算编码", one field.
    ("主管部门名称及部门预算编码", Key::Department),
    ("主管部门代码", Key::DepartmentCode),
    // 重庆 审批表: the line department beside the 预算单位 that submits the table.
    ("业务主管部门", Key::Department),
    // 广东 专项资金 绩效目标表: "资金名称 | 省级业务主管部门 | 资金类型 | 实施周期" over
    // their values; the fund's place in the province's plan is kept as printed.
    ("省级业务主管部门", Key::Department),
    ("资金类型", Key::Extra),
    ("战略领域", Key::Extra),
    ("财政事权", Key::Extra),
    ("政策任务", Key::Extra),
    ("用途范围", Key::Extra),
    ("实施周期", Key::Period),
    ("项目主管部门", Key::Department),
    // 天津 抗疫特别国债 / 打捆项目 tables: "主管预算部门 | 某区教育局 | 项目预算金额(万元)".
    ("主管预算部门", Key::Department),
    ("预算部门", Key::Department),
    ("区级主管部门", Key::Department),
    ("县级主管部门", Key::Department),
    ("市级主管部门", Key::Department),
    ("省级主管部门", Key::Department),
    ("中央主管部门", Key::Department),
    // 重庆 regional tables name the county level 区县; the lowest level printed is
    // the department, as 区级主管部门 is (real 17).
    ("区县主管部门", Key::Department),
    ("县区主管部门", Key::Department),
    // A 163号 自评表's level below 中央主管部门.
    ("地方主管部门", Key::Department),
    // 163号 regional tables name the finance bureau of each level beside its
    // 主管部门 (real 17): kept as printed.
    ("中央财政部门", Key::Extra),
    ("省级财政部门", Key::Extra),
    ("市级财政部门", Key::Extra),
    ("县级财政部门", Key::Extra),
    ("区级财政部门", Key::Extra),
    ("区县财政部门", Key::Extra),
    ("县区财政部门", Key::Extra),
    // 163号's split of the year's amount; both are public money, so neither is read
    // as 财政拨款 / 其他资金.
    ("其中:中央补助", Key::Extra),
    ("中央补助", Key::Extra),
    ("地方资金", Key::Extra),
    // 广西 公开表's fund sources: 一般公共预算 is the 财政拨款 of nearly every project;
    // the 基金 and 国有资本 budgets, seldom filled, are kept as printed, and the
    // upper levels' share of the 一般公共预算 too.
    ("一般公共预算拨款", Key::Fiscal),
    ("政府性基金预算拨款", Key::Extra),
    ("国有资本经营预算拨款", Key::Extra),
    ("中央及自治区补助", Key::Extra),
    ("中央及省级补助", Key::Extra),
    ("部门(单位)名称", Key::Department),
    ("部门名称", Key::Department),
    // "部门：[203001]某区文化和旅游局" over a 05-2 sheet. Only with its colon: bare
    // 部门 begins titles and prose ("部门项目支出…", "部门职能…").
    ("部门:", Key::Department),
    ("预算单位", Key::Department),
    ("部门编码", Key::DepartmentCode),
    ("部门预算编码", Key::DepartmentCode),
    ("预算编码", Key::DepartmentCode),
    ("实施单位", Key::ImplementingUnit),
    ("项目实施单位", Key::ImplementingUnit),
    ("项目执行单位", Key::ImplementingUnit),
    ("执行单位", Key::ImplementingUnit),
    ("项目单位", Key::ImplementingUnit),
    ("项目属性", Key::Attribute),
    ("项目期", Key::Period),
    ("项目期限", Key::Period),
    // The 申报表's span of the project ("项目起止时间 | 2021年1月至2021年12月") and the
    // 审批表's 建设周期: kept as printed, like 项目期.
    ("项目起止时间", Key::Period),
    ("起止时间", Key::Period),
    ("建设周期", Key::Period),
    ("中期资金总额", Key::MidTotal),
    // 山西 申报表: "项目预算资金(万元) | 中期预算资金总额 | … | 年度预算资金总额 | 25".
    ("中期预算资金总额", Key::MidTotal),
    // 东莞 批复表: "中期市财政预算(万元) | 284 | 本年度申请市财政预算资金(万元) | 91".
    ("中期市财政预算", Key::MidTotal),
    ("本年度申请市财政预算资金", Key::AnnualTotal),
    ("年度预算资金总额", Key::AnnualTotal),
    ("项目预算资金", Key::Section),
    ("年度资金总额", Key::AnnualTotal),
    ("资金总额", Key::AnnualTotal),
    // 163号 regional tables: "年度金额(万元): | 397", over 中央补助 / 地方资金.
    ("年度金额", Key::AnnualTotal),
    ("预算数", Key::AnnualTotal),
    ("年度预算数", Key::AnnualTotal),
    ("资金额度", Key::AnnualTotal),
    // The whole amount under other names (项目总金额(元), 项目总投资（万元）): the
    // unit in brackets is read as the declared unit, as for 资金总额.
    ("项目总金额", Key::AnnualTotal),
    ("总金额", Key::AnnualTotal),
    ("项目资金总额", Key::AnnualTotal),
    ("项目总投资", Key::AnnualTotal),
    ("总投资", Key::AnnualTotal),
    ("项目总预算", Key::AnnualTotal),
    ("项目预算金额", Key::AnnualTotal),
    ("项目预算总额", Key::AnnualTotal),
    ("预算总额", Key::AnnualTotal),
    ("项目金额", Key::AnnualTotal),
    // 审批表 / 申报明细表: the year's share of a multi-year budget.
    ("当年年度预算", Key::AnnualTotal),
    ("项目当年预算", Key::AnnualTotal),
    // 88号-style forms split the project's whole amount from the year's:
    // "项目资金总额 | 1500 | 年度资金申请总额 | 1500", "资金总额 | 当年资金总额".
    ("年度资金申请总额", Key::AnnualTotal),
    ("当年资金总额", Key::AnnualTotal),
    // "资金总额及构成 | 总额 | 10606万元 | 财政拨款:…": the block's own total, run
    // together into one label on doc-sharing pages.
    ("资金总额及构成总额", Key::AnnualTotal),
    ("年度资金总额及构成总额", Key::AnnualTotal),
    ("资金总额及构成", Key::Section),
    ("年度本级预算金额", Key::OwnBudget),
    ("本级预算金额", Key::OwnBudget),
    ("其中:财政拨款", Key::Fiscal),
    ("财政拨款", Key::Fiscal),
    ("其中:财政拨款数", Key::Fiscal),
    ("财政拨款数", Key::Fiscal),
    ("其中:当年财政拨款", Key::Fiscal),
    ("当年财政拨款", Key::Fiscal),
    // 绩效自评表: the year's own appropriation, beside 上年结转资金.
    ("其中:本年财政拨款", Key::Fiscal),
    ("本年财政拨款", Key::Fiscal),
    // 四川 申报表: "(一)财政拨款小计 | 6.30", its items (一般公共预算 …) below it.
    ("财政拨款小计", Key::Fiscal),
    ("其中:财政资金", Key::Fiscal),
    ("财政资金", Key::Fiscal),
    ("其中:上级资金", Key::Fiscal),
    ("上级资金", Key::Extra),
    // The split of 财政拨款 by level, in brackets after it: not a second 财政拨款
    // ("财政资金" inside "上级财政资金" would otherwise read as one).
    ("上级财政资金", Key::Extra),
    ("本级财政资金", Key::Extra),
    // One source of a 申报表's funds beside 财政拨款 / 其他; kept as printed.
    ("自有资金", Key::Extra),
    ("该项目支出上级资金", Key::Extra),
    ("项目支出实施期", Key::Extra),
    ("实施期", Key::Extra),
    // The caption of a 申报表's 实施期 matrix (matrix_title.rs), not the field 实施期:
    // a block title, so the matrix above does not end at it as at a field.
    ("实施期绩效指标", Key::Section),
    ("其他资金", Key::Other),
    // The same field spelled with 它 (重庆 审批表: "其中:其它资金").
    ("其它资金", Key::Other),
    ("其中:其它资金", Key::Other),
    ("当年其他资金", Key::Other),
    ("上年结转", Key::Carryover),
    ("上年结转资金", Key::Carryover),
    ("中期目标", Key::MidGoal),
    ("长期目标", Key::MidGoal),
    ("中长期目标", Key::MidGoal),
    // "项目绩效目标 | 项目总目标 | 年度总体目标": the whole project's goal beside the year's.
    ("项目总目标", Key::MidGoal),
    ("实施期绩效目标", Key::MidGoal),
    ("实施期目标", Key::MidGoal),
    // 广西 预算项目绩效目标公开表 ("年度绩效目标 | … ; 中期绩效目标 | …") and 湖南
    // 申报表 ("长期绩效目标 | … | 本年度绩效目标 | …"): the multi-year goal.
    ("中期绩效目标", Key::MidGoal),
    ("长期绩效目标", Key::MidGoal),
    ("中长期绩效目标", Key::MidGoal),
    ("年度目标", Key::AnnualGoal),
    ("年度绩效目标", Key::AnnualGoal),
    ("本年度绩效目标", Key::AnnualGoal),
    ("年度总体目标", Key::AnnualGoal),
    // 湖南 整体绩效目标表: "*年度总体绩效目标 | …" (the mark of a required field dropped).
    ("年度总体绩效目标", Key::AnnualGoal),
    ("年度整体绩效目标", Key::AnnualGoal),
    // 重庆 审批表: "年度主要目标和成果".
    ("年度主要目标和成果", Key::AnnualGoal),
    ("年度绩效总目标", Key::AnnualGoal),
    // 重庆 项目支出绩效目标表 (镇街): "当年绩效目标 | 2021年，对…".
    ("当年绩效目标", Key::AnnualGoal),
    ("绩效目标", Key::Goal),
    ("总体目标", Key::Goal),
    ("项目绩效目标", Key::Goal),
    // 浙江 project library: "项目绩效目标 | 绩效目标 总体描述 | …" (real 15).
    ("绩效目标总体描述", Key::Goal),
    ("资金支出计划(%)", Key::SpendPlan),
    ("资金支出计划", Key::SpendPlan),
    ("资金用途", Key::Purpose),
    ("预算规模及资金用途", Key::Section),
    ("项目资金", Key::Section),
    ("资金情况", Key::Section),
    ("投入目标", Key::Section),
    ("年度预算安排", Key::Section),
    // 部门整体支出绩效目标申报表: "年度预算申请 | 资金总额 | …".
    ("年度预算申请", Key::Section),
    ("资金来源", Key::Section),
    ("年初安排金额", Key::Section),
    // The 一体化 export's block heading over 部门编码 / 部门名称 / 联系人 (real 20).
    ("基本信息", Key::Section),
    ("项目基本信息", Key::Section),
    ("部门基本信息", Key::Section),
    // A 自评表's block heading over "1.项目年度目标完成情况" / "2.项目实施内容…".
    ("项目基本情况", Key::Section),
    ("项目负责人及电话", Key::Extra),
    ("项目负责人及联系电话", Key::Extra),
    // The submitting unit printed over a 湖南 table; kept as printed, beside 主管部门.
    ("单位名称", Key::Extra),
    ("项目负责人", Key::Boilerplate),
    ("项目责任人", Key::Boilerplate),
    ("项目联系人", Key::Extra),
    ("联系电话", Key::Extra),
    ("联系人", Key::Extra),
    ("项目类别", Key::Extra),
    ("项目类型", Key::Extra),
    ("项目性质", Key::Extra),
    ("立项依据", Key::Extra),
    ("归口科室", Key::Extra),
    ("归口业务科室", Key::Extra),
    ("是否政府采购", Key::Extra),
    // 重庆 镇街 tables: the compiling unit over the form, and the project's dates.
    ("绩效编制单位", Key::Extra),
    ("开始日期", Key::Extra),
    ("结束日期", Key::Extra),
    ("资金使用单位", Key::ImplementingUnit),
    // 中央预算内投资计划绩效目标表 (发展改革委 plans passed down by a finance bureau):
    // the local government or unit the plan goes to, and the year's central investment.
    ("下达地方或单位", Key::ImplementingUnit),
    ("下达中央预算内投资", Key::AnnualTotal),
    ("对应一级项目", Key::Extra),
    ("项目功能科目", Key::Extra),
    ("重要程度", Key::Extra),
    ("项目口径", Key::Extra),
    ("项目主要内容", Key::Extra),
    ("主要内容", Key::Extra),
    ("项目实施计划", Key::Extra),
    ("部门职能职责概述", Key::Extra),
    // The duties line of a 湖南 整体绩效目标表 ("*部门(单位)职责 | 负责…"): kept as printed.
    ("部门(单位)职责", Key::Extra),
    ("部门职责", Key::Extra),
    ("单位职责", Key::Extra),
    // The narrative blocks of a 财政支出项目绩效目标申报表 and of a 审批表: fields of
    // their own, so their text does not run into the field before them.
    ("单位职能概述", Key::Extra),
    ("项目概况", Key::Extra),
    ("项目总体概况", Key::Extra),
    ("项目立项情况", Key::Extra),
    ("项目立项的依据", Key::Extra),
    ("项目申报的可行性", Key::Extra),
    ("项目申报的必要性", Key::Extra),
    ("项目设立必要性", Key::Extra),
    ("项目设立的必要性", Key::Extra),
    ("保证项目实施的制度、措施", Key::Extra),
    ("项目实施进度计划", Key::Extra),
    ("项目审批", Key::Extra),
    ("项目分类", Key::Extra),
    ("财政资金预算分类", Key::Extra),
    ("财政资金科目代码", Key::Extra),
    ("年度履职目标", Key::DutyBlock),
    ("年度主要任务", Key::DutyBlock),
    ("年度总体目标完成情况", Key::Boilerplate),
    // The goal column's head beside it (年度总体目标 | 年初设定目标 | 年度总体目标完成
    // 情况综述): a column's name, never the goal's text; a key, so that glued text is
    // cut after it.
    ("年初设定目标", Key::AnnualGoal),
    // A 自评表's "项目年度目标 | 年度目标完成情况": what was achieved, not the goal.
    ("年度目标完成情况", Key::Extra),
    ("单位(盖章)", Key::Boilerplate),
    ("填报单位", Key::Boilerplate),
    ("填报单位(盖章)", Key::Boilerplate),
    ("填表人", Key::Boilerplate),
    // Signature lines under a table ("填报人：张三"): they end the indicator matrix.
    ("填报人", Key::Boilerplate),
    ("制表人", Key::Boilerplate),
    ("审核人", Key::Boilerplate),
    ("填报时间", Key::Boilerplate),
    ("填报日期", Key::Boilerplate),
    ("单位负责人签字", Key::Boilerplate),
    ("主管部门审核意见", Key::Boilerplate),
    ("财政部门审核意见", Key::Boilerplate),
    ("财政部门支出股室初审意见", Key::Boilerplate),
    ("财政部门绩效评价股审核意见", Key::Boilerplate),
    ("审核意见", Key::Boilerplate),
    ("最近年度绩效评价情况", Key::Extra),
    // Keys only alone in their cell or before their column names (`key_of_norm`).
    ("项目预算成本构成", Key::CostBreakdown),
    ("预算成本构成", Key::CostBreakdown),
    ("项目成本构成", Key::CostBreakdown),
    ("成本构成", Key::CostBreakdown),
    ("成本构成明细", Key::CostBreakdown),
    ("项目成本测算", Key::CostBreakdown),
    ("成本测算", Key::CostBreakdown),
    ("成本测算明细", Key::CostBreakdown),
];
