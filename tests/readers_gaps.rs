//! Reader gaps found by probing with hand-built files: each package is written here,
//! part by part, so that the test shows the exact XML that was read wrong.

use std::io::{Cursor, Write};

use jixiao::read;
use jixiao::{parse_bytes, Filing, ParseOptions};

const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

/// A zip package of these (name, bytes) members, stored uncompressed.
fn package(parts: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in parts {
        zip.start_file(*name, stored).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// An XLSX workbook of one sheet 绩效目标 whose sheetData is `rows`, with `styles` as
/// its styles part.
fn xlsx(rows: &str, styles: &str) -> Vec<u8> {
    let parts = [
        (
            "[Content_Types].xml",
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_string(),
        ),
        ("_rels/.rels", format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)),
        ("xl/workbook.xml", format!(r#"<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet name="绩效目标" sheetId="1" r:id="r1"/></sheets></workbook>"#)),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="{DOC}/styles" Target="styles.xml"/></Relationships>"#),
        ),
        ("xl/styles.xml", format!(r#"<styleSheet xmlns="{MAIN}">{styles}</styleSheet>"#)),
        ("xl/worksheets/sheet1.xml", format!(r#"<worksheet xmlns="{MAIN}"><sheetData>{rows}</sheetData></worksheet>"#)),
    ];
    package(&parts.map(|(n, x)| (n, x.into_bytes())))
}

/// An inline-string cell.
fn s(at: &str, text: &str) -> String {
    format!(r#"<c r="{at}" t="inlineStr"><is><t>{text}</t></is></c>"#)
}

/// A sheet row: 一级 | 二级 | 三级 | then the value cell as written.
fn indicator_row(n: u32, names: [&str; 3], value: &str) -> String {
    format!(
        r#"<row r="{n}">{}{}{}{value}</row>"#,
        s(&format!("A{n}"), names[0]),
        s(&format!("B{n}"), names[1]),
        s(&format!("C{n}"), names[2])
    )
}

/// The project table head: 项目名称, then the matrix header on row 2.
fn head() -> String {
    format!(
        r#"<row r="1">{}{}</row><row r="2">{}{}{}{}</row>"#,
        s("A1", "项目名称"),
        s("B1", "社区居家养老服务补助"),
        s("A2", "一级指标"),
        s("B2", "二级指标"),
        s("C2", "三级指标"),
        s("D2", "指标值")
    )
}

fn grid_rows(bytes: &[u8]) -> (Vec<Vec<String>>, read::Loaded) {
    let loaded = read::load(bytes, None, None).unwrap();
    let rows = loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.clone()).collect()).collect();
    (rows, loaded)
}

fn parse(bytes: &[u8]) -> Filing {
    parse_bytes(bytes, &ParseOptions::default()).unwrap()
}

// ------------------------------------------------------------------ XLSX

/// A formula with no saved result reads empty, never as its formula, and S008 says
/// where it is and what it holds; a formula with its result reads as the result.
/// Fails on the old reader: the cell vanished without a word (V001 alone).
#[test]
fn xlsx_formula_without_a_saved_result_is_reported() {
    let rows = head()
        + &indicator_row(3, ["产出指标", "数量指标", "服务老人数"], r#"<c r="D3"><f>SUM(E3:F3)</f></c>"#)
        + &indicator_row(4, ["产出指标", "质量指标", "服务满意率"], r#"<c r="D4" t="str"><f>"≥"&amp;"95%"</f><v>≥95%</v></c>"#)
        + &indicator_row(5, ["效益指标", "社会效益指标", "覆盖率"], r#"<c r="D5"><f>1+1</f><v>2</v></c>"#);
    let bytes = xlsx(&rows, "");
    let (grid, loaded) = grid_rows(&bytes);
    assert!(!grid.iter().flatten().any(|c| c.contains("SUM")), "{grid:#?}");
    assert_eq!(grid[2], ["产出指标", "数量指标", "服务老人数", ""]);
    assert_eq!(grid[3][3], "≥95%");
    assert_eq!(grid[4][3], "2");
    assert_eq!(loaded.unread.len(), 1, "{:#?}", loaded.unread);
    assert_eq!(loaded.unread[0].snippet, "绩效目标!D3: =SUM(E3:F3)");
    assert_eq!(loaded.unread[0].line, 3);
    let f = parse(&bytes);
    let s008: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S008").collect();
    assert_eq!(s008.len(), 1, "{:#?}", f.diagnostics);
    assert_eq!((s008[0].project, s008[0].indicator, s008[0].line), (Some(0), Some(0), Some(3)));
    assert!(s008[0].message.contains("formula") && s008[0].message.contains("=SUM(E3:F3)"));
    assert_eq!(f.projects[0].indicators[0].value, "");
}

/// Dates stored as ISO text (`t="d"`) print as date serials do: a date alone, or in
/// the 年/月/日 of the cell's format. Fails on the old reader: "2024-06-30T00:00:00".
#[test]
fn xlsx_iso_dates_print_as_dates() {
    let styles = r#"<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs>"#;
    let rows = head()
        + &indicator_row(3, ["产出指标", "时效指标", "完成时间"], r#"<c r="D3" t="d"><v>2024-06-30T00:00:00</v></c>"#)
        + &indicator_row(4, ["产出指标", "时效指标", "开工时间"], r#"<c r="D4" t="d" s="1"><v>2024-03-01T00:00:00</v></c>"#)
        + &indicator_row(5, ["产出指标", "时效指标", "验收时刻"], r#"<c r="D5" t="d"><v>2024-12-01T09:30:00</v></c>"#);
    let (grid, _) = grid_rows(&xlsx(&rows, styles));
    let values: Vec<&str> = grid[2..].iter().map(|r| r[3].as_str()).collect();
    assert_eq!(values, ["2024-06-30", "2024年3月1日", "2024-12-01 09:30"]);
}

// ------------------------------------------------------------------ HTML

/// A page saved from an online form: an `<input>` shows its value, a `<select>` its
/// selected option (not every option run together), hidden inputs and check boxes
/// nothing. Fails on the old reader: 项目名称 read "" and the unit "万元元".
#[test]
fn html_form_controls_read_as_shown() {
    let page = "<html><body><table>\
        <tr><td>项目名称</td><td><input type=\"text\" value=\"社区居家养老服务补助\"><input type=\"hidden\" value=\"id-77\"></td></tr>\
        <tr><td>金额单位</td><td><select><option>万元</option><option selected>元</option></select></td>\
            <td><select><option>是</option><option>否</option></select><input type=\"checkbox\" checked></td></tr>\
        </table><p>填报人：<input value=\"张三\"></p></body></html>";
    let (grid, _) = grid_rows(page.as_bytes());
    assert_eq!(grid[0], ["项目名称", "社区居家养老服务补助"]);
    assert_eq!(grid[1], ["金额单位", "元", "是"]);
    assert_eq!(grid[2], ["填报人：张三"]);
}

// ------------------------------------------------------------------ DOCX

/// A DOCX whose body is `body` (inside w:body), whose document.xml.rels lists `rels`
/// (Relationship elements), with `extra` members beside word/document.xml.
fn docx(body: &str, rels: &str, extra: &[(&str, Vec<u8>)]) -> Vec<u8> {
    let mut parts: Vec<(&str, Vec<u8>)> = vec![
        (
            "[Content_Types].xml",
            br#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_vec(),
        ),
        ("_rels/.rels", format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="word/document.xml"/></Relationships>"#).into_bytes()),
        ("word/document.xml", format!(r#"<w:document xmlns:w="{W}" xmlns:r="{DOC}"><w:body>{body}</w:body></w:document>"#).into_bytes()),
        ("word/_rels/document.xml.rels", format!(r#"<Relationships xmlns="{RELS}">{rels}</Relationships>"#).into_bytes()),
    ];
    parts.extend(extra.iter().cloned());
    package(&parts)
}

fn para(text: &str) -> String {
    format!("<w:p><w:r><w:t>{text}</w:t></w:r></w:p>")
}

fn chunk_rel(id: &str, target: &str) -> String {
    format!(r#"<Relationship Id="{id}" Type="{DOC}/aFChunk" Target="{target}"/>"#)
}

/// The project table as an HTML page.
const TABLE_HTML: &str = "<html><head><meta charset=\"utf-8\"></head><body><table>\
    <tr><td>项目名称</td><td colspan=\"3\">社区居家养老服务补助</td></tr>\
    <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\
    <tr><td rowspan=\"2\">产出指标</td><td>数量指标</td><td>服务老人数</td><td>≥1200人</td></tr>\
    <tr><td>质量指标</td><td>服务满意率</td><td>≥95%</td></tr>\
    </table></body></html>";

/// The indicators of the only project: (一级, 二级, 三级, 指标值).
fn indicators(f: &Filing) -> Vec<(String, String, String, String)> {
    assert_eq!(f.projects.len(), 1, "{:#?}", f.diagnostics);
    f.projects[0].indicators.iter().map(|i| (i.level1_raw.clone(), i.level2_raw.clone(), i.name.clone(), i.value.clone())).collect()
}

fn expected() -> Vec<(String, String, String, String)> {
    [("产出指标", "数量指标", "服务老人数", "≥1200人"), ("产出指标", "质量指标", "服务满意率", "≥95%")]
        .iter()
        .map(|&(a, b, c, d)| (a.into(), b.into(), c.into(), d.into()))
        .collect()
}

/// The table embedded as an HTML altChunk is read where it stands, between the
/// paragraphs around it. Fails on the old reader: only the title was read (S001).
#[test]
fn docx_alt_chunk_html_is_read_in_place() {
    let body = para("项目支出绩效目标表") + r#"<w:altChunk r:id="rId9"/>"# + &para("填报人：张三");
    let bytes = docx(&body, &chunk_rel("rId9", "afchunk.htm"), &[("word/afchunk.htm", TABLE_HTML.as_bytes().to_vec())]);
    let (grid, loaded) = grid_rows(&bytes);
    assert_eq!(grid.first().map(|r| r[0].as_str()), Some("项目支出绩效目标表"));
    assert_eq!(grid[1][..2], ["项目名称", "社区居家养老服务补助"]);
    assert_eq!(grid.last().map(|r| r[0].as_str()), Some("填报人：张三"));
    assert!(loaded.unread.is_empty());
    let f = parse(&bytes);
    assert_eq!(f.projects[0].name.as_deref(), Some("社区居家养老服务补助"));
    assert_eq!(indicators(&f), expected());
}

/// A whole DOCX embedded as an altChunk is read by the DOCX reader, its own chunks
/// too, down to a fixed depth: a package that embeds itself stops there with S008
/// instead of looping. A chunk that cannot be read (an MHT with no page) is reported,
/// not dropped.
#[test]
fn docx_alt_chunk_nested_docx_self_reference_and_unread_kinds() {
    let inner = docx(r#"<w:altChunk r:id="c"/>"#, &chunk_rel("c", "t.html"), &[("word/t.html", TABLE_HTML.as_bytes().to_vec())]);
    let outer = docx(
        &(para("绩效目标表") + r#"<w:altChunk r:id="d"/>"#),
        &chunk_rel("d", "/word/inner.docx"),
        &[("word/inner.docx", inner.clone())],
    );
    let f = parse(&outer);
    assert_eq!(indicators(&f), expected());
    assert!(f.diagnostics.iter().all(|d| d.code != "S008"), "{:#?}", f.diagnostics);

    // Each level embeds the one before: the third level is not read.
    let mut nested = inner;
    for _ in 0..3 {
        nested = docx(r#"<w:altChunk r:id="d"/>"#, &chunk_rel("d", "x.docx"), &[("word/x.docx", nested)]);
    }
    let loaded = read::load(&nested, None, None).unwrap();
    assert_eq!(loaded.unread.len(), 1, "{:#?}", loaded.unread);
    assert!(loaded.unread[0].message.contains("nested too deep"));

    let mht = b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n--b\r\n".to_vec();
    let body = para("项目名称") + r#"<w:tbl><w:tr><w:tc><w:altChunk r:id="m"/></w:tc></w:tr></w:tbl>"#;
    let bytes = docx(&body, &(chunk_rel("m", "part.mht") + &chunk_rel("gone", "nowhere.htm")), &[("word/part.mht", mht)]);
    let f = parse(&bytes);
    let s008: Vec<_> = f.diagnostics.iter().filter(|d| d.code == "S008").map(|d| d.snippet.clone().unwrap_or_default()).collect();
    assert_eq!(s008, ["altChunk m → part.mht"], "{:#?}", f.diagnostics);
}

/// Quoted-printable as Word writes it: `=XX` for every byte outside printable ASCII
/// and `=`, lines cut at 76 with a soft break.
fn quoted_printable(bytes: &[u8]) -> String {
    let mut out = String::new();
    let mut line = 0;
    for &b in bytes {
        let piece = if (b' '..=b'~').contains(&b) && b != b'=' { (b as char).to_string() } else { format!("={b:02X}") };
        if line + piece.len() > 75 {
            out.push_str("=\r\n");
            line = 0;
        }
        line += piece.len();
        out.push_str(&piece);
    }
    out
}

/// An MHT chunk (Word's "single file web page": MIME multipart, the page in
/// quoted-printable or base64, an image part beside it) is read through the HTML
/// reader like an HTML chunk. Fails on the old reader: S008 and no indicators.
#[test]
fn docx_alt_chunk_mht_is_read() {
    let mht = |encoding: &str, page: String| {
        format!(
            "MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\tboundary=\"----=_NextPart_01DA\"\r\n\r\n\
             This document is a Single File Web Page.\r\n\r\n------=_NextPart_01DA\r\nContent-Location: file:///C:/x/image001.png\r\n\
             Content-Transfer-Encoding: base64\r\nContent-Type: image/png\r\n\r\niVBORw0KGgo=\r\n\r\n------=_NextPart_01DA\r\n\
             Content-Location: file:///C:/x/afchunk.htm\r\nContent-Transfer-Encoding: {encoding}\r\n\
             Content-Type: text/html; charset=\"utf-8\"\r\n\r\n{page}\r\n\r\n------=_NextPart_01DA--\r\n"
        )
    };
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD.encode(TABLE_HTML);
    let b64_lines: Vec<&str> = b64.as_bytes().chunks(76).map(|c| std::str::from_utf8(c).unwrap()).collect();
    for chunk in [mht("quoted-printable", quoted_printable(TABLE_HTML.as_bytes())), mht("base64", b64_lines.join("\r\n"))] {
        let body = para("项目支出绩效目标表") + r#"<w:altChunk r:id="m"/>"#;
        // Named .mht and, as some generators name it, with no extension at all.
        for target in ["afchunk.mht", "afchunk"] {
            let bytes = docx(&body, &chunk_rel("m", target), &[(&*format!("word/{target}"), chunk.clone().into_bytes())]);
            let f = parse(&bytes);
            assert!(f.diagnostics.iter().all(|d| d.code != "S008"), "{:#?}", f.diagnostics);
            assert_eq!(f.projects[0].name.as_deref(), Some("社区居家养老服务补助"));
            assert_eq!(indicators(&f), expected());
        }
    }
    // A page in an encoding not read, or base64 that is broken: S008, as before.
    for (encoding, page) in [("x-uuencode", "begin 644 a"), ("base64", "@@@@")] {
        let body = para("项目名称") + r#"<w:altChunk r:id="m"/>"#;
        let bytes = docx(&body, &chunk_rel("m", "a.mht"), &[("word/a.mht", mht(encoding, page.into()).into_bytes())]);
        let loaded = read::load(&bytes, None, None).unwrap();
        assert_eq!(loaded.unread.len(), 1, "{:#?}", loaded.unread);
        assert!(loaded.unread[0].message.contains("MHT"), "{}", loaded.unread[0].message);
    }
}

/// A square or cube after a unit letter reads as shown (m², m³), so the unit is
/// recognised (万m², which the unit checks know as 万平方米; 万m2 they did not). Other superscripts (a footnote
/// mark after a word or a number, an exponent n) stay as written.
#[test]
fn html_superscript_units() {
    let page = "<html><body><p>面积单位 m<sup>2</sup></p><table>\
        <tr><td>项目名称</td><td colspan=\"3\">老旧小区改造</td></tr>\
        <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>\
        <tr><td>产出指标</td><td>数量指标</td><td>改造面积</td><td>≥12万m<sup> 2 </sup></td></tr>\
        <tr><td>产出指标</td><td>数量指标</td><td>注水量</td><td>≥300m<sup>3</sup></td></tr>\
        <tr><td>效益指标</td><td>满意度<sup>2</sup></td><td>Note<sup>2</sup> 10<sup>3</sup></td><td>x<sup>n</sup></td></tr>\
        </table></body></html>";
    let (grid, _) = grid_rows(page.as_bytes());
    assert_eq!(grid[0], ["面积单位 m²"]);
    assert_eq!(grid[3][3], "≥12万m²");
    assert_eq!(grid[4][3], "≥300m³");
    assert_eq!(grid[5][1..], ["满意度2", "Note2 103", "xn"]);
    let f = parse(page.as_bytes());
    let units: Vec<Option<&str>> = f.projects[0].indicators.iter().take(2).map(|i| i.target.unit.as_deref()).collect();
    assert_eq!(units, [Some("万m²"), Some("m³")], "{:#?}", f.projects[0].indicators);
}

/// A zip bomb inside a chunk is the document's error, as it would be outside one.
#[test]
fn docx_alt_chunk_bomb_is_refused() {
    let inner = docx(&para(&"项目".repeat(2000)), "", &[]);
    let outer = docx(r#"<w:altChunk r:id="d"/>"#, &chunk_rel("d", "x.docx"), &[("word/x.docx", inner)]);
    let limits = read::Limits { max_unpacked_bytes: 20_000, ..read::Limits::default() };
    let err = read::load_with(&outer, None, None, &limits).unwrap_err();
    assert_eq!(err.kind(), "zip_bomb", "{err}");
}

/// Ruby guide text (w:rt) is not text of its own, a positional tab (w:ptab) is a gap
/// like w:tab, and a row deleted as a tracked change (w:trPr/w:del) is gone even when
/// its runs were not marked deleted. Fails on the old reader: "pin拼音",
/// "项目名称社区" and the deleted row read.
#[test]
fn docx_ruby_positional_tabs_and_deleted_rows() {
    let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
    let body = "<w:p><w:r><w:ruby><w:rt><w:r><w:t>pin</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>拼</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t>音</w:t></w:r></w:p>".to_string()
        + "<w:p><w:r><w:t>项目名称</w:t></w:r><w:r><w:ptab w:relativeTo=\"margin\" w:alignment=\"right\" w:leader=\"none\"/></w:r><w:r><w:t>社区</w:t></w:r></w:p>"
        + &format!("<w:tbl><w:tr><w:trPr><w:del w:id=\"1\" w:author=\"a\"/></w:trPr>{}</w:tr><w:tr>{}</w:tr></w:tbl>", cell("删掉的行"), cell("留下的行"));
    let (grid, _) = grid_rows(&docx(&body, "", &[]));
    assert_eq!(grid, [vec!["拼音"], vec!["项目名称", "社区"], vec!["留下的行"]]);
}
