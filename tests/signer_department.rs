//! Filings that name their department only as the unit signing them: a prose notice
//! ending "某县…局" over its date, a form with a 填报单位 line and no 主管部门, a table
//! with the unit's name alone under it. Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

const TABLE: &str = "项目支出绩效目标表\n项目名称\t某乡卫生院设备购置\n年度资金总额\t45\n年度目标\t购置诊疗设备6台。\n\
                     一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t购置设备数量\t6台\n";

#[test]
fn prose_notice_signed_by_its_department() {
    let f = parse(
        "关于某乡卫生院设备购置项目绩效目标的公示\n\
         安排资金45万元，实施某乡卫生院设备购置项目。\n\
         一、产出指标\n数量指标：购置设备数量≥6台。\n二、满意度指标\n服务对象满意度指标：患者满意度≥90%。\n\
         某县卫生健康委员会\n2024年4月2日\n",
    );
    assert_eq!(f.projects[0].department.as_deref(), Some("某县卫生健康委员会"), "{}", show(&f));
    assert!(!s005(&f).iter().any(|s| s.contains("委员会")), "{}", show(&f));
}

#[test]
fn unit_alone_under_the_table_is_no_indicator() {
    // The line was read as one more matrix row, cut off, and the department stayed empty.
    let f = parse(&format!("{TABLE}某县卫生健康局\n"));
    let p = &f.projects[0];
    assert_eq!(p.department.as_deref(), Some("某县卫生健康局"), "{}", show(&f));
    assert_eq!(p.indicators.len(), 1, "{}", show(&f));
    assert!(p.complete, "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

#[test]
fn filing_units_line_names_the_department() {
    let f = parse(&format!("{TABLE}填报单位(盖章):某县卫生健康局\n"));
    assert_eq!(f.projects[0].department.as_deref(), Some("某县卫生健康局"), "{}", show(&f));
}

#[test]
fn the_tables_own_department_is_kept() {
    let text = TABLE.replace("年度资金总额", "主管部门\t某县卫生健康委员会\n年度资金总额");
    let f = parse(&format!("{text}填报单位(盖章):某乡卫生院办公室\n某乡卫生院办公室\n"));
    assert_eq!(f.projects[0].department.as_deref(), Some("某县卫生健康委员会"), "{}", show(&f));
}
