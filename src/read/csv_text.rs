//! Comma-separated text (Excel's "save as CSV", budget systems' exports) → cells.
//! Detection is deliberately narrow: a false positive turns prose or space-cut text
//! into garbage, while a missed CSV still reads (badly) as Spaces.
//! European Excel saves with ';' (the comma is their decimal mark), and may write a
//! first line "sep=;" naming the separator: both read as the same style.

use super::grid::GridBuilder;
use crate::chars::TrimWs;

/// How a CSV text is cut: its separator, and whether its first line is Excel's
/// "sep=X" declaration (no row of the sheet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dialect {
    pub delimiter: u8,
    pub sep_line: bool,
}

impl Default for Dialect {
    fn default() -> Self {
        Dialect { delimiter: b',', sep_line: false }
    }
}

/// Separators in a raw line. A comma between two ASCII digits is more likely a
/// thousands separator ("1,234.56") than a field boundary, so it does not count.
/// (The full-width '；' of Chinese prose is other bytes: never a ';'.) Quotes are
/// ignored: this only sizes the line up.
fn separator_count(line: &str, delimiter: u8) -> usize {
    let b = line.as_bytes();
    memchr::memchr_iter(delimiter, b)
        .filter(|&i| delimiter != b',' || !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
        .count()
}

/// Excel's "sep=," / "sep=;" first line (a BOM before it allowed, separators after
/// it too, as some exporters pad every line): the separator it names, and the text
/// after the line.
fn declared_separator(text: &str) -> Option<(u8, &str)> {
    let rest = text.trim_start_matches('\u{FEFF}').strip_prefix("sep=")?;
    let d = *rest.as_bytes().first().filter(|d| matches!(d, b',' | b';'))?;
    let after = &rest[1..];
    let (line, next) = after.split_once('\n').unwrap_or((after, ""));
    line.trim_ws().trim_matches(char::from(d)).is_empty().then_some((d, next))
}

/// The text's CSV dialect, or None when it is no CSV: a "sep=" line decides; else
/// commas are asked first, then — only in text holding a ';' at all — semicolons.
pub fn dialect(text: &str, lines: &[&str], non_blank: usize) -> Option<Dialect> {
    if text.starts_with(['s', '\u{FEFF}']) {
        if let Some((delimiter, rest)) = declared_separator(text) {
            // The declaration is Excel's own: no shape needs checking, only something
            // after it.
            let any = rest.lines().any(|l| !TrimWs::is_blank(l));
            return any.then_some(Dialect { delimiter, sep_line: true });
        }
    }
    for delimiter in [b',', b';'] {
        if delimiter == b';' && memchr::memchr(b';', text.as_bytes()).is_none() {
            break;
        }
        if looks_like_csv(text, lines, non_blank, delimiter) {
            return Some(Dialect { delimiter, sep_line: false });
        }
    }
    None
}

/// Whether tab-free text is CSV cut at `delimiter`: most non-blank lines hold at
/// least two separators, most records have three fields or more, and most of those share one width
/// of four fields or more (a target table has at least 一级, 二级, 三级 and 指标值) —
/// Excel pads every record to the sheet's width, while prose that happens to use
/// ASCII commas or semicolons varies from line to line. A record ending in a full stop is a
/// sentence, not a row of cells.
fn looks_like_csv(text: &str, lines: &[&str], non_blank: usize, delimiter: u8) -> bool {
    // Cheap gate first: a byte search per line, stopping once too many lines fail.
    // (Counted against all non-blank lines, wrapped cells' included: a generous cap.)
    let allowed_misses = non_blank - (non_blank * 6).div_ceil(10);
    let mut misses = 0usize;
    let mut hits = 0usize;
    // A line that starts inside a quoted field continues a wrapped cell: it is
    // neither a record nor prose, so it does not count (quotes toggle per '"';
    // a doubled quote toggles twice).
    let mut in_quote = false;
    for line in lines.iter().filter(|l| !TrimWs::is_blank(**l)) {
        let continues = in_quote;
        in_quote ^= memchr::memchr_iter(b'"', line.as_bytes()).count() % 2 == 1;
        if continues {
            continue;
        }
        if separator_count(line, delimiter) >= 2 {
            hits += 1;
        } else {
            misses += 1;
            // Most text is no CSV: stop at once where the first lines say so (a sheet
            // saved as CSV has a title line or two, then records on every line).
            if misses > allowed_misses || misses > 8 && hits * 2 < misses {
                return false;
            }
        }
    }
    if hits < 2 {
        return false;
    }
    // Then the records as the reader will cut them.
    let mut widths: Vec<usize> = Vec::new();
    let mut records = 0usize;
    for rec in reader(text, delimiter).records() {
        let Ok(rec) = rec else { return false };
        if rec.iter().all(TrimWs::is_blank) {
            continue;
        }
        records += 1;
        let sentence = rec.iter().rev().map(TrimWs::trim_ws).find(|f| !f.is_empty()).is_some_and(|f| f.ends_with('。'));
        if rec.len() >= 3 && !sentence {
            widths.push(rec.len());
        }
    }
    widths.sort_unstable();
    let Some((modal, width)) = widths.chunk_by(|a, b| a == b).map(|run| (run.len(), run[0])).max() else {
        return false;
    };
    // Exporters that do not pad drop trailing blank fields, so the shared width is
    // asked of most wide records, and wide records of most records.
    width >= 4 && modal >= 2 && widths.len() * 10 >= records * 6 && modal * 10 >= widths.len() * 6
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    // Ragged records are allowed (not every exporter pads), there is no header row
    // to skip, and quotes are standard doubled ones.
    csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes())
}

/// One row per record, an empty field keeping its column (merged cells are exported
/// blank, as a workbook reads them). A line break inside a quoted field stays in the
/// cell as "\n", as the XLSX reader keeps one; records with no text at all are
/// skipped, as a workbook's empty rows are. A "sep=" line is no row: the records
/// after it keep their own line numbers.
pub fn rows(text: &str, dialect: Dialect, b: &mut GridBuilder) {
    let (text, skipped) = match declared_separator(text).filter(|_| dialect.sep_line) {
        Some((_, rest)) => (rest, 1),
        None => (text, 0),
    };
    let mut rdr = reader(text, dialect.delimiter);
    let mut rec = csv::StringRecord::new();
    // Detection parsed the same text, so an error is not expected here; the loop
    // stops at one rather than invent cells.
    while let Ok(true) = rdr.read_record(&mut rec) {
        if rec.iter().all(TrimWs::is_blank) {
            continue;
        }
        let n = rec.position().map_or(1, |p| p.line() as usize) + skipped;
        b.push_row(n, rec.iter().map(|f| (cell_text(f), n)));
    }
}

fn cell_text(field: &str) -> String {
    let t = field.trim_ws();
    if t.contains('\r') {
        t.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators_are_not_field_commas() {
        assert_eq!(separator_count("金额1,234.56万元", b','), 0);
        assert_eq!(separator_count("a,,1,234", b','), 2);
        assert_eq!(separator_count("a;1;234；b", b';'), 2);
    }
}
