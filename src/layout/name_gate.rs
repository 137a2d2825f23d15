//! Whether a row's first cell may open with a project-name key (项目名称, 专项名称 …):
//! asked of every row by the region search before the key lexicon's longest-prefix
//! walk, which most rows (indicator rows, values, prose) would take for nothing, since
//! the keys of all kinds open with some fifty characters and a name key with a few.

use std::sync::LazyLock;

use crate::chars::CharBits;
use crate::read::Cell;

use super::key_lexicon::KEYS;
use super::keys::{key_kind, Key};

/// The first characters of the name keys, one bit each, and '(': the key search also
/// matches a key with its brackets taken out ("(一)项目名称"), which then opens with a
/// character after the bracket. Any other first character is kept by the bracket-free
/// text too, so a cell opening with none of these cannot match a name key.
static NAME_FIRST: LazyLock<CharBits> =
    LazyLock::new(|| CharBits::new(KEYS.iter().filter(|(_, k)| *k == Key::Name).filter_map(|(w, _)| w.chars().next()).chain(['('])));

/// `key_kind(c) == Some(Key::Name)`, with the first character asked first.
pub fn is_name_key(c: &Cell) -> bool {
    c.key().chars().next().is_some_and(|f| NAME_FIRST.contains(f)) && key_kind(c) == Some(Key::Name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(t: &str) -> Cell {
        Cell::new(0, t.to_string(), 1, 0)
    }

    #[test]
    fn agrees_with_the_key_lexicon() {
        // Every key of the lexicon, alone, glued to a value and behind a bracketed
        // number: the gate says what the whole search says.
        for (w, _) in KEYS {
            for t in [w.to_string(), format!("{w}城区道路养护"), format!("(一){w}"), format!("（二）{w}:"), format!("★{w}")] {
                let c = cell(&t);
                assert_eq!(is_name_key(&c), key_kind(&c) == Some(Key::Name), "{t}");
            }
        }
        for t in ["项目名称", "项 目 名 称", "專項名稱", "(专项)名称", "产出指标", "≥95%", "", "资金名称:乡村公路"]
        {
            let c = cell(t);
            assert_eq!(is_name_key(&c), key_kind(&c) == Some(Key::Name), "{t}");
        }
        assert!(is_name_key(&cell("项目名称")));
        assert!(!is_name_key(&cell("实施单位")));
    }
}
