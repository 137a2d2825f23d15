//! PDFs the reader used to fail whole ("the PDF reader failed on this file") though
//! their table is plain: a CJK font whose encoding names a predefined CMap
//! (`UniGB-UCS2-H`, as iText's `STSong-Light` writes; `GBK-EUC-H`, as older printers
//! write for a non-embedded 宋体) with no ToUnicode map, whose text is the codes
//! themselves in UTF-16 or GBK; and colour spaces or font encodings upstream's parser
//! did not model. Each must read as the same table typed as text does.

#[path = "common/pdf_writer.rs"]
mod pdf_writer;

use encoding_rs::GBK;
use jixiao::read::{load, Format};
use jixiao::{parse_bytes, Filing, ParseOptions};

/// One row of the table: cells as (text, how many of the five base columns it spans).
type Row<'a> = &'a [(&'a str, usize)];

const TITLE: &str = "项目支出绩效目标表";
const TABLE: &[Row] = &[
    &[("项目名称", 1), ("乡村道路养护工程", 2), ("主管部门", 1), ("县交通运输局", 1)],
    &[("年度目标", 1), ("完成道路养护50公里", 4)],
    &[("一级指标", 1), ("二级指标", 1), ("三级指标", 1), ("指标值", 2)],
    &[("产出指标", 1), ("数量指标", 1), ("养护里程", 1), ("≥50公里", 2)],
    &[("产出指标", 1), ("质量指标", 1), ("路面合格率", 1), ("≥95%", 2)],
    &[("满意度指标", 1), ("服务对象满意度指标", 1), ("群众满意度", 1), ("≥90%", 2)],
];
/// Left edges of the five base columns, and the table's right edge.
const XS: [f64; 6] = [50.0, 150.0, 260.0, 370.0, 470.0, 545.0];

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

/// A one-page PDF printing the title and the ruled table with a Type0 font whose
/// `/Encoding` is `encoding`, each string encoded by `encode`. Written by hand:
/// objects, then the xref table with each object's byte offset.
fn table_pdf(encoding: &str, encode: fn(&str) -> Vec<u8>) -> Vec<u8> {
    table_pdf_with(encoding, encode, &Extra::default())
}

/// What else the page holds: more font resources, other resources, and content drawn
/// before the table.
#[derive(Default)]
struct Extra<'a> {
    fonts: &'a str,
    resources: &'a str,
    prelude: &'a str,
    /// Objects 5 on, in place of the non-embedded STSong-Light (Type0 font, CID font,
    /// descriptor).
    font: Option<Vec<Vec<u8>>>,
}

fn table_pdf_with(encoding: &str, encode: fn(&str) -> Vec<u8>, extra: &Extra<'_>) -> Vec<u8> {
    let mut content = format!("{}\nBT /F1 14 Tf 220 800 Td <{}> Tj ET\n0.5 w\n", extra.prelude, hex(&encode(TITLE)));
    let (top, h) = (770.0, 22.0);
    for (r, row) in TABLE.iter().enumerate() {
        let y = top - h * r as f64;
        content += &format!("{} {y} m {} {y} l S\n", XS[0], XS[5]);
        let mut col = 0;
        for (text, span) in row.iter() {
            content += &format!("{} {y} m {} {} l S\n", XS[col], XS[col], y - h);
            content += &format!("BT /F1 10 Tf {} {} Td <{}> Tj ET\n", XS[col] + 3.0, y - 15.0, hex(&encode(text)));
            col += span;
        }
        content += &format!("{} {y} m {} {} l S\n", XS[5], XS[5], y - h);
    }
    let bottom = top - h * TABLE.len() as f64;
    content += &format!("{} {bottom} m {} {bottom} l S\n", XS[0], XS[5]);
    // Proportional Latin glyphs, CIDs 1–95 of Adobe-GB1, half width.
    let latin = vec!["500"; 95].join(" ");
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R {} >> {} >> /Contents 4 0 R >>",
            extra.fonts, extra.resources
        ),
        format!("<< /Length {} >>\nstream\n{content}endstream", content.len()),
        // An empty `encoding` leaves the (required) entry out, as some writers do.
        match encoding {
            "" => "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /DescendantFonts [6 0 R] >>".to_string(),
            _ => format!("<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /{encoding} /DescendantFonts [6 0 R] >>"),
        },
        format!("<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor 7 0 R /DW 1000 /W [1 [{latin}]] >>"),
        "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>".to_string(),
    ];
    let Some(font) = &extra.font else { return pdf_writer::write_pdf(&objects) };
    objects.truncate(4);
    let mut bodies: Vec<&[u8]> = objects.iter().map(|o| o.as_bytes()).collect();
    bodies.extend(font.iter().map(|o| o.as_slice()));
    pdf_writer::write_pdf_bytes(&bodies)
}

fn ucs2(s: &str) -> Vec<u8> {
    s.encode_utf16().flat_map(u16::to_be_bytes).collect()
}

fn gbk(s: &str) -> Vec<u8> {
    GBK.encode(s).0.into_owned()
}

/// The same filing typed as tab-separated text, which the text reader reads.
fn as_text() -> Filing {
    let mut text = format!("{TITLE}\n");
    for row in TABLE {
        text += &row.iter().map(|(t, _)| *t).collect::<Vec<_>>().join("\t");
        text.push('\n');
    }
    parse_bytes(text.as_bytes(), &ParseOptions::default()).expect("the text form parses")
}

/// What a user reads off the filing: the project's name and department, its goal, and
/// each indicator's levels, name and value.
fn records(f: &Filing) -> Vec<String> {
    let mut out = Vec::new();
    for p in &f.projects {
        out.push(format!("P {:?} {:?} {:?}", p.name, p.department, p.goals.annual));
        out.extend(p.indicators.iter().map(|i| format!("{} | {} | {} | {}", i.level1, i.level2, i.name, i.value)));
    }
    out
}

fn check(encoding: &str, encode: fn(&str) -> Vec<u8>) {
    check_pdf(encoding, &table_pdf(encoding, encode));
}

fn check_pdf(encoding: &str, pdf: &[u8]) {
    let filing = parse_bytes(pdf, &ParseOptions::default()).unwrap_or_else(|e| panic!("{encoding}: {e}"));
    let got = records(&filing);
    assert_eq!(got, records(&as_text()), "{encoding}");
    // And the text form itself is what a reader of the table sees.
    assert_eq!(got[0], r#"P Some("乡村道路养护工程") Some("县交通运输局") Some("完成道路养护50公里")"#);
    assert_eq!(got[2], "产出指标 | 质量指标 | 路面合格率 | ≥95%");
    assert_eq!(got.len(), 4);
}

#[test]
fn a_ucs2_cmap_font_reads_as_the_typed_table() {
    check("UniGB-UCS2-H", ucs2);
}

#[test]
fn a_utf16_cmap_font_reads_as_the_typed_table() {
    check("UniGB-UTF16-H", ucs2);
}

#[test]
fn a_gbk_cmap_font_reads_as_the_typed_table() {
    check("GBK-EUC-H", gbk);
}

#[test]
fn a_cmap_name_without_a_decoder_is_reported_not_a_failed_file() {
    // Two-byte codes of an encoding jixiao has no table for: the file still loads, and
    // the reader says its characters have no Unicode text instead of failing it.
    let loaded = load(&table_pdf("Adobe-Custom-H", ucs2), Some(Format::Pdf), None).expect("loads");
    let note = loaded.note.expect("a note about the undecodable text");
    assert!(note.contains("no Unicode text"), "{note}");
}

#[test]
fn a_type0_font_without_an_encoding_loads_as_identity() {
    // Read as Identity-H (its usual value) with no ToUnicode: no text to decode, which
    // the reader says, instead of failing the file.
    let loaded = load(&table_pdf("", ucs2), Some(Format::Pdf), None).expect("loads");
    assert!(loaded.note.is_some_and(|n| n.contains("no Unicode text")));
}

// Content the PDF reader's upstream parser panicked on, failing the whole file, though
// colour and a page footer's font play no part in the table.

#[test]
fn an_indexed_colour_space_does_not_fail_the_file() {
    let extra = Extra {
        resources: "/ColorSpace << /CS0 [/Indexed /DeviceRGB 1 <000000FFFFFF>] >>",
        prelude: "/CS0 cs 1 sc /CS0 CS 0 SC",
        ..Extra::default()
    };
    check_pdf("Indexed", &table_pdf_with("UniGB-UCS2-H", ucs2, &extra));
}

#[test]
fn a_colour_space_missing_from_the_resources_does_not_fail_the_file() {
    let extra = Extra { prelude: "/CSX cs 0.2 sc", ..Extra::default() };
    check_pdf("missing", &table_pdf_with("UniGB-UCS2-H", ucs2, &extra));
}

/// A footer line printed in a second font, `font`: the table reads as typed and the
/// footer's text is read too.
fn check_footer_font(what: &str, font: &str, footer: &str) {
    let prelude = format!("BT /F2 9 Tf 280 40 Td ({footer}) Tj ET");
    let pdf = table_pdf_with("UniGB-UCS2-H", ucs2, &Extra { fonts: font, prelude: &prelude, ..Extra::default() });
    check_pdf(what, &pdf);
    let loaded = load(&pdf, Some(Format::Pdf), None).expect("loads");
    assert!(loaded.grid.rows.iter().any(|r| r.cells.iter().any(|c| c.text == footer)), "{what}");
}

#[test]
fn a_footer_font_with_standard_encoding_is_read() {
    check_footer_font(
        "StandardEncoding",
        "/F2 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /StandardEncoding >>",
        "Page 1",
    );
}

#[test]
fn a_curve_after_a_closed_path_or_a_rectangle_does_not_fail_the_file() {
    // `v` takes the current point: after `h` the subpath's start, after `re` its corner.
    let extra = Extra { prelude: "0 0 m 10 0 l h 20 20 30 30 v S 40 40 5 5 re 60 60 70 70 v S", ..Extra::default() };
    check_pdf("curves", &table_pdf_with("UniGB-UCS2-H", ucs2, &extra));
}

#[test]
fn a_graphics_state_missing_or_malformed_does_not_fail_the_file() {
    let extra = Extra {
        resources: "/ExtGState << /GS0 << /Type /Pattern /SMask /Luminosity >> >>",
        prelude: "/GS0 gs /GSX gs",
        ..Extra::default()
    };
    check_pdf("ExtGState", &table_pdf_with("UniGB-UCS2-H", ucs2, &extra));
}

#[test]
fn a_font_without_a_base_font_name_is_read() {
    check_footer_font("no BaseFont", "/F2 << /Type /Font /Subtype /Type1 /Encoding /WinAnsiEncoding >>", "Page 2");
}

// A subset font embedded without a ToUnicode map: the codes are glyph numbers
// (Identity-H), and only the font program's own cmap says what each glyph draws.

/// Every character the page prints, in a fixed order: glyph n + 1 draws the n-th.
fn glyph_order() -> Vec<char> {
    let mut chars: Vec<char> = TITLE.chars().chain(TABLE.iter().flat_map(|r| r.iter().flat_map(|(t, _)| t.chars()))).collect();
    chars.sort_unstable();
    chars.dedup();
    chars
}

fn glyph_of(c: char) -> u16 {
    glyph_order().iter().position(|&x| x == c).expect("a glyph for every character") as u16 + 1
}

/// Identity-H codes: the glyph numbers themselves.
fn glyph_codes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| glyph_of(c).to_be_bytes()).collect()
}

/// CIDs that are not the glyph numbers: CID = glyph + 300, resolved by a
/// `/CIDToGIDMap` stream.
fn shifted_codes(s: &str) -> Vec<u8> {
    s.chars().flat_map(|c| (glyph_of(c) + 300).to_be_bytes()).collect()
}

/// The Type0 font, its CIDFontType2 and descriptor with the embedded program; and the
/// CIDToGIDMap stream when `cid_to_gid` is given.
fn embedded_font(cmap: &[(char, u16)], cid_to_gid: Option<Vec<u8>>) -> Vec<Vec<u8>> {
    let map = if cid_to_gid.is_some() { "/CIDToGIDMap 9 0 R" } else { "/CIDToGIDMap /Identity" };
    let mut objects = vec![
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [6 0 R] >>".to_vec(),
        format!("<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 {map} >>").into_bytes(),
        b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 6 /FontBBox [0 -141 1000 859] /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 /FontFile2 8 0 R >>".to_vec(),
        pdf_writer::stream("", &pdf_writer::truetype_with_cmap(cmap)),
    ];
    objects.extend(cid_to_gid.map(|m| pdf_writer::stream("", &m)));
    objects
}

fn the_page_cmap() -> Vec<(char, u16)> {
    glyph_order().into_iter().map(|c| (c, glyph_of(c))).collect()
}

#[test]
fn a_subset_font_without_tounicode_reads_through_its_own_cmap() {
    let extra = Extra { font: Some(embedded_font(&the_page_cmap(), None)), ..Extra::default() };
    check_pdf("embedded cmap", &table_pdf_with("Identity-H", glyph_codes, &extra));
}

#[test]
fn a_cid_to_gid_map_stream_is_followed() {
    let max_cid = 300 + glyph_order().len() + 1;
    let map: Vec<u8> = (0..=max_cid).flat_map(|cid| (cid.saturating_sub(300) as u16).to_be_bytes()).collect();
    let extra = Extra { font: Some(embedded_font(&the_page_cmap(), Some(map))), ..Extra::default() };
    check_pdf("CIDToGIDMap", &table_pdf_with("Identity-H", shifted_codes, &extra));
}

#[test]
fn a_radical_sharing_a_glyph_does_not_replace_the_ideograph() {
    // CJK fonts draw the Kangxi radical ⼀ (U+2F00) with the glyph of 一 (U+4E00), and
    // the radical comes first in code order; the text is the ideograph.
    let mut cmap = the_page_cmap();
    let (_, g) = *cmap.iter().find(|(c, _)| *c == '目').expect("目 is printed");
    cmap.push(('\u{2F6C}', g)); // KANGXI RADICAL EYE
    let extra = Extra { font: Some(embedded_font(&cmap, None)), ..Extra::default() };
    check_pdf("radical", &table_pdf_with("Identity-H", glyph_codes, &extra));
}

#[test]
fn a_subset_font_without_any_cmap_is_reported_as_unreadable_text() {
    // Nothing maps its glyphs to text: the note says so (not "scanned pages").
    let extra = Extra { font: Some(embedded_font(&[], None)), ..Extra::default() };
    let loaded = load(&table_pdf_with("Identity-H", glyph_codes, &extra), Some(Format::Pdf), None).expect("loads");
    let note = loaded.note.expect("a note about the undecodable text");
    assert!(note.contains("no Unicode text"), "{note}");
}
