//! Word 97–2003 binary documents (.doc) → cells. Many budget disclosures of 2015–2021
//! were published as .doc, often written by WPS.
//!
//! Hand-written ([MS-DOC]) because no well-kept crate reads .doc: the crates that do are
//! young, whole-document models far larger than what we need, which is the main text,
//! where its table cells and rows end, and each row's cell boundaries (to line merged
//! cells up as the DOCX reader does). The container is read with the `cfb` crate.
//!
//! The text is held in pieces (the piece table in the CLX); its special characters
//! mark structure: `\r` ends a paragraph, `\x07` ends a table cell, and a `\x07` whose
//! paragraph carries the "table terminating paragraph" property ends a row
//! (`doc_props` reads those properties). Fields keep their result, not their code.
//! Hidden text (a character property) is left out, as Word shows the document, and
//! said: one [`Unread`] per paragraph or cell that lost text (`hidden_text`).

use std::io::{Cursor, Read};

use super::doc_notes;
use super::doc_props::{Chars, Para, Props};
use super::grid::{CellStyle, Grid, GridBuilder};
use super::hidden_text::HiddenText;
use super::{malformed, over_limit, Format, Limits, Unread};
use crate::chars::TrimWs;
use crate::error::{Error, Result};

const FORMAT: Format = Format::Doc;

/// A compound file holding a "WordDocument" stream.
pub fn is_doc(bytes: &[u8]) -> bool {
    cfb::CompoundFile::open(Cursor::new(bytes)).is_ok_and(|c| c.is_stream("/WordDocument"))
}

pub fn read(bytes: &[u8], limits: &Limits) -> Result<(Grid, Vec<Unread>)> {
    let mut cfb = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| malformed(FORMAT, format!("not a compound file: {e}")))?;
    let mut stream = |name: &str| -> Result<Vec<u8>> {
        let s = cfb.open_stream(name).map_err(|e| malformed(FORMAT, format!("no {name} stream: {e}")))?;
        let mut out = Vec::new();
        // A stream is never longer than the file holding it.
        s.take(bytes.len() as u64).read_to_end(&mut out).map_err(|e| malformed(FORMAT, format!("{name}: {e}")))?;
        Ok(out)
    };
    let word = stream("/WordDocument")?;
    let fib = Fib::parse(&word)?;
    let table = stream(if fib.table_1 { "/1Table" } else { "/0Table" })?;
    let pieces = pieces(&table, fib.clx)?;
    // Read for rows whose modifiers a page cannot hold; a file without one needs none.
    let data = stream("/Data").unwrap_or_default();
    let props = Props::new(&word, &data, &table, fib.bte_papx);
    let chars = Chars::new(&word, &table, fib.bte_chpx);
    let mut out = Builder {
        props,
        chars,
        limits,
        para: String::new(),
        cells: Vec::new(),
        rows: Vec::new(),
        fields: Vec::new(),
        grid: GridBuilder::default(),
        n_cells: 0,
        hidden: HiddenText::default(),
        unread: Vec::new(),
    };
    walk_text(&word, &pieces, fib.ccp_text, &mut out)?;
    let (grid, mut unread) = out.finish()?;
    // Footnotes and endnotes print outside the table: said after the text, with theirs.
    let after = grid.rows.last().map_or(1, |r| r.line + 1);
    unread.extend(doc_notes::said(&word, &pieces, fib.ccp_text, &fib.stories, limits, after)?);
    Ok((grid, unread))
}

/// What we need of the File Information Block.
struct Fib {
    ccp_text: u32,
    /// Lengths of the stories after the main text, in order: footnotes, headers,
    /// comments, endnotes (`doc_notes`).
    stories: doc_notes::Stories,
    table_1: bool,
    clx: (u32, u32),
    bte_papx: (u32, u32),
    bte_chpx: (u32, u32),
}

pub(super) fn u16_at(b: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(at..at + 2)?.try_into().ok()?))
}

pub(super) fn u32_at(b: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(at..at + 4)?.try_into().ok()?))
}

impl Fib {
    fn parse(w: &[u8]) -> Result<Fib> {
        let bad = |what: &str| malformed(FORMAT, format!("File Information Block: {what}"));
        if u16_at(w, 0) != Some(0xA5EC) {
            return Err(bad("not a Word document (wIdent)"));
        }
        let nfib = u16_at(w, 2).ok_or_else(|| bad("truncated"))?;
        if nfib < 0x00C1 {
            return Err(Error::Unsupported(format!("Word 6/95 document (nFib {nfib:#x}); save it as .doc 97–2003 or .docx")));
        }
        let flags = u16_at(w, 0x0A).ok_or_else(|| bad("truncated"))?;
        if flags & 0x0100 != 0 {
            return Err(Error::Unsupported("encrypted .doc (password protected)".to_string()));
        }
        // FibBase (32 bytes), then three variable arrays, each after its count.
        let csw = u16_at(w, 32).ok_or_else(|| bad("truncated"))? as usize;
        let lw_count_at = 34 + 2 * csw;
        let cslw = u16_at(w, lw_count_at).ok_or_else(|| bad("truncated"))? as usize;
        let lw = lw_count_at + 2;
        let ccp_text = u32_at(w, lw + 12).ok_or_else(|| bad("truncated"))?;
        // FibRgLw97: ccpFtn, ccpHdd, (ccpMcr), ccpAtn, ccpEdn after ccpText; a short
        // array (never in files Word writes) has none.
        let ccp = |k: usize| if k < cslw { u32_at(w, lw + 4 * k).unwrap_or(0) } else { 0 };
        let stories = doc_notes::Stories { footnotes: ccp(4), headers: ccp(5), comments: ccp(7), endnotes: ccp(8) };
        let fclcb_count_at = lw + 4 * cslw;
        let n_pairs = u16_at(w, fclcb_count_at).ok_or_else(|| bad("truncated"))? as usize;
        let pair = |i: usize| -> Option<(u32, u32)> {
            let at = fclcb_count_at + 2 + 8 * i;
            (i < n_pairs).then(|| Some((u32_at(w, at)?, u32_at(w, at + 4)?))).flatten()
        };
        // FibRgFcLcb97: fcPlcfBteChpx is pair 12, fcPlcfBtePapx 13, fcClx 33.
        let clx = pair(33).ok_or_else(|| bad("no piece table (fcClx)"))?;
        let (bte_chpx, bte_papx) = (pair(12).unwrap_or((0, 0)), pair(13).unwrap_or((0, 0)));
        Ok(Fib { ccp_text, stories, table_1: flags & 0x0200 != 0, clx, bte_papx, bte_chpx })
    }
}

/// One run of text: characters `cp..cp_end` stored from byte `at` of the WordDocument
/// stream, one byte each (Windows-1252, "compressed") or two (UTF-16LE).
pub(super) struct Piece {
    cp: u32,
    cp_end: u32,
    at: usize,
    compressed: bool,
}

fn pieces(table: &[u8], (fc, lcb): (u32, u32)) -> Result<Vec<Piece>> {
    let bad = |what: &str| malformed(FORMAT, format!("piece table: {what}"));
    let clx = table.get(fc as usize..(fc as usize).saturating_add(lcb as usize)).ok_or_else(|| bad("outside the table stream"))?;
    let mut p = 0;
    // Property modifiers (Prc) come first; the piece table (Pcdt) follows.
    while clx.get(p) == Some(&1) {
        p += 3 + u16_at(clx, p + 1).ok_or_else(|| bad("truncated"))? as usize;
    }
    if clx.get(p) != Some(&2) {
        return Err(bad("no Pcdt"));
    }
    let len = u32_at(clx, p + 1).ok_or_else(|| bad("truncated"))? as usize;
    let plc = clx.get(p + 5..p + 5 + len).ok_or_else(|| bad("truncated"))?;
    if plc.len() < 4 {
        return Err(bad("empty"));
    }
    let n = (plc.len() - 4) / 12;
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let (cp, cp_end) = (u32_at(plc, 4 * i).unwrap_or(0), u32_at(plc, 4 * i + 4).unwrap_or(0));
        let fc = u32_at(plc, 4 * (n + 1) + 8 * i + 2).ok_or_else(|| bad("truncated"))?;
        if cp_end < cp {
            return Err(bad("character positions out of order"));
        }
        let compressed = fc & 0x4000_0000 != 0;
        let at = if compressed { ((fc & !0x4000_0000) / 2) as usize } else { fc as usize };
        out.push(Piece { cp, cp_end, at, compressed });
    }
    Ok(out)
}

/// Hands every character of the main text, with its byte position, to `out`.
fn walk_text(word: &[u8], pieces: &[Piece], ccp_text: u32, out: &mut Builder<'_>) -> Result<()> {
    let mut budget = out.limits.max_unpacked_bytes;
    walk_range(word, pieces, 0..ccp_text, &mut budget, out.limits, |c, fc| out.char(c, fc))
}

/// Hands every character at positions `cps` (of the document's text: the main text,
/// then the footnotes, headers, comments, endnotes …), with its byte position, to `f`.
pub(super) fn walk_range(
    word: &[u8],
    pieces: &[Piece],
    cps: std::ops::Range<u32>,
    budget: &mut u64,
    limits: &Limits,
    mut f: impl FnMut(char, u32) -> Result<()>,
) -> Result<()> {
    // Pieces may all point at the same bytes: the text they add up to is capped as
    // inflated bytes are in the zip formats.
    for piece in pieces {
        let (start, end) = (piece.cp.max(cps.start), piece.cp_end.min(cps.end));
        if start >= end {
            continue;
        }
        let n = (end - start) as usize;
        let width = if piece.compressed { 1 } else { 2 };
        let at = piece.at.saturating_add((start - piece.cp) as usize * width);
        *budget = budget.checked_sub((n * width) as u64).ok_or_else(|| over_limit(FORMAT, "text bytes", limits.max_unpacked_bytes))?;
        let bytes = word
            .get(at..at.saturating_add(n * width))
            .ok_or_else(|| malformed(FORMAT, "a text piece lies outside the WordDocument stream"))?;
        if piece.compressed {
            // Windows-1252 maps every byte to one character: the k-th character is at
            // byte k. One decode per piece, not one per byte.
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            for (k, c) in text.chars().enumerate() {
                f(c, (at + k) as u32)?;
            }
        } else {
            let units = bytes.chunks_exact(2).map(|u| u16::from_le_bytes([u[0], u[1]]));
            let mut k = 0;
            for c in char::decode_utf16(units) {
                let c = c.unwrap_or(char::REPLACEMENT_CHARACTER);
                f(c, (at + 2 * k) as u32)?;
                k += c.len_utf16();
            }
        }
    }
    Ok(())
}

/// Paragraphs and table rows, as they are read.
struct Builder<'a> {
    props: Props<'a>,
    chars: Chars<'a>,
    limits: &'a Limits,
    para: String,
    cells: Vec<String>,
    /// The current table's rows, each with its cell boundaries when known.
    rows: Vec<(Vec<String>, Option<Vec<i16>>)>,
    /// Open fields: whether each is past its separator (showing its result).
    fields: Vec<bool>,
    grid: GridBuilder,
    n_cells: usize,
    /// The hidden text of the current paragraph or cell, and the notes of those read.
    hidden: HiddenText,
    unread: Vec<Unread>,
}

impl Builder<'_> {
    fn char(&mut self, c: char, fc: u32) -> Result<()> {
        // Hidden text is not shown; the marks of fields, paragraphs, cells and rows
        // still count, or a hidden mark would merge cells and rows.
        let mark = matches!(c, '\u{13}' | '\u{14}' | '\u{15}' | '\r' | '\u{0C}' | '\u{07}');
        if !mark && self.chars.hidden(fc) {
            // Said, unless it is a field's code or a control character.
            if self.fields.last() != Some(&false) && (c as u32) >= 0x20 {
                self.hidden.push(c);
            } else if matches!(c, '\t' | '\u{0B}') {
                self.hidden.separate();
            }
            return Ok(());
        }
        match c {
            '\u{13}' => self.fields.push(false),
            '\u{14}' => {
                if let Some(f) = self.fields.last_mut() {
                    *f = true;
                }
            }
            '\u{15}' => {
                self.fields.pop();
            }
            // A field's code ("PAGE", "HYPERLINK …") is not text.
            _ if self.fields.last() == Some(&false) => {}
            '\r' | '\u{0C}' => self.paragraph_end(fc)?,
            '\u{07}' => self.cell_mark(fc)?,
            '\u{0B}' => self.para.push('\n'),
            '\t' | '\u{A0}' => self.para.push(' '),
            '\u{1E}' => self.para.push('-'),
            c if (c as u32) < 0x20 => {}
            c => self.para.push(c),
        }
        Ok(())
    }

    fn paragraph_end(&mut self, fc: u32) -> Result<()> {
        if self.props.at(fc).is_some_and(|p: Para| p.in_table) {
            // A paragraph inside a cell (or a nested table's cell or row end): a line
            // of the cell.
            self.para.push('\n');
            self.hidden.separate();
            return Ok(());
        }
        self.end_table()?;
        let line = self.grid.n_rows() + 1;
        self.unread.extend(self.hidden.take(line));
        let text = std::mem::take(&mut self.para);
        if !text.trim_ws().is_empty() {
            self.push(vec![text.trim_ws().to_string()])?;
        }
        Ok(())
    }

    fn cell_mark(&mut self, fc: u32) -> Result<()> {
        let para = self.props.at(fc);
        // Without readable properties, a mark right after a cell mark ends the row
        // (wrong only for an empty cell, which the properties tell apart).
        let row_end = match para {
            Some(p) => p.row_end,
            None => self.para.is_empty() && !self.cells.is_empty(),
        };
        let line = self.grid.n_rows() + self.rows.len() + 1;
        self.unread.extend(self.hidden.take(line));
        if row_end {
            let cells = std::mem::take(&mut self.cells);
            self.para.clear();
            self.rows.push((cells, para.and_then(|p| self.props.bounds(p))));
        } else {
            let text = std::mem::take(&mut self.para);
            self.cells.push(text.trim_ws().to_string());
        }
        Ok(())
    }

    /// The rows of the table just read, merged cells lined up on the table's column
    /// boundaries.
    fn end_table(&mut self) -> Result<()> {
        if !self.cells.is_empty() {
            let cells = std::mem::take(&mut self.cells);
            self.rows.push((cells, None));
        }
        for row in super::doc_props::line_up(std::mem::take(&mut self.rows)) {
            self.push(row)?;
        }
        Ok(())
    }

    fn push(&mut self, row: Vec<String>) -> Result<()> {
        self.n_cells += row.len();
        if self.n_cells > self.limits.max_cells {
            return Err(over_limit(FORMAT, "cells", self.limits.max_cells as u64));
        }
        self.grid.push_cells(row);
        Ok(())
    }

    fn finish(mut self) -> Result<(Grid, Vec<Unread>)> {
        self.paragraph_end(u32::MAX)?;
        self.end_table()?;
        Ok((self.grid.finish(CellStyle::Table), self.unread))
    }
}
