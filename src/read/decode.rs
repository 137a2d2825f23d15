//! Bytes → text. Chinese government sites still publish GB2312/GBK pages, Word
//! exports UTF-16; we sniff a BOM, then try UTF-8, then GB18030 (a superset of
//! GB2312 and GBK), and say which one won.

use encoding_rs::{Encoding, GB18030, UTF_16BE, UTF_16LE, UTF_8};

use crate::chars::TrimWs;
use crate::error::{Error, Result};

#[derive(Debug, Clone)]
pub struct Decoded {
    pub text: String,
    /// Lower-case WHATWG name: "utf-8", "gb18030", "utf-16le", "utf-16be", "gbk", ...
    pub encoding: String,
    /// Bytes that could not be decoded and were replaced by U+FFFD.
    pub replaced: usize,
}

fn name_of(enc: &'static Encoding) -> String {
    enc.name().to_ascii_lowercase()
}

/// Without a BOM, UTF-16 shows up as a NUL in every other byte.
fn sniff_utf16(bytes: &[u8]) -> Option<&'static Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let even_nul = sample.iter().step_by(2).filter(|b| **b == 0).count();
    let odd_nul = sample.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    // ASCII-heavy UTF-16 has NULs on one side; CJK-heavy UTF-16 has few NULs, so we
    // only claim UTF-16 when the pattern is unmistakable.
    if odd_nul * 10 >= pairs * 3 && even_nul * 20 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 3 && odd_nul * 20 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

fn count_replacements(text: &str) -> usize {
    text.chars().filter(|c| *c == '\u{FFFD}').count()
}

/// Decode with an explicit encoding label (`encoding=` in the API).
fn decode_as(bytes: &[u8], label: &str) -> Result<Decoded> {
    let enc = Encoding::for_label(label.trim_ws().as_bytes()).ok_or_else(|| Error::UnknownEncoding(label.to_string()))?;
    let (text, had_errors) = enc.decode_without_bom_handling(bytes);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text).to_string();
    if had_errors {
        let replaced = count_replacements(&text);
        return Err(Error::Decode {
            encoding: name_of(enc),
            detail: format!("{replaced} malformed byte sequence(s); try another encoding= or leave it out to detect"),
        });
    }
    Ok(Decoded { text, encoding: name_of(enc), replaced: 0 })
}

pub fn decode(bytes: &[u8], encoding: Option<&str>) -> Result<Decoded> {
    if let Some(label) = encoding {
        return decode_as(bytes, label);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        let text = text.into_owned();
        let replaced = count_replacements(&text);
        return Ok(Decoded { text, encoding: name_of(enc), replaced });
    }
    if let Some(enc) = sniff_utf16(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        let text = text.into_owned();
        let replaced = count_replacements(&text);
        return Ok(Decoded { text, encoding: name_of(enc), replaced });
    }
    // encoding_rs's validator is faster than std's on CJK text (no ASCII fast path
    // helps there) and tells a GB18030 file apart at its first bad byte all the same.
    if let Some(text) = UTF_8.decode_without_bom_handling_and_without_replacement(bytes) {
        return Ok(Decoded { text: text.into_owned(), encoding: name_of(UTF_8), replaced: 0 });
    }
    let (text, had_errors) = GB18030.decode_without_bom_handling(bytes);
    if !had_errors {
        return Ok(Decoded { text: text.into_owned(), encoding: name_of(GB18030), replaced: 0 });
    }
    // Neither decodes cleanly. A few bad bytes in otherwise good UTF-8 (a truncated
    // download, one corrupted character) are worth keeping; anything worse is not text.
    let (text, _) = UTF_8.decode_without_bom_handling(bytes);
    let replaced = count_replacements(&text);
    let chars = text.chars().count().max(1);
    if replaced * 100 <= chars {
        return Ok(Decoded { text: text.into_owned(), encoding: name_of(UTF_8), replaced });
    }
    Err(Error::Decode {
        encoding: "utf-8 or gb18030".into(),
        detail: format!("{replaced} of {chars} characters are malformed; pass encoding= if you know it"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        let d = decode("项目名称".as_bytes(), None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("项目名称", "utf-8"));
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("项目".as_bytes());
        assert_eq!(decode(&b, None).unwrap().text, "项目");
    }

    #[test]
    fn gb18030_is_detected() {
        let (bytes, _, _) = GB18030.encode("项目支出绩效目标表 ≥95%");
        let d = decode(&bytes, None).unwrap();
        assert_eq!(d.encoding, "gb18030");
        assert_eq!(d.text, "项目支出绩效目标表 ≥95%");
    }

    #[test]
    fn utf16_with_bom_and_sniffed() {
        let mut le = vec![0xFF, 0xFE];
        for u in "项目 name".encode_utf16() {
            le.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&le, None).unwrap();
        assert_eq!((d.text.as_str(), d.encoding.as_str()), ("项目 name", "utf-16le"));
        let mut be = Vec::new();
        for u in "a\tb\nproject 12".encode_utf16() {
            be.extend_from_slice(&u.to_be_bytes());
        }
        assert_eq!(decode(&be, None).unwrap().encoding, "utf-16be");
    }

    #[test]
    fn explicit_label_and_errors() {
        let (bytes, _, _) = GB18030.encode("指标值");
        assert_eq!(decode(&bytes, Some("gbk")).unwrap().text, "指标值");
        assert!(matches!(decode(&bytes, Some("klingon")), Err(Error::UnknownEncoding(_))));
        assert!(matches!(decode(&[0xFF, 0xFE, 0xFD, 0x80], Some("utf-8")), Err(Error::Decode { .. })));
    }

    #[test]
    fn garbage_is_an_error() {
        // 0xFF starts no sequence in UTF-8 or GB18030.
        let junk = vec![0xFFu8; 4000];
        assert!(matches!(decode(&junk, None), Err(Error::Decode { .. })));
    }
}
