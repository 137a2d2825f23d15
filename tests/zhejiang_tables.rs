//! 浙江 项目申报表 (domain.md §5 L10): 指标类型 | 指标名称 | 指标值 | 指标描述. The
//! 指标类型 column may hold the 一级 (real 15, where the 二级 doubles as the name) or, as
//! here, the 二级 label of each row with the indicator named in 指标名称.

use jixiao::{parse_bytes, ParseOptions};

const HTML: &str = r#"<html><head><meta charset="utf-8"></head><body>
<p>临海市2024年项目支出绩效目标申报表</p>
<table border="1">
<tr><td>项目名称</td><td colspan="3">城区绿化养护</td></tr>
<tr><td>年度资金总额</td><td>2,350,000.00</td><td>其中：财政拨款</td><td>2,350,000.00</td></tr>
<tr><td>年度绩效目标</td><td colspan="3">完成城区绿地养护面积120万平方米。</td></tr>
<tr><td>指标类型</td><td>指标名称</td><td>指标值</td><td>指标描述</td></tr>
<tr><td>数量指标</td><td>绿地养护面积</td><td>≥120万平方米</td><td>城区公共绿地</td></tr>
<tr><td>质量指标</td><td>苗木成活率</td><td>≥95%</td><td></td></tr>
<tr><td>成本指标</td><td>每平方米养护成本</td><td>≤1.96元</td><td></td></tr>
<tr><td>社会效益指标</td><td>城市环境</td><td>明显改善</td><td></td></tr>
<tr><td>满意度指标</td><td>市民满意度</td><td>≥90%</td><td></td></tr>
</table></body></html>"#;

#[test]
fn second_level_labels_in_the_type_column_with_names_of_their_own() {
    let f = parse_bytes(HTML.as_bytes(), &ParseOptions::default()).unwrap();
    let got: Vec<(&str, &str, &str, &str)> =
        f.projects[0].indicators.iter().map(|i| (i.level1.as_str(), i.level2.as_str(), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        vec![
            // The name came out as "数量指标绿地养护面积": the 二级 standing in for a
            // name was kept in front of the row's own name.
            ("产出指标", "数量指标", "绿地养护面积", "≥120万平方米"),
            ("产出指标", "质量指标", "苗木成活率", "≥95%"),
            ("成本指标", "", "每平方米养护成本", "≤1.96元"),
            // The 一级 成本指标 carried from the row above gave a false T002.
            ("效益指标", "社会效益指标", "城市环境", "明显改善"),
            ("满意度指标", "", "市民满意度", "≥90%"),
        ]
    );
    assert!(f.diagnostics.iter().all(|d| d.code != "T002" && d.code != "T003"), "{:?}", f.diagnostics);
}

/// The 浙江 project library's field block: a goal label with a qualifier of its own
/// ("项目绩效目标 | 绩效目标 总体描述 | …") and a label naming two fields whose rows
/// follow ("项目主要内容、立项依据 | 立项依据 | …"). As pipe text, the way a web
/// page's table is often copied.
const FIELDS: &str = "项目名称: | 城区河道保洁经费 | 项目编号: |
项目联系人: | 李明 | 联系电话: | 13800000000 |
项目主要内容、立项依据 | 立项依据 | 根据河道保洁外包合同 |
主要内容 | 城区河道分三个标段保洁 |
项目绩效目标 | 绩效目标 总体描述 | 完成城区河道日常保洁，保持水面清洁。 |
指标类型 | 指标名称 | 指标值 | 指标描述 |
产出指标 | 数量指标 | 42公里 | 保洁河道长度 |
质量指标 | 100% | 保洁达标率 |
满意度指标 | 服务对象满意度指标 | ≥90% | 沿河居民满意度 |
";

#[test]
fn a_qualified_goal_label_and_a_label_naming_two_fields_take_no_value_of_their_own() {
    let f = parse_bytes(FIELDS.as_bytes(), &ParseOptions::default()).unwrap();
    let p = &f.projects[0];
    assert_eq!(p.goals.annual.as_deref(), Some("完成城区河道日常保洁，保持水面清洁。"));
    assert_eq!(p.extra.get("立项依据").map(String::as_str), Some("根据河道保洁外包合同"));
    assert_eq!(p.extra.get("主要内容").map(String::as_str), Some("城区河道分三个标段保洁"));
    // "、" is not the value of 项目主要内容.
    assert_eq!(p.extra.get("项目主要内容"), None);
    let unplaced: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect();
    assert!(unplaced.is_empty(), "{unplaced:?}");
}
