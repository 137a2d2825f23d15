//! Side-by-side (中期/年度) matrices: which side is which period, and — in one cell per
//! paragraph text — rows lined up with the header again where the page kept its blank
//! cells, so each name and value is read under the column it was printed in.

use crate::extract::taxonomy::classify_cell;
use crate::model::Period;
use crate::read::{Cell, Row};

use super::header::Schema;
use super::keys::{self, Key};

/// Order of the 中期/年度 sides: as their goal columns are printed (中期 first by default).
pub(super) fn group_periods(schema: &Schema, pre: &[Row]) -> Vec<Option<Period>> {
    if schema.groups.len() < 2 {
        return vec![None; schema.groups.len()];
    }
    let mut annual_first = false;
    for row in pre {
        let mut mid = None;
        let mut ann = None;
        for c in row.non_empty() {
            match keys::key_kind(c) {
                Some(Key::MidGoal) => mid = mid.or(Some(c.col)),
                Some(Key::AnnualGoal) => ann = ann.or(Some(c.col)),
                _ => {}
            }
        }
        if let (Some(m), Some(a)) = (mid, ann) {
            annual_first = a < m;
            break;
        }
    }
    let (first, second) = if annual_first { (Period::Annual, Period::Midterm) } else { (Period::Midterm, Period::Annual) };
    let mut v = vec![Some(first), Some(second)];
    v.resize(schema.groups.len(), None);
    v
}

/// A stream's body as rows of the header's width, when blank cells were kept (a
/// paragraph holding only a space) and every row so cut lines up: labels only under
/// the 一级/二级 columns, and some data under the others. A side-by-side table leaves a
/// whole side blank on a row (an annual-only indicator), which a stream that drops
/// blanks cannot tell from the other side; with them, the columns say it. So does a
/// single matrix: a 自评表 row whose 实际完成值 is blank would otherwise give its 分值
/// to the 实际完成值 column, the next one a stream fills.
pub(super) fn regroup(body: &[Row], blanks: &[usize], schema: &Schema) -> Option<Vec<Row>> {
    // A caption heading a column of its own ("绩效指标") is blank on every row.
    let skip = if schema.caption { schema.level1_col.unwrap_or_else(|| schema.groups[0].first_col()) } else { 0 };
    let w = schema.width.saturating_sub(skip);
    if w < 3 || blanks.is_empty() {
        return None;
    }
    let (first, last) = (body.first()?.line, body.last()?.line);
    let (lo, hi) = (blanks.partition_point(|&l| l < first), blanks.partition_point(|&l| l <= last));
    if lo == hi {
        return None;
    }
    // The cells in reading order, None for a blank one.
    let mut seq: Vec<Option<&Cell>> = Vec::with_capacity(body.len() + hi - lo);
    let mut b = lo;
    for row in body {
        let [cell] = row.cells.as_slice() else { return None };
        while b < hi && blanks[b] < row.line {
            seq.push(None);
            b += 1;
        }
        seq.push((!cell.is_empty()).then_some(cell));
    }
    seq.chunks(w).map(|chunk| line_up(chunk, skip, schema)).collect()
}

/// One row of cells in column order, if it fits the header's columns.
fn line_up(chunk: &[Option<&Cell>], skip: usize, schema: &Schema) -> Option<Row> {
    let any = chunk.iter().flatten().next()?;
    let mut has_data = false;
    for (col, c) in chunk.iter().enumerate().map(|(i, c)| (i + skip, c)) {
        let Some(c) = c else { continue };
        if schema.is_label_col(col) {
            classify_cell(c)?;
        } else {
            schema.data_role_at(col)?;
            has_data = true;
        }
    }
    has_data.then(|| Row {
        line: any.line,
        cells: (0..schema.width)
            .map(|col| {
                col.checked_sub(skip)
                    .and_then(|i| chunk.get(i).copied().flatten())
                    .map_or_else(|| any.with_text(String::new(), col), |c| c.with_text(c.text.clone(), col))
            })
            .collect(),
    })
}
