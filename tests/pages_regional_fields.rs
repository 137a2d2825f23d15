//! Field names of project blocks seen on real pages of provinces probed late (重庆
//! 区县 regional tables, 福建 163号 tables, 重庆 镇街 tables, 山西 申报表): each maps
//! to its contract field. Fixtures are synthetic (own names and numbers) in the shape
//! of those pages.

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

#[test]
fn county_level_regional_table_fields() {
    // 区县主管部门 was not a key, so the 省级 line's department won; 资金名称 and
    // 年度金额 were left unplaced, so the table had no name and no amount.
    let f = parse(
        "\
某资金区域绩效目标表 | ||||
资金名称 | 某县畜牧发展奖励资金 | |||
省级财政部门 | 某市财政局 | |||
省级主管部门 | 某市畜牧局 | |||
区县财政部门 | 甲县财政局 | |||
区县主管部门 | 甲县畜牧发展中心 | |||
资金情况 | 年度金额(万元): | 250 | ||
| 其中:中央补助(万元) | 250 | ||
年度目标 | 稳定生猪产能。 | |||
一级指标 | 二级指标 | 三级指标 | 指标值 | |
产出指标 | 数量指标 | 能繁母猪保有率 | ≥90% | |
满意度指标 | 服务对象满意度指标 | 养殖户满意度 | ≥90% | |
",
    );
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("某县畜牧发展奖励资金"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("甲县畜牧发展中心"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(250.0), "{}", show(&f));
    assert_eq!(p.indicators.len(), 2, "{}", show(&f));
}

#[test]
fn department_label_with_a_bracketed_qualifier() {
    // "主管部门(单位)名称": the key's text was counted from the bracket on, so the
    // department came out as "位)名称" and the real name was left unplaced.
    let f = parse(
        "\
某专项资金绩效目标表 | ||||
项目名称 | 某县小型水利工程补助 | |||
主管部门(单位)名称 | 某县水务局 | |||
资金情况(万元) | 资金总额 | 60 | ||
总体目标 | 修复小型水利设施4处。 | |||
一级指标 | 二级指标 | 三级指标 | 指标值 | |
产出指标 | 数量指标 | 修复水利设施数量 | 4处 | |
",
    );
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某县水务局"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn town_table_goal_and_form_lines() {
    // 重庆 镇街 tables: 当年绩效目标 is the year's goal (it was left unplaced), and the
    // form lines around it (绩效编制单位, 归口业务科室, 是否政府采购, 开始/结束日期) are
    // fields of their own, not loose cells.
    let f = parse(
        "\
项目支出绩效目标表 | ||||
( 2021 年度) | ||||
绩效编制单位: | 某镇人民政府 | |||
项目名称 | 某镇林木病害防治 | 项目负责人及电话 | 张某13800000000 |
主管部门 | 区林业局 | 实施单位 | 某镇农业服务中心 |
归口业务科室 | 森林防护站 | 是否政府采购 | 是 |
开始日期 | 2021.1 | 结束日期 | 2021.12 |
资金情况 (单位:万元) | 年度资金总额: | 80 | |
当年绩效目标 | 完成全镇病害林木清理。 | ||
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 清理病害林木面积 | ≥500亩 |
",
    );
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("完成全镇病害林木清理。"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn midterm_and_annual_budget_totals_named_with_budget() {
    // 山西 申报表: "中期预算资金总额 | 年度预算资金总额 | 25" (no 中期 amount printed).
    let f = parse(
        "\
某市市级预算部门(单位)项目支出绩效目标申报表 | ||||
项目名称 | 某路段养护工作经费 | ||||
主管部门及代码 | 某科 | 实施单位 | 某市公路服务中心 | |
项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 30 | |
项目设立必要性 | 保障路段安全。 | ||||
保证项目实施的制度、措施 | 按规定执行。 | ||||
年度目标 | 完成养护检查。 | ||||
一级指标 | 二级指标 | 三级指标 | 指标值 | |
产出指标 | 数量指标 | 检查次数 | ≥12次 | |
",
    );
    let p = &f.projects[0];
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(30.0), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn one_cell_per_line_copy_padding_rows_on_their_last_cell() {
    // A regional table copied one cell per line, each row padded with its empty cells
    // on its last cell's line ("250 | |||"): a full-width row got no break, so rows
    // ran together and no indicator was read; the goal was lost with them.
    let f = parse(
        "\
某资金区域绩效目标表 | |||||
资金名称 |
某县畜牧发展奖励资金 | ||||
区县主管部门 |
甲县畜牧发展中心 | ||||
资金情况 |
年度金额(万元): |
250 | |||
地方资金(万元) |
|||||
年度目标 |
稳定生猪产能,完成既定目标。 | ||||
一级指标 |
二级指标 |
三级指标 |
单位 |
指标值 | |
绩效指标 |
产出指标 |
数量指标 |
能繁母猪保有率 |
% |
≥90% |
规模养殖场保有率 |
% |
≥85% | |||
满意度指标 |
服务对象满意度指标 |
养殖户满意度 |
% |
≥90% | |||
",
    );
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("稳定生猪产能,完成既定目标。"), "{}", show(&f));
    let got: Vec<(&str, &str, &str)> = p.indicators.iter().map(|i| (i.level2.as_str(), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        [("数量指标", "能繁母猪保有率", "≥90%"), ("数量指标", "规模养殖场保有率", "≥85%"), ("服务对象满意度指标", "养殖户满意度", "≥90%")],
        "{}",
        show(&f)
    );
    assert!(p.complete, "{}", show(&f));
}

#[test]
fn department_name_and_budget_code_label_cut_at_its_conjunction() {
    // "主管部门(单位)名称及部门预算编码" wrapped after its 及 (one paragraph per
    // cell): the department came out as "及" and its name went to department_code.
    let f = parse(
        "\
专项转移支付区域绩效目标表

(2025年度)

项目名称

某县社区助餐补助

主管部门(单位)名称及

部门预算编码

某县民政局

资金情况(万元)

资金总额

12

其中:财政拨款

12

总体目标

支持社区助餐点更新设备。

一级指标

二级指标

三级指标

指标值

产出指标

数量指标

支持助餐点数量

≥2个
",
    );
    let p = &f.projects[0];
    assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某县民政局"), None), "{}", show(&f));
    // On one line, the whole label is the key.
    let f = parse("项目名称 | 某县社区助餐补助 |\n主管部门(单位)名称及部门预算编码 | 某县民政局 |\n一级指标 | 二级指标 | 三级指标 | 指标值 |\n产出指标 | 数量指标 | 支持助餐点数量 | ≥2个 |\n");
    assert_eq!(f.projects[0].department.as_deref(), Some("某县民政局"), "{}", show(&f));
}

#[test]
fn a_wrapped_label_piece_is_not_the_fund_name() {
    // 广东 专项资金 tables copied from PDF: the keys print over their values and a long
    // key wraps ("省级业务主管部" / "门"), so the piece after 资金名称 was taken as
    // the project's name.
    let f = parse(
        "\
绩效目标表
资金名称 省级业务主管部
门 资金类型 实施周期
某省文化发展专项资金 某省文化厅 专项资金 2021年-2023年
",
    );
    for p in &f.projects {
        assert!(!matches!(p.name.as_deref(), Some("省级业务主管部" | "门")), "{}", show(&f));
    }
}

#[test]
fn a_second_matrix_captioned_implementation_period_is_midterm() {
    // "实施期绩效指标" over the second matrix was read as the field 实施期, which
    // ended the indicator matrix: the whole midterm matrix was left unplaced.
    let f = parse(
        "\
项目支出绩效目标申报表 |
项目名称 | 某镇道路养护项目 |
年度目标 | 完成道路养护。 |
年度绩效指标 |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 养护里程 | ≥8公里 |
实施期绩效指标 |
一级指标 | 二级指标 | 三级指标 | 指标值 |
产出指标 | 数量指标 | 养护里程 | ≥20公里 |
",
    );
    let got: Vec<(Option<&str>, &str)> =
        f.projects[0].indicators.iter().map(|i| (i.period.map(|p| p.as_str()), i.value.as_str())).collect();
    assert_eq!(got, [(Some("annual"), "≥8公里"), (Some("midterm"), "≥20公里")], "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}
