//! Header rows of the indicator matrix: which column holds what, by name, over the
//! synonym list of `spec/domain.md` §5 — never by fixed position.

use crate::extract::normalize::label_key;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;
use std::sync::LazyLock;

use crate::chars::CharBits;
use crate::read::{Cell, Row};

pub use super::header_names::Role;
use super::header_names::HEADERS;
use super::header_regions::{is_place_name, is_region_heading, region_cols, regions_unaligned, splice_regions};
pub use super::matrix_title::{is_matrix_title, is_matrix_title_cell, MATRIX_TITLES};

/// Columns that say whose row it is, printed left of the indicator columns in sheets
/// that list several projects one after another. Looked up only in a row that is a
/// matrix header already (they are field keys everywhere else).
const ROW_OWNER_HEADERS: &[(&str, Role)] = &[
    ("项目名称", Role::Project),
    ("项目", Role::Project),
    ("项目支出名称", Role::Project),
    ("单位名称", Role::Agency),
    ("单位", Role::Agency),
    ("预算单位", Role::Agency),
    ("部门名称", Role::Agency),
    ("项目年度绩效目标", Role::Goal),
    ("年度绩效目标", Role::Goal),
    ("项目绩效目标", Role::Goal),
    ("绩效目标", Role::Goal),
    ("项目编码", Role::ProjectCode),
    ("项目代码", Role::ProjectCode),
    ("项目编号", Role::ProjectCode),
    ("项目金额", Role::ProjectAmount),
    ("项目资金", Role::ProjectAmount),
    ("预算金额", Role::ProjectAmount),
    ("资金总额", Role::ProjectAmount),
    ("年度资金总额", Role::ProjectAmount),
    // 一体化 exports listing every project of a department (单位名称 | 项目名称 | 预算数 |
    // 年度目标 | 一级指标 …): left of the levels these are the row's project's, not fields.
    ("预算数", Role::ProjectAmount),
    ("年度预算数", Role::ProjectAmount),
    ("年度目标", Role::Goal),
];

/// Row-number columns: "1", "2" … on every row, left of everything else.
const SEQ_HEADERS: &[&str] = &["序号", "行次", "序列号"];

pub fn row_owner_role(key: &str) -> Option<Role> {
    let find = |k: &str| ROW_OWNER_HEADERS.iter().find(|(name, _)| *name == k).map(|e| e.1);
    // "项目金额(万元)": the unit in brackets is no part of the name.
    find(key).or_else(|| without_note(key).and_then(find))
}

/// A column name without the bracketed note after it ("预算金额(万元)" → "预算金额");
/// None when the key ends in no such note.
pub(super) fn without_note(key: &str) -> Option<&str> {
    let at = key.strip_suffix(')')?.rfind('(').filter(|&at| at > 0)?;
    Some(&key[..at])
}

/// A short cell naming a column, an indicator's (三级指标, 指标值) or an owner's
/// (单位名称, 项目名称): what a header printed one name per line, or printed again
/// after a page break, is made of.
pub fn names_column(c: &Cell) -> bool {
    c.short && (role_of_cell(c).is_some() || row_owner_role(c.key()).is_some())
}

/// Name synonyms that, printed beside another name column of the same group (云南's
/// 三级指标 + 指标内容), describe the indicator rather than name a second one.
const SECONDARY_NAMES: &[&str] = &["指标内容", "具体指标"];

static HEADER_MAP: LazyLock<HashMap<&'static str, Role>> = LazyLock::new(|| HEADERS.iter().copied().collect());

/// Every column name the header lexicon knows.
pub fn column_words() -> impl Iterator<Item = &'static str> {
    HEADERS.iter().map(|e| e.0).chain(MATRIX_TITLES.iter().copied())
}

pub fn role_of(text: &str) -> Option<Role> {
    if text.chars().count() > 32 {
        return None;
    }
    role_of_key(&label_key(text))
}

/// Column role from an already normalised key.
pub fn role_of_key(key: &str) -> Option<Role> {
    let key = unstarred(key);
    // Asked of nearly every short cell: a key that opens no column name cannot be one,
    // nor one with a note after it (`without_note` keeps the name's start). One bit
    // before the map's hash, which most indicator names and values never need.
    if !key.chars().next().is_some_and(|c| HEADER_FIRST.contains(c)) {
        return None;
    }
    HEADER_MAP.get(key).copied().or_else(|| qualified_role(key))
}

/// The first characters of the column names in [`HEADER_MAP`].
static HEADER_FIRST: LazyLock<CharBits> = LazyLock::new(|| CharBits::new(HEADERS.iter().filter_map(|e| e.0.chars().next())));

/// A column name without the asterisk that marks a required column: 一体化 exports
/// (海南: "一级指标* | 二级指标* | … | 权重*") print it after the name, other forms
/// before it ("*指标值"). A byte test first: nearly no name carries one.
fn unstarred(key: &str) -> &str {
    if key.as_bytes().first() == Some(&b'*') || key.as_bytes().last() == Some(&b'*') {
        key.trim_matches('*')
    } else {
        key
    }
}

/// A known column name with a bracketed note after it ("指标值(含单位)",
/// "目标值(数值)", "三级指标(名称)"): templates add such notes freely, and a Word
/// cell of two paragraphs ("指标值" / "(含单位)") keys the same. The note says how to
/// fill the column, not which column it is. The bare "单位" is left out: "单位(盖章)"
/// and "单位(万元)" are a form's furniture, not a unit column.
fn qualified_role(key: &str) -> Option<Role> {
    let name = without_note(key)?;
    HEADER_MAP.get(name).copied().filter(|_| name != "单位")
}

/// The last characters of the value column's names (指标值, 评价标准 …): a row with no
/// cell ending in one cannot name a value column, told without a lookup per cell.
static VALUE_LAST: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut v: Vec<char> = HEADERS.iter().filter(|e| e.1 == Role::Value).filter_map(|e| e.0.chars().next_back()).collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// Whether the cell could name the value column (a cheap gate before [`role_of_cell`]).
pub fn may_name_value(c: &Cell) -> bool {
    c.short && unstarred(c.key()).chars().next_back().is_some_and(|l| VALUE_LAST.contains(&l))
}

pub fn role_of_cell(c: &Cell) -> Option<Role> {
    if c.short {
        role_of_key(c.key())
    } else {
        None
    }
}

/// One side of a side-by-side (中期/年度) matrix, or the only side.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub level2_col: Option<usize>,
    /// Data roles in column order.
    pub roles: Vec<(Role, usize)>,
}

impl Group {
    pub fn first_col(&self) -> usize {
        self.level2_col.into_iter().chain(self.roles.iter().map(|r| r.1)).min().unwrap_or(0)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Schema {
    pub line: usize,
    pub width: usize,
    pub level1_col: Option<usize>,
    pub groups: Vec<Group>,
    /// The header was one run of text with no separators: its rows are glued too.
    pub glued: bool,
    /// A 序号 column left of the indicator columns (Excel sheets): its row numbers
    /// are no data.
    pub seq_col: Option<usize>,
    /// The "绩效指标" caption heads a column of its own left of the indicator columns:
    /// a merged cell, blank on every data row, so rows that drop blank cells (space-
    /// separated text, HTML copies) are one cell narrower than the header.
    pub caption: bool,
    /// The money unit an amount column's name prints ("项目金额（万元）"): the unit of
    /// the amounts under it, as a table's "单位：万元" line would declare it.
    pub amount_unit: Option<&'static str>,
    /// The header's names of the first group's value columns where it has several
    /// (sub-regions, grades): what each of a record's `values` is.
    pub value_names: Vec<String>,
}

impl Schema {
    pub fn is_label_col(&self, col: usize) -> bool {
        self.level1_col == Some(col) || self.groups.iter().any(|g| g.level2_col == Some(col))
    }

    pub fn data_role_at(&self, col: usize) -> Option<(usize, Role)> {
        self.groups.iter().enumerate().find_map(|(gi, g)| g.roles.iter().find(|(_, c)| *c == col).map(|(r, _)| (gi, *r)))
    }

    /// The group whose columns are nearest to `col`.
    pub fn group_near(&self, col: usize) -> usize {
        let mut best = 0;
        for (gi, g) in self.groups.iter().enumerate() {
            if col >= g.first_col() {
                best = gi;
            }
        }
        best
    }
}

/// Grade columns of a grade-standard table (评价标准 优/良/中/差). Single characters are
/// column names only when several stand together in a header row.
const GRADES: &[&str] = &["优", "良", "中", "差", "优秀", "良好", "合格", "不合格", "较差"];

fn grade_cols(row: &Row) -> Vec<usize> {
    let cols: Vec<usize> = row.non_empty().filter(|c| GRADES.contains(&c.key())).map(|c| c.col).collect();
    if cols.len() >= 2 {
        cols
    } else {
        Vec::new()
    }
}

/// Read a header row into a schema; None when the row is not a matrix header.
pub fn parse_header(row: &Row) -> Option<Schema> {
    parse_header_with(row, &[])
}

/// [`parse_header`], with `value_cols` known to be value columns whatever they print
/// (the sub-regions a sub-header names under 指标值).
fn parse_header_with(row: &Row, value_cols: &[usize]) -> Option<Schema> {
    // A header names two columns at least; asked of nearly every row, so say no early.
    row.non_empty().nth(1)?;
    let grades = grade_cols(row);
    let is_value = |col: usize| grades.contains(&col) || value_cols.contains(&col);
    let mut cells: Vec<(usize, Role)> =
        row.non_empty().filter_map(|c| role_of_cell(c).or(is_value(c.col).then_some(Role::Value)).map(|r| (c.col, r))).collect();
    // "单位" left of every level and name column is whose row it is (an owner column,
    // below), not the unit of the value.
    if let Some(first) = cells.iter().filter(|(_, r)| matches!(r, Role::Level1 | Role::Level2 | Role::Name)).map(|c| c.0).min() {
        cells
            .retain(|&(col, r)| !(r == Role::Unit && col < first && row.cells.get(col).is_some_and(|c| row_owner_role(c.key()).is_some())));
    }
    let has_name = cells.iter().any(|(_, r)| *r == Role::Name);
    // A regional table may print one value column per sub-region, headed by the
    // place names alone (甲县 | 乙县 | 合计) and no 指标值: the unnamed columns after
    // the last name column hold the values.
    if has_name && !cells.iter().any(|(_, r)| *r == Role::Value) {
        let last_name = cells.iter().filter(|(_, r)| *r == Role::Name).map(|c| c.0).max().unwrap_or(0);
        let places: Vec<(usize, Role)> = row
            .non_empty()
            .filter(|c| c.col > last_name && c.short && !cells.iter().any(|x| x.0 == c.col) && is_place_name(c))
            .map(|c| (c.col, Role::Value))
            .collect();
        if places.len() >= 2 {
            cells.extend(places);
            cells.sort_by_key(|x| x.0);
        }
    }
    let has_value = cells.iter().any(|(_, r)| *r == Role::Value);
    let has_level = cells.iter().any(|(_, r)| matches!(r, Role::Level1 | Role::Level2));
    let title_as_name = !has_name && row.non_empty().any(|c| c.key() == "绩效指标") && has_level;
    if cells.len() < 2 || !(has_value || has_name || title_as_name) || !(has_level || has_name) {
        return None;
    }
    // Owner columns (项目名称, 单位名称, 项目年度绩效目标) before the first indicator column.
    let mut seq_col = None;
    let mut caption = false;
    let mut amount_unit = None;
    if let Some(first) = cells.iter().map(|c| c.0).min() {
        caption = row.non_empty().any(|c| c.col < first && is_matrix_title_cell(c));
        seq_col = row.non_empty().find(|c| c.col < first && SEQ_HEADERS.contains(&c.key())).map(|c| c.col);
        let owners: Vec<(usize, Role)> =
            row.non_empty().filter(|c| c.col < first && c.short).filter_map(|c| row_owner_role(c.key()).map(|r| (c.col, r))).collect();
        if let Some(&(col, _)) = owners.iter().find(|o| o.1 == Role::ProjectAmount) {
            amount_unit = row.cells.get(col).and_then(|c| super::unit_line::declared_unit(&c.text));
        }
        if !owners.is_empty() {
            cells.extend(owners);
            cells.sort_by_key(|x| x.0);
        }
    }
    if title_as_name {
        if let Some(c) = row.non_empty().find(|c| c.key() == "绩效指标") {
            cells.push((c.col, Role::Name));
            cells.sort_by_key(|x| x.0);
        }
    }
    let mut schema = Schema {
        line: row.line,
        width: row.width(),
        level1_col: None,
        groups: Vec::new(),
        glued: false,
        seq_col,
        caption,
        amount_unit,
        value_names: Vec::new(),
    };
    let mut current = Group { level2_col: None, roles: Vec::new() };
    for (col, mut role) in cells {
        // A differently worded second name column (三级指标 … 指标内容) is a description;
        // the same name printed again starts the next side of a side-by-side table.
        if role == Role::Name {
            let secondary = row.cells.get(col).is_some_and(|c| SECONDARY_NAMES.contains(&c.key()));
            let has_desc = current.roles.iter().any(|(r, _)| *r == Role::Desc);
            if secondary && !has_desc && current.roles.iter().any(|(r, _)| *r == Role::Name) {
                role = Role::Desc;
            }
        }
        let repeats = match role {
            Role::Level2 => current.level2_col.is_some() || current.roles.iter().any(|(r, _)| *r == Role::Name),
            Role::Level1 => false,
            r => current.roles.iter().any(|(x, _)| *x == r),
        };
        if repeats {
            schema.groups.push(std::mem::replace(&mut current, Group { level2_col: None, roles: Vec::new() }));
        }
        match role {
            Role::Level1 => schema.level1_col = schema.level1_col.or(Some(col)),
            Role::Level2 => current.level2_col = Some(col),
            r => current.roles.push((r, col)),
        }
    }
    schema.groups.push(current);
    // A group with neither a 二级 nor a name column is a further value column (one
    // per township, or 优/良/中/差 grades) of the group before it.
    let mut merged: Vec<Group> = Vec::new();
    for g in schema.groups.drain(..) {
        let orphan = g.level2_col.is_none() && !g.roles.iter().any(|(r, _)| *r == Role::Name);
        match merged.last_mut() {
            Some(prev) if orphan => prev.roles.extend(g.roles),
            _ => merged.push(g),
        }
    }
    schema.groups = merged.into_iter().filter(|g| !g.roles.is_empty() || g.level2_col.is_some()).collect();
    let value_cols = schema.groups.first().map(|g| g.roles.iter().filter(|r| r.0 == Role::Value).map(|r| r.1).collect::<Vec<_>>());
    if let Some(cols) = value_cols.filter(|v| v.len() >= 2) {
        schema.value_names = cols.iter().map(|&col| row.cells.get(col).map_or_else(String::new, |c| c.text.trim().to_string())).collect();
    }
    Some(schema)
}

fn is_sub_header(row: &Row) -> bool {
    let grades = grade_cols(row);
    let mut n = 0;
    for c in row.non_empty() {
        if !(grades.contains(&c.col) || role_of_cell(c).is_some()) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// Find the matrix header in `rows`: one row, or — where each cell is its own row
/// (one cell per paragraph) — a run of rows that each hold one column name.
/// Returns the rows it spans [start, end) and the schema.
pub fn find_header(rows: &[Row]) -> Option<(usize, usize, Schema)> {
    let mut i = 0;
    while i < rows.len() {
        if let Some(s) = parse_header(&rows[i]) {
            // Column names wrapped onto the line under the header (text cut at spaces).
            let wrapped = rows.get(i + 1).and_then(|t| super::header_wrap::join_tail(&rows[i], t));
            if let Some(s2) = wrapped.and_then(|(joined, _)| parse_header(&joined)) {
                return Some((i, i + 2, s2));
            }
            // A second header row under the first (评价标准 over 优/良/中/差, 指标值 over
            // one column per township) refines the columns it stands under.
            let regions = rows.get(i + 1).map_or_else(Vec::new, |r| region_cols(&rows[i], &s, r));
            // The same out of their columns (text cut at spaces).
            let unaligned = if regions.is_empty() { rows.get(i + 1).and_then(|r| regions_unaligned(&rows[i], &s, r)) } else { None };
            if let Some(s2) = unaligned.and_then(|(merged, cols)| parse_header_with(&merged, &cols)) {
                return Some((i, i + 2, s2));
            }
            if let Some(next) = rows.get(i + 1).filter(|r| !regions.is_empty() || is_sub_header(r)) {
                let mut cells = rows[i].cells.clone();
                for c in next.non_empty() {
                    if c.col >= cells.len() {
                        cells.resize_with(c.col + 1, || c.with_text(String::new(), 0));
                    }
                    cells[c.col] = c.clone();
                }
                for (col, c) in cells.iter_mut().enumerate() {
                    c.col = col;
                }
                if let Some(s2) = parse_header_with(&Row { line: rows[i].line, cells }, &regions) {
                    return Some((i, i + 2, s2));
                }
            }
            return Some((i, i + 1, s));
        }
        // A header glued into one cell. (A row the cutter leaves whole was parsed above.)
        if let Cow::Owned(cut) = super::glued::unglue_row(&rows[i], true) {
            if let Some(mut s) = parse_header(&cut) {
                s.glued = true;
                return Some((i, i + 1, s));
            }
        }
        let single = |r: &Row| {
            let cells: Vec<_> = r.non_empty().collect();
            cells.len() == 1 && (role_of_cell(cells[0]).is_some() || is_matrix_title_cell(cells[0]))
        };
        if single(&rows[i]) {
            let mut j = i;
            while j < rows.len() && single(&rows[j]) {
                j += 1;
            }
            // Sub-regions heading one value column each (全省 | 长沙市 | 株洲市, under a
            // merged 指标值 or alone) follow the column names, one per row too.
            let n_places = rows[j..].iter().take_while(|r| r.single().is_some_and(is_region_heading)).count();
            let (names_end, mut j) = if n_places >= 2 { (j, j + n_places) } else { (j, j) };
            // Column names after the regions (指标解释, 备注) are the header's too.
            if j > names_end {
                j += rows[j..].iter().take_while(|r| single(r)).count();
            }
            // A sheet of several projects names its owner columns (单位名称, 项目名称,
            // 项目年度绩效目标) first, one per row too.
            let owners =
                rows[..i].iter().rev().take_while(|r| r.single().is_some_and(|c| c.short && row_owner_role(c.key()).is_some())).count();
            let start = i - owners;
            if j - i >= 3 {
                let mut cells: Vec<crate::read::Cell> = rows[start..j]
                    .iter()
                    .enumerate()
                    .map(|(k, r)| {
                        let c = r.non_empty().next().expect("single cell");
                        c.with_text(c.text.clone(), k)
                    })
                    .collect();
                if n_places >= 2 {
                    splice_regions(&mut cells, names_end - start..names_end - start + n_places);
                }
                if let Some(s) = parse_header(&Row { line: rows[start].line, cells }) {
                    return Some((start, j, s));
                }
            }
            i = j;
            continue;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn side_by_side_header_has_two_groups() {
        let g = split_cells("绩效指标\t一级指标\t二级指标\t三级指标\t指标值\t二级指标\t三级指标\t指标值\t\n");
        let s = parse_header(&g.rows[0]).unwrap();
        assert_eq!(s.level1_col, Some(1));
        assert_eq!(s.groups.len(), 2);
        assert_eq!(s.groups[1].level2_col, Some(5));
        assert_eq!(s.groups[1].roles, vec![(Role::Name, 6), (Role::Value, 7)]);
        assert_eq!(s.group_near(7), 1);
        assert_eq!(s.group_near(3), 0);
    }

    #[test]
    fn synonyms_and_split_columns() {
        let g = split_cells("| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |\n");
        let s = parse_header(&g.rows[0]).unwrap();
        let roles: Vec<Role> = s.groups[0].roles.iter().map(|r| r.0).collect();
        assert_eq!(roles, vec![Role::Name, Role::Cmp, Role::Value, Role::Unit, Role::Desc]);
    }

    #[test]
    fn one_column_name_per_paragraph_forms_a_header() {
        let g = split_cells("项目名称\n\nA\n\n绩效指标\n\n一级指标\n\n二级指标\n\n三级指标\n\n指标值\n\n产出指标\n");
        let (start, end, s) = find_header(&g.rows).unwrap();
        assert_eq!((start, end), (2, 7));
        assert_eq!(s.groups[0].roles.iter().map(|r| r.0).collect::<Vec<_>>(), vec![Role::Name, Role::Value]);
    }

    #[test]
    fn a_key_value_row_is_not_a_header() {
        let g = split_cells("项目名称\t\t医保\n");
        assert!(parse_header(&g.rows[0]).is_none());
    }
}
