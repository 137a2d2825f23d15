//! layout: cells → tables. Finds the project tables of a document, reads each one's
//! key–value block and indicator matrix, and keeps a ledger of the cells it used.

pub mod budget_list;
pub mod cell_fit;
pub mod centred;
mod column_blocks;
pub mod cost_breakdown;
pub mod document;
pub mod duty_table;
mod field_stream_pairs;
pub mod fields;
pub mod footnotes;
mod fund_columns;
mod furniture_gate;
pub mod glued;
pub mod glued_indicators;
pub mod header;
mod header_names;
pub mod header_regions;
mod header_wrap;
mod interleaved_wraps;
mod key_lexicon;
mod key_typos;
pub mod keys;
pub mod keys_exact;
pub mod label_tree;
pub mod matrix;
mod matrix_end;
pub mod matrix_title;
mod name_gate;
pub mod narrative;
mod numbered_fund;
mod numbered_names;
mod owner_split;
mod page_labels;
mod prefix_walk;
pub mod project_list;
pub mod prose_funds;
pub mod raw_indicator;
pub mod run_together;
mod run_together_columns;
pub mod segment;
mod sheet_names;
mod side_by_side;
mod signer;
pub mod spaced;
mod spaced_name_wraps;
mod spaced_pieces;
mod spaced_wraps;
pub mod stream;
pub mod tail_lines;
mod title_rows;
mod transposed;
mod twin_wraps;
mod unit_line;
mod value_kind_split;
mod value_score_split;
mod value_tails;
pub mod web_furniture;
mod wrap_width;
pub mod wrapped;

use crate::chars::TrimWs;
use crate::extract::taxonomy::{classify_cell, is_label_prefix};
use crate::model::{Period, Project};
use crate::read::{CellStyle, Grid, Row};

use fields::FieldReader;
pub use key_typos::KeyRepair;
use matrix::{Assembler, RawIndicator};

/// One project table as laid out, before its values are interpreted.
#[derive(Debug, Clone)]
pub struct ProjectDraft {
    pub project: Project,
    pub raw: Vec<RawIndicator>,
    /// Period of each matrix group (side by side: 中期, 年度).
    pub periods: Vec<Option<Period>>,
    /// Records (indices into `raw`) whose 二级 the text leaves open.
    pub ambiguous: Vec<usize>,
}

#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub title: Option<String>,
    pub titles: Vec<String>,
    pub explicit_year: Option<i32>,
    pub title_year: Option<i32>,
    /// A year alone on a line ("2021年"): the year where nothing else gives it.
    pub heading_year: Option<i32>,
    /// The issuing unit a budget document's own name gives (its tables may not).
    pub document_agency: Option<String>,
    /// A whole budget document's own name: the filing's title where no table has one.
    pub document_name: Option<String>,
    /// Year of a signature date line, the last resort.
    pub date_year: Option<i32>,
    pub department_goals: Option<String>,
    pub projects: Vec<ProjectDraft>,
    /// consumed[cell id]: the cell ended up in a field.
    pub consumed: Vec<bool>,
    /// Fund keys printed with one character wrong and read as the key they miss.
    pub repairs: Vec<KeyRepair>,
    /// Lines just read that may begin a title wrapped over lines: (line, cell id, text).
    title_head: Vec<(usize, usize, String)>,
}

impl Layout {
    pub(super) fn mark(&mut self, ids: impl IntoIterator<Item = usize>) {
        for id in ids {
            if let Some(c) = self.consumed.get_mut(id) {
                *c = true;
            }
        }
    }

    fn mark_row(&mut self, row: &Row) {
        self.mark(row.cells.iter().map(|c| c.id));
    }
}

pub fn lay_out(grid: &Grid) -> Layout {
    let mut layout = Layout { consumed: vec![false; grid.n_cells], ..Default::default() };
    // A table run together into one line is recut into rows first; its rows then
    // hold whole cells, so they are not read as a stream of fragments.
    // So is a 批复表 printed as a tree in one column (label_tree.rs).
    // A flattened page's words (Paragraphs only) may be such a table cut at its spaces.
    let flat = if grid.style == CellStyle::Paragraphs { run_together::rejoin_flattened(&grid.rows) } else { None };
    if let Some((_, folded)) = &flat {
        layout.mark(folded.iter().copied());
    }
    let base = flat.as_ref().map_or(grid.rows.as_slice(), |f| f.0.as_slice());
    let recut = run_together::recut(base).or_else(|| label_tree::recut(&grid.rows));
    let cross_rows = grid.style == CellStyle::Paragraphs && recut.is_none();
    // Names, field values and units cut at single spaces (a PDF copied as text).
    // Cells wrapped onto continuation lines first: a key cut at its wrap is no key.
    let spaces = grid.style == CellStyle::Spaces && recut.is_none();
    // A wrapped name closed by its value on a line of its own (`pdftotext -raw`) first:
    // its lines are not measured against the row's first line.
    let named = if spaces { spaced_name_wraps::join(&grid.rows) } else { None };
    if let Some((_, folded)) = &named {
        layout.mark(folded.iter().copied());
    }
    let raw_rows = named.as_ref().map_or(grid.rows.as_slice(), |u| u.0.as_slice());
    let unwrapped = if spaces { spaced_wraps::join(raw_rows, grid.blank_lines_are_space) } else { None };
    if let Some((_, folded)) = &unwrapped {
        layout.mark(folded.iter().copied());
    }
    // A table plain pdftotext printed column by column, recut into rows; the lines
    // before it stay a stream (column_blocks.rs).
    let blocks = if cross_rows { column_blocks::recut(&grid.rows) } else { None };
    let spaced_rows = unwrapped.as_ref().map(|u| u.0.as_slice()).or(blocks.as_deref()).unwrap_or(raw_rows);
    let respaced = if spaces { spaced::rejoin(spaced_rows) } else { None };
    let joined;
    let rows: &[Row] = if let Some(r) = &recut {
        r
    } else {
        let rows = match respaced {
            Some((ref r, ref folded)) => {
                layout.mark(folded.iter().copied());
                r.as_slice()
            }
            None => spaced_rows,
        };
        // Labels a merged cell wraps onto lines of their own ("年度" / "总体" / "目标")
        // come in every layout, not only one cell per paragraph.
        let (r, folded) = stream::join_fragments(rows);
        layout.mark(folded);
        // Wrapped cells printed twice (name and description), one line a row.
        let (r, folded) = twin_wraps::join(r, grid.style == CellStyle::Paragraphs);
        layout.mark(folded);
        joined = r;
        &joined
    };
    // Running heads between the pages of a document: furniture, wherever they stand.
    let heads = document::set_aside_rows(rows, !cross_rows);
    let kept;
    let rows: &[Row] = if heads.is_empty() {
        rows
    } else {
        for &i in &heads {
            layout.mark_row(&rows[i]);
        }
        kept = rows.iter().enumerate().filter(|(i, _)| heads.binary_search(i).is_err()).map(|(_, r)| r.clone()).collect::<Vec<_>>();
        &kept
    };
    // Indicators printed one per column, the level labels down the left: upright.
    let upright;
    let rows: &[Row] = match transposed::untranspose(rows) {
        Some(r) => {
            upright = r;
            &upright
        }
        None => rows,
    };
    // A report's annex listing projects one per row, targets as prose in a cell; not
    // where the document has an indicator matrix too (its tables are read as tables).
    if let Some(list) = project_list::read(rows).filter(|l| header::find_header(rows).is_none_or(|h| h.0 == l.header)) {
        for row in &rows[..list.header] {
            layout.title_or_year(row, !cross_rows);
        }
        layout.mark(list.cells);
        layout.projects = list.projects;
        return layout;
    }
    let parts: Vec<usize> = grid.captions.iter().map(|c| c.line).collect();
    let (preamble, regions) = segment::regions_in_parts(rows, &parts);

    if let Some((text, used)) = document::department_goals(&rows[..preamble]) {
        layout.department_goals = Some(text);
        for i in used {
            layout.mark_row(&rows[i]);
        }
    }
    for row in &rows[..preamble] {
        layout.title_or_year(row, true);
    }
    // A workbook's budget sheet (05-1) before the first table: its rows give funds to
    // the projects of the same name further on.
    let mut budget = budget_list::read(&rows[..preamble]);

    let n_regions = regions.len();
    for (ri, region) in regions.iter().enumerate() {
        let rows = &rows[region.start..region.end];
        let mut project = Project { complete: true, ..Default::default() };
        project.lines = [rows.first().map_or(0, |r| r.line), rows.last().map_or(0, Row::last_line)];
        let header = header::find_header(rows);
        let header_at = header.as_ref().map(|h| h.0);
        let pre_end = header_at.unwrap_or(rows.len());

        // A multi-project sheet (a 项目名称 column) may come with its budget list.
        let owner_rows = header.as_ref().is_some_and(|h| h.2.groups.iter().any(|g| g.roles.iter().any(|r| r.0 == header::Role::Project)));
        let region_budget = if owner_rows { budget_list::read(&rows[..pre_end]) } else { budget_list::List::default() };
        let mut reader = FieldReader::new(&mut project, cross_rows);
        let mut heading = None;
        // A stream's keys over their values are read paired (field_stream_pairs.rs).
        let order = cross_rows.then(|| field_stream_pairs::reading_order(&rows[..pre_end])).flatten();
        for k in order.unwrap_or_else(|| (0..pre_end).collect()) {
            let row = &rows[k];
            if region_budget.rows.contains(&k) {
                continue;
            }
            if let Some(title) = layout.title_or_year(row, !cross_rows) {
                if let Some(t) = title.filter(|t| t.numbered && heading.is_none()) {
                    heading = Some(t.text);
                }
                continue;
            }
            reader.row(row);
        }
        reader.release_held();
        let mut consumed = std::mem::take(&mut reader.consumed);

        let mut raw = Vec::new();
        let mut periods = Vec::new();
        let mut partial = false;
        let mut footer_at = rows.len();
        let mut ambiguous = Vec::new();
        let mut value_columns = None;
        if let Some((h, body, schema)) = header {
            periods = side_by_side::group_periods(&schema, &rows[..h]);
            value_columns = (!schema.value_names.is_empty()).then(|| schema.value_names.clone());
            let positional_blanks =
                recut.is_none() && matches!(grid.style, CellStyle::Tabs | CellStyle::Commas | CellStyle::CellPerLine | CellStyle::Table);
            let mut asm = Assembler::new(&schema, cross_rows)
                .blank_cells_hold_columns(positional_blanks, grid.style == CellStyle::Table)
                .captioned(&rows[..h]);
            for row in header_wrap::joined(&rows[h..body], &mut consumed).iter() {
                let row = if schema.glued { glued::unglue_row(row, true) } else { std::borrow::Cow::Borrowed(row) };
                asm.header_row(&row);
            }
            // Rows are whole lines or table rows, not a stream of one-cell lines.
            let whole_rows = !cross_rows
                && matches!(grid.style, CellStyle::Tabs | CellStyle::Table | CellStyle::Commas | CellStyle::Pipes | CellStyle::Spaces);
            let end = (body..rows.len()).find(|&k| matrix_end::is_footer(&rows[k..], whole_rows)).unwrap_or(rows.len());
            footer_at = end;
            let (mut body_rows, folded) = stream::join_split_labels(&rows[body..end]);
            if schema.glued {
                body_rows = body_rows.iter().map(|r| glued::unglue_row(r, false).into_owned()).collect::<Vec<_>>().into();
            }
            consumed.extend(folded);
            // A stream that kept its blank cells: rows of the header's width again.
            let regrouped = cross_rows.then(|| side_by_side::regroup(&body_rows, &grid.blank_cells, &schema)).flatten();
            let cross_rows = cross_rows && regrouped.is_none();
            if let Some(r) = regrouped {
                // Rows of the header's width, blanks in place: a blank cell (an empty
                // 实际完成值) holds its column, so the 分值 after it stays 分值.
                asm.stream = false;
                asm = asm.blank_cells_hold_columns(true, false);
                body_rows = r.into();
            }
            // Lines cut into cells at spaces (pdfplumber): the tails of wrapped cells
            // on a line of their own end the cells of the row above.
            if grid.style == CellStyle::Spaces && recut.is_none() && !schema.glued {
                if let Some((joined, folded)) = tail_lines::join_tails(&body_rows) {
                    body_rows = joined.into();
                    consumed.extend(folded);
                }
            }
            // A stream's value printed on one line with the columns after it (湖南).
            if cross_rows && !schema.glued {
                if let Some(r) = value_kind_split::split(&body_rows, &schema) {
                    body_rows = r.into();
                }
            }
            // A stream of PDF text lines: a cell wrapped onto several lines is one again.
            if cross_rows && !schema.glued {
                if let Some((joined, folded)) = wrapped::join_wrapped(&body_rows, &schema) {
                    body_rows = joined.into();
                    consumed.extend(folded);
                }
            }
            for row in body_rows.iter() {
                asm.row(row);
            }
            let (mut out, mut used, last_partial) = asm.finish();
            // (Lines cut at spaces as well: a stream whose names hold a space.)
            if (cross_rows || grid.style == CellStyle::Spaces) && column_blocks::values_printed_apart(&schema, &out, &rows[body..]) {
                out.clear();
            }
            value_score_split::split(&mut out, &schema);
            // Layout-keeping text prints a merged 一级 on the middle row of its span.
            let mid_span = cross_rows && centred::stream_prints_mid_span(&body_rows);
            // So does a tab-separated copy of such a page, where the label's blank
            // cells say the 一级 is merged rather than printed on every row.
            let tabs_mid_span = grid.style == CellStyle::Tabs && centred::level1_merged(&body_rows, schema.level1_col);
            if matches!(grid.style, CellStyle::Spaces | CellStyle::LaidOut) && recut.is_none() || mid_span || tabs_mid_span {
                centred::regroup(&mut out);
            }
            // A project's merged name cell printed mid-span likewise (text copies only).
            if owner_rows && grid.style != CellStyle::Table {
                centred::regroup_owners(&mut out, &body_rows);
            }
            // Laid-out text drops blank cells, so a last row without its 备注 is short
            // without being cut; a row cut off mid-way is caught below (no value, or a
            // bare comparator).
            partial = last_partial && grid.style != CellStyle::LaidOut;
            // A document cut inside the table: a last row that never got its value is a
            // fragment. It is left for S005 to quote rather than passed off as a target.
            let cut_here = ri + 1 == n_regions && end == rows.len();
            let last_line = body_rows.last().map(Row::last_line);
            // (Unless no row has a value: then the value column itself is cut off, and
            // the last name is as whole as the others.)
            if cut_here && out.last().is_some_and(|r| r.value().is_empty() && Some(r.line) == last_line) {
                if out.iter().any(|r| !r.value().is_empty()) {
                    let dropped = out.pop().expect("checked above");
                    used.retain(|id| !dropped.cells.contains(id));
                }
                partial = true;
            }
            // Prose after the table, before the next one ("以上…公开。"): a stream takes
            // its line for the next record's name, which no value follows. A sentence
            // is no indicator name; it is left for S005 to quote.
            if end < rows.len() && out.last().is_some_and(|r| r.name.trim_ws().ends_with('。') && r.desc.is_none() && r.value().is_empty())
            {
                let dropped = out.pop().expect("checked above");
                used.retain(|id| !dropped.cells.contains(id));
            }
            // A last value that is a bare comparator (">") was cut off after it.
            if cut_here && out.last().is_some_and(|r| matrix::is_comparator_only(&r.value())) {
                partial = true;
            }
            // The text ends in the first characters of a level label ("效" of 效益指标,
            // real 24): cut off mid-word, as the rows it was about to open are missing.
            if cut_here
                && body_rows.last().and_then(Row::single).is_some_and(|c| c.short && is_label_prefix(c.key()) && classify_cell(c).is_none())
            {
                partial = true;
            }
            // Page order prints a merged 二级 mid-span too, and no taxonomy tells which
            // of two 二级 a row at the edge of their spans is under: reported, not guessed.
            if mid_span {
                ambiguous = centred::open_level2(&body_rows, &out);
            }
            raw = out;
            consumed.extend(used);
        }
        // Footer rows: signatures and approvals, and any labelled field after the table.
        if header_at.is_some() {
            reader.close_goal();
        }
        let footer = &rows[footer_at.min(rows.len())..];
        // The template's notes under the matrix: kept whole under their label.
        let notes = footnotes::start(footer).map(|(at, label)| {
            let (text, n) = footnotes::text(&footer[at..], label);
            (at..at + n, label, text)
        });
        if let Some((range, label, text)) = &notes {
            consumed.extend(footer[range.clone()].iter().flat_map(|r| r.cells.iter().map(|c| c.id)));
            reader.project.extra.entry(label.to_string()).or_insert_with(|| text.clone());
        }
        for (k, row) in footer.iter().enumerate() {
            if notes.as_ref().is_some_and(|n| n.0.contains(&k)) {
                continue;
            }
            if layout.title_or_year(row, !cross_rows).is_some() {
                continue;
            }
            // Prose after the table is quoted (S005), not searched for field names:
            // "以上项目绩效目标由…经主管部门审核后…" names no goal and no department.
            if matrix_end::is_prose(row, k.checked_sub(1).map(|j| &footer[j])) {
                continue;
            }
            reader.row(row);
        }
        reader.release_held();
        consumed.extend(std::mem::take(&mut reader.consumed));
        layout.repairs.append(&mut reader.repairs);
        reader.finish();
        project.heading = heading;
        project.value_columns = value_columns;
        // Cut off inside the table: the last project's matrix runs to the end of the
        // document and its last row is short or holds only labels.
        if ri + 1 == n_regions && header_at.is_some() && footer_at == rows.len() && partial {
            project.complete = false;
        }
        layout.mark(consumed);
        layout.projects.extend(owner_split::split_by_owner(ProjectDraft { project, raw, periods, ambiguous }));
        budget.entries.extend(region_budget.entries);
        budget.header_cells.extend(region_budget.header_cells);
    }
    budget_list::take(&mut layout, budget);
    layout.date_year = rows.iter().rev().filter_map(|r| r.single().map(|c| c.text.as_str())).find_map(document::date_line_year);
    if layout.projects.iter().all(|d| d.raw.is_empty()) && narrative::looks_narrative(rows) {
        prose_targets(&mut layout, rows);
    }
    signer::fill_departments(&mut layout, rows);
    sheet_names::name_from_captions(&mut layout.projects, &grid.captions);
    layout
}

/// No table anywhere, but targets written as prose: one project per project heading
/// (one for the whole text without any), each spanning the lines up to the next.
fn prose_targets(layout: &mut Layout, rows: &[Row]) {
    let n = narrative::parse(rows);
    if n.projects.iter().all(|p| p.raw.is_empty()) {
        return;
    }
    // Fields a key–value block above the prose gave belong to its first project.
    let mut base = layout.projects.pop().map(|d| d.project);
    let first = rows.first().map_or(0, |r| r.line);
    let last = rows.last().map_or(0, Row::last_line);
    let starts: Vec<usize> = n.projects.iter().enumerate().map(|(i, p)| if i == 0 { first } else { p.line.unwrap_or(first) }).collect();
    let mut drafts = Vec::with_capacity(n.projects.len());
    for (i, p) in n.projects.into_iter().enumerate() {
        let mut project = base.take().unwrap_or(Project { complete: true, ..Default::default() });
        let end = starts.get(i + 1).map_or(last, |&s| s.saturating_sub(1).max(starts[i]));
        project.lines = [starts[i], end];
        if project.name.is_none() {
            project.name = p.name;
        }
        if let (Some(f), None) = (p.funds, &project.funds.annual) {
            project.funds.annual = Some(f.funds);
            project.money_unit.get_or_insert_with(|| f.unit.to_string());
            if project.purpose.is_none() {
                project.purpose = f.purpose;
            }
        }
        if project.goals.annual.is_none() {
            project.goals.annual = p.goal;
        }
        if project.goals.midterm.is_none() {
            project.goals.midterm = p.midterm_goal;
        }
        drafts.push(ProjectDraft { project, raw: p.raw, periods: vec![None], ambiguous: Vec::new() });
    }
    layout.mark(n.cells);
    layout.projects = drafts;
}
