//! Recurring deadlines: "每月10日前", "每年6月底前", "每季度末前", "每半年末".
//!
//! Representation (records.md has no field for a period, and `date` is ISO text): kind
//! date, and `date` an ISO 8601 repeating interval "R/<first deadline>/<period>" whose
//! first deadline falls in the budget year — "每月10日前" in 2023 is "R/2023-01-10/P1M",
//! "每年6月底前" "R/2023-06-30/P1Y", "每季度末前" "R/2023-03-31/P3M". The deadline keeps the
//! printed granularity ("每年6月前" → "R/2023-06/P1Y"); 前/内/止 give op ≤ as for one date.
//! The year inside is the budget year, so V010/C004 find the date in range. Without a
//! year `date` is None and the day or month stays in `value`/`unit` ("日", "月底"), as a
//! month without a year does.
//!
//! Weekly deadlines ("每周五前", "每周一", "每星期三前", "每周日") are the same kind of
//! interval with period "P1W", starting on the first such weekday of the budget year:
//! "每周五前" in 2023 is "R/2023-01-06/P1W". Without a year the weekday stays in
//! `value` as an ISO weekday number (1 Monday … 7 Sunday) with `unit` "星期". A count
//! ("每周一次", "每周1次") is no weekday: the weekday must end the value or stand before
//! a deadline word.

use super::consult::Consulted;
use super::numeral::month_number;
use crate::model::{Op, Target, TargetKind};
use regex::Regex;
use std::sync::LazyLock;

const REL: &str = r"(?P<rel>之前|以前|以内|之内|为止|前|内|止)?";

static RE_MONTHLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"^(?:(?P<d>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})[日号]|月?(?P<pos>底|末)){REL}$")).unwrap()
});
static RE_YEARLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:(?P<m>[0-9]{{1,2}}|十[一二]?|[一二三四五六七八九])月份?(?:(?P<d>[0-9]{{1,2}})[日号])?(?P<mpos>底|末)?|年?(?P<pos>底|末)){REL}$"
    ))
    .unwrap()
});
static RE_PERIOD_END: LazyLock<Regex> = LazyLock::new(|| Regex::new(&format!(r"^(?:季度?|半年)?(?P<pos>底|末){REL}$")).unwrap());

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The first deadline of a recurring one, before the budget year is put in.
struct Deadline {
    m: u32,
    d: Option<u32>,
    /// ISO 8601 duration of the period.
    period: &'static str,
    /// A 前/内/止 word: op ≤.
    rel: bool,
    /// What stays in value/unit when there is no year to resolve the date.
    kept: Option<(u32, &'static str)>,
}

/// `per` is the period word stripped from "每…" ("月", "年", "季度", "半年").
pub(super) fn parse(rest: &str, per: &str, op: Option<Op>, ctx: &Consulted) -> Option<Target> {
    // Read only once a deadline's shape has matched: a count ("每年2次") reads the same
    // in every context (`consult.rs`).
    let year = || ctx.year().filter(|y| (1900..=2100).contains(y));
    if per == "周" {
        return weekly(rest, op, year);
    }
    // Every form ends in a day, a period end or a deadline word; counts ("2次") do not.
    if !rest.ends_with(['日', '号', '底', '末', '前', '内', '止', '月', '份']) {
        return None;
    }
    let dl = match per {
        "月" => monthly(rest)?,
        "年" => yearly(rest, year)?,
        "季度" | "半年" => {
            let c = RE_PERIOD_END.captures(rest)?;
            let (m, d, period) = if per == "季度" { (3, 31, "P3M") } else { (6, 30, "P6M") };
            Deadline { m, d: Some(d), period, rel: c.name("rel").is_some(), kept: None }
        }
        _ => return None,
    };
    let y = year();
    let date = y.map(|y| {
        let first = match dl.d {
            // A month end read off January ("每月底") is the 31st; February's is shorter.
            Some(d) => format!("{y:04}-{:02}-{:02}", dl.m, d.min(days_in_month(y, dl.m))),
            None => format!("{y:04}-{:02}", dl.m),
        };
        format!("R/{first}/{}", dl.period)
    });
    let op = op.or(dl.rel.then_some(Op::Le));
    let mut t = Target { kind: TargetKind::Date, op, date, ..Target::default() };
    if t.date.is_none() {
        if let Some((v, unit)) = dl.kept {
            t.value = Some(v.into());
            t.unit = Some(unit.into());
        }
    }
    Some(t)
}

/// "10日前", "月底前", "末": the first deadline is in January.
fn monthly(rest: &str) -> Option<Deadline> {
    let c = RE_MONTHLY.captures(rest)?;
    let rel = c.name("rel").is_some();
    Some(match c.name("d") {
        Some(d) => {
            let d = month_number(d.as_str()).filter(|d| (1..=31).contains(d))?;
            Deadline { m: 1, d: Some(d), period: "P1M", rel, kept: Some((d, "日")) }
        }
        None => Deadline { m: 1, d: Some(31), period: "P1M", rel, kept: None },
    })
}

/// "6月底前", "6月30日前", "6月前", "年底前".
fn yearly(rest: &str, year: impl FnOnce() -> Option<i32>) -> Option<Deadline> {
    let c = RE_YEARLY.captures(rest)?;
    let rel = c.name("rel").is_some();
    let Some(m) = c.name("m") else {
        return Some(Deadline { m: 12, d: Some(31), period: "P1Y", rel, kept: None });
    };
    let m = month_number(m.as_str()).filter(|m| (1..=12).contains(m))?;
    let end = year().map_or(31, |y| days_in_month(y, m));
    let d = match (c.name("d"), c.name("mpos")) {
        (Some(d), _) => Some(d.as_str().parse().ok().filter(|d| (1..=end).contains(d))?),
        (None, Some(_)) => Some(end),
        (None, None) => None,
    };
    let word = if c.name("mpos").is_some() { "月底" } else { "月" };
    Some(Deadline { m, d, period: "P1Y", rel, kept: Some((m, word)) })
}

/// Words after a weekday that make it a deadline: op ≤. "下班前" is before the end of
/// that working day.
const WEEK_REL: &[&str] = &["下班前", "之前", "以前", "为止", "前", "止"];

/// "五前", "星期五前", "周一", "日", "末前" after 每周: the weekday's first date in the year.
fn weekly(rest: &str, op: Option<Op>, year: impl FnOnce() -> Option<i32>) -> Option<Target> {
    let s = rest.strip_prefix("星期").or_else(|| rest.strip_prefix('周')).unwrap_or(rest);
    let c = s.chars().next()?;
    let wd: u32 = match c {
        '一' | '1' => 1,
        '二' | '2' => 2,
        '三' | '3' => 3,
        '四' | '4' => 4,
        '五' | '5' => 5,
        '六' | '6' => 6,
        // 周日/星期天, and the week's end.
        '日' | '天' | '7' | '末' => 7,
        _ => return None,
    };
    let tail = &s[c.len_utf8()..];
    let rel = match WEEK_REL.iter().find(|w| tail == **w) {
        Some(_) => true,
        None if tail.is_empty() => false,
        None => return None,
    };
    // "每周1" is a count as "每周1次" is; only a word or a deadline makes an Arabic digit a day.
    if c.is_ascii_digit() && !rel && s.len() == rest.len() {
        return None;
    }
    let date = year().map(|y| format!("R/{y:04}-01-{:02}/P1W", 1 + (wd + 7 - weekday_jan1(y)) % 7));
    let mut t = Target { kind: TargetKind::Date, op: op.or(rel.then_some(Op::Le)), date, ..Target::default() };
    if t.date.is_none() {
        t.value = Some(wd.into());
        t.unit = Some("星期".into());
    }
    Some(t)
}

/// ISO weekday (1 Monday … 7 Sunday) of 1 January of `y` (Gauss's rule).
fn weekday_jan1(y: i32) -> u32 {
    let p = y - 1;
    // 0 is Sunday in Gauss's count.
    let w = (1 + 5 * p.rem_euclid(4) + 4 * p.rem_euclid(100) + 6 * p.rem_euclid(400)).rem_euclid(7) as u32;
    if w == 0 {
        7
    } else {
        w
    }
}

#[cfg(test)]
mod tests {
    use super::weekday_jan1;

    #[test]
    fn first_weekday_of_the_year() {
        // 2023-01-01 a Sunday, 2024-01-01 a Monday, 2000-01-01 a Saturday, 2021 a Friday.
        assert_eq!([2023, 2024, 2000, 2021].map(weekday_jan1), [7, 1, 6, 5]);
    }
}
