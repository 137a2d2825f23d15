//! Word 97–2003 (.doc) files: real ones from other projects' test data (text, fields,
//! encryption) and tables written by `common/doc_builder.rs`.

#[path = "common/doc_builder.rs"]
mod doc_builder;

use doc_builder::{build, Para, HIDE, SHOW};
use jixiao::read::{load, Format};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/doc/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
    let loaded = load(bytes, None, None).unwrap();
    assert_eq!(loaded.format, Format::Doc);
    loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect()
}

fn text(s: &str) -> Para {
    Para::Text(s.to_string())
}

fn row(cells: &[&str], bounds: &[i16]) -> Para {
    Para::Row(cells.iter().map(|c| c.to_string()).collect(), bounds.to_vec())
}

/// A single-year target table as Word 2003 or WPS would save it: a title paragraph,
/// then rows whose first cells span two columns of the four-column grid.
fn target_table() -> Vec<Para> {
    let wide = [0, 2000, 4000, 6000];
    let four = [0, 1000, 2000, 4000, 6000];
    vec![
        text("2023年项目支出绩效目标表"),
        row(&["项目名称", "安全生产宣传培训经费", ""], &wide),
        row(&["主管部门", "某县应急管理局", "实施单位：某县应急管理局"], &wide),
        row(&["项目资金(万元)", "年度资金总额", "45.00"], &wide),
        row(&["", "其中：财政拨款", "45.00"], &wide),
        row(&["年度绩效目标", "开展安全生产宣传培训，提高从业人员安全意识。", ""], &wide),
        row(&["一级指标", "二级指标", "三级指标", "指标值"], &four),
        row(&["产出指标", "数量指标", "培训人次", "≥1200人次"], &four),
        row(&["", "质量指标", "培训合格率", "≥95%"], &four),
        row(&["效益指标", "社会效益指标", "群众安全意识", "逐步提高"], &four),
        row(&["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"], &four),
        text("填报人：王某 联系电话：0551-1234567"),
    ]
}

#[test]
fn table_rows_end_at_row_marks_and_wide_cells_line_up() {
    let rows = rows(&build(&target_table()));
    assert_eq!(rows[0], ["2023年项目支出绩效目标表"]);
    // A cell two grid columns wide is followed by an empty cell, as DOCX gridSpan is.
    assert_eq!(rows[1], ["项目名称", "", "安全生产宣传培训经费", ""]);
    assert_eq!(rows[6], ["一级指标", "二级指标", "三级指标", "指标值"]);
    assert_eq!(rows[8], ["", "质量指标", "培训合格率", "≥95%"]);
    assert_eq!(rows.last().unwrap(), &["填报人：王某 联系电话：0551-1234567"]);
    assert_eq!(rows.len(), 12);
}

#[test]
fn a_doc_target_table_parses_into_a_project() {
    let f = jixiao::parse_bytes(&build(&target_table()), &jixiao::ParseOptions::default()).unwrap();
    assert_eq!(f.format, "doc");
    let p = &f.projects[0];
    assert_eq!(p.name.as_deref(), Some("安全生产宣传培训经费"));
    assert_eq!(p.department.as_deref(), Some("某县应急管理局"));
    assert_eq!(p.funds.annual.as_ref().and_then(|a| a.total), Some(45.0));
    let names: Vec<&str> = p.indicators.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(names, ["培训人次", "培训合格率", "群众安全意识", "参训人员满意度"]);
    assert_eq!(p.indicators[1].level1, "产出指标");
    assert_eq!(p.indicators[1].target.value, Some(95.0));
}

#[test]
fn cells_with_several_paragraphs_keep_them_as_lines() {
    // A cell's inner paragraph marks are \r inside the table: one cell, two lines.
    let doc = build(&[row(&["目标1：培训\r目标2：巡查", "x"], &[0, 3000, 6000])]);
    assert_eq!(rows(&doc)[0], ["目标1：培训\n目标2：巡查", "x"]);
}

/// Hidden text (sprmCFVanish) is left out as Word shows the document: a template's
/// note in the title, the hint text of a cell, a whole hidden paragraph. The cell and
/// row marks stay, hidden or not, so the table keeps its shape.
#[test]
fn hidden_text_is_left_out() {
    let four = [0, 1000, 2000, 4000, 6000];
    let doc = build(&[
        text(&format!("2023年项目支出绩效目标表{HIDE}（填写说明：金额以万元为单位）{SHOW}")),
        row(&["一级指标", "二级指标", "三级指标", "指标值"], &four),
        row(&["产出指标", &format!("{HIDE}请填写{SHOW}数量指标"), "培训人次", &format!("≥1200人次{HIDE}")], &four),
        text(&format!("{SHOW}{HIDE}此段为模板说明{SHOW}")),
        text("填报人：王某"),
    ]);
    let rows = rows(&doc);
    assert_eq!(rows[0], ["2023年项目支出绩效目标表"]);
    assert_eq!(rows[2], ["产出指标", "数量指标", "培训人次", "≥1200人次"]);
    assert_eq!(rows[3..], [["填报人：王某"]]);
}

#[test]
fn real_word_and_wps_files_give_their_text() {
    // filetype's samples: one saved by Word, one by WPS (a WpsCustomData stream).
    assert_eq!(rows(&fixture("filetype_sample.doc")), [["Sample text document"]]);
    assert_eq!(rows(&fixture("filetype_sample_1.doc")), [["yet another test sample for doc type"]]);
    assert_eq!(rows(&fixture("olefile_test.doc"))[0], ["Test OLE file, saved as Word 97-2003 Document."]);
}

#[test]
fn field_codes_stay_out_and_field_results_stay_in() {
    let text: Vec<String> = rows(&fixture("oletools_dde_office2016.doc")).concat();
    let all = text.join("\n");
    // The stream holds the codes ("DDEAUTO …") in one-byte Windows-1252 pieces; what
    // Word shows, and antiword prints, is each field's result.
    assert!(!all.contains("DDE "), "a field code leaked into the text: {all}");
    assert!(all.contains("!Unerwartetes Ende des Ausdrucks"), "{all}");
    assert!(all.contains("mean unicode chars (üöä)"), "{all}");
    assert!(all.ends_with("End-of-field"), "{all}");
}

#[test]
fn encrypted_and_damaged_files_are_clear_errors() {
    let err = load(&fixture("oletools_encrypted.doc"), None, None).unwrap_err();
    assert_eq!(err.kind(), "unsupported", "{err}");
    assert!(err.to_string().contains("encrypted"), "{err}");
    // A piece table pointing past the end of the text stream.
    let mut doc = build(&target_table());
    let word_at = doc.windows(2).position(|w| w == [0xEC, 0xA5]).unwrap();
    doc[word_at + 154 + 8 * 33] = 0xFF; // fcClx far outside the table stream
    doc[word_at + 154 + 8 * 33 + 1] = 0xFF;
    assert_eq!(load(&doc, None, None).unwrap_err().kind(), "malformed");
    // Every truncation is an error or a grid, never a panic.
    let whole = build(&target_table());
    for cut in (0..whole.len()).step_by(97) {
        let _ = load(&whole[..cut], Some(Format::Doc), None);
    }
}

/// `JIXIAO_DOC_OUT=FILE cargo test --test doc_reader -- --ignored write_sample`: the
/// sample table as a file, to check with another reader (antiword prints its table).
#[test]
#[ignore]
fn write_sample() {
    std::fs::write(std::env::var("JIXIAO_DOC_OUT").unwrap(), build(&target_table())).unwrap();
}
