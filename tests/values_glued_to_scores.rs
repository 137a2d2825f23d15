//! Text copies of county target tables (河北) that print a row's 指标值 run into its
//! 分值 ("≥95%10", "100%20") with the 分值 cell left empty: the value was unparsed
//! and the score lost. Cut only where the header has a 分值/权重 column right after
//! 指标值, the row's 分值 is empty, the whole is no target but its head is a
//! quantified one (ending in % or a unit word), and the tail a plausible score.
//! Fixtures synthetic (own names and numbers).

#[path = "common/families.rs"]
mod families;
use families::{parse, show};
use jixiao::Filing;

fn table(head: &str, rows: &str) -> Filing {
    parse(&format!(
        "项目支出绩效目标表\n项目名称\t某县农村公路养护\n主管部门\t某县交通运输局\n一级指标\t二级指标\t三级指标\t{head}\n{rows}"
    ))
}

fn read(f: &Filing) -> Vec<(String, Option<f64>)> {
    f.projects[0].indicators.iter().map(|i| (i.value.clone(), i.score)).collect()
}

fn want(rows: &[(&str, Option<f64>)]) -> Vec<(String, Option<f64>)> {
    rows.iter().map(|(v, s)| (v.to_string(), *s)).collect()
}

#[test]
fn a_value_run_into_its_empty_score_cell_is_cut_apart() {
    let f = table(
        "指标值\t分值",
        "产出指标\t数量指标\t养护公路里程\t≥120公里10\t\n\
         产出指标\t质量指标\t养护合格率\t≥95%20\t\n\
         产出指标\t时效指标\t完成时间\t2025年11月底前10\t\n\
         产出指标\t成本指标\t每公里养护成本\t≤1.5万元12.5\t\n\
         效益指标\t社会效益指标\t群众出行条件\t明显改善\t20\n\
         满意度指标\t服务对象满意度指标\t群众满意度\t100%20\t\n",
    );
    let expected = [
        ("≥120公里", Some(10.0)),
        ("≥95%", Some(20.0)),
        ("2025年11月底前", Some(10.0)),
        ("≤1.5万元", Some(12.5)),
        ("明显改善", Some(20.0)),
        ("100%", Some(20.0)),
    ];
    assert_eq!(read(&f), want(&expected), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "V003"), "{}", show(&f));
}

#[test]
fn values_that_may_end_in_digits_are_left_whole() {
    // A score printed in its own cell; a bare number (≥9510 could be ≥951 and 0); a
    // date whose day follows its month; a ratio; a score out of range or not a half;
    // a qualitative head ("较上年提高10" is a value).
    let f = table(
        "指标值\t分值",
        "产出指标\t数量指标\t养护公路里程\t≥120公里\t10\n\
         产出指标\t数量指标\t修补坑槽面积\t≥9510\t\n\
         产出指标\t时效指标\t完成时间\t2025年6月30\t\n\
         产出指标\t质量指标\t路面病害比例\t1:10\t\n\
         产出指标\t质量指标\t养护合格率\t≥95%150\t\n\
         产出指标\t质量指标\t路面平整度\t≥90%7.3\t\n\
         效益指标\t经济效益指标\t运输效率\t较上年提高10\t\n",
    );
    let values: Vec<String> = read(&f).into_iter().map(|r| r.0).collect();
    assert_eq!(values, ["≥120公里", "≥9510", "2025年6月30", "1:10", "≥95%150", "≥90%7.3", "较上年提高10"], "{}", show(&f));
    assert_eq!(f.projects[0].indicators[0].score, Some(10.0));
    assert!(f.projects[0].indicators[1..].iter().all(|i| i.score.is_none()), "{}", show(&f));
    // No 分值 column: the digits stay where they are.
    let f = table("指标值\t备注", "产出指标\t质量指标\t养护合格率\t≥95%20\t\n");
    assert_eq!(read(&f), want(&[("≥95%20", None)]), "{}", show(&f));
}
