//! The money unit a field's key or a unit line over a table declares ("项目资金(万元)",
//! "单位：元"), asked of field cells by the field reader and the budget list.

use crate::extract::normalize::label_key;

/// The money unit a key or unit line declares: "(万元)", "单位：元".
pub fn declared_unit(text: &str) -> Option<&'static str> {
    if !crate::chars::has(text, "元") {
        return None;
    }
    let k = label_key(text);
    // One look around each 元 rather than six substring searches (asked of every
    // field cell): 万元 in any of its forms wins over 元.
    let mut unit = None;
    for (i, _) in k.match_indices('元') {
        let (before, after) = (&k[..i], &k[i + '元'.len_utf8()..]);
        let bracketed = |b: &str| before.ends_with(b) && after.starts_with(')');
        if bracketed("(万") || before.ends_with("单位:万") || before.ends_with("单位：万") {
            return Some("万元");
        }
        if bracketed("(") || before.ends_with("单位:") || before.ends_with("单位：") {
            unit = Some("元");
        }
    }
    unit
}
