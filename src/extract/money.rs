//! Amounts and unit codes as printed in the project block.

use std::sync::LazyLock;

use regex::Regex;

static AMOUNT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*([0-9][0-9,，]*(?:\.[0-9]+)?)\s*(万元|万|元)?\s*").unwrap());
static CODE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*[\[\(（【]?\s*([0-9A-Za-z]{2,})\s*[\]\)）】]?\s*[-－—.、:：]?\s*(\S.*)$").unwrap()
});
static LEVEL_MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[（(](部门|单位)[)）]\s*$").unwrap());

/// Leading amount of a cell ("1,907,400", "854万(高标准…)", "4623 万") with the scale
/// word printed after it, if any. Prose after the number is ignored: the number is
/// what the form asked for.
pub fn parse_amount(text: &str) -> Option<(f64, Option<&'static str>)> {
    // AMOUNT starts with a digit after white space: most cells are ruled out without it.
    if !text.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let caps = AMOUNT.captures(text)?;
    // The number must stand alone: "2023年10月…" is a date in prose, not an amount.
    let after = &text[caps.get(0)?.end()..];
    if !(after.is_empty() || after.starts_with(['(', '（', ',', '，', ';', '；']) || after.starts_with(|c: char| c.is_ascii_digit())) {
        return None;
    }
    let num = caps[1].replace([',', '，'], "");
    let v: f64 = num.parse().ok()?;
    if !v.is_finite() {
        return None;
    }
    let unit = caps.get(2).map(|m| if m.as_str() == "元" { "元" } else { "万元" });
    Some((v, unit))
}

/// "[077]六安市医疗保障局" → (Some("077"), "六安市医疗保障局"); also "610-…", "382101…",
/// "(433)…(部门)". A name without a code comes back whole.
pub fn split_code(text: &str) -> (Option<String>, String) {
    let t = text.trim();
    let (code, name) = match CODE_NAME.captures(t) {
        Some(c) if c[1].chars().any(|ch| ch.is_ascii_digit()) && c[2].chars().next().is_some_and(|ch| !ch.is_ascii()) => {
            (Some(c[1].to_string()), c[2].trim().to_string())
        }
        _ => (None, t.to_string()),
    };
    (code, LEVEL_MARK.replace(&name, "").trim().to_string())
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

    #[test]
    fn codes() {
        assert_eq!(split_code("[077]六安市医疗保障局"), (Some("077".into()), "六安市医疗保障局".into()));
        assert_eq!(split_code("610-弋阳县医疗保障局"), (Some("610".into()), "弋阳县医疗保障局".into()));
        assert_eq!(split_code("382101天津市滨海新区医疗保障局"), (Some("382101".into()), "天津市滨海新区医疗保障局".into()));
        assert_eq!(split_code("(433)乌海市供销合作社联合社(部门)"), (Some("433".into()), "乌海市供销合作社联合社".into()));
        assert_eq!(split_code("南岳镇政府"), (None, "南岳镇政府".into()));
    }
}
