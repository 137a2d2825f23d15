//! Wrapped lines of cells that `pdftotext -layout` printed left of their columns: see
//! [`pushed_run`]. Split from `laid_out.rs`, which joins pieces into rows.

use super::laid_out::{column_of, Column, Piece};
use super::laid_out_fullness::{is_bare_number, Room};

/// The cells the pieces `k..end` of a line go on in, from the first piece at or right
/// of a run of cells pushed left on the line above, when their columns say otherwise.
///
/// pdftotext gives an ideograph one column though it is two wide, so cells printed one
/// space after a full cell of ideographs ("社会效益指标 医保入户结算 医保入户结算 显著提升")
/// stand left of their columns, each farther left than the one before, while their
/// wrapped last lines below stand at the true columns: about a whole column right of
/// their own cell's print, under the next cell's. Those lines go on in the run's
/// wrapped cells in order, from the left, each right of its cell's print (as a page's
/// first line goes on in a row cut by the page break).
pub(super) fn pushed_run(cols: &[Column], block: &[Piece], full: &[Room], k: usize, end: usize) -> Option<(usize, Vec<usize>)> {
    let above = block[k.checked_sub(1)?].line;
    if block[k].line != above + 1 || cols.len() < 3 {
        return None;
    }
    let last_above = |c: &Column| c.pieces.last().copied().filter(|&q| block[q].line == above);
    let pushed = |q: usize| q > 0 && block[q - 1].line == block[q].line && block[q - 1].end + 1 == block[q].start;
    // (Most lines have no cell pushed left above them: asked first, with no allocation.)
    let c0 = (1..cols.len()).find(|&c| last_above(&cols[c]).is_some_and(pushed))?;
    let from = (k..end).find(|&p| block[p].start >= cols[c0].start)?;
    // Pieces left of the run go by their columns, and must have one: a new column
    // inserted left of the run would renumber its cells.
    if (k..from).any(|p| column_of(cols, &block[p]).is_none()) {
        return None;
    }
    let cells: Vec<usize> = (c0..cols.len())
        .filter(|&c| last_above(&cols[c]).is_some_and(|q| full[q].full() && !is_bare_number(&block[q].text)))
        .take(end - from)
        .collect();
    if cells.len() < end - from || (from..end).zip(&cells).any(|(p, &c)| block[p].start <= cols[c].start) {
        return None;
    }
    let moved = (from..end).zip(&cells).any(|(p, &c)| column_of(cols, &block[p]) != Some(c));
    moved.then_some((from, cells))
}
