//! Real excerpts (corpus/real 05, 08, 24) written as the office and web files local
//! governments post (tools/make_probe10_fixtures.py), read against their truth in
//! ../shared/spec/truth/real.

use std::path::{Path, PathBuf};

use jixiao::{parse_bytes, Filing, ParseOptions, Project};
use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/probe10").join(name)
}

fn parse(name: &str) -> Filing {
    parse_bytes(&std::fs::read(fixture(name)).unwrap(), &ParseOptions::default()).unwrap()
}

/// The one project of a real excerpt's truth; None when ../shared is not beside the
/// repository (the test is then skipped).
fn truth(stem: &str) -> Option<Value> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/truth/real").join(format!("{stem}.json"));
    let text = std::fs::read_to_string(p).ok()?;
    let v: Value = serde_json::from_str(&text).unwrap();
    Some(v["projects"][0].clone())
}

const XIANGTAN: &str = "05_hunan-xiangtan-sanitation-fogcannon-2023";
const YUEYANG: &str = "08_hunan-yueyang-county-farmland-2022";

/// Name, department, money unit, annual funds and every indicator (printed 一级/二级,
/// 三级, 指标值) as the truth has them.
fn assert_truth(p: &Project, t: &Value) {
    assert_eq!(p.name.as_deref(), t["name"].as_str(), "name");
    assert_eq!(p.department.as_deref(), t["department"].as_str(), "department");
    assert_eq!(p.money_unit.as_deref(), t["money_unit"].as_str(), "money unit");
    let annual = p.funds.annual.as_ref();
    assert_eq!(annual.and_then(|a| a.total), t["funds_annual_total"].as_f64(), "annual total");
    assert_eq!(annual.and_then(|a| a.fiscal), t["funds_annual_fiscal"].as_f64(), "annual fiscal");
    let got: Vec<_> =
        p.indicators.iter().map(|i| (i.level1_raw.as_str(), i.level2_raw.as_str(), i.name.as_str(), i.value.as_str())).collect();
    let want: Vec<_> = t["indicators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| {
            let s = |k: &str| i[k].as_str().unwrap();
            (s("level1"), s("level2"), s("name"), s("value"))
        })
        .collect();
    assert_eq!(got, want);
}

/// Diagnostics S005 (a cell placed in no field): what leaked or was lost.
fn unplaced(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S005").filter_map(|d| d.snippet.clone()).collect()
}

// ------------------------------------------------------------------ known good

/// A CMS article page: navigation, breadcrumbs, the table in div.TRS_Editor with a
/// title row and a 单位 row, Word markup, a supportMisalignedColumns row, a footer.
/// Already read right: a known-good form.
#[test]
fn cms_page_reads_as_its_truth() {
    let Some(t) = truth(XIANGTAN) else { return };
    let f = parse("cms.html");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.year, Some(2023));
    assert_truth(&f.projects[0], &t);
}

/// Word's "save as web page" in gb2312, cells of several <p>, a 二级 label broken by
/// <br>, a display:none cell, the header's rowspan. Already read right.
#[test]
fn word_web_page_reads_as_its_truth() {
    let Some(t) = truth(YUEYANG) else { return };
    let f = parse("word.html");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.year, Some(2022));
    assert_truth(&f.projects[0], &t);
    assert_eq!(f.projects[0].implementing_unit.as_deref(), Some("农田建设服务中心"));
}

/// Two projects stacked on one sheet with blank rows between them; amounts as
/// numbers in #,##0.00; 100% stored as 1 in a 0% format. Already read right.
#[test]
fn stacked_sheet_reads_as_its_truths() {
    let (Some(a), Some(b)) = (truth(XIANGTAN), truth(YUEYANG)) else { return };
    let f = parse("stacked.xlsx");
    assert_eq!(f.projects.len(), 2);
    assert_truth(&f.projects[0], &a);
    assert_truth(&f.projects[1], &b);
}

// ------------------------------------------------------------------ fixed

/// Each project's table under a "项目名称：…" paragraph, the indicator header's
/// 指标值 cell of two paragraphs ("指标值" / "(含单位)"), the matrix split over a page
/// with its header repeated, "854.00万元" in the 年度资金总额 cell. Fails on the old
/// code: "指标值(含单位)" named no column, so every value was lost (S005 on each).
#[test]
fn docx_headed_tables_with_a_qualified_value_header() {
    let (Some(a), Some(b)) = (truth(XIANGTAN), truth(YUEYANG)) else { return };
    let f = parse("headings.docx");
    assert_eq!(f.projects.len(), 2);
    assert_truth(&f.projects[0], &a);
    assert_truth(&f.projects[1], &b);
    assert_eq!(unplaced(&f), Vec::<String>::new());
    assert!(f.projects.iter().all(|p| p.complete), "the repeated header is no cut");
}

/// The Word page's 指标值 header spans two rows, the second holding only its note
/// "(包含数字及文字描述)". Fails on the old code: the note, longer than a wrapped
/// word, was left unplaced (S005) under a header that read fine without it.
#[test]
fn word_web_page_header_note_under_the_value_column() {
    let f = parse("word.html");
    assert!(!unplaced(&f).iter().any(|s| s.contains("包含数字")), "{:?}", unplaced(&f));
    assert_eq!(f.projects[0].indicators.len(), 12);
}

/// The CMS page's menu (<ul> of <li><a>) is the site's, not the filing's. Fails on the
/// old code: each item read as a line of its own, and each was left unplaced (S005:
/// 首页, 机构概况, 政务公开 …), as no row test can tell a lone word from a filing's.
#[test]
fn cms_page_menu_is_site_chrome() {
    let f = parse("cms.html");
    let left = unplaced(&f);
    for item in ["首页", "机构概况", "政务公开", "互动交流"] {
        assert!(!left.iter().any(|s| s == item), "{item}: {left:?}");
    }
}

/// A list of text, not links, is the filing's: its items stay lines, placed or
/// reported, never set aside as a menu.
#[test]
fn a_list_of_text_is_no_menu() {
    let page = "<html><body><ul><li>首页</li><li>机构概况</li><li>政务公开</li></ul>\
                <table><tr><td>项目名称</td><td>甲项目</td></tr>\
                <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\
                <tr><td>产出指标</td><td>数量指标</td><td>培训人数</td><td>≥100人</td></tr></table></body></html>";
    let f = parse_bytes(page.as_bytes(), &ParseOptions::default()).unwrap();
    assert_eq!(f.projects[0].indicators[0].value, "≥100人");
    let left = unplaced(&f);
    assert!(left.iter().any(|s| s == "机构概况"), "{left:?}");
}

/// The 乌海 filing (real 24) as a finance-system export: one project per sheet named
/// only by the sheet, the header over two merged rows (目标值 over 计算符号 | 目标值 |
/// 计量单位), a date target as an Excel serial in a date format, the 分值 column
/// hidden. Fails on the old code: the project had no name (S002), the sheet's name
/// being read nowhere.
#[test]
fn sheet_name_names_the_project_of_its_sheet() {
    let f = parse("per_sheet.xlsx");
    assert_eq!(f.projects.len(), 1);
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("再生资源回收市场管理经费"));
    assert!(!f.diagnostics.iter().any(|d| d.code == "S002"), "{:?}", f.diagnostics);
    assert_eq!(p.department.as_deref(), Some("乌海市供销合作社联合社"));
    let got: Vec<_> = p.indicators.iter().map(|i| (i.name.as_str(), i.value.as_str())).collect();
    // The truth's values, with the serial 44561 read as the date it stands for.
    assert_eq!(
        got,
        [
            ("出差人数", "=8"),
            ("出差人次", "=24人/次"),
            ("工作任务完成率", "=100%"),
            ("项目财政资金到位时间", "=2021-12-31"),
            ("财政资金到位及时支付率", "=100%"),
            ("年度预算总成本", "=3万元"),
        ]
    );
    assert_eq!(p.indicators[3].target.date.as_deref(), Some("2021-12-31"));
}

/// Two such sheets, each project named only by its tab, as .xlsx and as .xls: each
/// project takes its own sheet's name, and the date serial reads as a date in both.
#[test]
fn each_sheet_names_its_own_project_in_xlsx_and_xls() {
    for file in ["two_sheets.xlsx", "two_sheets.xls"] {
        let f = parse(file);
        let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
        assert_eq!(names, [Some("再生资源回收市场管理经费"), Some("出差管理经费")], "{file}");
        for p in &f.projects {
            assert_eq!(p.indicators.len(), 6, "{file}");
            assert_eq!(p.indicators[3].value, "=2021-12-31", "{file}");
        }
    }
}

/// The two sheets with no title row: nothing in the cells parts the projects, only
/// the sheets do. Fails on the old code: both sheets read as one project with every
/// indicator twice (T006) and the second sheet's fields as values (V003).
#[test]
fn a_sheet_with_a_matrix_of_its_own_is_a_table_of_its_own() {
    let f = parse("untitled_sheets.xlsx");
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("再生资源回收市场管理经费"), Some("出差管理经费")]);
    for p in &f.projects {
        assert_eq!(p.indicators.len(), 6);
        assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(3.0));
    }
    assert!(!f.diagnostics.iter().any(|d| d.code == "T006" || d.code == "V003"), "{:?}", f.diagnostics);
}

/// One project's fields on one sheet and its matrix on the next: the second sheet
/// continues the first (only a sheet after a matrix opens a table), and neither tab
/// names the project over its 项目名称.
#[test]
fn a_sheet_of_fields_and_a_sheet_of_indicators_are_one_project() {
    let f = parse("split_project.xlsx");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.projects[0].name.as_deref(), Some("岳阳县2022年高标准农田建设项目"));
    assert_eq!(f.projects[0].indicators.len(), 12);
}
