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
