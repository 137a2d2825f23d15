//! `w:altChunk`: a part of the package that Word imports in place when it opens the
//! document (ECMA-376 Part 1 §17.17.2). Generators that write HTML or assemble
//! documents use it to embed the table as an HTML page or a whole DOCX, so the main
//! document.xml may hold nothing of the table but `<w:altChunk r:id="rId5"/>`.
//!
//! The chunks are read before the main part is streamed (the zip archive lends one
//! member at a time): HTML through the HTML reader, a DOCX through the DOCX reader,
//! MHT (Word's own HTML chunks) through `mht` and then the HTML reader, plain text
//! through the text splitter; each becomes rows that `docx` puts where the altChunk
//! stands. Any other kind (RTF), an external target, or a chunk that fails to read
//! (an MHT without an HTML page) is reported as [`Unread`] rather than dropped in
//! silence.
//!
//! Limits: the chunk's bytes count against the package's inflate budget, a nested
//! DOCX inflates within what is left of it, and chunks nest at most
//! [`MAX_CHUNK_DEPTH`] deep, so neither a zip bomb inside a chunk nor a package that
//! embeds itself (a zip quine) can run away.

use std::collections::HashMap;

use quick_xml::events::Event;
use quick_xml::Reader;

use super::grid::Grid;
use super::zip_limits::{self, Archive};
use super::{html, mht, text, Format, Limits, Unread};
use crate::error::{Error, Result};

const FORMAT: Format = Format::Docx;
/// A chunk in a chunk is read; one level deeper is not.
pub(super) const MAX_CHUNK_DEPTH: usize = 2;

/// What an altChunk stands for.
pub(super) enum Chunk {
    /// Rows of cell texts, and what the chunk's own reader could not read (its lines
    /// counted from the chunk's first row, 1-based).
    Rows(Vec<Vec<String>>, Vec<Unread>),
    /// Not read: (why, what).
    Unread(String, String),
}

/// The relationships of a part: (id, type, target, external).
pub(super) fn relationships(xml: &[u8]) -> Vec<(String, String, String, bool)> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match ev {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == "Relationship" => {
                let get = |k: &str| super::docx::attr(&e, k).unwrap_or_default();
                out.push((get("Id"), get("Type"), get("Target"), get("TargetMode").eq_ignore_ascii_case("external")));
            }
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

/// The main document part named by _rels/.rels (almost always word/document.xml).
pub(super) fn main_part(zip: &mut Archive<'_>, limits: &Limits, budget: &mut u64) -> Result<String> {
    let fallback = "word/document.xml".to_string();
    let Some(rels) = zip_limits::read_member(zip, "_rels/.rels", FORMAT, limits, budget)? else { return Ok(fallback) };
    let main = relationships(&rels).into_iter().find(|(_, ty, target, _)| ty.ends_with("/officeDocument") && !target.is_empty());
    Ok(main.map_or(fallback, |(_, _, target, _)| target.trim_start_matches('/').to_string()))
}

/// The member a relationship of `source` (a part name) points at: relative to the
/// source's folder, or absolute from the package root; `..` is resolved.
fn resolve(source: &str, target: &str) -> String {
    let mut parts: Vec<&str> =
        if target.starts_with('/') { Vec::new() } else { source.rsplit_once('/').map_or(vec![], |(dir, _)| dir.split('/').collect()) };
    for seg in target.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    parts.join("/")
}

/// The rels part of `main` ("word/document.xml" → "word/_rels/document.xml.rels").
fn rels_of(main: &str) -> String {
    match main.rsplit_once('/') {
        Some((dir, file)) => format!("{dir}/_rels/{file}.rels"),
        None => format!("_rels/{main}.rels"),
    }
}

/// Read every altChunk target of the main part, by relationship id. `depth` is how
/// deep in chunks this package already is.
pub(super) fn load(zip: &mut Archive<'_>, main: &str, limits: &Limits, budget: &mut u64, depth: usize) -> Result<HashMap<String, Chunk>> {
    let mut out = HashMap::new();
    // A document with no altChunk has nothing to look up: most have none.
    let Some(rels) = zip_limits::read_member(zip, &rels_of(main), FORMAT, limits, budget)? else { return Ok(out) };
    if memchr::memmem::find(&rels, b"/aFChunk").is_none() {
        return Ok(out);
    }
    for (id, ty, target, external) in relationships(&rels) {
        if !ty.ends_with("/aFChunk") {
            continue;
        }
        let what = format!("altChunk {id} → {target}");
        let chunk = if external {
            Chunk::Unread("嵌入内容在文件之外，未读取 / the embedded part (altChunk) is outside the file and was not read".into(), what)
        } else if depth >= MAX_CHUNK_DEPTH {
            Chunk::Unread("嵌入内容嵌套过深，未读取 / the embedded part (altChunk) is nested too deep and was not read".into(), what)
        } else {
            let name = resolve(main, &target);
            match zip_limits::read_member(zip, &name, FORMAT, limits, budget)? {
                Some(bytes) => read_chunk(&bytes, &target, limits, budget, depth, what)?,
                None => Chunk::Unread("嵌入内容缺失 / the embedded part (altChunk) is missing from the package".into(), what),
            }
        };
        out.insert(id, chunk);
    }
    Ok(out)
}

/// One chunk's bytes → rows. Reading errors other than the limits become an
/// [`Chunk::Unread`]: the rest of the document is still worth reading. A limit hit
/// is the whole document's error, as it would be outside a chunk.
fn read_chunk(bytes: &[u8], target: &str, limits: &Limits, budget: &mut u64, depth: usize, what: String) -> Result<Chunk> {
    let ext = target.rsplit_once('.').map_or(String::new(), |(_, e)| e.to_ascii_lowercase());
    let read: Result<(Grid, Vec<Unread>)> = if bytes.starts_with(b"PK\x03\x04") {
        // The nested package inflates within what this one has left.
        let inner = Limits { max_unpacked_bytes: *budget, ..*limits };
        let result = super::docx::read_nested(bytes, &inner, depth + 1);
        if let Ok((_, _, left)) = &result {
            *budget = *left;
        }
        result.map(|(grid, unread, _)| (grid, unread))
    } else if matches!(ext.as_str(), "mht" | "mhtml") || mht::looks_like_mht(bytes) {
        match mht::first_html(bytes) {
            Ok((page, charset)) => {
                // A charset encoding_rs does not know is left to the page's <meta>.
                let charset = charset.filter(|c| encoding_rs::Encoding::for_label(c.as_bytes()).is_some());
                html::read(&page, charset.as_deref(), limits).map(|(grid, _)| (grid, Vec::new()))
            }
            Err(why) => {
                return Ok(Chunk::Unread(
                    format!("嵌入网页（MHT）无法读取 / the embedded web archive (altChunk MHT) could not be read: {why}"),
                    what,
                ))
            }
        }
    } else if html::looks_like_html(bytes) || matches!(ext.as_str(), "htm" | "html" | "xhtml") {
        html::read(bytes, None, limits).map(|(grid, _)| (grid, Vec::new()))
    } else if ext == "txt" {
        super::decode::decode(bytes, None).map(|d| (text::split_cells(&d.text), Vec::new()))
    } else {
        let kind = if ext.is_empty() { "unknown".to_string() } else { ext };
        return Ok(Chunk::Unread(
            format!("嵌入内容的格式无法读取，未读取 / the embedded part (altChunk) is of a kind the reader does not read ({kind})"),
            what,
        ));
    };
    match read {
        Ok((grid, unread)) => {
            let rows = grid.rows.into_iter().map(|r| r.cells.into_iter().map(|c| c.text).collect()).collect();
            Ok(Chunk::Rows(rows, unread))
        }
        Err(e @ (Error::ZipBomb { .. } | Error::Limit { .. })) => Err(e),
        Err(e) => Ok(Chunk::Unread(format!("嵌入内容无法读取 / the embedded part (altChunk) could not be read: {e}"), what)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_resolve_against_the_source_part() {
        assert_eq!(resolve("word/document.xml", "afchunk.htm"), "word/afchunk.htm");
        assert_eq!(resolve("word/document.xml", "../chunks/a.docx"), "chunks/a.docx");
        assert_eq!(resolve("word/document.xml", "/word/x.html"), "word/x.html");
        assert_eq!(resolve("document.xml", "a.htm"), "a.htm");
        assert_eq!(rels_of("word/document.xml"), "word/_rels/document.xml.rels");
    }
}
