//! A fund key with one character mistyped ("其中:财政投款", "年度资金总頟"): typed by
//! hand into the form, a slip of the input method leaves the amount beside it with no
//! key, and so the funds short. Read as the key it misses by that one character, where
//! nothing else is at hand: the key is long enough that one slip leaves it plain (four
//! characters or more), its first character is right, no other key is as near, and
//! the cell holds the key alone or the key and its amount — never a phrase of prose.

use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::key_lexicon::KEYS;
use super::keys::Key;
use crate::chars::is_han;

/// Shortest key read with a slip in it: "其他资金" and "财政拨款" are four.
const MIN_CHARS: usize = 4;

/// A field name, its key, and its length in characters.
type Entry = (&'static str, Key, usize);

/// Keys of four characters or more, by first character, for every first character a
/// money key has: the keys a slip may be told against (money or not, so a near miss
/// of two keys is seen as the ambiguity it is).
static BY_FIRST: LazyLock<FxHashMap<char, Vec<Entry>>> = LazyLock::new(|| {
    let money_first: Vec<char> = KEYS.iter().filter(|(_, k)| k.is_money()).filter_map(|(w, _)| w.chars().next()).collect();
    let mut map: FxHashMap<char, Vec<Entry>> = FxHashMap::default();
    for &(w, key) in KEYS {
        let n = w.chars().count();
        match w.chars().next() {
            Some(first) if n >= MIN_CHARS && money_first.contains(&first) => map.entry(first).or_default().push((w, key, n)),
            _ => {}
        }
    }
    map
});

/// The money key `norm` (a cell's key form) starts with, but for one character.
pub(super) fn near_fund_key(norm: &str) -> Option<(Key, &'static str)> {
    // Asked only of cells no key matched; most open with a character no money key does.
    let first = norm.chars().next()?;
    let keys = BY_FIRST.get(&first)?;
    let mut found = None;
    for &(w, key, n) in keys {
        if !one_slip(norm, w) || !key_alone(norm, n) {
            continue;
        }
        if found.is_some() {
            return None;
        }
        found = Some((key, w));
    }
    found.filter(|(key, _)| key.is_money())
}

/// A fund key read with its one slip repaired: the user is told (rule S009), since the
/// amount beside it now counts under a name the filing does not print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyRepair {
    pub line: usize,
    /// The key as printed (in key form: full-width colons as ':', no spaces).
    pub printed: String,
    pub read_as: &'static str,
}

/// The repair behind a money key a cell was read as, if it was one: the cell's key
/// text is the key's but for one character after the first, which only
/// [`near_fund_key`] reads so (a bracket taken out or a number in front shifts the
/// text, and an exact key is the cell's text as it stands).
#[cold]
pub(super) fn repair(cell: &crate::read::Cell, key: Key, label: &'static str) -> Option<KeyRepair> {
    let norm = cell.key();
    if !key.is_money() || norm.starts_with(label) || norm.chars().next() != label.chars().next() || !one_slip(norm, label) {
        return None;
    }
    let printed = norm.chars().take(label.chars().count()).collect();
    Some(KeyRepair { line: cell.line, printed, read_as: label })
}

/// Do the first characters of `norm`, as many as `key` has, differ from it in exactly
/// one place, a Chinese character for a Chinese character?
fn one_slip(norm: &str, key: &str) -> bool {
    let mut slips = 0;
    let mut text = norm.chars();
    for k in key.chars() {
        let Some(c) = text.next() else { return false };
        if c != k {
            slips += 1;
            if slips > 1 || !is_han(c) || !is_han(k) {
                return false;
            }
        }
    }
    slips == 1
}

/// What follows the key's `n` characters: nothing, a colon, a bracketed unit or an
/// amount (a key and its value in one cell), not more words.
fn key_alone(norm: &str, n: usize) -> bool {
    let rest = norm.char_indices().nth(n).map_or("", |(i, _)| &norm[i..]);
    rest.is_empty() || rest.starts_with([':', '(']) || rest.starts_with(|c: char| c.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_slip_in_a_fund_key_alone() {
        assert_eq!(near_fund_key("其中:财政投款"), Some((Key::Fiscal, "其中:财政拨款")));
        assert_eq!(near_fund_key("其中:财政投款:60"), Some((Key::Fiscal, "其中:财政拨款")));
        assert_eq!(near_fund_key("其他资全"), Some((Key::Other, "其他资金")));
        assert_eq!(near_fund_key("年度资金总頟(万元)"), Some((Key::AnnualTotal, "年度资金总额")));
        // Prose, two slips, a slip in the first character, a short key.
        for t in ["其他资全部用于购买设备", "财政拨付资金到位", "其中:财务投入", "才政拨款", "其它资", "中期目标"]
        {
            assert_eq!(near_fund_key(t), None, "{t}");
        }
    }
}
