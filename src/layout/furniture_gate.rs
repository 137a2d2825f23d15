//! One first-character test for the page-furniture checks asked of every row outside
//! the matrix (`document::is_page_furniture`). Each check opens with a test of the
//! first character of the row's first key; asked one after another they cost a call,
//! a walk to the first filled cell and a decoded character each. The union of their
//! first characters, gathered once from the same lexicons, answers for all of them.

use std::sync::LazyLock;

use crate::chars::CharBits;
use crate::read::Cell;

/// One bit per Basic Multilingual Plane character that opens a key some key-gated
/// furniture check may take.
static KEY_FIRST: LazyLock<CharBits> = LazyLock::new(|| {
    let openers = super::web_furniture::key_openers()
        .chain(super::document::CATALOGUE_FIRST.iter().copied())
        .chain(super::segment::PAGE_NUMBER_FIRST)
        // "Page 2 of 5".
        .chain(['P', 'p']);
    CharBits::new(openers)
});

/// Whether a row's first cell opens the way some furniture check decided by its first
/// character may take: its key (site controls, document-sharing lines, navigation,
/// footer labels, catalogue rows, page numbers) or its text (a 时间/日期 line or a
/// bare date). False means every one of them says no; only the footer marks and the
/// site line, which look past the first character, are left to ask.
pub fn may_open(first: &Cell) -> bool {
    key_may_open(first.key()) || super::web_furniture::opens_time_line(&first.text)
}

/// The key half of [`may_open`]: false means the site controls, the navigation, the
/// footer labels, the document-sharing lines, the catalogue rows and the page numbers
/// all say no to a row whose first cell has this key.
pub fn key_may_open(key: &str) -> bool {
    key.chars().next().is_some_and(|c| KEY_FIRST.contains(c))
}
