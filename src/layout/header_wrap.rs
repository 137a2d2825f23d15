//! A matrix header whose column names wrap inside their cells, in text cut at runs of
//! spaces (`pdftotext -layout`, pdfplumber's `extract_text`): the cut-off tails print
//! on a line of their own under the header,
//!
//! ```text
//! 一级指标  二级指标  三级   指标值  指标值确定依
//!                     指标                   据
//! ```
//!
//! and that line keeps no column a reader could line up with the header's. The
//! header lexicon tells where each tail goes: the one header cell it completes into a
//! known column name (三级 + 指标, 指标值确定依 + 据, 绩效指标 + 描述).

use std::borrow::Cow;

use crate::read::Row;

use super::header::{is_matrix_title_cell, role_of_cell, role_of_key};

/// A wrapped cell's tail is a word or two: longer lines under a header are rows.
const TAIL_CHARS: usize = 6;

/// The header row with the tails on the line under it joined into their cells, and
/// the ids of the tail cells; None unless every cell of `tail` completes a header cell.
pub fn join_tail(head: &Row, tail: &Row) -> Option<(Row, Vec<usize>)> {
    // Asked once per header found: a tail line has few short cells, none a column name
    // of its own (a sub-header's 全省 | 长沙市 or 优 | 良 are columns, not tails).
    let n = tail.non_empty().count();
    if n == 0 || n > 3 || tail.non_empty().any(|c| !c.short || !tail_sized(c.key()) || role_of_cell(c).is_some()) {
        return None;
    }
    let mut joined = head.clone();
    let mut ids = Vec::with_capacity(n);
    for t in tail.non_empty() {
        // A header cell naming no column yet (cut off) before one that does (绩效指标,
        // the matrix caption, completed into 绩效指标描述), each one only once.
        let fits = |c: &&crate::read::Cell| !c.is_empty() && c.short && role_of_key(&format!("{}{}", c.key(), t.key())).is_some();
        let unnamed = |c: &&crate::read::Cell| role_of_cell(c).is_none() || is_matrix_title_cell(c);
        let mut fitting = joined.cells.iter().filter(fits);
        // A bracketed note fits after any column name ("(包含数字及文字描述)" under
        // 指标值, a second header row of its own): only the cell above it takes it.
        let at = if is_note(t.key()) {
            fitting.find(|c| c.col == t.col)?.col
        } else {
            fitting.clone().find(unnamed).or_else(|| fitting.next())?.col
        };
        let pos = joined.cells.iter().position(|c| c.col == at)?;
        let cell = &joined.cells[pos];
        joined.cells[pos] = cell.with_text(format!("{}{}", cell.text.trim_end(), t.text.trim()), cell.col);
        ids.push(t.id);
    }
    Some((joined, ids))
}

/// A bracketed note under a column name says how to fill it ("(含单位)",
/// "(包含数字及文字描述)"): longer than a wrapped word, still no row of data.
const NOTE_CHARS: usize = 20;

fn is_note(key: &str) -> bool {
    key.starts_with('(') && key.ends_with(')')
}

fn tail_sized(key: &str) -> bool {
    let n = key.chars().count();
    n <= TAIL_CHARS || (is_note(key) && n <= NOTE_CHARS)
}

/// The header rows as the matrix reads them: two rows that are a header and its
/// wrapped tails become the joined header, the tails' cells counted as read.
pub fn joined<'a>(rows: &'a [Row], consumed: &mut Vec<usize>) -> Cow<'a, [Row]> {
    if let [head, tail] = rows {
        if let Some((row, ids)) = join_tail(head, tail) {
            consumed.extend(ids);
            return Cow::Owned(vec![row]);
        }
    }
    Cow::Borrowed(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::header::{parse_header, Role};
    use crate::read::text::split_cells;

    fn roles(head: &str, tail: &str) -> Option<Vec<Role>> {
        let g = split_cells(&format!("{head}\n{tail}\n"));
        let (row, _) = join_tail(&g.rows[0], &g.rows[1])?;
        Some(parse_header(&row)?.groups[0].roles.iter().map(|r| r.0).collect())
    }

    #[test]
    fn tails_complete_the_cells_they_were_cut_from() {
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值\t指标值确定依", "据"), Some(vec![Role::Name, Role::Value, Role::Basis]));
        assert_eq!(roles("一级指标\t二级指标\t三级\t指标值", "指标"), Some(vec![Role::Name, Role::Value]));
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值\t绩效指标", "描述"), Some(vec![Role::Name, Role::Value, Role::Desc]));
    }

    /// A bracketed note is joined to the name above it, and to no other.
    #[test]
    fn a_note_completes_the_column_above_it() {
        let want = Some(vec![Role::Name, Role::Value]);
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "\t\t\t(包含数字及文字描述)"), want);
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "\t\t\t（含单位）"), want);
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "\t\t\t\t(含单位)"), None);
    }

    #[test]
    fn a_row_or_a_sub_header_is_no_tail() {
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "产出指标\t数量指标\t道路里程\t≥50公里"), None);
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "全省\t长沙市"), None);
        assert_eq!(roles("一级指标\t二级指标\t三级指标\t指标值", "逐步提高"), None);
    }
}
