//! Fixed wordings that carry no digits in the usual places: a cell marked not applicable
//! ("/", "—", "不适用"), two bounds in words ("大于95%小于100%"), same-day limits ("当日
//! 办结"), round-the-clock service ("7×24小时") and approximate tens ("数十个").
//!
//! Each entry point is gated on a byte or first-character test, since the grammar runs
//! on every value and these forms are rare.

use super::normalize::{self, has_cjk};
use super::numeral::take_number;
use super::units;
use crate::model::{Direction, Op, Target, TargetKind};

/// Whole values that say there is no target: a dash or slash in the cell, or 不适用 in
/// words. records.md has kind "empty" for a row with no target; these are read the same
/// way (nothing measurable is printed), so V001 reports them as it does an empty cell,
/// and they count as unquantified in V007. (After normalisation "—", "－" and "——" are
/// "-" and "--".)
pub(super) fn not_applicable(s: &str) -> bool {
    // The longest word below is 9 bytes; most values are longer or start with a digit.
    if s.len() > 9 || s.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    if s.chars().all(|c| matches!(c, '-' | '/' | '\\' | '~')) {
        return true;
    }
    const WORDS: &[&str] = &["无", "不适用", "暂无", "待定", "不涉及", "N/A", "n/a", "NA", "空"];
    WORDS.contains(&s)
}

/// Two bounds in words, "大于95%小于100%", "不低于90%且不高于95%": rewritten with
/// glyphs ("≥90%≤95%") for the two-bound grammar, which sorts them into a range as it
/// does "≥90%且≤100%". `None` unless both bounds are comparator words before a number.
pub(super) fn bounds_as_glyphs(s: &str) -> Option<String> {
    // A comparator word opens with one of these; values opening with a digit or a glyph
    // are the common case and are skipped here.
    if !s.starts_with(['大', '小', '高', '低', '不', '超', '少', '多', '至', '最']) {
        return None;
    }
    let first = normalize::strip_prefix(s);
    let (op1, rest) = (first.op?, first.rest);
    if first.direction.is_some() || first.per.is_some() || rest.len() == s.len() {
        return None;
    }
    let n = take_number(rest)?;
    let after = &rest[n.len..];
    for (i, c) in after.char_indices() {
        if c.is_ascii_digit() {
            return None;
        }
        let tail = &after[i..];
        let tail = ["并且", "且", "、", ","].iter().find_map(|w| tail.strip_prefix(w)).unwrap_or(tail);
        if !tail.starts_with(['大', '小', '高', '低', '不', '超', '少', '多', '至', '最']) {
            continue;
        }
        let second = normalize::strip_prefix(tail);
        let Some(op2) = second.op else { continue };
        if second.direction.is_some() || !second.rest.starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        return Some(format!("{}{}{}{}", glyph(op1)?, &rest[..n.len + i], glyph(op2)?, second.rest));
    }
    None
}

fn glyph(op: Op) -> Option<char> {
    Some(match op {
        Op::Ge => '≥',
        Op::Le => '≤',
        Op::Gt => '>',
        Op::Lt => '<',
        Op::Eq | Op::Between => return None,
    })
}

/// Forms read after the quantity grammar has declined `rest` (the value with its
/// comparator stripped): same-day limits, round-the-clock service, approximate tens.
pub(super) fn late(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    match rest.chars().next()? {
        '当' | '次' => same_day(rest, op, direction),
        '数' => tens(rest, op, direction),
        c if c.is_ascii_digit() => service_hours(rest),
        _ => None,
    }
}

/// "当天", "当日办结", "次日反馈": a time limit of a day. records.md has no "same day"
/// value, so it is a duration in 天: 当天/当日 within 1 天 (op ≤ 1), 次日 by the end of the
/// next day (op ≤ 2). An action after it is the thing to be done in time (direction
/// achieve), as in "48小时内响应".
fn same_day(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    let (days, tail) = [("当天", 1.0), ("当日", 1.0), ("次日", 2.0)].iter().find_map(|(w, d)| rest.strip_prefix(w).map(|t| (*d, t)))?;
    let tail = ["以内", "之内", "内"].iter().find_map(|w| tail.strip_prefix(w)).unwrap_or(tail);
    let acted = !tail.is_empty();
    // Only a short action ("办结", "完成", "反馈") — "当日天气" is prose.
    if acted && (tail.chars().count() > 4 || !has_cjk(tail) || !is_action(tail)) {
        return None;
    }
    Some(Target {
        kind: TargetKind::Duration,
        op: Some(op.unwrap_or(Op::Le)),
        value: Some(days),
        unit: Some("天".into()),
        std_value: Some(days),
        std_unit: Some("天".into()),
        direction: direction.or(acted.then_some(Direction::Achieve)),
        ..Target::default()
    })
}

/// Actions that follow a time limit: the timed actions of `normalize` and attainment words.
fn is_action(tail: &str) -> bool {
    let (core, attained) = normalize::strip_trailing_verb(tail);
    (attained && core.is_empty()) || normalize::is_timed_action(tail)
}

/// "7×24小时", "5×8小时", "24×7": service hours a day times days a week. There is no
/// time limit or count to measure (24 小时 would read as a duration limit), so it is an
/// availability statement: qualitative, direction achieve.
fn service_hours(rest: &str) -> Option<Target> {
    if !rest.contains(['×', '*', 'x', 'X']) {
        return None;
    }
    let a = take_number(rest)?;
    let r = rest[a.len..].strip_prefix(['×', '*', 'x', 'X'])?;
    let b = take_number(r)?;
    let tail = &r[b.len..];
    let hours = [a.value, b.value].contains(&24.0) || matches!(tail, "小时" | "h" | "H");
    let tail_ok = matches!(tail, "" | "小时" | "h" | "H" | "小时服务" | "小时在线" | "服务");
    (hours && tail_ok && a.value <= 24.0 && b.value <= 24.0).then(|| Target {
        kind: TargetKind::Qualitative,
        direction: Some(Direction::Achieve),
        ..Target::default()
    })
}

/// "数十个", "数百人": several tens — at least the tens, so op ≥ with the scale as value
/// and the unit after it ("十余次" keeps its 余 in the unit; 数 stands before the number
/// and has no place there, so the bound says "at least").
fn tens(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    let r = rest.strip_prefix('数')?;
    let (value, unit) =
        [("十", 10.0), ("百", 100.0), ("千", 1000.0), ("万", 10000.0)].iter().find_map(|(w, v)| r.strip_prefix(w).map(|u| (*v, u)))?;
    let (unit, suffix_op) = normalize::strip_suffix_op(unit);
    // 万 before a unit is already the scale ("数万人"): a second scale word is prose.
    if unit.is_empty() || !units::is_unit_vocab(unit) || unit.starts_with(['万', '千', '百', '亿']) {
        return None;
    }
    let std = units::standardise(value, unit);
    Some(Target {
        kind: std.kind,
        op: op.or(suffix_op).or(Some(Op::Ge)),
        value: Some(value),
        unit: Some(unit.into()),
        std_value: Some(std.value),
        std_unit: std.unit,
        direction,
        ..Target::default()
    })
}
