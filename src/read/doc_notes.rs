//! Footnotes and endnotes of a Word 97–2003 (.doc) file: stories of their own after
//! the main text (each note opened by its auto-number mark, U+0002). As in a DOCX
//! (`docx_notes`) they print outside the table and are not read into cells, but said
//! (S008) with their text, rather than dropped without a word. Where each note's mark
//! stands would need the reference tables (PlcffndRef); the notes are said after the
//! text instead.

use super::doc::{walk_range, Piece};
use super::{Limits, Unread};
use crate::chars::TrimWs;
use crate::error::Result;

/// How many characters each story after the main text holds (FibRgLw97), in the order
/// they follow it.
pub(super) struct Stories {
    pub footnotes: u32,
    pub headers: u32,
    pub comments: u32,
    pub endnotes: u32,
}

/// One finding per footnote and endnote that holds text, at grid line `line`.
pub(super) fn said(word: &[u8], pieces: &[Piece], ccp_text: u32, s: &Stories, limits: &Limits, line: usize) -> Result<Vec<Unread>> {
    let mut out = Vec::new();
    if s.footnotes == 0 && s.endnotes == 0 {
        return Ok(out);
    }
    let mut budget = limits.max_unpacked_bytes;
    let foot = ccp_text.saturating_add(s.footnotes);
    let end_at = foot.saturating_add(s.headers).saturating_add(s.comments);
    for (cps, endnote) in [(ccp_text..foot, false), (end_at..end_at.saturating_add(s.endnotes), true)] {
        if cps.is_empty() {
            continue;
        }
        // Text before any mark (a note with a custom mark) is a note too.
        let mut notes: Vec<String> = vec![String::new()];
        walk_range(word, pieces, cps, &mut budget, limits, |c, _| {
            match c {
                // The note's auto-number mark opens the next note.
                '\u{2}' if notes.last().is_some_and(|n| !n.trim_ws().is_empty()) => notes.push(String::new()),
                // Paragraph and cell marks, tabs: a space between the words.
                '\r' | '\u{7}' | '\t' | '\u{b}' => {
                    if let Some(n) = notes.last_mut().filter(|n| !n.is_empty() && !n.ends_with(' ')) {
                        n.push(' ');
                    }
                }
                c if c.is_control() => {}
                c => {
                    if let Some(n) = notes.last_mut() {
                        n.push(c);
                    }
                }
            }
            Ok(())
        })?;
        let texts = notes.iter().map(|n| n.trim_ws()).filter(|n| !n.is_empty());
        out.extend(texts.enumerate().map(|(k, text)| super::docx_notes::finding(endnote, k + 1, text, line)));
    }
    Ok(out)
}
