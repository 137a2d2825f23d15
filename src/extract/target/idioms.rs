//! Fixed wordings that carry no digits in the usual places: a cell marked not applicable
//! ("/", "—", "不适用") and two bounds in words ("大于95%小于100%").
//!
//! Each entry point is gated on a byte or first-character test, since the grammar runs
//! on every value and these forms are rare.

use super::normalize;
use super::numeral::take_number;
use crate::model::Op;

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
