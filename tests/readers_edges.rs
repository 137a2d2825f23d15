//! File-format edge cases real filings have: a workbook with one sheet calamine
//! cannot read, style-level hidden text in Word, a target table in a text box.
//! Fixtures: tools/make_edge_fixtures.py writes tests/fixtures/edge/.

use jixiao::read;
use jixiao::{parse_bytes, Filing, ParseOptions};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/edge/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn parse(name: &str) -> Filing {
    parse_bytes(&fixture(name), &ParseOptions::default()).unwrap()
}

fn said(f: &Filing, code: &str) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == code).map(|d| d.message.clone()).collect()
}

/// (三级指标, 指标值) of the first project.
fn indicators(f: &Filing) -> Vec<(String, String)> {
    f.projects[0].indicators.iter().map(|i| (i.name.clone(), i.value.clone())).collect()
}

// ------------------------------------------------------------------ XLSX

/// A visible helper sheet whose part is cut short no longer fails the workbook: the
/// target sheet's table is read, and S008 names the sheet left out and why. A
/// workbook whose only sheet is broken still fails, with the reader's error. Fails on
/// the old reader: the whole workbook was a Malformed error.
#[test]
fn a_broken_helper_sheet_leaves_the_target_sheet_read() {
    let f = parse("broken_helper_sheet.xlsx");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.projects[0].name.as_deref(), Some("乡村道路养护补助"));
    assert_eq!(indicators(&f), [("养护里程".to_string(), "≥120公里".to_string()), ("道路通畅率".to_string(), "≥98%".to_string())]);
    let s008 = said(&f, "S008");
    assert_eq!(s008.len(), 1, "{:#?}", f.diagnostics);
    assert!(s008[0].contains("could not read") && s008[0].contains("收支总表: "), "{s008:?}");
    let err = read::load(&fixture("broken_only_sheet.xlsx"), None, None).unwrap_err();
    assert!(matches!(err, jixiao::Error::Malformed { .. }), "{err:?}");
}

// ------------------------------------------------------------------ DOCX

fn rows(name: &str) -> (Vec<Vec<String>>, Vec<read::Unread>) {
    let loaded = read::load(&fixture(name), None, None).unwrap();
    let rows = loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect();
    (rows, loaded.unread)
}

/// Text hidden by a style is left out and said (S010), as a run's own w:vanish is: a
/// paragraph style hidden through its basedOn chain (the 填表说明 line), a character
/// style on part of a value. Styles based on each other in a loop hide nothing and
/// end. Fails on the old reader: the note was read as a row and "（原120公里）" ran
/// into the value.
#[test]
fn docx_text_hidden_by_a_style_is_left_out_and_said() {
    let (rows, unread) = rows("style_hidden.docx");
    let text = rows.concat().concat();
    assert!(!text.contains("填表说明") && !text.contains("原120公里"), "{rows:#?}");
    assert!(rows.contains(&vec!["产出指标".into(), "数量指标".into(), "养护里程".into(), "≥120公里".into()]), "{rows:#?}");
    assert!(rows.contains(&vec!["效益指标".into(), "社会效益指标".into(), "道路通畅率".into(), "≥98%".into()]), "{rows:#?}");
    let hidden: Vec<(&str, bool)> = unread.iter().map(|u| (u.snippet.as_str(), u.hidden)).collect();
    assert_eq!(hidden, [("填表说明：金额单位为万元，指标值须量化。", true), ("（原120公里）", true)]);
    let f = parse("style_hidden.docx");
    assert_eq!(indicators(&f), [("养护里程".to_string(), "≥120公里".to_string()), ("道路通畅率".to_string(), "≥98%".to_string())]);
    assert_eq!(said(&f, "S010").len(), 2, "{:#?}", f.diagnostics);
}

/// The target table in a text box (mc:AlternateContent: the table in mc:Choice and
/// again in the VML mc:Fallback) is read once, as a table: its rows and cells as in
/// the body, the box's unit line before it. Fails on the old reader: the box's
/// paragraphs ran into the paragraph holding it, one cell a line, and no table was
/// found.
#[test]
fn docx_a_table_in_a_text_box_is_read_once_as_a_table() {
    let (rows, _) = rows("text_box_table.docx");
    assert_eq!(rows.iter().filter(|r| r[0] == "一级指标").count(), 1, "{rows:#?}");
    assert_eq!(rows[1], ["金额单位：万元"]);
    assert_eq!(rows[2], ["项目名称", "乡村道路养护补助", "", ""]);
    assert_eq!(rows[5], ["产出指标", "数量指标", "养护里程", "≥120公里"]);
    assert_eq!(rows[7..], [vec!["填报人：钱某".to_string()]]);
    let f = parse("text_box_table.docx");
    assert_eq!(f.projects.len(), 1);
    assert_eq!(f.projects[0].implementing_unit.as_deref(), Some("某县公路养护站"));
    assert_eq!(indicators(&f), [("养护里程".to_string(), "≥120公里".to_string()), ("道路通畅率".to_string(), "≥98%".to_string())]);
}
