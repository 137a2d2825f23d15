//! Shares written as fractions: "百分之九十五" (95 %), "千分之三" (3 ‰), "万分之五" (5 ‱),
//! "三分之二", "1/3".
//!
//! * 百分之/千分之/万分之 N are a percentage, per-mille or per-ten-thousand as "95%",
//!   "3‰" print them: `value` N, `unit` "%", "‰" or "‱" (the sign the words spell), and
//!   `std_value` in % (3 ‰ → 0.3, 5 ‱ → 0.05).
//! * Other fractions ("三分之二", "2/3") have no unit of their own: `value` is the ratio
//!   (0.667), `unit` None, and `std_value` the same share in % (66.7), `std_unit` "%",
//!   so that "三分之一以上" compares with "≥33%". An Arabic "a/b" is read only for a
//!   proper fraction with b ≤ 10, so "12/31" and "3/2" are not taken for shares.
//!
//! Bound words after the fraction ("三分之一以上") give the op as after any quantity.

use super::normalize::strip_suffix_op;
use super::numeral::take_number;
use super::units::tidy;
use crate::model::{Direction, Op, Target, TargetKind};

pub(super) fn parse(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    let (value, unit, pct, tail) = if let Some(i) = rest.find("分之") {
        let (head, r) = (&rest[..i], &rest[i + "分之".len()..]);
        // "百分之百": all of it, a 百 that is no numeral on its own.
        let (n, tail) = match (head, r.strip_prefix('百')) {
            ("百", Some(t)) => (100.0, t),
            _ => {
                let n = take_number(r)?;
                (n.value, &r[n.len..])
            }
        };
        match head {
            "百" => (n, Some("%"), n, tail),
            "千" => (n, Some("‰"), n / 10.0, tail),
            "万" => (n, Some("‱"), n / 100.0, tail),
            _ => {
                let d = take_number(head).filter(|d| d.len == head.len() && d.value >= 2.0)?;
                let v = n / d.value;
                (v, None, v * 100.0, tail)
            }
        }
    } else {
        let a = take_number(rest).filter(|a| !a.chinese && !a.lit.contains(['.', ',', '-']))?;
        let r = rest[a.len..].strip_prefix('/')?;
        let b = take_number(r).filter(|b| !b.chinese && !b.lit.contains(['.', ',', '-']))?;
        if !(b.value <= 10.0 && a.value >= 1.0 && a.value < b.value) {
            return None;
        }
        let v = a.value / b.value;
        (v, None, v * 100.0, &r[b.len..])
    };
    let (left, suffix_op) = strip_suffix_op(tail);
    if !left.is_empty() {
        return None;
    }
    Some(Target {
        kind: TargetKind::Number,
        op: op.or(suffix_op),
        value: Some(tidy(value)),
        unit: unit.map(str::to_string),
        std_value: Some(tidy(pct)),
        std_unit: Some("%".into()),
        direction,
        ..Target::default()
    })
}
