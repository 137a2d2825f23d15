//! Reading one number off the front of a (normalised) value: Arabic with optional
//! thousands separators and decimals, or a Chinese numeral (一百, 十二, 两, 二〇二四).

/// `[0-9]`, not `\d`: `\d` is Unicode-aware and would accept digits f64 cannot parse.
/// (Matched by hand at the front of a value in [`arabic_len`]; the pattern itself is
/// used inside larger expressions.)
pub(super) const NUM_PATTERN: &str = r"-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?";

#[derive(Debug, Clone, Copy)]
pub(super) struct Num<'a> {
    pub value: f64,
    /// Bytes consumed from the input.
    pub len: usize,
    /// The digits as printed (Arabic only; empty for Chinese numerals).
    pub lit: &'a str,
    pub chinese: bool,
}

pub(super) fn take_number(s: &str) -> Option<Num<'_>> {
    if let Some(len) = arabic_len(s.as_bytes()) {
        let lit = &s[..len];
        let value = parse_arabic(lit)?;
        return Some(Num { value, len, lit, chinese: false });
    }
    take_chinese(s)
}

/// Length of the [`NUM_PATTERN`] match at the start of `s`, as the regex engine would
/// find it (leftmost-first: thousands groups are preferred when they match). Written
/// out because every target value starts here, and a regex search per value showed up
/// in profiles; `arabic_len_agrees_with_the_pattern` checks it against the regex.
fn arabic_len(s: &[u8]) -> Option<usize> {
    let digits = |from: usize| s[from.min(s.len())..].iter().take_while(|b| b.is_ascii_digit()).count();
    let start = usize::from(s.first() == Some(&b'-'));
    let run = digits(start);
    if run == 0 {
        return None;
    }
    let mut end = start + run;
    // [0-9]{1,3}(?:,[0-9]{3})+ : a short run followed by whole groups of three.
    let group = |at: usize| s.get(at) == Some(&b',') && s.len() >= at + 4 && s[at + 1..at + 4].iter().all(u8::is_ascii_digit);
    if run <= 3 && group(end) {
        while group(end) {
            end += 4;
        }
    }
    // (?:\.[0-9]+)?
    if s.get(end) == Some(&b'.') {
        let frac = digits(end + 1);
        if frac > 0 {
            end += 1 + frac;
        }
    }
    Some(end)
}

/// Parses a literal matched by [`NUM_PATTERN`]; `None` when it overflows to infinity.
pub(super) fn parse_arabic(lit: &str) -> Option<f64> {
    let v: f64 = if lit.contains(',') { lit.replace(',', "").parse().ok()? } else { lit.parse().ok()? };
    v.is_finite().then_some(v)
}

fn cn_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '贰' => 2,
        '三' | '叁' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

fn cn_mult(c: char) -> Option<u64> {
    Some(match c {
        '十' | '拾' => 10,
        '百' | '佰' => 100,
        '千' | '仟' => 1000,
        '万' => 10_000,
        '亿' => 100_000_000,
        _ => return None,
    })
}

/// A Chinese numeral must start with a digit or 十 (a bare 万/千 is a unit, not a number),
/// and a trailing 万/亿 is left to the unit so "三万人" reads like "3万人".
fn take_chinese(s: &str) -> Option<Num<'_>> {
    let first = s.chars().next()?;
    if cn_digit(first).is_none() && !matches!(first, '十' | '拾') {
        return None;
    }
    let mut end = 0;
    let mut count = 0;
    for (i, c) in s.char_indices() {
        if cn_digit(c).is_none() && cn_mult(c).is_none() {
            break;
        }
        count += 1;
        if count > 24 {
            return None;
        }
        end = i + c.len_utf8();
    }
    let mut lit = &s[..end];
    if count > 1 {
        if let Some(r) = lit.strip_suffix('万').or_else(|| lit.strip_suffix('亿')) {
            lit = r;
        }
    }
    let value = eval_chinese(lit)? as f64;
    Some(Num { value, len: lit.len(), lit: "", chinese: true })
}

fn eval_chinese(lit: &str) -> Option<u64> {
    if lit.chars().all(|c| cn_digit(c).is_some()) {
        // Positional reading ("二〇二四"); a single digit is the common case.
        if lit.chars().count() > 15 {
            return None;
        }
        return lit.chars().try_fold(0u64, |acc, c| Some(acc * 10 + cn_digit(c)?));
    }
    let (mut total, mut section, mut number) = (0u64, 0u64, 0u64);
    for c in lit.chars() {
        if let Some(d) = cn_digit(c) {
            number = d;
        } else {
            match cn_mult(c)? {
                m @ (10 | 100 | 1000) => {
                    let n = if number == 0 { 1 } else { number };
                    section = section.checked_add(n.checked_mul(m)?)?;
                    number = 0;
                }
                10_000 => {
                    section = section.checked_add(number)?;
                    total = total.checked_add(section.checked_mul(10_000)?)?;
                    section = 0;
                    number = 0;
                }
                _ => {
                    section = section.checked_add(number)?;
                    total = total.checked_add(section)?.checked_mul(100_000_000)?;
                    section = 0;
                    number = 0;
                }
            }
        }
    }
    total.checked_add(section)?.checked_add(number)
}

/// "成五", "成半", "成5" after a count of tenths: the next digit is hundredths of the
/// whole ("九成五" is 95 %). Returns that fraction of a 成 and the text after the digit.
pub(super) fn tenths_tail(s: &str) -> Option<(f64, &str)> {
    let r = s.strip_prefix('成')?;
    let c = r.chars().next()?;
    let d = match c {
        '半' => 5,
        '0'..='9' => c as u64 - '0' as u64,
        _ => cn_digit(c)?,
    };
    let tail = &r[c.len_utf8()..];
    // "九成五十" is no tenths reading; a second digit would be.
    if tail.starts_with(|c: char| c.is_ascii_digit() || cn_digit(c).is_some() || cn_mult(c).is_some()) {
        return None;
    }
    Some((d as f64 / 10.0, tail))
}

/// A month written either way ("12", "十二").
pub(super) fn month_number(s: &str) -> Option<u32> {
    let v = if s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok()? } else { eval_chinese(s)? };
    u32::try_from(v).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_len_agrees_with_the_pattern() {
        let re = regex::Regex::new(&format!("^{NUM_PATTERN}")).unwrap();
        let parts = ["", "-", "1", "12", "123", "1234", ",", ",123", ",12", ",1234", ".", ".5", ".", "%", "万", "a", "0"];
        let mut n = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    for d in parts {
                        let s = format!("{a}{b}{c}{d}");
                        let want = re.find(&s).map(|m| m.end());
                        assert_eq!(arabic_len(s.as_bytes()), want, "{s:?}");
                        n += 1;
                    }
                }
            }
        }
        assert_eq!(n, parts.len().pow(4));
    }

    #[test]
    fn chinese() {
        for (s, v) in [("十二", 12), ("一百", 100), ("两", 2), ("一百零五", 105), ("三万五千", 35000), ("二〇二四", 2024), ("二十", 20)]
        {
            assert_eq!(eval_chinese(s), Some(v), "{s}");
        }
        assert_eq!(take_chinese("三万人").map(|n| (n.value, n.len)), Some((3.0, 3)));
        assert!(take_chinese("万人").is_none());
    }
}
