//! A county 审批表 copied from a web page with single spaces between cells: a field name
//! that a line break inside its cell cut in two, the form's 项目负责人 with the name
//! beside it, and the page's publication date under the title. Fixtures are synthetic
//! (own names and numbers) in the shape of such pages.

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

fn form(goal_key: &str) -> String {
    format!(
        "\
2024年某乡茶叶加工厂配套设施项目支出绩效目标审批表
日期:2023-12-28
(   2024年度)
预算单位: 某县某乡人民政府
金额单位:万元
项目名称 2024年某乡茶叶加工厂配套设施项目 项目分类 资产资源类
业务主管部门 县农业农村委
实施单位 某乡人民政府 项目负责人 李某某 联系电话 13800000000
{goal_key} 新建茶叶晾晒棚一座,硬化场地500平方米。
项目总预算 48
其中:财政资金 48
年度绩效目标 一级指标 二级指标 三级指标 指标值
产出指标 数量指标 新建晾晒棚 1座
满意度指标 服务对象满意度指标 群众满意度 ≥95%
"
    )
}

#[test]
fn a_field_name_cut_in_two_by_its_cells_line_break_is_one_key() {
    // "年度主要目标和成果" printed on two lines of its cell: two cells, neither a key, so
    // the goal was left unplaced with both halves of its name.
    let f = parse(&form("年度主要目标     和成果"));
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("新建茶叶晾晒棚一座,硬化场地500平方米。"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    // The same form with the name whole reads the same.
    let whole = parse(&form("年度主要目标和成果"));
    assert_eq!(whole.projects[0].goals.annual, p.goals.annual);
}

#[test]
fn a_key_head_alone_is_not_joined_to_a_value() {
    // "年度主要目标" is only the head of a key: beside a value that does not complete
    // it, it stays what it was (its cell unplaced, quoted), and no key is made up.
    let f = parse(&form("年度主要目标"));
    assert!(s005(&f).iter().any(|s| s == "年度主要目标"), "{:?}", s005(&f));
    assert_eq!(f.projects[0].goals.annual, None, "{}", show(&f));
}

#[test]
fn the_project_leader_beside_its_key_is_kept() {
    let f = parse(&form("年度主要目标和成果"));
    let p = &f.projects[0];
    assert_eq!(p.extra.get("项目负责人").map(String::as_str), Some("李某某"), "{:?}", p.extra);
    assert!(!s005(&f).iter().any(|s| s.contains("李某某")), "{:?}", s005(&f));
}

#[test]
fn a_signature_line_left_blank_takes_nothing_from_the_rows_below() {
    // In one-cell-per-line text the key's value would be whatever comes next.
    let f = parse(
        "\
项目支出绩效目标表
项目名称
某某道路维修项目
项目负责人（签字）：
主管部门
某县交通运输局
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
维修里程
≥5公里
",
    );
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某县交通运输局"), "{}", show(&f));
    assert_eq!(p.extra.get("项目负责人"), None, "{:?}", p.extra);
}

#[test]
fn a_bare_website_date_under_the_title_is_page_furniture() {
    let f = parse(&form("年度主要目标和成果"));
    assert!(!s005(&f).iter().any(|s| s.contains("2023-12-28")), "{:?}", s005(&f));
    // A filing's own date field stays a field.
    let own = parse(&form("年度主要目标和成果").replace("日期:2023-12-28", "填报日期:2023年12月28日"));
    assert!(!s005(&own).iter().any(|s| s.contains("2023")), "{:?}", s005(&own));
}

#[test]
fn a_signature_placeholder_is_neither_a_value_nor_unplaced() {
    // "主管部门审核意见 | (盖章)": what the form prints for the signer, not an opinion.
    let f = parse(&format!("{}主管部门审核意见 (盖章) 财政部门审核意见 年 月 日\n", form("年度主要目标和成果")));
    let p = &f.projects[0];
    assert!(!p.extra.contains_key("主管部门审核意见") && !p.extra.contains_key("财政部门审核意见"), "{:?}", p.extra);
    assert!(!s005(&f).iter().any(|s| s.contains("盖章") || s.contains('月')), "{:?}", s005(&f));
    // An opinion written in is kept.
    let f = parse(&format!("{}主管部门审核意见 同意申报\n", form("年度主要目标和成果")));
    assert_eq!(f.projects[0].extra.get("主管部门审核意见").map(String::as_str), Some("同意申报"));
}

/// The 申报表's goal heads side by side, each text a line of its own below them (a
/// page copied with single spaces): both texts went to the 中期 goal.
fn goals_form(mid: &str, annual: &str) -> String {
    format!(
        "\
项目支出绩效目标申报表
( 2024 年度)
项目名称 某县农技推广工作经费
主管部门及代码 [066]某县农业农村局 实施单位 某县农业技术推广中心
项目资金
中期资金总额: 30.00 年度资金总额: 10.00
其中:财政拨款 30.00 其中:财政拨款 10.00
中期目标(2024年—2026年) 年度目标
{mid}
{annual}
绩效指标 一级指标 二级指标 三级指标 指标值
产出指标 数量指标 推广新品种 ≥5个
"
    )
}

#[test]
fn goal_texts_one_a_line_under_side_by_side_heads_go_to_their_heads() {
    let f = parse(&goals_form("三年内建成农技推广示范基地5个。", "本年度推广新品种5个,培训农民300人次。"));
    let g = &f.projects[0].goals;
    assert_eq!(g.midterm.as_deref(), Some("三年内建成农技推广示范基地5个。"), "{}", show(&f));
    assert_eq!(g.annual.as_deref(), Some("本年度推广新品种5个,培训农民300人次。"), "{}", show(&f));
}

#[test]
fn a_goal_wrapped_onto_the_next_line_stays_one_goal() {
    // The first line ends mid-sentence: the second goes on in the same goal.
    let f = parse(&goals_form("三年内建成农技推广示范基地5个,", "培训农民900人次。"));
    let g = &f.projects[0].goals;
    assert_eq!(g.midterm.as_deref().map(|t| t.contains("培训农民900人次")), Some(true), "{}", show(&f));
    assert_eq!(g.annual, None, "{}", show(&f));
}
