//! Which column a cell's content fits, for rows read in order rather than by position:
//! comparators, 定量/定性, scores, units.

use crate::chars::TrimWs;
use crate::extract::normalize::label_key_cow;

use super::header::Role;
use super::raw_indicator::RawIndicator;

/// A comparator glyph, in any of the forms printed.
pub fn is_comparator_char(c: char) -> bool {
    matches!(c, '≥' | '≤' | '=' | '>' | '<' | '≧' | '≦' | '＝' | '═' | '＞' | '＜')
}

pub fn is_comparator_only(t: &str) -> bool {
    let t = t.trim_ws();
    !t.is_empty() && t.chars().count() <= 2 && t.chars().all(is_comparator_char)
}

/// A comparator written out, as some exports print it in their comparator column.
fn is_comparator_word(t: &str) -> bool {
    matches!(
        t.trim_ws(),
        "大于等于" | "小于等于" | "等于" | "大于" | "小于" | "不低于" | "不少于" | "不高于" | "不超过" | "不大于" | "不小于"
    )
}

fn is_value_kind(t: &str) -> bool {
    matches!(label_key_cow(t).as_ref(), "定量" | "定性")
}

/// 指标性质 is the comparator in 云南 exports and 定量/定性 elsewhere, and 指标值类型
/// columns have been seen either way too: the cell, not the column name, says which.
/// None when the cell is neither (the column's own role stands).
pub fn cmp_or_kind(text: &str) -> Option<Role> {
    if is_comparator_only(text) || is_comparator_word(text) {
        Some(Role::Cmp)
    } else if is_value_kind(text) {
        Some(Role::ValueKind)
    } else {
        None
    }
}

/// The number a cell holds, thousands separators allowed ("1,200").
fn number(t: &str) -> Option<f64> {
    let t = t.trim_ws();
    if t.contains(',') {
        t.replace(',', "").parse().ok()
    } else {
        t.parse().ok()
    }
}

pub fn accepts(role: Role, text: &str, rec: &RawIndicator) -> bool {
    match role {
        Role::Cmp | Role::ValueKind => cmp_or_kind(text).is_some(),
        Role::Direction => matches!(label_key_cow(text).as_ref(), "正向" | "反向" | "正" | "反" | "逆向" | "正向指标" | "反向指标"),
        Role::Score | Role::Gained => number(text).is_some_and(|v| (0.0..=100.0).contains(&v)),
        // A unit column holds a short unit; some exports echo the value there instead.
        // A qualitative (定性) target has none: on such a row the next cell is the
        // description, moved into the unit's place by the blank cells dropped. A lone
        // "%" is no description though: templates print it in every unit cell, 定性
        // rows too (湖南 整体绩效目标表).
        Role::Unit => {
            let t = text.trim_ws();
            let qualitative = rec.value_kind.as_deref().is_some_and(|k| label_key_cow(k) == "定性");
            (!qualitative && number(t).is_none() && t.chars().count() <= 8 && cmp_or_kind(t).is_none())
                || matches!(t, "%" | "％")
                || rec.values.first().is_some_and(|v| v.trim_ws() == t)
        }
        _ => true,
    }
}
