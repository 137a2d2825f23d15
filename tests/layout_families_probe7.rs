//! Real-data gaps found by a seventh probe: a PDF copied as text with cells and the
//! words inside them both cut at single spaces, a goal text cut by `pdftotext
//! -layout` where a column starts far down the page, and the 项目支出 / 基本支出
//! amounts of a 部门整体 table, titles in Traditional characters. Samples are checked
//! against a clean tab-separated copy of the same table.

#[path = "common/families.rs"]
mod families;

use families::{parse, rows, s005, show};

const CLEAN_FARMLAND: &str = "项目支出绩效目标表
项目名称\t2024年高标准农田建设项目
主管部门\t某县农业农村局\t实施单位\t某县农业农村局
项目资金（万元）\t年度资金总额\t1200.00
年度目标\t新建高标准农田1.2万亩，提高粮食产能。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t新建高标准农田面积\t≥1.2万亩
产出指标\t质量指标\t工程验收合格率\t≥95%
效益指标\t经济效益指标\t粮食亩产提高\t≥100公斤/亩
满意度指标\t服务对象满意度指标\t农户满意度\t≥90%
";

/// (1) Cells and the words inside them both cut at single spaces: the name's pieces,
/// the indicator name's pieces and the unit after a number were separate cells.
#[test]
fn space_cut_pieces_are_rejoined_by_the_lexicons() {
    let spaced = CLEAN_FARMLAND
        .replace('\t', " ")
        .replace("2024年高标准农田建设项目", "2024年 高标准农田 建设项目")
        .replace("新建高标准农田面积", "新建 高标准农田面积")
        .replace("≥100公斤/亩", "≥100 公斤/亩");
    let (f, clean) = (parse(&spaced), parse(CLEAN_FARMLAND));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    let (p, c) = (&f.projects[0], &clean.projects[0]);
    assert_eq!(p.name.as_deref(), Some("2024年高标准农田建设项目"), "{}", show(&f));
    assert_eq!((&p.department, &p.implementing_unit, &p.funds.annual), (&c.department, &c.implementing_unit, &c.funds.annual));
    let units: Vec<_> = f.projects[0].indicators.iter().map(|i| i.target.unit.clone()).collect();
    let clean_units: Vec<_> = clean.projects[0].indicators.iter().map(|i| i.target.unit.clone()).collect();
    assert_eq!(units, clean_units);
    assert!(s005(&f).is_empty(), "{}", show(&f));
    // The tab-separated copy is read as before.
    assert_eq!(c.name.as_deref(), Some("2024年高标准农田建设项目"));
    assert!(s005(&clean).is_empty(), "{}", show(&clean));
}

/// (1) A description column between name and value keeps two pieces apart.
#[test]
fn space_cut_pieces_stay_apart_where_the_header_has_a_column_between() {
    let text = "项目名称 医保基金监管\n一级指标 二级指标 三级指标 指标内容 指标值\n产出指标 数量指标 检查次数 飞行检查 ≥4次\n";
    let f = parse(text);
    let i = &f.projects[0].indicators[0];
    assert_eq!((i.name.as_str(), i.value.as_str()), ("检查次数", "≥4次"), "{}", show(&f));
}

/// (2) `pdftotext -layout`: "完成 12 处…" in a goal text, with a column of the
/// indicator rows far below starting under the "12", was cut in two.
#[test]
fn a_goal_text_is_not_cut_at_a_column_of_rows_far_below() {
    let mut lines = vec![
        "                 项目支出绩效目标表".to_string(),
        String::new(),
        "项目名称      农村供水工程".to_string(),
        String::new(),
        "年度目标      完成 12处供水工程改造".to_string(),
        String::new(),
    ];
    lines.extend(vec![String::new(); 12]);
    lines.push("一级指标   二级指标   三级指标     指标值".to_string());
    for (l2, name) in [("数量指标", "改造工程数量"), ("质量指标", "水质合格率达"), ("时效指标", "工程完工时间")]
    {
        lines.push(String::new());
        lines.push(format!("产出指标  {l2}   {name}      ≥12处"));
    }
    let text = lines.join("\n") + "\n";
    let f = parse(&text);
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("完成12处供水工程改造"), "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (3) 部门整体 年度预算安排: "项目支出 | 60.8" and "基本支出 | 110.61" are kept in
/// `extra` under their labels; the title "项目支出绩效目标表" is still a title and an
/// indicator named 基本支出 under 成本指标 still an indicator.
#[test]
fn department_budget_split_amounts_are_kept_under_their_labels() {
    let text = "部门整体支出绩效目标表
部门(单位)名称\t某市地方志研究室
年度预算安排(万元)\t资金总额\t171.41
\t项目支出\t60.8
\t基本支出\t110.61
年度总体目标\t确保完成年度任务。
一级指标\t二级指标\t三级指标\t目标值
产出指标\t数量指标\t书籍出版数量\t≥2本
\t成本指标\t基本支出\t≤110.61万元
\t时效指标\t完成时间\t2019年12月
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.extra.get("项目支出").map(String::as_str), Some("60.8"), "{}", show(&f));
    assert_eq!(p.extra.get("基本支出").map(String::as_str), Some("110.61"), "{}", show(&f));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(171.41));
    let names: Vec<_> = p.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["书籍出版数量", "基本支出", "完成时间"], "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    let title = parse("项目支出绩效目标表\n项目名称\t医保\n一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t人数\t5人\n");
    assert_eq!(title.title.as_deref(), Some("项目支出绩效目标表"));
}

/// A document in Traditional characters (項目支出績效目標表): its titles were not
/// titles, so the second table's title was quoted as unplaced (S005) and read as an
/// indicator with no value (V001). Each title now starts its project, as in Simplified.
#[test]
fn titles_in_traditional_characters_start_their_tables() {
    let text = "項目支出績效目標表
項目名稱\t城鄉道路養護
主管部門\t某縣交通運輸局
一級指標\t二級指標\t三級指標\t指標值
產出指標\t數量指標\t養護里程\t≥50公里
項目支出績效目標表
項目名稱\t農村飲水安全
主管部門\t某縣水利局
一級指標\t二級指標\t三級指標\t指標值
產出指標\t數量指標\t受益人口\t≥3000人
";
    let f = parse(text);
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("城鄉道路養護"), Some("農村飲水安全")], "{}", show(&f));
    assert_eq!(f.title.as_deref(), Some("項目支出績效目標表"));
    assert!(f.projects.iter().all(|p| p.indicators.len() == 1), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S005" | "V001")), "{}", show(&f));
}

/// A text that ends in the first character of a level label ("效" of 效益指标, real 24:
/// an excerpt or download cut mid-word) is cut off inside the table: the project is not
/// complete (S004), and the 一级 categories it never reached are not reported missing.
#[test]
fn a_text_ending_in_the_start_of_a_level_label_is_cut_off() {
    let whole = "项目支出绩效目标表
项目名称\t道路维护
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t维护道路里程\t≥50公里
\t质量指标\t验收合格率\t100%
";
    let cut = parse(&format!("{whole}效\n"));
    assert!(!cut.projects[0].complete, "{}", show(&cut));
    assert!(cut.diagnostics.iter().any(|d| d.code == "S004"), "{}", show(&cut));
    assert!(!cut.diagnostics.iter().any(|d| d.code == "T003"), "{}", show(&cut));
    assert_eq!(rows(&cut), rows(&parse(whole)));
    // The same table without the fragment is whole, and misses its 效益 rows.
    let f = parse(whole);
    assert!(f.projects[0].complete);
    assert!(f.diagnostics.iter().any(|d| d.code == "T003"), "{}", show(&f));
}
