//! Indicator matrices printed sideways (广东 专项资金 绩效目标表): the level labels head
//! rows and each indicator is a column. Fixtures are synthetic (own names and numbers)
//! in the shape of those tables.

#[path = "common/families.rs"]
mod families;
use families::{expect, parse, rows, s005, show};

const HEAD: &str = "\
绩效目标表 |
资金名称 | 某教育发展专项资金 |
省级业务主管部门 | 某省教育厅 |
年度目标 | 推动新建校区秋季招生。 |
";

#[test]
fn level_labels_down_the_left_indicators_across() {
    // Each level row was read as an indicator row of its own ("一级指标" named
    // 产出指标 …), or nothing at all: no indicator came out right.
    let f = parse(&format!(
        "{HEAD}\
一级指标 | 产出指标 | 产出指标 | 效益指标 | 满意度指标 |
二级指标 | 数量指标 | 质量指标 | 社会效益指标 | 服务对象满意度指标 |
三级指标 | 新建校区数量 | 工程质量达标率(%) | 办学条件 | 师生满意度 |
年度目标值 | 3 | 100% | 持续改善 | ≥90% |
"
    ));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "新建校区数量", "3"),
            ("产出指标", "质量指标", "工程质量达标率(%)", "100%"),
            ("效益指标", "社会效益指标", "办学条件", "持续改善"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    let p = &f.projects[0];
    assert_eq!((p.name.as_deref(), p.department.as_deref()), (Some("某教育发展专项资金"), Some("某省教育厅")));
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}

#[test]
fn merged_level_cells_continue_to_the_right() {
    // An 一级 cell merged over two indicators prints once, an empty cell after it.
    let f = parse(&format!(
        "{HEAD}\
一级指标 | 产出指标 | | 效益指标 |
二级指标 | 数量指标 | 质量指标 | 社会效益指标 |
三级指标 | 新建校区数量 | 工程质量达标率(%) | 办学条件 |
年度目标值 | 3 | 100% | 持续改善 |
"
    ));
    let l1: Vec<String> = f.projects[0].indicators.iter().map(|i| i.level1_raw.clone()).collect();
    assert_eq!(l1, ["产出指标", "产出指标", "效益指标"], "{}", show(&f));
}

#[test]
fn a_usual_header_opening_with_the_third_level_is_left_alone() {
    // "三级指标 | 指标值 | 度量单位" names columns, not indicators.
    let f = parse(&format!(
        "{HEAD}\
三级指标 | 指标值 | 度量单位 |
产出指标 | 数量指标 | 新建校区数量 |
"
    ));
    assert!(f.projects[0].indicators.iter().all(|i| i.name != "指标值"), "{}", show(&f));
}

#[test]
fn the_years_and_the_whole_periods_targets_are_two_periods() {
    // 年度目标值 and 实施周期目标值 rows: the second row's values were left unplaced.
    let f = parse(&format!(
        "{HEAD}\
一级指标 | 产出指标 | 效益指标 |
二级指标 | 数量指标 | 社会效益指标 |
三级指标 | 新建校区数量 | 办学条件 |
年度目标值 | 3 | 持续改善 |
实施周期目标值 | 5 | 明显改善 |
"
    ));
    let got: Vec<(Option<&str>, &str, &str)> =
        f.projects[0].indicators.iter().map(|i| (i.period.map(|p| p.as_str()), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        [
            (Some("annual"), "新建校区数量", "3"),
            (Some("annual"), "办学条件", "持续改善"),
            (Some("midterm"), "新建校区数量", "5"),
            (Some("midterm"), "办学条件", "明显改善"),
        ],
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{:?}", s005(&f));
}
