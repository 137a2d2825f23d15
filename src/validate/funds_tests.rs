use super::*;
use crate::validate::fixtures::*;

#[test]
fn f001_fires_when_the_parts_do_not_add_up() {
    let text = SEED001_P1.replace("其中：财政拨款\t13,290,000", "其中：财政拨款\t13,200,000");
    let found = run_text(&text, "F001");
    assert_eq!(places(&found), [(Some(0), None, Some(1))], "{found:#?}");
    assert!(found[0].message.contains("13,200,000"));
}

#[test]
fn f001_is_silent_when_they_do() {
    // Seed 000 project 4: 年度 199923 = 财政拨款 0 + 其他资金 199923; seed 002: no 其他资金 printed.
    for text in [SEED001_P1, SEED000_P3, SEED002_P1] {
        assert!(run_text(text, "F001").is_empty());
    }
}

#[test]
fn f001_leaves_an_unprinted_part_as_the_rest() {
    // "其中财政拨款450万元" of 500 with no other part given: the 50 may be the rest.
    let partial = SEED001_P1.replace("其中：财政拨款\t13,290,000", "其中：财政拨款\t13,200,000").replace("\t其他资金\t0\t\n", "");
    assert!(run_text(&partial, "F001").is_empty(), "{:#?}", parse(&partial).projects[0].funds);
    // A given part that is already more than the total is still wrong.
    let over = partial.replace("13,200,000", "13,300,000");
    assert_eq!(run_text(&over, "F001").len(), 1);
}

#[test]
fn f002_fires_on_the_midterm_sum() {
    let text = SEED000_P2.replace("其中:财政拨款\t\t230.00", "其中:财政拨款\t\t220.00");
    assert_eq!(run_text(&text, "F002").len(), 1);
    assert!(run_text(SEED000_P2, "F002").is_empty());
}

#[test]
fn f003_fires_when_the_annual_total_exceeds_the_midterm() {
    let text = SEED000_P2.replace("年度资金总额:\t\t60.00", "年度资金总额:\t\t300.00");
    assert_eq!(run_text(&text, "F003").len(), 1, "{:#?}", parse(&text).projects[0].funds);
    assert!(run_text(SEED000_P2, "F003").is_empty());
    assert!(run_text(SEED000_P3, "F003").is_empty());
}

#[test]
fn f004_fires_on_a_wan_header_over_yuan_amounts() {
    // Seed 001: "项目资金 (万元)" over 13,290,000 for a county bureau.
    let found = run_text(SEED001_P1, "F004");
    assert_eq!(places(&found), [(Some(0), None, Some(1))]);
    assert!(found[0].message.contains("likely unit: 元"), "{}", found[0].message);
    assert_eq!(likely_money_unit(&parse(SEED001_P1).projects[0]), Some("元"));
}

#[test]
fn f004_is_silent_on_large_but_plausible_amounts() {
    // Seed 000: 199,923 万元 for a city's resident-insurance subsidy (474万 insured × ~420 元).
    for text in [SEED000_P3, SEED002_P1, SEED004_P0] {
        assert!(run_text(text, "F004").is_empty());
    }
    assert_eq!(likely_money_unit(&parse(SEED000_P3).projects[0]), Some("万元"));
}

#[test]
fn likely_money_unit_reads_tiny_yuan_as_wan_and_needs_a_declared_unit() {
    let mut p = parse(SEED002_P1).projects.remove(0);
    assert_eq!(likely_money_unit(&p), Some("元"));
    p.funds.annual = Some(Funds { total: Some(6.0), fiscal: Some(6.0), other: None, carryover: None });
    assert_eq!(likely_money_unit(&p), Some("万元"));
    p.money_unit = None;
    assert_eq!(likely_money_unit(&p), None);
}

#[test]
fn f005_fires_on_a_falling_or_short_spend_plan() {
    let falling = SEED004_P0.replace("75%", "45%");
    assert!(run_text(&falling, "F005")[0].message.contains("45%"));
    let short = SEED004_P0.replace("\t100%\n", "\t90%\n");
    assert!(run_text(&short, "F005")[0].message.contains("90%"));
    assert!(run_text(SEED004_P0, "F005").is_empty());
}

#[test]
fn f006_fires_on_negative_amounts_and_a_zero_total() {
    let mut f = parse(SEED001_P1);
    f.projects[0].funds.annual.as_mut().unwrap().other = Some(-10.0);
    assert_eq!(run_filing(&f, "F006").len(), 1);
    let a = f.projects[0].funds.annual.as_mut().unwrap();
    a.other = Some(0.0);
    a.total = Some(0.0);
    assert!(run_filing(&f, "F006")[0].message.contains("zero"));
    assert!(run_text(SEED001_P1, "F006").is_empty());
}

#[test]
fn f007_fires_on_a_cost_above_the_budget() {
    // Seed 002: 设备均价 ≤3万元 in a project whose whole budget is 1000 元.
    let f = parse(SEED002_P1);
    let i = index_of(&f, 0, "设备均价");
    let found = run_text(SEED002_P1, "F007");
    assert_eq!(places(&found), [(Some(0), Some(i), Some(50))]);
}

#[test]
fn f007_is_silent_within_the_budget() {
    // Real 24: 年度预算总成本 =3万元 equals the 3 万元 budget.
    for text in [Some(SEED000_P2.to_string()), real("24"), Some(SEED004_P0.to_string())].into_iter().flatten() {
        assert!(run_text(&text, "F007").is_empty());
    }
}

#[test]
fn amounts_print_like_a_reader_writes_them() {
    assert_eq!(amount(1_907_400.0), "1,907,400");
    assert_eq!(amount(67.2), "67.2");
    assert_eq!(amount(0.05), "0.05");
    assert_eq!(amount(-1234.5), "-1,234.5");
}

/// A 部门整体 table whose 年度预算安排 splits the total (real 18's shape).
const DEPARTMENT: &str = "部门整体支出绩效目标表
部门名称\t某县档案馆
年度预算安排(万元)\t资金总额\t171.41
\t项目支出\t60.8
\t基本支出\t110.61
年度总体目标\t完成馆藏档案整理和数字化，保障档案馆正常运转。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t档案整理数量\t≥1000卷
";

#[test]
fn f008_fires_when_the_department_split_does_not_add_up() {
    let text = DEPARTMENT.replace("\t项目支出\t60.8", "\t项目支出\t50.8");
    let found = run_text(&text, "F008");
    assert_eq!(places(&found), [(Some(0), None, Some(1))], "{found:#?}");
    assert!(found[0].message.contains("161.41"), "{}", found[0].message);
}

#[test]
fn f008_is_silent_when_it_does_or_when_there_is_no_split() {
    assert!(run_text(DEPARTMENT, "F008").is_empty());
    assert!(run_text(SEED001_P1, "F008").is_empty());
}
