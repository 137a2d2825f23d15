//! XLSX cells that hold a formula but no saved result (`<c><f>SUM(D2:D4)</f></c>`
//! with no `<v>`): written by generators that leave the calculation to Excel (and by
//! Excel itself with manual calculation on). calamine reads such a cell as empty and
//! says nothing, so a 指标值 computed by a formula would vanish silently. The reader
//! does not evaluate formulas (a spreadsheet engine is out of scope, and a wrong
//! guess is worse than a gap): it keeps the cell empty, never the formula text, and
//! reports where it is and what it holds (S008).
//!
//! Read by hand over quick-xml, in the pass that already inflates every sheet
//! (`xlsx_hidden::check_and_scan`), because calamine exposes neither the formula of a
//! cell with no value nor the fact that the value is missing. A sheet is parsed only
//! when a formula element is found in its bytes at all.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// One formula cell with no saved result, 0-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Uncached {
    pub row: u32,
    pub col: u32,
    /// As written (empty for the cells of a shared formula after its first).
    pub formula: String,
}

/// At most this many are reported per sheet: a hostile sheet may have a million.
const MAX_PER_SHEET: usize = 1000;
/// Formula text quoted in a report is cut here.
const MAX_FORMULA_CHARS: usize = 200;

/// The cell reference "D5" → (row 4, col 3).
fn parse_ref(r: &str) -> Option<(u32, u32)> {
    let split = r.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = r.split_at(split);
    if letters.is_empty() || letters.len() > 3 || !letters.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let col = letters.bytes().fold(0u32, |n, b| n * 26 + u32::from(b.to_ascii_uppercase() - b'A' + 1)) - 1;
    let row = digits.parse::<u32>().ok()?.checked_sub(1)?;
    Some((row, col))
}

/// The column letters of a 0-based column ("D" for 3).
pub(super) fn col_name(mut col: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// The cell being read.
#[derive(Default)]
struct Open {
    at: (u32, u32),
    formula: Option<String>,
    /// A `<v>` or inline `<is>` with text: the saved result.
    valued: bool,
}

/// The formula cells of one sheet part that have no saved result. A broken part
/// yields what was read before the break: calamine reports the error.
pub(super) fn scan(xml: &[u8]) -> Vec<Uncached> {
    let mut out = Vec::new();
    // Cheap gate: no `<f` (or `:f` under a prefix) element start, no formulas.
    let has = |needle: &[u8]| memchr::memmem::find(xml, needle).is_some();
    if !(has(b"<f>") || has(b"<f ") || has(b"<f/") || has(b":f>") || has(b":f ") || has(b":f/")) {
        return out;
    }
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let (mut row, mut col) = (0u32, 0u32);
    let mut cell: Option<Open> = None;
    // Inside <f> or <v>/<t> of the open cell.
    let (mut in_f, mut in_v) = (false, false);
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "row" => {
                // Rows without r follow the one before; cells without r likewise.
                row = attr(&e, "r").and_then(|v| v.trim().parse::<u32>().ok()).filter(|&n| n >= 1).map_or(row.saturating_add(1), |n| n);
                col = 0;
            }
            Event::Start(e) => match e.local_name().as_ref() {
                "c" => {
                    let at = attr(&e, "r").and_then(|r| parse_ref(&r)).unwrap_or((row.saturating_sub(1), col));
                    col = at.1.saturating_add(1);
                    cell = Some(Open { at, ..Open::default() });
                }
                "f" => {
                    if let Some(c) = cell.as_mut() {
                        c.formula.get_or_insert_with(String::new);
                        in_f = true;
                    }
                }
                "v" | "t" => in_v = cell.is_some(),
                _ => {}
            },
            Event::Empty(e) => match e.local_name().as_ref() {
                "c" => {
                    let at = attr(&e, "r").and_then(|r| parse_ref(&r)).unwrap_or((row.saturating_sub(1), col));
                    col = at.1.saturating_add(1);
                }
                "f" => {
                    if let Some(c) = cell.as_mut() {
                        c.formula.get_or_insert_with(String::new);
                    }
                }
                _ => {}
            },
            Event::Text(t) => {
                let Some(c) = cell.as_mut() else { continue };
                let text = t.xml10_content();
                if in_f {
                    let f = c.formula.get_or_insert_with(String::new);
                    if f.chars().count() < MAX_FORMULA_CHARS {
                        f.push_str(&text);
                    }
                } else if in_v && !text.trim().is_empty() {
                    c.valued = true;
                }
            }
            Event::GeneralRef(_) if in_v => {
                if let Some(c) = cell.as_mut() {
                    c.valued = true;
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "f" => in_f = false,
                "v" | "t" => in_v = false,
                "c" => {
                    if let Some(Open { at, formula: Some(formula), valued: false }) = cell.take() {
                        if out.len() < MAX_PER_SHEET {
                            out.push(Uncached { row: at.0, col: at.1, formula: formula.trim().to_string() });
                        }
                    }
                }
                "sheetData" => break,
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_without_a_saved_result_are_found() {
        let xml = br#"<worksheet xmlns="m"><sheetData>
            <row r="2"><c r="B2"><v>1</v></c><c r="D2"><f>SUM(B2:C2)</f></c></row>
            <row r="3"><c r="D3"><f>1+1</f><v>2</v></c><c r="E3" t="str"><f>"a"&amp;"b"</f><v>ab</v></c></row>
            <row><c><f t="shared" ref="A4:B4" si="0">A3*2</f><v></v></c><c><f t="shared" si="0"/></c></row>
            <row r="6"><c r="AA6" t="inlineStr"><f>X</f><is><t>x</t></is></c></row>
            </sheetData></worksheet>"#;
        let found = scan(xml);
        let found: Vec<(u32, u32, &str)> = found.iter().map(|u| (u.row, u.col, u.formula.as_str())).collect();
        assert_eq!(found, [(1, 3, "SUM(B2:C2)"), (3, 0, "A3*2"), (3, 1, "")]);
        assert!(scan(br#"<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>"#).is_empty());
        assert_eq!(parse_ref("AA6"), Some((5, 26)));
        assert_eq!(parse_ref("6"), None);
        assert_eq!([col_name(0), col_name(3), col_name(25), col_name(26), col_name(701)], ["A", "D", "Z", "AA", "ZZ"]);
    }
}
