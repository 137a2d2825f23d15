//! Zip packages (DOCX, XLSX) under caps. A zip's headers state sizes, but a hostile
//! file can lie, so every byte is counted as it comes out of the inflater and reading
//! stops at the cap: memory stays bounded whatever the archive claims.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use super::{malformed, over_limit, zip_bomb, Format, Limits};
use crate::error::{Error, Result};

pub type Archive<'a> = ZipArchive<Cursor<&'a [u8]>>;

/// Tell DOCX from XLSX by their main part. Sniffing must not fail, so a broken
/// archive falls back to the member names in the first local headers.
pub fn sniff_package(bytes: &[u8]) -> Format {
    main_part(bytes).unwrap_or_else(|| sniff_broken(bytes))
}

/// DOCX or XLSX by the main part the zip's directory lists; None when it lists
/// neither (a plain archive, or a zip too broken to open).
pub fn main_part(bytes: &[u8]) -> Option<Format> {
    let zip = ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut docx = false;
    for name in zip.file_names().map(|n| n.unwrap_or_default()) {
        if name == "xl/workbook.xml" || name == "xl/workbook.bin" {
            return Some(Format::Xlsx);
        }
        docx |= name == "word/document.xml";
    }
    docx.then_some(Format::Docx)
}

/// A zip whose directory names no main part: guessed from the member names in the
/// first local headers.
fn sniff_broken(bytes: &[u8]) -> Format {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    if head.windows(3).any(|w| w == b"xl/") {
        Format::Xlsx
    } else {
        Format::Docx
    }
}

/// Open a package, refusing one with too many members.
pub fn open<'a>(bytes: &'a [u8], format: Format, limits: &Limits) -> Result<Archive<'a>> {
    let zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| malformed(format, format!("not a readable zip package: {e}")))?;
    if zip.len() > limits.max_zip_entries {
        return Err(over_limit(format, "number of zip entries", limits.max_zip_entries as u64));
    }
    Ok(zip)
}

/// A reader that fails once more than `budget` bytes came through it. The error is an
/// `io::Error` (what `Read` can return) carrying [`OverBudget`], turned back into
/// [`Error::ZipBomb`] by [`io_error`].
pub struct Capped<R> {
    inner: R,
    left: u64,
}

#[derive(Debug)]
pub struct OverBudget;

impl std::fmt::Display for OverBudget {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("decompressed size over the cap")
    }
}

impl std::error::Error for OverBudget {}

impl<R: Read> Capped<R> {
    pub fn new(inner: R, budget: u64) -> Self {
        Capped { inner, left: budget }
    }

    pub fn left(&self) -> u64 {
        self.left
    }

    /// Bytes inflated elsewhere under the same budget (another member read meanwhile).
    pub fn spend(&mut self, n: u64) {
        self.left = self.left.saturating_sub(n);
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Ask for one byte more than allowed so that reaching the cap exactly is fine
        // and going past it is noticed.
        let want = buf.len().min(self.left.saturating_add(1).min(usize::MAX as u64) as usize);
        let n = self.inner.read(&mut buf[..want])?;
        if n as u64 > self.left {
            self.left = 0;
            return Err(std::io::Error::other(OverBudget));
        }
        self.left -= n as u64;
        Ok(n)
    }
}

/// Map an I/O error out of a capped member back to the crate's error.
pub fn io_error(format: Format, limits: &Limits, e: &std::io::Error) -> Error {
    if e.get_ref().is_some_and(|inner| inner.is::<OverBudget>()) {
        zip_bomb(format, limits.max_unpacked_bytes)
    } else {
        malformed(format, e)
    }
}

/// Read one member whole, within what is left of the budget (which it lowers).
pub fn read_member(zip: &mut Archive<'_>, name: &str, format: Format, limits: &Limits, budget: &mut u64) -> Result<Option<Vec<u8>>> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(e) => return Err(malformed(format, format!("{name}: {e}"))),
    };
    let mut capped = Capped::new(file, *budget);
    let mut out = Vec::new();
    capped.read_to_end(&mut out).map_err(|e| io_error(format, limits, &e))?;
    *budget = capped.left();
    Ok(Some(out))
}

/// Inflate every member, counting: the whole package must stay under the cap. Used
/// before handing a package to a library that opens members itself. The members
/// `keep` names (their names without a leading '/') go to `take` whole; the others
/// are inflated to nowhere.
pub fn check_package(
    bytes: &[u8],
    format: Format,
    limits: &Limits,
    keep: impl Fn(&str) -> bool,
    mut take: impl FnMut(&str, Vec<u8>),
) -> Result<()> {
    let mut zip = open(bytes, format, limits)?;
    let mut left = limits.max_unpacked_bytes;
    let mut sink = [0u8; 64 * 1024];
    for i in 0..zip.len() {
        let file = zip.by_index(i).map_err(|e| malformed(format, format!("zip entry {i}: {e}")))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().map(|n| n.trim_start_matches('/').to_string()).unwrap_or_default();
        let mut capped = Capped::new(file, left);
        if keep(&name) {
            let mut out = Vec::new();
            capped.read_to_end(&mut out).map_err(|e| io_error(format, limits, &e))?;
            take(&name, out);
        } else {
            loop {
                match capped.read(&mut sink) {
                    Ok(0) => break,
                    Ok(_) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(e) => return Err(io_error(format, limits, &e)),
                }
            }
        }
        left = capped.left();
    }
    Ok(())
}
