//! "三、其他:120万元": a fund key too short to be told apart inside run-together text
//! (其他 ends many words) is still a key where a numbered heading ("一、" … "十、")
//! opens it and a colon and an amount follow it: 申报表 forms number their fund
//! sources so ("一、财政拨款:… 二、自有资金:… 三、其他:…"), and prose seldom does.

use super::keys::Key;

/// Short fund keys read only in the numbered form.
const SHORT_FUND_KEYS: &[(&str, Key)] = &[("其他", Key::Other), ("其它", Key::Other)];

fn is_numeral(c: char) -> bool {
    matches!(c, '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十')
}

/// The byte length of a heading number ("三、") that `s` opens with.
pub(super) fn heading_number_len(s: &str) -> Option<usize> {
    let mut it = s.char_indices();
    let (_, c) = it.next()?;
    if !is_numeral(c) {
        return None;
    }
    let (i, d) = it.next()?;
    (d == '、').then_some(i + d.len_utf8())
}

/// The short fund key `s` (printed or in key form) holds after its heading number,
/// when a colon and an amount follow the key.
pub(super) fn numbered_short_fund(s: &str) -> Option<(Key, &'static str)> {
    let rest = &s[heading_number_len(s)?..];
    let &(label, key) = SHORT_FUND_KEYS.iter().find(|(k, _)| rest.starts_with(k))?;
    let after = rest[label.len()..].trim_start();
    let after = after.strip_prefix(':').or_else(|| after.strip_prefix('：'))?.trim_start();
    after.starts_with(|c: char| c.is_ascii_digit()).then_some((key, label))
}

/// A piece of glued text cut before the next field name, without that field's
/// heading number ("财政拨款:60万元二、" before "自有资金…" → "财政拨款:60万元"): the
/// number belongs to the next field, and left on this one it spoils its amount.
pub fn without_next_number(piece: &str) -> &str {
    let Some(head) = piece.strip_suffix('、') else { return piece };
    match head.chars().next_back() {
        Some(c) if is_numeral(c) => head[..head.len() - c.len_utf8()].trim_end(),
        _ => piece,
    }
}

/// Where such keys begin inside glued text: at their heading number.
pub(super) fn glued_starts(text: &str) -> impl Iterator<Item = usize> + '_ {
    // A byte search for "、" first: most text holds none.
    text.match_indices('、').filter_map(move |(i, _)| {
        let start = text[..i].char_indices().next_back()?.0;
        numbered_short_fund(&text[start..]).map(|_| start)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_numbered_short_key_before_an_amount() {
        assert_eq!(numbered_short_fund("三、其他:120万元"), Some((Key::Other, "其他")));
        assert_eq!(numbered_short_fund("三、其它：8"), Some((Key::Other, "其它")));
        for t in ["其他:120万元", "三、其他费用", "三、其他:详见附件", "3、其他:120"] {
            assert_eq!(numbered_short_fund(t), None, "{t}");
        }
        let text = "二、自有资金:0万元三、其他:120万元项目概况";
        assert_eq!(glued_starts(text).map(|i| &text[i..i + 6]).collect::<Vec<_>>(), ["三、"]);
        assert_eq!(without_next_number("财政拨款:60万元二、"), "财政拨款:60万元");
        assert_eq!(without_next_number("顿号、"), "顿号、");
    }
}
