//! What the BIFF records of an XLS workbook say that calamine does not tell, or does
//! not check, read by hand.
//!
//! Number formats: calamine reads XLS cells but keeps of each number format only
//! whether it is a date (its `CellFormat` is Other/DateTime/TimeDelta), so a target
//! printed "100%" (the number 1 in a `0%` format) would read as "1" and "95%" as
//! "0.95". The records that say how a number prints are FORMAT (format codes by
//! index), XF (the format index of each cell style), BOUNDSHEET (where each sheet's
//! records start) and, in each sheet, the number cells that name an XF (NUMBER, RK,
//! MULRK, FORMULA).
//!
//! Sizes: calamine lays each sheet out densely over its cells' bounding box, and
//! reserves what a DIMENSIONS record claims, before any of our limits can count a
//! cell; two cells far apart, or one lying record, make it allocate gigabytes and the
//! process aborts. The same walk measures both, so the reader can refuse first.
//!
//! Hidden rows and columns: calamine reads them as if visible; the ROW records
//! (fDyZero, bit 5 of their flags) and COLINFO records (fHidden, bit 0, or a width of
//! 0) say which they are, and the reader leaves them out as it does for XLSX
//! (`xlsx_hidden`). A ROW of height 0 without fDyZero is not hidden: LibreOffice
//! reads that height as "default", and showing a row is better than dropping it.
//! DEFAULTROWHEIGHT with its fDyZero (bit 1) hides every row that has no ROW record
//! of its own: Excel writes it when the rows below a form are hidden wholesale
//! ("hide all unused rows"), and a writer that leaves out ROW records relies on it.
//!
//! The stream comes out of the OLE2 container in `xls_container`. It is untrusted:
//! every read is checked, every walk moves forward and stops at the end of its slice,
//! nothing is allocated from a length the file claims, and a damaged structure costs
//! the formats (numbers then print plain), never a panic.

use std::collections::{BTreeMap, HashMap};

use encoding_rs::{Encoding, WINDOWS_1252};

use super::xlsx::is_percent;
use super::xlsx_hidden::Hidden;

/// How a number cell prints, where that differs from a plain number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Printed {
    /// A `%` format: the value × 100 with a percent sign.
    Percent,
    /// A date format written with 年 (and maybe 月/日); holds the format code.
    CnDate(String),
}

impl Printed {
    /// How a number format code prints, for the XLSX and XLS readers alike; None for
    /// a plain number.
    pub fn of(code: &str) -> Option<Printed> {
        if is_percent(code) {
            Some(Printed::Percent)
        } else {
            code.contains('年').then(|| Printed::CnDate(code.to_string()))
        }
    }
}

/// The cells of one sheet whose number format prints specially.
#[derive(Debug, Default)]
pub struct SheetFormats {
    /// As the BOUNDSHEET record spells it; the reader checks it against calamine's.
    pub name: String,
    /// (row, col) → XF index, only for XFs that print specially.
    xf_by_cell: HashMap<(u32, u32), u16>,
    /// The sheet's hidden rows and columns.
    pub hidden: Hidden,
}

/// The special number formats of a workbook, one entry per BOUNDSHEET record in
/// workbook order (calamine's order too).
#[derive(Debug, Default)]
pub struct XlsFormats {
    /// By XF index: how that style prints a number (None: plainly).
    printed_by_xf: Vec<Option<Printed>>,
    pub sheets: Vec<SheetFormats>,
}

impl XlsFormats {
    /// How the number at (row, col) of the `sheet`-th sheet prints, if specially.
    pub fn printed(&self, sheet: usize, row: u32, col: u32) -> Option<&Printed> {
        let xf = *self.sheets.get(sheet)?.xf_by_cell.get(&(row, col))?;
        self.printed_by_xf.get(xf as usize)?.as_ref()
    }
}

/// What one walk of the stream found.
#[derive(Debug, Default)]
pub struct Scan {
    pub formats: XlsFormats,
    /// The cells calamine would reserve or lay out, all sheets together (it keeps
    /// them all): per sheet, the bounding box of its cells or what a DIMENSIONS
    /// record claims, whichever is larger.
    pub cells_laid_out: u64,
    /// Where each sheet's records start in the stream (its BOUNDSHEET's offset), in
    /// workbook order: `xls_isolate` cuts a broken sheet there.
    pub offsets: Vec<Option<usize>>,
}

pub(super) const BOF: u16 = 0x0809;
pub(super) const EOF: u16 = 0x000A;
const CONTINUE: u16 = 0x003C;
const CODEPAGE: u16 = 0x0042;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const BOUNDSHEET: u16 = 0x0085;
const DIMENSIONS: u16 = 0x0200;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;
const STRING: u16 = 0x0207; // a formula's text result, at the formula's cell
const ROW: u16 = 0x0208;
const COLINFO: u16 = 0x007D;
const DEFAULTROWHEIGHT: u16 = 0x0225;
/// The other cell records calamine places (LABEL, RSTRING, BOOLERR, LABELSST).
const OTHER_CELLS: [u16; 4] = [0x0204, 0x00D6, 0x0205, 0x00FD];

/// Records (type, body) of a BIFF slice; stops at the first one that runs past the
/// end. Record boundaries are calamine's: it folds CONTINUE records into the one
/// before, which starts the next record at the same place.
struct Records<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> Records<'a> {
    fn new(data: &'a [u8]) -> Self {
        Records { data, pos: 0 }
    }

    /// The bodies of the CONTINUE records that follow (where a long record goes on).
    fn continues(&mut self) -> Vec<&'a [u8]> {
        let mut out = Vec::new();
        while u16_at(self.data, self.pos) == Some(CONTINUE) {
            match self.next() {
                Some((_, body)) => out.push(body),
                None => break,
            }
        }
        out
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = (u16, &'a [u8]);
    fn next(&mut self) -> Option<Self::Item> {
        let typ = u16_at(self.data, self.pos)?;
        let len = u16_at(self.data, self.pos + 2)? as usize;
        let body = self.data.get(self.pos + 4..self.pos + 4 + len)?;
        self.pos += 4 + len;
        Some((typ, body))
    }
}

pub(super) fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at.checked_add(4)?)?.try_into().ok()?))
}

/// Walk a BIFF workbook stream (every read is bounds-checked; the reader as a whole
/// runs under `catch_unwind` in `xlsx::read`). At most `max_cells` formatted cells are
/// recorded.
pub fn scan(stream: &[u8], max_cells: usize) -> Scan {
    let mut records = Records::new(stream);
    // BIFF8 (BOF version 0x0600) spells strings in Unicode; BIFF5 in the code page.
    let biff8 = !matches!(records.next(), Some((BOF, bof)) if u16_at(bof, 0) != Some(0x0600));
    let mut encoding: &'static Encoding = WINDOWS_1252;
    let mut codes: HashMap<u16, String> = HashMap::new();
    let mut format_of_xf: Vec<u16> = Vec::new();
    let mut xfs_broken = false;
    let mut bound: Vec<(Option<usize>, String)> = Vec::new();
    while let Some((typ, body)) = records.next() {
        match typ {
            CODEPAGE => encoding = u16_at(body, 0).map_or(encoding, codepage_encoding),
            FORMAT => {
                let conts = records.continues();
                // A broken FORMAT only loses its own code.
                let Some(index) = u16_at(body, 0) else { continue };
                let code = if biff8 { unicode_string(&body[2..], &conts, 2) } else { byte_string(&body[2..], encoding) };
                codes.insert(index, code);
            }
            // A short XF would shift the index of every later one: no formats then.
            XF => match u16_at(body, 2) {
                Some(format) => format_of_xf.push(format),
                None => xfs_broken = true,
            },
            BOUNDSHEET => {
                let name = body.get(6..).map_or_else(String::new, |rest| match biff8 {
                    true => unicode_string(rest, &[], 1),
                    false => byte_string(rest, encoding),
                });
                bound.push((u32_at(body, 0).map(|o| o as usize), name.replace('\0', "")));
            }
            EOF => break,
            _ => {}
        }
    }
    let printed_by_xf: Vec<Option<Printed>> =
        if xfs_broken { Vec::new() } else { format_of_xf.iter().map(|i| printed(&codes, *i)).collect() };
    let mut sheets: Vec<SheetFormats> =
        bound.iter().map(|(_, name)| SheetFormats { name: name.clone(), ..SheetFormats::default() }).collect();
    // calamine walks every sheet from its offset; a sheet that shares an offset with
    // an earlier one reads the same records, so it is walked once (its formats stay
    // with the first).
    let mut area_at: BTreeMap<usize, u64> = BTreeMap::new();
    let mut budget = max_cells;
    for (sheet, (offset, _)) in sheets.iter_mut().zip(&bound) {
        let Some(offset) = *offset else { continue };
        if area_at.contains_key(&offset) {
            continue;
        }
        let body = stream.get(offset..).unwrap_or(&[]);
        let area = walk_sheet(body, &printed_by_xf, sheet, &mut budget);
        area_at.insert(offset, area);
    }
    // Sheets that share records are laid out once each all the same.
    let cells_laid_out = bound.iter().filter_map(|(o, _)| area_at.get(&(*o)?)).fold(0u64, |a, b| a.saturating_add(*b));
    let offsets = bound.into_iter().map(|(o, _)| o).collect();
    Scan { formats: XlsFormats { printed_by_xf, sheets }, cells_laid_out, offsets }
}

/// How a cell style with number format `index` prints: the FORMAT record's code, or
/// the built-in code of that id.
fn printed(codes: &HashMap<u16, String>, index: u16) -> Option<Printed> {
    let code = codes.get(&index).map(String::as_str).or_else(|| builtin_code(u32::from(index)))?;
    Printed::of(code)
}

/// The code of a built-in number format that a style names by id alone: the percent
/// formats 9 and 10, and the ids whose code depends on Excel's locale (27–36, 50–58)
/// as zh-CN Excel defines them (ECMA-376 Part 1 §18.8.30; 52 and 53 are dates there,
/// 上午/下午 times only in zh-TW). calamine reads those ids as dates but has no code for
/// them; with one, a 年 date prints as its written-out code does ("2024年1月").
pub fn builtin_code(id: u32) -> Option<&'static str> {
    const YM: &str = "yyyy\"年\"m\"月\"";
    const MD: &str = "m\"月\"d\"日\"";
    Some(match id {
        9 => "0%",
        10 => "0.00%",
        27 | 36 | 50 | 52 | 57 => YM,
        28 | 29 | 51 | 53 | 54 | 58 => MD,
        30 => "m-d-yy",
        31 => "yyyy\"年\"m\"月\"d\"日\"",
        32 => "h\"时\"mm\"分\"",
        33 => "h\"时\"mm\"分\"ss\"秒\"",
        34 | 55 => "上午/下午h\"时\"mm\"分\"",
        35 | 56 => "上午/下午h\"时\"mm\"分\"ss\"秒\"",
        _ => return None,
    })
}

/// One sheet substream, walked as calamine walks it (from the sheet's BOF to its EOF,
/// skipping the BOF…EOF of embedded charts): records the cells whose XF prints
/// specially and the hidden rows and columns, and returns the area calamine would
/// reserve or lay out.
fn walk_sheet(body: &[u8], printed_by_xf: &[Option<Printed>], out: &mut SheetFormats, budget: &mut usize) -> u64 {
    let special = |xf: u16| printed_by_xf.get(xf as usize).is_some_and(Option::is_some);
    let (mut seen_bof, mut nested) = (false, 0usize);
    let mut bounds: Option<(u32, u32, u32, u32)> = None; // first row, last row, first col, last col
    let mut claimed = 0u64;
    let mut formula_at = (0u32, 0u32);
    let mut cells: Vec<(u32, u32, Option<u16>)> = Vec::new();
    for (typ, rec) in Records::new(body) {
        if nested > 0 {
            match typ {
                BOF => nested += 1,
                EOF => nested -= 1,
                _ => {}
            }
            continue;
        }
        cells.clear();
        let at = |rec: &[u8]| Some((u32::from(u16_at(rec, 0)?), u32::from(u16_at(rec, 2)?)));
        match typ {
            BOF if seen_bof => nested = 1,
            BOF => seen_bof = true,
            EOF => break,
            DIMENSIONS => claimed = claimed.max(dimensions_area(rec)),
            // rw, colMic, colMac, miyRw, two reserved u16, then the flags.
            ROW => {
                if let (Some(row), Some(flags)) = (u16_at(rec, 0), u16_at(rec, 12)) {
                    if flags & 0x20 != 0 {
                        out.hidden.hide_row(u32::from(row));
                    } else {
                        out.hidden.show_row(u32::from(row));
                    }
                }
            }
            // The flags, then the height of rows with no ROW record.
            DEFAULTROWHEIGHT if u16_at(rec, 0).is_some_and(|flags| flags & 0x02 != 0) => out.hidden.hide_rows_by_default(),
            // colFirst, colLast, width, XF, then the flags.
            COLINFO => {
                if let (Some(first), Some(last), Some(width), Some(flags)) =
                    (u16_at(rec, 0), u16_at(rec, 2), u16_at(rec, 4), u16_at(rec, 8))
                {
                    if (flags & 1 != 0 || width == 0) && first <= last {
                        out.hidden.hide_cols(u32::from(first), u32::from(last));
                    }
                }
            }
            NUMBER | RK | FORMULA => {
                if let Some((row, col)) = at(rec) {
                    cells.push((row, col, u16_at(rec, 4)));
                    if typ == FORMULA {
                        formula_at = (row, col);
                    }
                }
            }
            STRING => cells.push((formula_at.0, formula_at.1, None)),
            t if OTHER_CELLS.contains(&t) => cells.extend(at(rec).map(|(row, col)| (row, col, None))),
            // row, first col, then (xf, rk) pairs of 6 bytes, then the last col.
            MULRK => {
                if let Some((row, first)) = at(rec) {
                    for i in 0..rec.len().saturating_sub(6) / 6 {
                        cells.push((row, first + i as u32, u16_at(rec, 4 + 6 * i)));
                    }
                }
            }
            _ => {}
        }
        for &(row, col, xf) in &cells {
            let (r0, r1, c0, c1) = bounds.unwrap_or((row, row, col, col));
            bounds = Some((r0.min(row), r1.max(row), c0.min(col), c1.max(col)));
            if let Some(xf) = xf.filter(|&xf| special(xf)) {
                if *budget > 0 {
                    *budget -= 1;
                    out.xf_by_cell.insert((row, col), xf);
                }
            }
        }
    }
    let laid_out = bounds.map_or(0, |(r0, r1, c0, c1)| u64::from(r1 - r0 + 1) * u64::from(c1 - c0 + 1));
    laid_out.max(claimed)
}

/// The cells calamine reserves for a DIMENSIONS record: its parse_dimensions (first
/// and one-past-last row and column; u16 fields in BIFF5, u32 rows in BIFF8), then
/// (last − first + 1) rows × columns in u32 arithmetic that wraps in release builds.
fn dimensions_area(rec: &[u8]) -> u64 {
    let fields = match rec.len() {
        10 => (u16_at(rec, 0).map(u32::from), u16_at(rec, 2).map(u32::from), u16_at(rec, 4), u16_at(rec, 6)),
        14 | 16 => (u32_at(rec, 0), u32_at(rec, 4), u16_at(rec, 8), u16_at(rec, 10)),
        _ => return 0, // calamine refuses it
    };
    let (Some(rf), Some(rl), Some(cf), Some(cl)) = fields else { return 0 };
    let (cf, cl) = (u32::from(cf), u32::from(cl));
    let cf = if cf > 0xFF || cl < cf { 0 } else { cf };
    if rl == 0 || cl == 0 {
        return 1;
    }
    let rows = (rl - 1).wrapping_sub(rf).wrapping_add(1);
    let cols = (cl - 1).wrapping_sub(cf).wrapping_add(1);
    u64::from(rows) * u64::from(cols)
}

/// A BIFF8 XLUnicodeString after its length field of `len_bytes` (1 or 2) bytes: an
/// option byte (bit 0: UTF-16LE, else one byte per char, Latin-1), then the chars.
/// A string cut by a record boundary goes on in the next CONTINUE, which starts with
/// an option byte of its own. A string that runs out early keeps what there is.
fn unicode_string(body: &[u8], conts: &[&[u8]], len_bytes: usize) -> String {
    let mut left = match len_bytes {
        1 => body.first().map_or(0, |&n| n as usize),
        _ => u16_at(body, 0).map_or(0, usize::from),
    };
    let mut out = String::new();
    let mut fragment = body.get(len_bytes..).unwrap_or(&[]);
    let mut conts = conts.iter();
    while let Some((&options, chars)) = fragment.split_first() {
        let wide = options & 1 != 0;
        let n = left.min(if wide { chars.len() / 2 } else { chars.len() });
        if wide {
            let units = chars[..2 * n].chunks_exact(2).map(|c| u16::from_le_bytes([c[0], c[1]]));
            out.extend(char::decode_utf16(units).map(|c| c.unwrap_or('\u{FFFD}')));
        } else {
            out.extend(chars[..n].iter().map(|&b| char::from(b)));
        }
        left -= n;
        match conts.next() {
            Some(next) if left > 0 => fragment = next,
            _ => break,
        }
    }
    out
}

/// A BIFF5 string: a length byte, then bytes in the workbook's code page.
fn byte_string(body: &[u8], encoding: &'static Encoding) -> String {
    let Some((&n, bytes)) = body.split_first() else { return String::new() };
    encoding.decode_without_bom_handling(&bytes[..bytes.len().min(n as usize)]).0.into_owned()
}

/// The encoding of a CODEPAGE record's value, from the table calamine reads the same
/// workbook with (`codepage::to_encoding`; 1200 is UTF-16LE there). The sheet names
/// must decode as calamine decodes them: `read_xls` drops all formats when a name
/// differs, so a code page read any other way would lose every percentage. A code
/// page the table lacks stays 1252 (calamine refuses such a workbook anyway).
fn codepage_encoding(codepage: u16) -> &'static Encoding {
    codepage::to_encoding(codepage).unwrap_or(WINDOWS_1252)
}

#[cfg(test)]
#[path = "xls_records_tests.rs"]
mod tests;
