//! File-format edge cases real filings have: a workbook with one sheet calamine
//! cannot read, style-level hidden text in Word, a target table in a text box, PDFs
//! with no text layer or encrypted. Fixtures: tools/make_edge_fixtures.py writes
//! tests/fixtures/edge/.

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
