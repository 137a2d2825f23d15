//! XLSX/XLS → cells with calamine. Every visible sheet that holds a target table (a
//! header cell 一级指标/三级指标/指标值 or a 项目名称 key) is read, in workbook order;
//! budget workbooks carry many other sheets (收支总表, 基本支出…) that are skipped.
//! Hidden sheets are skipped too, and so are hidden rows and columns (`xlsx_hidden`
//! for XLSX, `xls_records` for XLS): they are not part of what was published. A
//! hidden sheet that holds a target table is said (`xlsx_sheets`, S010); the many
//! helper sheets workbooks hide are not. Tables
//! side by side on one sheet are read one after the other (`side_by_side`).
//!
//! XLSX cells are streamed (`worksheet_cells_reader`) into a sparse map rather than
//! read as a dense `Range`: a hostile sheet with cells at A1 and XFD1048576 would make
//! a dense range of 17 billion cells. Merged regions keep their value in the top-left
//! cell only. Numbers print the way a person reads them: integers without ".0",
//! percentages (a `%` number format: calamine exposes it for XLSX, and for XLS it is
//! read from the records in `xls_records`) as "95%", date serials as dates.
//!
//! A formula cell with no saved result reads empty (never as its formula), and is
//! reported as [`Unread`] (`xlsx_formulas` says why).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Cursor;

use calamine::{open_workbook_from_rs, DataType, Dimensions, ExcelDateTime, NumberFormat, Reader, SheetVisible, Xlsx};

use crate::chars::TrimWs;

use super::grid::{CellStyle, Grid, GridBuilder};
use super::xls_records::{self, Printed};
use super::xlsx_formulas::col_name;
use super::xlsx_hidden::{self, SheetXml, NOTE_COL};
use super::xlsx_sheets::{is_hidden_sheet, isolated, HiddenSheet, SheetRead};
use super::{malformed, over_limit, Format, Limits, Unread};
use crate::error::Result;

/// One sheet, sparse: row → (col → text).
pub(super) type Sheet = BTreeMap<u32, BTreeMap<u32, String>>;

/// Starts the text of a cell that stands for a formula with no saved result, until
/// `emit` reports it and empties the cell: a mark in the sheet's text follows the cell
/// wherever merges, side-by-side cuts and hidden columns move it. A control character
/// that XML 1.0 text cannot hold; a real cell starting with it loses it.
pub(super) const UNREAD_MARK: char = '\u{1}';

/// After `UNREAD_MARK`: a note of hidden rows or columns left out (`xlsx_hidden`), its
/// message and snippet split by a second one.
pub(super) const HIDDEN_MARK: char = '\u{2}';

/// After `UNREAD_MARK`: a note of something not read that is not hidden (a sheet the
/// reader failed on, `xlsx_sheets`), its message and snippet split by a second one.
pub(super) const SAID_MARK: char = '\u{3}';

pub fn read(bytes: &[u8], format: Format, limits: &Limits) -> Result<(Grid, Vec<Unread>)> {
    // The package's size is checked before calamine opens it, in the pass that reads
    // the hidden rows and columns.
    let hidden = if format == Format::Xlsx { xlsx_hidden::check_and_scan(bytes, limits)? } else { HashMap::new() };
    // calamine is not fuzz-hardened; a panic on a broken file must become an error.
    let sheets = super::contained::contained(|| match format {
        Format::Xls => super::xls::read_xls_named(bytes, limits),
        _ => read_xlsx(bytes, limits, &hidden),
    })
    .map_err(|_| malformed(format, "the workbook reader failed on this file"))??;
    let mut out = GridBuilder::default();
    let mut unread = Vec::new();
    let kept: Vec<&(String, Sheet)> = sheets.iter().filter(|(_, s)| holds_targets(s) || is_hidden_sheet(s)).collect();
    for &(name, sheet) in &kept {
        // A sheet cut into tables side by side names none of them alone; a hidden
        // sheet's note is no caption.
        if !is_hidden_sheet(sheet) && kept.iter().filter(|(n, _)| n == name).count() == 1 {
            out.caption(name);
        }
        emit(sheet, &mut out, &mut unread);
    }
    Ok((out.finish(CellStyle::Table), unread))
}

/// Each visible sheet's parts (`side_by_side`) with the sheet's name, and the note of
/// each hidden sheet holding a target table (`xlsx_sheets`).
fn read_xlsx(bytes: &[u8], limits: &Limits, found: &HashMap<String, SheetXml>) -> Result<Vec<(String, Sheet)>> {
    let f = Format::Xlsx;
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| malformed(f, e))?;
    let names: Vec<(String, bool)> = wb.sheets_metadata().iter().map(|s| (s.name.clone(), s.visible == SheetVisible::Visible)).collect();
    let mut out = Vec::new();
    let mut n_cells = 0usize;
    let (mut any_read, mut failed) = (false, None);
    for (name, visible) in names {
        if !visible {
            // Read only until it is known to hold a target table, outside the cell cap,
            // and read as far as it can be: a large or broken hidden sheet must not stop
            // a workbook that read before.
            let Ok(mut cells) = wb.worksheet_cells_reader(&name) else { continue };
            let mut seen = HiddenSheet::default();
            while let Ok(Some(cell)) = cells.next_cell() {
                if !seen.take(&text_of(cell.get_value(), None)) {
                    break;
                }
            }
            out.extend(seen.note(&name));
            continue;
        }
        let read = super::contained::contained(|| read_xlsx_sheet(&mut wb, &name, found.get(&name), limits, &mut n_cells));
        let (mut sheet, merges) = match isolated(read, &name, f)? {
            SheetRead::Read(sheet) => sheet,
            SheetRead::Failed { part, error } => {
                failed.get_or_insert(error);
                out.push(part);
                continue;
            }
        };
        any_read = true;
        let found = found.get(&name);
        for u in found.map_or(&[][..], |f| &f.uncached) {
            if let std::collections::btree_map::Entry::Vacant(cell) = sheet.entry(u.row).or_default().entry(u.col) {
                let formula = if u.formula.is_empty() { "(a shared formula)".to_string() } else { format!("={}", u.formula) };
                cell.insert(format!("{UNREAD_MARK}{name}!{}{}: {formula}", col_name(u.col), u.row + 1));
            }
        }
        blank_merged(&mut sheet, &merges);
        for mut part in side_by_side(sheet, &merges) {
            if let Some(f) = found {
                f.hidden.apply(&mut part, &name);
            }
            out.push((name.clone(), part));
        }
    }
    // No visible sheet read: the workbook fails with the first sheet's error, as a
    // workbook of one broken sheet always did.
    match failed {
        Some(error) if !any_read => Err(error),
        _ => Ok(out),
    }
}

/// One visible sheet's cells (formulas with no saved result marked) and merged regions.
fn read_xlsx_sheet<RS: std::io::Read + std::io::Seek>(
    wb: &mut Xlsx<RS>,
    name: &str,
    found: Option<&SheetXml>,
    limits: &Limits,
    n_cells: &mut usize,
) -> Result<(Sheet, Vec<Dimensions>)> {
    let f = Format::Xlsx;
    // The merged regions from the size-check pass; calamine's own (a second parse of
    // the whole sheet part) only for a sheet that pass could not map to its part.
    let merges = match found {
        Some(x) => x.merges.clone(),
        None => wb.merge_cells_by_sheet_name(name).map_err(|e| malformed(f, e))?,
    };
    let mut sheet = Sheet::new();
    let mut cells = wb.worksheet_cells_reader(name).map_err(|e| malformed(f, e))?;
    // Which styles print numbers as percentages or as dates in 年/月/日.
    let styles: Vec<Option<Printed>> =
        cells.styles().iter().map(|s| Printed::of(s.number_format.as_ref().map_or("", format_code))).collect();
    while let Some((cell, style)) = cells.next_cell_with_style_id().map_err(|e| malformed(f, e))? {
        let mut text = text_of(cell.get_value(), styles.get(style).and_then(Option::as_ref));
        if text.starts_with(UNREAD_MARK) {
            text = text.trim_start_matches(UNREAD_MARK).to_string();
        }
        if !text.is_empty() {
            *n_cells += 1;
            if *n_cells > limits.max_cells {
                return Err(over_limit(f, "number of cells", limits.max_cells as u64));
            }
            let (r, c) = cell.get_position();
            sheet.entry(r).or_default().insert(c, text);
        }
    }
    Ok((sheet, merges))
}

/// Tables side by side on one sheet (two projects printed on one page, A:D and F:I)
/// read one after the other, each from its own left column, as if on sheets of their
/// own: read row by row, their rows would run together into one project. The sheet
/// is cut at empty columns that no merged cell crosses, and only when two of the parts
/// hold target tables; otherwise it stays whole (an empty spacer column inside one
/// table, a notes column beside it).
pub(super) fn side_by_side(sheet: Sheet, merges: &[Dimensions]) -> Vec<Sheet> {
    let used: std::collections::BTreeSet<u32> = sheet.values().flat_map(|r| r.keys().copied()).collect();
    let mut starts = Vec::new();
    let mut prev: Option<u32> = None;
    for &c in &used {
        if let Some(p) = prev {
            if c > p + 1 && !merges.iter().any(|m| m.start.1 <= p && m.end.1 >= c) {
                starts.push(c);
            }
        }
        prev = Some(c);
    }
    if starts.is_empty() {
        return vec![sheet];
    }
    let mut parts: Vec<Sheet> = vec![Sheet::new(); starts.len() + 1];
    for (&r, row) in &sheet {
        for (&c, text) in row {
            let k = starts.partition_point(|&s| s <= c);
            parts[k].entry(r).or_default().insert(c, text.clone());
        }
    }
    if parts.iter().filter(|p| holds_targets(p)).count() < 2 {
        return vec![sheet];
    }
    parts
}

/// A style's number format code. calamine fills in the codes of the built-ins that
/// every locale shares and writes "General" for the locale-dependent ids (27–36,
/// 50–58), which it does read as dates: their zh-CN codes come from the id.
fn format_code(format: &NumberFormat) -> &str {
    match format.format_id.and_then(xls_records::builtin_code) {
        Some(code) if format.format_code == "General" => code,
        _ => &format.format_code,
    }
}

/// Only the top-left cell of a merged region keeps its value (a writer may copy it).
pub(super) fn blank_merged(sheet: &mut Sheet, merges: &[Dimensions]) {
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
    sheet.values().flat_map(|r| r.values()).any(|t| is_target_header(t))
}

/// A cell that marks a target table: 一级指标, 三级指标, 指标值, or a 项目名称 key.
pub(super) fn is_target_header(text: &str) -> bool {
    let k = squeeze(text);
    matches!(k.as_str(), "一级指标" | "三级指标" | "指标值") || k.starts_with("项目名称")
}

/// Rows in order, columns from the sheet's leftmost used column, so that a table
/// starting in column B still lines up with one starting in column A. Marked cells
/// (`UNREAD_MARK`) go out empty and into `unread`; a row of nothing else is left out.
fn emit(sheet: &Sheet, out: &mut GridBuilder, unread: &mut Vec<Unread>) {
    // Note cells (hidden rows and columns left out) stand far right: no column of the grid.
    let left = sheet.values().filter_map(|r| r.keys().next()).filter(|&&c| c < NOTE_COL).min().copied().unwrap_or(0);
    for row in sheet.values() {
        let width = row.range(..NOTE_COL).next_back().map_or(0, |(&c, _)| c - left + 1);
        let mut cells = vec![String::new(); width as usize];
        for (&c, text) in row {
            match text.strip_prefix(UNREAD_MARK) {
                Some(what) => unread.push(unread_note(what, out.n_rows() + 1)),
                None => cells[(c - left) as usize] = text.clone(),
            }
        }
        if cells.iter().any(|c| !c.is_empty()) {
            out.push_cells(cells);
        }
    }
}

/// The [`Unread`] a marked cell stands for: hidden rows or columns (`xlsx_hidden`), or
/// a formula with no saved result.
fn unread_note(what: &str, line: usize) -> Unread {
    if let Some((message, snippet)) = what.strip_prefix(HIDDEN_MARK).and_then(|m| m.split_once(HIDDEN_MARK)) {
        return Unread { line, message: message.to_string(), snippet: snippet.to_string(), hidden: true };
    }
    if let Some((message, snippet)) = what.strip_prefix(SAID_MARK).and_then(|m| m.split_once(SAID_MARK)) {
        return Unread { line, message: message.to_string(), snippet: snippet.to_string(), hidden: false };
    }
    Unread {
        line,
        message: "单元格中的公式没有保存计算结果，读为空 / the cell holds a formula whose result was never \
                  saved (the file was written without calculating it), so it reads empty: open and save \
                  the file in a spreadsheet program to store the results"
            .to_string(),
        snippet: what.to_string(),
        hidden: false,
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
    if dt.as_f64() < 1.0 && cn_date.is_none() {
        return format!("{hh:02}:{mm:02}:{ss:02}");
    }
    print_date([u32::from(y), m.into(), d.into(), hh.into(), mm.into(), ss.into()], cn_date)
}

/// A date as printed: in the 年/月/日 of its format code, else "YYYY-MM-DD", with
/// "HH:MM" after it when it has a time of day.
fn print_date([y, m, d, hh, mm, ss]: [u32; 6], cn_date: Option<&str>) -> String {
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
    let date = format!("{y:04}-{m:02}-{d:02}");
    if (hh, mm, ss) == (0, 0, 0) {
        date
    } else {
        format!("{date} {hh:02}:{mm:02}")
    }
}

/// A date cell stored as ISO 8601 text (`t="d"`, written by strict OOXML and some
/// generators) printed as a date serial in the same format prints: "2024-01-01T00:00:00"
/// as "2024-01-01" (or "2024年1月1日" in a 年/月/日 format), a time of day as "HH:MM".
/// Anything else stays as written.
fn iso_date(iso: &str, cn_date: Option<&str>) -> String {
    let num = |s: Option<&str>| s.and_then(|s| s.parse::<u32>().ok());
    let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
    let mut ymd = date.splitn(3, '-');
    let (Some(y), Some(m), Some(d)) = (num(ymd.next()), num(ymd.next()), num(ymd.next())) else { return iso.to_string() };
    let mut hms = time.split(':');
    let (hh, mm) = (num(hms.next()).unwrap_or(0), num(hms.next()).unwrap_or(0));
    let ss = hms.next().and_then(|s| s.split('.').next()).and_then(|s| s.parse::<u32>().ok()).unwrap_or(0);
    print_date([y, m, d, hh, mm, ss], cn_date)
}

/// A cell's text as Excel prints it, for calamine's XLSX cells and XLS ranges alike:
/// `style` says when a number prints as a percentage or a 年/月/日 date.
pub(super) fn text_of(v: &impl DataType, style: Option<&Printed>) -> String {
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
    } else if let Some(s) = v.get_string().or_else(|| v.get_duration_iso()) {
        s.to_string()
    } else if let Some(iso) = v.get_datetime_iso() {
        iso_date(iso, cn_date)
    } else if let Some(b) = v.get_bool() {
        if b { "TRUE" } else { "FALSE" }.to_string()
    } else if let Some(dt) = v.get_datetime() {
        fmt_date(&dt, cn_date)
    } else if let Some(e) = v.get_error() {
        e.to_string()
    } else {
        String::new()
    };
    text.trim_ws().to_string()
}

#[cfg(test)]
#[path = "xlsx_tests.rs"]
mod tests;
