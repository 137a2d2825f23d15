//! Ranks and grades: "第一名", "前三名", "全省第一", "AAA级". They are judgeable levels, so
//! they are read as numbers (kind number) rather than as unjudgeable wording (V006):
//!
//! * a rank has `value` = the place, `unit` as printed after it ("名", "位", or None for
//!   "全省第一"), and `std_unit` "名次", which keeps a place apart from a head count
//!   ("50名"); "前三名" is op ≤ 3 (third place or better), "第一名" op None;
//! * "AAA级" counts its letters as "4A级" prints its digit: 3, unit "A级".
//! * Classes and grades in Roman numerals ("Ⅲ类", "III类", "IV类水质", "Ⅱ级") are the
//!   numeral, unit "类"/"级" as "二级" reads; a Roman class counts from the best (Ⅰ类 water
//!   is the cleanest), so "Ⅲ类以上" is ≤ 3, as a rank is. A letter grade below A ("B级以上")
//!   is its place in the alphabet, std_unit "等级", and reads the same way. A scope or
//!   subject around a class ("国家二级标准", "地表水Ⅲ类", "IV类水质") is dropped.
//!
//! "三星级" and "一等奖" need nothing here: 星级 and 等奖 are units after a numeral.

use super::normalize::strip_suffix_op;
use super::numeral::take_number;
use crate::model::{Direction, Op, Target, TargetKind};

/// The better-or-equal side of a rank is the lower number: "第三名以上", "二等奖以上" are
/// ≤. A bound word that reads ≤ stays ≤: it is nearly always 以内 ("前10名以内"), which
/// means within the top places either way.
pub(super) fn flip(op: Op) -> Op {
    match op {
        Op::Ge => Op::Le,
        Op::Gt => Op::Lt,
        o => o,
    }
}

/// Words that may stand before a place: the field it is ranked in, or a ranking verb.
const SCOPES: &[&str] = &["全国", "全省", "全市", "全州", "全县", "全区", "全系统", "排名", "名列", "位列", "位居", "进入"];

pub(super) fn parse(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    if rest.starts_with('A') {
        return grade(rest, op, direction);
    }
    // Every class ends its numeral with 类 or 级.
    if rest.contains(['类', '级']) {
        if let Some(t) = class(rest, op, direction) {
            return Some(t);
        }
    }
    // Every rank form holds 第 or 前: most text has neither.
    if !rest.contains(['第', '前']) {
        return None;
    }
    let mut s = rest;
    let mut scoped = false;
    for _ in 0..2 {
        if let Some(r) = SCOPES.iter().find_map(|w| s.strip_prefix(w)) {
            s = r;
            scoped = true;
        }
    }
    let (top, s) = match (s.strip_prefix('第'), s.strip_prefix('前')) {
        (Some(r), _) => (false, r),
        (None, Some(r)) => (true, r),
        _ => return None,
    };
    let n = take_number(s)?;
    let (unit, suffix_op) = strip_suffix_op(&s[n.len..]);
    // "第三季度", "前两年": only a place word makes a rank; "全省第一" names its field.
    if !(matches!(unit, "名" | "位" | "名次") || (unit.is_empty() && scoped)) || n.value < 1.0 {
        return None;
    }
    let op = op.or(suffix_op.map(flip)).or(top.then_some(Op::Le));
    Some(Target {
        kind: TargetKind::Number,
        op,
        value: Some(n.value),
        unit: (!unit.is_empty()).then(|| unit.to_string()),
        std_value: Some(n.value),
        std_unit: Some("名次".into()),
        direction,
        ..Target::default()
    })
}

/// "AAA级", "AAAA级以上", "AAAAA": the letters counted.
fn grade(s: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    let n = s.bytes().take_while(|b| *b == b'A').count();
    let (unit, suffix_op) = strip_suffix_op(&s[n..]);
    let unit = match unit {
        "级" => "A级",
        "" if n >= 2 => "A",
        _ => return None,
    };
    if n > 5 {
        return None;
    }
    let v = n as f64;
    Some(Target {
        kind: TargetKind::Number,
        op: op.or(suffix_op),
        value: Some(v),
        unit: Some(unit.into()),
        std_value: Some(v),
        std_unit: Some(unit.into()),
        direction,
        ..Target::default()
    })
}

/// Words that may stand before a class: the standard it belongs to, or what is classed.
const CLASS_SCOPES: &[&str] = &["国家", "国标", "地表水", "水质", "空气质量", "达"];
/// Words that may follow it: what is classed, or that it is a standard.
const CLASS_SUBJECTS: &[&str] = &["标准", "水质", "水体", "水平", "水"];

/// A Roman numeral (one character Ⅰ–Ⅻ or ASCII I/V/X letters) at the front of `s`.
fn roman(s: &str) -> Option<(f64, usize)> {
    let c = s.chars().next()?;
    if ('\u{2160}'..='\u{216b}').contains(&c) {
        return Some((f64::from(c as u32 - 0x215f), c.len_utf8()));
    }
    let len = s.bytes().take_while(|b| matches!(b, b'I' | b'V' | b'X')).count();
    let digit = |b: u8| match b {
        b'I' => 1,
        b'V' => 5,
        _ => 10,
    };
    let bytes = &s.as_bytes()[..len];
    let mut v = 0i32;
    for (i, b) in bytes.iter().enumerate() {
        let d = digit(*b);
        // Subtractive notation: a smaller digit before a larger one ("IV").
        if bytes.get(i + 1).is_some_and(|n| digit(*n) > d) {
            v -= d;
        } else {
            v += d;
        }
    }
    (len > 0 && v > 0 && v <= 12).then(|| (f64::from(v), len))
}

/// "Ⅲ类", "IV类水质", "国家二级标准", "B级以上": see the module comment.
fn class(rest: &str, op: Option<Op>, direction: Option<Direction>) -> Option<Target> {
    let mut s = rest;
    let mut scoped = false;
    if let Some(r) = CLASS_SCOPES.iter().find_map(|w| s.strip_prefix(w)) {
        s = r;
        scoped = true;
    }
    let first = s.chars().next()?;
    // (value, bytes, counted from the best, letter grade)
    let (value, len, best_first, letter) = if let Some((v, n)) = roman(s) {
        (v, n, true, false)
    } else if matches!(first, 'B'..='E') {
        (f64::from(first as u32 - 'A' as u32 + 1), 1, true, true)
    } else if scoped || s.contains("标准") {
        // A Chinese numeral alone ("二级") is read by the quantity grammar already.
        let n = take_number(s)?;
        (n.value, n.len, false, false)
    } else {
        return None;
    };
    let tail = &s[len..];
    let unit = tail.chars().next().filter(|c| matches!(c, '类' | '级'))?;
    let mut tail = &tail[unit.len_utf8()..];
    if let Some(r) = CLASS_SUBJECTS.iter().find_map(|w| tail.strip_suffix(w)) {
        tail = r;
    }
    let (core, suffix_op) = strip_suffix_op(tail);
    if !core.is_empty() || value < 1.0 {
        return None;
    }
    let suffix_op = if best_first { suffix_op.map(flip) } else { suffix_op };
    let unit = unit.to_string();
    Some(Target {
        kind: TargetKind::Number,
        op: op.or(suffix_op),
        value: Some(value),
        std_value: Some(value),
        std_unit: Some(if letter { "等级".into() } else { unit.clone() }),
        unit: Some(unit),
        direction,
        ..Target::default()
    })
}
