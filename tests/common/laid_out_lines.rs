//! Lines of `pdftotext -layout` text written by hand for the laid-out reader's tests:
//! each text at its character column, as pdftotext prints a cell (an ideograph in one
//! column).

/// One printed line: each text at its character column. Two spaces at least between
/// cells: a single space is read as a column gap only between ideographs.
pub fn line(cells: &[(usize, &str)]) -> String {
    let mut out = String::new();
    for &(col, text) in cells {
        let at = out.chars().count();
        out.push_str(&" ".repeat(col.saturating_sub(at).max(if at == 0 { 0 } else { 2 })));
        out.push_str(text);
    }
    out
}
