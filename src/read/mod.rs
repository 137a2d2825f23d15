//! read: bytes → cells. Knows about files, encodings and cell separators; knows
//! nothing about indicators.

pub mod decode;
pub mod grid;
pub mod text;

use std::path::Path;

use crate::error::{Error, Result};

pub use decode::Decoded;
pub use grid::{Cell, CellStyle, Grid, Row};

/// Default cap on the size of one input (configurable per call).
pub const DEFAULT_MAX_BYTES: u64 = 512 * 1024 * 1024;

/// Formats the readers understand. Only text is readable in this release; the others
/// are recognised so that they get a clear error instead of being decoded as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
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
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Xls => "xls",
            Format::Html => "html",
            Format::Pdf => "pdf",
        }
    }

    pub fn from_name(name: &str) -> Result<Format> {
        Ok(match name.trim().to_ascii_lowercase().trim_start_matches('.') {
            "text" | "txt" => Format::Text,
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
        if bytes.starts_with(b"%PDF") {
            Format::Pdf
        } else if bytes.starts_with(b"PK\x03\x04") {
            // Both are zip packages; the member names tell them apart.
            let head = &bytes[..bytes.len().min(4096)];
            if head.windows(3).any(|w| w == b"xl/") {
                Format::Xlsx
            } else {
                Format::Docx
            }
        } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            Format::Xls
        } else {
            Format::Text
        }
    }
}

/// Reject what is plainly not a text filing: control characters (NULs included) are
/// rare in real text and everywhere in binary files.
fn check_text(text: &str) -> Result<()> {
    let sample: Vec<char> = text.chars().take(8192).collect();
    let controls = sample
        .iter()
        .filter(|c| (c.is_control() && !matches!(**c, '\t' | '\n' | '\r' | '\u{0C}')) || **c == '\u{FFFD}')
        .count();
    if controls * 20 > sample.len() {
        return Err(Error::Binary(format!("{controls} control characters in the first {} characters", sample.len())));
    }
    Ok(())
}

/// What a reader hands to the layout engine.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub format: Format,
    /// Text encoding, for text-based formats.
    pub encoding: Option<String>,
    pub grid: Grid,
}

/// Bytes of any supported format → the common cell grid. The one entry point of the
/// read stage.
pub fn load(bytes: &[u8], format: Option<Format>, encoding: Option<&str>) -> Result<Loaded> {
    let (format, decoded) = decode_input(bytes, format, encoding)?;
    Ok(Loaded { format, encoding: Some(decoded.encoding), grid: text::split_cells(&decoded.text) })
}

/// Bytes → decoded text, with the format checked.
pub fn decode_input(bytes: &[u8], format: Option<Format>, encoding: Option<&str>) -> Result<(Format, Decoded)> {
    if bytes.is_empty() {
        return Err(Error::Empty);
    }
    let format = format.unwrap_or_else(|| Format::sniff(bytes));
    if format != Format::Text {
        return Err(Error::Unsupported(format.as_str().to_string()));
    }
    let decoded = decode::decode(bytes, encoding)?;
    if decoded.text.trim().is_empty() {
        return Err(Error::Empty);
    }
    check_text(&decoded.text)?;
    Ok((format, decoded))
}

pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(path.to_path_buf()),
        _ => Error::Io { path: path.to_path_buf(), source: e },
    })?;
    if meta.is_dir() {
        return Err(Error::IsADirectory(path.to_path_buf()));
    }
    if meta.len() > max_bytes {
        return Err(Error::TooLarge { size: meta.len(), limit: max_bytes });
    }
    std::fs::read(path).map_err(|e| Error::Io { path: path.to_path_buf(), source: e })
}
