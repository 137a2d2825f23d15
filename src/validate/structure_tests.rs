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
