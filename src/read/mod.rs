//! read: bytes → cells. Knows about files, encodings and cell separators; knows
//! nothing about indicators.

pub mod archive;
pub mod contained;
pub mod csv_text;
pub mod decode;
pub mod doc;
mod doc_notes;
mod doc_props;
pub mod docx;
mod docx_chunks;
mod docx_nested;
mod docx_notes;
mod docx_styles;
mod docx_symbols;
mod font_gaps;
pub mod grid;
mod hidden_text;
pub mod html;
mod laid_out;
mod laid_out_columns;
mod laid_out_detect;
mod laid_out_fullness;
mod laid_out_pages;
mod laid_out_pushed;
mod line_stream;
mod markdown;
mod mht;
mod page_grid;
pub mod pdf;
mod pdf_columns;
mod pdf_pages;
mod pdf_rotation;
pub mod pdf_table;
mod pipe_lines;
mod pipe_rows;
pub mod text;
mod xls;
mod xls_container;
mod xls_isolate;
mod xls_records;
pub mod xlsx;
mod xlsx_formulas;
mod xlsx_hidden;
mod xlsx_sheets;
pub mod zip_limits;

use std::path::Path;

use crate::chars::TrimWs;
use crate::error::{Error, Result};

pub use decode::Decoded;
pub use grid::{Cell, CellStyle, Grid, Row};

/// Default cap on the size of one input (configurable per call).
pub const DEFAULT_MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Caps against hostile files, checked while reading (never taken from what a file
/// claims about itself).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Size of the input itself.
    pub max_bytes: u64,
    /// Bytes inflated out of a zip package (DOCX/XLSX), all members together.
    pub max_unpacked_bytes: u64,
    /// Members of a zip package.
    pub max_zip_entries: usize,
    /// Element nesting of XML and HTML.
    pub max_depth: usize,
    /// Cells in one grid (a spreadsheet or a span can claim millions).
    pub max_cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_bytes: DEFAULT_MAX_BYTES,
            max_unpacked_bytes: 256 * 1024 * 1024,
            max_zip_entries: 10_000,
            max_depth: 256,
            max_cells: 5_000_000,
        }
    }
}

/// The errors of the readers, built in one place.
pub(crate) fn malformed(format: Format, detail: impl std::fmt::Display) -> Error {
    Error::Malformed { format: format.as_str().to_string(), detail: detail.to_string() }
}

pub(crate) fn zip_bomb(format: Format, limit: u64) -> Error {
    Error::ZipBomb { format: format.as_str().to_string(), limit }
}

pub(crate) fn over_limit(format: Format, what: &str, limit: u64) -> Error {
    Error::Limit { format: format.as_str().to_string(), what: what.to_string(), limit }
}

/// Formats the readers understand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Doc,
    Docx,
    Xlsx,
    Xls,
    Html,
    Pdf,
}

impl Format {
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Doc => "doc",
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    pub fn from_name(name: &str) -> Result<Format> {
        Ok(match name.trim_ws().to_ascii_lowercase().trim_start_matches('.') {
            "text" | "txt" => Format::Text,
            "doc" => Format::Doc,
            "docx" => Format::Docx,
            "xlsx" => Format::Xlsx,
            "xls" => Format::Xls,
            "html" | "htm" => Format::Html,
            "pdf" => Format::Pdf,
            other => return Err(Error::UnknownFormat(other.to_string())),
        })
    }

    /// Sniff by magic bytes; text is the fallback.
    pub fn sniff(bytes: &[u8]) -> Format {
        // PDF writers may put junk before the header; readers accept it in the first KiB.
        if memchr::memmem::find(&bytes[..bytes.len().min(1024)], b"%PDF-").is_some() {
            Format::Pdf
        } else if bytes.starts_with(b"PK\x03\x04") {
            zip_limits::sniff_package(bytes)
        } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            // Word and Excel share the compound file; its streams tell them apart.
            if doc::is_doc(bytes) {
                Format::Doc
            } else {
                Format::Xls
            }
        } else if html::looks_like_html(bytes) {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// Reject what is plainly not a text filing: control characters (NULs included) are
/// rare in real text and everywhere in binary files.
fn check_text(text: &str) -> Result<()> {
    // A sample of the first 8 KiB, counted on UTF-8 bytes in passes the compiler
    // vectorises (this reads the whole of most files): a char starts at every byte that
    // is not a continuation byte; the controls outside ASCII are C1 (U+0080–U+009F =
    // C2 80–C2 9F) and U+FFFD (EF BF BD), the mark of bytes that did not decode.
    let mut end = text.len().min(8192);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = &text.as_bytes()[..end];
    // Branch-free, so that the loops vectorise; byte-wide flags first (16 or 32 lanes
    // a step), since nearly every file has no control byte at all.
    let is_control = |b: u8| u8::from((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0x0C) | (b == 0x7F));
    let any_ascii = sample.chunks(64).any(|chunk| chunk.iter().fold(0u8, |acc, &b| acc | is_control(b)) != 0);
    let ascii: usize = if any_ascii { sample.iter().map(|&b| usize::from(is_control(b))).sum() } else { 0 };
    let after = |i: usize, n: usize| sample.get(i + 1..i + 1 + n).unwrap_or(&[]);
    let c1 = memchr::memchr_iter(0xC2, sample).filter(|&i| after(i, 1).first().is_some_and(|b| (0x80..=0x9F).contains(b))).count();
    let replaced = memchr::memchr_iter(0xEF, sample).filter(|&i| after(i, 2) == [0xBF, 0xBD]).count();
    let controls = ascii + c1 + replaced;
    if controls == 0 {
        return Ok(());
    }
    let seen: usize = sample.iter().map(|&b| usize::from(b & 0xC0 != 0x80)).sum();
    if controls * 20 > seen {
        return Err(Error::Binary(format!("{controls} control characters in the first {seen} characters")));
    }
    Ok(())
}

/// What a reader hands to the layout engine.
///
/// For text, `Cell.line` is the line of the decoded text. The structured formats have
/// no text lines, so there `line` is the row's 1-based position among the rows the
/// reader emitted in reading order (paragraphs and table rows alike).
#[derive(Debug, Clone)]
pub struct Loaded {
    pub format: Format,
    /// Text encoding, for text-based formats (text, HTML).
    pub encoding: Option<String>,
    pub grid: Grid,
    /// Something the reader could not do that the user should hear about, e.g. a PDF
    /// with no text layer (scanned pages need OCR). The grid is then empty.
    pub note: Option<String>,
    /// What the reader saw in the file but could not read into cells (reported by
    /// S008), in reading order.
    pub unread: Vec<Unread>,
}

/// Something in the file that holds content the reader could not read, e.g. a
/// spreadsheet formula whose result was never saved: its cell reads empty, and the
/// user must hear why rather than see a value vanish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// The grid line where it stands (its cell's row, or the row after the text
    /// before it).
    pub line: usize,
    /// What it is and why it was not read, for the user.
    pub message: String,
    /// Where it is in the file and what it holds ("绩效目标!D5: =SUM(D2:D4)").
    pub snippet: String,
    /// Left out on purpose, as the file prints (a spreadsheet's hidden rows, columns
    /// and sheets of target tables, a Word document's hidden text), not for want of a
    /// way to read it: S010 (info) says so, not S008.
    pub hidden: bool,
}

/// Bytes of any supported format → the common cell grid, with the default [`Limits`].
/// The one entry point of the read stage.
pub fn load(bytes: &[u8], format: Option<Format>, encoding: Option<&str>) -> Result<Loaded> {
    load_with(bytes, format, encoding, &Limits::default())
}

/// [`load`] with explicit caps.
pub fn load_with(bytes: &[u8], format: Option<Format>, encoding: Option<&str>, limits: &Limits) -> Result<Loaded> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    if bytes.len() as u64 > limits.max_bytes {
        return Err(Error::TooLarge { size: bytes.len() as u64, limit: limits.max_bytes });
    }
    // A zip's directory is read once here: an Office package names its format by
    // its main part; a zip naming none is a plain archive (or ODF, or broken).
    let mut format = format;
    if format.is_none() {
        if bytes.starts_with(b"PK\x03\x04") {
            format = zip_limits::main_part(bytes);
            if format.is_none() {
                if let Some(e) = archive::archive_error(bytes) {
                    return Err(e);
                }
            }
        } else if bytes.starts_with(b"Rar!\x1a\x07") || bytes.starts_with(b"7z\xbc\xaf\x27\x1c") {
            let kind = if bytes[0] == b'R' { "rar" } else { "7z" };
            return Err(Error::Unsupported(format!("{kind} archive (unpack it first; zip archives are opened)")));
        }
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    let structured = |(grid, unread): (Grid, Vec<Unread>)| Loaded { format, encoding: None, grid, note: None, unread };
    match format {
        Format::Text => {
            let (format, decoded) = decode_input(bytes, Some(format), encoding)?;
            let grid = text::split_cells(&decoded.text);
            Ok(Loaded { format, encoding: Some(decoded.encoding), grid, note: None, unread: Vec::new() })
        }
        Format::Doc => doc::read(bytes, limits).map(structured),
        Format::Docx => docx::read(bytes, limits).map(structured),
        Format::Xlsx | Format::Xls => xlsx::read(bytes, format, limits).map(structured),
        Format::Html => {
            let (grid, enc) = html::read(bytes, encoding, limits)?;
            Ok(Loaded { format, encoding: Some(enc), grid, note: None, unread: Vec::new() })
        }
        Format::Pdf => {
            let (grid, note) = pdf::read(bytes, limits)?;
            Ok(Loaded { format, encoding: None, grid, note, unread: Vec::new() })
        }
    }
}

/// Bytes → decoded text, with the format checked. Text formats only: the structured
/// formats go through [`load`].
pub fn decode_input(bytes: &[u8], format: Option<Format>, encoding: Option<&str>) -> Result<(Format, Decoded)> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    if format != Format::Text {
        return Err(Error::Unsupported(format.as_str().to_string()));
    }
    let decoded = decode::decode(bytes, encoding)?;
    if decoded.text.trim_ws().is_empty() {
        return Err(Error::Empty);
    }
    check_text(&decoded.text)?;
    Ok((format, decoded))
}

pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let meta = match std::fs::metadata(path) {
        Ok(meta) => meta,
        Err(e) if matches!(e.kind(), std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory) => {
            // Not on disk: maybe a member of a zip archive ("bundle.zip/表1.pdf"), the
            // names the batch reader gives archive members (a path through a file is
            // NotADirectory).
            let limits = Limits { max_bytes, ..Limits::default() };
            return archive::read_member_path(path, &limits).unwrap_or_else(|| Err(Error::NotFound(path.to_path_buf())));
        }
        Err(e) => return Err(Error::Io { path: path.to_path_buf(), source: e }),
    };
    if meta.is_dir() {
        return Err(Error::IsADirectory(path.to_path_buf()));
    }
    if meta.len() > max_bytes {
        return Err(Error::TooLarge { size: meta.len(), limit: max_bytes });
    }
    std::fs::read(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })
}

#[cfg(test)]
mod tests {
    use super::check_text;

    #[test]
    fn check_text_tells_binary_by_its_control_characters() {
        assert!(check_text("项目名称\t医保\r\n数量指标\t≥95%\n").is_ok());
        assert!(check_text(&"\u{0}\u{1}ab".repeat(100)).is_err());
        // C1 controls and replacement characters count too (mis-decoded bytes).
        assert!(check_text(&"\u{85}\u{9F}项目".repeat(100)).is_err());
        assert!(check_text(&"\u{FFFD}\u{FFFD}目".repeat(100)).is_err());
        // Only the first 8 KiB is read.
        assert!(check_text(&("项".repeat(2731) + &"\u{0}".repeat(10_000))).is_ok());
        assert!(check_text(&("项".repeat(2000) + &"\u{0}".repeat(10_000))).is_err());
    }
}
