//! PDF → cells from the text layer. `pdf-extract` (over `lopdf`) hands us every glyph
//! with its text matrix and every stroked or filled path: pure Rust, maintained, and
//! it decodes the CJK fonts LibreOffice and WPS embed (Identity-H + ToUnicode), and
//! (patched, see vendor/pdf-extract/JIXIAO_PATCH.md) the predefined CMaps of fonts
//! that are not embedded, such as iText's STSong-Light with UniGB-UCS2-H, and embedded
//! TrueType subsets without a ToUnicode map, through the font's own cmap. The
//! alternatives either need a native library we cannot ship (pdfium, MuPDF) or give
//! text without positions.
//!
//! Government PDFs draw ruled tables, so the rules are the table model
//! ([`super::pdf_table`]); text outside any ruled table becomes one-cell rows, wrapped
//! lines of one paragraph joined again. A PDF without any text (scanned pages) gives
//! an empty grid and a note that OCR is needed, never guessed records; so does one whose
//! fonts carry no way to Unicode at all (glyph numbers instead of text, see `CharCount`).

use pdf_extract::{ColorSpace, Document, MediaBox, Object, ObjectId, OutputDev, OutputError, Path, PathOp, Transform};

use super::grid::{CellStyle, Grid, GridBuilder};
use super::pdf_table::{self, Glyph, Page, Seg};
use super::{malformed, over_limit, Format, Limits};
use super::{pdf_pages, pdf_rotation};
use crate::error::Result;

const FORMAT: Format = Format::Pdf;

pub const NO_TEXT_NOTE: &str = "the PDF has no text layer (scanned pages?): nothing to read without OCR";

pub fn read(bytes: &[u8], limits: &Limits) -> Result<(Grid, Option<String>)> {
    // pdf-extract unwraps freely on broken files; a panic becomes a Malformed error.
    let pages =
        super::contained::contained(|| extract(bytes, limits)).map_err(|_| malformed(FORMAT, "the PDF reader failed on this file"))??;
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut tail, mut n_cells) = (None, 0usize);
    let mut chars = CharCount::default();
    for page in &pages {
        page.glyphs.iter().for_each(|g| chars.add(&g.ch));
        let (page_rows, xs) = pdf_table::page_table_rows(page);
        n_cells += page_rows.iter().map(|r| r.cells.len()).sum::<usize>();
        if n_cells > limits.max_cells {
            return Err(over_limit(FORMAT, "number of cells", limits.max_cells as u64));
        }
        tail = pdf_pages::append_page(&mut rows, tail, page_rows, &xs);
    }
    let mut out = GridBuilder::default();
    for row in rows {
        out.push_cells(row);
    }
    if chars.all == 0 {
        return Ok((out.finish(CellStyle::Table), Some(NO_TEXT_NOTE.to_string())));
    }
    if let Some(note) = chars.garbled_note() {
        // Rows of control characters and Latin look-alikes are no text: an empty grid
        // and one finding that says why, not hundreds of S005 quotes of garbage.
        return Ok((GridBuilder::default().finish(CellStyle::Table), Some(note)));
    }
    Ok((out.finish(CellStyle::Table), None))
}

/// What the text layer's characters are. A font embedded without a ToUnicode map and
/// without a standard encoding (common in PDFs printed through some drivers) gives its
/// glyph numbers instead of text: control characters for the first 31 glyphs of a
/// subset, Latin letters for the next. Real text has no control characters, and a
/// Chinese filing is mostly CJK.
#[derive(Default)]
struct CharCount {
    /// Characters other than white space.
    all: usize,
    /// C0 controls, U+FFFD and private-use characters: no text at all.
    undecodable: usize,
    cjk: usize,
}

impl CharCount {
    fn add(&mut self, text: &str) {
        for c in text.chars().filter(|c| !c.is_whitespace()) {
            self.all += 1;
            match c {
                '\u{0}'..='\u{1f}' | '\u{7f}' | '\u{fffd}' | '\u{e000}'..='\u{f8ff}' => self.undecodable += 1,
                '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' => self.cjk += 1,
                _ => {}
            }
        }
    }

    /// A note when the text cannot be read: a fifth of it undecodable, or a twentieth
    /// with next to no CJK beside it (the rest being the Latin look-alikes).
    fn garbled_note(&self) -> Option<String> {
        let share = |n: usize| n as f64 / self.all as f64;
        let garbled =
            self.undecodable >= 20 && (share(self.undecodable) >= 0.2 || share(self.undecodable) >= 0.05 && share(self.cjk) < 0.05);
        garbled.then(|| {
            format!(
                "the PDF's fonts map {} of its {} characters to no Unicode text (fonts embedded without a ToUnicode map): nothing to read without OCR",
                self.undecodable, self.all
            )
        })
    }
}

fn extract(bytes: &[u8], limits: &Limits) -> Result<Vec<Page>> {
    let mut doc = Document::load_mem(bytes).map_err(|e| malformed(FORMAT, e))?;
    if doc.is_encrypted() {
        // An owner password only (printing/copying restrictions) opens with "".
        doc.decrypt("").map_err(|_| malformed(FORMAT, "encrypted with a password"))?;
    }
    check_forms(&doc, limits)?;
    let rotations = pdf_rotation::rotations(&doc);
    // Glyphs are held until the page is laid out (~80 bytes each): capped like cells.
    let max_glyphs = limits.max_cells / 2;
    let mut dev = Collector { pages: Vec::new(), glyph_budget: max_glyphs, rotations, turn: None };
    pdf_extract::output_doc(&doc, &mut dev).map_err(|e| match e {
        OutputError::FormatError(_) if dev.glyph_budget == 0 => over_limit(FORMAT, "number of glyphs", max_glyphs as u64),
        other => malformed(FORMAT, format!("{other:?}")),
    })?;
    Ok(dev.pages)
}

/// pdf-extract follows `Do` into form XObjects recursively without a guard: a form
/// that draws itself would overflow the stack (an abort, not a catchable panic). Walk
/// the forms first and refuse cycles and deep nesting.
fn check_forms(doc: &Document, limits: &Limits) -> Result<()> {
    let max = limits.max_depth.min(64);
    let mut visits = 0usize;
    for (_, page) in doc.get_pages() {
        let Ok(page) = doc.get_dictionary(page) else { continue };
        let mut stack: Vec<(ObjectId, usize)> = xobjects(doc, page.get(b"Resources").ok()).into_iter().map(|id| (id, 1)).collect();
        let mut path: Vec<ObjectId> = Vec::new();
        while let Some((id, depth)) = stack.pop() {
            visits += 1;
            if depth > max || visits > 100_000 {
                return Err(over_limit(FORMAT, "form XObject nesting", max as u64));
            }
            path.truncate(depth - 1);
            if path.contains(&id) {
                return Err(malformed(FORMAT, "a form XObject draws itself"));
            }
            path.push(id);
            if let Ok(Object::Stream(s)) = doc.get_object(id) {
                let res = s.dict.get(b"Resources").ok().or_else(|| page.get(b"Resources").ok());
                stack.extend(xobjects(doc, res).into_iter().map(|c| (c, depth + 1)));
            }
        }
    }
    Ok(())
}

/// Form XObjects named in a resource dictionary.
fn xobjects(doc: &Document, resources: Option<&Object>) -> Vec<ObjectId> {
    let deref = |o: &Object| match o {
        Object::Reference(id) => doc.get_object(*id).ok().cloned(),
        other => Some(other.clone()),
    };
    let Some(Object::Dictionary(res)) = resources.and_then(deref) else { return Vec::new() };
    let Some(Object::Dictionary(xo)) = res.get(b"XObject").ok().and_then(deref) else { return Vec::new() };
    xo.iter()
        .filter_map(|(_, v)| v.as_reference().ok())
        .filter(|id| {
            matches!(doc.get_object(*id), Ok(Object::Stream(s))
                if s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(&b"Form"[..]))
        })
        .collect()
}

/// Collects glyphs and axis-aligned rules, page by page.
struct Collector {
    pages: Vec<Page>,
    glyph_budget: usize,
    /// `/Rotate` by page number, and the current page's turn to the space it is shown in.
    rotations: std::collections::BTreeMap<u32, i64>,
    turn: Option<Transform>,
}

impl Collector {
    fn page(&mut self) -> &mut Page {
        if self.pages.is_empty() {
            self.pages.push(Page::default());
        }
        self.pages.last_mut().expect("pushed above")
    }

    fn path(&mut self, ctm: &Transform, path: &Path, filled: bool) {
        let ctm = match &self.turn {
            Some(t) => ctm.post_transform(t),
            None => *ctm,
        };
        let pt = |x: f64, y: f64| (x * ctm.m11 + y * ctm.m21 + ctm.m31, x * ctm.m12 + y * ctm.m22 + ctm.m32);
        let mut segs = Vec::new();
        let mut cur = (0.0, 0.0);
        let mut start = (0.0, 0.0);
        for op in &path.ops {
            match *op {
                PathOp::MoveTo(x, y) => {
                    cur = pt(x, y);
                    start = cur;
                }
                PathOp::LineTo(x, y) => {
                    let p = pt(x, y);
                    segs.push((cur, p));
                    cur = p;
                }
                PathOp::CurveTo(_, _, _, _, x, y) => cur = pt(x, y),
                PathOp::Rect(x, y, w, h) => {
                    let (a, b, c, d) = (pt(x, y), pt(x + w, y), pt(x + w, y + h), pt(x, y + h));
                    let (wd, ht) = ((b.0 - a.0).abs().max((c.0 - a.0).abs()), (d.1 - a.1).abs().max((c.1 - a.1).abs()));
                    if wd < 2.5 || ht < 2.5 {
                        // A thin filled rectangle is how many writers draw a rule; a
                        // thin one stroked (or filled and stroked) looks the same.
                        if wd >= ht {
                            let y = (a.1 + c.1) / 2.0;
                            segs.push(((a.0.min(c.0), y), (a.0.max(c.0), y)));
                        } else {
                            let x = (a.0 + c.0) / 2.0;
                            segs.push(((x, a.1.min(c.1)), (x, a.1.max(c.1))));
                        }
                    } else if !filled {
                        segs.extend([(a, b), (b, c), (c, d), (d, a)]);
                    }
                    cur = a;
                    start = a;
                }
                PathOp::Close => {
                    segs.push((cur, start));
                    cur = start;
                }
            }
        }
        let page = self.page();
        for ((x0, y0), (x1, y1)) in segs {
            if let Some(s) = Seg::axis_aligned(x0, y0, x1, y1) {
                page.segs.push(s);
            }
        }
    }
}

impl OutputDev for Collector {
    fn begin_page(&mut self, n: u32, media_box: &MediaBox, _: Option<(f64, f64, f64, f64)>) -> std::result::Result<(), OutputError> {
        self.turn = self.rotations.get(&n).and_then(|r| pdf_rotation::turn(*r, media_box));
        self.pages.push(Page::default());
        Ok(())
    }

    fn end_page(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn output_character(&mut self, trm: &Transform, width: f64, _: f64, font_size: f64, ch: &str) -> std::result::Result<(), OutputError> {
        if self.glyph_budget == 0 {
            return Err(OutputError::FormatError(std::fmt::Error));
        }
        self.glyph_budget -= 1;
        let turned;
        let trm = match &self.turn {
            Some(t) => {
                turned = trm.post_transform(t);
                &turned
            }
            None => trm,
        };
        let scale = (trm.m11 * trm.m22 - trm.m12 * trm.m21).abs().sqrt();
        let size = (font_size * scale).abs();
        if !size.is_finite() || !trm.m31.is_finite() || !trm.m32.is_finite() {
            return Ok(());
        }
        // Upright text only: rotated glyphs (stamps, watermarks) are not table text.
        if trm.m12.abs() > 1e-3 * trm.m11.abs().max(1e-9) {
            return Ok(());
        }
        let g = Glyph { x: trm.m31, y: trm.m32, w: (width * size).max(0.0), size, ch: ch.to_string() };
        self.page().glyphs.push(g);
        Ok(())
    }

    fn begin_word(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn end_word(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn end_line(&mut self) -> std::result::Result<(), OutputError> {
        Ok(())
    }

    fn stroke(&mut self, ctm: &Transform, _: &ColorSpace, _: &[f64], path: &Path) -> std::result::Result<(), OutputError> {
        self.path(ctm, path, false);
        Ok(())
    }

    fn fill(&mut self, ctm: &Transform, _: &ColorSpace, _: &[f64], path: &Path) -> std::result::Result<(), OutputError> {
        self.path(ctm, path, true);
        Ok(())
    }
}
