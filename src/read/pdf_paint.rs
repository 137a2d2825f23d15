//! What pdf-extract does not do for us before it walks the pages.
//!
//! Painting: pdf-extract paints a path on `S`, `f` and `F` only. `f*` (even-odd fill,
//! how Word and LibreOffice fill cell shading and draw many rules as thin
//! rectangles), `B`/`B*`/`b`/`b*` (fill and stroke) and `s` (close and stroke) are
//! skipped without ending the path, so their rectangles pile up into the next stroke
//! (a shading rectangle's edges become rules) or are lost at the end of the page (a
//! table ruled with `f*` reads as loose text). The content streams that use them are
//! rewritten to operators it paints: `f*` → `f`; the others → a stroke (the outline is
//! what looks like a rule; a thin stroked rectangle is read as one rule).
//!
//! Rotation: a page shown turned (`/Rotate 90`, landscape filings printed on portrait
//! paper) draws its text turned in page space; [`turn`] maps page space to the space
//! the reader sees, where the text is upright.

use pdf_extract::content::{Content, Operation};
use pdf_extract::{Document, MediaBox, Object, ObjectId, Transform};

/// Does a content stream use an operator pdf-extract skips? A whitespace-token scan:
/// cheap next to decoding, and a false hit (the token inside a string) only costs a
/// decode that changes nothing.
fn uses_skipped_paint(content: &[u8]) -> bool {
    content.split(|b| b.is_ascii_whitespace()).any(|t| matches!(t, b"f*" | b"B" | b"B*" | b"b" | b"b*" | b"s"))
}

/// The stream rewritten with painting operators pdf-extract follows, or None when it
/// needs nothing (or cannot be decoded: it is then read as before).
fn rewrite(content: &[u8]) -> Option<Vec<u8>> {
    if !uses_skipped_paint(content) {
        return None;
    }
    let decoded = Content::decode(content).ok()?;
    let mut ops = Vec::with_capacity(decoded.operations.len() + 16);
    for op in decoded.operations {
        match op.operator.as_str() {
            "f*" => ops.push(Operation::new("f", Vec::new())),
            "B" | "B*" => ops.push(Operation::new("S", Vec::new())),
            "b" | "b*" | "s" => {
                ops.push(Operation::new("h", Vec::new()));
                ops.push(Operation::new("S", Vec::new()));
            }
            _ => ops.push(op),
        }
    }
    Content { operations: ops }.encode().ok()
}

/// Rewrite the pages' content (all of a page's streams as one: an operation may run
/// across them) and the form XObjects' where they use skipped painting operators.
pub fn normalise_painting(doc: &mut Document) {
    let pages: Vec<ObjectId> = doc.get_pages().into_values().collect();
    for page in pages {
        let Some(bytes) = doc.get_page_content(page).ok().and_then(|c| rewrite(&c)) else { continue };
        let id = doc.add_object(pdf_extract::Stream::new(pdf_extract::Dictionary::new(), bytes));
        if let Ok(dict) = doc.get_object_mut(page).and_then(Object::as_dict_mut) {
            dict.set("Contents", Object::Reference(id));
        }
    }
    let forms: Vec<ObjectId> = doc
        .objects
        .iter()
        .filter(|(_, o)| {
            matches!(o, Object::Stream(s) if s.dict.get(b"Subtype").ok().and_then(|o| o.as_name().ok()) == Some(&b"Form"[..]))
        })
        .map(|(id, _)| *id)
        .collect();
    for id in forms {
        let Some(bytes) = doc.get_object(id).ok().and_then(|o| o.as_stream().ok()).and_then(|s| s.get_plain_content().ok()).and_then(|c| rewrite(&c)) else {
            continue;
        };
        if let Ok(Object::Stream(s)) = doc.get_object_mut(id) {
            s.set_plain_content(bytes);
        }
    }
}

/// Each page's `/Rotate` (inherited from the page tree), by page number.
pub fn rotations(doc: &Document) -> std::collections::BTreeMap<u32, i64> {
    let mut out = std::collections::BTreeMap::new();
    for (n, page) in doc.get_pages() {
        let mut node = doc.get_dictionary(page).ok();
        // The page tree is shallow; the cap guards a Parent cycle.
        for _ in 0..32 {
            let Some(dict) = node else { break };
            if let Ok(r) = dict.get(b"Rotate").and_then(Object::as_i64) {
                if r.rem_euclid(360) != 0 {
                    out.insert(n, r.rem_euclid(360));
                }
                break;
            }
            node = dict.get(b"Parent").and_then(Object::as_reference).and_then(|id| doc.get_dictionary(id)).ok();
        }
    }
    out
}

/// Page space → the page as shown, turned clockwise by `rotate` degrees, origin at its
/// bottom-left; None for an upright page.
pub fn turn(rotate: i64, mb: &MediaBox) -> Option<Transform> {
    // x' = x·m11 + y·m21 + m31, y' = x·m12 + y·m22 + m32.
    match rotate {
        90 => Some(Transform::row_major(0.0, -1.0, 1.0, 0.0, -mb.lly, mb.urx)),
        180 => Some(Transform::row_major(-1.0, 0.0, 0.0, -1.0, mb.urx, mb.ury)),
        270 => Some(Transform::row_major(0.0, 1.0, -1.0, 0.0, mb.ury, -mb.llx)),
        _ => None,
    }
}
