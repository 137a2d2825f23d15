//! The PDF reader's font cache (vendor/pdf-extract, patched to keep fonts for the whole
//! document): a resource name that means one font on one page and another font on
//! the next must decode each page with its own font.

#[path = "common/pdf_writer.rs"]
mod pdf_writer;

use jixiao::read::{load, Format};

/// A PDF whose pages each print the byte `A` with font resource `/F1`, where `/F1`
/// is a different font dictionary on each page, each with its own ToUnicode CMap
/// mapping `A` to the page's character. Written by hand: objects, then the xref
/// table with each object's byte offset.
fn pdf_with_pages(chars: &[char], shared_font: bool) -> Vec<u8> {
    let n = chars.len();
    // Objects: 1 catalog, 2 pages; then per page i: page, content, font, cmap.
    let mut objects: Vec<String> = Vec::new();
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 3 + 4 * i)).collect();
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".into());
    objects.push(format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")));
    for (i, ch) in chars.iter().enumerate() {
        let base = 3 + 4 * i;
        // With `shared_font`, every page names the first page's font dictionary.
        let font = if shared_font { 5 } else { base + 2 };
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 {font} 0 R >> >> /Contents {} 0 R >>",
            base + 1
        ));
        let content = "BT /F1 12 Tf 72 700 Td (AA) Tj ET";
        objects.push(format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()));
        objects.push(format!("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode {} 0 R >>", base + 3));
        let cmap = format!(
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CMapName /P{i} def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\nendcodespacerange\n1 beginbfchar\n<41> <{:04X}>\nendbfchar\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend",
            *ch as u32
        );
        objects.push(format!("<< /Length {} >>\nstream\n{cmap}\nendstream", cmap.len()));
    }
    pdf_writer::write_pdf(&objects)
}

fn page_texts(bytes: &[u8]) -> Vec<String> {
    let loaded = load(bytes, Some(Format::Pdf), None).expect("a readable PDF");
    loaded.grid.rows.iter().map(|r| r.cells.iter().map(|c| c.text.as_str()).collect::<String>()).collect()
}

#[test]
fn the_same_font_name_on_another_page_decodes_with_that_pages_font() {
    let texts = page_texts(&pdf_with_pages(&['甲', '乙', '丙'], false));
    assert_eq!(texts, vec!["甲甲", "乙乙", "丙丙"]);
}

#[test]
fn pages_sharing_one_font_dictionary_decode_alike() {
    // Every page's /F1 is the first page's font (object 5): its CMap maps A to 甲.
    let texts = page_texts(&pdf_with_pages(&['甲', '乙', '丙'], true));
    assert_eq!(texts, vec!["甲甲", "甲甲", "甲甲"]);
}

/// A seed PDF with its fonts' ToUnicode maps taken out (each `/ToUnicode n 0 R` blanked
/// with spaces, so the cross-reference offsets hold): its subset fonts then give glyph
/// numbers, control characters and Latin look-alikes, instead of text.
fn seed_without_tounicode() -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/001_3c5feb4450205158.pdf");
    let mut bytes = std::fs::read(path).unwrap();
    let mut blanked = 0;
    let mut i = 0;
    while let Some(at) = bytes[i..].windows(11).position(|w| w == b"/ToUnicode ").map(|p| p + i) {
        let end = at + bytes[at..].windows(2).position(|w| w == b" R").unwrap() + 2;
        bytes[at..end].fill(b' ');
        blanked += 1;
        i = end;
    }
    assert!(blanked > 0, "the seed PDF maps its fonts with ToUnicode");
    bytes
}

#[test]
fn fonts_without_unicode_maps_give_one_finding_instead_of_garbage() {
    let opts = jixiao::ParseOptions::default();
    let filing = jixiao::parse_bytes(&seed_without_tounicode(), &opts).unwrap();
    assert!(filing.projects.is_empty());
    let codes: Vec<&str> = filing.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["S001"], "{:?}", filing.diagnostics);
    let message = &filing.diagnostics[0].message;
    assert!(message.contains("ToUnicode") && message.contains("OCR"), "{message}");
}

#[test]
fn the_same_seed_with_its_unicode_maps_reads_as_text() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pdf/001_3c5feb4450205158.pdf");
    let loaded = load(&std::fs::read(path).unwrap(), None, None).unwrap();
    assert_eq!(loaded.note, None);
    assert!(loaded.grid.cells().any(|c| c.text.contains("项目名称")));
}
