//! Real-world quirks of the structured formats (tools/make_quirk_fixtures.py).

use std::path::{Path, PathBuf};

use jixiao::read;
use jixiao::{parse_bytes, Filing, ParseOptions, Project};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/quirks").join(name)
}

/// The grid as rows of cell texts.
fn rows(name: &str) -> Vec<Vec<String>> {
    let loaded = read::load(&std::fs::read(fixture(name)).unwrap(), None, None).unwrap();
    loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect()
}

fn parse(name: &str) -> Filing {
    parse_bytes(&std::fs::read(fixture(name)).unwrap(), &ParseOptions::default()).unwrap()
}

fn row<'a>(rows: &'a [Vec<String>], first: &str) -> &'a [String] {
    rows.iter().find(|r| r.first().is_some_and(|c| c == first)).unwrap_or_else(|| panic!("no row starting {first}: {rows:#?}"))
}

fn all_text(rows: &[Vec<String>]) -> String {
    rows.iter().flatten().map(String::as_str).collect::<Vec<_>>().join("|")
}

/// (一级, 二级, 三级, 指标值) of a project's indicators.
fn indicators(p: &Project) -> Vec<(&str, &str, &str, &str)> {
    p.indicators.iter().map(|i| (i.level1_raw.as_str(), i.level2_raw.as_str(), i.name.as_str(), i.value.as_str())).collect()
}

const NAME: &str = "社区居家养老服务补助";
const GOAL: &str = "为全市1200名居家老人提供助餐、助洁服务。";
const INDICATORS: [(&str, &str, &str, &str); 3] = [
    ("产出指标", "数量指标", "服务老人数", "≥1200人"),
    ("产出指标", "质量指标", "服务满意率", "≥95%"),
    ("效益指标", "社会效益指标", "独居老人覆盖率", "100%"),
];

/// The project every fixture holds, read whole: name, department, unit, funds, goal.
fn assert_project(p: &Project, unit: Option<&str>) {
    assert_eq!(p.name.as_deref(), Some(NAME));
    assert_eq!(p.department.as_deref(), Some("某市民政局"));
    assert_eq!(p.implementing_unit.as_deref(), unit);
    let funds = p.funds.annual.as_ref().expect("annual funds");
    assert_eq!((funds.total, funds.fiscal, funds.other), (Some(120.5), Some(100.5), Some(20.0)));
}

// ------------------------------------------------------------------ DOCX

/// Content controls around a run, a paragraph, a cell (w:tc) and a row (w:tr) read as
/// their content; one still showing its placeholder prompt reads as empty. Fails on
/// the old reader: 实施单位 was "单击或点击此处输入文字。".
#[test]
fn docx_content_controls() {
    let rows = rows("sdt.docx");
    assert_eq!(row(&rows, "主管部门"), ["主管部门", "某市民政局", "实施单位", ""]);
    assert!(!all_text(&rows).contains("单击"), "{rows:#?}");
    let f = parse("sdt.docx");
    assert_eq!(f.projects.len(), 1);
    assert_project(&f.projects[0], None);
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some(GOAL));
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
}

/// Tracked changes as Word writes them: inserted text is read, deleted text
/// (w:delText) and a deleted row are not, and moved text is read once, where it was
/// moved to. Fails on the old reader: the w:moveFrom text (kept as w:t) appeared twice.
#[test]
fn docx_tracked_changes() {
    let rows = rows("tracked.docx");
    let text = all_text(&rows);
    for gone in ["补贴", "1000", "助浴次数"] {
        assert!(!text.contains(gone), "{gone}: {rows:#?}");
    }
    assert_eq!(row(&rows, "项目资金（万元）")[2], "120.50");
    assert_eq!(row(&rows, "年度绩效目标")[1], GOAL);
    let f = parse("tracked.docx");
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some(GOAL));
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
}

/// Runs wrapped in w:hyperlink, w:smartTag, w:customXml and w:fldSimple; a complex
/// field (its instruction is not text, its cached result is); w:br, w:cr and w:tab in
/// cells; ≥ inserted from the Symbol font (w:sym). Fails on the old reader: the w:sym
/// was dropped, so "≥1200人" read "1200人".
#[test]
fn docx_wrappers_fields_breaks_and_symbols() {
    let rows = rows("wrappers.docx");
    assert!(!all_text(&rows).contains("SUM"), "{rows:#?}");
    assert_eq!(row(&rows, "年度绩效目标")[1], "为全市1200名居家老人\n提供助餐、助洁服务。");
    // A tab inside a cell prints as a gap: one space.
    assert_eq!(row(&rows, "产出指标")[2..], ["服务 老人数", "≥1200人"]);
    assert!(rows.iter().any(|r| r == &["", "质量指标", "服务满意率", "≥95"]), "{rows:#?}");
    let f = parse("wrappers.docx");
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(f.projects[0].indicators[0].value, "≥1200人");
}

/// Rows that start late (w:gridBefore) or end early (w:gridAfter), and a cell merged
/// over two columns and three rows at once (w:gridSpan with w:vMerge). Fails on the
/// old reader: w:gridAfter (read in w:trPr, before the cells) put its empty cells at
/// the start of the row, shifting 主管部门 one column right.
#[test]
fn docx_grid_before_after_and_span_with_merge() {
    let rows = rows("grid.docx");
    assert_eq!(rows[1], ["", "", "", "单位：万元"]);
    assert_eq!(rows[3], ["主管部门", "某市民政局", "实施单位", ""]);
    assert_eq!(rows[4], ["项目资金（万元）", "", "年度资金总额", "120.50"]);
    assert_eq!(rows[5], ["", "", "其中：财政拨款", "100.50"]);
    let f = parse("grid.docx");
    assert_project(&f.projects[0], None);
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
}

/// The indicator matrix as a table nested in the cell beside 绩效指标: its rows are
/// spliced into the outer table. Fails on the old reader: the nested table was folded
/// into one cell of 16 lines and no indicator was found.
#[test]
fn docx_nested_table_in_a_cell() {
    let rows = rows("nested.docx");
    assert_eq!(row(&rows, "绩效指标"), ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"]);
    assert!(rows.iter().any(|r| r == &["", "产出指标", "数量指标", "服务老人数", "≥1200人"]), "{rows:#?}");
    let f = parse("nested.docx");
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
}

/// Two tables, two projects; the second title in a text box whose mc:Fallback copy is
/// not read twice. Regression coverage (passes on the old reader).
#[test]
fn docx_two_projects_and_a_text_box_title() {
    let rows = rows("two_projects.docx");
    assert_eq!(rows.iter().filter(|r| r[0] == "项目支出绩效目标表").count(), 2, "{rows:#?}");
    let f = parse("two_projects.docx");
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, [NAME, "城乡低保资金"]);
    assert_eq!(f.projects[1].indicators.len(), 2);
    assert_eq!(f.projects[1].indicators[1].value, "≥90%");
}

// ------------------------------------------------------------------ HTML

/// A Word "save as web page" in gb2312: MsoNormal paragraphs and spans in every cell,
/// `<o:p>`, `&nbsp;`, `<br>`, conditional comments, `<th>` headers, a cell with both
/// rowspan and colspan, hidden text (display:none), and a `<script>` and a `<style>`
/// inside cells. Fails on the old reader: the script and style text ran into the
/// amounts ("100.50document.write(…)"), so 财政拨款 and 其他资金 were lost, and the
/// hidden "（草稿）" was read into the name.
#[test]
fn html_saved_from_word() {
    let loaded = read::load(&std::fs::read(fixture("word.html")).unwrap(), None, None).unwrap();
    assert_eq!(loaded.encoding.as_deref(), Some("gbk"));
    let rows = rows("word.html");
    let text = all_text(&rows);
    for leak in ["document.write", "color:red", "草稿", "财政局", "MsoNormal"] {
        assert!(!text.contains(leak), "{leak}: {rows:#?}");
    }
    assert_eq!(row(&rows, "项目名称"), ["项目名称", NAME, "", ""]);
    assert_eq!(row(&rows, "项目资金\n（万元）"), ["项目资金\n（万元）", "", "年度资金总额", "120.50"]);
    assert!(rows.iter().any(|r| r == &["", "", "其中：财政拨款", "100.50"]), "{rows:#?}");
    assert!(rows.iter().any(|r| r == &["", "", "其他资金", "20.00"]), "{rows:#?}");
    // The row of &nbsp; cells is empty and left out.
    assert_eq!(rows.last().unwrap()[..], ["效益指标", "社会效益指标", "独居老人 覆盖率", "100%"]);
    let f = parse("word.html");
    assert_eq!(f.projects.len(), 1);
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(f.projects[0].goals.annual.as_deref(), Some("为全市1200名居家老人\n提供助餐、助洁服务。"));
    let values: Vec<_> = f.projects[0].indicators.iter().map(|i| i.value.as_str()).collect();
    assert_eq!(values, ["≥1200人", "≥95%", "100%"]);
}

/// Two tables on a page, the first with its matrix nested in a cell beside 绩效指标;
/// scripts (one holding table markup in a string) and styles between them. Regression
/// coverage (passes on the old reader).
#[test]
fn html_several_tables_one_nested() {
    let rows = rows("nested.html");
    assert!(!all_text(&rows).contains("console") && !all_text(&rows).contains("border:"), "{rows:#?}");
    let f = parse("nested.html");
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, [NAME, "城乡低保资金"]);
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
    assert_eq!(f.projects[1].funds.annual.as_ref().and_then(|a| a.total), Some(300.0));
    assert_eq!(f.projects[1].indicators.len(), 2);
}

// ------------------------------------------------------------------ XLSX

/// One sheet per project with merged titles; amounts in a `#,##0.00"万元"` format, the
/// total a formula read from its cached value; 0.95 and 1 in % formats; a date serial
/// in a 年月日 format; the name as rich text (two runs); a hidden sheet holding a third
/// project, a hidden template row and a hidden column of the amounts in 元, none of
/// which is read (not part of what was published, as hidden runs in DOCX and
/// display:none in HTML). Fails on the old reader: the hidden row's "示例指标（模板）"
/// became an indicator and the hidden amounts a fourth column of the funds rows. The
/// hidden row and column are said (S010, info), not dropped unsaid as they once were,
/// and so is the hidden sheet, which holds a target table.
#[test]
fn xlsx_sheet_per_project_and_number_formats() {
    let rows = rows("sheets.xlsx");
    assert_eq!(rows[0], ["项目支出绩效目标表"]);
    assert_eq!(row(&rows, "项目名称"), ["项目名称", NAME]);
    assert_eq!(row(&rows, "项目资金（万元）"), ["项目资金（万元）", "年度资金总额", "120.5"]);
    assert!(rows.iter().any(|r| r == &["", "质量指标", "资金拨付率", "95%"]), "{rows:#?}");
    assert!(rows.iter().any(|r| r == &["", "时效指标", "完成时间", "2024年12月31日"]), "{rows:#?}");
    assert!(!all_text(&rows).contains("模板项目"), "the hidden sheet was read");
    assert!(!all_text(&rows).contains("示例指标") && !all_text(&rows).contains("1205000"), "{rows:#?}");
    let f = parse("sheets.xlsx");
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, [NAME, "城乡低保资金"]);
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(indicators(&f.projects[0])[..3], INDICATORS);
    assert_eq!(f.projects[0].indicators.len(), 5);
    let total = |k: usize| f.projects[k].funds.annual.as_ref().and_then(|a| a.total);
    assert_eq!((total(0), total(1)), (Some(120.5), Some(300.0)));
    let s010: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S010").filter_map(|d| d.snippet.as_deref()).collect();
    assert_eq!(s010.len(), 3, "{:#?}", f.diagnostics);
    assert!(s010.iter().any(|s| s.contains("示例指标")) && s010.iter().any(|s| s.contains("1205000")), "{s010:#?}");
    assert!(s010.iter().any(|s| s.starts_with("模板（隐藏）: ") && s.contains("模板项目")), "{s010:#?}");
    assert!(f.diagnostics.iter().all(|d| d.code != "S008"), "{:#?}", f.diagnostics);
}

/// Two projects side by side on one sheet (A:D and F:I), each with its own merged
/// title. Fails on the old reader: the rows ran together into one project holding the
/// second name and the indicators of both.
#[test]
fn xlsx_two_projects_side_by_side() {
    let rows = rows("side_by_side.xlsx");
    assert_eq!(rows.iter().filter(|r| r == &&["项目支出绩效目标表"]).count(), 2, "{rows:#?}");
    assert!(rows.iter().any(|r| r == &["项目名称", "城乡低保资金"]), "{rows:#?}");
    let f = parse("side_by_side.xlsx");
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, [NAME, "城乡低保资金"]);
    assert_project(&f.projects[0], Some("某市养老服务中心"));
    assert_eq!(indicators(&f.projects[0]), INDICATORS);
    assert_eq!(
        indicators(&f.projects[1]),
        [("产出指标", "数量指标", "保障人数", "≥3000人"), ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%")]
    );
}
