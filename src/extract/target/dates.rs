//! Calendar dates: "2024年12月", "≤12月份", "2023.07-2024.01", "年底前", Excel serials.

use super::consult::Consulted;
use super::numeral::month_number;
use crate::model::{Op, Target, TargetKind};
use regex::Regex;
use std::sync::LazyLock;

const M: &str = r"[0-9]{1,2}|十[一二]?|[一二三四五六七八九]";
const POS: &str = r"底|末|上旬|中旬|下旬";
const REL: &str = r"之前|以前|以内|之内|为止|前|内|止";

static RE_CN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<y>[0-9]{{4}})年度?(?:(?P<m>{M})月份?(?:(?P<d>[0-9]{{1,2}})[日号])?)?(?P<pos>{POS}|上半年|下半年)?(?P<rel>{REL})?$"
    ))
    .unwrap()
});
static RE_SEP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?P<y>[0-9]{4})[./-](?P<m>[0-9]{1,2})(?:[./-](?P<d>[0-9]{1,2}))?(?P<rel>之前|以前|前)?$").unwrap());
static RE_MD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?P<m>{M})(?P<w>月份?)(?:(?P<d>[0-9]{{1,2}})[日号])?(?P<pos>{POS})?(?P<rel>{REL})?$")).unwrap()
});
static RE_M_RANGE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:(?P<y>[0-9]{{4}})年)?(?P<a>{M})(?:月份?)?[-~至到](?P<b>{M})月份?(?:底|末)?$")).unwrap());
static RE_Y_RANGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<a>[0-9]{4})年?度?[-~至到](?P<b>[0-9]{4})年度?$").unwrap());
static RE_QUARTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?P<y>[0-9]{4})年度?)?第?(?P<q>[1-4一二三四])季度(?P<pos>末|底)?(?P<rel>之前|以前|以内|之内|前|内)?$").unwrap()
});
static RE_SERIAL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<a>[0-9]{2},?[0-9]{3})(?P<b>[0-9]{2},?[0-9]{3})?$").unwrap());
static RE_COMPACT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?P<y>[0-9]{4})(?:(?P<m>[0-9]{2})(?P<d>[0-9]{2})?)?$").unwrap());

/// Year-relative words: (word, month-day, op). "年底" is the year end, "年内"/"年底前" a
/// deadline by it.
const RELATIVE: &[(&str, &str, Option<Op>)] = &[
    ("年底", "12-31", None),
    ("年末", "12-31", None),
    ("年中", "06-30", None),
    ("年底前", "12-31", Some(Op::Le)),
    ("年末前", "12-31", Some(Op::Le)),
    ("年底之前", "12-31", Some(Op::Le)),
    ("年内", "12-31", Some(Op::Le)),
    ("年度内", "12-31", Some(Op::Le)),
    ("当年", "12-31", Some(Op::Le)),
    ("当年内", "12-31", Some(Op::Le)),
    ("当年度", "12-31", Some(Op::Le)),
    ("本年", "12-31", Some(Op::Le)),
    ("本年内", "12-31", Some(Op::Le)),
    ("本年度", "12-31", Some(Op::Le)),
    ("本年度内", "12-31", Some(Op::Le)),
    ("上半年", "06-30", Some(Op::Le)),
    ("下半年", "12-31", Some(Op::Le)),
];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn rel_op(rel: Option<&str>) -> Option<Op> {
    rel.map(|_| Op::Le)
}

/// One calendar point: the ISO text when the year is known, else the bare month.
struct Point {
    y: Option<i32>,
    m: Option<u32>,
    d: Option<u32>,
    op: Option<Op>,
    /// The printed month word ("月份", "月") for an unresolved month.
    word: Option<&'static str>,
}

impl Point {
    fn iso(&self) -> Option<String> {
        let y = self.y?;
        Some(match (self.m, self.d) {
            (Some(m), Some(d)) => format!("{y:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{y:04}-{m:02}"),
            _ => format!("{y:04}"),
        })
    }
}

/// Resolves 底/末/旬 and "within" (内) to a day; a bare 前 keeps the printed granularity.
fn finish(y: Option<i32>, m: Option<u32>, d: Option<u32>, pos: Option<&str>, rel: Option<&str>) -> Option<Point> {
    if let Some(m) = m {
        if !(1..=12).contains(&m) {
            return None;
        }
    }
    let end = |y: Option<i32>, m: u32| y.map_or(31, |y| days_in_month(y, m));
    let (mut m2, mut d2) = (m, d);
    match (pos, m) {
        (Some("底" | "末" | "下旬"), Some(m)) => d2 = Some(end(y, m)),
        (Some("上旬"), Some(_)) => d2 = Some(10),
        (Some("中旬"), Some(_)) => d2 = Some(20),
        (Some("底" | "末" | "下半年"), None) => (m2, d2) = (Some(12), Some(31)),
        (Some("上半年"), None) => (m2, d2) = (Some(6), Some(30)),
        (Some(_), _) => return None,
        (None, _) => {}
    }
    if matches!(rel, Some("内" | "以内" | "之内")) && d2.is_none() {
        match m2 {
            Some(m) => d2 = Some(end(y, m)),
            None => (m2, d2) = (Some(12), Some(31)),
        }
    }
    if let (Some(m), Some(d)) = (m2, d2) {
        if d == 0 || d > end(y, m) {
            return None;
        }
    }
    let op = rel_op(rel).or(if pos.is_some_and(|p| p.ends_with("半年")) { Some(Op::Le) } else { None });
    Some(Point { y, m: m2, d: d2, op, word: None })
}

fn num<T: std::str::FromStr>(c: &regex::Captures, k: &str) -> Option<T> {
    c.name(k).and_then(|m| m.as_str().parse().ok())
}

/// A point that carries its own year.
fn dated_point(s: &str) -> Option<Point> {
    // Both forms begin with a four-digit year: checked before any regex runs, since
    // every value with a '.' or '-' (most numbers) reaches this.
    if !(s.len() > 4 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit)) {
        return None;
    }
    if let Some(c) = RE_CN.captures(s) {
        let y: i32 = num(&c, "y")?;
        if !(1900..=2100).contains(&y) {
            return None;
        }
        let m = match c.name("m") {
            Some(m) => Some(month_number(m.as_str())?),
            None => None,
        };
        return finish(Some(y), m, num(&c, "d"), c.name("pos").map(|m| m.as_str()), c.name("rel").map(|m| m.as_str()));
    }
    if let Some(c) = RE_SEP.captures(s) {
        let y: i32 = num(&c, "y")?;
        if !(1990..=2100).contains(&y) {
            return None;
        }
        return finish(Some(y), num(&c, "m"), num(&c, "d"), None, c.name("rel").map(|m| m.as_str()));
    }
    None
}

/// A month with no year ("≤12月份", "12月底前"); `op` decides whether a bare "6月" is a
/// month of the calendar or a count of months ("≥6月").
fn month_point(s: &str, op: Option<Op>, year: impl FnOnce() -> Option<i32>) -> Option<Point> {
    if !s.contains('月') {
        return None;
    }
    let c = RE_MD.captures(s)?;
    let m = month_number(c.name("m")?.as_str())?;
    let word = if c["w"].ends_with('份') { "月份" } else { "月" };
    let (pos, rel) = (c.name("pos").map(|m| m.as_str()), c.name("rel").map(|m| m.as_str()));
    let plain = word == "月" && c.name("d").is_none() && pos.is_none() && rel.is_none();
    if plain && matches!(op, Some(Op::Ge | Op::Gt)) {
        return None;
    }
    let mut p = finish(year(), Some(m), num(&c, "d"), pos, rel)?;
    p.word = Some(match pos {
        Some("底") => "月底",
        Some("末") => "月末",
        _ => word,
    });
    Some(p)
}

fn date_target(op: Option<Op>, date: Option<String>) -> Target {
    Target { kind: TargetKind::Date, op, date, ..Target::default() }
}

/// Parses `s` (comparator already stripped into `op`) as a date or a date interval.
pub(super) fn parse_date(s: &str, op: Option<Op>, ctx: &Consulted) -> Option<Target> {
    // Cheap gate: every date form below needs one of these; most values have none.
    if !s.contains(['年', '月', '季', '.', '-', '/', '~', '至', '到']) {
        return None;
    }
    // "2024年12月底前完成", "2023年12月已完成", "于2023年6月竣工": the date is the value,
    // the completion words add nothing.
    let s = completed(s);
    if let Some(p) = dated_point(s) {
        return Some(date_target(op.or(p.op), p.iso()));
    }
    if let Some(p) = month_point(s, op, || ctx.year()) {
        let mut t = date_target(op.or(p.op), p.iso());
        if t.date.is_none() {
            // No year anywhere: keep the month as printed so nothing is lost.
            t.value = p.m.map(f64::from);
            t.unit = p.word.map(str::to_string);
        }
        return Some(t);
    }
    if let Some(&(_, md, rop)) = RELATIVE.iter().find(|(w, _, _)| *w == s) {
        return Some(date_target(op.or(rop), ctx.year().map(|y| format!("{y:04}-{md}"))));
    }
    if let Some(t) = quarter(s, op, ctx) {
        return Some(t);
    }
    parse_interval(s, ctx)
}

/// Strips a completion word after a date ("完成", "已完成", "完工", "竣工", "建成") and a
/// "于"/"已于" before it. Only when a word was found at the end is the front looked at.
fn completed(s: &str) -> &str {
    const WORDS: &[&str] = &["完成", "完工", "竣工", "建成", "完毕", "办结"];
    let Some(r) = WORDS.iter().find_map(|w| s.strip_suffix(w)) else { return s };
    let r = ["全部", "基本", "已"].iter().find_map(|w| r.strip_suffix(w)).unwrap_or(r);
    let r = ["已于", "于", "在"].iter().find_map(|w| r.strip_prefix(w)).unwrap_or(r);
    if r.is_empty() {
        s
    } else {
        r
    }
}

/// "2024年第四季度" (the quarter's months, an interval), "第三季度末" (its last day),
/// "四季度前" / "第二季度内" / "≤第二季度" (by its last day, op ≤). A quarter without a year takes
/// `ctx.year`; with none, the kind is still date and `date` None.
fn quarter(s: &str, op: Option<Op>, ctx: &Consulted) -> Option<Target> {
    if !s.contains('季') {
        return None;
    }
    let c = RE_QUARTER.captures(s)?;
    let q = month_number(&c["q"])?;
    let y = num(&c, "y").or_else(|| ctx.year()).filter(|y| (1900..=2100).contains(y));
    let (first, last) = (3 * q - 2, 3 * q);
    if op.is_none() && c.name("pos").is_none() && c.name("rel").is_none() {
        let iso = |m: u32| y.map(|y| format!("{y:04}-{m:02}"));
        return Some(interval(iso(first), iso(last)));
    }
    let day = y.map(|y| format!("{y:04}-{last:02}-{:02}", days_in_month(y, last)));
    let rel = c.name("rel").map(|_| Op::Le);
    Some(date_target(op.or(rel), day))
}

fn interval(a: Option<String>, b: Option<String>) -> Target {
    let date = match (a, b) {
        (Some(a), Some(b)) => Some(format!("{a}/{b}")),
        _ => None,
    };
    date_target(Some(Op::Between), date)
}

fn parse_interval(s: &str, ctx: &Consulted) -> Option<Target> {
    // Every interval has a separator: most values have none.
    if !s.contains(['-', '~', '至', '到']) {
        return None;
    }
    if let Some(c) = RE_Y_RANGE.captures(s) {
        let (a, b): (i32, i32) = (num(&c, "a")?, num(&c, "b")?);
        if (1900..=2100).contains(&a) && (a..=2100).contains(&b) {
            return Some(interval(Some(a.to_string()), Some(b.to_string())));
        }
        return None;
    }
    if let Some(c) = RE_M_RANGE.captures(s) {
        let (a, b) = (month_number(&c["a"])?, month_number(&c["b"])?);
        if !(1..=12).contains(&a) || !(a..=12).contains(&b) {
            return None;
        }
        let y = num(&c, "y").or_else(|| ctx.year());
        let iso = |m: u32| y.map(|y| format!("{y:04}-{m:02}"));
        let mut t = interval(iso(a), iso(b));
        if t.date.is_none() {
            t.value = Some(a.into());
            t.max = Some(b.into());
            t.unit = Some("月".into());
        }
        return Some(t);
    }
    // General "A-B": both ends dated, or the right end a month inheriting A's year. The
    // separator is also a date separator ("2024-12"), so every candidate split is tried.
    for (i, c) in s.char_indices() {
        if !matches!(c, '-' | '~' | '至' | '到') || i == 0 {
            continue;
        }
        let (l, r) = (&s[..i], &s[i + c.len_utf8()..]);
        let Some(a) = dated_point(l) else { continue };
        if a.op.is_some() {
            continue;
        }
        let b = dated_point(r).or_else(|| month_point(r, None, || a.y).filter(|p| p.op.is_none()));
        if let Some(b) = b {
            if b.op.is_none() {
                return Some(interval(a.iso(), b.iso()));
            }
        }
    }
    None
}

/// Days from 1970-01-01 to a civil date (H. Hinnant's algorithm), inverted.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Excel serial 44561 → "2021-12-31" (1900 date system; serials in range are past the
/// fictitious 1900-02-29, so day 0 is 1899-12-30).
pub(super) fn serial_to_iso(serial: i64) -> String {
    let (y, m, d) = civil_from_days(serial - 25_569);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Only for timeliness indicators: a bare 5-digit serial in 36526..=55153 (2000–2050),
/// possibly printed twice when a unit column repeats it, or a compact yyyy[mm[dd]].
/// Returns the target and whether it came from a serial.
pub(super) fn parse_numeric_date(s: &str, op: Option<Op>) -> Option<(Target, bool)> {
    // Both forms are 4 to 12 digits and commas: most values are not, and every value
    // the date hint could read reaches here (`consult.rs`).
    if !((4..=12).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit() || b == b',')) {
        return None;
    }
    if let Some(c) = RE_SERIAL.captures(s) {
        let a: i64 = c["a"].replace(',', "").parse().ok()?;
        if let Some(b) = c.name("b") {
            if b.as_str().replace(',', "").parse::<i64>().ok()? != a {
                return None;
            }
        }
        if (36_526..=55_153).contains(&a) {
            return Some((date_target(op, Some(serial_to_iso(a))), true));
        }
        return None;
    }
    let c = RE_COMPACT.captures(s)?;
    let y: i32 = num(&c, "y")?;
    if !(1990..=2100).contains(&y) {
        return None;
    }
    let p = finish(Some(y), num(&c, "m"), num(&c, "d"), None, None)?;
    Some((date_target(op, p.iso()), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serials() {
        assert_eq!(serial_to_iso(44_561), "2021-12-31");
        assert_eq!(serial_to_iso(36_526), "2000-01-01");
        assert_eq!(serial_to_iso(55_153), "2050-12-31");
        assert_eq!(serial_to_iso(43_890), "2020-02-29");
    }
}
