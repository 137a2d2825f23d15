//! Amounts and unit codes as printed in the project block.

use std::sync::LazyLock;

use regex::Regex;

use crate::chars::TrimWs;

static CODE_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*[\[\(（【]?\s*([0-9A-Za-z]{2,})\s*[\]\)）】]?\s*[-－—.、:：]?\s*(\S.*)$").unwrap());
static LEVEL_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[（(](部门|单位)[)）]\s*$").unwrap());

/// Yuan per unit; None for a unit we do not know.
pub fn unit_factor(unit: &str) -> Option<f64> {
    match unit.trim_ws() {
        "元" => Some(1.0),
        "千元" => Some(1e3),
        "万元" => Some(1e4),
        "亿元" => Some(1e8),
        _ => None,
    }
}

/// Leading amount of a cell ("1,907,400", "854万(高标准…)", "4623 万") with the scale
/// word printed after it, if any. Prose after the number is ignored: the number is
/// what the form asked for.
///
/// Scanned by hand rather than with a regex: it runs on every field value of every
/// project, and the regex's capture groups cost ten times the scan. The grammar is
/// `\s* [0-9][0-9,，]* (\.[0-9]+)? \s* (万元|万|元)? \s*`, then the number must
/// stand alone (tested against the regex in the tests below).
pub fn parse_amount(text: &str) -> Option<(f64, Option<&'static str>)> {
    let t = text.trim_start();
    let digits_end = |s: &str, commas: bool| {
        s.char_indices().find(|&(_, c)| !(c.is_ascii_digit() || commas && (c == ',' || c == '，'))).map_or(s.len(), |(i, _)| i)
    };
    if !t.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let mut end = digits_end(t, true);
    if let Some(frac) = t[end..].strip_prefix('.') {
        let n = digits_end(frac, false);
        if n > 0 {
            end += 1 + n;
        }
    }
    let number = &t[..end];
    let rest = t[end..].trim_start();
    let (unit, rest) = if let Some(r) = rest.strip_prefix("万元") {
        (Some("万元"), r)
    } else if let Some(r) = rest.strip_prefix('万') {
        (Some("万元"), r)
    } else if let Some(r) = rest.strip_prefix('元') {
        (Some("元"), r)
    } else {
        (None, rest)
    };
    // The number must stand alone: "2023年10月…" is a date in prose, not an amount.
    let after = rest.trim_start();
    if !(after.is_empty() || after.starts_with(['(', '（', ',', '，', ';', '；']) || after.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let v: f64 = if number.contains([',', '，']) { number.replace([',', '，'], "").parse().ok()? } else { number.parse().ok()? };
    if !v.is_finite() {
        return None;
    }
    Some((v, unit))
}

/// "[077]六安市医疗保障局" → (Some("077"), "六安市医疗保障局"); also "610-…", "382101…",
/// "(433)…(部门)". A name without a code comes back whole.
pub fn split_code(text: &str) -> (Option<String>, String) {
    let t = text.trim_ws();
    // A code holds a digit: without one the regex is not worth running.
    let captures = if t.bytes().any(|b| b.is_ascii_digit()) { CODE_NAME.captures(t) } else { None };
    let (code, name) = match captures {
        Some(c) if c[1].chars().any(|ch| ch.is_ascii_digit()) && c[2].chars().next().is_some_and(|ch| !ch.is_ascii()) => {
            (Some(c[1].to_string()), c[2].trim_ws().to_string())
        }
        _ => (None, t.to_string()),
    };
    if !name.ends_with([')', '）']) {
        return (code, name);
    }
    (code, LEVEL_MARK.replace(&name, "").trim_ws().to_string())
}

/// A project name printed behind its budget-system code, as 一体化 exports list them
/// ("51000021R000000019951-工资性支出"): (code, name). Only a long code (ten or more
/// letters and digits, eight of them digits) joined by a dash or a space to a name in
/// Chinese; a name that merely opens with a year or a number ("2023年…") stays whole.
pub fn split_project_code(text: &str) -> Option<(String, String)> {
    // The cheap gate: a code opens with a digit.
    if !text.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let len = text.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let code = &text[..len];
    if len < 10 || code.bytes().filter(u8::is_ascii_digit).count() < 8 {
        return None;
    }
    let rest = text[len..].trim_start_matches(['-', '－', '—', '–', ' ', '\u{3000}']);
    let joined = rest.len() < text.len() - len;
    (joined && rest.chars().next().is_some_and(crate::chars::is_han)).then(|| (code.to_string(), rest.trim_ws().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts() {
        assert_eq!(parse_amount("1,907,400"), Some((1907400.0, None)));
        assert_eq!(parse_amount("263.00"), Some((263.0, None)));
        assert_eq!(parse_amount("854万(高标准农田建设400万元)"), Some((854.0, Some("万元"))));
        assert_eq!(parse_amount("4623 万"), Some((4623.0, Some("万元"))));
        assert_eq!(parse_amount("为财政供养的事业在编人员"), None);
        assert_eq!(parse_amount(""), None);
        assert_eq!(parse_amount("2023年10月1日起在海滨人民医院"), None);
        assert_eq!(parse_amount("854万854万(高标准农田建设400万元)"), Some((854.0, Some("万元"))));
    }

    /// The scanner agrees with the regex it replaced on every string built from the
    /// characters that matter to it.
    #[test]
    fn amount_scanner_matches_the_regex() {
        let re = Regex::new(r"^\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(万元|万|元)?\s*").unwrap();
        let by_regex = |text: &str| -> Option<(f64, Option<&'static str>)> {
            let caps = re.captures(text)?;
            let after = &text[caps.get(0)?.end()..];
            if !(after.is_empty()
                || after.starts_with(['(', '（', ',', '，', ';', '；'])
                || after.starts_with(|c: char| c.is_ascii_digit()))
            {
                return None;
            }
            let v: f64 = caps[1].replace([',', '，'], "").parse().ok()?;
            v.is_finite().then_some((v, caps.get(2).map(|m| if m.as_str() == "元" { "元" } else { "万元" })))
        };
        let alphabet = ["1", "0", ",", "，", ".", " ", "万", "元", "(", "年", "\u{3000}"];
        let mut n = 0;
        for a in alphabet {
            for b in alphabet {
                for c in alphabet {
                    for d in alphabet {
                        for e in ["", "9", "元", "x"] {
                            let s = format!("{a}{b}{c}{d}{e}");
                            assert_eq!(parse_amount(&s), by_regex(&s), "{s:?}");
                            n += 1;
                        }
                    }
                }
            }
        }
        assert_eq!(n, 11usize.pow(4) * 4);
    }

    #[test]
    fn codes() {
        assert_eq!(split_code("[077]六安市医疗保障局"), (Some("077".into()), "六安市医疗保障局".into()));
        assert_eq!(split_code("610-弋阳县医疗保障局"), (Some("610".into()), "弋阳县医疗保障局".into()));
        assert_eq!(split_code("382101天津市滨海新区医疗保障局"), (Some("382101".into()), "天津市滨海新区医疗保障局".into()));
        assert_eq!(split_code("(433)乌海市供销合作社联合社(部门)"), (Some("433".into()), "乌海市供销合作社联合社".into()));
        assert_eq!(split_code("南岳镇政府"), (None, "南岳镇政府".into()));
        let split = |t: &str| split_project_code(t).map(|(c, n)| format!("{c}|{n}"));
        assert_eq!(split("51000021R000000019951-工资性支出").as_deref(), Some("51000021R000000019951|工资性支出"));
        assert_eq!(split("2023年城区绿化养护"), None);
        assert_eq!(split("1234567890某项目"), None);
    }
}
