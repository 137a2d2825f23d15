//! Real-data gaps found by a fifth probe: funds keys under other names, Excel exports
//! that split the target over 符号 / 数值 / 单位 columns, one-cell-per-line tables with
//! text columns after the value, and prose (L12) explanations. Table samples are
//! checked against the parse of a clean tab-separated copy of the same table.

#[path = "common/families.rs"]
mod families;

use families::{expect, parse, rows, s005, show};
use jixiao::Filing;

/// The table the samples print, as clean tab-separated rows with one 指标值 column.
const CLEAN: &str = "项目支出绩效目标表
项目名称\t城乡居民医疗救助资金
主管部门\t某县医疗保障局
实施单位\t某县医疗保障服务中心
资金总额（万元）\t320.5
年度绩效目标\t对困难群众实施医疗救助，减轻困难群众医疗费用负担。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t资助参保人数\t≥12000人
\t\t医疗救助人次\t≥3500人次
\t质量指标\t救助对象识别准确率\t≥98%
\t时效指标\t救助资金拨付及时率\t=100%
\t成本指标\t人均救助标准\t≤850元/人
效益指标\t社会效益指标\t困难群众医疗费用负担\t有效减轻
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%
";

/// Same fields, funds, goal and indicators as the clean copy, and nothing unplaced.
fn same_as_clean(f: &Filing) {
    let clean = parse(CLEAN);
    assert_eq!(rows(f), rows(&clean), "{}", show(f));
    assert_eq!(f.projects.len(), 1, "{}", show(f));
    let (p, c) = (&f.projects[0], &clean.projects[0]);
    assert_eq!((&p.name, &p.department, &p.implementing_unit), (&c.name, &c.department, &c.implementing_unit), "{}", show(f));
    assert_eq!((&p.funds.annual, &p.money_unit), (&c.funds.annual, &c.money_unit), "{}", show(f));
    assert_eq!(p.goals.annual, c.goals.annual, "{}", show(f));
    assert!(p.complete, "{}", show(f));
    assert!(s005(f).is_empty(), "{}", show(f));
}

/// The clean table with its 指标值 column split into the three columns of an Excel
/// export: comparator, number, unit (a 定性 row prints its wording as the value).
fn split_value_table(cmp: &str, value: &str, unit: &str) -> String {
    let head = CLEAN.split("一级指标").next().expect("header present");
    format!(
        "{head}一级指标\t二级指标\t三级指标\t{cmp}\t{value}\t{unit}
产出指标\t数量指标\t资助参保人数\t≥\t12000\t人
\t\t医疗救助人次\t≥\t3500\t人次
\t质量指标\t救助对象识别准确率\t≥\t98\t%
\t时效指标\t救助资金拨付及时率\t=\t100\t%
\t成本指标\t人均救助标准\t≤\t850\t元/人
效益指标\t社会效益指标\t困难群众医疗费用负担\t定性\t有效减轻\t
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥\t90\t%
"
    )
}

/// (1) The total under other names: 项目总金额 / 项目总投资 / 项目资金总额, with the
/// unit in brackets after the key, is the annual total in that unit.
#[test]
fn funds_total_keys_under_other_names() {
    for (key, unit) in
        [("项目总金额（万元）", "万元"), ("项目总金额(元)", "元"), ("项目总投资（万元）", "万元"), ("项目资金总额(元)", "元")]
    {
        let text = CLEAN.replace("资金总额（万元）", key);
        let f = parse(&text);
        let p = &f.projects[0];
        assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(320.5), "{key}\n{}", show(&f));
        assert_eq!(p.money_unit.as_deref(), Some(unit), "{key}\n{}", show(&f));
        assert!(s005(&f).is_empty(), "{key}\n{}", show(&f));
    }
}

/// (2) 符号 | 数值 | 单位 and 运算符号 | 目标值 | 计量单位 columns join into one value
/// ("≥" "95" "%" → "≥95%"), in tab, `|` and one-cell-per-line text alike.
#[test]
fn split_value_columns_join_into_one_value() {
    for (cmp, value, unit) in [("符号", "数值", "单位"), ("运算符号", "目标值", "计量单位"), ("计算符号", "指标值", "度量单位")]
    {
        let tabs = split_value_table(cmp, value, unit);
        same_as_clean(&parse(&tabs));
        let pipes: String = tabs.lines().map(|l| format!("| {} |\n", l.replace('\t', " | "))).collect();
        same_as_clean(&parse(&pipes));
        let stream: String = tabs.lines().flat_map(|l| l.split('\t')).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect();
        same_as_clean(&parse(&stream));
    }
}

/// (3) A 定性 row whose wording sits in the unit column, and a row whose number was
/// never filled in: neither loses the text it prints.
#[test]
fn unit_column_text_without_a_number_is_kept() {
    let f = parse(
        "一级指标\t二级指标\t三级指标\t计算符号\t目标值\t度量单位
产出指标\t数量指标\t救助人次\t≥\t\t人次
效益指标\t社会效益指标\t困难群众医疗费用负担\t定性\t\t有效减轻
",
    );
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "救助人次", "≥人次"), ("效益指标", "社会效益指标", "困难群众医疗费用负担", "有效减轻")]),
        "{}",
        show(&f)
    );
    // The unit with no number is flagged as an unfilled target.
    assert!(f.diagnostics.iter().any(|d| d.code == "V002" && d.indicator == Some(0)), "{}", show(&f));
}

/// (4) A 05-2 sheet's 单位 column left of the indicator columns is whose row it is,
/// not the value's unit.
#[test]
fn unit_column_left_of_the_indicators_names_the_agency() {
    let f = parse(
        "单位\t项目名称\t一级指标\t二级指标\t三级指标\t指标值
[203001]某区文化和旅游局\t文物保护经费\t产出指标\t数量指标\t保护文物点数\t≥12个
[203001]某区文化和旅游局\t文物保护经费\t满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
",
    );
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    assert_eq!((p.name.as_deref(), p.department.as_deref()), (Some("文物保护经费"), Some("某区文化和旅游局")), "{}", show(&f));
    assert_eq!(rows(&f)[0].3, "≥12个", "{}", show(&f));
}

/// The prose (L12) notice the narrative samples print.
const NOTICE: &str = "关于2024年城区道路维修项目绩效目标的公示
项目总投资500万元，其中财政拨款450万元，自筹资金50万元，用于城区主次干道破损路面修复、人行道改造。
绩效目标：
完成城区主次干道破损路面修复，改善市民出行条件，
提升城市道路通行能力和城市形象，
确保道路完好率达到95%以上。
数量指标：修复路面面积≥20000平方米；
质量指标：工程验收合格率≥98%；
时效指标：完工时间≤2024年11月；
满意度指标：市民满意度≥90%。
";

const NOTICE_GOAL: &str = "完成城区主次干道破损路面修复，改善市民出行条件，提升城市道路通行能力和城市形象，确保道路完好率达到95%以上。";

/// (5) A prose funds sentence with its parts and a purpose clause ("其中财政拨款…，
/// 用于…"): total and parts are the funds, the clause after 用于 the purpose, and
/// nothing of the sentence is quoted as unplaced.
#[test]
fn prose_funds_sentence_with_parts_and_purpose() {
    let f = parse(NOTICE);
    assert_eq!(f.projects.len(), 1, "{}", show(&f));
    let p = &f.projects[0];
    let funds = p.funds.annual.as_ref().expect("funds");
    assert_eq!((funds.total, funds.fiscal, funds.other), (Some(500.0), Some(450.0), Some(50.0)), "{}", show(&f));
    assert_eq!(p.money_unit.as_deref(), Some("万元"));
    assert_eq!(p.purpose.as_deref(), Some("城区主次干道破损路面修复、人行道改造"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "F001"), "{}", show(&f));
    // Text after the funds that is neither a part nor a purpose is still quoted.
    let other = parse(&NOTICE.replace("用于城区主次干道破损路面修复、人行道改造", "由县住建局负责组织实施"));
    assert_eq!(other.projects[0].funds.annual.as_ref().and_then(|a| a.total), Some(500.0), "{}", show(&other));
    assert_eq!(s005(&other).len(), 1, "{}", show(&other));
}

/// (6) A goal paragraph wrapped over several lines is the whole paragraph, up to the
/// first label; and up to a blank line or a heading where those end it.
#[test]
fn prose_goal_paragraph_over_several_lines() {
    let f = parse(NOTICE);
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some(NOTICE_GOAL), "{}", show(&f));
    assert_eq!(rows(&f).len(), 4, "{}", show(&f));
    // On the same line as its key, too.
    let inline = parse(&NOTICE.replace("绩效目标：\n完成", "绩效目标：完成"));
    assert_eq!(inline.projects[0].goals.annual.as_deref(), Some(NOTICE_GOAL), "{}", show(&inline));
    // A blank line ends the paragraph: what follows is no part of the goal.
    let blank = parse(&NOTICE.replace("形象，\n确保", "形象，\n\n确保"));
    assert_eq!(
        blank.projects[0].goals.annual.as_deref(),
        Some("完成城区主次干道破损路面修复，改善市民出行条件，提升城市道路通行能力和城市形象，"),
        "{}",
        show(&blank)
    );
    assert_eq!(s005(&blank), ["确保道路完好率达到95%以上。"], "{}", show(&blank));
    // Under a goal heading ("2.绩效目标"), up to the next heading.
    let headed = parse(
        "（一）城区道路维修项目
1.绩效目标
完成城区主次干道破损路面修复，
改善市民出行条件。
2.绩效指标
数量指标：修复路面面积≥20000平方米；质量指标：工程验收合格率≥98%。
",
    );
    assert_eq!(headed.projects[0].goals.annual.as_deref(), Some("完成城区主次干道破损路面修复，改善市民出行条件。"), "{}", show(&headed));
    assert!(s005(&headed).is_empty(), "{}", show(&headed));
}

/// The clean table with 度量单位, 指标解释 and 评分标准 columns after the value, as
/// tab-separated rows.
const EXPLAINED: &str = "项目支出绩效目标表
项目名称\t城乡居民医疗救助资金
主管部门\t某县医疗保障局
年度绩效目标\t对困难群众实施医疗救助。
一级指标\t二级指标\t三级指标\t指标值\t度量单位\t指标解释\t评分标准
产出指标\t数量指标\t资助参保人数\t≥12000\t人\t反映资助参保的困难群众人数\t完成得满分，每少1%扣0.5分
\t\t医疗救助人次\t≥3500\t人次\t反映全年医疗救助人次\t完成得满分
\t质量指标\t救助对象识别准确率\t≥98\t%\t反映救助对象识别的准确程度\t达到得满分，否则按比例扣分
\t时效指标\t救助资金拨付及时率\t100\t%\t反映救助资金是否按时拨付\t按时拨付得满分
效益指标\t社会效益指标\t困难群众医疗费用负担\t有效减轻\t\t反映困难群众医疗负担减轻情况\t定性评价
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90\t%\t反映救助对象对医疗救助工作的满意程度\t达到90%得满分
";

/// (name, value, description, scoring, score) of an indicator.
type Details = (String, String, Option<String>, Option<String>, Option<f64>);

fn details(f: &Filing) -> Vec<Details> {
    f.projects
        .iter()
        .flat_map(|p| &p.indicators)
        .map(|i| (i.name.clone(), i.value.clone(), i.description.clone(), i.scoring.clone(), i.score))
        .collect()
}

/// One cell per line, blank cells dropped (PyMuPDF / pdftotext of a table).
fn one_cell_per_line(tabs: &str) -> String {
    tabs.lines().flat_map(|l| l.split('\t')).filter(|c| !c.is_empty()).map(|c| format!("{c}\n")).collect()
}

/// (7) One cell per line with text columns after the value (指标解释, 评分标准): the
/// cells after a value are its description and scoring, not the next indicators
/// (each description read as a name and each scoring text as its value before).
#[test]
fn stream_with_text_columns_after_the_value() {
    let clean = parse(EXPLAINED);
    assert_eq!(clean.projects[0].indicators.len(), 6, "{}", show(&clean));
    assert_eq!(clean.projects[0].indicators[0].scoring.as_deref(), Some("完成得满分，每少1%扣0.5分"));
    let f = parse(&one_cell_per_line(EXPLAINED));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert_eq!(details(&f), details(&clean), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    // A row whose description is blank: its scoring text takes the description's
    // place (no column tells them apart), and no indicator is lost or invented.
    let f = parse(&one_cell_per_line(&EXPLAINED.replace("\t反映全年医疗救助人次\t", "\t\t")));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (8) One cell per line with a 分值 column after the value: the score is the
/// indicator's, not the start of a name ("20医疗救助人次") or an indicator of its own.
#[test]
fn stream_with_a_score_column_after_the_value() {
    let tabs = "项目支出绩效目标表
项目名称\t城乡居民医疗救助资金
主管部门\t某县医疗保障局
一级指标\t二级指标\t三级指标\t指标值\t分值
产出指标\t数量指标\t资助参保人数\t≥12000人\t20
\t\t医疗救助人次\t≥3500人次\t10
\t质量指标\t救助对象识别准确率\t≥98%\t10
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%\t10
";
    let clean = parse(tabs);
    let f = parse(&one_cell_per_line(tabs));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert_eq!(details(&f), details(&clean), "{}", show(&f));
    assert_eq!(details(&f)[0].4, Some(20.0), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    assert!(f.projects[0].complete, "{}", show(&f));
}

/// (9) Prose in the 101号 framework: "成本指标：经济成本指标：…" after the 产出 clauses
/// opens 成本指标 as the 一级 of its 二级 (it was kept as a 二级 of 产出, T002), and a
/// goal given as "绩效目标：…" does not run on into the target lines under it.
#[test]
fn prose_cost_level1_and_goal_before_targets() {
    let f = parse(
        "项目名称：农村公路养护
绩效目标：完成农村公路日常养护。
产出指标：数量指标：养护里程≥320公里；质量指标：路面优良率≥85%；
成本指标：经济成本指标：每公里养护成本≤5000元/公里；社会成本指标：施工影响时长≤30天；
满意度指标：服务对象满意度指标：沿线群众满意度≥90%。
",
    );
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("完成农村公路日常养护。"), "{}", show(&f));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "养护里程", "≥320公里"),
            ("产出指标", "质量指标", "路面优良率", "≥85%"),
            ("成本指标", "经济成本指标", "每公里养护成本", "≤5000元/公里"),
            ("成本指标", "社会成本指标", "施工影响时长", "≤30天"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert!(!f.diagnostics.iter().any(|d| d.code == "T002"), "{}", show(&f));
}
