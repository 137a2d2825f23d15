//! A 审批表 that names two units: "预算单位: 某乡人民政府" over the table (the unit
//! whose budget holds the project) and "业务主管部门 某县农业局" in it. The contract's
//! `department` is the 主管部门 (records.md); the budget unit was read as the
//! department too and lost when the 主管部门 replaced it. It is kept in `extra` under
//! its label, and a 主管部门 printed first is not replaced by a 预算单位 after it.
//! Fixture synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{parse, show};

const FORM: &str = "2024年某乡茶叶加工厂房建设项目支出绩效目标审批表
(   2024年度)
预算单位: 某县某乡人民政府

金额单位:万元
项目名称 2024年某乡茶叶加工厂房建设项目 项目分类 资产资源类--房屋类
建设周期 2024年3月-2024年12月 业务主管部门 县农业局
实施单位 某乡 项目负责人 王某 联系电话 13800000000
年度主要目标 新建茶叶加工厂房一座,占地200平方米。
项目总预算 48 财政资金预算分类 一般公共预算
当年年度预算 48
其中:财政资金 48
年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释
产出指标 数量指标 新建厂房面积 ≥200平方米 20
效益指标 社会效益指标 带动务工人数 ≥15人 20
满意度指标 服务对象满意度指标 群众满意度 ≥95% 10
";

#[test]
fn department_is_the_competent_department_and_the_budget_unit_is_kept() {
    let f = parse(FORM);
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("县农业局"), "{}", show(&f));
    assert_eq!(p.extra.get("预算单位").map(|v| v.to_string()).as_deref(), Some("某县某乡人民政府"), "{:?}", p.extra);
}

#[test]
fn a_budget_unit_after_the_competent_department_does_not_replace_it() {
    let text = FORM.replace("预算单位: 某县某乡人民政府\n", "").replace("实施单位 某乡 ", "实施单位 某乡 预算单位 某县某乡人民政府 ");
    let f = parse(&text);
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("县农业局"), "{}", show(&f));
    assert_eq!(p.extra.get("预算单位").map(|v| v.to_string()).as_deref(), Some("某县某乡人民政府"), "{:?}", p.extra);
}
