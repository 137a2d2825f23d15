//! Budget-report annexes that list several projects in one table, one row each
//! (重点项目绩效目标表, 人大 预算审查 重点支出项目绩效目标): 项目名称, a department, an
//! amount, a goal and the targets written as prose in one cell. Synthetic fixtures
//! (own names and numbers) in the shapes of published annexes.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, s005, show};

const TABBED: &str = "2024年县级重点项目绩效目标表
单位：万元
序号\t项目名称\t主管部门\t预算金额\t绩效目标\t绩效指标
1\t乡村道路养护项目\t县交通运输局\t320\t完成农村公路日常养护，保障道路通畅\t数量指标：养护里程≥150公里；质量指标：路况优良率≥85%；满意度指标：群众满意度≥90%
2\t学生营养餐补助\t县教育局\t560.5\t保障学生营养餐按标准供应\t数量指标：受益学生人数≥8000人；时效指标：资金拨付及时率100%
";

#[test]
fn each_row_of_a_project_list_is_a_project() {
    let f = parse(TABBED);
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, ["乡村道路养护项目", "学生营养餐补助"], "{}", show(&f));
    let [a, b] = &f.projects[..] else { unreachable!() };
    assert_eq!(a.department.as_deref(), Some("县交通运输局"));
    assert_eq!(b.department.as_deref(), Some("县教育局"));
    assert_eq!(a.funds.annual.as_ref().and_then(|x| x.total), Some(320.0));
    assert_eq!(b.funds.annual.as_ref().and_then(|x| x.total), Some(560.5));
    assert_eq!(a.money_unit.as_deref(), Some("万元"));
    assert_eq!(a.goals.annual.as_deref(), Some("完成农村公路日常养护，保障道路通畅"));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "养护里程", "≥150公里"),
            ("产出指标", "质量指标", "路况优良率", "≥85%"),
            ("满意度指标", "", "群众满意度", "≥90%"),
            ("产出指标", "数量指标", "受益学生人数", "≥8000人"),
            ("产出指标", "时效指标", "资金拨付及时率", "100%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(f.projects[0].indicators.len(), 3);
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// "|"-flattened, numbered clauses, the unit in the amount's column name, a 合计 row
/// merged over 序号 and 项目名称, and 二级 labels of different 一级 with none printed.
const PIPED: &str = "2025年市本级重点支出项目绩效目标表
| 序号 | 项目名称 | 预算单位 | 预算数（万元） | 年度绩效目标 | 主要绩效指标 |
| 1 | 城区公厕运维 | 市城管局 | 96.4 | 保障公厕正常开放 | 1.数量指标：运维公厕数量=42座；2.质量指标：保洁达标率≥95% |
| 2 | 老年人助餐补贴 | 市民政局 | 240 | 为老年人提供助餐服务 | 数量指标：助餐点数量≥30个；成本指标：每餐补贴标准≤5元；社会效益指标：受益老人≥1500人 |
| 合计 | | | 336.4 | | |
";

#[test]
fn piped_project_list_with_numbered_clauses_and_a_total_row() {
    let f = parse(PIPED);
    assert_eq!(f.projects.len(), 2, "{}", show(&f));
    assert_eq!(f.projects[1].department.as_deref(), Some("市民政局"));
    assert_eq!(f.projects[0].money_unit.as_deref(), Some("万元"));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "运维公厕数量", "=42座"),
            ("产出指标", "质量指标", "保洁达标率", "≥95%"),
            ("产出指标", "数量指标", "助餐点数量", "≥30个"),
            ("产出指标", "成本指标", "每餐补贴标准", "≤5元"),
            ("效益指标", "社会效益指标", "受益老人", "≥1500人"),
        ]),
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

/// An indicator matrix whose rows name their project (Excel 05-2) is no such list.
#[test]
fn a_matrix_with_a_project_column_is_not_a_list() {
    let text = "项目名称\t一级指标\t二级指标\t三级指标\t指标值
河道保洁\t产出指标\t数量指标\t保洁河道长度\t≥20公里
";
    let f = parse(text);
    assert_eq!(rows(&f), expect(&[("产出指标", "数量指标", "保洁河道长度", "≥20公里")]), "{}", show(&f));
}

/// A list annex followed by a project's own table: the table is read as a table.
#[test]
fn a_list_before_an_indicator_matrix_leaves_the_matrix_to_the_tables() {
    let text = format!(
        "{TABBED}项目支出绩效目标表
项目名称\t乡村道路养护项目
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t养护里程\t≥150公里
"
    );
    let f = parse(&text);
    assert!(
        f.projects.iter().any(|p| p.indicators.iter().any(|i| i.level2 == "数量指标" && i.value == "≥150公里" && i.line == 9)),
        "{}",
        show(&f)
    );
}

/// No targets column: the 绩效目标 cell gives the goal, then the targets after it.
#[test]
fn a_goal_column_holding_the_targets_gives_both() {
    let text = "2024年某县重点支出项目绩效目标表
| 序号 | 项目名称 | 预算金额（万元） | 绩效目标 |
| 1 | 城乡环卫一体化 | 1200 | 保障城乡垃圾日产日清。绩效指标：数量指标：垃圾清运量≥3万吨；满意度指标：群众满意度≥90% |
| 2 | 义务教育公用经费 | 860 | 保障学校正常运转。数量指标：保障学生人数≥12000人 |
";
    let f = parse(text);
    let goals: Vec<_> = f.projects.iter().map(|p| p.goals.annual.as_deref().unwrap_or("")).collect();
    assert_eq!(goals, ["保障城乡垃圾日产日清。", "保障学校正常运转。"], "{}", show(&f));
    assert_eq!(f.projects[1].funds.annual.as_ref().and_then(|x| x.total), Some(860.0));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "垃圾清运量", "≥3万吨"),
            ("满意度指标", "", "群众满意度", "≥90%"),
            ("产出指标", "数量指标", "保障学生人数", "≥12000人"),
        ]),
        "{}",
        show(&f)
    );
}
