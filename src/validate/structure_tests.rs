use crate::validate::fixtures::*;
use crate::{parse_bytes, ParseOptions};

#[test]
fn s001_fires_on_prose_without_a_table() {
    let text = "部门整体绩效目标\n一、总体绩效目标\n坚持稳中求进工作总基调，坚持以人民为中心的发展思想。\n";
    let found = run_text(text, "S001");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].project, None);
}

#[test]
fn s001_is_silent_on_a_target_table() {
    assert!(run_text(SEED001_P1, "S001").is_empty());
}

#[test]
fn s002_and_s003_fire_on_a_project_without_name_or_rows() {
    let mut f = parse(SEED001_P1);
    f.projects[0].name = None;
    assert_eq!(places(&run_filing(&f, "S002")), [(Some(0), None, Some(f.projects[0].lines[0]))]);
    f.projects[0].indicators.clear();
    assert_eq!(run_filing(&f, "S003").len(), 1);
}

#[test]
fn s002_and_s003_are_silent_on_a_full_project() {
    assert!(run_text(SEED001_P1, "S00").iter().all(|d| d.code != "S002" && d.code != "S003"));
}

#[test]
fn s002_is_silent_on_a_whole_department_table_without_a_title() {
    // An 一体化 部门整体绩效目标 export (部门编码, 部门名称, *部门职能职责概述, no title row):
    // a department table has no 项目名称 by design.
    let text = "| 部门整体绩效目标 | |\n| 部门编码: | 316 | 部门名称: | 某县林业局 |\n\
                | *部门职能职责概述 | 保障林业局职能实现 |\n| 年度绩效目标 | |\n| *年度绩效总目标 | 保障人员经费 |\n\
                | 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 |\n\
                | 产出指标 | 数量指标 | 保障在职职工人数(人) | = | 116 | 人 |\n\
                | 效益指标 | 社会效益指标 | 林业资源保护 | | 有效保护 | |\n\
                | 满意度指标 | 服务对象满意度指标 | 职工满意度 | ≥ | 95 | % |\n";
    let f = parse(text);
    assert_eq!((f.kind.as_str(), f.projects.len(), f.projects[0].indicators.len()), ("department", 1, 3));
    assert!(run_text(text, "S002").is_empty(), "{:#?}", run_text(text, "S002"));
    // A project table that leaves 项目名称 out still fires.
    let unnamed = SEED001_P1.replacen("项目名称", "项目简称", 1);
    assert_eq!(run_text(&unnamed, "S002").len(), 1, "{:#?}", run_text(&unnamed, "S002"));
}

#[test]
fn s004_fires_on_the_cut_off_project_only() {
    assert_eq!(places(&run_text(SEED004_P4, "S004")), [(Some(0), None, Some(55))]);
    assert!(run_text(SEED004_P0, "S004").is_empty());
}

#[test]
fn s005_quotes_a_stray_cell() {
    let text = format!("第二部分\n{SEED004_P0}");
    let found = run_text(&text, "S005");
    assert!(found.iter().any(|d| d.snippet.as_deref() == Some("第二部分") && d.line == Some(1)), "{found:#?}");
    assert!(run_text(SEED001_P1, "S005").is_empty());
}

#[test]
fn s006_names_a_converted_encoding() {
    let (gbk, _, _) = encoding_rs::GB18030.encode(SEED001_P1);
    let opts = ParseOptions { rules: crate::validate::RuleSettings::default().select(["S006"]).unwrap(), ..ParseOptions::default() };
    let found = parse_bytes(&gbk, &opts).unwrap().diagnostics;
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("gb"), "{found:#?}");
    assert!(parse_bytes(SEED001_P1.as_bytes(), &opts).unwrap().diagnostics.is_empty());
}

/// Page-order PDF text prints merged labels mid-span: the row before the next 二级
/// label may be under either, and S007 quotes it. Labels printed where their spans
/// begin leave nothing open.
#[test]
fn s007_fires_on_a_row_whose_level2_the_text_leaves_open() {
    let mid = "项目名称\n\n城乡居民医疗救助\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n数量指标\n\n资助参保人数\n\n≥12000人\n\n\
        医疗救助人次\n\n≥3500人次\n\n救助对象识别准确率\n\n≥98%\n\n产出指标\n\n质量指标\n\n住院费用救助比例\n\n≥70%\n\n\
        满意度指标\n\n服务对象满意度指标\n\n救助对象满意度\n\n≥90%\n";
    let found = run_text(mid, "S007");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].snippet.as_deref(), Some("数量指标 | 救助对象识别准确率 | ≥98%"));
}

#[test]
fn s007_is_silent_where_labels_open_their_spans() {
    assert!(run_text(SEED001_P1, "S007").is_empty());
    let first = "一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n参保人数\n≥12000人\n质量指标\n识别准确率\n≥98%\n";
    assert!(run_text(first, "S007").is_empty());
}
