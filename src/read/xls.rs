//! XLS (BIFF5/BIFF8 in an OLE2 container) → sheets of cells with calamine, for
//! `xlsx::read`, which keeps the sheets holding target tables. The stream is taken
//! out of its container (`xls_container`) and walked for number formats, hidden rows
//! and sheet sizes (`xls_records`); a sheet with a broken record is left out and said
//! rather than failing the workbook (`xls_isolate`).

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Reader, SheetVisible, Xls};

use super::xls_records::{self, XlsFormats};
use super::xlsx::{blank_merged, side_by_side, text_of, Sheet, UNREAD_MARK};
use super::xlsx_sheets::{isolated, HiddenSheet, SheetRead};
use super::{malformed, over_limit, xls_container, xls_isolate, Format, Limits};
use crate::error::Result;

/// Every visible sheet, unfiltered. pub(super) for the record tests: their small
/// workbooks in non-Chinese code pages cannot spell a target header for `read` to keep.
#[cfg(test)]
pub(super) fn read_xls(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>> {
    Ok(read_xls_named(bytes, limits)?.into_iter().map(|(_, s)| s).collect())
}

/// Each visible sheet's parts with the sheet's name, and the hidden sheets' notes.
pub(super) fn read_xls_named(bytes: &[u8], limits: &Limits) -> Result<Vec<(String, Sheet)>> {
    let f = Format::Xls;
    // calamine reads a fresh container holding only the workbook stream
    // (xls_container says why). The stream's records are walked first (xls_records):
    // for the number formats calamine does not expose, and for the sheet sizes it
    // would allocate before our cell count could stop it.
    let (stream, name) =
        xls_container::workbook_stream(bytes).ok_or_else(|| malformed(f, "the OLE2 container is damaged or holds no Workbook stream"))?;
    let scan = xls_records::scan(&stream, limits.max_cells);
    if scan.cells_laid_out > limits.max_cells as u64 {
        return Err(over_limit(f, "number of cells", limits.max_cells as u64));
    }
    // (calamine reads the repacked copy: one copy of the stream is enough, and the
    // stream is taken out again only if the workbook will not open.)
    let offsets = scan.offsets;
    // The sheet left out, and its error: the workbook's own, should no visible sheet
    // be read (as `xlsx::read_xlsx` keeps it).
    let (mut wb, broken_at, mut failed) = match open(stream, name) {
        Ok(wb) => (wb, None, None),
        Err(error) => {
            let found = xls_container::workbook_stream(bytes)
                .and_then(|(stream, _)| xls_isolate::without_broken_sheet(&stream, &offsets, |cut| open(cut, name).ok()));
            match found {
                Some((index, wb)) => (wb, Some(index), Some(error)),
                None => return Err(error),
            }
        }
    };
    // Sheets are matched by position (both list one per BOUNDSHEET record) and name: a
    // mismatch means the walk went wrong, and its formats are not used.
    let mut formats = scan.formats;
    let meta = wb.sheets_metadata();
    if formats.sheets.len() != meta.len() || formats.sheets.iter().zip(meta).any(|(a, b)| a.name != b.name) {
        formats = XlsFormats::default();
    }
    let sheets: Vec<(usize, String, bool)> =
        meta.iter().enumerate().map(|(i, s)| (i, s.name.clone(), s.visible == SheetVisible::Visible)).collect();
    let mut out = Vec::new();
    let mut n_cells = 0usize;
    let mut any_read = false;
    for (index, name, visible) in sheets {
        if broken_at == Some(index) {
            // A broken hidden sheet stays unsaid, as in an XLSX; a visible one is said
            // where it stood.
            if let (true, Some(error)) = (visible, failed.take()) {
                if let SheetRead::Failed { part, error } = isolated::<()>(Ok(Err(error)), &name, f)? {
                    out.push(part);
                    failed = Some(error);
                }
            }
            continue;
        }
        if !visible {
            // The workbook's cells, hidden sheets' too, were counted by the walk above; a
            // broken hidden sheet must not stop a workbook that read before.
            let Ok(range) = wb.worksheet_range(&name) else { continue };
            let mut seen = HiddenSheet::default();
            for (_, _, v) in range.used_cells() {
                if !seen.take(&text_of(v, None)) {
                    break;
                }
            }
            out.extend(seen.note(&name));
            continue;
        }
        let merges = wb.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let range = wb.worksheet_range(&name).map_err(|e| malformed(f, e))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut sheet = Sheet::new();
        for (r, c, v) in range.used_cells() {
            let (r, c) = (r0 + r as u32, c0 + c as u32);
            let text = text_of(v, formats.printed(index, r, c));
            let text = text.trim_start_matches(UNREAD_MARK);
            if !text.is_empty() {
                n_cells += 1;
                if n_cells > limits.max_cells {
                    return Err(over_limit(f, "number of cells", limits.max_cells as u64));
                }
                sheet.entry(r).or_default().insert(c, text.to_string());
            }
        }
        blank_merged(&mut sheet, &merges);
        for mut part in side_by_side(sheet, &merges) {
            if let Some(sheet) = formats.sheets.get(index) {
                sheet.hidden.apply(&mut part, &name);
            }
            out.push((name.clone(), part));
        }
        any_read = true;
    }
    match failed {
        Some(error) if !any_read => Err(error),
        _ => Ok(out),
    }
}

/// calamine's reading of `stream` repacked into a container of its own (a panic on
/// a broken record becomes an error).
fn open(stream: Vec<u8>, name: &str) -> Result<Xls<Cursor<Vec<u8>>>> {
    let f = Format::Xls;
    let repacked = xls_container::repack(&stream, name).ok_or_else(|| malformed(f, "the workbook stream could not be copied"))?;
    drop(stream);
    super::contained::contained(|| open_workbook_from_rs(Cursor::new(repacked)))
        .map_err(|_| malformed(f, "the workbook reader failed on this file"))?
        .map_err(|e| malformed(f, e))
}
