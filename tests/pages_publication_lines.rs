//! County websites (安徽 sites on one content system) print a publication line under
//! a page's title that opens with the bare date, its clock time glued to 来源, and the
//! page's text controls after it: "2022-05-10 09:15来源:某县某局文字大小:[ ]   背景色:".
//! With no 时间 label before the date it was not known as furniture, and its pieces
//! were quoted cell by cell in S005. Fixture synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

const PAGE: &str = "某县农业园区2022年度项目支出绩效目标申报表

2022-05-10 09:15来源:某县农业园区管委会文字大小:[ ]   背景色:
项目支出绩效目标申报表
(2022年度)
项目名称 园区道路保洁
主管部门 县农业农村局 实施单位 某县农业园区管委会
项目资金    (万元) 年度资金总额: 86
 其中:财政拨款 86
      其他资金
年度目标
目标1:保持园区道路整洁畅通
绩效指标 一级指标 二级指标 三级指标 指标值
产出指标 数量指标 指标1:保洁道路长度 12公里
效益指标 社会效益指标 指标1:园区环境改善 明显改善
满意度指标 服务对象满意度指标 指标1:园区企业满意度(≥**%) ≥90%
";

#[test]
fn a_publication_line_opening_with_its_date_is_set_aside() {
    let f = parse(PAGE);
    let left = s005(&f);
    assert!(left.iter().all(|s| !s.contains("来源") && !s.contains("背景色") && !s.starts_with("2022-05-10")), "{}", show(&f));
    assert!(left.is_empty(), "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("园区道路保洁"));
    assert_eq!(p.indicators.len(), 3, "{}", show(&f));
}
