//! A broken sheet in an XLS workbook. calamine parses every sheet of an XLS when it
//! opens the workbook, so one sheet with a broken record (a helper sheet cut short, a
//! string index past the table, a record too short for its type) fails the whole
//! workbook, where an XLSX reads its other sheets (`xlsx_sheets::isolated`). On such
//! a failure each sheet in turn is cut after its first record and the workbook opened
//! again: the sheet whose cut lets it open is the broken one. It is left out and
//! said (S008) as in an XLSX, and the other sheets are read.
//!
//! (Written here rather than taken from calamine: it has no per-sheet open for XLS.)

use super::xls_records::{u16_at, BOF, EOF};

/// Sheets tried at most: each try parses the whole workbook again, and a workbook
/// this broken past its first sheets is not worth more.
const MAX_TRIES: usize = 64;

/// `stream` with the sheet whose records start at `offset` cut to nothing: an EOF
/// record written over the record after its BOF, in place, so that the offsets of
/// the sheets after it stay right. None when no BOF stands there or there is no room.
fn cut_sheet(stream: &[u8], offset: usize) -> Option<Vec<u8>> {
    if u16_at(stream, offset)? != BOF {
        return None;
    }
    let after = offset.checked_add(4 + u16_at(stream, offset + 2)? as usize)?;
    if after.checked_add(4)? > stream.len() {
        return None;
    }
    let mut cut = stream.to_vec();
    cut[after..after + 4].copy_from_slice(&[EOF.to_le_bytes()[0], EOF.to_le_bytes()[1], 0, 0]);
    Some(cut)
}

/// The first sheet (its index in `offsets`, workbook order) whose cut lets `open`
/// read the workbook, with what `open` made of it. None when no one cut does (the
/// break is in the workbook's globals, or in two sheets): the workbook's error stands.
pub(super) fn without_broken_sheet<W>(
    stream: &[u8],
    offsets: &[Option<usize>],
    mut open: impl FnMut(Vec<u8>) -> Option<W>,
) -> Option<(usize, W)> {
    let mut tried: Vec<usize> = Vec::new();
    for (index, offset) in offsets.iter().enumerate() {
        // (Sheets sharing an offset share their records: one cut serves them all.)
        let Some(offset) = *offset else { continue };
        if tried.contains(&offset) || tried.len() >= MAX_TRIES {
            continue;
        }
        tried.push(offset);
        if let Some(wb) = cut_sheet(stream, offset).and_then(&mut open) {
            return Some((index, wb));
        }
    }
    None
}

#[cfg(test)]
#[path = "xls_isolate_tests.rs"]
mod tests;
