//! Lines of `pdftotext -layout` text written by hand for the laid-out reader's tests:
//! each text at its character column, as pdftotext prints a cell (an ideograph in one
//! column).
#![allow(dead_code)]

use jixiao::read::CellStyle;
use jixiao::{parse_bytes, Filing, ParseOptions};

/// One printed line: each text at its character column. Two spaces at least between
/// cells: a single space is read as a column gap only between ideographs.
pub fn line(cells: &[(usize, &str)]) -> String {
    let mut out = String::new();
    for &(col, text) in cells {
        let at = out.chars().count();
        out.push_str(&" ".repeat(col.saturating_sub(at).max(if at == 0 { 0 } else { 2 })));
        out.push_str(text);
    }
    out
}

/// Parse a text, checking first that it is read as laid-out text.
pub fn parse(text: &str) -> Filing {
    assert_eq!(jixiao::read::load(text.as_bytes(), None, None).unwrap().grid.style, CellStyle::LaidOut);
    parse_bytes(text.as_bytes(), &ParseOptions::default()).unwrap()
}

/// Each indicator as "二级 | 三级 | 指标值".
pub fn indicators(f: &Filing) -> Vec<String> {
    f.projects.iter().flat_map(|p| &p.indicators).map(|i| format!("{} | {} | {}", i.level2, i.name, i.value)).collect()
}
