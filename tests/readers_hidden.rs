//! Hidden content is left out as the file prints, and said (S010, info) rather than
//! dropped unsaid, in every format that can hide it: DOCX hidden runs, .doc hidden
//! text, XLSX/XLS hidden sheets holding a target table (hidden rows and columns:
//! tests/readers_quirks.rs). Each package is written here, part by part.

#[path = "common/doc_builder.rs"]
mod doc_builder;

use std::io::{Cursor, Write};

use doc_builder::{build, Para, HIDE, SHOW};
use jixiao::read::{self, Unread};
use jixiao::{parse_bytes, Filing, ParseOptions};

const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TYPES: &str = r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

fn package(parts: &[(&str, String)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in parts {
        zip.start_file(*name, stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn rows(bytes: &[u8]) -> (Vec<Vec<String>>, Vec<Unread>) {
    let loaded = read::load(bytes, None, None).unwrap();
    let rows = loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect();
    (rows, loaded.unread)
}

fn s010(f: &Filing) -> Vec<String> {
    f.diagnostics.iter().filter(|d| d.code == "S010").map(|d| d.message.clone()).collect()
}

// ------------------------------------------------------------------ DOCX

fn docx(body: &str) -> Vec<u8> {
    package(&[
        ("[Content_Types].xml", TYPES.to_string()),
        (
            "_rels/.rels",
            format!(
                r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="word/document.xml"/></Relationships>"#
            ),
        ),
        ("word/document.xml", format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#)),
    ])
}

/// A run with these run properties.
fn run(props: &str, text: &str) -> String {
    format!("<w:r><w:rPr>{props}</w:rPr><w:t>{text}</w:t></w:r>")
}

fn tr(cells: &[String]) -> String {
    let cells: String = cells.iter().map(|c| format!("<w:tc><w:p>{c}</w:p></w:tc>")).collect();
    format!("<w:tr>{cells}</w:tr>")
}

/// The target table, with `hint` in the hidden-or-not 指标值 cell of its one indicator.
fn docx_table(value: &str, title: &str) -> Vec<u8> {
    let plain = |t: &str| run("", t);
    let table = [
        tr(&[plain("项目名称"), plain("乡村道路养护补助"), String::new(), String::new()]),
        tr(&[plain("一级指标"), plain("二级指标"), plain("三级指标"), plain("指标值")]),
        tr(&[plain("产出指标"), plain("数量指标"), plain("养护里程"), value.to_string()]),
    ]
    .concat();
    docx(&format!("<w:p>{title}</w:p><w:tbl>{table}</w:tbl><w:p>{}</w:p>", plain("填报人：赵某")))
}

/// Hidden runs are left out and said: one note per paragraph or cell that lost text,
/// with the hidden text. A w:specVanish run hides as w:vanish does. Fails on the old
/// reader: nothing was said (no unread, no S010), and the specVanish run was read.
#[test]
fn docx_hidden_runs_are_said() {
    let title = run("", "项目支出绩效目标表") + &run("<w:vanish/>", "（填表说明：本表金额单位为万元）");
    let value = run("", "≥85公里") + &run("<w:b/><w:vanish w:val=\"true\"/>", "原目标80公里") + &run("<w:specVanish/>", "待核");
    let bytes = docx_table(&value, &title);
    let (rows, unread) = rows(&bytes);
    assert_eq!(rows[0], ["项目支出绩效目标表"]);
    assert_eq!(rows[3], ["产出指标", "数量指标", "养护里程", "≥85公里"]);
    assert!(!rows.concat().concat().contains("待核"), "{rows:?}");
    let said: Vec<(usize, &str, bool)> = unread.iter().map(|u| (u.line, u.snippet.as_str(), u.hidden)).collect();
    assert_eq!(said, [(1, "（填表说明：本表金额单位为万元）", true), (4, "原目标80公里待核", true)]);
    assert!(unread[0].message.contains("hidden text"), "{unread:?}");
    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(f.projects.len(), 1);
    let s010 = s010(&f);
    assert_eq!(s010.len(), 2, "{:#?}", f.diagnostics);
    assert!(s010[1].ends_with(": 原目标80公里待核"), "{s010:?}");
    assert!(f.diagnostics.iter().all(|d| d.code != "S008"), "{:#?}", f.diagnostics);
}

/// Nothing hidden, nothing said: runs whose vanish is off, a hidden paragraph mark
/// (no text of its own), and a run that was hidden before a tracked formatting change
/// (its old properties in w:rPrChange), which Word shows. Fails on the old reader: the
/// tracked change's old vanish dropped "≥85公里".
#[test]
fn docx_shown_runs_are_not_said() {
    let title = "<w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>".to_string() + &run("<w:vanish w:val=\"0\"/>", "项目支出绩效目标表");
    let change = r#"<w:rPrChange w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:rPr><w:vanish/></w:rPr></w:rPrChange>"#;
    let value = run(change, "≥85公里");
    let (rows, unread) = rows(&docx_table(&value, &title));
    assert_eq!(rows[0], ["项目支出绩效目标表"]);
    assert_eq!(rows[3], ["产出指标", "数量指标", "养护里程", "≥85公里"]);
    assert!(unread.is_empty(), "{unread:?}");
}

// ------------------------------------------------------------------ DOC

/// .doc hidden text (sprmCFVanish) is left out as before, and now said: the hidden
/// title note, the hidden part of a cell, a whole hidden paragraph. Fails on the old
/// reader: nothing was said.
#[test]
fn doc_hidden_text_is_said() {
    let four = [0, 1000, 2000, 4000, 6000];
    let row = |cells: &[&str]| Para::Row(cells.iter().map(|c| c.to_string()).collect(), four.to_vec());
    let doc = build(&[
        Para::Text(format!("项目支出绩效目标表{HIDE}（模板说明）{SHOW}")),
        Para::Text("项目名称：乡村道路养护补助".into()),
        row(&["一级指标", "二级指标", "三级指标", "指标值"]),
        row(&["产出指标", "数量指标", "养护里程", &format!("≥85公里{HIDE}原目标80公里{SHOW}")]),
        Para::Text(format!("{HIDE}此段不打印{SHOW}")),
        Para::Text("填报人：赵某".into()),
    ]);
    let (rows, unread) = rows(&doc);
    assert_eq!(rows[0], ["项目支出绩效目标表"]);
    assert_eq!(rows[3], ["产出指标", "数量指标", "养护里程", "≥85公里"]);
    assert_eq!(rows[4], ["填报人：赵某"]);
    let said: Vec<(usize, &str, bool)> = unread.iter().map(|u| (u.line, u.snippet.as_str(), u.hidden)).collect();
    assert_eq!(said, [(1, "（模板说明）", true), (4, "原目标80公里", true), (5, "此段不打印", true)]);
    let f = parse_bytes(&doc, &ParseOptions::default()).unwrap();
    assert_eq!(s010(&f).len(), 3, "{:#?}", f.diagnostics);
}

#[test]
fn doc_without_hidden_text_says_nothing() {
    let doc = build(&[Para::Text("项目支出绩效目标表".into()), Para::Text("填报人：赵某".into())]);
    let (rows, unread) = rows(&doc);
    assert_eq!(rows, [["项目支出绩效目标表"], ["填报人：赵某"]]);
    assert!(unread.is_empty(), "{unread:?}");
}

// ------------------------------------------------------------------ XLSX

/// An inline-string cell.
fn c(at: &str, text: &str) -> String {
    format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A sheet holding the target table of project `name`.
fn target_sheet(name: &str) -> String {
    format!(
        r#"<row r="1">{}{}</row><row r="2">{}{}{}{}</row><row r="3">{}{}{}{}</row>"#,
        c("A1", "项目名称"),
        c("B1", name),
        c("A2", "一级指标"),
        c("B2", "二级指标"),
        c("C2", "三级指标"),
        c("D2", "指标值"),
        c("A3", "产出指标"),
        c("B3", "数量指标"),
        c("C3", "养护里程"),
        c("D3", "≥85公里")
    )
}

/// A workbook of these (name, state, sheetData) sheets.
fn xlsx(sheets: &[(&str, &str, String)]) -> Vec<u8> {
    let mut listed = String::new();
    let mut rels = String::new();
    let mut parts = vec![
        ("[Content_Types].xml".to_string(), TYPES.to_string()),
        (
            "_rels/.rels".to_string(),
            format!(
                r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#
            ),
        ),
    ];
    for (i, (name, state, data)) in sheets.iter().enumerate() {
        let n = i + 1;
        listed.push_str(&format!(r#"<sheet name="{name}" sheetId="{n}" state="{state}" r:id="r{n}"/>"#));
        rels.push_str(&format!(r#"<Relationship Id="r{n}" Type="{DOC}/worksheet" Target="worksheets/sheet{n}.xml"/>"#));
        parts.push((
            format!("xl/worksheets/sheet{n}.xml"),
            format!(r#"<worksheet xmlns="{MAIN}"><sheetData>{data}</sheetData></worksheet>"#),
        ));
    }
    parts.push(("xl/workbook.xml".into(), format!(r#"<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets>{listed}</sheets></workbook>"#)));
    parts.push(("xl/_rels/workbook.xml.rels".into(), format!(r#"<Relationships xmlns="{RELS}">{rels}</Relationships>"#)));
    let parts: Vec<(&str, String)> = parts.iter().map(|(n, x)| (n.as_str(), x.clone())).collect();
    package(&parts)
}

/// A hidden sheet holding a target table is left out and said, once; a hidden helper
/// sheet (a lookup list) and a very hidden one of no table stay unsaid. Fails on the
/// old reader: the hidden project was skipped without a word.
#[test]
fn xlsx_hidden_sheet_with_a_target_table_is_said() {
    let helper = format!(r#"<row r="1">{}{}</row>"#, c("A1", "数量指标"), c("B1", "质量指标"));
    let bytes = xlsx(&[
        ("下拉选项", "hidden", helper.clone()),
        ("道路养护", "visible", target_sheet("乡村道路养护补助")),
        ("去年备份", "hidden", target_sheet("桥梁维修补助")),
        ("计算", "veryHidden", helper),
    ]);
    let (rows, unread) = rows(&bytes);
    assert!(!rows.concat().concat().contains("桥梁维修补助"), "{rows:?}");
    assert_eq!(unread.len(), 1, "{unread:?}");
    let u = &unread[0];
    assert!(u.hidden && u.message.contains("'去年备份'"), "{u:?}");
    assert!(u.snippet.starts_with("去年备份: 项目名称 | 桥梁维修补助"), "{u:?}");
    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref().unwrap_or("")).collect();
    assert_eq!(names, ["乡村道路养护补助"]);
    assert_eq!(s010(&f).len(), 1, "{:#?}", f.diagnostics);
}

#[test]
fn xlsx_hidden_helper_sheets_stay_unsaid() {
    let helper = format!(r#"<row r="1">{}</row>"#, c("A1", "数量指标"));
    let bytes = xlsx(&[("道路养护", "visible", target_sheet("乡村道路养护补助")), ("下拉选项", "hidden", helper)]);
    let (rows, unread) = rows(&bytes);
    assert!(rows.iter().any(|r| r == &["项目名称", "乡村道路养护补助"]), "{rows:?}");
    assert!(unread.is_empty(), "{unread:?}");
}
