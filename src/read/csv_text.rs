//! Comma-separated text (Excel's "save as CSV", budget systems' exports) → cells.
//! Detection is deliberately narrow: a false positive turns prose or space-cut text
//! into garbage, while a missed CSV still reads (badly) as Spaces.

use super::grid::GridBuilder;
use crate::chars::TrimWs;

/// Commas that separate fields in a raw line: one between two ASCII digits is more
/// likely a thousands separator ("1,234.56") than a field boundary, so it does not
/// count. Quotes are ignored: this only sizes the line up.
fn separator_commas(line: &str) -> usize {
    let b = line.as_bytes();
    memchr::memchr_iter(b',', b)
        .filter(|&i| !(i > 0 && b[i - 1].is_ascii_digit() && b.get(i + 1).is_some_and(u8::is_ascii_digit)))
        .count()
}

/// Whether tab-free text is CSV: most non-blank lines hold at least two separator
/// commas, most records have three fields or more, and most of those share one width
/// of four fields or more (a target table has at least 一级, 二级, 三级 and 指标值) —
/// Excel pads every record to the sheet's width, while prose that happens to use
/// ASCII commas varies from line to line. A record ending in a full stop is a
/// sentence, not a row of cells.
pub fn looks_like_csv(text: &str, lines: &[&str], non_blank: usize) -> bool {
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
        if separator_commas(line) >= 2 {
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
    for rec in reader(text).records() {
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

fn reader(text: &str) -> csv::Reader<&[u8]> {
    // Ragged records are allowed (not every exporter pads), there is no header row
    // to skip, and quotes are standard doubled ones.
    csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_bytes())
}

/// One row per record, an empty field keeping its column (merged cells are exported
/// blank, as a workbook reads them). A line break inside a quoted field stays in the
/// cell as "\n", as the XLSX reader keeps one; records with no text at all are
/// skipped, as a workbook's empty rows are.
pub fn rows(text: &str, b: &mut GridBuilder) {
    let mut rdr = reader(text);
    let mut rec = csv::StringRecord::new();
    // Detection parsed the same text, so an error is not expected here; the loop
    // stops at one rather than invent cells.
    while let Ok(true) = rdr.read_record(&mut rec) {
        if rec.iter().all(TrimWs::is_blank) {
            continue;
        }
        let n = rec.position().map_or(1, |p| p.line() as usize);
        b.push_row(n, rec.iter().map(|f| (cell_text(f), n)));
    }
}

fn cell_text(field: &str) -> String {
    let t = field.trim_ws();
    if t.contains('\r') { t.replace("\r\n", "\n").replace('\r', "\n") } else { t.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separators_are_not_field_commas() {
        assert_eq!(separator_commas("金额1,234.56万元"), 0);
        assert_eq!(separator_commas("a,,1,234"), 2);
    }
}
