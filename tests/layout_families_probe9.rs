//! Layout probe, round 9: tables in the text shapes PDF and web-page copies come in —
//! one cell per line (`pdftotext`), cut at runs of spaces (`pdftotext -layout`,
//! pdfplumber's `extract_text`, whose narrow columns wrap header cells, names, units
//! and labels onto the lines below), broken over pages with the header printed again,
//! and a government website's footer under the table. Each shape is checked against
//! a clean tab-separated reading of the same table (excerpts modelled on real 15, 20).

#[path = "common/families.rs"]
mod families;
#[path = "common/probe8_tables.rs"]
mod probe8_tables;

use families::{all, parse, rows, s005, show};
use probe8_tables::*;

/// L11 one cell per line with each project's merged cells (unit, name, goal) printed
/// mid-span, between two of its indicator rows: the rows above a name went to the
/// project before it (the first ones to a project with no name).
#[test]
fn multi_project_sheet_one_cell_per_line_names_printed_mid_span() {
    let clean = parse(&sheet(Printed::EveryRow));
    check_sheet(&parse(&one_cell_per_line(&sheet(Printed::MidSpan))), &clean);
}

/// 湖南-style table whose header cells wrap onto a second line in text cut at spaces.
const WRAPPED_HEAD: &str = "2024年度项目支出绩效目标表
项目名称\t城区环卫作业市场化服务项目
主管部门\t湘潭市城市管理和综合执法局
年度绩效目标\t完成城区主次干道机械化清扫保洁，生活垃圾日产日清。
";
const WRAPPED_BODY: &str = "产出指标\t数量指标\t道路清扫保洁面积\t≥1280万平方米\t城区主次干道清扫保洁面积
产出指标\t质量指标\t道路机扫率\t≥90%\t机械化清扫面积/总面积
效益指标\t社会效益指标\t市容环境改善\t逐步提高\t城区市容面貌
满意度指标\t服务对象满意度指标\t市民满意度\t≥95%\t问卷调查
";

/// Header cells wrapped onto a line of their own ("指标值确定依" / "据", "绩效指标" /
/// "描述", "三级" / "指标"), in pdfplumber's text (the tail alone on its line) and in
/// `pdftotext -layout` (the tail under its column): the header was not found, or the
/// wrapped column was left out of it and its cells read as the next column's.
#[test]
fn a_header_cell_wrapped_onto_a_second_line_is_joined() {
    for (last, head_line, tail) in [
        ("指标值确定依据", "一级指标\t二级指标\t三级指标\t指标值\t指标值确定依", "据"),
        ("绩效指标描述", "一级指标\t二级指标\t三级指标\t指标值\t绩效指标", "描述"),
        ("指标解释", "一级指标\t二级指标\t三级\t指标值\t指标解释", "指标"),
    ] {
        let clean_head = format!("一级指标\t二级指标\t三级指标\t指标值\t{last}\n");
        let clean = parse(&format!("{WRAPPED_HEAD}{clean_head}{WRAPPED_BODY}"));
        assert_eq!(all(&clean).len(), 4, "{}", show(&clean));
        assert!(all(&clean)[0].description.is_some() || all(&clean)[0].basis.is_some(), "{}", show(&clean));
        let pad = " ".repeat(head_line.replace('\t', "    ").chars().count() + 4);
        for (gap, tail_line) in [("  ", tail.to_string()), ("    ", format!("{pad}{tail}")), (" ", tail.to_string())] {
            let text = spaced(&format!("{WRAPPED_HEAD}{head_line}\n{tail_line}\n{WRAPPED_BODY}"), gap);
            let f = parse(&text);
            assert_eq!(full(&f), full(&clean), "{text}\n{}", show(&f));
            assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
        }
    }
}

const FOOTER_TABLE: &str = "项目支出绩效目标表
项目名称\t道路维护
主管部门\t某某市交通运输局
一级指标\t二级指标\t三级指标\t指标值
产出指标\t数量指标\t维护道路里程\t≥50公里
满意度指标\t服务对象满意度指标\t群众满意度\t≥90%
";

/// A government website's footer with no ICP number after the table: each line was
/// quoted as an unplaced cell (S005) or read as an indicator row.
#[test]
fn a_site_footer_without_an_icp_number_is_furniture() {
    let clean = parse(FOOTER_TABLE);
    let footer = "主办单位：某某市财政局\n承办：某某市财政局办公室\n技术支持：某某网络科技有限公司\n网站标识码：4302000001\n\
                  联系电话：0731-12345678 邮编：411100\n地址：某某市人民中路1号  邮编：411100\n";
    for text in [
        format!("{FOOTER_TABLE}{footer}"),
        spaced(&format!("{FOOTER_TABLE}{footer}"), " "),
        one_cell_per_line(&format!("{FOOTER_TABLE}{footer}")),
    ] {
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&clean), "{text}\n{}", show(&f));
        assert!(s005(&f).is_empty(), "{text}\n{}", show(&f));
        assert!(f.projects[0].extra.is_empty(), "{:?}", f.projects[0].extra);
    }
    // A 主管部门 or a filing's own 联系电话 is still read as before.
    let own = parse(&format!("{FOOTER_TABLE}联系电话：0731-12345678\n"));
    assert_eq!(own.projects[0].department.as_deref(), Some("某某市交通运输局"));
    assert!(s005(&own).iter().any(|s| s.contains("0731")) || own.projects[0].extra.values().any(|v| v.contains("0731")), "{}", show(&own));
}

/// A whole-department table (L5, real 20) with neither a title nor a 项目名称, one cell
/// per line: nothing opened a table (its header, one column name per line, is no header
/// row), so the whole document was read as the 部门整体绩效目标 text and no project found.
#[test]
fn a_department_table_with_no_title_one_cell_per_line() {
    let tab = "部门整体绩效目标
基本信息
部门编码:\t316\t部门名称:\t浮梁县林业局
*年度绩效总目标\t保证林业局职能实现,保障人员经费。
一级指标\t二级指标\t三级指标\t计算符号\t目标值\t度量单位\t指标值说明
产出指标\t数量指标\t保障在职职工人数(人)\t=\t116\t人\t该指标值数据合理
\t\t保障退休职工人数(人)\t=\t81\t人\t该指标值数据合理
\t质量指标\t工资发放准确性(%)\t≥\t95\t%\t该指标值数据合理
满意度指标\t服务对象满意度指标\t群众满意度(%)\t≥\t90\t%\t该指标值数据合理
";
    let clean = parse(tab);
    assert_eq!(all(&clean).len(), 4, "{}", show(&clean));
    assert_eq!(all(&clean)[0].value, "=116人", "{}", show(&clean));
    let f = parse(&one_cell_per_line(tab));
    assert_eq!(rows(&f), rows(&clean), "{}", show(&f));
    assert_eq!(f.projects[0].department.as_deref(), Some("浮梁县林业局"), "{}", show(&f));
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("保证林业局职能实现,保障人员经费。"), "{}", show(&f));
    // A label the lexicon does not know, marked as a required field, is no more of the
    // department's name wrapped onto the next line.
    let marked = tab.replace("*年度绩效总目标", "*单位职能简述");
    let f = parse(&one_cell_per_line(&marked));
    assert_eq!(f.projects[0].department.as_deref(), Some("浮梁县林业局"), "{}", show(&f));
}

/// 浙江 申报表 (L10, real 15): 指标类型 | 指标名称 | 指标值 | 指标描述, the 二级 label in
/// the 指标名称 column doubling as the indicator's name, one cell per line.
const ZHEJIANG: &str = "项目名称:\t绿化养护经费
项目绩效目标\t绩效目标 总体描述\t完成我市建成区的绿化养护工作,改善了城市生态环境。
指标类型\t指标名称\t指标值\t指标描述
产出指标\t数量指标\t375万平方米\t完成全市375万平方米的绿地养护、维护等
\t质量指标\t100%\t达到绿化绿地全覆盖
\t时效指标\t全年\t全年
效益指标\t社会效益指标\t是\t满足市民生存环境的需求
\t生态效益指标\t是\t改善城市生态环境,保持生态平衡、保护自然环境
满意度指标\t服务对象或受益者满意度指标\t≥95%\t服务对象对于绿化的养护及配套设施的维护满意率应该在95%以上
";

/// 满意度指标 on a line of its own, then the 二级 under it: the 一级 was taken for a 二级
/// first, and the record it opened (named by the label, L10 has no 二级 column) came
/// out as an indicator with no value (V001).
#[test]
fn level2_as_name_one_cell_per_line() {
    let clean = parse(ZHEJIANG);
    assert_eq!(all(&clean).len(), 6, "{}", show(&clean));
    assert_eq!(all(&clean)[0].value, "375万平方米", "{}", show(&clean));
    let f = parse(&one_cell_per_line(ZHEJIANG));
    assert_eq!(full(&f), full(&clean), "{}", show(&f));
}

/// The same with a form's options printed on their lines with spaces between them
/// ("新增□ 延续□ 往年备选□", real 15): one line in nine with a space was enough for the
/// text to be taken for cells cut at spaces, every line a row, every cell a record.
#[test]
fn one_cell_per_line_with_a_few_spaced_lines() {
    let form = "项目属性:\t新增□ 延续□ 往年备选□\n重要程度:\t重要工作□ 一般工作□\n项目口径:\t经常性□ 阶段性□ 一次性□\n";
    let text = ZHEJIANG.replacen('\n', &format!("\n{form}"), 1) + "最近年度绩效评价情况\t优秀□ 良好□ 合格□ 不合格□未评价□\n";
    let clean = parse(ZHEJIANG);
    let f = parse(&one_cell_per_line(&text));
    assert_eq!(full(&f), full(&clean), "{}", show(&f));
}

/// pdfplumber's text of a table whose narrow name column wraps inside a bracket
/// ("保障在职职工人数(人" / ")"): the open bracket glued the rest of the row (comparator,
/// value, unit, description) into the name, and the row had no value (V001).
#[test]
fn a_name_wrapped_inside_its_bracket_in_space_cut_text() {
    let tab = "部门整体绩效目标
部门名称:\t浮梁县林业局
一级指标\t二级指标\t三级指标\t计算符号\t目标值\t度量单位\t指标值说明
产出指标\t数量指标\t保障在职职工人数(人)\t=\t116\t人\t该指标值数据合理
\t\t保障退休职工人数(人)\t=\t81\t人\t该指标值数据合理
\t质量指标\t工资发放准确性(%)\t≥\t95\t%\t该指标值数据合理
";
    let clean = parse(tab);
    assert_eq!(all(&clean)[0].value, "=116人", "{}", show(&clean));
    for gap in [" ", "   "] {
        let text = spaced(tab, gap).replace("(人)", "(人").replace("(%)", "(%").replace("数据合理\n", "数据合理\n)\n");
        let f = parse(&text);
        assert_eq!(rows(&f), rows(&clean), "{text}\n{}", show(&f));
        assert_eq!(s005(&f), s005(&clean), "{text}\n{}", show(&f));
    }
}

/// pdfplumber's text: the cells of a row on its line, each cell cut every `width`
/// characters and its further pieces on the lines below, in column order.
fn plumber(tab: &str, width: usize) -> String {
    let mut out = String::new();
    for line in tab.lines() {
        let cells: Vec<Vec<char>> = line.split('\t').filter(|c| !c.is_empty()).map(|c| c.chars().collect()).collect();
        let lines = cells.iter().map(|c| c.len().div_ceil(width)).max().unwrap_or(0);
        for k in 0..lines {
            let parts: Vec<String> =
                cells.iter().filter(|c| c.len() > k * width).map(|c| c[k * width..c.len().min((k + 1) * width)].iter().collect()).collect();
            out.push_str(&parts.join(" "));
            out.push('\n');
        }
    }
    out
}

/// pdfplumber's text of the 浙江 申报表 (L10), its long descriptions wrapped onto the
/// lines below their rows.
#[test]
fn level2_as_name_with_descriptions_wrapped_in_space_cut_text() {
    let (head, body) = ZHEJIANG.split_at(ZHEJIANG.find("指标类型").unwrap());
    let text = format!("{}{}", spaced(head, " "), plumber(body, 12));
    assert!(text.contains("\n态平衡、保护自然环境\n"), "{text}");
    let clean = parse(ZHEJIANG);
    let f = parse(&text);
    assert_eq!(full(&f), full(&clean), "{text}\n{}", show(&f));
}

/// pdfplumber's text in narrow columns: a value's unit cut short ("≥1280万平方" / "米",
/// the description's tail beside it): the tail line was read as a row of its own, an
/// indicator named 米.
#[test]
fn a_value_unit_cut_short_in_space_cut_text() {
    let tab = format!("{WRAPPED_HEAD}一级指标\t二级指标\t三级指标\t指标值\t指标值确定依据\n{WRAPPED_BODY}");
    let clean = parse(&tab);
    let (head, body) = tab.split_at(tab.find("一级指标").unwrap());
    let text = format!("{}{}", spaced(head, " "), plumber(body, 8));
    assert!(text.contains("\n米 保洁面积\n"), "{text}");
    let f = parse(&text);
    assert_eq!(full(&f), full(&clean), "{text}\n{}", show(&f));
    assert!(s005(&f).is_empty(), "{}", show(&f));
}

/// A table broken over pages, its page number ("- 2 -", "第2页", "第 2 页 共 3 页") and
/// its header printed again mid-table: the repeated header of a regional table left
/// its sub-regions (全省 | 长沙市 …) unplaced (S005) or, one cell per line, read as an
/// indicator; a multi-project sheet's (单位名称 | 项目名称 | …) ended the matrix as a
/// field row, the projects after it lost.
#[test]
fn a_header_repeated_after_a_page_break_is_no_row() {
    let tables = [
        ("hunan", HUNAN.to_string()),
        ("regional", regional(REGIONS_ALONE)),
        ("regional_under", regional(REGIONS_UNDER_VALUE)),
        ("zj", ZHEJIANG.to_string()),
        ("sheet", sheet(Printed::EveryRow)),
        ("sheet_first", sheet(Printed::FirstRow)),
    ];
    let mut bad = Vec::new();
    for (name, tab) in tables {
        let clean = parse(&tab);
        let lines: Vec<&str> = tab.lines().collect();
        let h = lines.iter().position(|l| l.contains("二级指标") || l.starts_with("指标类型")).unwrap();
        let hl = if name == "regional_under" { 2 } else { 1 };
        let header = lines[h..h + hl].join("\n");
        let mid = h + hl + (lines.len() - h - hl) / 2;
        for mark in ["- 2 -", "第2页", "第 2 页 共 3 页"] {
            let broken = format!("{}\n{mark}\n{header}\n{}\n", lines[..mid].join("\n"), lines[mid..].join("\n"));
            let shapes = [
                ("tab", broken.clone()),
                ("sp", spaced(&broken, "  ")),
                ("sp1", spaced(&broken, " ")),
                ("cpl", one_cell_per_line(&broken)),
            ];
            for (shape, text) in shapes {
                let f = parse(&text);
                if full(&f) != full(&clean) || !s005(&f).is_empty() {
                    bad.push(format!("{name} {mark} {shape}\n{text}\n{}", show(&f)));
                }
            }
        }
    }
    assert!(bad.is_empty(), "{}\n{}", bad.len(), bad.join("\n=====\n"));
}

/// 浙江 申报表 cut at spaces: the goal's key "绩效目标 总体描述" was cut at its space, so
/// 绩效目标 took "总体描述" as the goal and the goal's text was quoted (S005).
#[test]
fn a_key_cut_at_its_space_is_one_key() {
    let clean = parse(ZHEJIANG);
    assert_eq!(clean.projects[0].goals.annual.as_deref(), Some("完成我市建成区的绿化养护工作,改善了城市生态环境。"));
    for gap in ["  ", " "] {
        let f = parse(&spaced(ZHEJIANG, gap));
        assert_eq!(f.projects[0].goals.annual, clean.projects[0].goals.annual, "{}", show(&f));
        assert_eq!(full(&f), full(&clean), "{}", show(&f));
        assert!(s005(&f).is_empty(), "{}", show(&f));
    }
}
