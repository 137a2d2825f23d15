//! A workbook of two project sheets (tests/fixtures/probe10/two_sheets.xls) with one
//! record of a sheet broken: its first shared-string cell retyped as a FORMULA record,
//! too short for one, which calamine refuses when it opens the workbook. Fails on the
//! old reader: the whole workbook was a Malformed error.

use crate::read::{load, xls_container, xls_records};
use crate::{parse_bytes, Error, ParseOptions};

const LABEL_SST: u16 = 0x00FD;
const FORMULA: u16 = 0x0006;

fn two_sheets() -> Vec<u8> {
    std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/probe10/two_sheets.xls")).unwrap()
}

/// The workbook with sheet `index`'s first LABELSST record retyped as a FORMULA.
fn broken(index: usize) -> Vec<u8> {
    let (mut stream, name) = xls_container::workbook_stream(&two_sheets()).unwrap();
    retype_first_label(&mut stream, index);
    xls_container::repack(&stream, name).unwrap()
}

fn retype_first_label(stream: &mut [u8], index: usize) {
    let mut at = xls_records::scan(stream, 100_000).offsets[index].unwrap();
    loop {
        let typ = xls_records::u16_at(stream, at).unwrap();
        if typ == LABEL_SST {
            break;
        }
        at += 4 + xls_records::u16_at(stream, at + 2).unwrap() as usize;
    }
    stream[at..at + 2].copy_from_slice(&FORMULA.to_le_bytes());
}

#[test]
fn a_broken_sheet_leaves_the_other_sheet_read_and_is_said() {
    let f = parse_bytes(&broken(1), &ParseOptions::default()).unwrap();
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("再生资源回收市场管理经费")]);
    assert_eq!(f.projects[0].indicators.len(), 6);
    let s008: Vec<&str> = f.diagnostics.iter().filter(|d| d.code == "S008").map(|d| d.message.as_str()).collect();
    assert_eq!(s008.len(), 1, "{:#?}", f.diagnostics);
    assert!(s008[0].contains("could not read"), "{s008:?}");
    // The first sheet broken: the second is read.
    let f = parse_bytes(&broken(0), &ParseOptions::default()).unwrap();
    let names: Vec<_> = f.projects.iter().map(|p| p.name.as_deref()).collect();
    assert_eq!(names, [Some("出差管理经费")]);
}

#[test]
fn a_workbook_broken_in_two_sheets_still_fails() {
    // No one cut mends it: the workbook's own error stands.
    let (mut stream, name) = xls_container::workbook_stream(&broken(1)).unwrap();
    retype_first_label(&mut stream, 0);
    let err = load(&xls_container::repack(&stream, name).unwrap(), None, None).unwrap_err();
    assert!(matches!(err, Error::Malformed { .. }), "{err:?}");
}

/// Damage anywhere in the stream (bytes flipped, lengths rewritten, cut short) is an
/// error or a read, never a panic, with the cut-and-retry path taken on the way: the
/// many failing opens of each try are contained like the first.
#[test]
fn damaged_sheets_are_read_or_refused_never_a_panic() {
    let (stream, name) = xls_container::workbook_stream(&two_sheets()).unwrap();
    let mut state = 0x1234_5678_9ABC_DEF0u64;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n.max(1) as u64) as usize
    };
    let (mut read, mut said) = (0, 0);
    for _ in 0..300 {
        let mut s = stream.clone();
        for _ in 0..1 + next(4) {
            let i = next(s.len() - 2);
            match next(3) {
                0 => s[i] ^= 1 << next(8),
                1 => s[i..i + 2].copy_from_slice(&(next(0x1_0000) as u16).to_le_bytes()),
                _ => s.truncate(i.max(s.len() * 3 / 4)),
            }
        }
        if let Ok(f) = parse_bytes(&xls_container::repack(&s, name).unwrap(), &ParseOptions::default()) {
            read += 1;
            said += usize::from(f.diagnostics.iter().any(|d| d.code == "S008"));
        }
    }
    // Most damage leaves something to read, and some of it a sheet left out and said.
    assert!(read > 100 && said > 0, "read {read}, said {said}");
}
