//! Gaps seen on saved web pages: an option field printed empty on its own line, list
//! titles without 表, and a project named only in its table's title. Fixtures
//! synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, s005, show};

/// A 广西 公开表 copied one row a line, each label glued to its value.
const GLUED_FORM: &str = "2024年度预算项目绩效目标公开表\n项目名称某镇河道疏浚补助\n\
    项目主管部门某县水利局项目实施单位某镇水利站\n项目属性\n项目资金 (万元)合计260\n\
    一般公共预算拨款小计260\n县本级260\n中央及自治区补助\n政府性基金预算拨款\n其他资金\n\
    项目实施内容疏浚河道12公里。\n项目起止时间2024年3月至12月\n年度绩效目标疏浚河道12公里,改善行洪条件。\n\
    项目年度绩效目标衡量指标一级指标二级指标指标内容指标值\n产出指标产出数量指标疏浚河道长度12公里\n";

#[test]
fn an_empty_option_field_takes_no_funds_line() {
    // 项目属性 left blank took "县本级260", the fund row after the block's total.
    let f = parse(GLUED_FORM);
    let p = &f.projects[0];
    assert_eq!(p.attribute, None, "{}", show(&f));
    assert_eq!(p.extra.get("县本级").map(String::as_str), Some("260"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(260.0));
    assert!(s005(&f).iter().all(|m| !m.contains("县本级")), "{:?}", s005(&f));
}

#[test]
fn a_printed_option_is_still_read() {
    let text = GLUED_FORM.replace("项目属性\n", "项目属性新增项目\n");
    let f = parse(&text);
    assert_eq!(f.projects[0].attribute.as_deref(), Some("新增项目"), "{}", show(&f));
}

#[test]
fn a_title_without_a_form_name_gives_title_and_year() {
    // "…项目绩效目标" (no 表) over the table: no year, and the line quoted as unplaced.
    let text = "某县2024年重点支出项目绩效目标\n项目名称\t某镇河道疏浚补助\n主管部门\t某县水利局\n年度资金总额\t260\n\
                一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t疏浚河道长度\t12公里\n";
    let f = parse(text);
    assert_eq!(f.title.as_deref(), Some("某县2024年重点支出项目绩效目标"), "{}", show(&f));
    assert_eq!(f.year, Some(2024), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
    assert_eq!(f.projects[0].name.as_deref(), Some("某镇河道疏浚补助"));
}
