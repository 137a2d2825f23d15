//! XLSX/XLS → cells with calamine. Every visible sheet that holds a target table (a
//! header cell 一级指标/三级指标/指标值 or a 项目名称 key) is read, in workbook order;
//! budget workbooks carry many other sheets (收支总表, 基本支出…) that are skipped.
//!
//! XLSX cells are streamed (`worksheet_cells_reader`) into a sparse map rather than
//! read as a dense `Range`: a hostile sheet with cells at A1 and XFD1048576 would make
//! a dense range of 17 billion cells. Merged regions keep their value in the top-left
//! cell only. Numbers print the way a person reads them: integers without ".0",
//! percentages (a `%` number format: calamine exposes it for XLSX, and for XLS it is
//! read from the records in `xls_records`) as "95%", date serials as dates.

use std::collections::{BTreeMap, HashSet};
use std::io::Cursor;
use std::panic::{catch_unwind, AssertUnwindSafe};

use calamine::{open_workbook_from_rs, DataType, Dimensions, ExcelDateTime, Reader, SheetVisible, Xls, Xlsx};

use super::grid::{CellStyle, Grid, GridBuilder};
use super::xls_container;
use super::xls_records::{self, Printed, XlsFormats};
use super::zip_limits;
use super::{malformed, over_limit, Format, Limits};
use crate::error::Result;

/// One sheet, sparse: row → (col → text).
type Sheet = BTreeMap<u32, BTreeMap<u32, String>>;

pub fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<Grid> {
    if format == Format::Xlsx {
        zip_limits::check_package(bytes, format, limits)?;
    }
    // calamine is not fuzz-hardened; a panic on a broken file must become an error.
    let sheets = catch_unwind(AssertUnwindSafe(|| match format {
        Format::Xls => read_xls(bytes, limits),
        _ => read_xlsx(bytes, limits),
    }))
    .map_err(|_| malformed(format, "the workbook reader failed on this file"))??;
    let mut out = GridBuilder::default();
    for sheet in sheets.iter().filter(|s| holds_targets(s)) {
        emit(sheet, &mut out);
    }
    Ok(out.finish(CellStyle::Table))
}

fn read_xlsx(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>> {
    let f = Format::Xlsx;
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| malformed(f, e))?;
    let names: Vec<String> =
        wb.sheets_metadata().iter().filter(|s| s.visible == SheetVisible::Visible).map(|s| s.name.clone()).collect();
    let mut out = Vec::new();
    let mut n_cells = 0usize;
    for name in names {
        let merges = wb.merge_cells_by_sheet_name(&name).map_err(|e| malformed(f, e))?;
        let mut sheet = Sheet::new();
        {
            let mut cells = wb.worksheet_cells_reader(&name).map_err(|e| malformed(f, e))?;
            // Which styles print numbers as percentages or as dates in 年/月/日.
            let styles: Vec<Option<Printed>> = cells
                .styles()
                .iter()
                .map(|s| Printed::of(s.number_format.as_ref().map_or("", |n| n.format_code.as_str())))
                .collect();
            while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(|e| malformed(f, e))? {
                let text = text_of(cell.get_value(), styles.get(style).and_then(Option::as_ref));
                if !text.is_empty() {
                    n_cells += 1;
                    if n_cells > limits.max_cells {
                        return Err(over_limit(f, "number of cells", limits.max_cells as u64));
                    }
                    let (r, c) = cell.get_position();
                    sheet.entry(r).or_default().insert(c, text);
                }
            }
        }
        blank_merged(&mut sheet, &merges);
        out.push(sheet);
    }
    Ok(out)
}

/// Every visible sheet, unfiltered. pub(super) for the record tests: their small
/// workbooks in non-Chinese code pages cannot spell a target header for `read` to keep.
pub(super) fn read_xls(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>> {
    let f = Format::Xls;
    // calamine reads a fresh container holding only the workbook stream
    // (xls_container says why). The stream's records are walked first (xls_records):
    // for the number formats calamine does not expose, and for the sheet sizes it
    // would allocate before our cell count could stop it.
    let (stream, name) = xls_container::workbook_stream(bytes)
        .ok_or_else(|| malformed(f, "the OLE2 container is damaged or holds no Workbook stream"))?;
    let scan = xls_records::scan(&stream, limits.max_cells);
    if scan.cells_laid_out > limits.max_cells as u64 {
        return Err(over_limit(f, "number of cells", limits.max_cells as u64));
    }
    let repacked =
        xls_container::repack(&stream, name).ok_or_else(|| malformed(f, "the workbook stream could not be copied"))?;
    drop(stream); // calamine reads the repacked copy: one copy of the stream is enough.
    let mut wb: Xls<_> = open_workbook_from_rs(Cursor::new(repacked)).map_err(|e| malformed(f, e))?;
    // Sheets are matched by position (both list one per BOUNDSHEET record) and name: a
    // mismatch means the walk went wrong, and its formats are not used.
    let mut formats = scan.formats;
    let meta = wb.sheets_metadata();
    if formats.sheets.len() != meta.len() || formats.sheets.iter().zip(meta).any(|(a, b)| a.name != b.name) {
        formats = XlsFormats::default();
    }
    let visible: Vec<(usize, String)> = meta
        .iter()
        .enumerate()
        .filter(|(_, s)| s.visible == SheetVisible::Visible)
        .map(|(i, s)| (i, s.name.clone()))
        .collect();
    let mut out = Vec::new();
    let mut n_cells = 0usize;
    for (index, name) in visible {
        let merges = wb.merge_cells_by_sheet_name(&name).unwrap_or_default();
        let range = wb.worksheet_range(&name).map_err(|e| malformed(f, e))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut sheet = Sheet::new();
        for (r, c, v) in range.used_cells() {
            let (r, c) = (r0 + r as u32, c0 + c as u32);
            let text = text_of(v, formats.printed(index, r, c));
            if !text.is_empty() {
                n_cells += 1;
                if n_cells > limits.max_cells {
                    return Err(over_limit(f, "number of cells", limits.max_cells as u64));
                }
                sheet.entry(r).or_default().insert(c, text);
            }
        }
        blank_merged(&mut sheet, &merges);
        out.push(sheet);
    }
    Ok(out)
}

/// Only the top-left cell of a merged region keeps its value (a writer may copy it).
fn blank_merged(sheet: &mut Sheet, merges: &[Dimensions]) {
    let mut covered = HashSet::new();
    for m in merges {
        for (&r, row) in sheet.range(m.start.0..=m.end.0) {
            for (&c, _) in row.range(m.start.1..=m.end.1) {
                if (r, c) != m.start {
                    covered.insert((r, c));
                }
            }
        }
    }
    for (r, c) in covered {
        if let Some(row) = sheet.get_mut(&r) {
            row.remove(&c);
        }
    }
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn holds_targets(sheet: &Sheet) -> bool {
    sheet.values().flat_map(|r| r.values()).any(|t| {
        let k = squeeze(t);
        matches!(k.as_str(), "一级指标" | "三级指标" | "指标值") || k.starts_with("项目名称")
    })
}

/// Rows in order, columns from the sheet's leftmost used column, so that a table
/// starting in column B still lines up with one starting in column A.
fn emit(sheet: &Sheet, out: &mut GridBuilder) {
    let left = sheet.values().filter_map(|r| r.keys().next()).min().copied().unwrap_or(0);
    for row in sheet.values() {
        let Some(&last) = row.keys().next_back() else { continue };
        let mut cells = vec![String::new(); (last - left + 1) as usize];
        for (&c, text) in row {
            cells[(c - left) as usize] = text.clone();
        }
        out.push_cells(cells);
    }
}

/// A number format that prints a percentage: a `%` outside quotes and escapes.
pub(super) fn is_percent(code: &str) -> bool {
    let mut quoted = false;
    let mut escaped = false;
    for ch in code.chars() {
        match ch {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            '%' if !quoted => return true,
            _ => {}
        }
    }
    false
}

/// A number as printed: no float noise, no ".0" on integers.
pub fn fmt_number(x: f64) -> String {
    if !x.is_finite() {
        return String::new();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{}", x as i64);
    }
    let s = format!("{x:.10}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

fn fmt_date(dt: &ExcelDateTime, cn_date: Option<&str>) -> String {
    if !dt.is_datetime() {
        return fmt_number(dt.as_f64());
    }
    let (y, m, d, hh, mm, ss, _) = dt.to_ymd_hms_milli();
    if let Some(code) = cn_date {
        let mut s = format!("{y}年");
        if code.contains('月') {
            s.push_str(&format!("{m}月"));
        }
        if code.contains('日') {
            s.push_str(&format!("{d}日"));
        }
        return s;
    }
    if dt.as_f64() < 1.0 {
        return format!("{hh:02}:{mm:02}:{ss:02}");
    }
    let date = format!("{y:04}-{m:02}-{d:02}");
    if (hh, mm, ss) == (0, 0, 0) {
        date
    } else {
        format!("{date} {hh:02}:{mm:02}")
    }
}

/// A cell's text as Excel prints it, for calamine's XLSX cells and XLS ranges alike:
/// `style` says when a number prints as a percentage or a 年/月/日 date.
fn text_of(v: &impl DataType, style: Option<&Printed>) -> String {
    let percent = style == Some(&Printed::Percent);
    let cn_date = match style {
        Some(Printed::CnDate(code)) => Some(code.as_str()),
        _ => None,
    };
    let number = v.get_int().map(|i| i as f64).or_else(|| v.get_float());
    let text = if let Some(x) = number.filter(|_| percent) {
        format!("{}%", fmt_number(x * 100.0))
    } else if let Some(i) = v.get_int() {
        i.to_string()
    } else if let Some(x) = v.get_float() {
        fmt_number(x)
    } else if let Some(s) = v.get_string().or_else(|| v.get_datetime_iso()).or_else(|| v.get_duration_iso()) {
        s.to_string()
    } else if let Some(b) = v.get_bool() {
        if b { "TRUE" } else { "FALSE" }.to_string()
    } else if let Some(dt) = v.get_datetime() {
        fmt_date(&dt, cn_date)
    } else if let Some(e) = v.get_error() {
        e.to_string()
    } else {
        String::new()
    };
    text.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_read() {
        assert_eq!(fmt_number(263.0), "263");
        assert_eq!(fmt_number(0.95 * 100.0), "95");
        assert_eq!(fmt_number(67.2), "67.2");
        assert_eq!(fmt_number(-0.0), "0");
        assert!(is_percent("0.00%") && !is_percent("\"%\"0") && !is_percent("0.00"));
    }
}
