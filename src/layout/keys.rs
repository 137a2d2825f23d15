//! The key lexicon of the project block above the indicator matrix: which printed
//! field names mean 项目名称, 主管部门, 年度资金总额 … across the local templates.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::dfa::DFA;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind, StartKind};
use rustc_hash::FxHashSet;

use crate::chars::TrimWs;
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

/// Normalised key text → key. Matched as a prefix of the normalised cell, longest first,
/// so "主管部门审核意见" is not read as 主管部门, and a glued "项目名称XX" still splits.
const KEYS: &[(&str, Key)] = &[
    ("项目名称", Key::Name),
    ("项目支出名称", Key::Name),
    ("专项(项目)名称", Key::Name),
    ("项目(专项)名称", Key::Name),
    ("专项名称", Key::Name),
    ("项目编码", Key::Code),
    ("项目编号", Key::Code),
    ("项目代码", Key::Code),
    ("主管部门及代码", Key::Department),
    ("主管部门及编码", Key::Department),
    ("主管部门", Key::Department),
    ("项目主管部门", Key::Department),
    ("预算部门", Key::Department),
    ("区级主管部门", Key::Department),
    ("县级主管部门", Key::Department),
    ("市级主管部门", Key::Department),
    ("省级主管部门", Key::Department),
    ("中央主管部门", Key::Department),
    // 163号 regional tables name the finance bureau of each level beside its
    // 主管部门 (real 17): kept as printed.
    ("中央财政部门", Key::Extra),
    ("省级财政部门", Key::Extra),
    ("市级财政部门", Key::Extra),
    ("县级财政部门", Key::Extra),
    ("区级财政部门", Key::Extra),
    // 163号's split of the year's amount; both are public money, so neither is read
    // as 财政拨款 / 其他资金.
    ("其中:中央补助", Key::Extra),
    ("中央补助", Key::Extra),
    ("地方资金", Key::Extra),
    ("部门(单位)名称", Key::Department),
    ("部门名称", Key::Department),
    // "部门：[203001]某区文化和旅游局" over a 05-2 sheet. Only with its colon: bare
    // 部门 begins titles and prose ("部门项目支出…", "部门职能…").
    ("部门:", Key::Department),
    ("预算单位", Key::Department),
    ("部门编码", Key::DepartmentCode),
    ("部门预算编码", Key::DepartmentCode),
    ("预算编码", Key::DepartmentCode),
    ("实施单位", Key::ImplementingUnit),
    ("项目实施单位", Key::ImplementingUnit),
    ("项目执行单位", Key::ImplementingUnit),
    ("执行单位", Key::ImplementingUnit),
    ("项目属性", Key::Attribute),
    ("项目期", Key::Period),
    ("项目期限", Key::Period),
    // Some 88号 copies print the project's span instead ("202001-202012").
    ("项目起止时间", Key::Period),
    ("起止时间", Key::Period),
    ("中期资金总额", Key::MidTotal),
    ("年度资金总额", Key::AnnualTotal),
    ("资金总额", Key::AnnualTotal),
    ("预算数", Key::AnnualTotal),
    ("年度预算数", Key::AnnualTotal),
    ("资金额度", Key::AnnualTotal),
    // The whole amount under other names (项目总金额(元), 项目总投资（万元）): the
    // unit in brackets is read as the declared unit, as for 资金总额.
    ("项目总金额", Key::AnnualTotal),
    ("总金额", Key::AnnualTotal),
    ("项目资金总额", Key::AnnualTotal),
    // 88号 forms that pair each amount with the year's ("资金总额 | 当年资金总额"):
    // the 当年 keys are the year's, which makes the unprefixed ones the whole
    // period's (FieldReader::finish).
    ("当年资金总额", Key::AnnualTotal),
    ("其中:当年财政拨款", Key::Fiscal),
    ("当年财政拨款", Key::Fiscal),
    ("当年其他资金", Key::Other),
    ("项目总投资", Key::AnnualTotal),
    ("总投资", Key::AnnualTotal),
    ("项目总预算", Key::AnnualTotal),
    ("项目预算金额", Key::AnnualTotal),
    ("项目预算总额", Key::AnnualTotal),
    ("预算总额", Key::AnnualTotal),
    ("项目金额", Key::AnnualTotal),
    ("年度本级预算金额", Key::OwnBudget),
    ("本级预算金额", Key::OwnBudget),
    ("其中:财政拨款", Key::Fiscal),
    ("财政拨款", Key::Fiscal),
    ("其中:财政拨款数", Key::Fiscal),
    ("财政拨款数", Key::Fiscal),
    ("其中:财政资金", Key::Fiscal),
    ("财政资金", Key::Fiscal),
    ("其中:上级资金", Key::Fiscal),
    ("上级资金", Key::Extra),
    ("该项目支出上级资金", Key::Extra),
    ("项目支出实施期", Key::Extra),
    ("实施期", Key::Extra),
    ("其他资金", Key::Other),
    ("上年结转", Key::Carryover),
    ("中期目标", Key::MidGoal),
    ("长期目标", Key::MidGoal),
    ("中长期目标", Key::MidGoal),
    ("实施期绩效目标", Key::MidGoal),
    ("实施期目标", Key::MidGoal),
    ("年度目标", Key::AnnualGoal),
    ("年度绩效目标", Key::AnnualGoal),
    ("本年度绩效目标", Key::AnnualGoal),
    ("年度总体目标", Key::AnnualGoal),
    ("年度绩效总目标", Key::AnnualGoal),
    ("绩效目标", Key::Goal),
    ("总体目标", Key::Goal),
    ("项目绩效目标", Key::Goal),
    // 浙江 project library: "项目绩效目标 | 绩效目标 总体描述 | …" (real 15).
    ("绩效目标总体描述", Key::Goal),
    ("资金支出计划(%)", Key::SpendPlan),
    ("资金支出计划", Key::SpendPlan),
    ("资金用途", Key::Purpose),
    ("预算规模及资金用途", Key::Section),
    ("项目资金", Key::Section),
    ("资金情况", Key::Section),
    ("投入目标", Key::Section),
    ("年度预算安排", Key::Section),
    // 部门整体支出绩效目标申报表: "年度预算申请 | 资金总额 | …".
    ("年度预算申请", Key::Section),
    ("资金来源", Key::Section),
    ("年初安排金额", Key::Section),
    // The 一体化 export's block heading over 部门编码 / 部门名称 / 联系人 (real 20).
    ("基本信息", Key::Section),
    ("项目基本信息", Key::Section),
    ("部门基本信息", Key::Section),
    ("项目负责人及电话", Key::Extra),
    // The submitting unit printed over a 湖南 table; kept as printed, beside 主管部门.
    ("单位名称", Key::Extra),
    ("项目负责人", Key::Boilerplate),
    ("项目责任人", Key::Boilerplate),
    ("项目联系人", Key::Extra),
    ("联系电话", Key::Extra),
    ("联系人", Key::Extra),
    ("项目类别", Key::Extra),
    ("项目类型", Key::Extra),
    ("项目性质", Key::Extra),
    ("立项依据", Key::Extra),
    ("归口科室", Key::Extra),
    ("对应一级项目", Key::Extra),
    ("项目功能科目", Key::Extra),
    ("重要程度", Key::Extra),
    ("项目口径", Key::Extra),
    ("项目主要内容", Key::Extra),
    ("主要内容", Key::Extra),
    ("项目实施计划", Key::Extra),
    ("部门职能职责概述", Key::Extra),
    ("年度履职目标", Key::DutyBlock),
    ("年度主要任务", Key::DutyBlock),
    ("年度总体目标完成情况", Key::Boilerplate),
    ("单位(盖章)", Key::Boilerplate),
    ("填报单位", Key::Boilerplate),
    ("填表人", Key::Boilerplate),
    // Signature lines under a table ("填报人：张三"): they end the indicator matrix.
    ("填报人", Key::Boilerplate),
    ("制表人", Key::Boilerplate),
    ("审核人", Key::Boilerplate),
    ("填报时间", Key::Boilerplate),
    ("填报日期", Key::Boilerplate),
    ("单位负责人签字", Key::Boilerplate),
    ("主管部门审核意见", Key::Boilerplate),
    ("财政部门审核意见", Key::Boilerplate),
    ("财政部门支出股室初审意见", Key::Boilerplate),
    ("财政部门绩效评价股审核意见", Key::Boilerplate),
    ("审核意见", Key::Boilerplate),
    ("最近年度绩效评价情况", Key::Extra),
    // Keys only alone in their cell or before their column names (`key_of_norm`).
    ("项目预算成本构成", Key::CostBreakdown),
    ("预算成本构成", Key::CostBreakdown),
    ("项目成本构成", Key::CostBreakdown),
    ("成本构成", Key::CostBreakdown),
    ("成本构成明细", Key::CostBreakdown),
    ("项目成本测算", Key::CostBreakdown),
    ("成本测算", Key::CostBreakdown),
    ("成本测算明细", Key::CostBreakdown),
];

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
    let (key, k) = key_match(norm).or_else(|| super::keys_exact::exact_key(norm))?;
    let rest = rest_after(text, k.chars().count()).filter(|r| !r.is_empty());
    // "成本构成包括人员经费…" is prose that starts with a cost block's label.
    if key == Key::CostBreakdown && rest.as_deref().is_some_and(|r| !super::cost_breakdown::header_follows(r)) {
        return None;
    }
    Some((key, k, rest))
}

/// The longest key the normalised text starts with, with or without its bracketed unit.
pub(super) fn key_match(norm: &str) -> Option<(Key, &'static str)> {
    // Asked of most cells of a document (region starts, footers, fields), and most are
    // values: a key can only begin with a key's first character (or a bracket, which
    // `strip_brackets` may remove).
    let first = norm.chars().next()?;
    if first != '(' && !KEY_FIRST.contains(&first) {
        return None;
    }
    let longest = |hay: &str| super::prefix_walk::longest_prefix(&KEY_PREFIX, hay);
    let direct = longest(norm);
    // "项目资金(万元)": match the key with the bracketed unit taken out as well.
    let bare = if norm.contains('(') { longest(&strip_brackets(norm)) } else { None };
    let (k, key) = match (direct, bare) {
        (Some(a), Some(b)) => KEYS[if KEYS[b].0.len() > KEYS[a].0.len() { b } else { a }],
        (Some(a), None) | (None, Some(a)) => KEYS[a],
        (None, None) => return None,
    };
    Some((key, k))
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
/// with separators (colons, brackets holding a unit) trimmed.
fn rest_after(orig: &str, key_chars: usize) -> Option<String> {
    let orig = unstarred(orig);
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

/// The first characters of all keys (a few dozen).
static KEY_FIRST: LazyLock<FxHashSet<char>> = LazyLock::new(|| KEYS.iter().filter_map(|(k, _)| k.chars().next()).collect());

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
        .filter(|(k, key)| k.chars().count() >= 4 && !k.contains(':') && !matches!(key, Key::Section | Key::Boilerplate))
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
fn glued_matches(text: &str) -> impl Iterator<Item = usize> + '_ {
    GLUED_KEYS
        .0
        .find_iter(text)
        .filter(move |m| {
            let after = &text[m.end()..];
            !after.starts_with('表')
                && (GLUED_KEYS.1[m.pattern().as_usize()] != Key::CostBreakdown || super::cost_breakdown::header_follows(after))
        })
        .map(|m| m.start())
}

/// Where field names begin in run-together text given in key form (see
/// `extract::normalize::KeyedText`): the names long enough to be told apart.
pub fn glued_key_starts(key: &str) -> impl Iterator<Item = usize> + '_ {
    glued_matches(key)
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
        let cuts: Vec<usize> = glued_matches(&text[skip..]).map(|i| skip + i).filter(|&i| i > 0).collect();
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
                cells.push(c.with_text(text[from..i].to_string(), 0));
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
