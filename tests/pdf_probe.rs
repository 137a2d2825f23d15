//! PDFs laid out as published filings are: each fixture in tests/fixtures/pdf_probe is
//! a DOCX printed to PDF by LibreOffice (tools/make_pdf_probe_fixtures.py), some then
//! rewritten as other writers draw them. The DOCX reader is trusted: the PDF must read
//! as the same records.

use std::path::Path;

use jixiao::read::pdf_table::{page_rows, Glyph, Page, Seg};
use jixiao::{parse_path, Filing, ParseOptions};

fn parse(name: &str) -> Filing {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf_probe").join(name);
    parse_path(&path, &ParseOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// What a user reads off a project table: name, funds, goal, and each indicator's
/// levels, name, description and value.
fn records(f: &Filing) -> Vec<String> {
    let mut out = Vec::new();
    for p in &f.projects {
        out.push(format!("P {:?} {:?} {:?}", p.name, p.funds.annual.as_ref().and_then(|a| a.total), p.goals.annual));
        for i in &p.indicators {
            out.push(format!("{} | {} | {} | {:?} | {}", i.level1, i.level2, i.name, i.description, i.value));
        }
    }
    out
}

/// The PDF reads as its source document, which has `indicators` indicators.
fn same_as_source(pdf: &str, source: &str, indicators: usize) -> Filing {
    let (want, got) = (parse(source), parse(pdf));
    assert_eq!(want.projects.iter().map(|p| p.indicators.len()).sum::<usize>(), indicators, "the source's reading changed");
    assert_eq!(records(&got), records(&want), "{pdf} reads differently from {source}");
    got
}

#[test]
fn shaded_header_row_keeps_the_table_rules_below_it() {
    // LibreOffice fills the shading with `f*` and draws the rules after it; the
    // shading's edges lie a hair beside the column rules.
    same_as_source("shaded_header.pdf", "shaded_header.docx", 10);
}

#[test]
fn rules_drawn_as_even_odd_filled_rectangles_cut_the_cells() {
    // Every rule a thin rectangle filled with `f*`, as Word draws them; without the
    // rules, the cells' wrapped lines ("≥95" / "%") fall apart into rows.
    let f = same_as_source("wrapped_even_odd.pdf", "wrapped.docx", 8);
    let i = &f.projects[0].indicators;
    assert_eq!(i[0].name, "培训人数检查次数覆盖率完成时间合格率资金支出服务人次达标率");
    assert_eq!((i[0].value.as_str(), i[3].value.as_str()), ("≥95%", "≥1200人次"));
}

#[test]
fn landscape_page_shown_with_rotate_90_reads_upright() {
    // Portrait page space, content drawn a quarter turn round, /Rotate 90 to show it.
    same_as_source("rotate90.pdf", "landscape.docx", 12);
}

#[test]
fn table_over_two_pages_with_running_header_footer_and_split_merged_cells() {
    let f = same_as_source("pages_one_table.pdf", "pages_one_table.docx", 60);
    let i = &f.projects[0].indicators;
    // The 产出指标 / 成本指标 cells run over the page break and print no label below it.
    assert!(i[..56].iter().all(|i| i.level1 == "产出指标"), "{i:#?}");
    assert!(i.iter().all(|i| !i.name.contains('页') && !i.value.contains('页') && !i.name.contains("预算公开")));
}

fn glyph(x: f64, y: f64, ch: &str) -> Glyph {
    Glyph { x, y, w: 10.0, size: 10.0, ch: ch.to_string() }
}

fn rule(horizontal: bool, pos: f64, a: f64, b: f64) -> Seg {
    Seg { horizontal, pos, a, b }
}

#[test]
fn column_rule_drawn_in_pieces_a_hair_apart_spans_the_whole_table() {
    // The middle rule: a short piece over the first row at x = 99.95 (a shading edge,
    // or a border drawn cell by cell) and the full-height rule at x = 100.
    let page = Page {
        glyphs: vec![glyph(10.0, 80.0, "甲"), glyph(110.0, 80.0, "乙"), glyph(10.0, 50.0, "丙"), glyph(110.0, 50.0, "丁")],
        segs: vec![
            rule(true, 100.0, 0.0, 200.0),
            rule(true, 70.0, 0.0, 200.0),
            rule(true, 40.0, 0.0, 200.0),
            rule(false, 0.0, 40.0, 100.0),
            rule(false, 200.0, 40.0, 100.0),
            rule(false, 99.95, 70.0, 100.0),
            rule(false, 100.0, 40.0, 100.0),
        ],
    };
    assert_eq!(page_rows(&page), vec![vec!["甲", "乙"], vec!["丙", "丁"]]);
}

#[test]
fn sheet_printed_without_borders_keeps_its_columns() {
    // A 05-2 sheet printed with no cell borders: no rules, so the columns come from
    // the gaps no line crosses; the right-aligned 指标值 ("95") sits a padding away
    // from its 度量单位 ("%"), and 指标性质 from 指标值 in the header.
    let f = same_as_source("sheet_bare.pdf", "sheet_bare.xlsx", 12);
    let i = &f.projects[0].indicators;
    assert_eq!((i[0].name.as_str(), i[0].value.as_str()), ("培训人数1", "≥95%"));
}

#[test]
fn row_broken_across_a_page_break_is_joined_again() {
    // Rows may break across pages (Word's default): a long 三级 name's last lines
    // open the next page in a row of their own, under the running header.
    let f = same_as_source("pages_split_rows.pdf", "pages_split_rows.docx", 45);
    assert!(f.projects[0].indicators.iter().all(|i| !i.value.is_empty()));
}
