//! The file-format readers: DOCX, XLSX, HTML and PDF renderings of the four seed
//! filings (tests/fixtures, made by tools/make_fixtures.py from the truth) parse to
//! the same records as the truth; edge-case fixtures; hostile and broken input gives
//! clear errors and never a panic.

use std::path::{Path, PathBuf};

use jixiao::read::{self, Format, Limits};
use jixiao::{parse_path, Error, ParseOptions};
use serde_json::Value;

mod common;
use common::compare;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn truth_dir() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/spec/truth");
    p.is_dir().then_some(p)
}

fn dump(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    let loaded = read::load(&bytes, None, None).unwrap();
    loaded
        .grid
        .rows
        .iter()
        .map(|r| format!("{:>4} {}", r.line, r.cells.iter().map(|c| c.text.replace('\n', "⏎")).collect::<Vec<_>>().join(" ‖ ")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Parse a fixture and compare with a seed's truth; returns the differences.
fn diffs_for(fixture: &Path, stem: &str) -> Option<Vec<String>> {
    let truth_dir = truth_dir()?;
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(truth_dir.join(format!("{stem}.json"))).unwrap()).unwrap();
    let filing = parse_path(fixture, &ParseOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", fixture.display()));
    let got = serde_json::to_value(&filing).unwrap();
    let mut diffs = Vec::new();
    compare("filing", &truth, &got, &mut diffs);
    if std::env::var_os("JIXIAO_DUMP").is_some() {
        eprintln!("{}\n{}", fixture.display(), dump(fixture));
    }
    Some(diffs)
}

fn check(format: &str, seed: &str) {
    let dir = fixtures().join(format);
    let Some(file) = std::fs::read_dir(&dir)
        .ok()
        .and_then(|mut d| d.find_map(|e| e.ok().map(|e| e.path()).filter(|p| p.file_name().unwrap().to_string_lossy().starts_with(seed))))
    else {
        panic!("no {format} fixture for seed {seed} in {}", dir.display());
    };
    let stem = file.file_stem().unwrap().to_string_lossy().to_string();
    let Some(diffs) = diffs_for(&file, &stem) else {
        eprintln!("skipped: ../shared/spec/truth is not present beside the repository");
        return;
    };
    let filing = parse_path(&file, &ParseOptions::default()).unwrap();
    assert_eq!(filing.format, format, "{}", file.display());
    assert!(diffs.is_empty(), "{format} {stem}: {} differences from the truth:\n{}", diffs.len(), diffs.join("\n"));
}

macro_rules! golden {
    ($($name:ident: $format:literal $seed:literal;)*) => {$(
        #[test]
        fn $name() {
            check($format, $seed);
        }
    )*};
}

golden! {
    docx_000: "docx" "000"; docx_001: "docx" "001"; docx_002: "docx" "002"; docx_004: "docx" "004";
    xlsx_000: "xlsx" "000"; xlsx_001: "xlsx" "001"; xlsx_002: "xlsx" "002"; xlsx_004: "xlsx" "004";
    html_000: "html" "000"; html_001: "html" "001"; html_002: "html" "002"; html_004: "html" "004";
    pdf_000: "pdf" "000"; pdf_001: "pdf" "001"; pdf_002: "pdf" "002"; pdf_004: "pdf" "004";
}

// ------------------------------------------------------------------ edge cases

fn load_file(rel: &str) -> jixiao::Result<read::Loaded> {
    read::load(&std::fs::read(fixtures().join(rel)).unwrap(), None, None)
}

#[test]
fn vertically_merged_level1_over_eight_rows() {
    for rel in ["extra/vmerge8.docx", "extra/vmerge8.html", "extra/vmerge8.xlsx", "extra/vmerge8.pdf"] {
        let filing = parse_path(&fixtures().join(rel), &ParseOptions::default()).unwrap();
        assert_eq!(filing.projects.len(), 1, "{rel}");
        let inds = &filing.projects[0].indicators;
        assert_eq!(inds.len(), 9, "{rel}: {inds:#?}");
        assert!(inds[..8].iter().all(|i| i.level1_raw == "产出指标"), "{rel}: {inds:#?}");
        assert_eq!(inds[8].level1_raw, "效益指标", "{rel}");
        assert_eq!(inds[6].value, "2024年12月", "{rel}");
    }
}

#[test]
fn gbk_html_page_declared_gb2312() {
    let path = fixtures().join("extra/gbk_001.html");
    let loaded = load_file("extra/gbk_001.html").unwrap();
    assert_eq!(loaded.format, Format::Html);
    assert_eq!(loaded.encoding.as_deref(), Some("gbk"));
    if let Some(diffs) = diffs_for(&path, "001_3c5feb4450205158") {
        assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    }
}

#[test]
fn workbook_with_an_unrelated_sheet_first() {
    let path = fixtures().join("extra/other_sheet_first_001.xlsx");
    let loaded = load_file("extra/other_sheet_first_001.xlsx").unwrap();
    assert!(loaded.grid.cells().all(|c| !c.text.contains("收支总表")), "the unrelated sheet was read");
    if let Some(diffs) = diffs_for(&path, "001_3c5feb4450205158") {
        assert!(diffs.is_empty(), "{}", diffs.join("\n"));
    }
}

#[test]
fn xls_workbook_reads_like_xlsx() {
    let path = fixtures().join("extra/001_3c5feb4450205158.xls");
    assert_eq!(load_file("extra/001_3c5feb4450205158.xls").unwrap().format, Format::Xls);
    // The percentages (1 in a `0%` format prints "100%") come from the XLS records,
    // which calamine does not expose: no difference from the truth is tolerated.
    let Some(diffs) = diffs_for(&path, "001_3c5feb4450205158") else { return };
    assert!(diffs.is_empty(), "{} differences from the truth:\n{}", diffs.len(), diffs.join("\n"));
}

#[test]
fn xls_numbers_print_with_their_formats() {
    // tools/make_xls_percent_fixture.py: RK, NUMBER and MULRK cells in percent,
    // Chinese-date, quoted-% and general formats, on a sheet with a UTF-16 name.
    let loaded = load_file("extra/xls_number_formats.xls").unwrap();
    let rows: Vec<Vec<&str>> = loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect()).collect();
    let expect: Vec<Vec<&str>> = vec![
        vec!["指标", "指标值"],
        vec!["whole", "100%"],
        vec!["fraction", "95%"],
        vec!["two places", "12.34%"],
        vec!["plain", "263"],
        vec!["quoted", "1.5"],
        vec!["date", "2024年12月31日"],
        vec!["", "90%", "2", "25%"],
    ];
    assert_eq!(rows, expect);
}

#[test]
fn scanned_pdf_says_ocr_is_needed() {
    let loaded = load_file("extra/scanned.pdf").unwrap();
    assert_eq!(loaded.format, Format::Pdf);
    assert!(loaded.grid.rows.is_empty());
    assert!(loaded.note.as_deref().is_some_and(|n| n.contains("OCR")), "{:?}", loaded.note);
    let filing = parse_path(&fixtures().join("extra/scanned.pdf"), &ParseOptions::default()).unwrap();
    assert!(filing.projects.is_empty());
    let s001 = filing.diagnostics.iter().find(|d| d.code == "S001").expect("an S001 finding");
    assert!(s001.message.contains("OCR"), "{}", s001.message);
}

#[test]
fn zip_bomb_is_refused_while_inflating() {
    let bytes = std::fs::read(fixtures().join("extra/bomb.docx")).unwrap();
    // 8 MiB of XML in an 8 KiB file; the cap is lowered so the test stays small.
    let limits = Limits { max_unpacked_bytes: 1 << 20, ..Limits::default() };
    let err = read::load_with(&bytes, None, None, &limits).unwrap_err();
    assert_eq!(err.kind(), "zip_bomb", "{err}");
    // Under the default cap the same file reads (and holds no filing).
    assert!(read::load(&bytes, None, None).is_ok());
}

#[test]
fn xlsx_zip_bomb_is_refused_before_calamine() {
    let bytes = std::fs::read(fixtures().join("xlsx/001_3c5feb4450205158.xlsx")).unwrap();
    let limits = Limits { max_unpacked_bytes: 10_000, ..Limits::default() };
    let err = read::load_with(&bytes, None, None, &limits).unwrap_err();
    assert_eq!(err.kind(), "zip_bomb", "{err}");
}

#[test]
fn too_many_zip_entries() {
    let bytes = std::fs::read(fixtures().join("docx/001_3c5feb4450205158.docx")).unwrap();
    let limits = Limits { max_zip_entries: 3, ..Limits::default() };
    let err = read::load_with(&bytes, None, None, &limits).unwrap_err();
    assert_eq!(err.kind(), "limit", "{err}");
}

#[test]
fn truncated_docx_is_a_clear_error() {
    let bytes = std::fs::read(fixtures().join("docx/001_3c5feb4450205158.docx")).unwrap();
    let err = read::load(&bytes[..bytes.len() / 2], Some(Format::Docx), None).unwrap_err();
    assert_eq!(err.kind(), "malformed", "{err}");
    assert!(err.to_string().contains("docx"), "{err}");
    // Sniffed too: a cut DOCX is still a zip package, not text.
    let err = read::load(&bytes[..bytes.len() - 100], None, None).unwrap_err();
    assert_eq!(err.kind(), "malformed", "{err}");
}

#[test]
fn deep_html_nesting_is_refused() {
    let page = format!("<html><body>{}项目名称{}</body></html>", "<div>".repeat(400), "</div>".repeat(400));
    let err = read::load(page.as_bytes(), None, None).unwrap_err();
    assert_eq!(err.kind(), "limit", "{err}");
}

#[test]
fn deep_docx_nesting_is_refused() {
    use std::io::Write;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
        z.start_file("word/document.xml", opts).unwrap();
        let xml = format!("<w:document xmlns:w=\"w\"><w:body>{}</w:body></w:document>", "<w:sdt>".repeat(1000) + &"</w:sdt>".repeat(1000));
        z.write_all(xml.as_bytes()).unwrap();
        z.finish().unwrap();
    }
    let err = read::load(buf.get_ref(), None, None).unwrap_err();
    assert_eq!(err.kind(), "limit", "{err}");
}

#[test]
fn formats_are_sniffed_from_bytes() {
    for (rel, format) in [
        ("docx/001_3c5feb4450205158.docx", Format::Docx),
        ("xlsx/001_3c5feb4450205158.xlsx", Format::Xlsx),
        ("html/001_3c5feb4450205158.html", Format::Html),
        ("pdf/001_3c5feb4450205158.pdf", Format::Pdf),
        ("extra/gbk_001.html", Format::Html),
    ] {
        let bytes = std::fs::read(fixtures().join(rel)).unwrap();
        assert_eq!(Format::sniff(&bytes), format, "{rel}");
    }
    assert_eq!(Format::sniff(b"  <table><tr><td>x</td></tr></table>"), Format::Html);
    assert_eq!(Format::sniff("项目名称\tA\n".as_bytes()), Format::Text);
}

#[test]
fn wrong_bytes_for_a_forced_format_are_errors() {
    let text = "项目名称\tA\n一级指标\t二级指标\t三级指标\t指标值\n".as_bytes();
    for f in [Format::Docx, Format::Xlsx, Format::Xls, Format::Pdf] {
        let err = read::load(text, Some(f), None).unwrap_err();
        assert_eq!(err.kind(), "malformed", "{f:?}: {err}");
    }
    assert!(matches!(read::load(b"", Some(Format::Pdf), None), Err(Error::Empty)));
}

// ------------------------------------------------------------------ never panic

/// xorshift64*: deterministic mutations without a dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(src: &[u8], rng: &mut Rng) -> Vec<u8> {
    let mut b = src.to_vec();
    match rng.below(5) {
        0 => b.truncate(rng.below(b.len())),
        1 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(b.len());
                b[i] ^= 1 << rng.below(8);
            }
        }
        2 => {
            let i = rng.below(b.len());
            let n = rng.below(64).min(b.len() - i);
            for x in &mut b[i..i + n] {
                *x = rng.next() as u8;
            }
        }
        3 => {
            let i = rng.below(b.len());
            let n = rng.below(256).min(b.len() - i);
            let chunk = b[i..i + n].to_vec();
            let at = rng.below(b.len());
            b.splice(at..at, chunk);
        }
        _ => {
            let i = rng.below(b.len());
            let n = rng.below(512).min(b.len() - i);
            b.drain(i..i + n);
        }
    }
    b
}

fn fuzz(rel: &str, format: Format, copies: usize) {
    let src = std::fs::read(fixtures().join(rel)).unwrap();
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ src.len() as u64);
    for _ in 0..copies {
        let m = mutate(&src, &mut rng);
        // Forced and sniffed: both must come back, as records or as an error.
        let _ = read::load(&m, Some(format), None);
        if Format::sniff(&m) != format {
            let _ = read::load(&m, None, None);
        }
    }
}

#[test]
fn docx_reader_never_panics() {
    fuzz("docx/002_f456bd2ab518867e.docx", Format::Docx, 300);
}

#[test]
fn xlsx_reader_never_panics() {
    fuzz("xlsx/002_f456bd2ab518867e.xlsx", Format::Xlsx, 300);
}

#[test]
fn html_reader_never_panics() {
    fuzz("html/002_f456bd2ab518867e.html", Format::Html, 300);
    fuzz("extra/gbk_001.html", Format::Html, 100);
}

#[test]
fn pdf_reader_never_panics() {
    fuzz("pdf/002_f456bd2ab518867e.pdf", Format::Pdf, 300);
    fuzz("extra/scanned.pdf", Format::Pdf, 100);
}

#[test]
fn xls_reader_never_panics() {
    // Garbage behind the CFB magic must fail cleanly.
    let mut rng = Rng(7);
    for _ in 0..200 {
        let mut b = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        b.extend((0..rng.below(4096)).map(|_| rng.next() as u8));
        let _ = read::load(&b, None, None);
    }
    // Damaged real workbooks reach the BIFF record walk behind calamine.
    fuzz("extra/001_3c5feb4450205158.xls", Format::Xls, 300);
    fuzz("extra/xls_number_formats.xls", Format::Xls, 300);
}

/// Rough speed per format (release: `cargo test --release --no-default-features --test
/// readers -- --ignored --nocapture`).
#[test]
#[ignore]
fn reader_speed() {
    for format in ["docx", "xlsx", "html", "pdf"] {
        let files: Vec<Vec<u8>> =
            std::fs::read_dir(fixtures().join(format)).unwrap().map(|e| std::fs::read(e.unwrap().path()).unwrap()).collect();
        let rounds = 20;
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            for b in &files {
                read::load(b, None, None).unwrap();
            }
        }
        let read_s = t.elapsed().as_secs_f64();
        let t = std::time::Instant::now();
        for _ in 0..rounds {
            for b in &files {
                jixiao::parse_bytes(b, &ParseOptions::default()).unwrap();
            }
        }
        let parse_s = t.elapsed().as_secs_f64();
        let n = (rounds * files.len()) as f64;
        let kb = files.iter().map(Vec::len).sum::<usize>() as f64 / files.len() as f64 / 1024.0;
        eprintln!("{format}: {:.0} files/s read, {:.0} files/s parsed (avg {kb:.0} KiB)", n / read_s, n / parse_s);
    }
}
