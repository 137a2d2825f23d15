//! PyMuPDF's plain `get_text()` of a matrix whose names wrap narrower than its widest
//! line: one cell per line, each wrapped line of a name on a line of its own. The
//! width several name pieces share is where the column wraps. Fixtures synthetic
//! (own names and numbers), in the shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

/// (name, value) of every indicator read, in order.
fn pairs(text: &str) -> (Vec<(String, String)>, String) {
    let f = parse(text);
    let p = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    (p, show(&f))
}

const HEAD: &str = "2026 年部门预算项目支出绩效目标表\n项目名称\n城区道路养护专项经费\n主管部门\n区城管局\n\
    实施单位\n区市政养护所\n项目资金（万元）\n年度资金总额\n320.00\n其中：财政拨款\n320.00\n年度绩效目标\n\
    完成城区道路日常养护与巡查任务，市民满意度不低于90%。\n";

/// Two groups side by side (一级 / 二级 / 三级 / 指标值, then 二级 / 三级 / 指标值), the
/// right one's names unwrapped and wider: the left one's names wrap at seven
/// characters, a width four pieces share, and each is one name again — even where
/// the tail ends like a name ("收一次合格率").
#[test]
fn names_wrapped_at_a_width_pieces_share_are_joined() {
    let body = "一级指标\n二级指标\n三级指标\n指标值\n二级指标\n三级指标\n指标值\n\
        产出指标\n数量指标\n城区主干道路面\n巡查工作\n≥4 次/月\n\
        数量指标\n人行道破损修补平方米数\n≥1500 平方米\n\
        质量指标\n道路养护工程验\n收一次合格率\n100%\n\
        质量指标\n路灯设施完好率\n≥98%\n排水管网清淤疏\n通任务完成率\n100%\n\
        时效指标\n道路坑槽修补响\n应时间\n≤48 小时\n\
        时效指标\n群众投诉办结\n≤7 天\n\
        满意度指标\n服务对象满意度指标\n沿街市民满意度\n≥90%\n";
    let (got, shown) = pairs(&format!("{HEAD}{body}"));
    for (name, value) in [
        ("城区主干道路面巡查工作", "≥4次/月"),
        ("人行道破损修补平方米数", "≥1500平方米"),
        ("道路养护工程验收一次合格率", "100%"),
        ("路灯设施完好率", "≥98%"),
        ("排水管网清淤疏通任务完成率", "100%"),
        ("道路坑槽修补响应时间", "≤48小时"),
        ("群众投诉办结", "≤7天"),
        ("沿街市民满意度", "≥90%"),
    ] {
        assert!(got.contains(&(name.to_string(), value.to_string())), "{name} {value}\n{shown}");
    }
    assert_eq!(got.len(), 8, "{shown}");
}

/// A name and its value printed twice in a row (三级 and 绩效指标描述 columns alike)
/// are two cells each time, not one wrapped cell: a wrap never ends in a number.
#[test]
fn a_name_and_value_printed_twice_are_no_wrapped_cell() {
    let body = "一级指标\n二级指标\n三级指标\n指标值\n\
        产出指标\n数量指标\n养护道路总里程数\n≥86 公里\n养护道路总里程数\n≥86 公里\n\
        设施巡检频次\n≥2 次/周\n\
        效益指标\n社会效益指标\n道路完好率\n≥95%\n";
    let (got, shown) = pairs(&format!("{HEAD}{body}"));
    let km = ("养护道路总里程数".to_string(), "≥86公里".to_string());
    assert_eq!(got.iter().filter(|p| **p == km).count(), 2, "{shown}");
    assert!(got.iter().all(|(n, _)| !n.contains("公里")), "{shown}");
}
