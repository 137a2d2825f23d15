//! `pdftotext -layout` text of a table printed with tight cell padding: rows follow
//! each other with no blank line between them, a wrapped cell goes on in its column on
//! the next line, and a row cut by a page break has the page number and running head
//! between its halves. Fixture: the first four pages of tests/fixtures/long/long.pdf
//! (tools/make_probe11_fixtures.py) through `pdftotext -layout`; the PDF's own reading
//! is the expected result.

use std::path::Path;

use jixiao::read::CellStyle;
use jixiao::{parse_bytes, parse_path, Filing, ParseOptions};

fn records(f: &Filing, projects: usize) -> Vec<String> {
    let mut out = Vec::new();
    for p in f.projects.iter().take(projects) {
        out.push(format!("P {:?} {:?} {:?}", p.name, p.funds.annual.as_ref().and_then(|a| a.total), p.goals.annual));
        for i in &p.indicators {
            out.push(format!("{} | {} | {} | {}", i.level1, i.level2, i.name, i.value));
        }
    }
    out
}

#[test]
fn tight_laid_out_text_with_wrapped_cells_and_a_row_cut_by_a_page_break_reads_as_its_pdf() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let text = std::fs::read(dir.join("laid_out_dense/long_pages_1_4.txt")).unwrap();
    assert_eq!(jixiao::read::load(&text, None, None).unwrap().grid.style, CellStyle::LaidOut);
    let got = parse_bytes(&text, &ParseOptions::default()).unwrap();
    let pdf = parse_path(&dir.join("long/long.pdf"), &ParseOptions::default()).unwrap();
    // The department table and the five project tables on those pages: titles ("表
    // 13-6") and goal paragraphs right above or below a table's rows stay out of them.
    assert_eq!(got.projects.len(), 6, "{:#?}", records(&got, 9));
    assert_eq!(records(&got, 6), records(&pdf, 6));
    // "数" of "…医保人数" is printed on the next page, after "-1-" and the running head.
    assert!(got.projects[1].indicators.iter().any(|i| i.name == "城镇职工困难企业和城乡居民医保人数"));
    assert!(got.projects.iter().flat_map(|p| &p.indicators).all(|i| !i.name.contains("部门预算") && !i.name.contains('表')));
}
