//! Spaces a PDF tool prints where the font changes, not where the page has one.
//!
//! PyMuPDF's plain `page.get_text()` writes one cell per line but puts a space
//! between a run of digits and the Han character after it when the two are set in
//! different fonts ("≤50 万元", "2025 年12 月", "唐财社〔2023〕177 号"). The PDF
//! itself draws them as one word (jixiao's own PDF reader reads "≤50万元"). A third of
//! such a copy's lines carry one, enough to make it look cut at spaces; a line whose
//! only spaces sit between a digit and a Han character is one cell all the same.
//! Only the character classes on both sides are looked at, never the words.

use crate::chars::is_han;

/// Whether every space in `line` (already trimmed) is a single space after an ASCII
/// digit and before a Han character — and there is at least one.
pub(super) fn only_font_gaps(line: &str) -> bool {
    // Most lines have no space at all: one byte search decides them.
    if !line.contains(' ') {
        return false;
    }
    let bytes = line.as_bytes();
    line.match_indices(' ').all(|(i, _)| i > 0 && bytes[i - 1].is_ascii_digit() && line[i + 1..].chars().next().is_some_and(is_han))
        && !line.contains(|c: char| c.is_whitespace() && c != ' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gaps_between_digits_and_han_only() {
        assert!(only_font_gaps("≤50 万元"));
        assert!(only_font_gaps("2025 年12 月"));
        // Spaces anywhere else are the page's own.
        assert!(!only_font_gaps("第 1 页 共 2 页"));
        assert!(!only_font_gaps("绩效目标 总体描述"));
        assert!(!only_font_gaps("95 %"));
        assert!(!only_font_gaps("50  万元"));
        assert!(!only_font_gaps("≤50万元"));
    }
}
