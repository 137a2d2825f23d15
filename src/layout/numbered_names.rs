//! Names that carry their row number at the end ("合格率5", "巡查人次12"), as some
//! tables print them in the 三级 column. The target grammar reads the trailing number
//! as a value, so in a stream of one cell per line (PyMuPDF's plain `get_text()`)
//! such a name was taken for the value of the line before. What ends like a name
//! before a short bare number (no unit, no comparator) is a name all the same. Only
//! the shape is looked at: the name's ending (stream::looks_like_name) and the digits.

use crate::chars::is_han;

use super::stream;

/// Longest row number read as one (a table of a thousand rows is no such table).
const MAX_DIGITS: usize = 3;

/// `t` (trimmed) is a name ending like one, then a bare row number.
pub(super) fn is_numbered_name(t: &str) -> bool {
    // Asked of every line of a stream: most do not end with a digit.
    if !t.as_bytes().last().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let head = t.trim_end_matches(|c: char| c.is_ascii_digit());
    t.len() - head.len() <= MAX_DIGITS && head.chars().next_back().is_some_and(is_han) && stream::looks_like_name(head)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_with_its_row_number() {
        assert!(is_numbered_name("合格率5"));
        assert!(is_numbered_name("巡查人次12"));
        // Values and other shapes are not.
        assert!(!is_numbered_name("2026年11月"));
        assert!(!is_numbered_name("≥92"));
        assert!(!is_numbered_name("15次"));
        assert!(!is_numbered_name("养护支出6"));
        assert!(!is_numbered_name("合格率≥95"));
        assert!(!is_numbered_name("合格率2026"));
    }
}
