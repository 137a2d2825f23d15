//! Footnotes and endnotes of a DOCX (word/footnotes.xml, word/endnotes.xml). They print
//! at the foot of the page or the end of the document, outside the table, so they are
//! not read into cells; but a note can say what a cell's number means ("含上年结转",
//! "按万元计"), so each note the body refers to is said (S008) with its text, at the
//! grid line where its mark stands, rather than dropped without a word.
//!
//! Read only when the body holds a reference (most filings have none), within what is
//! left of the package's inflate budget.

use quick_xml::events::Event;
use quick_xml::Reader;

use super::docx::attr;
use super::zip_limits::{self, Archive};
use super::{Format, Limits, Unread};
use crate::chars::TrimWs;
use crate::error::Result;

/// Characters of a note kept in its finding's snippet.
const SNIPPET_CHARS: usize = 80;

/// A w:footnoteReference or w:endnoteReference in the body.
pub(super) struct NoteRef {
    pub endnote: bool,
    pub id: String,
    /// The grid line where the mark stands.
    pub line: usize,
}

/// The finding for note number `n` (as Word numbers them, footnotes and endnotes
/// apart) with its text, at grid `line`; for .doc notes too (`doc_notes`).
pub(super) fn finding(endnote: bool, n: usize, text: &str, line: usize) -> Unread {
    let (zh, en) = if endnote { ("尾注", "an endnote") } else { ("脚注", "a footnote") };
    let mut snippet = format!("{zh}{n}: ");
    snippet.extend(text.chars().take(SNIPPET_CHARS));
    if text.chars().nth(SNIPPET_CHARS).is_some() {
        snippet.push_str(" …");
    }
    let message = format!("{zh}未读入表格 / {en}, printed outside the table, is not read into cells");
    Unread { line, message, snippet, hidden: false }
}

/// The reference an element is, if it is one (`line`: where the walk stands).
pub(super) fn reference(e: &quick_xml::events::BytesStart<'_>, line: usize) -> Option<NoteRef> {
    let endnote = match e.local_name().as_ref() {
        "footnoteReference" => false,
        "endnoteReference" => true,
        _ => return None,
    };
    Some(NoteRef { endnote, id: attr(e, "id")?, line })
}

/// One finding per referenced note that holds text, in the order of the marks;
/// numbered as Word numbers them (in order of reference, footnotes and endnotes apart).
pub(super) fn said(zip: &mut Archive<'_>, main: &str, refs: &[NoteRef], limits: &Limits, budget: &mut u64) -> Result<Vec<Unread>> {
    let dir = main.rsplit_once('/').map_or("", |(d, _)| d);
    let mut out = Vec::new();
    for endnote in [false, true] {
        let mine: Vec<&NoteRef> = refs.iter().filter(|r| r.endnote == endnote).collect();
        if mine.is_empty() {
            continue;
        }
        let part = if endnote { "endnotes.xml" } else { "footnotes.xml" };
        let name = if dir.is_empty() { part.to_string() } else { format!("{dir}/{part}") };
        let Some(xml) = zip_limits::read_member(zip, &name, Format::Docx, limits, budget)? else { continue };
        let notes = parse(&xml, if endnote { "endnote" } else { "footnote" });
        for (k, r) in mine.iter().enumerate() {
            let Some((_, text)) = notes.iter().find(|(id, _)| *id == r.id) else { continue };
            out.push(finding(endnote, k + 1, text, r.line));
        }
    }
    out.sort_by_key(|u| u.line);
    Ok(out)
}

/// Each note's id and text (its paragraphs joined by a space); separator notes (the
/// rule above the notes) and empty ones left out. A broken part yields what was read.
fn parse(xml: &[u8], element: &str) -> Vec<(String, String)> {
    let mut reader = Reader::from_reader(xml);
    let mut buf = Vec::new();
    let mut out = Vec::new();
    // The note being read: its id and text, and whether the reader is inside a w:t.
    let mut note: Option<(String, String)> = None;
    let mut in_text = false;
    while let Ok(ev) = reader.read_event_into(&mut buf) {
        match &ev {
            Event::Start(e) if e.local_name().as_ref() == element => {
                let separator = attr(e, "type").is_some_and(|t| t != "normal");
                note = (!separator).then(|| (attr(e, "id").unwrap_or_default(), String::new()));
            }
            Event::Start(e) if e.local_name().as_ref() == "t" => in_text = true,
            Event::Empty(e) if matches!(e.local_name().as_ref(), "tab" | "br") => {
                if let Some((_, text)) = note.as_mut() {
                    text.push(' ');
                }
            }
            Event::Text(t) if in_text => {
                if let Some((_, text)) = note.as_mut() {
                    text.push_str(&t.xml10_content());
                }
            }
            // "&amp;", "&#x4E00;": the character it stands for.
            Event::GeneralRef(r) if in_text => {
                let c = r.resolve_char_ref().ok().flatten().map(String::from);
                let c = c.or_else(|| quick_xml::escape::resolve_xml_entity(&r.xml10_content()).map(str::to_string));
                if let (Some((_, text)), Some(c)) = (note.as_mut(), c) {
                    text.push_str(&c);
                }
            }
            Event::End(e) => match e.local_name().as_ref() {
                "t" => in_text = false,
                "p" => {
                    if let Some((_, text)) = note.as_mut().filter(|(_, t)| !t.is_empty() && !t.ends_with(' ')) {
                        text.push(' ');
                    }
                }
                name if name == element => {
                    if let Some((id, text)) = note.take() {
                        let text = text.trim_ws().to_string();
                        if !text.is_empty() {
                            out.push((id, text));
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_are_read_without_their_separators() {
        let xml = r#"<w:footnotes xmlns:w="w"><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:t>含上年</w:t></w:r><w:r><w:t>结转</w:t></w:r></w:p><w:p><w:r><w:t>30万元</w:t></w:r></w:p></w:footnote>
<w:footnote w:id="2"><w:p/></w:footnote></w:footnotes>"#;
        assert_eq!(parse(xml.as_bytes(), "footnote"), vec![("1".to_string(), "含上年结转 30万元".to_string())]);
    }
}
