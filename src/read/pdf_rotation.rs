//! Rotation, which pdf-extract leaves to us: a page shown turned (`/Rotate 90`,
//! landscape filings printed on portrait paper) draws its text turned in page space;
//! [`turn`] maps page space to the space the reader sees, where the text is upright.
//! (Painting operators pdf-extract skipped — `f*`, `B`, `b`, `s` — are handled in the
//! vendored copy: vendor/pdf-extract/JIXIAO_PATCH.md.)

use pdf_extract::{Document, MediaBox, Object, Transform};

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
