//! The indicator matrix: rows under a header → raw indicator records.
//!
//! Each row becomes a sequence of items — level labels (by the label lexicon) and data
//! cells. Where the row has the header's width and every cell sits in a column of the
//! right kind, columns are read by position. Otherwise (PDF text shifts cells left or
//! right, merged cells vanish, HTML copies drop empty cells) the row is read in order:
//! labels set the carried 一级/二级, data cells fill the group's roles in header order,
//! and in a side-by-side (中期/年度) matrix a second record, or a 二级 label after
//! data, moves on to the next group.

use crate::chars::TrimWs;
use crate::extract::taxonomy::{self, Label, LabelKind};
use crate::read::{Cell, Row};

pub use super::cell_fit::is_comparator_only;
use super::cell_fit::{accepts, cmp_or_kind};
use super::header::{is_matrix_title_cell, role_of_cell, Role, Schema};
use super::matrix_title::caption_period;
pub use super::raw_indicator::{Owner, RawIndicator};
use super::{segment, stream};
use crate::model::Period;

#[derive(Debug, Clone)]
enum Item<'a> {
    Label(Label, &'a Cell),
    Data(&'a Cell),
}

#[derive(Debug, Default)]
struct Pending {
    rec: RawIndicator,
    /// Index of the next role to fill in the group's role list.
    next: usize,
    has_data: bool,
    /// The name is the row's 二级 label standing in for it (浙江 申报表): a name cell
    /// of the row's own replaces it.
    name_is_label: bool,
    /// A 二级 label was the last thing read, with no data since: a record whose first
    /// data cell then is no name prints no 三级 name (see `emit`).
    after_level2: bool,
    /// The record's data began right after its row's 二级 label, with no name cell.
    level2_names_it: bool,
}

impl Pending {
    /// The record, the state left as `Pending::default()`: the record is moved out
    /// once instead of the whole state twice (this runs for every indicator). The
    /// pattern names every field, so a new one must be reset here too.
    fn take_rec(&mut self) -> RawIndicator {
        let Pending { rec, next, has_data, name_is_label, after_level2, level2_names_it } = self;
        (*next, *has_data, *name_is_label, *after_level2, *level2_names_it) = (0, false, false, false, false);
        std::mem::take(rec)
    }
}

#[derive(Debug, Default)]
struct GroupState {
    level2: String,
    pending: Pending,
    out: Vec<RawIndicator>,
}

pub struct Assembler<'s> {
    schema: &'s Schema,
    /// One cell per paragraph: records do not end with the row.
    pub(super) stream: bool,
    level1: String,
    groups: Vec<GroupState>,
    pub consumed: Vec<usize>,
    /// The project the rows belong to, where a column names it (carried down).
    owner: Option<Owner>,
    /// Empty cells hold their column (tab rows, real tables): a row whose last cells
    /// are blank still lines up with the header. Not so in HTML copies, which drop
    /// merged cells and pad the row at the end.
    blank_cells_hold_columns: bool,
    /// Rows read from a file's own table structure: one that stops short of the header
    /// left its last cells blank (a workbook keeps no empty cells), it was not cut off.
    rows_whole: bool,
    /// Cells of the widest header row, blank ones included.
    header_cells: usize,
    /// A stream's 成本指标 / 满意度指标 just read as a 二级, no data after it yet.
    either_as_level2: Option<String>,
    /// The last row read was cut short (fewer cells than the header, or labels only).
    pub last_row_partial: bool,
    /// The group a stream's next cell goes to.
    stream_group: usize,
    /// A stream's cells after a value, not yet known to trail it (matrix_trailing.rs).
    held: Vec<(usize, Cell)>,
    /// The last cell read named a column (a header printed again after a page break;
    /// its sub-regions, 全省 | 长沙市, name value columns too).
    in_header: bool,
    /// The period the matrix's caption names (长期绩效指标 / 年度绩效指标), for
    /// forms that print one matrix per period (matrix_title.rs).
    caption_period: Option<Period>,
}

impl<'s> Assembler<'s> {
    pub fn new(schema: &'s Schema, stream: bool) -> Self {
        let groups = schema.groups.iter().map(|_| GroupState::default()).collect();
        Assembler {
            schema,
            stream,
            level1: String::new(),
            groups,
            consumed: Vec::new(),
            owner: None,
            blank_cells_hold_columns: false,
            rows_whole: false,
            header_cells: 0,
            either_as_level2: None,
            last_row_partial: false,
            stream_group: 0,
            held: Vec::new(),
            in_header: false,
            caption_period: None,
        }
    }

    /// See `blank_cells_hold_columns` and `rows_whole`.
    pub fn blank_cells_hold_columns(mut self, yes: bool, rows_whole: bool) -> Self {
        self.blank_cells_hold_columns = yes;
        self.rows_whole = yes && rows_whole;
        self
    }

    fn roles(&self, g: usize) -> &[(Role, usize)] {
        &self.schema.groups[g].roles
    }

    fn is_full(&self, g: usize) -> bool {
        let p = &self.groups[g].pending;
        let roles = self.roles(g);
        p.has_data
            && roles[p.next..].iter().all(|(r, _)| !matches!(r, Role::Name | Role::Value))
            && roles[..p.next].iter().any(|(r, _)| *r == Role::Value)
    }

    fn emit(&mut self, g: usize) {
        self.flush_held(g);
        let state = &mut self.groups[g];
        let p = &state.pending;
        if !p.has_data {
            state.pending = Pending::default();
            return;
        }
        if p.rec.name.trim_ws().is_empty() && p.level2_names_it && !p.rec.values.is_empty() {
            // "满意度指标 | 服务对象满意度指标 | 定量 | 90 | %": the row prints its 二级
            // and goes straight on to the value, so the 二级 names the indicator, as
            // where the form has no 三级 column at all (浙江 申报表). A row whose 三级 is
            // merely carried down prints no 二级 of its own and is not read so.
            state.pending.rec.name.clone_from(&state.level2);
        }
        let mut rec = state.pending.take_rec();
        if rec.name.trim_ws().is_empty() {
            // Data without a name cannot be an indicator: leave its cells unconsumed so
            // that they are reported, not silently dropped.
            return;
        }
        // A lone character with no value is a fragment (a page cut mid-word), not a name.
        if rec.values.is_empty() && rec.name.trim_ws().chars().count() < 2 {
            return;
        }
        rec.group = g;
        rec.period = self.caption_period;
        rec.owner = self.owner.clone();
        rec.level1_raw = self.level1.clone();
        rec.level2_raw = state.level2.clone();
        self.consumed.extend_from_slice(&rec.cells);
        if state.out.capacity() == 0 {
            // A record is some 600 bytes, and a group's list grown from four copied
            // every record several times (a table holds dozens).
            state.out.reserve(32);
        }
        state.out.push(rec);
    }

    fn set_role(&mut self, g: usize, role: Role, cell: &Cell) {
        let role = match role {
            Role::Cmp | Role::ValueKind => cmp_or_kind(&cell.text).unwrap_or(role),
            r if r.is_owner() => return self.set_owner(role, cell),
            r => r,
        };
        let p = &mut self.groups[g].pending;
        // Borrowed until a field keeps it: one allocation per cell, not two.
        let text = cell.text.trim_ws();
        if !p.has_data {
            p.rec.line = cell.line;
            p.level2_names_it = std::mem::take(&mut p.after_level2) && role != Role::Name;
        }
        p.has_data = true;
        p.rec.cells.push(cell.id);
        let slot = |s: &mut Option<String>| match s {
            Some(prev) => [" ", text].iter().for_each(|t| prev.push_str(t)),
            None => *s = Some(text.to_string()),
        };
        match role {
            Role::Name => {
                if std::mem::take(&mut p.name_is_label) {
                    p.rec.name.clear();
                }
                p.rec.name.push_str(text);
            }
            Role::Value => p.rec.values.push(text.to_string()),
            Role::Desc => slot(&mut p.rec.desc),
            Role::Basis => slot(&mut p.rec.basis),
            Role::Cmp => slot(&mut p.rec.cmp),
            Role::Unit => slot(&mut p.rec.unit),
            Role::Direction => slot(&mut p.rec.polarity),
            Role::Score => slot(&mut p.rec.score),
            Role::Remark => slot(&mut p.rec.remark),
            Role::Actual => slot(&mut p.rec.actual),
            Role::ValueKind => slot(&mut p.rec.value_kind),
            Role::Scoring => slot(&mut p.rec.scoring),
            Role::Gained => slot(&mut p.rec.gained),
            Role::Level1 | Role::Level2 | Role::Project | Role::Agency | Role::Goal | Role::ProjectCode | Role::ProjectAmount => {}
        }
    }

    /// Put a data cell into the next role of group `g` that accepts it. Returns false
    /// when the group has no room left.
    fn push_data(&mut self, g: usize, cell: &Cell) -> bool {
        // The schema outlives the assembler: no copy needed to hold its roles over `self`.
        let schema: &'s Schema = self.schema;
        let roles = &schema.groups[g].roles;
        // A bare comparator always belongs to the comparator column.
        if is_comparator_only(&cell.text) {
            if let Some((r, _)) = roles.iter().find(|(r, _)| *r == Role::Cmp) {
                if self.groups[g].pending.rec.cmp.is_none() {
                    self.set_role(g, *r, cell);
                    return true;
                }
            }
        }
        if self.place_kind(g, cell) {
            return true;
        }
        let start = self.groups[g].pending.next;
        for i in start..roles.len() {
            let role = roles[i].0;
            if accepts(role, &cell.text, &self.groups[g].pending.rec) && !self.value_not_desc(g, i, cell) {
                self.set_role(g, role, cell);
                self.groups[g].pending.next = i + 1;
                // Further value columns stay open to more values.
                if role == Role::Value && roles.get(i + 1).is_some_and(|(r, _)| *r == Role::Value) {
                    self.groups[g].pending.next = i + 1;
                }
                return true;
            }
        }
        false
    }

    /// Read one row of the matrix.
    pub fn row(&mut self, row: &Row) {
        // A page number between two rows of a table broken over pages: not a row, and
        // the carried levels run on across it.
        if segment::is_page_break_row(row, !self.stream) || !self.stream && is_year_heading(row) {
            self.consumed.extend(row.non_empty().map(|c| c.id));
            return;
        }
        if self.repeats_header(row) {
            return self.header_row(row);
        }
        // At most one item a cell: sized once instead of grown at the first and fifth
        // (an indicator row has five or six).
        let mut items: Vec<Item> = Vec::with_capacity(row.cells.len());
        for cell in row.non_empty() {
            let label = taxonomy::classify_cell(cell).or_else(|| self.garbled_level2(cell, &items));
            let column =
                label.is_none() && (role_of_cell(cell).is_some() || self.owner_column_name(cell) || self.region_heading_again(cell));
            self.in_header = column;
            let title = is_matrix_title_cell(cell);
            if title {
                self.caption_period = caption_period(cell).or(self.caption_period);
            }
            if title || column || self.is_row_number(cell) || label.is_none() && self.scoring_alone(cell, row) {
                self.consumed.push(cell.id);
                continue;
            }
            match label {
                Some(l) if !self.name_not_label(&l, cell, &items, row) => items.push(Item::Label(l, cell)),
                Some(_) => items.push(Item::Data(cell)),
                None if self.stream && stream::is_label_fragment(cell) => self.consumed.push(cell.id),
                None => items.push(Item::Data(cell)),
            }
        }
        if items.is_empty() {
            return;
        }
        let has_data = items.iter().any(|i| matches!(i, Item::Data(_)));
        self.last_row_partial = !has_data || (!self.spans_header(row) && !self.padded(row, &items) && self.is_positional_style(row));
        if !self.stream && self.fits_columns(row, &items) {
            self.positional(&items);
        } else {
            self.sequential(&items);
        }
        if !self.stream {
            for g in 0..self.groups.len() {
                self.emit(g);
            }
        }
    }

    fn positional(&mut self, items: &[Item]) {
        for it in items {
            match it {
                Item::Label(l, c) => {
                    if self.schema.level1_col == Some(c.col) {
                        if l.kind == LabelKind::Level2 {
                            // A 二级 label in the 一级 column (浙江 指标类型): the row prints
                            // no 一级, and a carried one the 二级 cannot sit under (成本指标
                            // before 社会效益指标) belongs to an earlier branch; the 一级 is
                            // then inferred from the 二级.
                            let parent = taxonomy::level2_parent(&l.raw);
                            if parent.is_some() && taxonomy::canonical_level1(&self.level1).is_some_and(|l1| Some(l1) != parent) {
                                self.level1.clear();
                            }
                            self.set_level2(0, l, c);
                        } else {
                            self.set_level1(l, c);
                        }
                    } else if let Some(g) = self.schema.groups.iter().position(|g| g.level2_col == Some(c.col)) {
                        if l.kind == LabelKind::Level1 {
                            self.set_level1(l, c);
                        } else {
                            self.set_level2(g, l, c);
                        }
                    }
                }
                Item::Data(c) => {
                    if let Some((g, role)) = self.schema.data_role_at(c.col) {
                        if role == Role::Value {
                            self.hold_value_place(g, c.col);
                        }
                        self.set_role(g, role, c);
                    } else if self.is_garbled_label(c) {
                        let label = Label { raw: taxonomy::raw_label(&c.text), kind: LabelKind::Level2 };
                        if self.schema.level1_col == Some(c.col) {
                            self.set_level1(&label, c);
                        } else if let Some(g) = self.schema.groups.iter().position(|g| g.level2_col == Some(c.col)) {
                            self.set_level2(g, &label, c);
                        }
                    }
                }
            }
        }
    }

    fn sequential<'c>(&mut self, items: &[Item<'c>]) {
        let n = self.groups.len();
        // A stream's side-by-side groups (中期 | 年度) run on from row to row.
        let mut g = if self.stream { self.stream_group } else { self.initial_group(items) };
        // The row's cells outlive this loop: keys are borrowed from them.
        let mut l2_in_row: Vec<Option<(&'c str, usize)>> = vec![None; n];
        // A project's first row whose leading owner cells were merged away.
        let skipped = if self.stream { 0 } else { self.owners_skipped(items) };
        if skipped > 0 && g == 0 && !self.groups[0].pending.has_data {
            self.groups[0].pending.next = self.groups[0].pending.next.max(skipped);
        }
        for (i, it) in items.iter().enumerate() {
            match it {
                Item::Label(l, c) => {
                    if self.stream {
                        self.promote_either(l);
                    }
                    let next_is_label = matches!(items.get(i + 1), Some(Item::Label(..)));
                    let as_level1 = match l.kind {
                        LabelKind::Level1 => true,
                        LabelKind::Level2 => false,
                        // 成本指标 / 满意度指标 are the 一级 when a 二级 follows them.
                        LabelKind::Either => next_is_label && fit::l2_follows(items, i),
                    };
                    if as_level1 {
                        if self.stream || self.groups[g].pending.has_data {
                            for k in 0..n {
                                self.emit(k);
                            }
                        }
                        self.set_level1(l, c);
                        g = 0;
                        self.skip_owner_roles(g);
                        continue;
                    }
                    let cell: &'c Cell = c;
                    let key = cell.key();
                    if self.groups[g].pending.has_data {
                        self.emit(g);
                        g = fit::next_group(g, n, self.stream);
                    } else if let Some((k, col)) = &l2_in_row[g] {
                        if *k == key && c.col <= col + 1 {
                            self.consumed.push(c.id);
                            continue;
                        }
                        if g + 1 < n {
                            g += 1;
                        }
                    }
                    self.set_level2(g, l, c);
                    self.skip_owner_roles(g);
                    if self.stream && l.kind == LabelKind::Either {
                        self.either_as_level2 = Some(l.raw.clone());
                    }
                    l2_in_row[g] = Some((key, c.col));
                }
                Item::Data(c) => {
                    self.either_as_level2 = None;
                    // In a paragraph stream a record ends once its value is in, unless
                    // the cell is the unit its 度量单位 column still waits for.
                    if self.stream && self.is_full(g) && !self.unit_awaited(g, c) {
                        if self.hold_trailing(g, c) {
                            continue;
                        }
                        if !self.is_full(g) {
                            // The held name opened the next record: `c` is its value.
                            self.push_data(g, c);
                            continue;
                        }
                        self.emit(g);
                        g = fit::next_group(g, n, true);
                    }
                    if self.stream && self.name_without_value(g, c) {
                        continue;
                    }
                    if !self.push_data(g, c) {
                        if g + 1 < n {
                            self.emit(g);
                            g += 1;
                            self.push_data(g, c);
                        } else if self.stream {
                            self.emit(g);
                            self.push_data(g, c);
                        }
                    }
                }
            }
        }
        self.stream_group = g;
    }

    /// Indicators in output order: every group's records, group by group.
    pub fn finish(mut self) -> (Vec<RawIndicator>, Vec<usize>, bool) {
        let partial = self.last_row_partial || self.groups.iter().any(|g| g.pending.has_data && !self.stream);
        for g in 0..self.groups.len() {
            if self.stream {
                self.emit(g);
            }
        }
        let out = self.groups.iter_mut().flat_map(|g| std::mem::take(&mut g.out)).collect();
        (out, self.consumed, partial)
    }
}

#[path = "matrix_fit.rs"]
mod fit;
#[path = "matrix_levels.rs"]
mod levels;
#[path = "matrix_owners.rs"]
mod owners;
#[path = "matrix_trailing.rs"]
mod trailing;

#[cfg(test)]
#[path = "matrix_tests.rs"]
mod tests;

/// "2021年" alone on a line between the rows of a table: a page's heading, not an
/// indicator. Only a whole line in its first cell (a year in a later column is a value).
fn is_year_heading(row: &Row) -> bool {
    // Asked of every matrix row: a first cell opening with a digit first.
    row.cells.first().is_some_and(|c| c.text.starts_with(|ch: char| ch.is_ascii_digit()))
        && row.single().is_some_and(|c| super::title_rows::heading_year(&c.text).is_some())
}
