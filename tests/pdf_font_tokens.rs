//! The hand-written PostScript tokenizer under the vendored CMap and Type 1 encoding
//! parsers (vendor/ps-tokens, vendor/adobe-cmap-parser/JIXIAO_PATCH.md): what a PDF's
//! ToUnicode CMaps and Type 1 font headers map, and the inputs that used to panic.

use std::collections::HashMap;

/// A ToUnicode CMap as PDF writers embed it: a header dictionary, a code space, single
/// codes and ranges in both forms, and comments.
const CMAP: &[u8] = b"%!PS-Adobe-3.0 Resource-CMap
/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
% two single codes, one of them a surrogate pair
2 beginbfchar
<0003> <0020>
<0011> <D835DC00>
endbfchar
2 beginbfrange
<0020> <0022> <9879>
<0030> <0031> [<76EE> <6807>]
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
";

fn utf16(units: &[u16]) -> Vec<u8> {
    units.iter().flat_map(|u| u.to_be_bytes()).collect()
}

#[test]
fn cmap_maps_single_codes_and_both_range_forms() {
    let map = adobe_cmap_parser::get_unicode_map(CMAP).unwrap();
    let want: HashMap<u32, Vec<u8>> = [
        (0x03, utf16(&[0x0020])),
        (0x11, utf16(&[0xD835, 0xDC00])),
        (0x20, utf16(&[0x9879])),
        (0x21, utf16(&[0x987A])),
        (0x22, utf16(&[0x987B])),
        (0x30, utf16(&[0x76EE])),
        (0x31, utf16(&[0x6807])),
    ]
    .into_iter()
    .collect();
    assert_eq!(map, want);
    let bytes = adobe_cmap_parser::get_byte_mapping(CMAP).unwrap();
    assert_eq!(bytes.codespace.len(), 1);
    // Two-byte codes: the crate counts `width` as half the bytes of the bounds.
    assert_eq!((bytes.codespace[0].start, bytes.codespace[0].end, bytes.codespace[0].width), (0, 0xFFFF, 1));
}

#[test]
fn hex_strings_may_hold_white_space_and_an_odd_last_digit() {
    let map = adobe_cmap_parser::get_unicode_map(b"1 beginbfchar <00 41> <4E2\n D> endbfchar 1 beginbfchar <42> <7> endbfchar").unwrap();
    assert_eq!(map.get(&0x41), Some(&utf16(&[0x4E2D])));
    // "<7>" reads as <70>, as PDF 32000-1 §7.3.4.3 says.
    assert_eq!(map.get(&0x42), Some(&vec![0x70]));
}

#[test]
fn an_empty_or_unreadable_cmap_maps_nothing_instead_of_panicking() {
    // The pom grammar needed one value at least and pdf-extract unwrapped the error.
    assert!(adobe_cmap_parser::get_unicode_map(b"").unwrap().is_empty());
    assert!(adobe_cmap_parser::get_unicode_map(b"\x00\x01\xff garbage").unwrap().is_empty());
}

#[test]
fn a_stray_byte_ends_the_cmap_but_keeps_what_came_before() {
    let map = adobe_cmap_parser::get_unicode_map(b"1 beginbfchar <01> <0041> endbfchar } 1 beginbfchar <02> <0042> endbfchar").unwrap();
    assert_eq!(map.len(), 1);
    assert_eq!(map.get(&1), Some(&utf16(&[0x41])));
}

/// A Type 1 font program's clear-text header, then its encrypted part: binary bytes
/// that happen to spell "dup 65 /B put" must not be read as encoding entries.
fn type1_font() -> Vec<u8> {
    let mut f = b"%!PS-AdobeFont-1.0: KaiTi 001.000
%%CreationDate: 1 Jan 2024
11 dict begin
/FontInfo 9 dict dup begin
/version (001.000) readonly def
/Notice (\\(c\\) nested (parens) and \\101scapes) readonly def
end readonly def
/FontName /KaiTi#2DSub def
/FontMatrix [0.001 0 0 0.001 0 0 ]readonly def
/Encoding 256 array
0 1 255 {1 index exch /.notdef put} for
dup 32 /space put
dup 65 /A put
dup 181 /mu put
readonly def
/FontBBox{-11 -250 1000 880}readonly def
currentfile eexec
"
    .to_vec();
    f.extend_from_slice(&[0xd9, 0xd6, 0x6f, 0x63]);
    f.extend_from_slice(b" dup 66 /B put ");
    f.extend_from_slice(&[0x00, 0xff, 0x80]);
    f
}

#[test]
fn type1_encoding_comes_from_the_clear_text_header_only() {
    let map = type1_encoding_parser::get_encoding_map(&type1_font()).unwrap();
    let want: HashMap<u32, Vec<u8>> = [(32, b"space".to_vec()), (65, b"A".to_vec()), (181, b"mu".to_vec())].into_iter().collect();
    assert_eq!(map, want);
}

#[test]
fn a_standard_encoding_font_maps_nothing() {
    let map = type1_encoding_parser::get_encoding_map(b"/FontName /Times def /Encoding StandardEncoding def currentfile eexec").unwrap();
    assert!(map.is_empty());
}

/// The tokens themselves, through a small value type of the test's own.
#[derive(Debug, PartialEq)]
enum V {
    B(bool),
    I(i64),
    N(String),
    Name(String),
    Op(String),
    S(Vec<u8>),
    A(Vec<V>),
    D(Vec<(String, V)>),
    P(Vec<V>),
}

impl ps_tokens::Build for V {
    fn boolean(b: bool) -> Self {
        V::B(b)
    }
    fn integer(i: i64) -> Self {
        V::I(i)
    }
    fn number(s: String) -> Self {
        V::N(s)
    }
    fn name(n: Vec<u8>) -> Self {
        V::Name(String::from_utf8_lossy(&n).into_owned())
    }
    fn operator(o: String) -> Self {
        V::Op(o)
    }
    fn string(s: Vec<u8>) -> Self {
        V::S(s)
    }
    fn array(v: Vec<Self>) -> Self {
        V::A(v)
    }
    fn dictionary(d: HashMap<String, Self>) -> Self {
        let mut d: Vec<_> = d.into_iter().collect();
        d.sort_by(|a, b| a.0.cmp(&b.0));
        V::D(d)
    }
    fn procedure(v: Vec<Self>) -> Option<Self> {
        Some(V::P(v))
    }
}

#[test]
fn tokens_of_each_kind() {
    let got: Vec<V> = ps_tokens::values(
        b"true false -12 3.5 .5 99999999999999999999 /a#20b d0 (x\\)y) <41 42> [1 [2]] << /K /v >> {dup} % note\n end",
        None,
    );
    use V::*;
    let want = vec![
        B(true),
        B(false),
        I(-12),
        N("3.5".into()),
        N(".5".into()),
        N("99999999999999999999".into()),
        Name("a b".into()),
        Op("d".into()),
        I(0),
        S(b"x)y".to_vec()),
        S(b"AB".to_vec()),
        A(vec![I(1), A(vec![I(2)])]),
        D(vec![("K".into(), Name("v".into()))]),
        P(vec![Op("dup".into())]),
        Op("end".into()),
    ];
    assert_eq!(got, want);
}

#[test]
fn tokens_stop_at_the_given_operator_and_at_unclosed_or_too_deep_values() {
    let got: Vec<V> = ps_tokens::values(b"1 currentfile eexec 2 3", Some("eexec"));
    assert_eq!(got, vec![V::I(1), V::Op("currentfile".into()), V::Op("eexec".into())]);
    let got: Vec<V> = ps_tokens::values(b"1 [2 3", None);
    assert_eq!(got, vec![V::I(1)]);
    let deep = "[".repeat(10_000);
    let got: Vec<V> = ps_tokens::values(deep.as_bytes(), None);
    assert!(got.is_empty());
}

#[test]
fn mutated_cmaps_and_font_headers_never_panic_the_tokenizer() {
    // A small xorshift generator: the same mutations on every run.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let font = type1_font();
    for round in 0..4000 {
        let mut bytes = if round % 2 == 0 { CMAP.to_vec() } else { font.clone() };
        for _ in 0..1 + next() % 8 {
            let at = (next() % bytes.len() as u64) as usize;
            match next() % 3 {
                0 => bytes[at] = next() as u8,
                1 => bytes.truncate(at),
                _ => bytes.insert(at, b"([<{/%\\#"[(next() % 8) as usize]),
            }
            if bytes.is_empty() {
                break;
            }
        }
        let values: Vec<V> = ps_tokens::values(&bytes, None);
        assert!(values.len() <= bytes.len());
    }
}
