//! Field values of application and self-evaluation forms as published (synthetic
//! fixtures, own names and numbers): a 项目属性 printed as the form's check boxes, and
//! an 实施单位 carrying its budget code like the 主管部门 beside it (一体化 exports).

#[path = "common/families.rs"]
mod families;

use families::{parse, show};

const BOXES: &str = "项目支出绩效目标表（2024年度）
项目名称\t村级河道清淤
项目属性\t新增项目□延续项目√
主管部门\t某镇人民政府\t实施单位\t某镇农业服务中心
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t清淤河道长度\t≥12公里
";

#[test]
fn attribute_is_the_ticked_option() {
    let f = parse(BOXES);
    assert_eq!(f.projects[0].attribute.as_deref(), Some("延续项目"), "{}", show(&f));
}

#[test]
fn attribute_with_no_box_ticked_is_none() {
    let f = parse(&BOXES.replace("新增项目□延续项目√", "1、持续性项目 □ 2、新增性项目 □"));
    assert_eq!(f.projects[0].attribute, None, "{}", show(&f));
}

#[test]
fn implementing_unit_code_is_not_part_of_its_name() {
    let text = "项目支出绩效自评表
项目名称 河道保洁服务 主管部门 305-某区某镇人民政府 实施单位 305002-某区某镇环境卫生所
一级指标 二级指标 三级指标 年度指标值 实际完成值
产出指标 数量指标 保洁河道长度 ≥8公里 8公里
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某区某镇人民政府"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某区某镇环境卫生所"), "{}", show(&f));
    // The code is kept beside the name, as the department's is.
    assert_eq!(p.extra.get("实施单位编码").map(String::as_str), Some("305002"), "{}", show(&f));
}
