//! 东莞 财政项目支出绩效目标批复表 on web pages: 中期 and 年度 indicators side by side under
//! "指标值(或计划水平)" and "计划指标值(或计划水平)", and labels of that template's own:
//! 预期产出指标, 数量指标(或建筑规模指标), 时效指标(工期指标、形象进度指标),
//! 预算(或投资规模)控制指标, 社会、经济、生态效益 指标. Unknown, those labels were read as
//! names and every row shifted a column. Fixture synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, show};

#[test]
fn approval_table_labels_and_plan_value_column() {
    let f = parse(
        "\
某市财政项目支出绩效目标批复表 | |||||||
预算单位:某市文化广电旅游局 | |||||||
项目名称 | 公共文化设施维护 | |||||||
绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值(或计划水平) | 二级指标 | 三级指标 | 计划指标值(或计划水平) |
预期产出指标 | 数量指标(或建筑规模指标) | 维护场馆数 | 12个 | 数量指标(或建筑规模指标) | 维护场馆数 | 4个 |
时效指标(工期指标) | 维护完成时间 | 12月底前 | 时效指标(工期指标、形象进度指标) | 维护完成时间 | 6月底前 |
预算(或投资规模)控制指标 | 年度预算执行率 | ≥90% | 预算(或投资规模)控制指标 | 年度预算执行率 | ≥95% |
效果指标 | 社会、经济、生态效益 指标 | 场馆开放率 | ≥95% | 社会、经济、生态效益 指标 | 场馆开放率 | ≥98% |
",
    );
    let p = &f.projects[0];
    let got: Vec<(String, String, String, String, String)> = p
        .indicators
        .iter()
        .map(|i| (format!("{:?}", i.period), i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone()))
        .collect();
    let want = |period: &str, rows: &[(&str, &str, &str, &str)]| -> Vec<(String, String, String, String, String)> {
        rows.iter().map(|r| (period.to_string(), r.0.into(), r.1.into(), r.2.into(), r.3.into())).collect()
    };
    let mut expected = want(
        &format!("{:?}", p.indicators[0].period),
        &[
            ("产出指标", "数量指标", "维护场馆数", "12个"),
            ("产出指标", "时效指标", "维护完成时间", "12月底前"),
            ("产出指标", "成本指标", "年度预算执行率", "≥90%"),
            ("效益指标", "社会效益指标", "场馆开放率", "≥95%"),
        ],
    );
    expected.extend(want(
        &format!("{:?}", p.indicators.last().unwrap().period),
        &[
            ("产出指标", "数量指标", "维护场馆数", "4个"),
            ("产出指标", "时效指标", "维护完成时间", "6月底前"),
            ("产出指标", "成本指标", "年度预算执行率", "≥95%"),
            ("效益指标", "社会效益指标", "场馆开放率", "≥98%"),
        ],
    ));
    assert_eq!(got, expected, "{}", show(&f));
    assert_ne!(p.indicators[0].period, p.indicators.last().unwrap().period, "{}", show(&f));
    // The raw labels are kept as printed.
    assert_eq!(p.indicators[0].level1_raw, "预期产出指标", "{}", show(&f));
}

/// The same form from a converter that pads every row to the table's width but starts
/// a new line after a cell that held a line break: the project name's label and the
/// matrix header come one piece per line, each ending in the "|" that closed it. The
/// header was not found and the name's row lost its label; the amounts' labels
/// (中期市财政预算, 本年度申请市财政预算资金) were unknown.
#[test]
fn approval_table_rows_broken_after_cells() {
    let f = parse(
        "\
某市财政项目支出绩效目标批复表 | ||||||||
预算单位:某市水务局 | ||||||||
项目 名称 |
城区排水管网改造 | 中期市财政预算(万元) | 3600.00 | 本年度申请市财政预算资金(万元) | 450.00 | |||
总体目标 | 中期滚动目标(2021年--2023年) | 年度目标 | ||||||
完成城区管网改造,提升排水能力。 | 完成一期管网改造。 | |||||||
绩效指标 | 一级 指标 |
二级 指标 |
三级 指标 |
指标值(或计划水平) | 二级 指标 |
三级 指标 |
计划指标值(或计划水平) | |
预期产出指标 | 数量指标(或建筑规模指标) | 改造管网长度 | 18公里 | 数量指标(或建筑规模指标) | 改造管网长度 | 5公里 | ||
质量指标 | 工程验收合格率 | 100% | 质量指标 | 工程验收合格率 | 100% | |||
时效指标(工期指标) | 完工时间 | 12月底前 | 时效指标(工期指标、形象进度指标) | 完工时间 | 6月底前 | |||
预算(或投资规模)控制指标 | 年度预算执行率 | ≥90% | 预算(或投资规模)控制指标 | 年度预算执行率 | ≥95% | |||
效果指标 | 社会、经济、生态效益 指标 | 内涝点减少数 | 6个 | 社会、经济、生态效益 指标 | 内涝点减少数 | 2个 | ||
",
    );
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("城区排水管网改造"), "{}", show(&f));
    assert_eq!(p.funds.midterm.as_ref().and_then(|m| m.total), Some(3600.0), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|m| m.total), Some(450.0), "{}", show(&f));
    let got: Vec<(String, String, String)> = p.indicators.iter().map(|i| (i.level2.clone(), i.name.clone(), i.value.clone())).collect();
    let rows = [
        ("数量指标", "改造管网长度"),
        ("质量指标", "工程验收合格率"),
        ("时效指标", "完工时间"),
        ("成本指标", "年度预算执行率"),
        ("社会效益指标", "内涝点减少数"),
    ];
    let expected: Vec<(String, String, String)> = rows
        .iter()
        .zip(["18公里", "100%", "12月底前", "≥90%", "6个"])
        .chain(rows.iter().zip(["5公里", "100%", "6月底前", "≥95%", "2个"]))
        .map(|((l2, n), v)| (l2.to_string(), n.to_string(), v.to_string()))
        .collect();
    assert_eq!(got, expected, "{}", show(&f));
}
