//! A value wrapped in a space-cut text (pdfplumber's `extract_text()`): a narrow value
//! column breaks a number from its unit, or a date after its year, and the rest comes
//! last on the continuation line, after the pieces of the name still wrapping:
//!
//! ```text
//! 覆盖面积3 ≤80万
//! 元
//! 新建站点4检查 ≥2400
//! 站点覆盖完成 人次
//! ```
//!
//! A bare unit reads as a placeholder value (V002) and a date's month as a value of
//! its own, so such a line read as a row with no name. The target grammar tells the
//! tail: the value with the piece glued on still reads as a measure.

use crate::chars::{is_han, TrimWs};
use crate::read::Cell;

use crate::extract::target::{is_unit, parse_target_memo, TargetContext};
use crate::model::TargetKind;

/// Longest value tail (characters): a unit or a date's month and day.
const MAX_TAIL: usize = 4;

/// The value's last character leaves it unfinished: a number cut in its digits, a
/// magnitude waiting for its unit ("万" of 万元), a year or month waiting for its month
/// or day. A piece alone under such a value is the value's, not the name's.
fn unfinished(value: &str, piece: &str) -> bool {
    let Some(last) = value.chars().next_back() else { return false };
    let digit_next = piece.starts_with(|c: char| c.is_ascii_digit());
    if last.is_ascii_digit() || matches!(last, '万' | '千' | '亿' | '百') || matches!(last, '年' | '月') && digit_next {
        return true;
    }
    // A unit cut in two ("≥1200人" / "次"): the value's unit with the piece is a longer
    // one of the vocabulary.
    let unit_from = value.char_indices().rev().take_while(|&(_, c)| is_han(c)).last().map(|(k, _)| k);
    unit_from.is_some_and(|k| {
        let mut unit = value[k..].to_string();
        unit.push_str(piece);
        is_unit(&unit)
    })
}

/// Whether `t` has a tail's shape: at most four characters of digits, "%", "." and Han,
/// opening with a digit, "%" or Han, not digits only (a page number or a row's count
/// holds no unit or date mark). The cheap gate, asked of the last piece of every line
/// under a row before whether the row ends in its value.
pub fn may_be_tail(t: &str) -> bool {
    let Some(first) = t.chars().next() else { return false };
    (first.is_ascii_digit() || first == '%' || is_han(first))
        && t.chars().count() <= MAX_TAIL
        && !t.bytes().all(|b| b.is_ascii_digit())
        && t.chars().all(|c| c.is_ascii_digit() || c == '%' || c == '.' || is_han(c))
}

/// `piece`, the last on a continuation line, continues `value` (its text so far).
/// `alone`: the line holds only this piece and a name above is still wrapping, so the
/// piece is the value's only when the value is unfinished (a name's last character —
/// "数" of 人数 — glued to a value that already has its unit reads as a measure too).
pub fn continues_value(value: &str, piece: &Cell, alone: bool) -> bool {
    let t = piece.text.trim_ws();
    if !may_be_tail(t) {
        return false;
    }
    let first = t.chars().next().expect("a tail is not empty");
    // A number is not continued by digits (a next row's value, "≥95" / "100%", reads
    // so too); a date's year or month is ("2025年" / "12月"), and so is a number cut
    // before a zero ("≥12" / "00人"): no value of its own opens with a zero and a digit.
    if first.is_ascii_digit() && !value.ends_with(['年', '月']) && !leading_zero(t) {
        return false;
    }
    // A percent is finished.
    if !value.bytes().any(|b| b.is_ascii_digit()) || value.ends_with('%') || alone && !unfinished(value, t) {
        return false;
    }
    let mut joined = String::with_capacity(value.len() + t.len());
    joined.push_str(value);
    joined.push_str(t);
    // The tail must end up in the value's unit or date, as the vocabulary knows them:
    // a wrapped name under a value ("≥95%" / "保率") reads as a measure with a unit no
    // table prints.
    // A year and its month's number cut off the 月 wrapped onto the line after
    // ("2025" / "年12" / "月"): the month's line is asked next.
    if awaits_month(&joined) {
        return true;
    }
    let (target, flags) = parse_target_memo(&joined, &TargetContext::default());
    !flags.placeholder
        && match target.kind {
            TargetKind::Date => true,
            TargetKind::Number | TargetKind::Range | TargetKind::Duration => target.unit.as_deref().is_some_and(is_unit),
            _ => false,
        }
}

/// "0" then a digit: the middle of a number, never a number's start.
fn leading_zero(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() > 1 && b[0] == b'0' && b[1].is_ascii_digit()
}

/// A four-digit year, 年, and one or two digits: a date whose 月 is still to come.
fn awaits_month(v: &str) -> bool {
    let Some((year, month)) = v.split_once('年') else { return false };
    year.len() == 4
        && year.bytes().all(|b| b.is_ascii_digit())
        && (1..=2).contains(&month.len())
        && month.bytes().all(|b| b.is_ascii_digit())
}
