//! A table that plain `pdftotext FILE.pdf` (reading order, no `-layout`) printed column
//! by column: each column a block of its own, the column's name on the first line and
//! its cells one a line under it, a blank line before the next column:
//!
//! ```text
//! 一级指标        二级指标        三级指标        指标值
//! 产出指标        数量指标        绿地养护面积    ≥30公顷
//! 效益指标        生态效益指标    空气质量改善    持续改善
//! ```
//!
//! comes out as the blocks "一级指标 / 产出指标 / 效益指标", "二级指标 / 数量指标 /
//! 生态效益指标", … . Nothing but the order of the lines ties a cell to its row, so the
//! blocks are read only when every column holds the same number of cells (no merged
//! cell was printed once for many rows), the 一级 and 二级 blocks hold nothing but
//! labels of their level, and every other block is headed by a column name. Such a
//! table is recut into the rows an ordinary table has (a header row, then one row per
//! indicator), so the rest of the layout reads it as any other. Columns printed once
//! for many rows (merged cells) leave the counts unequal: then nothing is recut, as no
//! order of the lines says which row a merged cell covers, and rows guessed would be
//! rows the file does not have.

use crate::chars::TrimWs;
use crate::extract::taxonomy::{classify_cell, LabelKind};
use crate::read::{Cell, Row};

use super::header::{role_of_cell, row_owner_role, Role, Schema};
use super::matrix::RawIndicator;

/// Recut the rows when they hold a table printed column by column. None (the common
/// case) when no row is the single cell 一级指标 with a 一级 label on the next line.
pub fn recut(rows: &[Row]) -> Option<Vec<Row>> {
    let at = rows.iter().position(|r| r.single().is_some_and(|c| c.text.starts_with('一') && c.short && c.key() == "一级指标"))?;
    // The stream's own header (一级指标 / 二级指标 / …) is the common case: left before
    // the blocks are cut.
    let next = rows.get(at + 1).filter(|r| r.line == rows[at].line + 1).and_then(Row::single)?;
    if classify_cell(next).is_none_or(|l| l.kind == LabelKind::Level2) {
        return None;
    }
    let blocks = blocks(rows);
    let b1 = blocks.iter().position(|b| b.start == at)?;
    let n = blocks[b1].len() - 1;
    if n == 0 || !labels(rows, &blocks[b1], LabelKind::Level1) {
        return None;
    }
    // The 二级 and 三级 columns follow, each as long as the 一级 one.
    let level2 = blocks.get(b1 + 1).filter(|b| b.len() == n + 1 && head_role(rows, b) == Some(Role::Level2))?;
    if !labels(rows, level2, LabelKind::Level2) {
        return None;
    }
    blocks.get(b1 + 2).filter(|b| b.len() == n + 1 && head_role(rows, b) == Some(Role::Name))?;
    let mut columns: Vec<Column> =
        (b1..b1 + 3).map(|k| Column { head: blocks[k].start, cells: blocks[k].start + 1, part: Part::Whole }).collect();
    // Columns after the names (指标值, 度量单位, 分值 …): each headed by a column name.
    // A name alone (its block empty) had its cells printed on the lines of the next
    // column's, one line holding both ("95 %" under 指标值 and 度量单位): a line is
    // cut at its last space, a line without one (a date) left whole under the first.
    let mut k = b1 + 3;
    let mut pending: Option<usize> = None;
    while let Some(b) = blocks.get(k) {
        if head_role(rows, b).is_none() {
            break;
        }
        match (b.len() - 1, pending.take()) {
            (0, None) => pending = Some(b.start),
            (m, Some(name_at)) if m == n => {
                columns.push(Column { head: name_at, cells: b.start + 1, part: Part::Before });
                columns.push(Column { head: b.start, cells: b.start + 1, part: Part::After });
            }
            (m, None) if m == n => columns.push(Column { head: b.start, cells: b.start + 1, part: Part::Whole }),
            _ => return None,
        }
        k += 1;
    }
    if pending.is_some() || !columns.iter().any(|c| c.part != Part::After && role_of_cell(head(rows, c.head)) == Some(Role::Value)) {
        return None;
    }
    // Columns before the levels that say whose row it is (单位名称, 项目名称, 项目年度
    // 绩效目标): the last lines of the blocks before, a row-owner name over them.
    let mut first = blocks[b1].start;
    let mut owners = Vec::new();
    for b in blocks[..b1].iter().rev() {
        let Some(h) = b.end.checked_sub(n + 1).filter(|&h| h >= b.start && gap_only(rows, b.end, first)) else { break };
        if !single(rows, h).is_some_and(|c| c.short && row_owner_role(c.key()).is_some()) {
            break;
        }
        owners.push(Column { head: h, cells: h + 1, part: Part::Whole });
        first = h;
        // Lines over the name in its block (the title) stand before the table.
        if h != b.start {
            break;
        }
    }
    owners.reverse();
    owners.extend(columns);
    let columns = owners;
    let end = blocks[k - 1].end;
    let mut out: Vec<Row> = rows[..first].to_vec();
    let header: Vec<Cell> = columns.iter().map(|c| head(rows, c.head).clone()).collect();
    out.push(row(rows[first].line, header));
    // Each row on the line of its name: the indicator's line is its name's.
    let names = blocks[b1 + 2].start + 1;
    for i in 0..n {
        let line = head(rows, names + i).line;
        let cells = columns
            .iter()
            .map(|c| {
                let cell = head(rows, c.cells + i);
                match (c.part, cell.text.rsplit_once(' ')) {
                    (Part::Whole, _) | (Part::Before, None) => cell.clone(),
                    (Part::Before, Some((value, _))) => cell.with_text(value.to_string(), 0),
                    (Part::After, Some((_, unit))) => cell.with_text(unit.to_string(), 0),
                    (Part::After, None) => cell.with_text(String::new(), 0),
                }
            })
            .collect::<Vec<_>>();
        out.push(row(line, cells));
    }
    out.extend(rows[end..].iter().cloned());
    Some(out)
}

/// A column: the row of its name and the row of its first cell.
struct Column {
    head: usize,
    cells: usize,
    part: Part,
}

/// Which part of its lines a column holds: two columns printed on one line share it.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Whole,
    Before,
    After,
}

/// Runs of rows of one cell each on consecutive lines: a blank line (or a row of
/// several cells) ends a run.
fn blocks(rows: &[Row]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, r) in rows.iter().enumerate() {
        let joined = i > 0 && r.line == rows[i - 1].line + 1 && rows[i - 1].single().is_some();
        match (r.single().is_some(), start) {
            (true, Some(_)) if joined => {}
            (true, s) => {
                if let Some(s) = s {
                    out.push(s..i);
                }
                start = Some(i);
            }
            (false, s) => {
                if let Some(s) = s {
                    out.push(s..i);
                }
                start = None;
            }
        }
    }
    if let Some(s) = start {
        out.push(s..rows.len());
    }
    out
}

/// Between two blocks nothing but empty rows.
fn gap_only(rows: &[Row], from: usize, to: usize) -> bool {
    rows[from..to].iter().all(|r| r.non_empty().next().is_none())
}

fn single(rows: &[Row], i: usize) -> Option<&Cell> {
    rows.get(i).and_then(Row::single)
}

fn head(rows: &[Row], i: usize) -> &Cell {
    rows[i].single().expect("a block's rows hold one cell each")
}

fn head_role(rows: &[Row], b: &std::ops::Range<usize>) -> Option<Role> {
    role_of_cell(head(rows, b.start))
}

/// Every cell under the block's name a label of this level (成本指标 and the like,
/// either level's, count for both).
fn labels(rows: &[Row], b: &std::ops::Range<usize>, kind: LabelKind) -> bool {
    (b.start + 1..b.end).all(|i| classify_cell(head(rows, i)).is_some_and(|l| l.kind == kind || l.kind == LabelKind::Either))
}

fn row(line: usize, cells: Vec<Cell>) -> Row {
    Row { line, cells: cells.into_iter().enumerate().map(|(k, c)| c.with_text(c.text.clone(), k)).collect() }
}

/// A stream whose header names no value column, none of whose rows got a value, while
/// the value column's name stands on a line of its own further down: the values were
/// printed as a block of their own, apart from the names (plain pdftotext across page
/// breaks), and the 二级 labels stand wherever their merged cells' middles fell. What
/// was read are names under guessed labels, rows the file does not have: they are
/// dropped, and the project is reported as having no indicator rows. (The rows are
/// those after the header; the last of them is no block's name.)
pub fn values_printed_apart(schema: &Schema, out: &[RawIndicator], rows: &[Row]) -> bool {
    out.len() > 1
        && !schema.groups.iter().any(|g| g.roles.iter().any(|r| r.0 == Role::Value))
        && out.iter().all(|r| r.cmp.as_deref().is_none_or(|c| c.trim_ws().is_empty()) && r.values.iter().all(|v| v.trim_ws().is_empty()))
        // With lines after it: a 指标值 last of all is the value column cut off, whose
        // names are the file's own (a document cut short).
        && rows.iter().rev().skip(1).any(|r| r.single().is_some_and(|c| role_of_cell(c) == Some(Role::Value)))
}
