//! Whether text is `pdftotext -layout` output (read/laid_out.rs): column gaps inside
//! lines, and either blank lines between the rows or pdftotext's page breaks with rows
//! printed indented to their columns.

use memchr::memmem;

use crate::chars::TrimWs;

/// Layout-kept text: enough lines with a wide gap inside them (columns), and blank
/// lines between the rows of its table.
pub fn is_laid_out(text: &str, lines: &[&str]) -> bool {
    // Asked of every text cut at spaces or as paragraphs, so the gaps are found by one
    // search of the whole text rather than line by line; blank lines are counted only
    // when there are gaps enough.
    let gapped = gapped_lines(text, "   ") + gapped_lines(text, "\u{3000}\u{3000}");
    if gapped < 4 {
        return false;
    }
    let blank = lines.iter().filter(|l| l.trim_ws().is_empty()).count();
    let non_blank = lines.len() - blank;
    // Rows one under the other with no blank line between them are laid out too when
    // pdftotext's form feeds mark the page breaks and rows under a merged first cell
    // are printed indented to their columns (what cells joined by spaces never are).
    gapped * 10 >= non_blank * 3
        && (blank * 5 >= lines.len() || memchr::memchr(b'\x0c', text.as_bytes()).is_some() && indented_rows(lines) >= 3)
}

/// Lines indented past a first column that still have a column gap inside them.
fn indented_rows(lines: &[&str]) -> usize {
    lines
        .iter()
        .filter(|l| {
            let t = l.trim_start_matches([' ', '\u{c}']);
            l.len() - t.len() >= 8 && t.trim_end().contains("   ")
        })
        .count()
}

/// Lines in which `gap` sits between two printed characters (a column gap, not the
/// indentation of the line or spaces at its end).
fn gapped_lines(text: &str, gap: &str) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0usize;
    let mut from = 0usize;
    let finder = memmem::Finder::new(gap);
    while let Some(at) = finder.find(&bytes[from..]).map(|i| from + i) {
        let start = memchr::memrchr(b'\n', &bytes[..at]).map_or(0, |i| i + 1);
        let end = memchr::memchr(b'\n', &bytes[at..]).map_or(bytes.len(), |i| at + i);
        // `at` starts a match of white space and `end` is a newline: both boundaries.
        let printed_before = !text[start..at].trim_ws().is_empty();
        let printed_after = !text[at..end].trim_ws().is_empty();
        if printed_before && printed_after {
            count += 1;
            from = end;
        } else {
            // Indentation: the gap may still come later on the line.
            from = at + gap.len();
        }
        if from >= bytes.len() {
            break;
        }
    }
    count
}
