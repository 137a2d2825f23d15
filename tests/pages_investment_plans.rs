//! 中央预算内投资计划绩效目标表, as a finance bureau passes a 发展改革委 plan down to a
//! district (web pages, each cell closed by " |", one a line): 下达地方或单位 and
//! 下达中央预算内投资(万元) were no keys, so the receiving government ran on into the
//! project's name and the investment was left unplaced; 实施效果指标 in the 一级
//! column over 产出指标 / 效益指标 became an indicator with no value. Fixture
//! synthetic (own names and numbers) in that shape.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, show};

const PAGE: &str = "附件
某省农村供水保障专项
2023年
中央预算内投资计划绩效目标表
(某县农村供水保障工程)
专项名称 |
农村供水保障专项 (规模化供水工程) | ||||
下达地方或单位 |
某县人民政府 | ||||
下达中央预算内投资(万元) |
860 | ||||
总 体 目 标 |
提高农村自来水普及率和供水保证率。 | ||||
绩 效 指 标 |
一级指标 |
二级指标 |
三级指标 |
指标值 | |
实施效果指标 |
产出指标 |
新建供水工程处数 |
3 | ||
工程验收合格率 |
100% | ||||
效益指标 |
受益农村人口 |
≥1.2万人 | |||
农村自来水普及率 |
≥92% | |||
";

#[test]
fn receiving_unit_and_investment_are_fields() {
    let f = parse(PAGE);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("农村供水保障专项 (规模化供水工程)"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县人民政府"));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(860.0), "{}", show(&f));
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
}

#[test]
fn results_heading_over_the_level_labels_is_no_indicator() {
    let f = parse(PAGE);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "", "新建供水工程处数", "3"),
            ("产出指标", "", "工程验收合格率", "100%"),
            ("效益指标", "", "受益农村人口", "≥1.2万人"),
            ("效益指标", "", "农村自来水普及率", "≥92%"),
        ]),
        "{}",
        show(&f)
    );
}
