//! Real-data gaps found by a fourth probe: the same 项目支出绩效目标表 as different
//! text-extraction tools give it. Each sample is checked against the parse of a clean
//! tab-separated copy of the same table.

#[path = "common/families.rs"]
mod families;

use families::{parse, rows, s005, show};
use jixiao::Filing;

/// The table every sample below prints, as clean tab-separated rows.
const CLEAN: &str = "项目支出绩效目标表
项目名称\t城乡居民医疗救助资金
主管部门\t某县医疗保障局
实施单位\t某县医疗保障服务中心
项目资金（万元）\t年度资金总额\t320.5
\t其中：财政拨款\t300
\t其他资金\t20.5
年度绩效目标\t对符合条件的城乡特困人员、低保对象等困难群众实施医疗救助，减轻困难群众医疗费用负担，防止因病致贫返贫。
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t资助参保人数\t≥12000人
\t\t医疗救助人次\t≥3500人次
\t质量指标\t救助对象识别准确率\t≥98%
\t\t政策范围内住院费用救助比例\t≥70%
\t时效指标\t救助资金拨付及时率\t100%
\t成本指标\t人均救助标准\t≤850元/人
效益指标\t社会效益指标\t困难群众医疗费用负担\t有效减轻
\t\t因病致贫返贫发生率\t逐年下降
\t可持续影响指标\t医疗救助制度长效运行\t长期
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%
";

/// Same fields, funds, goal and indicators as the clean copy, and nothing unplaced.
fn same_as_clean(f: &Filing) {
    let clean = parse(CLEAN);
    assert_eq!(rows(f), rows(&clean), "{}", show(f));
    assert_eq!(f.projects.len(), 1, "{}", show(f));
    let (p, c) = (&f.projects[0], &clean.projects[0]);
    assert_eq!((&p.name, &p.department, &p.implementing_unit), (&c.name, &c.department, &c.implementing_unit), "{}", show(f));
    assert_eq!(p.funds.annual, c.funds.annual, "{}", show(f));
    assert_eq!(p.goals.annual, c.goals.annual, "{}", show(f));
    assert!(p.complete, "{}", show(f));
    assert!(s005(f).is_empty(), "{}", show(f));
}

/// (1) PyMuPDF `page.get_text()`: one text line per line in drawing order (a merged
/// cell where it begins), long cells wrapped: the goal, two 三级 names (one whose
/// tail "担" reads like a short value), and two 二级 labels.
#[test]
fn pymupdf_wrapped_cells_are_one_cell_again() {
    let text = "项目支出绩效目标表
项目名称
城乡居民医疗救助资金
主管部门
某县医疗保障局
实施单位
某县医疗保障服务中心
项目资金
（万元）
年度资金总额
320.5
其中：财政拨款
300
其他资金
20.5
年度绩效目标
对符合条件的城乡特困人员、低保对象等困难群众实施医疗救
助，减轻困难群众医疗费用负担，防止因病致贫返贫。
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
资助参保人数
≥12000人
医疗救助人次
≥3500人次
质量指标
救助对象识别准确率
≥98%
政策范围内住院费用救
助比例
≥70%
时效指标
救助资金拨付及时率
100%
成本指标
人均救助标准
≤850元/人
效益指标
社会效益指标
困难群众医疗费用负
担
有效减轻
因病致贫返贫发生率
逐年下降
可持续影响指
标
医疗救助制度长效运
行
长期
满意度指标
服务对象满意
度指标
救助对象满意度
≥90%
";
    same_as_clean(&parse(text));
    // `pdftotext -raw` gives the same lines in the same order with blank lines
    // between its text blocks.
    let blocks = text.replace("\n项目名称", "\n\n项目名称").replace("\n一级指标", "\n\n一级指标").replace("\n效益指标", "\n\n效益指标");
    same_as_clean(&parse(&blocks));
}

/// (2) `pdftotext` without `-layout`: cells in page order, blank lines between text
/// blocks, and a merged 一级 printed where the middle of its span falls, so the matrix
/// opens with a 二级 and the rows above each 一级 belong to it. Here every 二级 holds
/// one indicator (弋阳's tables): its label is on its own row.
#[test]
fn pdftotext_reading_order_prints_level1_mid_span() {
    let clean = "项目名称\t乡村道路养护
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t养护农村公路里程\t≥356公里
\t质量指标\t路面技术状况指数\t≥80
\t时效指标\t养护任务完成时间\t2024年12月底前
\t成本指标\t每公里养护成本\t≤3500元
效益指标\t社会效益指标\t群众出行条件\t明显改善
\t可持续影响指标\t农村公路使用寿命\t有效延长
满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%
";
    let text = "项目名称\n\n乡村道路养护\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n\
        数量指标\n\n养护农村公路里程\n\n≥356公里\n\n\
        质量指标\n\n路面技术状况指数\n\n≥80\n\n\
        产出指标\n\n\
        时效指标\n\n养护任务完成时间\n\n2024年12月底前\n\n\
        成本指标\n\n每公里养护成本\n\n≤3500元\n\n\
        社会效益指标\n\n群众出行条件\n\n明显改善\n\n\
        效益指标\n\n\
        可持续影响指标\n\n农村公路使用寿命\n\n有效延长\n\n\
        满意度指标\n\n服务对象满意\n度指标\n\n沿线群众满意度\n\n≥90%\n";
    let (f, c) = (parse(text), parse(clean));
    assert_eq!(rows(&f), rows(&c), "{}", show(&f));
    let raw: Vec<&str> = f.projects[0].indicators.iter().map(|i| i.level1_raw.as_str()).collect();
    assert_eq!(raw[..4], ["产出指标"; 4], "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (3) A department's document holding three projects one after another, each under
/// its own title, with the page furniture PDF text keeps between them: page numbers
/// in two styles and the unit's name printed at the top of every page.
#[test]
fn projects_of_one_document_between_running_heads_and_page_numbers() {
    let clean = "项目支出绩效目标表
项目名称\t医保基金监管专项经费
主管部门\t某县医疗保障局
年度资金总额\t45
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t检查定点机构数\t≥120家
效益指标\t社会效益指标\t基金安全水平\t明显提高
项目支出绩效目标表
项目名称\t医保经办能力建设
主管部门\t某县医疗保障局
年度资金总额\t18.6
一级指标\t二级指标\t三级指标\t指标值
产出指标\t质量指标\t业务办结率\t≥98%
满意度指标\t服务对象满意度指标\t办事群众满意度\t≥95%
项目支出绩效目标表
项目名称\t医疗救助资金
主管部门\t某县医疗保障局
年度资金总额\t320.5
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t资助参保人数\t≥12000人
满意度指标\t服务对象满意度指标\t救助对象满意度\t≥90%
";
    let pages = "某县医疗保障局
项目支出绩效目标表
项目名称
医保基金监管专项经费
主管部门
某县医疗保障局
年度资金总额
45
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
检查定点机构数
≥120家
效益指标
社会效益指标
基金安全水平
明显提高
第 1 页，共 3 页
- 1 -
某县医疗保障局
项目支出绩效目标表
项目名称
医保经办能力建设
主管部门
某县医疗保障局
年度资金总额
18.6
一级指标
二级指标
三级指标
指标值
产出指标
质量指标
业务办结率
≥98%
满意度指标
服务对象满意度指标
办事群众满意度
≥95%
第 2 页，共 3 页
- 2 -
某县医疗保障局
项目支出绩效目标表
项目名称
医疗救助资金
主管部门
某县医疗保障局
年度资金总额
320.5
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
资助参保人数
≥12000人
满意度指标
服务对象满意度指标
救助对象满意度
≥90%
第 3 页，共 3 页
- 3 -
";
    let c = parse(clean);
    assert_eq!(c.projects.len(), 3, "{}", show(&c));
    // PyMuPDF's lines, and the same as paragraphs with blank lines between (docx2txt).
    for text in [pages.to_string(), pages.replace('\n', "\n\n")] {
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&c), "{}", show(&f));
        let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, [Some("医保基金监管专项经费"), Some("医保经办能力建设"), Some("医疗救助资金")], "{}", show(&f));
        let totals: Vec<_> = f.projects.iter().map(|p| p.funds.annual.as_ref().and_then(|a| a.total)).collect();
        assert_eq!(totals, [Some(45.0), Some(18.6), Some(320.5)], "{}", show(&f));
        assert!(f.projects.iter().all(|p| p.department.as_deref() == Some("某县医疗保障局") && p.complete), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}

/// (4) pdfplumber's `extract_text()`: one printed line per line, cells joined by a
/// single space, a merged cell where it begins (cells aligned to the top). A wrapped
/// cell prints its first line on its row's line and the rest on a line of its own
/// below, the tails of several cells of one row together ("标 行").
#[test]
fn pdfplumber_tail_lines_end_the_cells_of_the_row_above() {
    let text = "项目支出绩效目标表
项目名称 城乡居民医疗救助资金
主管部门 某县医疗保障局
实施单位 某县医疗保障服务中心
项目资金（万元） 年度资金总额 320.5
其中：财政拨款 300
其他资金 20.5
年度绩效目标 对符合条件的城乡特困人员、低保对象等困难群众实施医疗救
助，减轻困难群众医疗费用负担，防止因病致贫返贫。
一级指标 二级指标 三级指标 指标值
产出指标 数量指标 资助参保人数 ≥12000人
医疗救助人次 ≥3500人次
质量指标 救助对象识别准确率 ≥98%
政策范围内住院费用救 ≥70%
助比例
时效指标 救助资金拨付及时率 100%
成本指标 人均救助标准 ≤850元/人
效益指标 社会效益指标 困难群众医疗费用负 有效减轻
担
因病致贫返贫发生率 逐年下降
可持续影响指 医疗救助制度长效运 长期
标 行
满意度指标 服务对象满意 救助对象满意度 ≥90%
度指标
";
    same_as_clean(&parse(text));
}

/// (5) docx2txt / python-docx paragraphs of an 一体化 table (L3) with a 绩效指标描述
/// column: every cell a paragraph, rows unmarked. A description ending like a name
/// ("…建档的比例") closed the record before its value; a blank description (dropped
/// with the blank lines) let the value fall into it.
#[test]
fn docx_paragraphs_with_a_description_column() {
    let clean = "项目名称\t基本公共卫生服务
一级指标\t二级指标\t三级指标\t绩效指标描述\t指标值
产出指标\t数量指标\t健康档案建档人数\t为辖区常住居民建立健康档案的人数\t≥5万人
\t质量指标\t电子健康档案规范率\t规范建档的比例\t≥90%
\t时效指标\t资金拨付及时率\t\t100%
效益指标\t社会效益指标\t居民健康素养水平\t居民健康素养水平提升\t逐步提高
满意度指标\t服务对象满意度指标\t居民满意度\t接受服务居民的满意度\t≥90%
";
    let cells = [
        "项目名称",
        "基本公共卫生服务",
        "一级指标",
        "二级指标",
        "三级指标",
        "绩效指标描述",
        "指标值",
        "产出指标",
        "数量指标",
        "健康档案建档人数",
        "为辖区常住居民建立健康档案的人数",
        "≥5万人",
        "质量指标",
        "电子健康档案规范率",
        "规范建档的比例",
        "≥90%",
        "时效指标",
        "资金拨付及时率",
        "",
        "100%",
        "效益指标",
        "社会效益指标",
        "居民健康素养水平",
        "居民健康素养水平提升",
        "逐步提高",
        "满意度指标",
        "服务对象满意度指标",
        "居民满意度",
        "接受服务居民的满意度",
        "≥90%",
    ];
    // PyMuPDF's lines of the same table printed to PDF: long descriptions and a name
    // wrap (a description's last line may end like a name, "…档案的人数"), and the
    // blank description prints nothing.
    let pdf = "项目名称\n基本公共卫生服务\n一级指标\n二级指标\n三级指标\n绩效指标描述\n指标值\n\
        产出指标\n数量指标\n健康档案建档人数\n为辖区常住居民建立健康\n档案的人数\n≥5万人\n\
        质量指标\n电子健康档案规范率\n规范建档的比例\n≥90%\n\
        时效指标\n资金拨付及时率\n100%\n\
        效益指标\n社会效益指标\n居民健康素养水平\n居民健康素养水平提升\n逐步提高\n\
        满意度指标\n服务对象满意度指标\n居民满意度\n接受服务居民的满意度\n≥90%\n";
    let c = parse(clean);
    for text in [cells.join("\n\n") + "\n", pdf.to_string()] {
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&c), "{}", show(&f));
        let descs: Vec<_> = f.projects[0].indicators.iter().map(|i| i.description.as_deref()).collect();
        let want: Vec<_> = c.projects[0].indicators.iter().map(|i| i.description.as_deref()).collect();
        assert_eq!(descs, want, "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}

/// (6) The same page order with 二级 spans of two rows: the 二级 label too is printed
/// mid-span, after the first of its rows. Whether the row before it is under the label
/// carried or the one printed next, nothing in the text says (both spans could be one
/// or two rows long): the parser keeps the carried label and reports the row (S007)
/// rather than guess. A row that is the first under its label is certain.
#[test]
fn pdftotext_mid_span_level2_is_reported_not_guessed() {
    let text = "项目名称\n\n城乡居民医疗救助\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n\
        数量指标\n\n资助参保人数\n\n≥12000人\n\n医疗救助人次\n\n≥3500人次\n\n\
        救助对象识别准确率\n\n≥98%\n\n产出指标\n\n质量指标\n\n住院费用救助比例\n\n≥70%\n\n\
        社会效益指标\n\n困难群众医疗费用负担\n\n有效减轻\n\n效益指标\n\n\
        满意度指标\n\n服务对象满意度指标\n\n救助对象满意度\n\n≥90%\n";
    let f = parse(text);
    let s007: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S007").map(|d| (d.indicator, d.snippet.clone())).collect();
    assert_eq!(s007, [(Some(2), Some("数量指标 | 救助对象识别准确率 | ≥98%".to_string()))], "{}", show(&f));
    assert_eq!(f.projects[0].indicators.len(), 6, "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
    // Printed where each span begins (PyMuPDF, docx2txt), nothing is open.
    let first = "项目名称\n城乡居民医疗救助\n一级指标\n二级指标\n三级指标\n指标值\n产出指标\n数量指标\n资助参保人数\n≥12000人\n\
        医疗救助人次\n≥3500人次\n质量指标\n救助对象识别准确率\n≥98%\n住院费用救助比例\n≥70%\n满意度指标\n服务对象满意度指标\n救助对象满意度\n≥90%\n";
    let f = parse(first);
    assert!(f.diagnostics.iter().all(|d| d.code != "S007"), "{}", show(&f));
}

/// (7) PyMuPDF lines of a block whose long values wrap: the 项目名称 and the 实施单位
/// continue on the line below their first, where no key stands.
#[test]
fn pymupdf_wrapped_field_values_continue_on_the_next_line() {
    let text = "项目支出绩效目标表
项目名称
城乡居民最低生活保障及特困人员救助供
养资金
主管部门
某县民政局
实施单位
某县社会救助服务中心（某县低保
核查中心）
年度资金总额
1250
一级指标
二级指标
三级指标
指标值
产出指标
数量指标
保障人数
≥8000人
满意度指标
服务对象满意度指标
保障对象满意度
≥90%
";
    let f = parse(text);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("城乡居民最低生活保障及特困人员救助供养资金"), "{}", show(&f));
    assert_eq!(p.implementing_unit.as_deref(), Some("某县社会救助服务中心（某县低保核查中心）"), "{}", show(&f));
    assert_eq!(p.department.as_deref(), Some("某县民政局"), "{}", show(&f));
    assert_eq!(f.projects[0].indicators.len(), 2, "{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// (8) docx2txt paragraphs of an 88号 side-by-side table (L1: 中期 and 年度 groups in one
/// row): the goal texts follow their two keys in order, and the stream's records
/// alternate between the groups — a 二级 label or a new record after a finished one
/// moves to the next group, and after the last back to the first.
#[test]
fn docx_paragraphs_of_a_side_by_side_table() {
    let cells = [
        "项目名称",
        "医保鉴定评审",
        "主管部门及代码",
        "[077]某市医疗保障局",
        "项目期",
        "3年",
        "中期目标",
        "年度目标",
        "完成三年鉴定评审工作。",
        "完成年度鉴定评审工作。",
        "一级指标",
        "二级指标",
        "三级指标",
        "指标值",
        "二级指标",
        "三级指标",
        "指标值",
        "产出指标",
        "数量指标",
        "评审人数",
        "≥459人",
        "数量指标",
        "评审人数",
        "≥153人",
        "评审会议次数",
        "≥36次",
        "评审会议次数",
        "≥12次",
        "质量指标",
        "评审准确率",
        "≥95%",
        "质量指标",
        "评审准确率",
        "≥95%",
        "满意度指标",
        "服务对象满意度指标",
        "参保人满意度",
        "≥90%",
        "服务对象满意度指标",
        "参保人满意度",
        "≥90%",
    ];
    let f = parse(&(cells.join("\n\n") + "\n"));
    let p = &f.projects[0];
    assert_eq!(
        (p.goals.midterm.as_deref(), p.goals.annual.as_deref()),
        (Some("完成三年鉴定评审工作。"), Some("完成年度鉴定评审工作。")),
        "{}",
        show(&f)
    );
    let got: Vec<_> =
        p.indicators.iter().map(|i| (i.period.map(|x| x.as_str()), i.level2.as_str(), i.name.as_str(), i.value.as_str())).collect();
    assert_eq!(
        got,
        [
            (Some("midterm"), "数量指标", "评审人数", "≥459人"),
            (Some("midterm"), "数量指标", "评审会议次数", "≥36次"),
            (Some("midterm"), "质量指标", "评审准确率", "≥95%"),
            (Some("midterm"), "服务对象满意度指标", "参保人满意度", "≥90%"),
            (Some("annual"), "数量指标", "评审人数", "≥153人"),
            (Some("annual"), "数量指标", "评审会议次数", "≥12次"),
            (Some("annual"), "质量指标", "评审准确率", "≥95%"),
            (Some("annual"), "服务对象满意度指标", "参保人满意度", "≥90%"),
        ],
        "{}",
        show(&f)
    );
    assert!(s005(&f).is_empty(), "{}", show(&f));
}
