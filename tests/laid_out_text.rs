//! Text kept in its page layout (`pdftotext -layout`): the same ruled table read from
//! the PDF (its rules give the cells) and from the laid-out text of that PDF must give
//! the same records. Fixtures: tests/fixtures/laid_out, made by
//! tools/make_laid_out_fixtures.py (HTML → LibreOffice PDF → pdftotext -layout).

use std::path::Path;

use jixiao::read::CellStyle;
use jixiao::{parse_bytes, Filing, ParseOptions};

fn load(name: &str) -> (Vec<u8>, Filing) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/laid_out").join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let filing = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    (bytes, filing)
}

/// Everything a user reads off a project table: name, funds, goals, and each
/// indicator's levels, name, description and value.
fn records(f: &Filing) -> Vec<String> {
    let mut out = Vec::new();
    for p in &f.projects {
        out.push(format!("P {:?} {:?} {:?} {:?}", p.name, p.department, p.funds.annual.as_ref().and_then(|a| a.total), p.goals.annual));
        for i in &p.indicators {
            out.push(format!("{} | {} | {} | {:?} | {}", i.level1, i.level2, i.name, i.description, i.value));
        }
    }
    out
}

fn codes(f: &Filing) -> Vec<&str> {
    let mut c: Vec<&str> = f.diagnostics.iter().map(|d| d.code.as_str()).collect();
    c.sort();
    c
}

fn same_as_the_pdf(stem: &str, indicators: usize) {
    let (_, pdf) = load(&format!("{stem}.pdf"));
    let (text, laid_out) = load(&format!("{stem}.txt"));
    let grid = jixiao::read::load(&text, None, None).unwrap().grid;
    assert_eq!(grid.style, CellStyle::LaidOut);
    let want = records(&pdf);
    assert_eq!(want.len() - pdf.projects.len(), indicators, "the PDF reading itself changed:\n{}", want.join("\n"));
    assert_eq!(records(&laid_out), want);
    assert_eq!(codes(&laid_out), codes(&pdf));
}

#[test]
fn laid_out_text_with_wrapped_cells_and_labels_between_rows_reads_as_its_pdf() {
    // Names wrapped over two lines with the row's other cells on the line between,
    // 一级 labels printed between the rows of their span, 二级 and 一级 labels
    // wrapped ("社会效益指" / "标"), a blank 备注 column.
    same_as_the_pdf("care_insurance", 7);
}

#[test]
fn laid_out_text_of_two_projects_reads_as_its_pdf() {
    same_as_the_pdf("two_projects", 17);
}

#[test]
fn laid_out_text_with_a_wrapped_description_column_reads_as_its_pdf() {
    // 绩效指标描述 between name and value: three wrapped columns per row, the value
    // one space after the description ("…质量 ≤3%").
    same_as_the_pdf("description_column", 7);
}

#[test]
fn laid_out_text_of_top_aligned_cells_reads_as_its_pdf() {
    // Cells printed from the top of their row: a wrapped cell continues below the
    // row's first line, and a value one space after a full description
    // ("验收人次覆盖率覆 2 次/年") is cut where the value column starts on other lines.
    same_as_the_pdf("top_aligned", 13);
}

#[test]
fn text_cut_at_single_spaces_is_not_taken_for_laid_out_text() {
    // real 07's shape: one space between cells, no blank lines between rows.
    let text = "项目名称 扶贫基地\n绩效指标 一级指标 二级指标 三级指标 指标值 备注\n产出指标 数量指标 工程 >=20平方米\n流转土地 >=60亩\n质量指标 达标率 >=98%\n";
    assert_eq!(jixiao::read::load(text.as_bytes(), None, None).unwrap().grid.style, CellStyle::Spaces);
    // Paragraphs with indented first lines are not columns either.
    let text = "    一级指标\n\n    二级指标\n\n    三级指标\n\n    指标值\n\n    产出指标\n\n";
    assert_eq!(jixiao::read::load(text.as_bytes(), None, None).unwrap().grid.style, CellStyle::Paragraphs);
}
