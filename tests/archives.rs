//! Zip archives of filings (a department's attachments posted as one `.zip`): the batch
//! reader opens them like folders, one filing per member, and a member's path inside
//! the archive reads it alone.

use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

use jixiao::batch::{expand, read_many, BatchOptions};
use jixiao::{parse_bytes, parse_path, ParseOptions};

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");

/// CRC-32 (IEEE), bit by bit: the zip reader checks it, and the test writes the zip
/// itself so that it can store names as raw GBK bytes, as Chinese Windows zip tools
/// do, which the zip crate's writer cannot.
fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 == 1 { (crc >> 1) ^ 0xEDB8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// A zip of stored (uncompressed) members with these raw names; `utf8` sets the
/// language-encoding flag (bit 11) on every member.
fn zip_of(members: &[(&[u8], &[u8])], utf8: bool) -> Vec<u8> {
    let flags: u16 = if utf8 { 1 << 11 } else { 0 };
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in members {
        let offset = out.len() as u32;
        let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
        let common = |buf: &mut Vec<u8>| {
            for v in [20u16, flags, 0, 0, 0] {
                buf.extend_from_slice(&v.to_le_bytes()); // version, flags, stored, time, date
            }
            for v in [crc, size, size] {
                buf.extend_from_slice(&v.to_le_bytes());
            }
            buf.extend_from_slice(&name_len.to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra length
        };
        out.extend_from_slice(b"PK\x03\x04");
        common(&mut out);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        common(&mut central);
        for v in [0u16, 0, 0] {
            central.extend_from_slice(&v.to_le_bytes()); // comment, disk, internal attrs
        }
        central.extend_from_slice(&0u32.to_le_bytes()); // external attrs
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let (at, len, n) = (out.len() as u32, central.len() as u32, members.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06\0\0\0\0");
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(Path::new(FIXTURES).join(name)).unwrap()
}

fn tmp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("jixiao-archives-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn gbk(s: &str) -> Vec<u8> {
    encoding_rs::GBK.encode(s).0.into_owned()
}

fn project_names(bytes: &[u8]) -> Vec<String> {
    let filing = parse_bytes(bytes, &ParseOptions::default()).unwrap();
    filing.projects.iter().map(|p| p.name.clone().unwrap_or_default()).collect()
}

#[test]
fn a_zip_in_a_folder_is_read_member_by_member() {
    let dir = tmp_dir("folder");
    let (docx, html) = (fixture("docx/001_3c5feb4450205158.docx"), fixture("html/000_745e885c1d9c7d4d.html"));
    let (name1, name2) = (gbk("项目支出绩效目标表.docx"), gbk("附件/表2.html"));
    let zip = zip_of(&[(&name1, &docx), (b"__MACOSX/._x.docx", b"junk"), (b"sub/", b""), (&name2, &html), (b".DS_Store", b"junk")], false);
    std::fs::write(dir.join("a_bundle.zip"), zip).unwrap();
    std::fs::write(dir.join("b_alone.html"), &html).unwrap();

    let paths = expand(&[dir.display().to_string()]).unwrap();
    let shown: Vec<String> = paths.iter().map(|p| p.strip_prefix(&dir).unwrap().display().to_string()).collect();
    assert_eq!(shown, ["a_bundle.zip/项目支出绩效目标表.docx", "a_bundle.zip/附件/表2.html", "b_alone.html"]);

    let records = read_many(&paths, &BatchOptions::default(), &AtomicBool::new(false), &|_, _| {}).unwrap();
    let names = |i: usize| -> Vec<String> {
        let filing = records[i].result.as_ref().unwrap();
        filing.projects.iter().map(|p| p.name.clone().unwrap_or_default()).collect()
    };
    assert_eq!(names(0), project_names(&docx));
    assert_eq!(names(1), project_names(&html));
    assert_eq!(names(1), names(2));
    assert!(!names(0).is_empty() && !names(1).is_empty());
    assert_eq!(records[0].source, paths[0].display().to_string());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_members_path_reads_that_member_alone() {
    let dir = tmp_dir("member");
    let html = fixture("html/000_745e885c1d9c7d4d.html");
    std::fs::write(dir.join("bundle.zip"), zip_of(&[("表.html".as_bytes(), &html)], true)).unwrap();
    let filing = parse_path(&dir.join("bundle.zip/表.html"), &ParseOptions::default()).unwrap();
    let names: Vec<String> = filing.projects.iter().map(|p| p.name.clone().unwrap_or_default()).collect();
    assert_eq!(names, project_names(&html));

    let missing = parse_path(&dir.join("bundle.zip/无.html"), &ParseOptions::default()).unwrap_err();
    assert_eq!(missing.kind(), "not_found");
    // A member over the size cap is refused while it inflates.
    let small = ParseOptions { max_bytes: 100, ..ParseOptions::default() };
    assert_eq!(parse_path(&dir.join("bundle.zip/表.html"), &small).unwrap_err().kind(), "too_large");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_archive_given_as_one_filing_says_what_it_holds() {
    let zip = zip_of(&[(b"a.pdf", b"%PDF-1.4"), (b"b.xls", b"x"), (b"c.doc", b"x"), (b"d.txt", b"x")], false);
    let err = parse_bytes(&zip, &ParseOptions::default()).unwrap_err();
    assert_eq!(err.kind(), "archive");
    let message = err.to_string();
    assert!(message.contains("4 files (a.pdf, b.xls, c.doc, …)") && message.contains("jixiao.read"), "{message}");

    // OpenDocument is a zip too, but one document: it says what to do instead.
    let odt = zip_of(&[(b"mimetype", b"application/vnd.oasis.opendocument.text"), (b"content.xml", b"<x/>")], false);
    let err = parse_bytes(&odt, &ParseOptions::default()).unwrap_err();
    assert!(err.kind() == "unsupported" && err.to_string().contains("OpenDocument"), "{err}");

    let rar = parse_bytes(b"Rar!\x1a\x07\x01\x00 and then binary", &ParseOptions::default()).unwrap_err();
    assert_eq!(rar.kind(), "unsupported");
    assert!(rar.to_string().contains("rar archive"), "{rar}");
}

#[test]
fn office_packages_named_zip_are_not_opened_as_archives() {
    let dir = tmp_dir("office");
    let docx = fixture("docx/001_3c5feb4450205158.docx");
    std::fs::write(dir.join("table.zip"), &docx).unwrap();
    let paths = expand(&[dir.display().to_string()]).unwrap();
    assert_eq!(paths, [dir.join("table.zip")]);
    let filing = parse_path(&paths[0], &ParseOptions::default()).unwrap();
    assert_eq!(filing.format, "docx");
    let _ = std::fs::remove_dir_all(&dir);
}
