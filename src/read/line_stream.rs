//! Text copied one cell per line, read as a stream of cells (read/text.rs's
//! Paragraphs style): telling it from paragraphs between blank lines and from text
//! cut at spaces.

use super::text::is_blank;
use crate::chars::TrimWs;

/// Three lines in ten blank: paragraphs between blank lines, not cells one per line.
pub(super) fn is_mostly_blank(blank: usize, non_blank: usize) -> bool {
    blank * 10 >= (blank + non_blank) * 3
}

pub(super) fn mostly_blank(lines: &[&str]) -> bool {
    let blank = lines.iter().filter(|l| is_blank(l) && !l.contains('\t')).count();
    is_mostly_blank(blank, lines.len() - blank)
}

/// A table copied one cell per line with no blank line between its rows (a PDF or
/// Word copy that lost the row breaks): nearly every line is a single word, so no
/// line is a row; the cells are read as a stream, as paragraphs are. Cells with
/// spaces inside them ("绩效目标 总体描述", a form's "新增□ 延续□ 往年备选□" options)
/// still print on lines of their own: four lines in five of one word are enough.
pub(super) fn one_cell_per_line(lines: &[&str], non_blank: usize) -> bool {
    if non_blank < 12 {
        return false;
    }
    // A line cut only by font gaps ("≤50 万元", read/font_gaps.rs) is one cell too.
    let one = |l: &&&str| l.split_whitespace().nth(1).is_none() || super::font_gaps::only_font_gaps(l.trim_ws());
    let single = lines.iter().filter(|l| !is_blank(l) && one(l)).count();
    single * 10 >= non_blank * 8
}
