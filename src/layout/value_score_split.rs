//! A text copy of a county target table (河北) may print a row's 指标值 run into the
//! 分值 or 权重 column beside it ("≥95%10", "100%20"), the 分值 cell left empty: the
//! value is then no target and the score is lost. Cut apart, but only where nothing
//! else can be meant: the header has the score column right after the value, the row's
//! own score is empty, the whole cell is no target while its head is a quantified one
//! that ends in "%" or a unit word, and the tail is a plausible score (an integer or a
//! half, 1 to 100). A bare number ("≥9510": ≥951 and 0?) and a date whose day follows
//! its month ("2025年6月30") are left whole.

use crate::chars::is_han;
use crate::extract::target::{parse_target, TargetContext};
use crate::model::TargetKind;

use super::header::{Group, Role, Schema};
use super::matrix::RawIndicator;

/// Cut the values of `out` that hold their row's score.
pub(super) fn split(out: &mut [RawIndicator], schema: &Schema) {
    let score_after_value = |g: &Group| g.roles.windows(2).any(|w| w[0].0 == Role::Value && w[1].0 == Role::Score);
    // Most headers have no score column: one look at the header before any record.
    if !schema.groups.iter().any(score_after_value) {
        return;
    }
    for rec in out.iter_mut() {
        if rec.score.is_some() {
            continue;
        }
        // Most values end in a unit, "%" or a word: one byte test before anything else.
        let Some(value) = rec.values.last_mut().filter(|v| v.ends_with(|c: char| c.is_ascii_digit())) else { continue };
        if !schema.groups.get(rec.group).is_some_and(score_after_value) {
            continue;
        }
        if let Some((head, score)) = cut(value) {
            let score = score.to_string();
            value.truncate(head);
            rec.score = Some(score);
        }
    }
}

/// Where `value` splits into a target and a score: the target's length in bytes and
/// the score's text.
fn cut(value: &str) -> Option<(usize, &str)> {
    let at = value.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.').len();
    let (head, tail) = value.split_at(at);
    let last = head.chars().next_back()?;
    // The head ends in "%" or a unit word; a year or month may go on with its digits.
    if !(matches!(last, '%' | '％') || is_han(last) && !matches!(last, '年' | '月')) {
        return None;
    }
    let score: f64 = tail.parse().ok().filter(|_| !tail.starts_with('0'))?;
    if !(1.0..=100.0).contains(&score) || (score * 2.0).fract() != 0.0 {
        return None;
    }
    let ctx = TargetContext::default();
    let quantified =
        matches!(parse_target(head, &ctx).0.kind, TargetKind::Number | TargetKind::Range | TargetKind::Date | TargetKind::Duration);
    let whole_is_target = parse_target(value, &ctx).0.kind != TargetKind::Unparsed;
    (quantified && head.contains(|c: char| c.is_ascii_digit()) && !whole_is_target).then_some((at, tail))
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_quantified_head_and_a_plausible_score() {
        for (v, head, score) in
            [("≥95%10", "≥95%", "10"), ("100%20", "100%", "20"), ("≥3.5万元12.5", "≥3.5万元", "12.5"), ("≤30天5", "≤30天", "5")]
        {
            assert_eq!(cut(v).map(|(at, s)| (&v[..at], s)), Some((head, score)), "{v}");
        }
        for v in [
            "≥9510",
            "2025年6月30",
            "12月31",
            "1:10",
            "≥5公里/10",
            "≥95%150",
            "≥95%0",
            "≥95%05",
            "≥90%7.3",
            "明显改善10",
            "PM2.5",
            "3-5",
            "100%",
        ] {
            assert_eq!(cut(v), None, "{v}");
        }
    }
}
