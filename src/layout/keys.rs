//! The key lexicon of the project block above the indicator matrix: which printed
//! field names mean 项目名称, 主管部门, 年度资金总额 … across the local templates.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};
use rustc_hash::FxHashSet;

use crate::chars::{CharBits, TrimWs};
use crate::extract::normalize::label_key;
use crate::read::{Cell, Row};

pub use super::unit_line::declared_unit;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Name,
    Code,
    Department,
    DepartmentCode,
    ImplementingUnit,
    Attribute,
    Period,
    MidTotal,
    AnnualTotal,
    /// 本级预算金额: the annual total, all of it fiscal.
    OwnBudget,
    Fiscal,
    Other,
    Carryover,
    MidGoal,
    AnnualGoal,
    /// 绩效目标 / 总体目标: the goal of a single-period table.
    Goal,
    SpendPlan,
    Purpose,
    /// A block title that carries no value itself (its unit may be in brackets).
    Section,
    /// A form field outside the contract (项目负责人及电话, 立项依据 …): kept in `extra`.
    Extra,
    /// Signatures, stamps and approval lines of the printed form.
    Boilerplate,
    /// The duties block of a 部门整体 table (年度履职目标, 年度主要任务): a table of its
    /// own, kept in `extra` as printed (see `duty_table`).
    DutyBlock,
    /// A cost breakdown (项目预算成本构成 | 金额 | 测算依据 …): kept in `extra`, and its
    /// 合计 is the budget when no funds field is printed (see `cost_breakdown`).
    CostBreakdown,
}

impl Key {
    pub fn is_money(self) -> bool {
        matches!(self, Key::MidTotal | Key::AnnualTotal | Key::OwnBudget | Key::Fiscal | Key::Other | Key::Carryover)
    }

    pub fn is_goal(self) -> bool {
        matches!(self, Key::MidGoal | Key::AnnualGoal | Key::Goal)
    }
}

use super::key_lexicon::KEYS;

/// Every field name the key lexicon knows.
pub fn key_words() -> impl Iterator<Item = &'static str> {
    KEYS.iter().map(|e| e.0)
}

/// Key of a cell and where its own text ends (in chars of the original cell), for
/// cells that glue key and value ("项目名称农村…", "实施单位 弋阳县…", "年度资金总额:16").
pub fn key_of(text: &str) -> Option<(Key, &'static str, Option<String>)> {
    // Keys are short prefixes: normalising the head of a long cell is enough.
    let head = text.char_indices().nth(crate::read::grid::KEY_HEAD_CHARS).map_or(text, |(i, _)| &text[..i]);
    key_of_norm(&label_key(head), text)
}

/// Key of a grid cell, from its precomputed key.
pub fn key_of_cell(c: &Cell) -> Option<(Key, &'static str, Option<String>)> {
    key_of_norm(c.key(), &c.text)
}

/// [`key_of_cell`] without the text after the key, for the passes that only ask which
/// key a cell starts with (region starts, footers): no copy of the rest, and no exact
/// keys (`keys_exact`), which are field names only where a field reader finds them.
pub fn key_kind(c: &Cell) -> Option<Key> {
    key_match(c.key()).map(|(k, _)| k)
}

fn key_of_norm(norm: &str, text: &str) -> Option<(Key, &'static str, Option<String>)> {
    let (key, k, inner) = match key_match_at(norm) {
        Some(m) => m,
        None => super::keys_exact::exact_key(norm)
            .or_else(|| super::numbered_fund::numbered_short_fund(norm))
            .or_else(|| super::key_typos::near_fund_key(norm))
            .map(|(key, k)| (key, k, false))?,
    };
    let rest = rest_after(text, k.chars().count(), inner).filter(|r| !r.is_empty());
    // "成本构成包括人员经费…" is prose that starts with a cost block's label.
    if key == Key::CostBreakdown && rest.as_deref().is_some_and(|r| !super::cost_breakdown::header_follows(r)) {
        return None;
    }
    Some((key, k, rest))
}

/// The longest key the normalised text starts with, with or without its bracketed unit.
pub(super) fn key_match(norm: &str) -> Option<(Key, &'static str)> {
    key_match_at(norm).map(|(key, k, _)| (key, k))
}

/// [`key_match`], and whether the key was only found with a bracket inside it taken
/// out ("主管部门(单位)名称" is 主管部门名称): its characters then run on after the
/// bracket, so the bracket is skipped when the key's text is counted off the cell.
fn key_match_at(norm: &str) -> Option<(Key, &'static str, bool)> {
    // Asked of most cells of a document (region starts, footers, fields), and most are
    // values: a key can only begin with a key's first character (or a bracket, which
    // `strip_brackets` may remove).
    let first = norm.chars().next()?;
    if first != '(' && !KEY_FIRST.contains(first) {
        return None;
    }
    let longest = |hay: &str| super::prefix_walk::longest_prefix(&KEY_PREFIX, hay);
    let direct = longest(norm);
    // "项目资金(万元)": match the key with the bracketed unit taken out as well.
    let bare = if norm.contains('(') { longest(&strip_brackets(norm)) } else { None };
    let (i, bare_won) = match (direct, bare) {
        (Some(a), Some(b)) if KEYS[b].0.len() > KEYS[a].0.len() => (b, true),
        (Some(a), _) => (a, false),
        (None, Some(b)) => (b, true),
        (None, None) => return None,
    };
    let (k, key) = KEYS[i];
    // Only a bracket the key's own characters run past needs skipping: a unit after
    // the whole key ("项目资金(万元)") is left to `rest_after`.
    let inner = bare_won && norm.find('(').is_some_and(|at| norm[..at].chars().count() < k.chars().count());
    Some((key, k, inner))
}

/// A piece of a field label cut by a line or a space ("省级业务主管部" | "门" of a PDF
/// copy), which is no name: a label's head (a key's first characters, two or more,
/// short of the whole key), or a single character. Asked only of the few cells a
/// name-like field is about to take.
pub fn is_label_piece(v: &str) -> bool {
    let n = v.chars().count();
    n < 2 || n <= 12 && is_key_head(&label_key(v))
}

/// Whether a normalised text is a proper head of a key: its first characters, two or
/// more, short of the whole key.
pub(super) fn is_key_head(norm: &str) -> bool {
    // The proper heads of every key, gathered once: a scan of the whole table per
    // cell cost 0.4 % of a corpus's instructions.
    static HEADS: LazyLock<FxHashSet<&'static str>> =
        LazyLock::new(|| KEYS.iter().flat_map(|(key, _)| key.char_indices().skip(2).map(|(i, _)| &key[..i])).collect());
    // The keys open with some fifty characters, none of the indicator table's words:
    // a binary search over them rules out most cells before the string hash.
    static FIRSTS: LazyLock<Vec<char>> = LazyLock::new(|| {
        let mut v: Vec<char> = KEYS.iter().filter_map(|(key, _)| key.chars().next()).collect();
        v.sort_unstable();
        v.dedup();
        v
    });
    norm.chars().next().is_some_and(|c| FIRSTS.binary_search(&c).is_ok()) && HEADS.contains(norm)
}

/// "年度主要目标 | 和成果 | 新建…": a field name that its cell's line break or a run of
/// spaces cut in two, each piece a cell of its own, so that neither is a key and the
/// value went unplaced. A cell that is a key's head (not a key itself) and the cell
/// after it that completes the key are joined again. `None` when no key was cut.
fn join_split_keys(row: &Row, keys: &[CellKey]) -> Option<Row> {
    // Two cells that are no keys, the first short: then a proper head of a key (its
    // key is precomputed, no allocation) that the second completes. Most cells of a
    // field row are a key or stand before one, and are ruled out by the first test.
    let head = |i: usize| {
        let (a, b) = (&row.cells[i], &row.cells[i + 1]);
        keys[i + 1].is_none() && keys[i].is_none() && a.short && !b.is_empty() && a.key().chars().nth(1).is_some() && is_key_head(a.key())
    };
    let joins = |i: usize| {
        let (a, b) = (&row.cells[i], &row.cells[i + 1]);
        key_of(&format!("{}{}", a.text.trim_ws(), b.text.trim_ws())).is_some_and(|(_, k, _)| k.chars().count() > a.key().chars().count())
    };
    // Cells are copied only once a join is found.
    let mut out: Option<Vec<Cell>> = None;
    let mut i = 0;
    while i < row.cells.len() {
        if i + 1 < row.cells.len() && head(i) && joins(i) {
            let (a, b) = (&row.cells[i], &row.cells[i + 1]);
            let cells = out.get_or_insert_with(|| row.cells[..i].to_vec());
            cells.push(a.with_text(format!("{}{}", a.text.trim_ws(), b.text.trim_ws()), 0));
            i += 2;
            continue;
        }
        if let Some(cells) = out.as_mut() {
            cells.push(row.cells[i].clone());
        }
        i += 1;
    }
    let mut cells = out?;
    for (col, c) in cells.iter_mut().enumerate() {
        c.col = col;
    }
    Some(Row { line: row.line, cells })
}

/// "项目资金(万元)" keeps its unit in brackets; the key match ignores them.
fn strip_brackets(s: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in s.chars() {
        match c {
            '(' => depth += 1,
            ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The part of the original cell after the first `key_chars` non-space characters,
/// with separators (colons, brackets holding a unit) trimmed. With `inner`, brackets
/// met before the key's last character are a qualifier inside it, not its text.
fn rest_after(orig: &str, key_chars: usize, inner: bool) -> Option<String> {
    let orig = unnumbered(unstarred(orig));
    let mut seen = 0;
    let mut cut = orig.len();
    // Pinyin glosses ("績(jī)效目標(biāo)") are not part of the key's characters.
    let mut gloss_end = 0;
    for (i, c) in orig.char_indices() {
        if i < gloss_end {
            continue;
        }
        if c == '(' {
            if let Some(n) = crate::extract::normalize::gloss_len(&orig[i..]) {
                gloss_end = i + n;
                continue;
            }
        }
        if seen == key_chars {
            cut = i;
            break;
        }
        if inner && matches!(c, '(' | '（') {
            if let Some(n) = orig[i..].find([')', '）']) {
                gloss_end = i + n + orig[i + n..].chars().next().map_or(1, char::len_utf8);
                continue;
            }
        }
        if !c.is_whitespace() && c != '\u{3000}' {
            seen += 1;
        }
    }
    if seen < key_chars {
        return None;
    }
    let mut rest = orig[cut..].trim_ws();
    // A unit in brackets right after the key belongs to the key.
    if rest.starts_with(['(', '（']) {
        if let Some(end) = rest.find([')', '）']) {
            let inner = &rest[..end];
            if inner.contains('元') || inner.contains('%') {
                rest = rest[end + rest[end..].chars().next().map_or(1, char::len_utf8)..].trim_ws();
            }
        }
    }
    // "项目主要内容、立项依据": a label naming two fields, cut before the second
    // (`unglue_keys`), leaves only the 、 as this key's text, which is no value.
    let rest = rest.trim_start_matches([':', '：', ' ', '、']).trim_ws();
    // "中期目标（2022年—2024年）", "项目负责人（签字）：": a bracketed qualifier of the key.
    let bare = rest.trim_end_matches([':', '：', ' ']);
    if (bare.starts_with(['(', '（']) && bare.ends_with([')', '）'])) && bare.matches(['(', '（']).count() == 1 {
        return Some(String::new());
    }
    Some(rest.to_string())
}

/// The text from the key's first character on: a required-field mark ("*联系人:",
/// "★项目名称") is not part of the key (`normalize::label_key` drops it too), so the
/// key's characters are counted after it.
fn unstarred(text: &str) -> &str {
    text.trim_ws().trim_start_matches(['*', '★'])
}

/// The text after a bracketed item number ("(二)自有资金小计", "（三）其他资金") or a
/// heading number ("三、其他"): the key
/// matched with the brackets taken out (`key_match`), so its characters are counted
/// after them. No key itself begins with a bracket.
fn unnumbered(text: &str) -> &str {
    // "三、其他:…" (numbered_fund.rs): the key follows its heading number.
    if let Some(n) = super::numbered_fund::heading_number_len(text) {
        return text[n..].trim_ws();
    }
    let Some(rest) = text.strip_prefix(['(', '（']) else { return text };
    match rest.char_indices().take(4).find(|&(_, c)| c == ')' || c == '）') {
        Some((i, c)) if i > 0 => rest[i + c.len_utf8()..].trim_ws(),
        _ => text,
    }
}

/// The first characters of all keys (a few dozen), one bit each: asked of every cell.
static KEY_FIRST: LazyLock<CharBits> = LazyLock::new(|| CharBits::new(KEYS.iter().filter_map(|(k, _)| k.chars().next())));

/// All keys, for one anchored longest-prefix search per cell. A few hundred keys: a
/// full DFA is small and the fastest per cell.
static KEY_PREFIX: LazyLock<DFA> = LazyLock::new(|| {
    aho_corasick::dfa::Builder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .start_kind(StartKind::Anchored)
        .build(KEYS.iter().map(|(k, _)| *k))
        .expect("static patterns")
});

/// Field names long enough to be recognised inside glued text, and the key of each.
static GLUED_KEYS: LazyLock<(AhoCorasick, Vec<Key>)> = LazyLock::new(|| {
    let entries: Vec<(&str, Key)> = KEYS
        .iter()
        // Form lines of five characters or more (项目负责人, 单位负责人签字) are cut off
        // too: run together after a field ("…项目单位某镇项目负责人王某"), they are not
        // its value. The short ones (填报人, 审核人) also end words of prose.
        .filter(|(k, key)| {
            let n = k.chars().count();
            n >= 4 && !k.contains(':') && *key != Key::Section && (*key != Key::Boilerplate || n >= 5)
        })
        .copied()
        .collect();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(AhoCorasickKind::DFA))
        .build(entries.iter().map(|e| e.0))
        .expect("static patterns");
    (ac, entries.into_iter().map(|e| e.1).collect())
});

/// Where field names begin inside glued `text` (printed or in key form): not the
/// "绩效目标" of a title's "…绩效目标表", and a cost block's label only before its
/// column names (成本构成 also occurs in prose).
fn glued_matches(text: &str) -> Vec<usize> {
    let mut starts: Vec<usize> = GLUED_KEYS
        .0
        .find_iter(text)
        .filter(move |m| {
            let after = &text[m.end()..];
            !after.starts_with('表')
                && (GLUED_KEYS.1[m.pattern().as_usize()] != Key::CostBreakdown || super::cost_breakdown::header_follows(after))
        })
        .map(|m| m.start())
        .collect();
    // Numbered short fund keys ("三、其他:120万元"), in order among the others.
    let before = starts.len();
    starts.extend(super::numbered_fund::glued_starts(text));
    starts.extend(spaced_colon_starts(text));
    if starts.len() > before {
        starts.sort_unstable();
        starts.dedup();
    }
    starts
}

/// Short field names (填报日期, 填表人, 审核人: too short to be told apart in glued
/// text) printed after white space with their colon ("…:139… 填报日期: 单位负责人签字:"):
/// a signature line's empty field, not part of the value before it. Text in key form
/// has no white space: nothing to look at. Nor has text with no colon in it (told by a
/// byte search, before any walk over its characters).
fn spaced_colon_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    if !text.as_bytes().contains(&b':') && !text.contains('：') {
        return out;
    }
    for (i, ws) in text.match_indices(|c: char| c.is_whitespace()) {
        let at = i + ws.len();
        let rest = &text[at..];
        if !rest.chars().next().is_some_and(|c| KEY_FIRST.contains(c)) {
            continue;
        }
        if let Some(k) = super::prefix_walk::longest_prefix(&KEY_PREFIX, rest) {
            if rest[KEYS[k].0.len()..].starts_with([':', '：']) {
                out.push(at);
            }
        }
    }
    out
}

/// Where field names begin in run-together text given in key form (see
/// `extract::normalize::KeyedText`): the names long enough to be told apart.
pub fn glued_key_starts(key: &str) -> impl Iterator<Item = usize> + '_ {
    glued_matches(key).into_iter()
}

/// Where a section's name begins in glued text in key form when its money unit
/// follows ("资金情况(万元)全年预算数…"): a fund block's head, so the field before it
/// ends there. Section names stand in prose too ("加强项目资金管理"): only with the
/// unit in brackets right after.
pub fn glued_section_starts(key: &str) -> Vec<usize> {
    static SECTIONS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let words = KEYS.iter().filter(|(k, key)| *key == Key::Section && k.chars().count() >= 4).map(|(k, _)| *k);
        AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
    });
    if !key.contains("元)") {
        return Vec::new();
    }
    SECTIONS.find_iter(key).filter(|m| ["(万元)", "(元)"].iter().any(|u| key[m.end()..].starts_with(u))).map(|m| m.start()).collect()
}

/// Signatures and approval lines that end a form: where the first one begins in
/// run-together text given in key form.
pub fn footer_start(key: &str) -> Option<usize> {
    static FOOTER_KEYS: LazyLock<AhoCorasick> = LazyLock::new(|| {
        let words = KEYS.iter().filter(|(k, key)| *key == Key::Boilerplate && k.chars().count() >= 4).map(|(k, _)| *k);
        AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
    });
    FOOTER_KEYS.find(key).map(|m| m.start())
}

pub type CellKey = Option<(Key, &'static str, Option<String>)>;

/// "项目主管部门青山区教育局项目执行单位化工区学校" → two cells, one per field. Only
/// cells that start with a key are cut, and only before a later key. Returns the
/// row (borrowed when nothing was cut) and each cell's key, computed once.
pub fn unglue_keys(row: &Row) -> (Cow<'_, Row>, Vec<CellKey>) {
    let keys: Vec<CellKey> = row.cells.iter().map(key_of_cell).collect();
    if let Some(joined) = join_split_keys(row, &keys) {
        let keys = joined.cells.iter().map(key_of_cell).collect();
        let (row, keys) = unglue(&joined, keys);
        return (Cow::Owned(row.into_owned()), keys);
    }
    unglue(row, keys)
}

fn unglue(row: &Row, keys: Vec<CellKey>) -> (Cow<'_, Row>, Vec<CellKey>) {
    // Where a cell is cut: before every later field name, in a cell that starts with
    // one, or in a long run of glued text (a flattened form) that holds several.
    let cuts_of = |c: &Cell, k: &CellKey| -> Vec<usize> {
        let text = c.text.trim_ws();
        let skip = match k {
            Some((_, label, Some(_))) => {
                let key_from = text.len() - unstarred(text).len();
                text[key_from..].char_indices().nth(label.chars().count()).map_or(text.len(), |(i, _)| key_from + i)
            }
            _ if text.chars().count() >= 40 => text.chars().next().map_or(0, char::len_utf8),
            _ => return Vec::new(),
        };
        let mut cuts = glued_matches(&text[skip..]);
        cuts.iter_mut().for_each(|i| *i += skip);
        cuts.retain(|&i| i > 0);
        if k.is_none() && cuts.len() < 2 {
            return Vec::new();
        }
        cuts
    };
    let cuts: Vec<Vec<usize>> = row.cells.iter().zip(&keys).map(|(c, k)| cuts_of(c, k)).collect();
    if cuts.iter().all(Vec::is_empty) {
        return (Cow::Borrowed(row), keys);
    }
    let mut cells: Vec<Cell> = Vec::with_capacity(row.cells.len() + 2);
    for (c, cut) in row.cells.iter().zip(&cuts) {
        if cut.is_empty() {
            cells.push(c.clone());
            continue;
        }
        let text = c.text.trim_ws();
        let mut from = 0;
        for &i in cut.iter().chain(std::iter::once(&text.len())) {
            if i > from {
                let piece = if i < text.len() { super::numbered_fund::without_next_number(&text[from..i]) } else { &text[from..i] };
                cells.push(c.with_text(piece.to_string(), 0));
            }
            from = i;
        }
    }
    for (col, c) in cells.iter_mut().enumerate() {
        c.col = col;
    }
    let keys = cells.iter().map(key_of_cell).collect();
    (Cow::Owned(Row { line: row.line, cells }), keys)
}

#[cfg(test)]
#[path = "keys_tests.rs"]
mod tests;
