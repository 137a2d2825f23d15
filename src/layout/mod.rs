//! layout: cells → tables. Finds the project tables of a document, reads each one's
//! key–value block and indicator matrix, and keeps a ledger of the cells it used.

pub mod document;
pub mod fields;
pub mod header;
pub mod keys;
pub mod matrix;
pub mod segment;

use crate::model::{Period, Project};
use crate::read::{CellStyle, Grid, Row};

use fields::FieldReader;
use header::{parse_header, Schema};
use keys::{key_of, Key};
use matrix::{Assembler, RawIndicator};

/// One project table as laid out, before its values are interpreted.
#[derive(Debug, Clone)]
pub struct ProjectDraft {
    pub project: Project,
    pub raw: Vec<RawIndicator>,
    /// Period of each matrix group (side by side: 中期, 年度).
    pub periods: Vec<Option<Period>>,
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub title: Option<String>,
    pub titles: Vec<String>,
    pub explicit_year: Option<i32>,
    pub title_year: Option<i32>,
    pub department_goals: Option<String>,
    pub projects: Vec<ProjectDraft>,
    /// consumed[cell id]: the cell ended up in a field.
    pub consumed: Vec<bool>,
}

impl Layout {
    fn mark(&mut self, ids: impl IntoIterator<Item = usize>) {
        for id in ids {
            if let Some(c) = self.consumed.get_mut(id) {
                *c = true;
            }
        }
    }

    fn mark_row(&mut self, row: &Row) {
        self.mark(row.cells.iter().map(|c| c.id));
    }

    /// Title and year rows: consumed wherever they are.
    fn title_or_year(&mut self, row: &Row) -> Option<segment::Title> {
        let text: String = row.non_empty().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" ");
        if let Some(t) = segment::title_of(row) {
            if !t.numbered {
                if self.title.is_none() {
                    self.title = Some(t.text.clone());
                }
                if self.title_year.is_none() {
                    self.title_year = document::title_year(&t.text);
                }
            }
            self.titles.push(t.text.clone());
            self.mark_row(row);
            return Some(t);
        }
        if row.non_empty().count() == 1 {
            if let Some(y) = document::explicit_year(&text) {
                self.explicit_year.get_or_insert(y);
                self.mark_row(row);
            }
        }
        None
    }
}

/// Rows that end the indicator matrix: signatures, approvals, notes.
fn is_footer(row: &Row) -> bool {
    let Some(first) = row.non_empty().next() else { return false };
    let t = first.text.trim();
    if t.starts_with("注") && (t.starts_with("注:") || t.starts_with("注：")) || t.starts_with("附件") || t.starts_with("备注:") {
        return true;
    }
    matches!(key_of(t), Some((Key::Boilerplate | Key::Extra, _, _)))
}

/// Order of the 中期/年度 sides: as their goal columns are printed (中期 first by default).
fn group_periods(schema: &Schema, pre: &[Row]) -> Vec<Option<Period>> {
    if schema.groups.len() < 2 {
        return vec![None; schema.groups.len()];
    }
    let mut annual_first = false;
    for row in pre {
        let mut mid = None;
        let mut ann = None;
        for c in row.non_empty() {
            match key_of(&c.text).map(|k| k.0) {
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

pub fn lay_out(grid: &Grid) -> Layout {
    let mut layout = Layout { consumed: vec![false; grid.n_cells], ..Default::default() };
    let rows = &grid.rows;
    let cross_rows = grid.style == CellStyle::Paragraphs;
    let (preamble, regions) = segment::regions(rows);

    if let Some((text, used)) = document::department_goals(&rows[..preamble]) {
        layout.department_goals = Some(text);
        for i in used {
            layout.mark_row(&rows[i]);
        }
    }
    for row in &rows[..preamble] {
        layout.title_or_year(row);
    }

    let n_regions = regions.len();
    for (ri, region) in regions.iter().enumerate() {
        let rows = &rows[region.start..region.end];
        let mut project = Project { complete: true, ..Default::default() };
        project.lines = [rows.first().map_or(0, |r| r.line), rows.last().map_or(0, Row::last_line)];
        let header_at = rows.iter().position(|r| parse_header(r).is_some());
        let pre_end = header_at.unwrap_or(rows.len());

        let mut reader = FieldReader::new(&mut project, cross_rows);
        let mut heading = None;
        for row in &rows[..pre_end] {
            if let Some(t) = layout.title_or_year(row) {
                if t.numbered && heading.is_none() {
                    heading = Some(t.text);
                }
                continue;
            }
            reader.row(row);
        }
        let mut consumed = std::mem::take(&mut reader.consumed);

        let mut raw = Vec::new();
        let mut periods = Vec::new();
        let mut partial = false;
        let mut footer_at = rows.len();
        if let Some(h) = header_at {
            let schema = parse_header(&rows[h]).expect("header row parsed above");
            periods = group_periods(&schema, &rows[..h]);
            let mut asm = Assembler::new(&schema, cross_rows);
            asm.row(&rows[h]);
            for (k, row) in rows.iter().enumerate().skip(h + 1) {
                if is_footer(row) {
                    footer_at = k;
                    break;
                }
                asm.row(row);
            }
            let (out, used, last_partial) = asm.finish();
            raw = out;
            consumed.extend(used);
            partial = last_partial;
        }
        // Footer rows: signatures and approvals, and any labelled field after the table.
        for row in &rows[footer_at.min(rows.len())..] {
            if layout.title_or_year(row).is_some() {
                continue;
            }
            reader.row(row);
        }
        consumed.extend(std::mem::take(&mut reader.consumed));
        reader.finish();
        project.heading = heading;
        // Cut off inside the table: the last project's matrix runs to the end of the
        // document and its last row is short or holds only labels.
        if ri + 1 == n_regions && header_at.is_some() && footer_at == rows.len() && partial {
            project.complete = false;
        }
        layout.mark(consumed);
        layout.projects.push(ProjectDraft { project, raw, periods });
    }
    layout
}
