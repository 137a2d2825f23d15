//! A Word footnote or endnote prints outside the table, so its text is not read into
//! cells; but it can say what a number means ("含上年结转"), so it is said (S008) with
//! its text, in the project whose cell holds its mark — never dropped without a word.
//! In a .doc as in a .docx.

#[path = "common/doc_builder.rs"]
mod doc_builder;

use std::io::{Cursor, Write};

use jixiao::read;
use jixiao::{parse_bytes, ParseOptions};

const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TYPES: &str = r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#;

fn docx(body: &str, notes: &[(&str, String)]) -> Vec<u8> {
    let mut parts = vec![
        ("[Content_Types].xml".to_string(), TYPES.to_string()),
        (
            "_rels/.rels".to_string(),
            format!(
                r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="word/document.xml"/></Relationships>"#
            ),
        ),
        ("word/document.xml".to_string(), format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#)),
    ];
    parts.extend(notes.iter().map(|(n, x)| (format!("word/{n}"), x.clone())));
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, text) in &parts {
        zip.start_file(name.as_str(), stored).unwrap();
        zip.write_all(text.as_bytes()).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn tr(cells: &[&str]) -> String {
    let cells: String = cells.iter().map(|c| format!("<w:tc><w:p>{c}</w:p></w:tc>")).collect();
    format!("<w:tr>{cells}</w:tr>")
}

fn t(text: &str) -> String {
    format!("<w:r><w:t>{text}</w:t></w:r>")
}

/// The notes part of `kind` ("footnote", "endnote"): Word's two separators, then the notes.
fn notes_xml(kind: &str, notes: &[(&str, &str)]) -> String {
    let mut x = format!(
        r#"<w:{kind}s xmlns:w="{W}"><w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}><w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>"#
    );
    for (id, text) in notes {
        x.push_str(&format!(
            r#"<w:{kind} w:id="{id}"><w:p><w:r><w:{kind}Ref/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:{kind}>"#
        ));
    }
    x.push_str(&format!("</w:{kind}s>"));
    x
}

/// A filing whose 年度资金总额 cell carries footnote 2, and whose last paragraph an
/// endnote. Fails on the old reader: no finding named either note.
#[test]
fn footnotes_and_endnotes_are_said_with_their_text() {
    let amount = format!(r#"{}<w:r><w:footnoteReference w:id="2"/></w:r>"#, t("86.50"));
    let table = [
        tr(&[&t("项目名称"), &t("村级河道保洁经费"), "", ""]),
        tr(&[&t("年度资金总额"), &amount, "", ""]),
        tr(&[&t("一级指标"), &t("二级指标"), &t("三级指标"), &t("指标值")]),
        tr(&[&t("产出指标"), &t("数量指标"), &t("保洁河道长度"), &t("≥42公里")]),
    ]
    .concat();
    let body = format!(r#"<w:tbl>{table}</w:tbl><w:p>{}<w:r><w:endnoteReference w:id="1"/></w:r></w:p>"#, t("填报人：钱某"));
    let bytes = docx(
        &body,
        &[
            ("footnotes.xml", notes_xml("footnote", &[("1", "未引用的脚注"), ("2", "含上年结转资金12.30万元")])),
            ("endnotes.xml", notes_xml("endnote", &[("1", "数据截至当年3月")])),
        ],
    );
    let loaded = read::load(&bytes, None, None).unwrap();
    let snippets: Vec<&str> = loaded.unread.iter().map(|u| u.snippet.as_str()).collect();
    // Only referenced notes, numbered in order of reference: footnote id 1 is never marked.
    assert_eq!(snippets, ["脚注1: 含上年结转资金12.30万元", "尾注1: 数据截至当年3月"]);
    assert!(loaded.unread.iter().all(|u| !u.hidden));
    // The footnote stands on the row of the cell with its mark.
    let amount_line = loaded.grid.rows.iter().find(|r| r.cells.iter().any(|c| c.text == "86.50")).unwrap().line;
    assert_eq!(loaded.unread[0].line, amount_line);

    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(f.projects[0].indicators[0].value, "≥42公里");
    let s008: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S008").collect();
    assert_eq!(s008.len(), 2);
    assert!(s008[0].message.contains("含上年结转资金12.30万元"), "{}", s008[0].message);
    assert_eq!(s008[0].project, Some(0));
}

/// A document without note marks reads no notes part, even when one is there (Word
/// writes footnotes.xml with its separators into every document).
#[test]
fn a_notes_part_without_marks_says_nothing() {
    let body = format!("<w:p>{}</w:p>", t("项目名称：村级河道保洁经费"));
    let bytes = docx(&body, &[("footnotes.xml", notes_xml("footnote", &[("1", "孤立的脚注")]))]);
    let loaded = read::load(&bytes, None, None).unwrap();
    assert!(loaded.unread.is_empty(), "{:?}", loaded.unread);
}

/// A .doc whose footnote story holds two notes: each said, numbered, after the text;
/// the table reads as before. Fails on the old reader: the notes were never read.
#[test]
fn doc_footnotes_are_said_after_the_text() {
    use doc_builder::{build, build_with_footnotes, Para};
    let bounds = vec![0i16, 2000, 4000, 6000, 8000];
    let row = |c: [&str; 4]| Para::Row(c.iter().map(|s| s.to_string()).collect(), bounds.clone());
    let paras = vec![
        Para::Text("项目名称：村级河道保洁经费".to_string()),
        row(["一级指标", "二级指标", "三级指标", "指标值"]),
        row(["产出指标", "数量指标", "保洁河道长度", "≥42公里"]),
    ];
    let plain = read::load(&build(&paras), None, None).unwrap();
    assert!(plain.unread.is_empty(), "{:?}", plain.unread);
    let bytes = build_with_footnotes(&paras, &[" 含上年结转资金12.30万元", "数据截至当年3月"]);
    let loaded = read::load(&bytes, None, None).unwrap();
    assert_eq!(loaded.grid.rows.len(), plain.grid.rows.len());
    let snippets: Vec<&str> = loaded.unread.iter().map(|u| u.snippet.as_str()).collect();
    assert_eq!(snippets, ["脚注1: 含上年结转资金12.30万元", "脚注2: 数据截至当年3月"]);
    let last = loaded.grid.rows.last().unwrap().line;
    assert!(loaded.unread.iter().all(|u| u.line == last + 1 && !u.hidden));
    let f = parse_bytes(&bytes, &ParseOptions::default()).unwrap();
    assert_eq!(f.projects[0].indicators[0].value, "≥42公里");
    assert_eq!(f.diagnostics.iter().filter(|d| d.code == "S008").count(), 2);
}
