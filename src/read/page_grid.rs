//! Text a PDF tool printed onto a character grid of the page (pdfplumber's
//! `extract_text(layout=True)`): every line is padded with spaces to the page's width
//! in characters, and blank lines stand for the vertical space between printed lines.
//!
//! Such text keeps its columns as `pdftotext -layout` does, but its blank lines fall
//! wherever the page has a little more room (inside a row whose cells wrap, between
//! the lines of a paragraph), not between table rows: read as laid-out text
//! (read/laid_out.rs), whose rows are the blocks between blank lines, a row's wrapped
//! name is cut off its row wherever such a line falls. Read line by line and cut at its
//! column gaps (the space reader), the blank lines are passed over and the layout
//! passes join the wrapped lines as in any space-cut text.

/// Fewest lines a page grid has: a few padded lines prove nothing.
const MIN_LINES: usize = 8;

/// Whether `lines` are a page printed onto a character grid: every line but the last
/// ends in padding, and nearly every line is as wide (in characters) as the one before
/// (the page's width; a text run past it, or the next page of another width, differs).
pub fn is_page_grid(lines: &[&str]) -> bool {
    // Asked of every text: almost no text has a space at the end of its first line.
    if !lines.first().is_some_and(|l| padded(l)) || lines.len() < MIN_LINES {
        return false;
    }
    let last = lines.len() - 1;
    let body = if lines[last].is_empty() { &lines[..last] } else { lines };
    if !body.iter().all(|l| padded(l)) {
        return false;
    }
    let mut same = 0usize;
    let mut width = body[0].chars().count();
    for l in &body[1..] {
        let w = l.chars().count();
        same += usize::from(w == width);
        width = w;
    }
    same * 10 >= (body.len() - 1) * 9
}

/// Ends in a space (bytes: the gate runs on every text).
fn padded(line: &str) -> bool {
    line.as_bytes().last() == Some(&b' ')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn padded(lines: &[&str], width: usize) -> Vec<String> {
        lines.iter().map(|l| format!("{l:<width$}")).collect()
    }

    #[test]
    fn lines_padded_to_one_width_are_a_page_grid() {
        let rows = ["标题", "", "项目名称    某某项目", "", "", "一级指标    二级指标", "产出指标    数量指标", "", "说明"];
        let grid = padded(&rows, 40);
        let lines: Vec<&str> = grid.iter().map(String::as_str).collect();
        assert!(is_page_grid(&lines));
        // Trimmed lines (pdftotext -layout) are not.
        let trimmed: Vec<&str> = rows.to_vec();
        assert!(!is_page_grid(&trimmed));
    }

    #[test]
    fn lines_of_many_widths_are_no_page_grid() {
        let lines = ["a ", "bb ", "ccc ", "dddd ", "eeeee ", "ffffff ", "ggggggg ", "hhhhhhhh "];
        assert!(!is_page_grid(&lines));
    }
}
