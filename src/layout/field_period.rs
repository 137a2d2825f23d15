//! 项目期 → years: "3年" as printed, or a span of years ("202001-202012",
//! "2021年1月-2023年12月", "2020-2022") counted inclusively, as 88号 copies that print
//! 项目起止时间 in place of 项目期 state it.

use std::sync::LazyLock;

use regex::Regex;

static PERIOD_YEARS: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,2})\s*年").unwrap());
/// A start year (with its month glued on, or after a dot, dash, slash or 年) to an end year.
static SPAN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)\d{2})(?:\d{2}|\s*[.\-/年]\s*\d{1,2}\s*月?)?\s*[-－—~～至到]+\s*((?:19|20)\d{2})").unwrap());

/// Years of a 项目期 value; None when it states neither a count nor a span.
pub(super) fn period_years(v: &str) -> Option<i32> {
    if let Some(c) = PERIOD_YEARS.captures(v) {
        return c[1].parse().ok();
    }
    let c = SPAN.captures(v)?;
    let (from, to): (i32, i32) = (c[1].parse().ok()?, c[2].parse().ok()?);
    // A span running backwards or over decades is a misprint, not a project period.
    (from..=from + 20).contains(&to).then_some(to - from + 1)
}

#[cfg(test)]
mod tests {
    use super::period_years;

    #[test]
    fn counts_and_spans() {
        assert_eq!(period_years("3年"), Some(3));
        assert_eq!(period_years("202101-202112"), Some(1));
        assert_eq!(period_years("2021年1月-2023年12月"), Some(3));
        assert_eq!(period_years("2020-2022"), Some(3));
        assert_eq!(period_years("2021.01—2022.12"), Some(2));
        assert_eq!(period_years("2023-2021"), None);
        assert_eq!(period_years("长期"), None);
    }
}
