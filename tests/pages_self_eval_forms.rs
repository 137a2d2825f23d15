//! 项目支出绩效自评表 pages (四川 一体化 exports) copied one cell per line, each cell
//! closed by " |": the form's own block heading and numbered parts stood under
//! 实施单位 and were read as more of the unit's name; the project name carries its
//! budget-system code; the title has its year in brackets. Fixture synthetic (own
//! names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, s005, show};

/// The form's cells, one a line, each closed by " |" (an empty cell: "|" alone).
const CELLS: &[&str] = &[
    "部门预算项目支出绩效自评表(2024年度)",
    "项目名称",
    "61000024R000000012345-临聘人员经费",
    "主管部门",
    "某县农业农村局本级",
    "实施单位 (盖章)",
    "某县农业农村局",
    "项目基本情况",
    "1.项目年度目标完成情况",
    "项目年度目标",
    "年度目标完成情况",
    "保障临聘人员工资按时足额发放。",
    "对照年度目标,说明相关任务目标的完成情况(100字以内)",
    "2.项目实施内容及过程概述",
    "",
    "预算执行情况(10分)",
    "年度预算数(万元)",
    "年初预算",
    "调整后预算数",
    "预算执行数",
    "预算执行率",
    "权重",
    "得分",
    "原因",
    "总额",
    "48.20",
    "50.10",
    "49.00",
    "97.80%",
    "10",
    "",
    "",
    "绩效指标(90分)",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "完成值",
    "权重",
    "得分",
    "未完成原因分析",
    "产出指标",
    "数量指标",
    "临聘人员数",
    "=",
    "12",
    "人",
    "",
    "50",
    "",
    "",
    "满意度指标",
    "服务对象满意度指标",
    "临聘人员满意度",
    "≥",
    "90",
    "%",
    "",
    "40",
    "",
    "",
];

fn page() -> String {
    CELLS.iter().map(|c| if c.is_empty() { "|\n".to_string() } else { format!("{c} |\n") }).collect()
}

#[test]
fn block_heading_under_the_unit_is_not_more_of_its_name() {
    let f = parse(&page());
    let p = &f.projects[0];
    assert_eq!(p.implementing_unit.as_deref(), Some("某县农业农村局"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某县农业农村局本级"));
    assert_eq!(p.goals.annual.as_deref(), Some("保障临聘人员工资按时足额发放。"));
    // The numbered part is no longer swallowed: it stays a cell of its own.
    assert!(s005(&f).iter().any(|s| s == "1.项目年度目标完成情况"), "{}", show(&f));
}

#[test]
fn project_code_before_the_name_is_the_code() {
    let f = parse(&page());
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("临聘人员经费"), "{}", show(&f));
    assert_eq!(p.code.as_deref(), Some("61000024R000000012345"));
    let want = [("产出指标", "数量指标", "临聘人员数", "=12人"), ("满意度指标", "服务对象满意度指标", "临聘人员满意度", "≥90%")];
    assert_eq!(rows(&f), expect(&want), "{}", show(&f));
}

#[test]
fn self_evaluation_title_with_its_year_in_brackets_is_the_title() {
    let f = parse(&page());
    assert_eq!(f.title.as_deref(), Some("部门预算项目支出绩效自评表(2024年度)"), "{}", show(&f));
    assert_eq!(f.year, Some(2024));
}
