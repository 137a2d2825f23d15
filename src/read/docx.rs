//! DOCX → cells, read as a stream of XML events from word/document.xml (no DOM: a
//! filing's document.xml can be tens of megabytes, and a stream keeps memory flat).
//!
//! Hand-written over quick-xml because the table model we need is small and specific:
//! `w:gridSpan` cells are emitted once at their first column with empty cells after
//! them so that positions line up with the header row, `w:vMerge` continuations are
//! empty cells, and paragraphs outside tables become one-cell rows in document order.
//! Text split across runs is joined; paragraphs inside one cell are joined with "\n".
//! The text is what Word shows with changes accepted: deleted and moved-away runs,
//! deleted rows, hidden runs, ruby guide text and content-control placeholders are
//! left out; `w:sym` symbols are
//! read as the characters they show. Hidden runs (`w:vanish`, `w:specVanish` in the
//! run's own properties or in its character or paragraph style, `docx_styles`) are said, one [`Unread`] per
//! paragraph or cell that lost text (`hidden_text`). `w:altChunk` parts (an embedded HTML page or
//! DOCX) are read where they stand (`docx_chunks`); footnotes and endnotes, printed
//! outside the table, are said with their text (`docx_notes`).

use std::io::BufReader;

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::chars::TrimWs;

use std::collections::HashMap;

use super::docx_chunks::{self, Chunk};
use super::docx_nested::splice;
use super::docx_notes;
use super::docx_styles::{self, Styles};
use super::docx_symbols;
use super::grid::{CellStyle, Grid, GridBuilder};
use super::hidden_text::HiddenText;
use super::zip_limits::{self, Capped};
use super::{malformed, over_limit, Format, Limits, Unread};
use crate::error::Result;

const FORMAT: Format = Format::Docx;
/// Word allows 63 columns; anything wider is a hostile or broken file.
const MAX_SPAN: usize = 64;

pub fn read(bytes: &[u8], limits: &Limits) -> Result<(Grid, Vec<Unread>)> {
    read_nested(bytes, limits, 0).map(|(grid, unread, _)| (grid, unread))
}

/// [`read`] for a package `depth` altChunks deep; also returns what is left of the
/// inflate budget (`limits.max_unpacked_bytes`), for the package around it.
pub(super) fn read_nested(bytes: &[u8], limits: &Limits, depth: usize) -> Result<(Grid, Vec<Unread>, u64)> {
    let mut zip = zip_limits::open(bytes, FORMAT, limits)?;
    let mut budget = limits.max_unpacked_bytes;
    let main = docx_chunks::main_part(&mut zip, limits, &mut budget)?;
    let chunks = docx_chunks::load(&mut zip, &main, limits, &mut budget, depth)?;
    // For the styles, read only once a paragraph or run names one (`docx_styles::load_within`).
    let mut spare = zip.clone();
    let file = zip.by_name(&main).map_err(|e| malformed(FORMAT, format!("no main document part {main}: {e}")))?;
    let capped = Capped::new(file, budget);
    let mut reader = Reader::from_reader(BufReader::with_capacity(64 * 1024, capped));
    // Word text is exact: keep its spaces, and let broken files fail rather than guess.
    reader.config_mut().trim_text(false);
    let mut walker = Walker { chunks, ..Walker::default() };
    let mut buf = Vec::with_capacity(64 * 1024);
    loop {
        let event = reader.read_event_into(&mut buf).map_err(|e| xml_error(e, limits))?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                if !empty {
                    walker.depth += 1;
                    if walker.depth > limits.max_depth {
                        return Err(over_limit(FORMAT, "XML nesting depth", limits.max_depth as u64));
                    }
                }
                walker.start(e, empty);
                if walker.wants_styles {
                    walker.wants_styles = false;
                    walker.styles = Some(docx_styles::load_within(&mut spare, &main, limits, reader.get_mut().get_mut())?);
                    walker.start(e, empty);
                }
            }
            Event::End(e) => {
                walker.end(e.local_name().as_ref());
                walker.depth = walker.depth.saturating_sub(1);
            }
            Event::Text(t) => walker.text(&t.xml10_content()),
            Event::CData(t) => walker.text(&t),
            Event::GeneralRef(r) => {
                let resolved = match r.resolve_char_ref() {
                    Ok(Some(c)) => Some(c.to_string()),
                    _ => quick_xml::escape::resolve_xml_entity(&r.xml10_content()).map(str::to_string),
                };
                if let Some(s) = resolved {
                    walker.text(&s);
                }
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
        if walker.out.n_cells() + walker.buffered > limits.max_cells {
            return Err(over_limit(FORMAT, "number of cells", limits.max_cells as u64));
        }
    }
    if walker.depth > 0 {
        return Err(malformed(FORMAT, format!("{main} ends inside an element (truncated?)")));
    }
    let mut left = reader.into_inner().into_inner().left();
    if !walker.notes.is_empty() {
        walker.unread.extend(docx_notes::said(&mut spare, &main, &walker.notes, limits, &mut left)?);
        walker.unread.sort_by_key(|u| u.line);
    }
    Ok((walker.out.finish(CellStyle::Table), walker.unread, left))
}

fn xml_error(e: quick_xml::Error, limits: &Limits) -> crate::Error {
    match e {
        quick_xml::Error::Io(io) => zip_limits::io_error(FORMAT, limits, &io),
        other => malformed(FORMAT, other),
    }
}

/// An attribute by local name (Word's prefix is conventionally `w:` but not required).
pub(super) fn attr(e: &BytesStart<'_>, local: &str) -> Option<String> {
    e.attributes()
        .flatten()
        .find(|a| a.key.local_name().as_ref() == local)
        .and_then(|a| a.normalized_value(quick_xml::XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

#[derive(Default)]
struct CellBuf {
    paras: Vec<String>,
    span: usize,
    continued: bool,
    /// The rows of tables nested in this cell (outer cells only).
    nested: Vec<Vec<String>>,
}

/// The row being read at one table level.
#[derive(Default)]
struct Level {
    row: Option<Vec<String>>,
    cell: Option<CellBuf>,
    /// Empty cells that w:gridAfter puts after the row's last cell (it is read in
    /// w:trPr, before the cells).
    after: usize,
    /// Outer rows: the cells holding nested tables, as (column, span, rows).
    nested: Vec<(usize, usize, Vec<Vec<String>>)>,
    /// The row is a tracked deletion.
    deleted: bool,
}

/// The reading state. The outermost table and a table nested in one of its cells have
/// structure: the nested table's rows are spliced into the outer table in place of the
/// outer row (filings put the indicator matrix in a cell beside a 绩效指标 label); its
/// other cells stand over those rows as a vertical merge would. Deeper tables are rare
/// and folded into their cell's text, one line per paragraph.
#[derive(Default)]
struct Walker {
    out: GridBuilder,
    depth: usize,
    tables: usize,
    /// Index 0: the outermost table; 1: a table nested in one of its cells.
    levels: [Level; 2],
    /// Cells held in nested rows, not yet in `out` (for the cell cap).
    buffered: usize,
    /// Open w:p elements (a text box nests paragraphs inside a paragraph).
    paras: usize,
    para: String,
    in_run: usize,
    in_text: bool,
    /// The run is hidden: by its own w:vanish, else its character style, else its
    /// paragraph's style (each None where it does not say).
    hidden: bool,
    vanish: [Option<bool>; 3],
    /// None until a w:pStyle or w:rStyle asks (`wants_styles`), then read.
    styles: Option<Styles>,
    wants_styles: bool,
    /// Open text boxes (w:txbxContent), each with the state of the paragraph it stands
    /// in: (its text, open w:p, hidden, vanish), restored when the box ends.
    boxes: Vec<(String, usize, bool, [Option<bool>; 3])>,
    /// The hidden text of the current body paragraph or table cell.
    hidden_text: HiddenText,
    /// Open content controls (w:sdt), each true while it shows its placeholder text
    /// ("单击或点击此处输入文字。"): a prompt of the template, not content.
    sdts: Vec<bool>,
    /// Skipped subtrees: mc:Fallback, which repeats the mc:Choice content for old
    /// readers, and the deleted text of tracked changes (w:del, w:moveFrom: Word keeps
    /// moved-away text as w:t, so it would otherwise appear twice).
    skip_at: Option<usize>,
    /// The altChunk parts by relationship id, read before the walk.
    chunks: HashMap<String, Chunk>,
    unread: Vec<Unread>,
    /// Footnote and endnote marks, said once the body is read (`docx_notes`).
    notes: Vec<docx_notes::NoteRef>,
}

impl Walker {
    /// The table level that structural elements belong to, if it has structure.
    fn level(&mut self) -> Option<&mut Level> {
        match self.tables {
            1 | 2 => Some(&mut self.levels[self.tables - 1]),
            _ => None,
        }
    }

    fn start(&mut self, e: &BytesStart<'_>, empty: bool) {
        if self.skip_at.is_some() {
            return;
        }
        let name = e.local_name();
        // A tracked deletion of a whole row (in w:trPr, before the first cell): the row
        // is gone once the changes are accepted, whatever its runs say.
        if name.as_ref() == "del" {
            if let Some(level) = self.level().filter(|l| l.row.is_some() && l.cell.is_none()) {
                level.deleted = true;
            }
        }
        match name.as_ref() {
            // w:rt: the ruby (phonetic guide) over its base text, not text of its own.
            // w:rPrChange: a run's formatting before a tracked change (a vanish there is
            // what the run no longer has).
            "Fallback" | "del" | "moveFrom" | "rt" | "rPrChange" if !empty => self.skip_at = Some(self.depth),
            "sdt" if !empty => self.sdts.push(false),
            "showingPlcHdr" => {
                if let Some(s) = self.sdts.last_mut() {
                    *s = attr(e, "val").is_none_or(|v| v != "0" && v != "false");
                }
            }
            "altChunk" => self.alt_chunk(e),
            "footnoteReference" | "endnoteReference" if self.shown() => {
                self.notes.extend(docx_notes::reference(e, self.out.n_rows() + 1));
            }
            // A text box holds paragraphs and tables of its own, anchored in a run of
            // the paragraph around it: they are read as body (or cell) content where the
            // box stands, so a table in a box keeps its rows and cells.
            "txbxContent" if !empty => {
                self.boxes.push((std::mem::take(&mut self.para), std::mem::take(&mut self.paras), self.hidden, self.vanish));
            }
            "tbl" if !empty => self.tables += 1,
            "tr" if !empty => {
                if let Some(level) = self.level() {
                    level.row = Some(Vec::new());
                    level.after = 0;
                    level.deleted = false;
                }
            }
            "gridBefore" | "gridAfter" => {
                let n = span_of(e);
                if let Some(level) = self.level() {
                    if name.as_ref() == "gridAfter" {
                        level.after = n;
                    } else if let Some(row) = level.row.as_mut() {
                        row.extend(std::iter::repeat_n(String::new(), n));
                    }
                }
            }
            "tc" if !empty => {
                if let Some(level) = self.level() {
                    level.cell = Some(CellBuf { span: 1, ..Default::default() });
                }
            }
            "gridSpan" => {
                if let Some(c) = self.level().and_then(|l| l.cell.as_mut()) {
                    c.span = span_of(e);
                }
            }
            "vMerge" => {
                let continued = attr(e, "val").is_none_or(|v| v != "restart");
                if let Some(c) = self.level().and_then(|l| l.cell.as_mut()) {
                    // No w:val, or "continue": the cell continues the one above.
                    c.continued = continued;
                }
            }
            "p" if !empty => {
                self.vanish[2] = None;
                self.paras += 1;
                if self.paras > 1 {
                    self.break_line();
                }
            }
            "r" if !empty => {
                self.in_run += 1;
                self.set_hidden([None, None]);
            }
            // w:specVanish: hidden even where hidden text is shown.
            "vanish" | "specVanish" if self.in_run > 0 => {
                self.set_hidden([Some(attr(e, "val").is_none_or(|v| v != "0" && v != "false")), self.vanish[1]]);
            }
            "rStyle" if self.in_run > 0 => {
                let style = self.style_vanish(e);
                self.set_hidden([self.vanish[0], style]);
            }
            "pStyle" => self.vanish[2] = self.style_vanish(e),
            "t" if self.in_run > 0 && !empty => self.in_text = true,
            // w:ptab: a tab stop placed relative to the margin, a gap like w:tab.
            "tab" | "ptab" if self.in_run > 0 => self.para.push('\t'),
            "br" | "cr" if self.in_run > 0 => self.break_line(),
            "noBreakHyphen" if self.in_run > 0 => self.para.push('-'),
            "sym" if self.in_run > 0 && self.shown() => {
                let font = attr(e, "font").unwrap_or_default();
                if let Some(c) = attr(e, "char").and_then(|c| docx_symbols::char_of(&font, &c)) {
                    self.para.push(c);
                }
            }
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        if let Some(at) = self.skip_at {
            if self.depth == at {
                self.skip_at = None;
            }
            return;
        }
        match name {
            "sdt" => {
                self.sdts.pop();
            }
            "txbxContent" => {
                if let Some((para, paras, hidden, vanish)) = self.boxes.pop() {
                    (self.para, self.paras, self.hidden, self.vanish) = (para, paras, hidden, vanish);
                }
            }
            "tbl" => self.tables = self.tables.saturating_sub(1),
            "tr" => self.end_row(),
            "tc" => {
                let line = self.out.n_rows() + 1;
                self.unread.extend(self.hidden_text.take(line));
                let Some(level) = self.level() else { return };
                if let (Some(cell), Some(row)) = (level.cell.take(), level.row.as_mut()) {
                    let text = if cell.continued { String::new() } else { join_paras(&cell.paras) };
                    if !cell.nested.is_empty() {
                        level.nested.push((row.len(), cell.span, cell.nested));
                    }
                    row.push(text);
                    row.extend(std::iter::repeat_n(String::new(), cell.span - 1));
                }
            }
            "p" => {
                self.paras = self.paras.saturating_sub(1);
                if self.paras == 0 {
                    self.finish_para();
                }
            }
            "r" => self.in_run = self.in_run.saturating_sub(1),
            "t" => self.in_text = false,
            _ => {}
        }
    }

    fn end_row(&mut self) {
        let tables = self.tables;
        let Some(level) = self.level() else { return };
        let Some(mut row) = level.row.take() else { return };
        row.extend(std::iter::repeat_n(String::new(), std::mem::take(&mut level.after)));
        let nested = std::mem::take(&mut level.nested);
        if std::mem::take(&mut level.deleted) || (!row.iter().any(|c| !c.is_empty()) && nested.is_empty()) {
            return;
        }
        if tables == 2 {
            // A nested row: kept with the outer cell that holds its table.
            self.buffered += row.len();
            if let Some(cell) = self.levels[0].cell.as_mut() {
                cell.nested.push(row);
            }
            return;
        }
        self.buffered = 0;
        for row in splice(row, &nested) {
            self.out.push_cells(row);
        }
    }

    /// The rows of an embedded part, in place: as rows of the grid in the body, as
    /// lines of the cell inside a table (one per row, its cells joined by spaces).
    fn alt_chunk(&mut self, e: &BytesStart<'_>) {
        let id = attr(e, "id").unwrap_or_default();
        let line = self.out.n_rows() + 1;
        match self.chunks.remove(&id) {
            Some(Chunk::Rows(rows, unread)) => {
                let in_cell = self.tables > 0;
                self.unread.extend(unread.into_iter().map(|u| Unread { line: if in_cell { line } else { line + u.line - 1 }, ..u }));
                for row in rows {
                    if in_cell {
                        let text: Vec<String> = row.into_iter().filter(|c| !c.trim_ws().is_empty()).collect();
                        self.para = text.join(" ");
                        self.finish_para();
                    } else if row.iter().any(|c| !c.trim_ws().is_empty()) {
                        self.out.push_cells(row);
                    }
                }
            }
            Some(Chunk::Unread(message, snippet)) => self.unread.push(Unread { line, message, snippet, hidden: false }),
            // A second altChunk naming the same part reads nothing new; an id the
            // relationships do not list names nothing.
            None => {}
        }
    }

    /// Whether the style a w:pStyle or w:rStyle names hides text; the styles are asked
    /// for if not read yet (the element is then walked again).
    fn style_vanish(&mut self, e: &BytesStart<'_>) -> Option<bool> {
        match &self.styles {
            Some(styles) => styles.vanish(e),
            None => {
                self.wants_styles = true;
                None
            }
        }
    }

    /// The run's own vanish and its character style's; the paragraph style's is kept.
    fn set_hidden(&mut self, run: [Option<bool>; 2]) {
        self.vanish = [run[0], run[1], self.vanish[2]];
        self.hidden = self.vanish.iter().find_map(|v| *v).unwrap_or(false);
    }

    fn shown(&self) -> bool {
        !self.hidden && !self.sdts.contains(&true)
    }

    fn text(&mut self, s: &str) {
        if !self.in_text || self.skip_at.is_some() || self.sdts.contains(&true) {
            return;
        }
        if self.hidden {
            self.hidden_text.push_str(s);
        } else {
            self.para.push_str(s);
        }
    }

    fn break_line(&mut self) {
        if !self.para.is_empty() && !self.para.ends_with('\n') {
            self.para.push('\n');
        }
    }

    fn finish_para(&mut self) {
        let para = std::mem::take(&mut self.para);
        let [outer, inner] = &mut self.levels;
        let cell = match self.tables {
            0 => None,
            1 => outer.cell.as_mut(),
            // Deeper tables fold into the cell of the nested table that holds them.
            _ => inner.cell.as_mut().or(outer.cell.as_mut()),
        };
        if let Some(cell) = cell {
            cell.paras.push(para.replace('\t', " "));
            self.hidden_text.separate();
            return;
        }
        let line = self.out.n_rows() + 1;
        self.unread.extend(self.hidden_text.take(line));
        if self.tables == 0 {
            // A body paragraph: tabs lay out fields on a line ("项目负责人：\t单位（盖章）："),
            // so they separate cells here as in tab-separated text.
            let cells: Vec<String> = para.split('\t').map(str::trim).filter(|c| !c.is_empty()).map(str::to_string).collect();
            for line in split_lines(cells) {
                self.out.push_cells(line);
            }
        }
    }
}

/// A body paragraph with manual line breaks prints as several lines: one row each.
fn split_lines(cells: Vec<String>) -> Vec<Vec<String>> {
    if cells.len() == 1 && cells[0].contains('\n') {
        return cells[0].lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| vec![l.to_string()]).collect();
    }
    if cells.is_empty() {
        Vec::new()
    } else {
        vec![cells]
    }
}

fn join_paras(paras: &[String]) -> String {
    let lines: Vec<&str> = paras.iter().flat_map(|p| p.lines()).map(str::trim).filter(|l| !l.is_empty()).collect();
    lines.join("\n")
}

fn span_of(e: &BytesStart<'_>) -> usize {
    attr(e, "val").and_then(|v| v.trim_ws().parse::<usize>().ok()).unwrap_or(1).clamp(1, MAX_SPAN)
}
