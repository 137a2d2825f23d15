//! One cell per line, each cell's closing "|" printed on a line of its own
//! ("项目名称" / "|" / "某某项目" / "|"): some government sites flatten their HTML
//! tables this way. No line marks a row (every cell is followed by the same lone
//! pipe), so the cells are read as a paragraph stream; a lone pipe right after
//! another one closes a cell printed empty, which keeps its column's place (see
//! `Grid::blank_cells`), as a blank paragraph does. Read by `text::pipe_stream`.

use super::text::{is_blank, is_pipe_only};
use crate::chars::TrimWs;

/// A line holding one "|" and nothing else.
pub(super) fn is_lone_pipe(line: &str) -> bool {
    line.trim_ws() == "|"
}

/// Whether `lines` print every cell's closing pipe on the next line: runs of text
/// between lone pipes are nearly all one line long, and almost no line holds text
/// and a pipe together (the shapes that do are read by the other pipe readers). A
/// copy whose lone pipes open rows of several cells fails the run test.
pub(super) fn pipes_close_on_own_line(lines: &[&str]) -> bool {
    let mut lone = 0usize;
    let mut mixed = 0usize;
    // Text runs that start after a lone pipe, and those a lone pipe ends at once.
    let mut runs = 0usize;
    let mut single = 0usize;
    let mut prev: Option<&str> = None;
    let mut run_len = 0usize;
    let mut run_opened = false;
    for line in lines.iter().copied().filter(|l| !is_blank(l)) {
        if is_lone_pipe(line) {
            lone += 1;
            if run_opened && run_len == 1 {
                single += 1;
            }
            run_len = 0;
            run_opened = true;
        } else if line.contains('|') {
            mixed += 1;
            run_len = 0;
            run_opened = is_pipe_only(line);
        } else {
            if run_len == 0 && run_opened && prev.is_some_and(is_lone_pipe) {
                runs += 1;
            }
            run_len += 1;
        }
        prev = Some(line);
    }
    runs >= 6 && single * 10 >= runs * 8 && mixed * 10 <= lone
}
