//! Zip archives of filings: budget disclosures are often posted as one `.zip` of the
//! department's attachments (PDF, DOC, XLS ...). An archive is not one filing, so the
//! batch reader treats it as a folder: each member is read as its own filing, named
//! `archive.zip/member/path`. The same name given to [`read_member_path`] (and so to
//! `jixiao.parse`) reads that one member.
//!
//! A DOCX or XLSX is a zip too, and so is an OpenDocument file; a zip is a *plain
//! archive* here only when it holds no package part (`[Content_Types].xml`, `word/`,
//! `xl/`; ODF's `mimetype`, `META-INF/manifest.xml`).

use std::fs::File;
use std::io::{BufReader, Read, Seek};
use std::path::{Path, PathBuf};

use zip::ZipArchive;

use super::zip_limits::{Capped, OverBudget};
use super::Limits;
use crate::error::{Error, Result};

/// The names of a plain archive's members that could be filings, in archive order:
/// folders, hidden files and macOS resource forks (`__MACOSX/`) left out. None when the
/// bytes are not a readable zip or are an Office package.
pub fn plain_members<R: Read + Seek>(reader: R) -> Option<Vec<String>> {
    let mut zip = ZipArchive::new(reader).ok()?;
    let mut names = Vec::with_capacity(zip.len());
    for i in 0..zip.len() {
        let file = zip.by_index_raw(i).ok()?;
        let name = member_name(file.name_raw());
        if is_package_part(&name) {
            return None;
        }
        if !file.is_dir() && !is_hidden(&name) {
            names.push(name);
        }
    }
    Some(names)
}

/// A member's name as its creator wrote it. Zip names carry no reliable encoding:
/// archives made on Chinese Windows (the 压缩 tools, Explorer) store GBK bytes without
/// the UTF-8 flag, which the zip crate would read as CP437 mojibake. Valid UTF-8 is
/// taken as it is (ASCII names included); anything else is read as GB18030, the
/// superset of GBK.
fn member_name(raw: &[u8]) -> String {
    match std::str::from_utf8(raw) {
        Ok(s) => s.to_string(),
        Err(_) => encoding_rs::GB18030.decode_without_bom_handling(raw).0.into_owned(),
    }
}

fn is_package_part(name: &str) -> bool {
    matches!(name, "[Content_Types].xml" | "mimetype" | "META-INF/manifest.xml") || name.starts_with("word/") || name.starts_with("xl/")
}

fn is_hidden(name: &str) -> bool {
    name.split('/').any(|part| part.starts_with('.') || part == "__MACOSX")
}

/// The members of the plain archive at `path`, each as `path/member`; None when the
/// file is not a plain zip archive. Only the zip's central directory is read.
pub fn member_paths(path: &Path) -> Option<Vec<PathBuf>> {
    let mut file = File::open(path).ok()?;
    let mut magic = [0u8; 4];
    file.read_exact(&mut magic).ok()?;
    if &magic != b"PK\x03\x04" {
        return None;
    }
    file.rewind().ok()?;
    let names = plain_members(BufReader::new(file))?;
    Some(names.iter().map(|name| path.join(name)).collect())
}

/// Read `archive.zip/member/path`: the longest leading part of `path` that is a
/// file must be a plain zip archive holding the rest as a member. None when no
/// leading part is a file (the path simply does not exist).
pub fn read_member_path(path: &Path, limits: &Limits) -> Option<Result<Vec<u8>>> {
    let (archive, member) = split_at_file(path)?;
    Some(read_member(&archive, &member, limits))
}

/// The first ancestor of `path` that is a regular file, and the rest of the path
/// below it joined with '/', as zip names are.
fn split_at_file(path: &Path) -> Option<(PathBuf, String)> {
    let mut rest: Vec<String> = Vec::new();
    let mut here = path;
    while let Some(parent) = here.parent() {
        rest.push(here.file_name()?.to_string_lossy().into_owned());
        if parent.as_os_str().is_empty() {
            return None;
        }
        if std::fs::metadata(parent).is_ok_and(|m| m.is_file()) {
            rest.reverse();
            return Some((parent.to_path_buf(), rest.join("/")));
        }
        here = parent;
    }
    None
}

fn read_member(archive: &Path, member: &str, limits: &Limits) -> Result<Vec<u8>> {
    let io = |e: std::io::Error| Error::Io { path: archive.to_path_buf(), source: e };
    let not_found = || Error::NotFound(archive.join(member));
    let file = File::open(archive).map_err(io)?;
    let mut zip = ZipArchive::new(BufReader::new(file)).map_err(|_| not_found())?;
    let malformed = |e: zip::result::ZipError| Error::Malformed { format: "zip".into(), detail: format!("{member}: {e}") };
    let index = (0..zip.len())
        .find(|&i| zip.by_index_raw(i).is_ok_and(|f| !f.is_dir() && member_name(f.name_raw()) == member))
        .ok_or_else(not_found)?;
    let entry = zip.by_index(index).map_err(malformed)?;
    // Counted while inflating, like the Office packages: a member's claimed size is
    // not trusted (zip bombs).
    let mut capped = Capped::new(entry, limits.max_bytes);
    let mut out = Vec::new();
    capped.read_to_end(&mut out).map_err(|e| {
        if e.get_ref().is_some_and(|inner| inner.is::<OverBudget>()) {
            Error::TooLarge { size: limits.max_bytes + 1, limit: limits.max_bytes }
        } else {
            Error::Malformed { format: "zip".into(), detail: format!("{member}: {e}") }
        }
    })?;
    Ok(out)
}

/// The error for an archive given where one filing was expected, naming a few of its
/// members so the user sees what is inside.
pub fn archive_error(bytes: &[u8]) -> Option<Error> {
    if is_open_document(bytes) {
        return Some(Error::Unsupported("OpenDocument (.odt/.ods; save it as .docx or .xlsx)".into()));
    }
    let names = plain_members(std::io::Cursor::new(bytes))?;
    let shown: Vec<&str> = names.iter().take(3).map(String::as_str).collect();
    let more = if names.len() > shown.len() { ", …" } else { "" };
    Some(Error::Archive { members: names.len(), names: format!("{}{more}", shown.join(", ")) })
}

/// An OpenDocument package starts with its stored `mimetype` member (ODF 1.2 §3.3),
/// so its name sits at a fixed offset of the first local header.
fn is_open_document(bytes: &[u8]) -> bool {
    let kind: &[u8] = b"application/vnd.oasis.opendocument";
    bytes.get(30..38) == Some(b"mimetype") && bytes.get(38..38 + kind.len()) == Some(kind)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_without_the_utf8_flag_are_read_as_gbk() {
        // "绩效目标表.txt" in GBK, as Windows' zip tools store it.
        let (gbk, _, _) = encoding_rs::GBK.encode("绩效目标表.txt");
        assert_eq!(member_name(&gbk), "绩效目标表.txt");
        assert_eq!(member_name("项目/表1.pdf".as_bytes()), "项目/表1.pdf");
    }

    #[test]
    fn hidden_members_and_office_parts_are_told_apart() {
        assert!(is_hidden("__MACOSX/._a.pdf") && is_hidden("a/.DS_Store") && !is_hidden("a/b.pdf"));
        assert!(is_package_part("word/document.xml") && is_package_part("[Content_Types].xml"));
        assert!(!is_package_part("words/a.txt"));
        let mut odf = b"PK\x03\x04".to_vec();
        odf.extend_from_slice(&[0; 22]);
        odf.extend_from_slice(b"\x08\0\0\0mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
        assert!(is_open_document(&odf));
    }
}
