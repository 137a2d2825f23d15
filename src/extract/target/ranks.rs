//! Ranks and grades: "第一名", "前三名", "全省第一", "AAA级". They are judgeable levels, so
//! they are read as numbers (kind number) rather than as unjudgeable wording (V006):
//!
//! * a rank has `value` = the place, `unit` as printed after it ("名", "位", or None for
//!   "全省第一"), and `std_unit` "名次", which keeps a place apart from a head count
//!   ("50名"); "前三名" is op ≤ 3 (third place or better), "第一名" op None;
//! * "AAA级" counts its letters as "4A级" prints its digit: 3, unit "A级".
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
