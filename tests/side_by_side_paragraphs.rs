//! An 88号 side-by-side (长期/年度) table posted one cell per paragraph, blank lines
//! between and an empty cell written as a paragraph holding only a space (a web page
//! as a public index stored it). Synthetic fixture of that shape; the same table cut
//! by tabs and by "|" must read the same.

#[path = "common/families.rs"]
mod families;

use families::{parse, s005, show};
use jixiao::Filing;

const FIELDS: &[&str] = &[
    "项目名称",
    "城区学校校舍维修改造",
    "主管部门",
    "及编码",
    "[021003]某市某区教育局",
    "实施单位",
    "某区第三中学",
    "项目属性",
    "维修类",
    "项目起止时间",
    "202101-202112",
    "项目资金",
    "资金总额",
    "480万元",
    "当年资金总额:",
    "360万元",
    "其中:财政拨款",
    "450万元",
    "其中:当年财政拨款",
    "330万元",
    "其他资金",
    " ",
    "当年其他资金",
    " ",
    " ",
    "总体目标",
    "中期目标",
    "年度目标",
    "改善城区学校办学条件，消除校舍安全隐患",
    " ",
    "完成三所学校校舍维修并通过验收",
    " ",
    "绩效项目指标表",
    " ",
];
const HEADER: [&str; 7] =
    ["一级指标", "二级指标(长期)", "三级指标(长期)", "指标值(长期)", "二级指标(年度)", "三级指标(年度)", "指标值(年度)"];
/// Every row leaves the 长期 三级 and 指标值 blank: the indicators are the year's only.
const ROWS: [[&str; 7]; 5] = [
    ["产出指标", "数量指标", " ", " ", "数量指标", "维修学校数量", "3所"],
    ["产出指标", "质量指标", " ", " ", "质量指标", "维修工程验收合格率", "100%"],
    ["产出指标", "时效指标", " ", " ", "时效指标", "工程按期完工率", "≥95%"],
    ["效益指标", "社会效益指标", " ", " ", "社会效益指标", "校舍安全隐患消除情况", "有效消除"],
    ["满意度指标", "服务对象满意度指标", " ", " ", "服务对象满意度指标", "师生满意度", "≥90%"],
];

fn paragraphs() -> String {
    let mut cells: Vec<&str> = vec!["项目支出绩效目标表", "（2021年度）"];
    cells.extend(FIELDS);
    cells.extend(HEADER);
    cells.extend(ROWS.iter().flatten());
    cells.extend([" ", "附件:"]);
    cells.join("\n\n") + "\n"
}

/// The same table with its rows kept, cells cut by `sep`, each line wrapped in `edge`.
fn cut(sep: &str, edge: &str) -> String {
    let fields: [&[&str]; 8] = [
        &["项目名称", "城区学校校舍维修改造"],
        &["主管部门及编码", "[021003]某市某区教育局", "实施单位", "某区第三中学"],
        &["项目属性", "维修类", "项目起止时间", "202101-202112"],
        &["项目资金", "资金总额", "480万元", "当年资金总额:", "360万元"],
        &["", "其中:财政拨款", "450万元", "其中:当年财政拨款", "330万元"],
        &["", "其他资金", "", "当年其他资金", ""],
        &["总体目标", "中期目标", "", "年度目标"],
        &["", "改善城区学校办学条件，消除校舍安全隐患", "", "完成三所学校校舍维修并通过验收"],
    ];
    let line = |cells: &[&str]| format!("{edge}{}{edge}", cells.iter().map(|c| c.trim()).collect::<Vec<_>>().join(sep));
    let mut out = vec!["项目支出绩效目标表".to_string(), "（2021年度）".to_string()];
    out.extend(fields.iter().map(|r| line(r)));
    out.push("绩效项目指标表".to_string());
    out.push(line(&HEADER));
    out.extend(ROWS.iter().map(|r| line(r)));
    out.join("\n") + "\n"
}

type Ind = (Option<&'static str>, String, String, String, String);

fn indicators(f: &Filing) -> Vec<Ind> {
    f.projects[0]
        .indicators
        .iter()
        .map(|i| (i.period.map(|p| p.as_str()), i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone()))
        .collect()
}

fn expected() -> Vec<Ind> {
    ROWS.iter().map(|r| (Some("annual"), r[0].to_string(), r[4].to_string(), r[5].to_string(), r[6].to_string())).collect()
}

/// 主管部门 wrapped from 及编码 onto a paragraph of its own is still the key: the
/// department is the name, its bracketed code apart.
#[test]
fn department_key_wrapped_over_two_paragraphs() {
    let f = parse(&paragraphs());
    let p = &f.projects[0];
    assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某市某区教育局"), Some("021003")), "{}", show(&f));
}

/// 资金总额 / 当年资金总额 pairs: the 当年 amounts are the year's, the others the
/// whole period's.
#[test]
fn amounts_paired_with_the_years_amounts() {
    for text in [paragraphs(), cut("\t", ""), cut(" | ", "|")] {
        let f = parse(&text);
        let funds = &f.projects[0].funds;
        let mid = funds.midterm.as_ref().map(|m| (m.total, m.fiscal));
        let annual = funds.annual.as_ref().map(|a| (a.total, a.fiscal));
        assert_eq!((mid, annual), (Some((Some(480.0), Some(450.0))), Some((Some(360.0), Some(330.0)))), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{:?}\n{}", s005(&f), show(&f));
    }
}

/// 项目起止时间 stands for 项目期: kept as printed, and its span counts the years.
#[test]
fn start_and_end_dates_give_the_period() {
    let f = parse(&paragraphs());
    let p = &f.projects[0];
    assert_eq!(p.period_years, Some(1), "{}", show(&f));
    assert_eq!(p.extra.get("项目起止时间").map(String::as_str), Some("202101-202112"));
}

/// A sub-table's title printed before the indicator header is not more of the goal.
#[test]
fn title_before_the_header_is_not_glued_to_the_goal() {
    for text in [paragraphs(), cut("\t", "")] {
        let f = parse(&text);
        let g = &f.projects[0].goals;
        assert_eq!(g.midterm.as_deref(), Some("改善城区学校办学条件，消除校舍安全隐患"), "{}", show(&f));
        assert_eq!(g.annual.as_deref(), Some("完成三所学校校舍维修并通过验收"), "{}", show(&f));
    }
}

/// The blank paragraphs hold the 长期 columns' places: every name and value sits in a
/// 年度 column, so every indicator is annual — in every cut of the table.
#[test]
fn blank_paragraphs_keep_the_side_of_each_indicator() {
    for text in [paragraphs(), cut("\t", ""), cut(" | ", "|")] {
        let f = parse(&text);
        assert_eq!(indicators(&f), expected(), "{}", show(&f));
        assert!(!f.diagnostics.iter().any(|d| d.code == "C001"), "{}", show(&f));
    }
}

/// Without kept blanks nothing lines the stream up, and a blank line that is no cell
/// (no space in it) is not taken for one.
#[test]
fn empty_lines_are_no_cells() {
    let text = paragraphs().replace("\n \n", "\n\n");
    let f = parse(&text);
    assert_eq!(f.projects[0].indicators.len(), 5, "{}", show(&f));
}
