use crate::validate::fixtures::*;

#[test]
fn c001_fires_on_an_annual_indicator_missing_from_the_midterm_set() {
    // Seed 000 project 1: 全市医保业务标准化建设执行率 is annual only.
    let f = parse(SEED000_P0);
    let i = index_of(&f, 0, "全市医保业务标准化建设执行率");
    assert_eq!(places(&run_text(SEED000_P0, "C001")), [(Some(0), Some(i), Some(23))]);
}

#[test]
fn c001_is_silent_on_matching_or_single_sets() {
    assert!(run_text(SEED000_P3, "C001").is_empty());
    assert!(run_text(SEED001_P2, "C001").is_empty());
}

#[test]
fn c002_fires_on_zero_beside_hundred_percent() {
    // Seed 000 project 3: 医保费报销水平同比增幅 ≥0% (中期) vs ≥100% (年度).
    let f = parse(SEED000_P2);
    let found = run_text(SEED000_P2, "C002");
    assert_eq!(found.len(), 1, "{found:#?}");
    let annual = found[0].indicator.unwrap();
    assert_eq!(f.projects[0].indicators[annual].name, "医保费报销水平同比增幅");
    assert_eq!(f.projects[0].indicators[annual].period, Some(crate::model::Period::Annual));
    assert_eq!(found[0].line, Some(25));
}

#[test]
fn c002_fires_on_an_annual_quantity_above_the_midterm_one() {
    let text = SEED000_P2.replace("享受副厅以上医疗待遇人数\t110人", "享受副厅以上医疗待遇人数\t400人");
    let found = run_text(&text, "C002");
    assert!(found.iter().any(|d| d.message.contains("quantity")), "{found:#?}");
    let looser = SEED000_P3.replace("≤30日\t时效指标\t参保职工报销时限\t≤30日", "≤30日\t时效指标\t参保职工报销时限\t≤60日");
    assert!(run_text(&looser, "C002").iter().any(|d| d.message.contains("looser")));
}

#[test]
fn c002_is_silent_on_identical_or_decomposed_targets() {
    // 享受副厅以上医疗待遇人数 ≤350人 (中期) vs 110人 (年度).
    let text = SEED000_P2.replace("≥100%", "≥0%");
    assert!(run_text(&text, "C002").is_empty());
    assert!(run_text(SEED000_P3, "C002").is_empty());
}

#[test]
fn c003_fires_on_identical_blocks_of_a_multi_year_project() {
    let text = SEED000_P3.replace("项目期\t\t1年", "项目期\t\t3年");
    let found = run_text(&text, "C003");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(run_text(SEED000_P3, "C003").is_empty());
    assert!(run_text(SEED000_P2, "C003").is_empty());
}

#[test]
fn c004_fires_on_a_code_or_title_of_another_year() {
    let text = SEED004_P0.replace("13022524P", "13022523P");
    assert_eq!(places(&run_text(&text, "C004")), [(Some(0), None, Some(1))]);
    let text = SEED000_P0.replace("（2023 年度）", "（2024 年度）");
    let found = run_text(&text, "C004");
    assert!(found.iter().any(|d| d.snippet.as_deref().is_some_and(|s| s.contains("2023年"))), "{found:#?}");
}

#[test]
fn c004_is_silent_when_the_years_agree() {
    for text in [SEED004_P0, SEED000_P0, SEED001_P2] {
        assert!(run_text(text, "C004").is_empty());
    }
}
