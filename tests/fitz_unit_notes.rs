//! PyMuPDF's plain `get_text()` of a matrix whose 三级 names end with their unit in
//! brackets ("…覆盖率(%)", "…人数(人)"): the note wraps onto a line of its own after
//! the name, itself maybe wrapped over three lines. The note is the name's end, not
//! its value. Fixtures synthetic (own names and numbers), in the shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

const HEAD: &str = "2026 年部门预算项目支出绩效目标表\n项目名称\n城乡居民健康档案管理\n主管部门\n区卫健委\n\
    实施单位\n区疾控中心\n项目资金（万元）\n年度资金总额\n45.00\n其中：财政拨款\n45.00\n年度绩效目标\n\
    完成辖区居民健康档案建档与更新，档案合格率不低于95%。\n一级指标\n二级指标\n三级指标\n指标值\n";

/// Names wrapped at seven characters whose bracketed unit takes a line of its own:
/// each note ends its name, and the value after it is the name's.
#[test]
fn a_bracketed_unit_on_its_own_line_ends_the_name() {
    let body = "产出指标\n数量指标\n\
        以辖区常住人口\n为基数计算的健\n康档案建档率\n(%)\n≥92%\n\
        档案更新人数\n(人)\n≥8000 人\n\
        以辖区户籍人口\n为基数计算的电\n子档案使用率\n(%)\n≥60%\n\
        质量指标\n档案信息错漏数\n(份)\n≤30 份\n\
        满意度指标\n服务对象满意度指标\n建档居民满意度\n(%)\n≥90%\n";
    let f = parse(&format!("{HEAD}{body}"));
    let got: Vec<(String, String)> = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    let shown = show(&f);
    for (name, value) in [
        ("以辖区常住人口为基数计算的健康档案建档率(%)", "≥92%"),
        ("档案更新人数(人)", "≥8000人"),
        ("以辖区户籍人口为基数计算的电子档案使用率(%)", "≥60%"),
        ("档案信息错漏数(份)", "≤30份"),
        ("建档居民满意度(%)", "≥90%"),
    ] {
        assert!(got.contains(&(name.to_string(), value.to_string())), "{name} {value}\n{shown}");
    }
    assert_eq!(got.len(), 5, "{shown}");
}
