//! jixiao patch: the text of a CID TrueType font embedded without a ToUnicode map,
//! read back from the font program's own `cmap` table.
//!
//! Some PDF printers and report servers embed a subset of 宋体/仿宋 as `CIDFontType2`
//! with `Identity-H` codes (glyph numbers) and leave out the ToUnicode map. Upstream
//! then decodes every character to "", so the page looked empty ("scanned pages?").
//! The subset's `cmap` still says which Unicode character each glyph draws: invert it
//! (glyph → character) and go CID → glyph through `/CIDToGIDMap`, as pdf.js, poppler
//! and pdfminer do. A subset whose `cmap` was stripped stays unreadable; the reader
//! reports it.
//!
//! The `cmap` is read with ttf-parser (already in the tree through lopdf). Its own
//! `codepoints` walk follows each format-12 group to its end, which a malformed group
//! (0 to 0xFFFFFFFF) turns into a hang; asking every BMP code point for its glyph is
//! bounded (65,536 binary searches per subtable, about a millisecond), and runs once
//! per font per document.

use std::collections::HashMap;
use ttf_parser::{cmap, RawFace, Tag};

/// CID → the character its glyph draws, or `None` when the font program has no
/// readable Unicode `cmap`. `cid_to_gid` is the `/CIDToGIDMap` stream's bytes (two
/// per CID, big-endian), `None` for `/Identity` (also the default).
pub fn cid_text(font_program: &[u8], cid_to_gid: Option<&[u8]>) -> Option<HashMap<u32, String>> {
    let raw = RawFace::parse(font_program, 0).ok()?;
    let table = cmap::Table::parse(raw.table(Tag::from_bytes(b"cmap"))?)?;
    let mut by_glyph: HashMap<u16, char> = HashMap::new();
    for sub in table.subtables.into_iter().filter(|s| s.is_unicode()) {
        // Up to U+FFFD: U+FFFE and U+FFFF are no characters (0xFFFF ends a format-4
        // table, and maps to glyph 0 there).
        for c in (0x20u32..=0xFFFD).filter_map(char::from_u32) {
            // Glyph 0 is .notdef, what a font draws for a character it lacks.
            let Some(glyph) = sub.glyph_index(c as u32).filter(|g| g.0 != 0) else { continue };
            by_glyph
                .entry(glyph.0)
                .and_modify(|had| {
                    if rank(c) < rank(*had) {
                        *had = c;
                    }
                })
                .or_insert(c);
        }
    }
    if by_glyph.is_empty() {
        return None;
    }
    let text = |glyph: u16| by_glyph.get(&glyph).map(|c| c.to_string());
    Some(match cid_to_gid {
        None => by_glyph.keys().filter_map(|&g| Some((u32::from(g), text(g)?))).collect(),
        Some(map) => map
            .chunks_exact(2)
            .enumerate()
            .filter_map(|(cid, g)| Some((cid as u32, text(u16::from_be_bytes([g[0], g[1]]))?)))
            .collect(),
    })
}

/// Which of two characters drawn by one glyph is the text: a CJK font draws 一 for
/// both U+4E00 and the Kangxi radical U+2F00, and a compatibility ideograph with its
/// unified one; the unified ideograph (or any ordinary character) is what was typed.
fn rank(c: char) -> u8 {
    match c {
        '\u{2E80}'..='\u{2FDF}' | '\u{F900}'..='\u{FAFF}' | '\u{E000}'..='\u{F8FF}' | '\u{3190}'..='\u{319F}' => 1,
        _ => 0,
    }
}
