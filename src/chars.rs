//! Character-level helpers every stage asks of cell text, many times per cell.
//!
//! Hand-written because `str::trim` decodes a character at each end and looks it up
//! in the Unicode white-space table, about 90 instructions a call; jixiao trims some
//! six million strings per 3,000 filings, and nearly all of them start and end with a
//! CJK character or ASCII that is plainly not white space. The fast path reads one
//! byte at each end; anything that could be white space falls back to `str::trim`,
//! so the result is always exactly `str::trim`'s.

/// The lead bytes of every non-ASCII white-space character (U+0085 and U+00A0 → C2;
/// U+1680 → E1; U+2000–U+205F → E2; U+3000 → E3).
const fn may_be_space_lead(b: u8) -> bool {
    matches!(b, 0xC2 | 0xE1 | 0xE2 | 0xE3)
}

pub(crate) const fn is_ascii_space(b: u8) -> bool {
    // char::is_whitespace for ASCII: U+0009–U+000D and U+0020.
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// Whether the character starting at `bytes[0]` can not be white space.
fn lead_is_not_space(b: u8) -> bool {
    if b < 0x80 {
        !is_ascii_space(b)
    } else {
        !may_be_space_lead(b)
    }
}

/// Whether `s` surely neither starts nor ends with white space.
fn clean_ends(s: &str) -> bool {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return false;
    };
    if !lead_is_not_space(first) {
        return false;
    }
    if last < 0x80 {
        return !is_ascii_space(last);
    }
    // The last character's lead byte: at most three continuation bytes back.
    let lead = b.iter().rev().take(4).find(|&&x| x & 0xC0 != 0x80);
    lead.is_some_and(|&x| !may_be_space_lead(x))
}

/// `str::trim` with a fast path for text whose ends are plainly not white space.
pub trait TrimWs {
    fn trim_ws(&self) -> &str;
    /// `self.trim_ws().is_empty()`.
    fn is_blank(&self) -> bool;
}

impl TrimWs for str {
    #[inline]
    fn trim_ws(&self) -> &str {
        if clean_ends(self) {
            self
        } else {
            self.trim()
        }
    }

    #[inline]
    fn is_blank(&self) -> bool {
        match self.as_bytes().first() {
            None => true,
            Some(&b) if lead_is_not_space(b) => false,
            _ => self.trim().is_empty(),
        }
    }
}

/// Whether `s` may hold a white-space character: false is sure (no ASCII white
/// space and no lead byte of a non-ASCII one), true is to be checked.
pub fn may_hold_space(s: &str) -> bool {
    // Sixteen bytes at a time without a branch per byte: most strings asked are
    // names with no space at all, read to the end.
    s.as_bytes().chunks(16).any(|chunk| chunk.iter().fold(false, |any, &b| any | SPACE_BYTES[b as usize]))
}

/// The bytes [`may_hold_space`] looks for.
static SPACE_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = is_ascii_space(b as u8) || may_be_space_lead(b as u8);
        b += 1;
    }
    t
};

/// `s.split(sep as char)` for an ASCII separator, found with SIMD `memchr` rather
/// than `str::split`'s generic char searcher, which cost ~150 instructions a piece on
/// the short cells of tab and pipe rows. An ASCII byte never occurs inside a
/// multi-byte character, so every piece is a valid `str`.
pub fn split_ascii(s: &str, sep: u8) -> impl Iterator<Item = &str> {
    debug_assert!(sep.is_ascii());
    let mut from = 0;
    memchr::memchr_iter(sep, s.as_bytes()).chain(std::iter::once(s.len())).map(move |at| {
        let piece = &s[from..at];
        from = at + 1;
        piece
    })
}

/// `str::lines` by `memchr`: pieces between '\n', a '\r' before the '\n' dropped,
/// and no empty last line after a final '\n'.
pub fn lines(s: &str) -> impl Iterator<Item = &str> {
    let mut from = 0;
    let mut ends = memchr::memchr_iter(b'\n', s.as_bytes());
    std::iter::from_fn(move || match ends.next() {
        Some(at) => {
            let line = &s[from..at];
            from = at + 1;
            Some(line.strip_suffix('\r').unwrap_or(line))
        }
        None if from < s.len() => {
            let line = &s[from..];
            from = s.len();
            Some(line)
        }
        None => None,
    })
}

#[cfg(test)]
mod tests {
    use super::TrimWs;

    #[test]
    fn may_hold_space_never_misses_one() {
        for c in (0u32..0x1_0000).filter_map(char::from_u32).filter(|c| c.is_whitespace()) {
            assert!(super::may_hold_space(&format!("数量指标数量指标数量{c}指标")), "U+{:04X}", c as u32);
        }
        assert!(!super::may_hold_space("数量指标数量指标数量指标（万元）95%"));
    }

    #[test]
    fn splits_and_lines_match_the_standard_library() {
        let samples = ["", "\n", "a", "a\n", "a\r\nb", "a\n\nb\n", "\r\n", "指标\t值\t\t", "\t", "|a|b|", "x\r", "a\n\r\n", "\n\n"];
        for s in samples {
            assert_eq!(super::lines(s).collect::<Vec<_>>(), s.lines().collect::<Vec<_>>(), "{s:?}");
            for sep in [b'\t', b'|', b'\n'] {
                assert_eq!(super::split_ascii(s, sep).collect::<Vec<_>>(), s.split(sep as char).collect::<Vec<_>>(), "{s:?}");
            }
        }
    }

    #[test]
    fn trims_exactly_as_str_trim_does() {
        let samples = [
            "",
            " ",
            "\u{3000}",
            "\u{a0}x\u{a0}",
            "数量指标",
            " 数量指标 ",
            "\t≥95%\r",
            "100%",
            "（万元）",
            "项目\u{3000}",
            "\u{2003}a",
            "a\u{2029}",
            "\u{85}",
            "é",
            "é ",
            "—",
            "“引号”",
            "x\u{0B}",
            "\u{1680}y",
            "\u{202F}",
            "。",
            "a。 ",
            "\u{1C}a\u{1F}",
            "🙂",
            " 🙂",
            "\u{200B}a\u{200B}",
        ];
        for s in samples {
            assert_eq!(s.trim_ws(), s.trim(), "{s:?}");
            assert_eq!(s.is_blank(), s.trim().is_empty(), "{s:?}");
        }
    }

    #[test]
    fn every_bmp_character_at_either_end_trims_as_str_trim() {
        for c in (0u32..0x1_0000).filter_map(char::from_u32) {
            for s in [format!("{c}"), format!("{c}a"), format!("a{c}"), format!("中{c}"), format!("{c}中")] {
                assert_eq!(s.trim_ws(), s.trim(), "U+{:04X}", c as u32);
                assert_eq!(s.is_blank(), s.trim().is_empty(), "U+{:04X}", c as u32);
            }
        }
    }
}

/// A CJK unified ideograph of the basic block (the characters of names, keys and
/// labels).
pub fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c)
}

/// `hay.contains(needle)` for the short texts of cells and names: a SIMD search for the
/// needle's last byte, then a compare where the needle would end. std's `contains`
/// sets up a Two-Way searcher on every call (a `char` pattern beyond ASCII goes through
/// it too), which costs more than the search itself on cells of a few dozen bytes,
/// asked hundreds of thousands of times per 3,000 filings.
pub fn has(hay: &str, needle: &str) -> bool {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&last) = n.last() else { return true };
    memchr::memchr_iter(last, h).any(|i| i + 1 >= n.len() && &h[i + 1 - n.len()..=i] == n)
}

/// One bit per Basic Multilingual Plane character: a set of first (or last)
/// characters gathered once from a lexicon, for a gate asked of every cell or row
/// before a list compare or a map lookup (one shift and mask, no hashing).
pub struct CharBits(Box<[u64; 1024]>);

impl CharBits {
    pub fn new(chars: impl IntoIterator<Item = char>) -> CharBits {
        let mut bits = Box::new([0u64; 1024]);
        for c in chars {
            let c = c as usize;
            // Every lexicon word is inside the BMP; one outside would go unseen.
            assert!(c < 0x10000, "lexicon character beyond the BMP");
            bits[c >> 6] |= 1 << (c & 63);
        }
        CharBits(bits)
    }

    #[inline]
    pub fn contains(&self, c: char) -> bool {
        let c = c as u32;
        c < 0x10000 && self.0[(c >> 6) as usize] >> (c & 63) & 1 != 0
    }
}

#[cfg(test)]
mod char_bits_tests {
    use super::CharBits;

    #[test]
    fn holds_exactly_the_characters_it_was_built_from() {
        let bits = CharBits::new(['指', '一', '*', '\u{FFFF}']);
        for c in ['指', '一', '*', '\u{FFFF}'] {
            assert!(bits.contains(c), "{c}");
        }
        // Neighbours in the same word of bits, ASCII, and beyond the BMP.
        for c in ['挃', '丁', '+', ')', '\u{FFFE}', '\u{10000}', '𠀀'] {
            assert!(!bits.contains(c), "{c}");
        }
    }
}

#[cfg(test)]
mod has_tests {
    use super::has;

    #[test]
    fn has_agrees_with_contains() {
        for (hay, needle) in [
            ("项目成本构成", "成本"),
            ("成", "成本"),
            ("本成本", "成本"),
            ("", "年"),
            ("2023年", "年"),
            ("abc", ""),
            ("万元)", "元)"),
            ("元", "万元"),
        ] {
            assert_eq!(has(hay, needle), hay.contains(needle), "{hay} / {needle}");
        }
    }
}
