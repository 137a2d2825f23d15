//! Fixed wordings that carry no digits in the usual places: a cell marked not applicable
//! ("/", "—", "不适用").
//!
//! Each entry point is gated on a byte or first-character test, since the grammar runs
//! on every value and these forms are rare.

/// Whole values that say there is no target: a dash or slash in the cell, or 不适用 in
/// words. records.md has kind "empty" for a row with no target; these are read the same
/// way (nothing measurable is printed), so V001 reports them as it does an empty cell,
/// and they count as unquantified in V007. (After normalisation "—", "－" and "——" are
/// "-" and "--".)
pub(super) fn not_applicable(s: &str) -> bool {
    // The longest word below is 9 bytes; most values are longer or start with a digit.
    if s.len() > 9 || s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if s.chars().all(|c| matches!(c, '-' | '/' | '\\' | '~')) {
        return true;
    }
    const WORDS: &[&str] = &["无", "不适用", "暂无", "待定", "不涉及", "N/A", "n/a", "NA", "空"];
    WORDS.contains(&s)
}
