//! 区域绩效目标表 (domain.md §5 L8, 163号 transfer payments) with one value column per
//! sub-region: under a 指标值 cell merged across them, or headed by the place names
//! alone.

use jixiao::{parse_bytes, Filing, ParseOptions};

fn parse(html: &str) -> Filing {
    parse_bytes(html.as_bytes(), &ParseOptions::default()).unwrap()
}

fn html(header: &str) -> String {
    format!(
        r#"<html><head><meta charset="utf-8"></head><body>
<p>2023年衔接推进乡村振兴补助资金区域绩效目标表</p>
<table border="1">
<tr><td>专项(项目)名称</td><td colspan="6">衔接推进乡村振兴补助资金</td></tr>
<tr><td>省级主管部门</td><td colspan="6">某省农业农村厅</td></tr>
<tr><td>资金总额</td><td colspan="6">12000</td></tr>
<tr><td>年度总体目标</td><td colspan="6">目标1：支持产业发展项目不少于100个。</td></tr>
{header}
<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>支持产业项目数量</td><td>≥30个</td><td>≥40个</td><td>≥30个</td><td>≥100个</td></tr>
<tr><td>项目验收合格率</td><td>100%</td><td>100%</td><td>98%</td><td>99%</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>受益群众满意度</td><td>≥90%</td><td>≥90%</td><td>≥85%</td><td>≥90%</td></tr>
</table></body></html>"#
    )
}

fn check(f: &Filing) {
    let p = &f.projects[0];
    let got: Vec<(&str, &str, Vec<&str>)> =
        p.indicators.iter().map(|i| (i.name.as_str(), i.value.as_str(), i.values.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        got,
        vec![
            ("支持产业项目数量", "≥30个", vec!["≥30个", "≥40个", "≥30个", "≥100个"]),
            ("项目验收合格率", "100%", vec!["100%", "100%", "98%", "99%"]),
            ("受益群众满意度", "≥90%", vec!["≥90%", "≥90%", "≥85%", "≥90%"]),
        ]
    );
    // Which region each of `values` is.
    assert_eq!(p.value_columns.as_deref(), Some(&["甲县", "乙县", "丙县", "合计"].map(String::from)[..]));
    assert!(p.complete, "{:?}", f.diagnostics);
    let s005: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").map(|d| d.snippet.clone()).collect();
    assert!(s005.is_empty(), "{s005:?}");
}

#[test]
fn sub_regions_named_under_a_merged_value_cell() {
    // The place names were read as an indicator (name 甲县, value 乙县), the other
    // regions' values were left over and the table was reported cut off.
    check(&parse(&html(
        r#"<tr><td rowspan="2">一级指标</td><td rowspan="2">二级指标</td><td rowspan="2">三级指标</td><td colspan="4">指标值</td></tr>
<tr><td>甲县</td><td>乙县</td><td>丙县</td><td>合计</td></tr>"#,
    )));
}

#[test]
fn sub_regions_heading_the_value_columns_alone() {
    // No 指标值 word at all: every indicator came out with an empty value.
    check(&parse(&html(
        "<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>甲县</td><td>乙县</td><td>丙县</td><td>合计</td></tr>",
    )));
}

#[test]
fn finance_bureaus_and_the_central_local_split_are_kept() {
    // 163号 prints each level's 财政部门 beside its 主管部门, and splits the year's
    // amount into 中央补助 / 地方资金: all were left over (S005).
    let text = "2020年省级财政水利发展资金绩效目标表\n\
        专项(项目)名称\t农村饮水安全巩固提升工程专项\n\
        市级财政部门\t宝鸡市财政局\t市级主管部门\t宝鸡市水利局\n\
        区级财政部门\t陈仓区财政局\t区级主管部门\t陈仓区水利局\n\
        资金情况(万元)\t资金总额\t500\t其中：中央补助\t300\t地方资金\t200\n\
        总体目标\t改善提升9200人饮水条件。\n\
        一级指标\t二级指标\t三级指标\t指标值\n\
        产出指标\t数量指标\t农村饮水工程覆盖服务人口数\t≥0.92万人\n";
    let f = jixiao::parse_text(text, &ParseOptions::default());
    let p = &f.projects[0];
    // One value column: nothing to name.
    assert_eq!(p.value_columns, None);
    assert_eq!(p.extra.get("市级财政部门").map(String::as_str), Some("宝鸡市财政局"));
    assert_eq!(p.extra.get("区级财政部门").map(String::as_str), Some("陈仓区财政局"));
    assert_eq!(p.extra.get("地方资金").map(String::as_str), Some("200"));
    assert_eq!(p.department.as_deref(), Some("陈仓区水利局"));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(500.0));
    let s005: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S005").map(|d| d.snippet.clone()).collect();
    assert!(s005.is_empty(), "{s005:?}");
}
