//! Tests of the workbook reader (xlsx.rs).

use super::*;

#[test]
fn numbers_print_as_read() {
    assert_eq!(fmt_number(263.0), "263");
    assert_eq!(fmt_number(0.95 * 100.0), "95");
    assert_eq!(fmt_number(67.2), "67.2");
    assert_eq!(fmt_number(-0.0), "0");
    assert!(is_percent("0.00%") && !is_percent("\"%\"0") && !is_percent("0.00"));
}

/// How the XLSX reader prints each (numFmtId, value): a workbook whose sheet holds
/// the header 指标值 and one number per row, each in a cellXfs style that names a
/// built-in id with no numFmt element (as Excel writes built-ins) unless `num_fmts`
/// (the styles' numFmts element) holds one.
fn xlsx_builtins_print(cells: &[(u32, f64)], num_fmts: &str) -> Vec<String> {
    use std::io::Write;
    const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const RELS: &str = "http://schemas.openxmlformats.org/package/2006/relationships";
    const DOC: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let xfs: String = cells.iter().map(|(id, _)| format!(r#"<xf numFmtId="{id}"/>"#)).collect();
    let rows: String = cells
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!(r#"<row r="{0}"><c r="A{0}" s="{1}"><v>{v}</v></c></row>"#, i + 2, i + 1))
        .collect();
    let parts = [
        (
            "[Content_Types].xml",
            r#"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#.to_string(),
        ),
        ("_rels/.rels", format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>"#)),
        ("xl/workbook.xml", format!(r#"<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet name="S" sheetId="1" r:id="r1"/></sheets></workbook>"#)),
        (
            "xl/_rels/workbook.xml.rels",
            format!(r#"<Relationships xmlns="{RELS}"><Relationship Id="r1" Type="{DOC}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="r2" Type="{DOC}/styles" Target="styles.xml"/></Relationships>"#),
        ),
        ("xl/styles.xml", format!(r#"<styleSheet xmlns="{MAIN}">{num_fmts}<cellXfs><xf numFmtId="0"/>{xfs}</cellXfs></styleSheet>"#)),
        (
            "xl/worksheets/sheet1.xml",
            format!(r#"<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>指标值</t></is></c></row>{rows}</sheetData></worksheet>"#),
        ),
    ];
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, xml) in parts {
        zip.start_file(name, stored).unwrap();
        zip.write_all(xml.as_bytes()).unwrap();
    }
    let bytes = zip.finish().unwrap().into_inner();
    let grid = read(&bytes, Format::Xlsx, &Limits::default()).unwrap().0;
    assert_eq!(grid.rows[0].cells[0].text, "指标值");
    grid.rows[1..].iter().map(|r| r.cells[0].text.clone()).collect()
}

/// 45292 is 2024-01-01. calamine reads the zh-CN built-ins as dates but gives no
/// code: those written with 年 print as their codes do (`Printed::of`), the rest as
/// other dates do. The XLS reader prints the same (xls_records_tests).
#[test]
fn zh_cn_builtin_dates_print_as_dates() {
    let ids = [27u32, 31, 36, 50, 52, 57, 28, 29, 30, 51, 53, 54, 58];
    let (ym, plain) = ("2024年1月", "2024-01-01");
    assert_eq!(
        xlsx_builtins_print(&ids.map(|id| (id, 45292.0)), ""),
        [ym, "2024年1月1日", ym, ym, ym, ym, plain, plain, plain, plain, plain, plain, plain]
    );
}

#[test]
fn zh_cn_builtin_times_print_as_times() {
    let ids = [32u32, 33, 34, 35, 55, 56];
    assert_eq!(xlsx_builtins_print(&ids.map(|id| (id, 0.75)), ""), ["18:00:00"; 6]);
}

/// Ids outside the locale ranges stay numbers; a numFmt element that names a
/// locale id keeps its own code (here a plain number format).
#[test]
fn other_builtin_ids_stay_numbers() {
    let ids = [2u32, 26, 37, 49, 59];
    assert_eq!(xlsx_builtins_print(&ids.map(|id| (id, 45292.0)), ""), ["45292"; 5]);
    let own = r#"<numFmts count="1"><numFmt numFmtId="27" formatCode="0.0"/></numFmts>"#;
    assert_eq!(xlsx_builtins_print(&[(27, 45292.0)], own), ["45292"]);
}
