//! Whether a piece of `pdftotext -layout` text fills its cell, so that text below it
//! in its column continues it: see [`fullness`]. Split from `laid_out.rs`, which joins
//! pieces into rows.

use super::laid_out::{is_ideograph, overlaps, Piece};

/// Whether each piece fills its cell's width, so that text below it in its column
/// continues it: it runs into the next piece on its line, or it is at least as wide
/// as the widest piece it overlaps in the block, less one column. (Widths, not
/// gaps, decide most cases: pdftotext prints a CJK character in one column though
/// it is two wide, so the gap after a full cell can look wide.)
///
/// Where rows follow without blank lines the block is a whole table, with titles,
/// paragraphs and cells of other columns over the same character columns: there a
/// piece is measured against the pieces with the same left edge (its column's lines),
/// and a line of ideographs only is measured in printed widths ([`printed_width`]),
/// so that it and a line with digits in it fill the same cell alike.
///
/// Each piece's [`Room`]: how much more its cell's widest line holds.
pub(super) fn fullness(block: &[Piece], dense: bool, page_tops: &[usize]) -> Vec<Room> {
    // Each page has its own character columns: pieces are compared within a page.
    let page = |p: &Piece| page_tops.partition_point(|&t| t <= p.line);
    // Where the next piece on each piece's line starts (the right bound of its cell):
    // a piece of the header rows above may start where an indicator column does and
    // run on over the columns after it.
    let next: Vec<Option<usize>> =
        (0..block.len()).map(|i| block.get(i + 1).filter(|n| n.line == block[i].line).map(|n| n.start)).collect();
    let bound = if dense { bounds(block, &next, page_tops) } else { Vec::new() };
    let near = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => a.abs_diff(b) <= 1,
        (a, b) => a == b,
    };
    block
        .iter()
        .enumerate()
        .map(|(i, p)| {
            if p.runs_on {
                return Room::FULL;
            }
            let width = p.end - p.start;
            // A full cell of ideographs (printed one column each though two wide) is
            // followed by a gap of about its own width at most: a short label farther
            // from the next cell ("满意度指标" over a title after the table) had room
            // left.
            if dense && bound[i].is_some_and(|n| n - p.end > width + 1) {
                return Room::OPEN;
            }
            // (Measured by the cell's right bound, not the next piece: a field of the
            // project's head ending its line at a right-hand name's column has none,
            // where the name's lines have their value cell's.)
            let same_column = |(j, q): &(usize, &Piece)| {
                if dense {
                    q.start.abs_diff(p.start) <= 1 && near(bound[*j], bound[i]) && page(q) == page(p)
                } else {
                    overlaps((q.start, q.end), (p.start, p.end))
                }
            };
            // A dense block may run over many pages: its pieces are in line order, and
            // a column is measured over the lines near the piece, not the whole block.
            let (lo, hi) = if dense {
                (block.partition_point(|q| q.line + DENSE_NEAR < p.line), block.partition_point(|q| q.line <= p.line + DENSE_NEAR))
            } else {
                (0, block.len())
            };
            let column = || block[lo..hi].iter().enumerate().map(|(j, q)| (lo + j, q)).filter(same_column).map(|(_, q)| q);
            if dense && is_ideographs(&p.text) {
                // Ideographs only: measured in printed widths, against lines of the
                // cell with digits in them too ("金（2024 年直达资" takes more columns
                // than "服务能力提升补助资" and fills the cell no more).
                let printed = printed_width(&p.text);
                let widest = column().map(|q| printed_width(&q.text)).max().unwrap_or(printed);
                return Room { left: widest.saturating_sub(printed), printed: true };
            }
            // Otherwise in columns, with a column's slack for text with digits or Latin.
            let widest = column().map(|q| q.end - q.start).max().unwrap_or(width);
            Room { left: widest.saturating_sub(width), printed: false }
        })
        .collect()
}

/// How much more a piece's cell holds on the piece's line: how much narrower the piece
/// is than the widest line of its column, in printed widths for a line of ideographs
/// (see [`printed_width`]), else in character columns.
#[derive(Clone, Copy)]
pub(super) struct Room {
    left: usize,
    printed: bool,
}

impl Room {
    const FULL: Room = Room { left: 0, printed: false };
    /// Room past any reckoning: a short label far from the next cell.
    const OPEN: Room = Room { left: usize::MAX, printed: false };

    /// Whether the piece fills its cell, so that text below it in its column continues
    /// it: one unit short of the widest line is full (the next ideograph, two units,
    /// would not fit: "二乙人员人数(医"), and so is a column short, a column's slack for
    /// text with digits or Latin.
    pub(super) fn full(self) -> bool {
        self.left <= 1
    }

    /// Whether `below` opens with a bracket group ("(%)", "（人）") that the room left
    /// does not take: a name whose group did not fit is printed with the whole group
    /// on the next line, as wrapping never cuts one, so the line above had room left
    /// and still goes on below. Such a line may be wider than the one above, never than the widest line.
    pub(super) fn refuses(self, above: &str, below: &str) -> bool {
        // (The first character is asked first: most lines open with no bracket.)
        if !below.starts_with(['(', '（']) || self.left == usize::MAX {
            return false;
        }
        let width = |t: &str| if self.printed { printed_width(t) } else { t.chars().count() };
        // The group, with the marks after it that never open a line ("(组)、"): they
        // go down with it.
        let close = below.find([')', '）']).map_or(below.len(), |e| e + below[e..].chars().next().map_or(0, char::len_utf8));
        let end = below[close..].find(|c: char| !NO_LINE_START.contains(&c)).map_or(below.len(), |e| close + e);
        width(&below[..end]) > self.left && width(below) <= width(above) + self.left + 1
    }
}

/// The right bound of each piece's cell in a dense block: the next piece on its line
/// or, nearer, the bound of the piece right above it in its column. In a table of two
/// sides (中期 | 年度) the wrapped lines of a name have an empty value cell beside
/// them, and the next piece on their line is the other side's name, far off. So may
/// a name's first line (a 中期 name with no 指标值): a bound farther than a full cell's
/// gap is taken from the nearest line of its column whose bound is nearer.
fn bounds(block: &[Piece], next: &[Option<usize>], page_tops: &[usize]) -> Vec<Option<usize>> {
    let mut bound = next.to_vec();
    // The pieces of the line before the current one, and where the current one starts.
    let (mut above, mut here) = (0..0, 0);
    for i in 0..block.len() {
        if i > 0 && block[i].line != block[i - 1].line {
            above = here..i;
            here = i;
        }
        let p = &block[i];
        if above.is_empty() || block[above.start].line + 1 != p.line {
            continue;
        }
        // (A bound the piece reaches is none of its cell's: a heading over it ends there.)
        let b = above.clone().find(|&q| block[q].start.abs_diff(p.start) <= 1).and_then(|q| bound[q]).filter(|&b| b > p.end);
        if let Some(b) = b {
            bound[i] = Some(bound[i].map_or(b, |n| n.min(b)));
        }
    }
    let page = |p: &Piece| page_tops.partition_point(|&t| t <= p.line);
    let mut out = bound.clone();
    for (i, p) in block.iter().enumerate() {
        // (Most pieces are followed a full cell's gap off at most: asked first.)
        let Some(b) = bound[i].filter(|&b| b - p.end > p.end - p.start + 1) else { continue };
        let (lo, hi) = (block.partition_point(|q| q.line + DENSE_NEAR < p.line), block.partition_point(|q| q.line <= p.line + DENSE_NEAR));
        let nearer = (lo..hi)
            .filter(|&j| {
                block[j].start.abs_diff(p.start) <= 1 && bound[j].is_some_and(|c| c > p.end && c < b) && page(&block[j]) == page(p)
            })
            .filter(|&j| wraps(block, j))
            .min_by_key(|&j| block[j].line.abs_diff(p.line));
        if let Some(j) = nearer {
            out[i] = bound[j];
        }
    }
    out
}

/// Whether the piece at `j` goes on below: the next line opens with a piece at its
/// column. A column of names wraps so; a column of labels (经济效益指标 over 社会效益指标
/// with a name beside it) has the next label below a label, the next name beside it.
fn wraps(block: &[Piece], j: usize) -> bool {
    let below = block.partition_point(|q| q.line <= block[j].line);
    let (line, start) = (block[j].line + 1, block[j].start);
    block.get(below).is_some_and(|q| q.line == line && q.start.abs_diff(start) <= 1)
}

/// Digits with a decimal point or thousands commas only ("672000.00", "1,200").
pub(super) fn is_bare_number(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_digit()) && text.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
}

/// Ideographs and full-width marks only: a line `fullness` measures in printed widths.
pub(super) fn is_ideographs(text: &str) -> bool {
    text.chars().all(is_ideograph_or_mark)
}

/// A piece's printed width in half-width units: pdftotext prints an ideograph or a
/// full-width mark in one column though it is two wide, so columns undercount CJK
/// beside digits and Latin ("金（2024年直达资" fills its cell as "服务能力提升补助资" does,
/// in more columns).
pub(super) fn printed_width(text: &str) -> usize {
    text.chars().map(|c| if is_ideograph_or_mark(c) { 2 } else { 1 }).sum()
}

/// Marks a line never opens with: wrapping keeps them on the line of the text before.
const NO_LINE_START: [char; 12] = ['、', '，', '。', '；', '：', '！', '？', '）', ',', '.', ';', ':'];

/// How many lines around a piece of a dense block measure its column (about a page).
const DENSE_NEAR: usize = 60;

/// Ideographs and full-width punctuation: characters pdftotext prints one to a column.
fn is_ideograph_or_mark(c: char) -> bool {
    is_ideograph(c) || matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}')
}
