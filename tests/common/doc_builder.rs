//! Writes small Word 97–2003 (.doc) files for the reader's tests: a FIB, the text as
//! one UTF-16 piece, and the paragraph properties tables need (in table, row end, the
//! row's cell boundaries). Checked against antiword, an independent reader: it prints
//! the tables these files hold as the tests expect. Text between [`HIDE`] and
//! [`SHOW`] is written as hidden (sprmCFVanish in a character-property page).
#![allow(dead_code)]

use std::io::{Cursor, Write};

/// One paragraph: its text, ended by the right mark.
pub enum Para {
    Text(String),
    /// A table row: its cells and their boundaries in twips (cells + 1 values).
    Row(Vec<String>, Vec<i16>),
}

/// Markers (not written) around hidden text.
pub const HIDE: char = '\u{E000}';
pub const SHOW: char = '\u{E001}';

const TEXT_AT: usize = 2048;
/// The first page of paragraph properties (byte 4096), after the text, which the tests
/// keep short.
const FKP_PAGE: usize = 8;

pub fn build(paras: &[Para]) -> Vec<u8> {
    build_with_footnotes(paras, &[])
}

/// [`build`], with a footnote story after the main text: each note opened by its
/// auto-number mark (U+0002) and ended by a paragraph mark, the stories closed by one
/// more paragraph mark, as Word writes them.
pub fn build_with_footnotes(paras: &[Para], footnotes: &[&str]) -> Vec<u8> {
    // The text, and for each paragraph its end (in bytes of the stream) and properties.
    let mut text: Vec<u16> = Vec::new();
    let mut runs: Vec<(usize, Vec<u8>)> = Vec::new();
    let end = |text: &Vec<u16>| TEXT_AT + 2 * text.len();
    // Hidden ranges of the text, in characters.
    let mut hidden: Vec<(usize, usize)> = Vec::new();
    let mut put = |text: &mut Vec<u16>, t: &str| {
        for c in t.chars() {
            match c {
                HIDE => hidden.push((text.len(), usize::MAX)),
                SHOW => hidden.last_mut().unwrap().1 = text.len(),
                c => text.extend(c.encode_utf16(&mut [0; 2]).iter()),
            }
        }
    };
    for p in paras {
        match p {
            Para::Text(t) => {
                put(&mut text, t);
                text.push(0x0D);
                runs.push((end(&text), Vec::new()));
            }
            Para::Row(cells, bounds) => {
                for c in cells {
                    put(&mut text, c);
                    text.push(0x07);
                    runs.push((end(&text), vec![0x16, 0x24, 1])); // sprmPFInTable
                }
                text.push(0x07);
                let mut g = vec![0x16, 0x24, 1, 0x17, 0x24, 1]; // sprmPFInTable, sprmPFTtp
                                                                // sprmTDefTable: size (2 bytes, counting itself less one), itcMac,
                                                                // boundaries, then one 20-byte TC80 per cell.
                let body = 1 + 2 * bounds.len() + 20 * cells.len();
                g.extend([0x08, 0xD6]);
                g.extend(((body + 1) as u16).to_le_bytes());
                g.push(cells.len() as u8);
                for b in bounds {
                    g.extend(b.to_le_bytes());
                }
                g.extend(std::iter::repeat_n(0u8, 20 * cells.len()));
                runs.push((end(&text), g));
            }
        }
    }
    let ccp_text = text.len();
    for note in footnotes {
        text.push(0x02);
        text.extend(note.encode_utf16());
        text.push(0x0D);
    }
    let ccp_ftn = text.len() - ccp_text;
    if ccp_ftn > 0 {
        text.push(0x0D);
    }
    assert!(end(&text) <= FKP_PAGE * 512, "test text too long for the fixed layout");
    let pages = pages(&runs);
    let chpx_page = (!hidden.is_empty()).then_some(FKP_PAGE + pages.len());
    let mut word = vec![0u8; (FKP_PAGE + pages.len() + usize::from(chpx_page.is_some())) * 512];
    fib(&mut word, ccp_text as u32, text.len() as u32, pages.len());
    put32(&mut word, 64 + 16, ccp_ftn as u32); // ccpFtn
    for (i, u) in text.iter().enumerate() {
        word[TEXT_AT + 2 * i..TEXT_AT + 2 * i + 2].copy_from_slice(&u.to_le_bytes());
    }
    let mut starts = vec![TEXT_AT];
    for (k, page) in pages.iter().enumerate() {
        fkp(&mut word[(FKP_PAGE + k) * 512..], *starts.last().unwrap(), page);
        starts.push(page.last().unwrap().0);
    }
    let mut table = table_stream(text.len() as u32, &starts);
    if let Some(page) = chpx_page {
        chpx_fkp(&mut word[page * 512..], text.len(), &hidden);
        // PlcBteChpx: the text's first and last byte, then its one page.
        put32(&mut word, 154 + 8 * 12, table.len() as u32);
        put32(&mut word, 154 + 8 * 12 + 4, 12);
        for v in [TEXT_AT as u32, (TEXT_AT + 2 * text.len()) as u32, page as u32] {
            table.extend(v.to_le_bytes());
        }
    }
    let mut cfb = cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new())).unwrap();
    cfb.create_stream("/WordDocument").unwrap().write_all(&word).unwrap();
    cfb.create_stream("/1Table").unwrap().write_all(&table).unwrap();
    cfb.flush().unwrap();
    cfb.into_inner().into_inner()
}

fn put16(b: &mut [u8], at: usize, v: u16) {
    b[at..at + 2].copy_from_slice(&v.to_le_bytes());
}

fn put32(b: &mut [u8], at: usize, v: u32) {
    b[at..at + 4].copy_from_slice(&v.to_le_bytes());
}

/// FibBase, 14 FibRgW words, 22 FibRgLw longs, 93 FibRgFcLcb97 pairs.
fn fib(w: &mut [u8], ccp_text: u32, ccp_all: u32, pages: usize) {
    put16(w, 0, 0xA5EC);
    put16(w, 2, 0x00C1);
    put16(w, 4, 0x6027); // product
    put16(w, 6, 0x0804); // lid: zh-CN
    put16(w, 0x0A, 0x0200 | 0x0004); // fWhichTblStm (1Table), fComplex
    put16(w, 0x0C, 0x00BF); // nFibBack
    put32(w, 0x18, TEXT_AT as u32); // fcMin
    put32(w, 0x1C, (TEXT_AT + 2 * ccp_all as usize) as u32); // fcMac
    put16(w, 32, 14);
    put16(w, 62, 22);
    put32(w, 64, w.len() as u32); // cbMac
    put32(w, 64 + 12, ccp_text);
    put16(w, 152, 93);
    let pair = |w: &mut [u8], i: usize, fc: u32, lcb: u32| {
        put32(w, 154 + 8 * i, fc);
        put32(w, 154 + 8 * i + 4, lcb);
    };
    let clx_len = 1 + 4 + 8 + 8;
    pair(w, 33, 0, clx_len); // fcClx
    pair(w, 13, clx_len, 4 + 8 * pages as u32); // fcPlcfBtePapx
}

/// The CLX (one piece: all the text, UTF-16 at TEXT_AT) and the bin table: where each
/// page's paragraphs start (and the last ends), then the pages.
fn table_stream(ccp: u32, starts: &[usize]) -> Vec<u8> {
    let mut t = vec![0x02];
    t.extend(16u32.to_le_bytes());
    t.extend(0u32.to_le_bytes());
    t.extend(ccp.to_le_bytes());
    t.extend([0, 0]);
    t.extend((TEXT_AT as u32).to_le_bytes());
    t.extend([0, 0]);
    for s in starts {
        t.extend((*s as u32).to_le_bytes());
    }
    for k in 0..starts.len() - 1 {
        t.extend(((FKP_PAGE + k) as u32).to_le_bytes());
    }
    t
}

/// Runs packed into pages: a page holds its boundaries, a 13-byte BxPap per run and the
/// PAPXs (each padded to even, with two size bytes and a two-byte style) in 511 bytes.
fn pages(runs: &[(usize, Vec<u8>)]) -> Vec<&[(usize, Vec<u8>)]> {
    let papx = |g: &Vec<u8>| 4 + (g.len() + 3) / 2 * 2;
    let mut out = Vec::new();
    let (mut from, mut used) = (0, 4);
    for (i, (_, g)) in runs.iter().enumerate() {
        if used + 4 + 13 + papx(g) > 511 {
            out.push(&runs[from..i]);
            (from, used) = (i, 4);
        }
        used += 4 + 13 + papx(g);
    }
    out.push(&runs[from..]);
    out
}

/// One PapxFkp page: the run boundaries, a BxPap per run, the PAPXs from the end.
fn fkp(page: &mut [u8], start: usize, runs: &[(usize, Vec<u8>)]) {
    let crun = runs.len();
    put32(page, 0, start as u32);
    for (i, (end, _)) in runs.iter().enumerate() {
        put32(page, 4 * (i + 1), *end as u32);
    }
    let mut free = 511;
    for (i, (_, grpprl)) in runs.iter().enumerate() {
        // istd (2 bytes) + grpprl, padded to even: the cb = 0 form, size in words.
        let mut body = vec![0, 0];
        body.extend(grpprl);
        if body.len() % 2 == 1 {
            body.push(0);
        }
        let size = 2 + body.len();
        free = (free - size) & !1;
        page[free] = 0;
        page[free + 1] = (body.len() / 2) as u8;
        page[free + 2..free + 2 + body.len()].copy_from_slice(&body);
        page[4 * (crun + 1) + 13 * i] = (free / 2) as u8;
    }
    page[511] = crun as u8;
}

/// One ChpxFkp page: runs split at the hidden ranges, the hidden ones pointing at one
/// CHPX that holds sprmCFVanish on, the others at none (default properties).
fn chpx_fkp(page: &mut [u8], len: usize, hidden: &[(usize, usize)]) {
    let mut cuts: Vec<usize> = hidden.iter().flat_map(|&(a, b)| [a, b]).chain([0, len]).collect();
    cuts.sort_unstable();
    cuts.dedup();
    let crun = cuts.len() - 1;
    for (i, cp) in cuts.iter().enumerate() {
        put32(page, 4 * i, (TEXT_AT + 2 * cp) as u32);
    }
    page[500..504].copy_from_slice(&[3, 0x35, 0x08, 0x01]);
    for i in 0..crun {
        let hid = hidden.iter().any(|&(a, b)| a <= cuts[i] && cuts[i] < b);
        page[4 * (crun + 1) + i] = if hid { 250 } else { 0 };
    }
    page[511] = crun as u8;
}
