//! `w:sym`: a character inserted from a symbol font (Insert → Symbol), stored as a
//! font name and a code in that font rather than as text. Filings get their ≥ and ≤
//! this way ("≥95%" is a w:sym and the text "95%"), and their ✓ and ☐ from Wingdings.
//! Codes are given in the private-use area (F0B3) or as the font's byte (B3).

/// The Unicode character a `w:sym` shows, for the fonts filings use; None when the
/// font or the code is unknown (nothing is better than a wrong character).
pub fn char_of(font: &str, code: &str) -> Option<char> {
    let code = u32::from_str_radix(code.trim(), 16).ok()?;
    let byte = match code {
        0xF020..=0xF0FF => code - 0xF000,
        0x20..=0xFF => code,
        // A font that is not a symbol font, and a code that is a real character.
        _ => return char::from_u32(code).filter(|c| !c.is_control() && !('\u{E000}'..='\u{F8FF}').contains(c)),
    };
    let byte = u8::try_from(byte).ok()?;
    match font.trim().to_ascii_lowercase().as_str() {
        "symbol" => symbol(byte),
        "wingdings" => wingdings(byte),
        "wingdings 2" => wingdings2(byte),
        _ => None,
    }
}

/// Adobe Symbol encoding: the operators and marks (its Greek letters are not used in
/// these tables and left out).
fn symbol(b: u8) -> Option<char> {
    Some(match b {
        0x22 => '∀',
        0x24 => '∃',
        0x27 => '∋',
        0x2A => '∗',
        0x2D => '−',
        0x40 => '≅',
        0x5C => '∴',
        0x5E => '⊥',
        0x7E => '∼',
        0x20 | 0x21 | 0x23 | 0x25 | 0x26 | 0x28 | 0x29 | 0x2B | 0x2C | 0x2E..=0x3F | 0x5B | 0x5D | 0x5F | 0x7B..=0x7D => char::from(b),
        0xA2 => '′',
        0xA3 => '≤',
        0xA5 => '∞',
        0xAB => '↔',
        0xAC => '←',
        0xAD => '↑',
        0xAE => '→',
        0xAF => '↓',
        0xB0 => '°',
        0xB1 => '±',
        0xB2 => '″',
        0xB3 => '≥',
        0xB4 => '×',
        0xB5 => '∝',
        0xB7 => '•',
        0xB8 => '÷',
        0xB9 => '≠',
        0xBA => '≡',
        0xBB => '≈',
        0xBC => '…',
        0xD6 => '√',
        0xD7 => '⋅',
        0xD8 => '¬',
        _ => return None,
    })
}

/// The check marks and boxes of Wingdings (是/否 columns).
fn wingdings(b: u8) -> Option<char> {
    Some(match b {
        0xA8 => '☐',
        0xFB => '✗',
        0xFC => '✓',
        0xFD => '☒',
        0xFE => '☑',
        _ => return None,
    })
}

fn wingdings2(b: u8) -> Option<char> {
    Some(match b {
        0x4F => '✗',
        0x50 => '✓',
        0x52 => '☑',
        0x54 => '☒',
        0xA3 => '☐',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::char_of;

    #[test]
    fn symbol_font_codes_become_characters() {
        assert_eq!(char_of("Symbol", "F0B3"), Some('≥'));
        assert_eq!(char_of("symbol", "a3"), Some('≤'));
        assert_eq!(char_of("Symbol", "F025"), Some('%'));
        assert_eq!(char_of("Wingdings", "F0FC"), Some('✓'));
        assert_eq!(char_of("宋体", "2265"), Some('≥'));
        assert_eq!(char_of("Symbol", "F061"), None);
        assert_eq!(char_of("Webdings", "F0B3"), None);
        assert_eq!(char_of("Symbol", "zz"), None);
        assert_eq!(char_of("宋体", "E001"), None);
    }
}
