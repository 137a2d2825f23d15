use super::*;
use crate::validate::fixtures::*;
use crate::validate::RuleSettings;

fn forced(code: &str, framework: Framework) -> RuleSettings {
    RuleSettings::default().select([code]).unwrap().framework(Some(framework))
}

#[test]
fn t001_fires_on_an_unknown_level1_label() {
    // A pre-2017 template's 投入指标 in place of 效益指标 (seed 001, project 3).
    let mut f = parse(SEED001_P2);
    f.projects[0].indicators[4].level1_raw = "投入指标".into();
    let found = run_filing(&f, "T001");
    assert_eq!(places(&found), [(Some(0), Some(4), Some(f.projects[0].indicators[4].line))]);
    assert!(found[0].message.contains("投入指标"));
}

#[test]
fn t001_fires_on_cost_as_level1_when_framework_a_is_forced() {
    let found = run_text_with(SEED001_P2, forced("T001", Framework::A));
    assert_eq!(places(&found), [(Some(0), Some(0), Some(14))], "{found:#?}");
}

#[test]
fn t001_is_silent_on_both_frameworks_and_aliases() {
    for text in [Some(SEED001_P2.to_string()), Some(SEED000_P2.to_string()), real("15"), real("05")].into_iter().flatten() {
        assert!(run_text(&text, "T001").is_empty());
    }
}

#[test]
fn t002_fires_on_a_level2_under_the_wrong_level1() {
    let mut f = parse(SEED001_P2);
    // 经济效益指标 printed under 产出指标.
    f.projects[0].indicators[1].level2 = "经济效益指标".into();
    f.projects[0].indicators[1].level2_raw = "经济效益指标".into();
    let found = run_filing(&f, "T002");
    assert_eq!(places(&found), [(Some(0), Some(1), Some(f.projects[0].indicators[1].line))]);
}

#[test]
fn t002_fires_on_cost_under_output_when_framework_b_is_forced() {
    let f = parse(SEED000_P2);
    let first_cost = index_of(&f, 0, "年人均统筹基金支出");
    let found = run_text_with(SEED000_P2, forced("T002", Framework::B));
    // One finding per project and label pair, at its first row.
    assert_eq!(places(&found), [(Some(0), Some(first_cost), Some(23))], "{found:#?}");
}

#[test]
fn t002_is_silent_on_both_frameworks_and_satisfaction_under_benefit() {
    // Real 05 lists 社会公众或服务对象满意度指标 under 效益指标, as 88号's own template does.
    for text in [Some(SEED001_P2.to_string()), Some(SEED000_P2.to_string()), real("05"), real("15")].into_iter().flatten() {
        assert!(run_text(&text, "T002").is_empty(), "{:#?}", run_text(&text, "T002"));
    }
}

#[test]
fn t003_and_t004_fire_when_benefit_and_satisfaction_are_missing() {
    // Real 24 (乌海 2021) stops after its 成本指标 rows, then prints "效", the first
    // character of 效益指标: cut off there (S004), it is not missing its 效益 rows.
    // Without that last line the table looks whole, and lacks them.
    let Some(real24) = real("24") else { return };
    assert!(real24.trim_end().ends_with('效'));
    assert_eq!(run_text(&real24, "S004").len(), 1);
    assert!(run_text(&real24, "T003").is_empty());
    let whole = real24.trim_end().trim_end_matches('效');
    let found = run_text(whole, "T003");
    assert_eq!(found.len(), 1);
    assert!(found[0].message.contains("效益指标"));
    assert_eq!(run_text(whole, "T004").len(), 1);
}

#[test]
fn t003_and_t004_are_silent_on_full_and_cut_off_tables() {
    for text in [SEED001_P2, SEED000_P2, SEED004_P4] {
        assert!(run_text(text, "T003").is_empty());
        assert!(run_text(text, "T004").is_empty());
    }
}

#[test]
fn t005_reports_the_framework_once_per_filing() {
    let found = run_text(SEED001_P2, "T005");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].project, found[0].severity), (None, Severity::Info));
    assert!(found[0].message.contains("framework B"));
    let found = run_text(SEED000_P2, "T005");
    assert!(found.len() == 1 && found[0].message.contains("framework A"));
}

#[test]
fn t005_warns_when_one_table_mixes_both() {
    let mut f = parse(SEED000_P2);
    let i = index_of(&f, 0, "年人均统筹基金支出");
    f.projects[0].indicators[i].level1 = COST.into();
    f.projects[0].indicators[i].level2 = "经济成本指标".into();
    let found = run_filing(&f, "T005");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].project, found[0].severity), (Some(0), Severity::Warning));
}

#[test]
fn t005_is_silent_without_any_cost_indicator() {
    let Some(real15) = real("15") else { return };
    assert!(run_text(&real15, "T005").is_empty());
}

#[test]
fn t006_fires_on_a_repeated_name() {
    let text = SEED001_P2.replace("保障医保日常工作的正常开展", "基金征缴完成情况");
    let found = run_text(&text, "T006");
    assert_eq!(places(&found), [(Some(0), Some(2), Some(16))], "{found:#?}");
}

#[test]
fn t006_is_silent_when_names_repeat_across_periods() {
    // Seed 000 lists each indicator once per period, side by side.
    assert!(run_text(SEED000_P0, "T006").is_empty());
    assert!(run_text(SEED001_P2, "T006").is_empty());
}

#[test]
fn t007_fires_when_output_lacks_a_part() {
    // Real 15 (临海): 数量/质量/时效 but no 成本指标 anywhere.
    if let Some(real15) = real("15") {
        let found = run_text(&real15, "T007");
        assert_eq!(found.len(), 1);
        assert!(found[0].message.contains("成本指标"), "{found:#?}");
    }
    let text =
        SEED000_P2.replace("时效指标\t医保刷卡就医结算", "质量指标\t医保刷卡就医结算").replace("时效指标\t医保刷卡", "质量指标\t医保刷卡");
    assert!(run_text(&text, "T007").iter().any(|d| d.message.contains("时效指标")));
}

#[test]
fn t007_is_silent_on_complete_output_blocks_in_both_frameworks() {
    for text in [SEED001_P2, SEED000_P2, SEED004_P0, SEED004_P4] {
        assert!(run_text(text, "T007").is_empty());
    }
}
