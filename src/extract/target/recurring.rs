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

use super::numeral::month_number;
use super::TargetContext;
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
static RE_PERIOD_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:季度?|半年)?(?P<pos>底|末){REL}$")).unwrap());

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
pub(super) fn parse(rest: &str, per: &str, op: Option<Op>, ctx: &TargetContext) -> Option<Target> {
    // Every form ends in a day, a period end or a deadline word; counts ("2次") do not.
    if !rest.ends_with(['日', '号', '底', '末', '前', '内', '止', '月', '份']) {
        return None;
    }
    let y = ctx.year.filter(|y| (1900..=2100).contains(y));
    let dl = match per {
        "月" => monthly(rest)?,
        "年" => yearly(rest, y)?,
        "季度" | "半年" => {
            let c = RE_PERIOD_END.captures(rest)?;
            let (m, d, period) = if per == "季度" { (3, 31, "P3M") } else { (6, 30, "P6M") };
            Deadline { m, d: Some(d), period, rel: c.name("rel").is_some(), kept: None }
        }
        _ => return None,
    };
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
fn yearly(rest: &str, y: Option<i32>) -> Option<Deadline> {
    let c = RE_YEARLY.captures(rest)?;
    let rel = c.name("rel").is_some();
    let Some(m) = c.name("m") else {
        return Some(Deadline { m: 12, d: Some(31), period: "P1Y", rel, kept: None });
    };
    let m = month_number(m.as_str()).filter(|m| (1..=12).contains(m))?;
    let end = y.map_or(31, |y| days_in_month(y, m));
    let d = match (c.name("d"), c.name("mpos")) {
        (Some(d), _) => Some(d.as_str().parse().ok().filter(|d| (1..=end).contains(d))?),
        (None, Some(_)) => Some(end),
        (None, None) => None,
    };
    let word = if c.name("mpos").is_some() { "月底" } else { "月" };
    Some(Deadline { m, d, period: "P1Y", rel, kept: Some((m, word)) })
}
