//! Markdown copies of a table ("| a | b |" rows under a "|---|---|" rule), where a
//! cell may go on over several physical lines: the converter keeps the line breaks
//! inside a cell, so a row is only whole once a line closes it with "|".

use crate::chars::TrimWs;

use super::grid::GridBuilder;
use super::text::{is_blank, is_pipe_only, pipe_parts};

/// "|---|:---:|": the rule under a markdown table's header row. Asked of every line
/// of a pipe copy: the first byte rules out nearly all of them.
pub(super) fn is_rule(line: &str) -> bool {
    let t = line.trim_ws();
    t.starts_with('|') && t.contains('-') && t.bytes().all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
}

/// The columns of a rule: its dashed cells (its outer pipes are optional).
fn width(rule: &str) -> usize {
    pipe_parts(rule).iter().filter(|p| !p.is_empty()).count()
}

/// Rows of a markdown copy. A row not closed by "|" at the end of its line goes on
/// on the next line: text before that line's first "|" (or a line with no "|" at
/// all) continues the row's last cell, and so does a line opening with "|" that has
/// fewer cells than the table is wide — a full row there is the next row instead.
/// The rule lines are no rows: the width of the table under each is taken from it.
pub(super) fn rows(lines: &[&str], b: &mut GridBuilder) {
    // A table whose header row is not closed by "|" closes none of its rows: there
    // every line is a row.
    let closing = |rule: usize| rule > 0 && lines[rule - 1].trim_ws().ends_with('|');
    let first = lines.iter().position(|l| is_rule(l));
    let mut wide = first.map_or(0, |k| width(lines[k]));
    let mut rows_close = first.is_some_and(closing);
    let mut open: Option<(usize, Vec<(String, usize)>)> = None;
    let flush = |open: &mut Option<(usize, Vec<(String, usize)>)>, b: &mut GridBuilder| {
        if let Some((at, row)) = open.take() {
            b.push_row(at, row);
        }
    };
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        if is_blank(line) || is_pipe_only(line) || is_rule(line) {
            flush(&mut open, b);
            if is_rule(line) {
                wide = width(line);
                rows_close = closing(i);
            }
            continue;
        }
        let t = line.trim_ws();
        let lead = t.starts_with('|');
        let closed = t.ends_with('|') || !rows_close;
        let mut parts = pipe_parts(t);
        if lead {
            parts.remove(0);
        }
        // The empty piece after a closing pipe is kept, as the other pipe rows keep it.
        let filled = parts.len() - usize::from(t.ends_with('|'));
        let mut cells = parts.into_iter().map(|p| (p.to_string(), n));
        match open.as_mut() {
            Some((_, row)) if !lead || filled < wide => {
                if let (Some(last), Some((first, _))) = (row.last_mut(), cells.next()) {
                    if !first.is_empty() {
                        if !last.0.is_empty() {
                            last.0.push('\n');
                        }
                        last.0.push_str(&first);
                    }
                }
                row.extend(cells);
            }
            _ => {
                flush(&mut open, b);
                // A line with no pipe (a title over the table) opens no row.
                if !lead && !t.contains('|') {
                    b.push_row(n, cells);
                    continue;
                }
                open = Some((n, cells.collect()));
            }
        }
        if closed {
            flush(&mut open, b);
        }
    }
    flush(&mut open, b);
}
