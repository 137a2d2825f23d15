//! Text from `pdftotext -raw`: each table row on one line, cells cut by single spaces,
//! and spaces too inside the values the PDF spaced ("≤40 万元", "2026 年 10 月") and
//! between a name and the number printed after it ("巡河里程 3"). Fixtures synthetic
//! (own names and numbers), in the shape of such a copy.

#[path = "common/families.rs"]
mod families;
use families::{all, parse, show};

const HEAD: &str = "项目支出绩效目标表\n（2026 年度）\n项目名称 河道保洁专项经费\n\
    主管部门 区水务局 实施单位 区河道管理所\n项目资金（万元） 年度资金总额 86.00\n其中：财政拨款 86.00\n\
    年度绩效目标\n完成辖区河道日常保洁与巡查任务，群众满意度不低于 92%。\n";

fn pairs(text: &str) -> Vec<(String, String)> {
    let f = parse(text);
    let got: Vec<(String, String)> = all(&f).iter().map(|i| (i.name.clone(), i.value.clone())).collect();
    eprintln!("{}", show(&f));
    got
}

fn owned(want: &[(&str, &str)]) -> Vec<(String, String)> {
    want.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
}

/// A row with more pieces than the header has columns: a number left between the
/// name and a value the target grammar reads is the name's, and a number with its
/// unit, or a year with its month, is one value.
#[test]
fn a_number_before_the_value_is_the_names_and_spaced_values_are_one() {
    let body = "一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 巡河里程 3 ≥96%\n\
        保洁频次 4 100%\n\
        质量指标 清漂面积 5 ≤40 万元\n\
        时效指标 巡查人次 6 ≥1500 人次\n\
        完工时间 7 2026 年 10 月\n\
        效益指标 社会效益指标 投诉件数 8 15 件\n\
        满意度指标 服务对象满意度指标 群众满意度 9 ≥92%\n";
    let want = [
        ("巡河里程3", "≥96%"),
        ("保洁频次4", "100%"),
        ("清漂面积5", "≤40万元"),
        ("巡查人次6", "≥1500人次"),
        ("完工时间7", "2026年10月"),
        ("投诉件数8", "15件"),
        ("群众满意度9", "≥92%"),
    ];
    assert_eq!(pairs(&format!("{HEAD}{body}")), owned(&want));
}

/// As many pieces as columns: a name and its value, nothing joined.
#[test]
fn a_row_as_wide_as_the_header_is_left_as_cut() {
    let body = "一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 巡河里程 ≥96%\n\
        保洁频次 100%\n";
    let want = [("巡河里程", "≥96%"), ("保洁频次", "100%")];
    assert_eq!(pairs(&format!("{HEAD}{body}")), owned(&want));
}

/// A name wrapped over several lines in a narrow column, its value on a line of its
/// own after them (and the value's unit or month on the line after that): the lines
/// are one name, the value line its value.
#[test]
fn name_lines_closed_by_a_value_line_are_one_name() {
    let body = "一级指标 二级指标 三级指标 指标值\n\
        产出指标 数量指标 巡河里程 3 沿岸\n\
        步道保洁垃圾清\n\
        运输监督\n\
        ≥96%\n\
        保洁频次 4 100%\n\
        质量指标 清漂面积 5 河面\n\
        浮萍漂浮物\n\
        ≥1500\n\
        平方米\n\
        完工时间 6 ≤12 天\n";
    let want = [
        ("巡河里程3沿岸步道保洁垃圾清运输监督", "≥96%"),
        ("保洁频次4", "100%"),
        ("清漂面积5河面浮萍漂浮物", "≥1500平方米"),
        ("完工时间6", "≤12天"),
    ];
    assert_eq!(pairs(&format!("{HEAD}{body}")), owned(&want));
}
