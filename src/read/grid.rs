//! The common shape every reader produces: rows of cells, each cell with its source
//! line. The layout engine sees only this, whatever the file format was.

use std::borrow::Cow;

use crate::chars::TrimWs;

/// One cell of text. `col` is the position in its row (empty cells keep their place,
/// so positions can be compared with a header row).
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub id: usize,
    pub text: String,
    pub line: usize,
    pub col: usize,
    /// The lexicon key of the cell's head when it differs from the text (see
    /// [`Cell::key`]); None when the key is `text[key_at.0..key_at.1]`, as for most
    /// cells, which saves an allocation per cell.
    key_owned: Option<String>,
    key_at: (usize, usize),
    /// The whole text fits in `key` (labels, column names and field names all do).
    pub short: bool,
    /// Only white space: asked for every cell by nearly every pass, so computed once.
    empty: bool,
}

/// Cells longer than this are never a label, a column name or a bare field name.
pub const KEY_HEAD_CHARS: usize = 48;

/// The byte index where the text's character number [`KEY_HEAD_CHARS`] (from 0)
/// begins, None when it has no more characters than that. Run on every cell: a text
/// of at most KEY_HEAD_CHARS bytes has at most as many characters (no walk), and a
/// longer one is stepped over by each lead byte's width rather than decoded character
/// by character (`char_indices().nth`), which relies on `text` being valid UTF-8.
fn head_cut(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if b.len() <= KEY_HEAD_CHARS {
        return None;
    }
    let mut i = 0;
    for _ in 0..KEY_HEAD_CHARS {
        // The width of the character whose lead byte is b[i] (a lead byte's top bits).
        i += UTF8_WIDTH[(b[i] >> 4) as usize] as usize;
        if i >= b.len() {
            return None;
        }
    }
    Some(i)
}

/// A UTF-8 character's length by its lead byte's top four bits (0x8–0xB, continuation
/// bytes, never lead one).
const UTF8_WIDTH: [u8; 16] = [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 3, 4];

impl Cell {
    pub fn new(id: usize, text: String, line: usize, col: usize) -> Cell {
        let cut = head_cut(&text);
        let (key_owned, key_at) = match crate::extract::normalize::label_key_cow(&text[..cut.unwrap_or(text.len())]) {
            Cow::Borrowed(k) => {
                let start = k.as_ptr() as usize - text.as_ptr() as usize;
                (None, (start, start + k.len()))
            }
            Cow::Owned(k) => (Some(k), (0, 0)),
        };
        let mut cell = Cell { id, text, line, col, key_owned, key_at, short: cut.is_none(), empty: false };
        cell.empty = cell.key().is_empty() && cell.text.trim_ws().is_empty();
        cell
    }

    /// The lexicon key of the cell's head (white space removed, Traditional →
    /// Simplified, see `extract::normalize::label_key`), computed once per cell because
    /// every lexicon lookup downstream needs it.
    pub fn key(&self) -> &str {
        match &self.key_owned {
            Some(k) => k,
            None => &self.text[self.key_at.0..self.key_at.1],
        }
    }

    /// The same cell with other text (a glued cell cut apart).
    pub fn with_text(&self, text: String, col: usize) -> Cell {
        Cell::new(self.id, text, self.line, col)
    }

    pub fn is_empty(&self) -> bool {
        self.empty
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub line: usize,
    pub cells: Vec<Cell>,
}

impl Row {
    pub fn non_empty(&self) -> impl Iterator<Item = &Cell> {
        self.cells.iter().filter(|c| !c.is_empty())
    }

    /// The row's only filled cell, if it has exactly one (titles, page numbers, one
    /// cell per paragraph).
    pub fn single(&self) -> Option<&Cell> {
        let mut it = self.non_empty();
        let c = it.next()?;
        it.next().is_none().then_some(c)
    }

    /// Number of cells up to the last non-empty one.
    pub fn width(&self) -> usize {
        self.cells.iter().rposition(|c| !c.is_empty()).map_or(0, |i| i + 1)
    }

    pub fn last_line(&self) -> usize {
        self.cells.iter().map(|c| c.line).max().unwrap_or(self.line)
    }
}

/// How the text was cut into cells; reported for diagnostics and tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CellStyle {
    /// Tab-separated cells, one table row per line (PDF/DOCX text extraction).
    Tabs,
    /// One tab-prefixed cell per line, rows separated by blank lines (DOCX extraction).
    CellPerLine,
    /// Comma-separated values (CSV as Excel saves it): one row per record, quoted
    /// fields may hold commas and line breaks; blank fields keep their columns.
    Commas,
    /// `|`-separated cells, one row per line.
    Pipes,
    /// One cell per line ending in `|`, rows separated by lines of bare `|` (HTML copy).
    PipeCellPerLine,
    /// One cell per paragraph, paragraphs separated by blank lines (HTML/Word copy).
    Paragraphs,
    /// Cells separated by runs of spaces, one row per line.
    Spaces,
    /// Text kept in its page layout with blank lines between table rows
    /// (`pdftotext -layout`): cells cut at column gaps, the lines of one row joined.
    LaidOut,
    /// Read from a real table structure (DOCX, XLSX/XLS, HTML, PDF): one row per table
    /// row, spans expanded so positions line up, text outside tables as one-cell rows.
    Table,
}

#[derive(Debug, Clone)]
pub struct Grid {
    pub rows: Vec<Row>,
    pub style: CellStyle,
    /// Total number of cells handed out (ids are `0..n_cells`).
    pub n_cells: usize,
    /// The names of the file's parts (a workbook's sheets), in reading order.
    pub captions: Vec<Caption>,
    /// Lines of one-cell-per-paragraph text that hold only white space: a cell printed
    /// empty (not the blank line between paragraphs), which keeps its column's place.
    pub blank_cells: Vec<usize>,
    /// Blank lines are vertical space, not breaks between rows (a page printed onto a
    /// character grid, read/page_grid.rs): a row's next printed line is its next line.
    pub blank_lines_are_space: bool,
}

/// A part's name, printed nowhere in its cells (a sheet's tab), and the line of the
/// part's first row: a workbook of one project per sheet may name each project only
/// there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caption {
    pub line: usize,
    pub text: String,
}

impl Grid {
    pub fn cells(&self) -> impl Iterator<Item = &Cell> {
        self.rows.iter().flat_map(|r| r.cells.iter())
    }
}

/// Hands out cell ids in reading order.
#[derive(Default)]
pub struct GridBuilder {
    rows: Vec<Row>,
    next_id: usize,
    captions: Vec<Caption>,
    blank_cells: Vec<usize>,
}

impl GridBuilder {
    /// A row of (text, line) cells; any iterator, so that readers need not collect
    /// a row twice.
    pub fn push_row(&mut self, line: usize, cells: impl IntoIterator<Item = (String, usize)>) {
        let cells = cells
            .into_iter()
            .enumerate()
            .map(|(col, (text, line))| {
                let id = self.next_id;
                self.next_id += 1;
                Cell::new(id, text, line, col)
            })
            .collect();
        self.rows.push(Row { line, cells });
    }

    /// Structured readers: the next row in reading order, its `line` being its 1-based
    /// position among the rows emitted (these formats have no text lines to point at).
    pub fn push_cells(&mut self, cells: Vec<String>) {
        let line = self.rows.len() + 1;
        self.push_row(line, cells.into_iter().map(|t| (t, line)));
    }

    /// The name of the part whose rows come next.
    pub fn caption(&mut self, text: &str) {
        self.captions.push(Caption { line: self.rows.len() + 1, text: text.to_string() });
    }

    pub fn n_rows(&self) -> usize {
        self.rows.len()
    }

    pub fn n_cells(&self) -> usize {
        self.next_id
    }

    pub fn finish(self, style: CellStyle) -> Grid {
        Grid {
            rows: self.rows,
            style,
            n_cells: self.next_id,
            captions: self.captions,
            blank_cells: self.blank_cells,
            blank_lines_are_space: false,
        }
    }

    /// A paragraph holding only white space at `line`: see [`Grid::blank_cells`].
    pub fn blank_cell(&mut self, line: usize) {
        self.blank_cells.push(line);
    }
}
