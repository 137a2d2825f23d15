//! A PDF written by hand for reader tests: the objects in order (object n is
//! `objects[n - 1]`, the catalog first), then the xref table with each object's byte
//! offset, and a trailer naming object 1 as the root.
//!
//! Each test file that includes this module uses a part of it.
#![allow(dead_code)]

pub fn write_pdf(objects: &[String]) -> Vec<u8> {
    let bodies: Vec<&[u8]> = objects.iter().map(|o| o.as_bytes()).collect();
    write_pdf_bytes(&bodies)
}

/// The same, with objects that may hold binary streams (an embedded font program).
pub fn write_pdf_bytes(objects: &[&[u8]]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (k, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", k + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).as_bytes());
    out
}

/// A stream object: its dictionary entries, then the bytes as they are.
pub fn stream(dict: &str, bytes: &[u8]) -> Vec<u8> {
    let mut out = format!("<< {dict} /Length {} >>\nstream\n", bytes.len()).into_bytes();
    out.extend_from_slice(bytes);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A TrueType font program holding only a `cmap` table (format 4, Windows Unicode BMP)
/// mapping each `(character, glyph)` pair: all a text extractor reads of a font.
pub fn truetype_with_cmap(pairs: &[(char, u16)]) -> Vec<u8> {
    let mut pairs: Vec<(u16, u16)> = pairs.iter().map(|&(c, g)| (c as u32 as u16, g)).collect();
    pairs.sort();
    // One segment per character (idDelta maps it to its glyph), then the 0xFFFF end.
    let mut ends: Vec<u16> = pairs.iter().map(|p| p.0).collect();
    ends.push(0xFFFF);
    let mut deltas: Vec<u16> = pairs.iter().map(|&(c, g)| g.wrapping_sub(c)).collect();
    deltas.push(1);
    let seg2 = (ends.len() * 2) as u16;
    let be = |v: &[u16]| v.iter().flat_map(|x| x.to_be_bytes()).collect::<Vec<u8>>();
    let mut sub = be(&[4, 0, 0, seg2, 0, 0, 0]);
    sub.extend(be(&ends));
    sub.extend(be(&[0]));
    sub.extend(be(&ends)); // start codes: one character per segment
    sub.extend(be(&deltas));
    sub.extend(be(&vec![0; ends.len()])); // no glyph-id array
    let len = sub.len() as u16;
    sub[2..4].copy_from_slice(&len.to_be_bytes());
    let mut cmap = be(&[0, 1, 3, 1]);
    cmap.extend(12u32.to_be_bytes());
    cmap.extend(sub);
    // The font file: sfnt version, one table, then its record ('cmap' at offset 28).
    let mut font = 0x0001_0000u32.to_be_bytes().to_vec();
    font.extend(be(&[1, 16, 0, 0]));
    font.extend(b"cmap");
    font.extend(0u32.to_be_bytes());
    font.extend(28u32.to_be_bytes());
    font.extend((cmap.len() as u32).to_be_bytes());
    font.extend(cmap);
    font
}
