use crate::validate::fixtures::*;
use crate::validate::RuleSettings;

#[test]
fn v001_fires_on_the_empty_midterm_value() {
    // Seed 000 project 5: 医保重要政策知晓率 has no 中期 value, "≥90%" as 年度.
    let f = parse(SEED000_P4);
    let i = index_of(&f, 0, "医保重要政策知晓率");
    assert_eq!(places(&run_text(SEED000_P4, "V001")), [(Some(0), Some(i), Some(26))]);
}

#[test]
fn v001_is_silent_on_filled_values_and_on_a_cut() {
    for text in [SEED000_P2, SEED004_P4] {
        assert!(run_text(text, "V001").is_empty());
    }
}

#[test]
fn v002_fires_on_template_placeholders() {
    // Real 17 (陈仓 2020): "公里", "万亩", "万人", "公里", "≧ %".
    assert!(run_text(SEED000_P2, "V002").is_empty());
    let Some(real17) = real("17") else { return };
    let found = run_text(&real17, "V002");
    assert_eq!(found.len(), 5, "{found:#?}");
}

#[test]
fn v003_fires_on_an_unreadable_value_only() {
    let text = SEED001_P2.replace("完成目标", "完成主体工程70%");
    assert_eq!(places(&run_text(&text, "V003")), [(Some(0), Some(1), Some(15))]);
    // Placeholders are V002's, not V003's.
    assert!(run_text(SEED001_P2, "V003").is_empty());
    if let Some(real17) = real("17") {
        assert!(run_text(&real17, "V003").is_empty());
    }
}

#[test]
fn v004_fires_on_normalised_comparators() {
    // Real 07 (南岳 2018) prints ">=" and "<=" on every row.
    assert!(run_text(SEED000_P2, "V004").is_empty());
    let Some(real07) = real("07") else { return };
    assert_eq!(run_text(&real07, "V004").len(), 16);
}

#[test]
fn v005_fires_on_ocr_damage() {
    // Real 03 prints "292%" for "≥92%".
    let text = SEED001_P3.replace("≥70%", "292%");
    let found = run_text(&text, "V005");
    assert_eq!(places(&found), [(Some(0), Some(2), Some(16))], "{found:#?}");
    assert!(run_text(SEED001_P3, "V005").is_empty());
}

#[test]
fn v006_fires_on_unjudgeable_wording() {
    let found = run_text(SEED001_P2, "V006");
    let values: Vec<&str> = found.iter().map(|d| d.snippet.as_deref().unwrap().rsplit(" | ").next().unwrap()).collect();
    assert_eq!(values, ["保障工作开展", "服务群众", "满意"]);
    // Real 15: a bare "是".
    if let Some(real15) = real("15") {
        assert!(run_text(&real15, "V006").iter().any(|d| d.message.ends_with(": 是")));
    }
}

#[test]
fn v006_is_silent_on_graded_wording() {
    // 逐步推开, 成效明显: a direction that can be judged.
    assert!(run_text(SEED000_P3, "V006").is_empty());
}

#[test]
fn v007_fires_below_the_quantification_threshold() {
    // Seed 001 project 3: 0 of 6 targets quantified.
    assert_eq!(places(&run_text(SEED001_P2, "V007")), [(Some(0), None, Some(1))]);
    let strict = RuleSettings::default().select(["V007"]).unwrap().quantified_min(0.9).unwrap();
    assert_eq!(run_text_with(SEED000_P3, strict).len(), 1);
}

#[test]
fn v007_is_silent_above_the_threshold() {
    assert!(run_text(SEED000_P3, "V007").is_empty());
    let lax = RuleSettings::default().select(["V007"]).unwrap().quantified_min(0.0).unwrap();
    assert!(run_text_with(SEED001_P2, lax).is_empty());
}

#[test]
fn v014_fires_on_excel_serial_dates() {
    // Real 24 (乌海 2021): "=44,56144,561" is 2021-12-31.
    assert!(run_text(SEED004_P0, "V014").is_empty());
    let Some(real24) = real("24") else { return };
    let found = run_text(&real24, "V014");
    assert_eq!(found.len(), 2);
    assert!(found[0].message.contains("2021-12-31"));
}

#[test]
fn v006_is_silent_on_grades_and_ranks() {
    let text = table(&[
        "产出指标\t质量指标\t景区等级\tAAA级",
        "\t\t服务评级\t三星级",
        "\t\t考核排名\t第一名",
        "\t\t全省排名\t前三名",
        "\t\t竞赛获奖\t一等奖",
        "\t\t任务完成率\t完成100%",
        "\t\t竣工情况\t2024年12月已完成",
    ]);
    assert_eq!(parse(&text).projects[0].indicators.len(), 7);
    for code in ["V003", "V006"] {
        assert!(run_text(&text, code).is_empty(), "{code}: {:#?}", run_text(&text, code));
    }
}
