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

use calamine::{open_workbook_from_rs, Data, DataRef, Dimensions, ExcelDateTime, Reader, SheetVisible, Xls, Xlsx};

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
            let styles: Vec<(bool, Option<String>)> = cells
                .styles()
                .iter()
                .map(|s| {
                    let code = s.number_format.as_ref().map(|n| n.format_code.as_str()).unwrap_or("");
                    (is_percent(code), code.contains('年').then(|| code.to_string()))
                })
                .collect();
            while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(|e| malformed(f, e))? {
                let (percent, cn_date) = styles.get(style).cloned().unwrap_or((false, None));
                let text = text_of_ref(cell.get_value(), percent, cn_date.as_deref());
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

fn read_xls(bytes: &[u8], limits: &Limits) -> Result<Vec<Sheet>> {
    let f = Format::Xls;
    // calamine reads a fresh container holding only the workbook stream
    // (xls_container says why). The stream's records are walked first (xls_records):
    // for the number formats calamine does not expose, and for the sheet sizes it
    // would allocate before our cell count could stop it.
    let (stream, name) = xls_container::workbook_stream(bytes)
        .ok_or_else(|| malformed(f, "the OLE2 container is damaged or holds no Workbook stream"))?;
    let scan =
        xls_records::scan(&stream, limits.max_cells).ok_or_else(|| malformed(f, "the workbook records are damaged"))?;
    if scan.cells_laid_out > limits.max_cells as u64 {
        return Err(over_limit(f, "number of cells", limits.max_cells as u64));
    }
    let repacked =
        xls_container::repack(&stream, name).ok_or_else(|| malformed(f, "the workbook stream could not be copied"))?;
    let mut wb: Xls<_> = open_workbook_from_rs(Cursor::new(repacked)).map_err(|e| malformed(f, e))?;
    // Sheets are matched by position (both list one per BOUNDSHEET record) and name: a
    // mismatch means the walk went wrong, and its formats are not used.
    let mut formats = scan.formats;
    let meta = wb.sheets_metadata();
    if formats.sheets.len() != meta.len() || formats.sheets.iter().zip(meta).any(|(a, b)| a.name != b.name) {
        formats = XlsFormats::default();
    }
    let visible: Vec<(usize, String)> = wb
        .sheets_metadata()
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
            let text = match formats.printed(index, r, c) {
                Some(Printed::Percent) => text_of(v, true, None),
                Some(Printed::CnDate(code)) => text_of(v, false, Some(code)),
                None => text_of(v, false, None),
            };
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

fn text_of_ref(v: &DataRef<'_>, percent: bool, cn_date: Option<&str>) -> String {
    let text = match v {
        DataRef::Int(i) if percent => format!("{}%", fmt_number(*i as f64 * 100.0)),
        DataRef::Float(x) if percent => format!("{}%", fmt_number(x * 100.0)),
        DataRef::Int(i) => i.to_string(),
        DataRef::Float(x) => fmt_number(*x),
        DataRef::String(s) => s.clone(),
        DataRef::SharedString(s) => s.to_string(),
        DataRef::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        DataRef::DateTime(dt) => fmt_date(dt, cn_date),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => s.clone(),
        DataRef::Error(e) => e.to_string(),
        DataRef::Empty => String::new(),
    };
    text.trim().to_string()
}

/// As [`text_of_ref`], for the cells of calamine's XLS ranges.
fn text_of(v: &Data, percent: bool, cn_date: Option<&str>) -> String {
    let text = match v {
        Data::Int(i) if percent => format!("{}%", fmt_number(*i as f64 * 100.0)),
        Data::Float(x) if percent => format!("{}%", fmt_number(x * 100.0)),
        Data::Int(i) => i.to_string(),
        Data::Float(x) => fmt_number(*x),
        Data::String(s) => s.clone(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_string(),
        Data::DateTime(dt) => fmt_date(dt, cn_date),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => e.to_string(),
        Data::Empty => String::new(),
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
