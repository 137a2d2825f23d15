//! Hidden rows and columns of XLSX sheets, which calamine does not expose (XLS
//! sheets fill the same `Hidden` from their records, in `xls_records`). They are
//! left out like hidden sheets: what a filing published is what prints, and hidden
//! rows hold what the author took out (a template's unused indicator rows, helper
//! columns of amounts in 元 behind the 万元 ones, which would add a column of numbers
//! to the table).
//!
//! Read in the pass that already inflates every member of the package to check its
//! size (`zip_limits::check_package`), so this costs a search for `hidden=` (or a
//! size of 0) per sheet; a sheet is parsed only when that is found. The same pass finds the
//! formulas with no saved result (`xlsx_formulas`).

use std::collections::{BTreeMap, HashMap, HashSet};

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use super::xlsx::{HIDDEN_MARK, UNREAD_MARK};
use super::xlsx_formulas::{self, Uncached};
use super::zip_limits;
use super::{Format, Limits};
use crate::error::Result;

const FORMAT: Format = Format::Xlsx;

/// The hidden rows and columns of one sheet, 0-based.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Hidden {
    rows: HashSet<u32>,
    cols: Vec<(u32, u32)>,
    /// Rows with no record of their own are hidden (XLS DEFAULTROWHEIGHT fDyZero);
    /// then only the rows in `shown` print.
    rows_hidden_by_default: bool,
    shown: HashSet<u32>,
}

impl Hidden {
    /// XLS reads its ROW and COLINFO records into these (`xls_records`).
    pub(super) fn hide_row(&mut self, row: u32) {
        self.rows.insert(row);
    }

    /// A row whose own record says it shows, which matters when rows are hidden by
    /// default.
    pub(super) fn show_row(&mut self, row: u32) {
        self.shown.insert(row);
    }

    pub(super) fn hide_rows_by_default(&mut self) {
        self.rows_hidden_by_default = true;
    }

    pub(super) fn hide_cols(&mut self, first: u32, last: u32) {
        self.cols.push((first, last));
    }

    /// Drop hidden rows; drop hidden columns and close up the columns after them, as
    /// the sheet prints. The column ranges are sorted and joined first, and each cell
    /// finds its range by binary search: a hostile file may list thousands of them.
    /// What held text is not dropped unsaid: each run of hidden rows and each hidden
    /// column range leaves a note cell (`note`, at [`NOTE_COL`] and after) in the row
    /// where it began, which `emit` turns into an [`Unread`](super::Unread) (S010).
    pub(super) fn apply(&self, sheet: &mut BTreeMap<u32, BTreeMap<u32, String>>, name: &str) {
        let hidden_row = |r: u32| self.rows.contains(&r) || (self.rows_hidden_by_default && !self.shown.contains(&r));
        let hidden: Vec<u32> = sheet.keys().copied().filter(|&r| hidden_row(r)).collect();
        let mut i = 0;
        while i < hidden.len() {
            // A run: hidden rows with no shown row between them.
            let mut j = i + 1;
            while j < hidden.len() && sheet.range(hidden[j - 1] + 1..hidden[j]).next().is_none() {
                j += 1;
            }
            let (first, last) = (hidden[i], hidden[j - 1]);
            let texts: Vec<String> = hidden[i..j].iter().filter_map(|r| sheet.remove(r)).flat_map(|row| row.into_values()).collect();
            let rows = if first == last { format!("{}", first + 1) } else { format!("{}–{}", first + 1, last + 1) };
            let what = format!("{} row{}, {} cells", j - i, if j - i == 1 { "" } else { "s" }, texts.len());
            sheet.insert(
                first,
                BTreeMap::from([(
                    NOTE_COL,
                    note("隐藏的行未读 / hidden rows, left out as the sheet prints", &what, &format!("{name}!{rows}"), &texts),
                )]),
            );
            i = j;
        }
        if self.cols.is_empty() {
            return;
        }
        let mut ranges = self.cols.clone();
        ranges.sort_unstable();
        let mut joined: Vec<(u32, u32)> = Vec::with_capacity(ranges.len());
        for (a, b) in ranges {
            match joined.last_mut() {
                Some(last) if a <= last.1.saturating_add(1) => last.1 = last.1.max(b),
                _ => joined.push((a, b)),
            }
        }
        // before[i]: the hidden columns in the ranges ahead of range i.
        // Counted in u64: a range may claim every u32 column.
        let width = |(a, b): (u32, u32)| u64::from(b - a) + 1;
        let before: Vec<u64> = joined.iter().scan(0u64, |n, &r| Some(std::mem::replace(n, *n + width(r)))).collect();
        // Per hidden range that held text: its first row and the texts.
        let mut left_out: BTreeMap<usize, (u32, Vec<String>)> = BTreeMap::new();
        for (&r, row) in sheet.iter_mut() {
            let cells = std::mem::take(row);
            for (c, text) in cells {
                let i = joined.partition_point(|&(a, _)| a <= c);
                if c >= NOTE_COL {
                    row.insert(c, text);
                    continue;
                }
                if i > 0 && joined[i - 1].1 >= c {
                    left_out.entry(i - 1).or_insert_with(|| (r, Vec::new())).1.push(text);
                    continue;
                }
                // Every column counted in `shift` lies before c.
                let shift = if i > 0 { before[i - 1] + width(joined[i - 1]) } else { 0 };
                row.insert((u64::from(c) - shift) as u32, text);
            }
        }
        for (k, (i, (row, texts))) in left_out.into_iter().enumerate() {
            let (a, b) = joined[i];
            let cols =
                if a == b { xlsx_formulas::col_name(a) } else { format!("{}:{}", xlsx_formulas::col_name(a), xlsx_formulas::col_name(b)) };
            let what = format!("{} cells", texts.len());
            let text = note("隐藏的列未读 / a hidden column, left out as the sheet prints", &what, &format!("{name}!{cols}"), &texts);
            sheet.entry(row).or_default().insert(NOTE_COL + 1 + k as u32, text);
        }
        sheet.retain(|_, row| !row.is_empty());
    }
}

/// Note cells stand at this column and after, beyond any real one (XLSX sheets end at
/// column 16,384): `emit` sizes its rows without them.
pub(super) const NOTE_COL: u32 = u32::MAX - (1 << 20);

/// A note cell: `UNREAD_MARK`, `HIDDEN_MARK`, the message, `HIDDEN_MARK`, the snippet
/// (where it is and the first of its texts).
pub(super) fn note(message: &str, what: &str, place: &str, texts: &[String]) -> String {
    let mut sample = String::new();
    for t in texts {
        if sample.chars().count() > 60 {
            sample.push_str(" …");
            break;
        }
        if !sample.is_empty() {
            sample.push_str(" | ");
        }
        sample.push_str(t);
    }
    format!("{UNREAD_MARK}{HIDDEN_MARK}{message} ({what}){HIDDEN_MARK}{place}: {sample}")
}

/// What a sheet part says that calamine does not tell.
#[derive(Debug, Default)]
pub(super) struct SheetXml {
    pub hidden: Hidden,
    pub uncached: Vec<Uncached>,
    /// The merged regions (`<mergeCells>`), which calamine would find only by parsing
    /// the whole sheet part a second time.
    pub merges: Vec<calamine::Dimensions>,
}

/// Check the package's inflated size (`zip_limits::check_package`) and read the
/// hidden rows and columns, the formulas with no saved result and the merged regions
/// of its sheets, by sheet name (every sheet the workbook maps to a part).
pub(super) fn check_and_scan(bytes: &[u8], limits: &Limits) -> Result<HashMap<String, SheetXml>> {
    let mut by_path = HashMap::new();
    let (mut workbook, mut rels) = (Vec::new(), Vec::new());
    let keep = |name: &str| name.starts_with("xl/worksheets/") || name == "xl/workbook.xml" || name == "xl/_rels/workbook.xml.rels";
    zip_limits::check_package(bytes, FORMAT, limits, keep, |name, out| match name {
        "xl/workbook.xml" => workbook = out,
        "xl/_rels/workbook.xml.rels" => rels = out,
        _ => {
            let found = SheetXml { hidden: scan_sheet(&out), uncached: xlsx_formulas::scan(&out), merges: scan_merges(&out) };
            by_path.insert(name.to_string(), found);
        }
    })?;
    if by_path.is_empty() {
        return Ok(HashMap::new());
    }
    // Sheet names → parts: workbook.xml names each sheet's relationship, the rels
    // give its part (relative to xl/, or absolute).
    let targets: HashMap<String, String> =
        elements(&rels, "Relationship").into_iter().filter_map(|a| Some((a.get("Id")?.clone(), a.get("Target")?.clone()))).collect();
    let mut out = HashMap::new();
    for a in elements(&workbook, "sheet") {
        let (Some(name), Some(id)) = (a.get("name"), a.get("id")) else { continue };
        let Some(target) = targets.get(id) else { continue };
        let path = match target.strip_prefix('/') {
            Some(abs) => abs.to_string(),
            None => format!("xl/{target}"),
        };
        if let Some(found) = by_path.remove(&path) {
            out.insert(name.clone(), found);
        }
    }
    Ok(out)
}

/// The attributes (by local name) of every element with this local name.
fn elements(xml: &[u8], local: &str) -> Vec<HashMap<String, String>> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == local => out.push(attrs(&e)),
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

fn attrs(e: &BytesStart<'_>) -> HashMap<String, String> {
    e.attributes()
        .flatten()
        .filter_map(|a| {
            let value = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok()?.into_owned();
            Some((a.key.local_name().as_ref().to_string(), value))
        })
        .collect()
}

fn truthy(v: Option<&String>) -> bool {
    v.is_some_and(|v| v == "1" || v == "true")
}

/// A height or width attribute of 0: Excel draws the row or column zero wide, so it
/// shows as hidden does. Excel itself writes hidden="1" then, but other writers
/// (openpyxl users setting a height of 0, report generators) write only the size.
fn zero(v: Option<&String>) -> bool {
    v.and_then(|v| v.trim().parse::<f64>().ok()) == Some(0.0)
}

/// The cheap test before a sheet is parsed: none of these, nothing is hidden. A
/// zero size is found by its first digit (`ht="0.5"` passes too; the parse decides).
const MARKS: [&[u8]; 5] = [b"hidden=", b"ht=\"0", b"ht='0", b"width=\"0", b"width='0"];

/// The hidden rows (`<row r="5" hidden="1">`, or `ht="0" customHeight="1"`) and
/// columns (`<col min="3" max="4" hidden="1">`, or `width="0"`) of one sheet part. A
/// broken part yields what was read before the break: calamine reports the error.
///
/// A row of `ht="0"` without customHeight stays: the height of such a row is not
/// the author's but Excel's, which sizes it to its contents again (an auto-fit row
/// with text is not 0 high), and LibreOffice reads it as the default height; as in
/// XLS (`xls_records`), showing a row is better than dropping it. A column has no such
/// flag that Excel heeds: `width="0"` is drawn 0 wide whatever customWidth says.
/// The merged regions of one sheet part, 0-based (`<mergeCell ref="A1:C3"/>`). Only
/// the `<mergeCells>` element is parsed, found by a byte search: it follows the cells.
fn scan_merges(xml: &[u8]) -> Vec<calamine::Dimensions> {
    let Some(at) = memchr::memmem::find(xml, b"mergeCells") else { return Vec::new() };
    let Some(open) = xml[..at].iter().rposition(|&b| b == b'<') else { return Vec::new() };
    let mut reader = Reader::from_reader(&xml[open..]);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "mergeCell" => {
                let a = attrs(&e);
                let Some(r) = a.get("ref") else { continue };
                let (from, to) = r.split_once(':').unwrap_or((r, r));
                if let (Some(start), Some(end)) = (cell_ref(from), cell_ref(to)) {
                    out.push(calamine::Dimensions::new(start, (end.0.max(start.0), end.1.max(start.1))));
                }
            }
            Event::End(e) if e.local_name().as_ref() == "mergeCells" => break,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

/// "C12" → (11, 2): row and column, 0-based; `$` marks are allowed.
fn cell_ref(r: &str) -> Option<(u32, u32)> {
    let r = r.trim().replace('$', "");
    let letters = r.bytes().take_while(u8::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col = r[..letters].bytes().fold(0u32, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1));
    let row: u32 = r[letters..].parse().ok().filter(|&n: &u32| n >= 1)?;
    Some((row - 1, col - 1))
}

fn scan_sheet(xml: &[u8]) -> Hidden {
    let mut hidden = Hidden::default();
    if !MARKS.iter().any(|m| memchr::memmem::find(xml, m).is_some()) {
        return hidden;
    }
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut row = 0u32;
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) | Event::Empty(e) => match e.local_name().as_ref() {
                "col" => {
                    let a = attrs(&e);
                    let num = |k: &str| a.get(k).and_then(|v| v.trim().parse::<u32>().ok()).filter(|&n| n >= 1);
                    let gone = truthy(a.get("hidden")) || zero(a.get("width"));
                    if let (true, Some(min)) = (gone, num("min")) {
                        let max = num("max").unwrap_or(min).max(min);
                        hidden.cols.push((min - 1, max - 1));
                    }
                }
                "row" => {
                    let a = attrs(&e);
                    // Rows without r follow the one before.
                    row = a.get("r").and_then(|v| v.trim().parse::<u32>().ok()).filter(|&n| n >= 1).map_or(row.saturating_add(1), |n| n);
                    if truthy(a.get("hidden")) || (zero(a.get("ht")) && truthy(a.get("customHeight"))) {
                        hidden.rows.insert(row - 1);
                    }
                }
                _ => {}
            },
            Event::End(e) if e.local_name().as_ref() == "sheetData" => break,
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    hidden
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_regions_are_read_from_the_merge_cells_element() {
        let d = |a: (u32, u32), b: (u32, u32)| calamine::Dimensions::new(a, b);
        let xml = br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>
            <mergeCells count="3"><mergeCell ref="A1:C3"/><mergeCell ref="$AA$10:AB12"/><mergeCell ref="D5"/></mergeCells></worksheet>"#;
        assert_eq!(scan_merges(xml), vec![d((0, 0), (2, 2)), d((9, 26), (11, 27)), d((4, 3), (4, 3))]);
        // A namespace prefix, as some writers put on every element.
        let xml = br#"<x:worksheet><x:mergeCells><x:mergeCell ref="B2:B4"/></x:mergeCells></x:worksheet>"#;
        assert_eq!(scan_merges(xml), vec![d((1, 1), (3, 1))]);
        // None, or a broken reference: nothing.
        assert!(scan_merges(b"<worksheet><sheetData/></worksheet>").is_empty());
        assert!(scan_merges(br#"<worksheet><mergeCells><mergeCell ref="1A:ZZZZ"/></mergeCells></worksheet>"#).is_empty());
    }

    #[test]
    fn hidden_rows_and_columns_are_dropped_and_columns_close_up() {
        let xml = br#"<worksheet><cols><col min="2" max="3" hidden="1"/><col min="5" max="5" width="9"/></cols>
            <sheetData><row r="1"><c r="A1"/></row><row r="2" hidden="1"/><row hidden="true"/></sheetData></worksheet>"#;
        let hidden = scan_sheet(xml);
        assert_eq!(hidden.cols, [(1, 2)]);
        assert_eq!(hidden.rows, HashSet::from([1, 2]));
        let mut sheet: BTreeMap<u32, BTreeMap<u32, String>> = BTreeMap::new();
        for (r, c) in [(0, 0), (0, 1), (0, 3), (0, 4), (1, 0), (3, 2)] {
            sheet.entry(r).or_default().insert(c, format!("{r}{c}"));
        }
        hidden.apply(&mut sheet, "S");
        let cells: Vec<(u32, u32, &str)> = sheet.iter().flat_map(|(&r, row)| row.iter().map(move |(&c, t)| (r, c, t.as_str()))).collect();
        let (shown, notes): (Vec<_>, Vec<_>) = cells.into_iter().partition(|&(_, c, _)| c < NOTE_COL);
        assert_eq!(shown, [(0, 0, "00"), (0, 1, "03"), (0, 2, "04")]);
        // What was left out is said, where it began: the hidden column range with its
        // two cells (row 1, and row 4 that held nothing else), the hidden row.
        let note = |m: &str, s: &str| format!("{UNREAD_MARK}{HIDDEN_MARK}{m}{HIDDEN_MARK}{s}");
        let col = note("隐藏的列未读 / a hidden column, left out as the sheet prints (2 cells)", "S!B:C: 01 | 32");
        let row = note("隐藏的行未读 / hidden rows, left out as the sheet prints (1 row, 1 cells)", "S!2: 10");
        assert_eq!(notes, [(0, NOTE_COL + 1, col.as_str()), (1, NOTE_COL, row.as_str())]);
        assert_eq!(scan_sheet(b"<worksheet><sheetData/></worksheet>"), Hidden::default());
    }

    /// A zero-high row with customHeight and a zero-wide column show as hidden ones
    /// do; a row of ht="0" that Excel sizes itself, and sizes that are not 0, stay.
    #[test]
    fn zero_sizes_hide_as_excel_draws_them() {
        let xml = br#"<worksheet><cols><col min="2" max="2" width="0"/><col min="4" max="4" width='0.0' customWidth="1"/>
            <col min="5" max="5" width="0.5"/></cols><sheetData><row r="1" ht="0" customHeight="1"/>
            <row r="2" ht="0"/><row r="3" ht='0.0' customHeight='true'/><row r="4" ht="0.75" customHeight="1"/>
            <row r="5" ht="15" customHeight="0"/></sheetData></worksheet>"#;
        let hidden = scan_sheet(xml);
        assert_eq!(hidden.cols, [(1, 1), (3, 3)]);
        assert_eq!(hidden.rows, HashSet::from([0, 2]));
    }
}
