//! Sub-regions heading the value columns of a 区域绩效目标表 (domain.md §5 L8: one
//! value column per county or city, under a 指标值 cell merged across them or headed
//! by the place names alone), in the shapes a copy prints them: aligned under the
//! header, cut at runs of spaces out of their columns, or one name per line.

use crate::extract::taxonomy;
use std::ops::Range;

use crate::read::{Cell, Row};

use super::header::{role_of_cell, role_of_key, Role, Schema};

/// A column headed by a place (甲县, 某某镇, 合计) rather than a column name: no
/// digits, no comparator, no column word of the lexicon.
pub(super) fn is_place_name(c: &Cell) -> bool {
    let k = c.key();
    !k.is_empty()
        && k.chars().count() <= 16
        && !k.chars().any(|ch| ch.is_ascii_digit() || matches!(ch, '%' | '≥' | '≤' | '>' | '<' | '='))
        && role_of_key(k).is_none()
}

/// The columns a second header row names under a 指标值 cell merged across them (one
/// per sub-region, printed under 指标值 in regional tables): the row holds only place
/// names, at least two, all at or after the value column and under blank header cells.
pub(super) fn region_cols(header: &Row, schema: &Schema, next: &Row) -> Vec<usize> {
    let values: Vec<usize> = schema.groups.iter().flat_map(|g| &g.roles).filter(|(r, _)| *r == Role::Value).map(|x| x.1).collect();
    let [value] = values[..] else { return Vec::new() };
    let blank_above = |col: usize| col == value || header.cells.get(col).is_none_or(|c| c.is_empty());
    let cols: Vec<usize> = next.non_empty().map(|c| c.col).collect();
    let fits = next.non_empty().all(|c| c.col >= value && c.short && blank_above(c.col) && is_place_name(c));
    if fits && cols.len() >= 2 {
        cols
    } else {
        Vec::new()
    }
}

/// The same second header row in text cut at runs of spaces, whose cells keep their
/// order but not their columns: sub-region names only (…县, …市, 合计), at least two,
/// under a header with a single value column. Returns the header row with the names
/// in place of its 指标值 cell (the cell merged across their columns), one column
/// each, and those columns.
pub(super) fn regions_unaligned(header: &Row, schema: &Schema, next: &Row) -> Option<(Row, Vec<usize>)> {
    let values: Vec<usize> = schema.groups.iter().flat_map(|g| &g.roles).filter(|(r, _)| *r == Role::Value).map(|x| x.1).collect();
    let [value] = values[..] else { return None };
    if next.non_empty().nth(1).is_none() || !next.non_empty().all(is_region_heading) {
        return None;
    }
    let mut cells: Vec<Cell> = Vec::with_capacity(header.cells.len() + next.cells.len());
    let mut cols = Vec::new();
    for c in &header.cells {
        if c.col == value {
            for p in next.non_empty() {
                cols.push(cells.len());
                cells.push(p.with_text(p.text.clone(), cells.len()));
            }
        } else {
            cells.push(c.with_text(c.text.clone(), cells.len()));
        }
    }
    Some((Row { line: header.line, cells }, cols))
}

/// A sub-region's name heading a value column, as a stream prints it with nothing
/// around it: a place name that ends like one (…省, …市, …县, …区, 省本级) or a total. Stricter
/// than [`is_place_name`], since no header row bounds a stream's header.
pub fn is_region_heading(c: &Cell) -> bool {
    let k = c.key();
    let Some(last) = k.chars().next_back() else { return false };
    (matches!(last, '省' | '市' | '县' | '区' | '州' | '盟' | '旗' | '镇' | '乡')
        || k.ends_with("本级")
        || matches!(k, "合计" | "小计" | "总计"))
        && k.chars().count() <= 10
        && is_place_name(c)
        && taxonomy::classify_cell(c).is_none()
}

/// In a stream header followed by its sub-regions, a 指标值 among the column names is
/// the cell merged over the regions' columns, not a value column of its own (it would
/// take the first region's value): the regions (`places`, indices into `cells`) take
/// its place, before any column named after it (指标解释, 备注).
pub(super) fn splice_regions(cells: &mut Vec<Cell>, places: Range<usize>) {
    let mut value = cells[..places.start].iter().enumerate().filter(|(_, c)| role_of_cell(c) == Some(Role::Value)).map(|(k, _)| k);
    if let (Some(at), None) = (value.next(), value.next()) {
        let regions: Vec<Cell> = cells.drain(places).collect();
        cells.splice(at..=at, regions);
        for (k, c) in cells.iter_mut().enumerate() {
            c.col = k;
        }
    }
}
