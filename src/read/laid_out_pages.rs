//! Page furniture of `pdftotext -layout` text: the running head printed at the top of
//! every page (the line that opens with pdftotext's form feed) and the page number
//! printed at the foot ("-1-", "- 12 -", "第3页"). In text whose table rows follow each
//! other without blank lines, a row cut by a page break has these between its halves;
//! they are dropped, with the blank lines around them, so that the row's second half
//! lands right under its first and is joined to it like any wrapped line.

use crate::chars::TrimWs;

/// Which lines are page furniture, or blank lines around it, at the page breaks.
pub(super) fn furniture(lines: &[&str]) -> Vec<bool> {
    let mut skip = vec![false; lines.len()];
    let page_starts: Vec<usize> = lines.iter().enumerate().filter(|(_, l)| l.starts_with('\u{c}')).map(|(i, _)| i).collect();
    // A running head repeats: the same first line on at least two pages (the first
    // page has no form feed before it).
    let head_of = |i: usize| lines[i].trim_ws();
    let first = lines.iter().position(|l| !l.trim_ws().is_empty());
    let heads: Vec<&str> = first.into_iter().chain(page_starts.iter().copied()).map(head_of).collect();
    for &i in &page_starts {
        let head = head_of(i);
        let repeated = !head.is_empty() && heads.iter().filter(|&&h| h == head).count() >= 2;
        if head.is_empty() || repeated {
            skip[i] = true;
            let mut next = i + 1;
            while next < lines.len() && lines[next].trim_ws().is_empty() {
                skip[next] = true;
                next += 1;
            }
        }
        // Back from the page start: blank lines and the page number of the page before.
        let mut k = i;
        while k > 0 && lines[k - 1].trim_ws().is_empty() {
            k -= 1;
        }
        if k > 0 && is_page_number(lines[k - 1].trim_ws()) {
            k -= 1;
            while k > 0 && lines[k - 1].trim_ws().is_empty() {
                k -= 1;
            }
            skip[k..i].fill(true);
        } else if skip[i] {
            // No page number: only the blank lines at the foot go with the break.
            skip[k..i].fill(true);
        }
    }
    skip
}

/// "-1-", "- 12 -", "— 3 —", "第3页", "第 3 页 共 9 页", "3/9": a page number alone on its
/// line. A bare number is not taken for one: it may be a cell's value.
fn is_page_number(text: &str) -> bool {
    text.chars().count() <= 16
        && text.contains(['-', '—', '–', '/', '页'])
        && text.chars().any(|c| c.is_ascii_digit())
        && text.chars().all(|c| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '-' | '—' | '–' | '/' | '第' | '页' | '共'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for t in ["-1-", "- 12 -", "— 3 —", "第3页", "第 3 页 共 9 页", "3/9"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["≥95%", "100", "2024 年", "表 13-2", "-"] {
            assert!(!is_page_number(t), "{t}");
        }
    }
}
