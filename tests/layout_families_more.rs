//! More layout families and extraction artefacts of spec/domain.md §5 (L6, L9, L11,
//! the two readings of 指标性质, page-number lines, "?" encoding runs, labels repeated
//! on every row), each on a small realistic sample of how the text comes out of the
//! published PDF / DOCX / HTML / XLSX.

#[path = "common/families.rs"]
mod families;

use families::{all, expect, parse, rows, show};
use jixiao::{Filing, ParseOptions};

const L6: &str = "湖南省2023年项目支出绩效目标表\n\
    单位名称：某市城市管理局\t\t\t\t\t\t\t\t单位：万元\n\
    项目名称\t环卫设备购置项目\t\t\t主管部门\t某市城市管理局\t\t\t\n\
    项目资金\t年度资金总额\t85\t\t财政拨款\t85\t其他资金\t0\t\n\
    年度绩效目标\t购置雾炮车2台，提升主次干道保洁质量。\t\t\t\t\t\t\t\n\
    一级指标\t二级指标\t三级指标\t指标值类型\t指标值\t计量单位\t指标解释\t评(扣)分标准\t备注\n\
    产出指标\t数量指标\t购置雾炮车数量\t定量\t≥2\t台\t年内购置的雾炮车台数\t完成得满分，每少1台扣2分\t\n\
    \t质量指标\t设备验收合格率\t定量\t100\t%\t验收合格设备占比\t每降低1%扣1分\t\n\
    \t时效指标\t设备采购完成时间\t定性\t2023年12月底前\t\t\t按时完成得满分\t\n\
    效益指标\t社会效益指标\t道路扬尘污染\t定性\t有效降低\t\t\t酌情扣分\t抽查\n\
    满意度指标\t服务对象满意度指标\t市民满意度\t定量\t≥90\t%\t问卷调查\t低于90%不得分\t\n";

const L9: &str = "项目支出绩效目标审批表\n\
    项目名称\t青年人才培训\t主管部门\t某县人力资源和社会保障局\n\
    年度资金总额\t30\t其中：财政拨款\t30\n\
    年度绩效目标\t培训青年人才200人次\n\
    一级指标\t二级指标\t三级指标\t指标值\t分值\t指标解释\n\
    产出指标（50分）\t数量指标\t培训人次\t≥200人次\t20\t全年参训人次\n\
    \t质量指标\t培训合格率\t≥95%\t15\t\n\
    \t时效指标\t培训完成时间\t2024年11月底前\t15\t\n\
    效益指标(30分)\t社会效益指标\t就业技能提升\t明显提升\t30\t\n\
    满意度指标（10分）\t服务对象满意度指标\t学员满意度\t≥90%\t10\t问卷\n\
    成本指标（10分）\t经济成本指标\t人均培训成本\t≤1500元\t10\t\n";

/// 云南 一体化 export: 指标性质 is the comparator, 指标属性 the 定量/定性.
const YUNNAN: &str = "项目名称\t森林防火经费\n\
    一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标内容\n\
    产出指标\t数量指标\t巡护次数\t≥\t120\t次\t定量\t全年巡山护林次数\n\
    \t时效指标\t资金拨付及时率\t=\t100\t%\t定量\t\n\
    效益指标\t生态效益指标\t森林火灾发生率\t≤\t0.9\t‰\t定量\t\n\
    \t社会效益指标\t群众防火意识\t定性\t明显提高\t\t定性\t\n";

/// Elsewhere 指标性质 is 定量/定性 and the comparator is inside the value.
const KIND_COLUMN: &str = "项目名称 河道保洁经费\n\
    一级指标 二级指标 三级指标 指标性质 指标值 计量单位\n\
    产出指标 数量指标 保洁河道长度 定量 ≥35 公里\n\
    效益指标 生态效益指标 河道水质 定性 持续改善\n\
    满意度指标 服务对象满意度指标 沿岸群众满意度 定量 ≥90 %\n";

/// A PDF table broken over pages: the running footer lands between two rows.
const PAGED_TABS: &str = "项目名称\t道路养护经费\n\
    一级指标\t二级指标\t三级指标\t指标值\n\
    产出指标\t数量指标\t养护道路里程\t≥120公里\n\
    \t\t路灯维修数量\t≥300盏\n\
    第 1 页 共 2 页\n\
    \t\t桥梁检测次数\t2次/年\n\
    - 2 -\n\
    \t质量指标\t路面完好率\t≥95%\n\
    2/2\n\
    效益指标\t社会效益指标\t群众出行条件\t明显改善\n";

/// The same, one cell per line (a PDF whose table cells come out as lines).
const PAGED_LINES: &str = "项目名称\n\n道路养护经费\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n\
    产出指标\n\n数量指标\n\n养护道路里程\n\n≥120公里\n\n路灯维修数量\n\n≥300盏\n\n第 1 页 共 2 页\n\n\
    桥梁检测次数\n\n2次/年\n\n- 2 -\n\n质量指标\n\n路面完好率\n\n≥95%\n\n";

/// Characters the PDF's font lost, printed as "?" (real 23).
const QUESTION_MARKS: &str = "项目名称\t??村道路硬化项目\n\
    一级指标\t二级指标\t三级指标\t指标值\n\
    产出指标\t数量指标\t硬化道路长?\t≥3.5公里\n\
    \t??指标\t工程验收合格率\t100%\n\
    ??指标\t社会效益指标\t????出行\t明显改善\n\
    \t\t???\t≥95%\n";

/// 一级/二级 printed again on every row (real 13, 24).
const REPEATED_LEVELS: &str = "项目名称 社区养老服务补助\n\
    一级指标 二级指标 三级指标 指标值\n\
    产出指标 数量指标 服务老人人数 ≥500人\n\
    产出指标 数量指标 助餐服务次数 ≥1.2万人次\n\
    产出指标 质量指标 服务合格率 ≥95%\n\
    效益指标 社会效益指标 老年人生活质量 有效提高\n\
    满意度指标 服务对象满意度指标 老年人满意度 ≥90%\n";

/// Side by side (88号), both halves repeating their labels on every row (real 13).
const REPEATED_SIDE_BY_SIDE: &str = "项目名称\t\t乡村教师培训\n\
    总体目标\t中期目标（2024年—2026年）\t\t\t\t年度目标\t\t\n\
    \t三年培训教师900人次\t\t\t\t培训教师300人次\t\t\n\
    绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\n\
    \t产出指标\t数量指标\t培训人次\t≥900人次\t数量指标\t培训人次\t≥300人次\n\
    \t产出指标\t数量指标\t培训天数\t≥30天\t数量指标\t培训天数\t≥10天\n\
    \t产出指标\t质量指标\t结业率\t≥95%\t质量指标\t结业率\t≥95%\n\
    \t满意度指标\t服务对象满意度指标\t参训教师满意度\t≥90%\t服务对象满意度指标\t参训教师满意度\t≥90%\n";

/// Excel sheet "部门项目支出绩效目标05-2" saved as text: the header on the third row,
/// every row naming its unit and project, two projects one after the other.
const SHEET_05_2: &str = "部门项目支出绩效目标表\n\
    单位：万元\n\
    单位名称\t项目名称\t项目年度绩效目标\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t指标属性\t指标解释\n\
    [101001]某县农业农村局\t高标准农田建设\t建成高标准农田1万亩\t产出指标\t数量指标\t新建高标准农田面积\t≥\t1\t万亩\t定量\t当年建成面积\n\
    [101001]某县农业农村局\t高标准农田建设\t建成高标准农田1万亩\t产出指标\t质量指标\t工程验收合格率\t=\t100\t%\t定量\t\n\
    [101001]某县农业农村局\t高标准农田建设\t建成高标准农田1万亩\t效益指标\t经济效益指标\t亩均增产\t≥\t50\t公斤\t定量\t\n\
    [101001]某县农业农村局\t动物防疫补助\t重大动物疫病免疫密度达标\t产出指标\t数量指标\t免疫畜禽数量\t≥\t20\t万头(只)\t定量\t\n\
    [101001]某县农业农村局\t动物防疫补助\t重大动物疫病免疫密度达标\t\t质量指标\t免疫密度\t≥\t90\t%\t定量\t\n\
    [101001]某县农业农村局\t动物防疫补助\t重大动物疫病免疫密度达标\t满意度指标\t服务对象满意度指标\t养殖户满意度\t定性\t满意\t\t定性\t\n";

#[test]
fn l6_hunan_value_type_unit_and_scoring_columns() {
    let f = parse(L6);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "购置雾炮车数量", "≥2台"),
            ("产出指标", "质量指标", "设备验收合格率", "100%"),
            ("产出指标", "时效指标", "设备采购完成时间", "2023年12月底前"),
            ("效益指标", "社会效益指标", "道路扬尘污染", "有效降低"),
            ("满意度指标", "服务对象满意度指标", "市民满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    let i = all(&f);
    // 评(扣)分标准 is the scoring rule, kept apart from the value and from 备注.
    assert_eq!((i[0].scoring.as_deref(), i[0].description.as_deref()), (Some("完成得满分，每少1台扣2分"), Some("年内购置的雾炮车台数")));
    assert_eq!((i[3].scoring.as_deref(), i[3].remark.as_deref()), (Some("酌情扣分"), Some("抽查")));
    assert_eq!(i[2].target.date.as_deref(), Some("2023-12-31"));
    let p = &f.projects[0];
    assert_eq!(p.extra.get("单位名称").map(String::as_str), Some("某市城市管理局"));
    // A blank 备注 at the end of the last row is not a document cut off.
    assert!(p.complete && !f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S004" | "S005")), "{}", show(&f));
}

#[test]
fn l9_score_bands_on_first_level_labels_and_a_score_column() {
    let f = parse(L9);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "培训人次", "≥200人次"),
            ("产出指标", "质量指标", "培训合格率", "≥95%"),
            ("产出指标", "时效指标", "培训完成时间", "2024年11月底前"),
            ("效益指标", "社会效益指标", "就业技能提升", "明显提升"),
            ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%"),
            ("成本指标", "经济成本指标", "人均培训成本", "≤1500元"),
        ]),
        "{}",
        show(&f)
    );
    let i = all(&f);
    let scores: Vec<Option<f64>> = i.iter().map(|i| i.score).collect();
    assert_eq!(scores, [20.0, 15.0, 15.0, 30.0, 10.0, 10.0].map(Some));
    // The label is kept as printed, band included.
    assert_eq!((i[0].level1_raw.as_str(), i[3].level1_raw.as_str()), ("产出指标（50分）", "效益指标(30分)"));
    assert_eq!(i[0].description.as_deref(), Some("全年参训人次"));
}

#[test]
fn yunnan_comparator_in_the_nature_column_and_kind_in_the_attribute_column() {
    let f = parse(YUNNAN);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "巡护次数", "≥120次"),
            ("产出指标", "时效指标", "资金拨付及时率", "=100%"),
            ("效益指标", "生态效益指标", "森林火灾发生率", "≤0.9‰"),
            // 定性 in the comparator column says qualitative: it is not part of the value.
            ("效益指标", "社会效益指标", "群众防火意识", "明显提高"),
        ]),
        "{}",
        show(&f)
    );
    // 指标内容 beside 三级指标 describes the indicator; it does not open a second table side.
    assert_eq!(all(&f)[0].description.as_deref(), Some("全年巡山护林次数"));
}

#[test]
fn nature_column_holding_quantitative_or_qualitative_is_not_the_value() {
    let f = parse(KIND_COLUMN);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "保洁河道长度", "≥35公里"),
            ("效益指标", "生态效益指标", "河道水质", "持续改善"),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(all(&f)[0].target.std_value, Some(35.0));
}

/// The rows both paged samples hold; the carried 一级/二级 run on across the page
/// break before 桥梁检测次数.
const PAGED_ROWS: [(&str, &str, &str, &str); 4] = [
    ("产出指标", "数量指标", "养护道路里程", "≥120公里"),
    ("产出指标", "数量指标", "路灯维修数量", "≥300盏"),
    ("产出指标", "数量指标", "桥梁检测次数", "2次/年"),
    ("产出指标", "质量指标", "路面完好率", "≥95%"),
];

#[test]
fn page_numbers_between_tab_rows_are_not_indicators() {
    let f = parse(PAGED_TABS);
    let mut want = PAGED_ROWS.to_vec();
    want.push(("效益指标", "社会效益指标", "群众出行条件", "明显改善"));
    assert_eq!(rows(&f), expect(&want), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "page numbers are consumed: {}", show(&f));
}

#[test]
fn page_numbers_inside_a_one_cell_per_paragraph_table() {
    let f = parse(PAGED_LINES);
    assert_eq!(rows(&f), expect(&PAGED_ROWS), "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{}", show(&f));
}

#[test]
fn question_mark_runs_keep_the_indicator_as_printed() {
    let f = parse(QUESTION_MARKS);
    assert_eq!(f.projects[0].name.as_deref(), Some("??村道路硬化项目"));
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "硬化道路长?", "≥3.5公里"),
            // A lost 二级 stays as printed under its 一级 ...
            ("产出指标", "??指标", "工程验收合格率", "100%"),
            // ... and a lost 一级 is inferred from the 二级.
            ("效益指标", "社会效益指标", "????出行", "明显改善"),
            ("效益指标", "社会效益指标", "???", "≥95%"),
        ]),
        "{}",
        show(&f)
    );
    assert_eq!(all(&f)[2].level1_raw, "??指标");
}

#[test]
fn levels_repeated_on_every_row() {
    let f = parse(REPEATED_LEVELS);
    assert_eq!(
        rows(&f),
        expect(&[
            ("产出指标", "数量指标", "服务老人人数", "≥500人"),
            ("产出指标", "数量指标", "助餐服务次数", "≥1.2万人次"),
            ("产出指标", "质量指标", "服务合格率", "≥95%"),
            ("效益指标", "社会效益指标", "老年人生活质量", "有效提高"),
            ("满意度指标", "服务对象满意度指标", "老年人满意度", "≥90%"),
        ]),
        "{}",
        show(&f)
    );
}

#[test]
fn levels_repeated_on_every_row_of_both_sides() {
    let f = parse(REPEATED_SIDE_BY_SIDE);
    let i = all(&f);
    assert_eq!(i.len(), 8, "{}", show(&f));
    let side = |period: &str| -> Vec<(String, String, String, String)> {
        i.iter()
            .filter(|x| x.period.map(|p| p.as_str()) == Some(period))
            .map(|x| (x.level1.clone(), x.level2.clone(), x.name.clone(), x.value.clone()))
            .collect()
    };
    assert_eq!(
        side("annual"),
        expect(&[
            ("产出指标", "数量指标", "培训人次", "≥300人次"),
            ("产出指标", "数量指标", "培训天数", "≥10天"),
            ("产出指标", "质量指标", "结业率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
        ])
    );
    assert_eq!(side("midterm")[1], ("产出指标".into(), "数量指标".into(), "培训天数".into(), "≥30天".into()));
}

#[test]
fn l11_sheet_with_the_project_on_every_row_splits_into_projects() {
    check_sheet_05_2(&parse(SHEET_05_2));
}

/// The same sheet as an Excel workbook (tools/make_sheet_05_2.py): unit, project and
/// goal merged down each project's rows instead of repeated, values typed as numbers.
#[test]
fn l11_sheet_as_a_workbook_with_merged_project_cells() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/extra/sheet_05_2.xlsx");
    let f = jixiao::parse_path(&path, &ParseOptions::default()).unwrap();
    check_sheet_05_2(&f);
}

fn check_sheet_05_2(f: &Filing) {
    let names: Vec<Option<&str>> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("高标准农田建设"), Some("动物防疫补助")], "{}", show(f));
    for p in &f.projects {
        assert_eq!((p.department.as_deref(), p.department_code.as_deref()), (Some("某县农业农村局"), Some("101001")));
    }
    assert_eq!(f.projects[1].goals.annual.as_deref(), Some("重大动物疫病免疫密度达标"));
    assert_eq!(
        rows(f),
        expect(&[
            ("产出指标", "数量指标", "新建高标准农田面积", "≥1万亩"),
            ("产出指标", "质量指标", "工程验收合格率", "=100%"),
            ("效益指标", "经济效益指标", "亩均增产", "≥50公斤"),
            ("产出指标", "数量指标", "免疫畜禽数量", "≥20万头(只)"),
            // A blank 一级 carries down within the project.
            ("产出指标", "质量指标", "免疫密度", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "养殖户满意度", "满意"),
        ]),
        "{}",
        show(f)
    );
    assert_eq!(f.projects[0].indicators[0].description.as_deref(), Some("当年建成面积"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S005"), "{}", show(f));
}

/// An HTML copy of a 一体化 export: merged label cells dropped, every row padded at
/// the end to the header's count of cells.
const PADDED_PIPES: &str = "\
| 项目名称 | 林业宣传项目 | ||||||
| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |
| 产出指标 | 数量指标 | 宣传投稿数(篇) | = | 30 | 篇 | 该指标值数据合理 | |
| 公众号宣传(篇) | = | 50 | 篇 | 该指标值数据合理 | |||
| 满意度指标 | 服务对象满意度指标 | 群众满意率 | ≥ | 90 | % | 该指标值数据合理 | |
| 商户满意率 | ≥ | 85 | % | 该指标值数据合理 | |||
";

#[test]
fn a_padded_last_row_is_whole_and_a_shorter_one_is_cut() {
    // Whole: the last row lost its merged labels but is padded to the header's cells.
    let f = parse(PADDED_PIPES);
    assert_eq!(all(&f).len(), 4, "{}", show(&f));
    assert!(f.projects[0].complete, "{}", show(&f));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S004"), "{}", show(&f));
    // Cut: the document ends inside the last row, which has fewer cells than the header.
    let cut = PADDED_PIPES.trim_end().strip_suffix("|||").expect("the sample ends in padding");
    let f = parse(cut);
    assert!(!f.projects[0].complete, "{}", show(&f));
    assert!(f.diagnostics.iter().any(|d| d.code == "S004"), "{}", show(&f));
}

/// "满意度" (a 一级 word) printed as the 三级 name under its 二级: the name, not a label.
#[test]
fn a_first_level_word_as_the_name_under_its_second_level() {
    let f = parse(
        "项目支出绩效目标表\n项目名称\t医保服务\n一级指标\t二级指标\t三级指标\t指标值\n\
         产出指标\t数量指标\t服务人次\t≥1000人次\n\
         满意度指标\t服务对象满意度指标\t满意度\t≥90%\n",
    );
    assert_eq!(
        rows(&f),
        expect(&[("产出指标", "数量指标", "服务人次", "≥1000人次"), ("满意度指标", "服务对象满意度指标", "满意度", "≥90%")]),
        "{}",
        show(&f)
    );
    assert!(!f.diagnostics.iter().any(|d| matches!(d.code.as_str(), "S004" | "S005")), "{}", show(&f));
}

#[test]
fn one_cell_per_line_with_comparator_and_unit_columns_and_no_row_breaks() {
    // An L5 table copied one cell per line with no blank line between rows: the
    // comparator, number and unit join their name, an empty unit cell is a blank line,
    // and 满意度指标 is the 一级 because a 二级 follows it on the next line.
    let cells = [
        "项目名称",
        "乡村道路养护",
        "一级指标",
        "二级指标",
        "三级指标",
        "计算符号",
        "目标值",
        "度量单位",
        "产出指标",
        "数量指标",
        "养护里程",
        "≥",
        "120",
        "公里",
        "质量指标",
        "路面优良率",
        "≥",
        "85",
        "%",
        "效益指标",
        "社会效益指标",
        "群众出行条件",
        "定性",
        "逐步改善",
        "",
        "满意度指标",
        "服务对象满意度指标",
        "沿线群众满意度",
        "≥",
        "90",
        "%",
    ];
    let f = parse(&cells.join("\n"));
    let got: Vec<(String, String, String, String)> =
        all(&f).iter().map(|i| (i.level1.clone(), i.level2.clone(), i.name.clone(), i.value.clone())).collect();
    let want = [
        ("产出指标", "数量指标", "养护里程", "≥120公里"),
        ("产出指标", "质量指标", "路面优良率", "≥85%"),
        ("效益指标", "社会效益指标", "群众出行条件", "逐步改善"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ];
    assert_eq!(got, want.map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), d.to_string())), "{}", show(&f));
    assert!(f.diagnostics.iter().all(|d| d.code != "S005" && d.code != "V001"), "{:?}", f.diagnostics);
}
