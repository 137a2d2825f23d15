use crate::validate::fixtures::*;
use crate::validate::RuleSettings;

#[test]
fn v008_fires_on_satisfaction_that_is_not_a_percentage() {
    // Seed 001: 政策知晓率 "普遍知晓", 工作满意度 "满意" under 满意度指标.
    assert_eq!(places(&run_text(SEED001_P1, "V008")), [(Some(0), Some(5), Some(19))]);
    assert_eq!(places(&run_text(SEED001_P2, "V008")), [(Some(0), Some(5), Some(19))]);
}

#[test]
fn v008_fires_on_exactly_100_and_below_the_threshold() {
    let text = SEED001_P3.replace("政策知晓率\t≥80%", "政策知晓率\t100%");
    assert!(run_text(&text, "V008")[0].message.contains("100%"));
    let strict = RuleSettings::default().select(["V008"]).unwrap().satisfaction_min(85.0).unwrap();
    let found = run_text_with(SEED001_P3, strict);
    assert!(found.len() == 1 && found[0].message.contains("85%"), "{found:#?}");
}

#[test]
fn v008_is_silent_on_a_change_in_satisfaction_and_on_complaints() {
    let text = table(&[
        "产出指标\t质量指标\t群众满意度提升\t≥5%",
        "满意度指标\t服务对象满意度指标\t群众满意度\t≥90%",
        "\t\t投诉率\t≤5%",
        "\t\t有效投诉次数\t0次",
    ]);
    assert_eq!(parse(&text).projects[0].indicators.len(), 4);
    assert!(run_text(&text, "V008").is_empty(), "{:#?}", run_text(&text, "V008"));
}

#[test]
fn v008_still_fires_on_a_satisfaction_level_below_the_floor_or_in_words() {
    let text = table(&["满意度指标\t服务对象满意度指标\t群众满意度\t≥75%", "\t\t政策知晓率\t较高", "\t\t受益群众满意度\t≤95%"]);
    assert_eq!(run_text(&text, "V008").len(), 3, "{:#?}", run_text(&text, "V008"));
}

#[test]
fn v008_is_silent_at_the_threshold() {
    // "≥80%" meets the default 80.
    assert!(run_text(SEED001_P3, "V008").is_empty());
    assert!(run_text(SEED000_P2, "V008").is_empty());
}

#[test]
fn v009_fires_on_a_disbursement_rate_filed_as_cost() {
    // Seed 004: 各种费用拨付率 ≥95% under 成本指标.
    let found = run_text(SEED004_P0, "V009");
    assert_eq!(places(&found), [(Some(0), Some(3), Some(69))]);
    assert!(found[0].message.contains("disbursement"));
    // Seed 001: "补助到位" as an 经济成本指标.
    assert_eq!(run_text(SEED001_P2, "V009").len(), 1);
}

#[test]
fn v009_reads_a_bare_number_by_the_unit_in_the_name() {
    // A number cell with the unit in the name's bracket: money is silent, people fire.
    let money = SEED000_P2.replace("年人均统筹基金支出\t≤6000元", "年人均统筹基金支出(元)\t≤6000");
    assert!(money.contains("(元)") && run_text(&money, "V009").is_empty(), "{:#?}", run_text(&money, "V009"));
    let people = SEED000_P2.replace("年人均统筹基金支出\t≤6000元", "年人均统筹基金支出(人)\t≤6000");
    assert_eq!(run_text(&people, "V009").len(), 2, "{:#?}", run_text(&people, "V009"));
}

#[test]
fn v009_is_silent_on_money_and_social_cost() {
    // "≤6000元"; "250万" (ambiguous, V012's); 社会成本指标 "成效明显" (101号 allows words).
    for text in [Some(SEED000_P2.to_string()), real("05"), Some(SEED001_P3.to_string()), real("24")].into_iter().flatten() {
        assert!(run_text(&text, "V009").is_empty(), "{:#?}", run_text(&text, "V009"));
    }
}

#[test]
fn v010_fires_on_wording_and_on_a_date_outside_the_year() {
    assert_eq!(places(&run_text(SEED001_P2, "V010")), [(Some(0), Some(3), Some(17))]);
    // The budget year stays 2024 (the 项目编码 says so); the target says 2023.
    let text = SEED004_P0.replace("2024年12月", "2023年12月");
    let found = run_text(&text, "V010");
    assert!(found.len() == 1 && found[0].message.contains("2024"), "{found:#?}");
}

#[test]
fn v010_is_silent_on_dates_durations_rates_and_frequencies() {
    // "≤12月份", "1次/半年", "≤5月份"; "2024年12月"; "≤30天".
    for text in [SEED000_P0, SEED004_P0, SEED000_P2] {
        assert!(run_text(text, "V010").is_empty(), "{:#?}", run_text(text, "V010"));
    }
}

#[test]
fn v011_fires_on_trivial_growth_targets() {
    // Seed 000 project 3: 医保费报销水平同比增幅 "≥0%" (中期) and "≥100%" (年度).
    let f = parse(SEED000_P2);
    let found = run_text(SEED000_P2, "V011");
    let mid = index_of(&f, 0, "医保费报销水平同比增幅");
    let annual = mid + 1 + f.projects[0].indicators[mid + 1..].iter().position(|i| i.name == "医保费报销水平同比增幅").unwrap();
    assert_eq!(places(&found), [(Some(0), Some(mid), Some(25)), (Some(0), Some(annual), Some(25))]);
}

#[test]
fn v011_is_silent_on_real_targets() {
    assert!(run_text(SEED000_P3, "V011").is_empty());
    assert!(run_text(SEED004_P0, "V011").is_empty());
}

#[test]
fn v010_is_silent_on_recurring_deadlines() {
    let text = table(&["产出指标\t时效指标\t报表报送时间\t每月10日前", "\t\t资金拨付时间\t每年6月底前", "\t\t季度考核时间\t每季度末前"]);
    assert_eq!(parse(&text).projects[0].indicators.len(), 3);
    for code in ["V003", "V006", "V010"] {
        assert!(run_text(&text, code).is_empty(), "{code}: {:#?}", run_text(&text, code));
    }
}
