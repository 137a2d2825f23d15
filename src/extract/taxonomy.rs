//! The indicator taxonomy: which printed labels are 一级 and 二级 indicator names,
//! their canonical forms, and which 一级 a 二级 belongs to. Both frameworks are
//! covered — variant A (88号: 成本 under 产出) and variant B (101号: 成本 as 一级) —
//! with the legacy and local aliases of `spec/rules.md` §T.

use std::sync::LazyLock;

use rustc_hash::FxHashMap as HashMap;

use super::normalize::{label_key, label_key_cow};

pub const OUTPUT: &str = "产出指标";
pub const BENEFIT: &str = "效益指标";
pub const SATISFACTION: &str = "满意度指标";
pub const COST: &str = "成本指标";

/// Printed 一级 names → canonical.
const LEVEL1: &[(&str, &str)] = &[
    ("产出指标", OUTPUT),
    ("产出", OUTPUT),
    ("项目完成指标", OUTPUT),
    ("产出(工作量)指标", OUTPUT),
    ("效益指标", BENEFIT),
    ("效益", BENEFIT),
    ("项目效益指标", BENEFIT),
    ("效果指标", BENEFIT),
    // 东莞 批复表: "预期产出指标" over 数量 / 质量 / 时效 / 预算控制, "效果指标" over 效益.
    ("预期产出指标", OUTPUT),
    // 中央预算内投资计划绩效目标表 print it in the 一级 column over 产出指标 / 效益指标
    // in the 二级 column (each of which then stands as the 一级); alone, the results.
    ("实施效果指标", BENEFIT),
    ("满意度指标", SATISFACTION),
    ("满意度", SATISFACTION),
    ("成本指标", COST),
    ("成本", COST),
];

/// Printed 二级 names → (canonical 二级, the 一级 it belongs to). 成本指标 maps to
/// 产出 here (variant A); a table that prints 经济成本指标 etc. under it uses variant B.
const LEVEL2: &[(&str, &str, &str)] = &[
    ("数量指标", "数量指标", OUTPUT),
    ("数量", "数量指标", OUTPUT),
    ("质量指标", "质量指标", OUTPUT),
    ("质量", "质量指标", OUTPUT),
    ("时效指标", "时效指标", OUTPUT),
    ("时效", "时效指标", OUTPUT),
    ("成本指标", "成本指标", OUTPUT),
    // 广西 预算项目绩效目标公开表 prefix each 二级 with its 一级: "产出数量指标",
    // "产出质量指标" … under 产出指标.
    ("产出数量指标", "数量指标", OUTPUT),
    ("产出质量指标", "质量指标", OUTPUT),
    ("产出时效指标", "时效指标", OUTPUT),
    ("产出成本指标", "成本指标", OUTPUT),
    // 东莞 批复表: the budget (or investment) held to, the 成本 二级 of that template.
    ("预算(或投资规模)控制指标", "成本指标", OUTPUT),
    ("预算控制指标", "成本指标", OUTPUT),
    ("经济效益指标", "经济效益指标", BENEFIT),
    ("经济效益", "经济效益指标", BENEFIT),
    ("社会效益指标", "社会效益指标", BENEFIT),
    ("社会效益", "社会效益指标", BENEFIT),
    ("社会效益目标", "社会效益指标", BENEFIT),
    // 东莞 批复表 print one 二级 for the three kinds of benefit; filed under the first.
    ("社会、经济、生态效益指标", "社会效益指标", BENEFIT),
    ("生态效益指标", "生态效益指标", BENEFIT),
    ("生态效益", "生态效益指标", BENEFIT),
    ("环境效益指标", "生态效益指标", BENEFIT),
    ("可持续影响指标", "可持续影响指标", BENEFIT),
    ("可持续影响", "可持续影响指标", BENEFIT),
    ("可持续性发展影响指标", "可持续影响指标", BENEFIT),
    ("可持续发展影响指标", "可持续影响指标", BENEFIT),
    ("服务对象满意度指标", "服务对象满意度指标", SATISFACTION),
    ("服务对象满意度", "服务对象满意度指标", SATISFACTION),
    ("服务对象满意度指标等", "服务对象满意度指标", SATISFACTION),
    ("社会公众或服务对象满意度指标", "服务对象满意度指标", SATISFACTION),
    ("社会公众或服务对象满意度", "服务对象满意度指标", SATISFACTION),
    ("服务对象或受益者满意度指标", "服务对象满意度指标", SATISFACTION),
    ("满意度指标", "服务对象满意度指标", SATISFACTION),
    ("经济成本指标", "经济成本指标", COST),
    ("经济成本", "经济成本指标", COST),
    ("社会成本指标", "社会成本指标", COST),
    ("社会成本", "社会成本指标", COST),
    ("生态环境成本指标", "生态环境成本指标", COST),
    ("生态环境成本", "生态环境成本指标", COST),
];

// FxHash: these lookups run for every cell, and SipHash showed in profiles.
static L1: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| LEVEL1.iter().copied().collect());
static L2: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| LEVEL2.iter().map(|(k, c, p)| (*k, (*c, *p))).collect());
/// Every printed label with the levels it names, so telling a cell's kind hashes its
/// key once instead of once per level (asked of every short cell ending like a label).
static KINDS: LazyLock<HashMap<&'static str, LabelKind>> = LazyLock::new(|| {
    let mut m: HashMap<&'static str, LabelKind> = LEVEL2.iter().map(|e| (e.0, LabelKind::Level2)).collect();
    for (k, _) in LEVEL1 {
        let kind = if m.contains_key(k) { LabelKind::Either } else { LabelKind::Level1 };
        m.insert(k, kind);
    }
    m
});

/// The last characters of every 一级 and 二级 label, a handful: one comparison
/// rules out most cells before any hashing.
static LABEL_LAST_CHARS: LazyLock<Vec<char>> = LazyLock::new(|| {
    let mut v: Vec<char> = LEVEL1.iter().map(|e| e.0).chain(LEVEL2.iter().map(|e| e.0)).filter_map(|k| k.chars().next_back()).collect();
    v.sort_unstable();
    v.dedup();
    v
});

/// What a cell is, if it is a level label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelKind {
    Level1,
    Level2,
    /// 成本指标 / 满意度指标: 一级 in one framework or template, 二级 in another.
    Either,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// As printed, whitespace removed.
    pub raw: String,
    pub kind: LabelKind,
}

/// Classify a cell as a level label. Short forms ("数量", "产出") count only when the
/// cell is exactly that word, so an indicator name never becomes a label.
pub fn classify(text: &str) -> Option<Label> {
    // The longest label with its noise (spaces, pinyin glosses) stays well under 40.
    if text.len() > 40 * 4 || text.chars().count() > 40 {
        return None;
    }
    classify_key(&label_key_cow(text), text)
}

/// Classify a grid cell by its precomputed key.
pub fn classify_cell(c: &crate::read::Cell) -> Option<Label> {
    if !c.short {
        return None;
    }
    classify_key(c.key(), &c.text)
}

fn classify_key(key: &str, text: &str) -> Option<Label> {
    // 20 characters: the longest label with a bracketed reading after it
    // ("时效指标(工期指标、形象进度指标)") is 17.
    if key.is_empty() || key.len() > 20 && key.chars().nth(20).is_some() {
        return None;
    }
    let key = without_score_band(key);
    // Most cells asked are names and values: their last character ends no label.
    if !key.chars().next_back().is_some_and(|c| LABEL_LAST_CHARS.contains(&c)) {
        return None;
    }
    let kind = *KINDS.get(key)?;
    Some(Label { raw: raw_label(text), kind })
}

/// The printed label with white space and pinyin glosses removed (kept in
/// Traditional characters if printed so: `level*_raw` is "as printed").
pub fn raw_label(text: &str) -> String {
    // Nearly every label is printed bare: no white space, no bracket that could open a
    // gloss, no colon at the end. Those are copied once, without the three passes.
    let bare = !crate::chars::may_hold_space(text) && memchr::memchr(b'(', text.as_bytes()).is_none() && !text.ends_with([':', '：']);
    if bare {
        return text.to_string();
    }
    super::normalize::strip_pinyin(&super::normalize::squeeze(text)).trim_end_matches([':', '：']).to_string()
}

pub fn canonical_level1(raw: &str) -> Option<&'static str> {
    L1.get(without_score_band(&label_key_cow(raw))).copied()
}

/// Canonical 二级 name and the 一级 it implies.
pub fn canonical_level2(raw: &str) -> Option<(&'static str, &'static str)> {
    L2.get(without_score_band(&label_key_cow(raw))).copied()
}

/// A label key without the score band 审批表 print after it: "产出指标(50分)",
/// "效益指标(权重30%)", "满意度指标10分" → the label. Keys that end otherwise are
/// returned whole (the cheap test keeps this off the path of ordinary cells).
#[inline]
pub fn without_score_band(key: &str) -> &str {
    // Asked of every short cell: most end otherwise, and say so without a call.
    if !key.ends_with([')', '分', '%']) {
        return key;
    }
    match score_band_start(key) {
        Some(at) if at > 0 => &key[..at],
        _ => key,
    }
}

/// Is this cell only a score band, "(50分)" or "（权重50）"? Space-separated text
/// cuts "产出指标 (50分)" in two; the band belongs to the label before it.
pub fn is_bare_score_band(text: &str) -> bool {
    text.starts_with(['(', '（']) && score_band_start(&label_key_cow(text)) == Some(0)
}

/// Where the score band at the end of `key` begins, if it ends with one.
fn score_band_start(key: &str) -> Option<usize> {
    let last = key.chars().next_back()?;
    if !matches!(last, ')' | '分' | '%') {
        return None;
    }
    // 重庆 审批表 bands a 一级 by a range, 分 after the brackets: "成本指标(0-20)分",
    // "产出指标(40-50)分", "满意度指标(10)分".
    if let Some(inner) = key.strip_suffix(")分") {
        let open = inner.rfind('(')?;
        let range = &inner[open + 1..];
        let digits = |p: &str| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit() || c == '.');
        return range.split(['-', '—', '~', '～']).all(digits).then_some(open);
    }
    let body = key.strip_suffix(')').map_or(key, |k| k);
    // 宁夏 批复表 mark the labels a filing must fill: "成本指标(必填硬性指标)",
    // "时效指标(必填)", "经济效益指标(选填)". The mark says nothing of the level, so it
    // goes the way a score band does.
    if last == ')' {
        if let Some(open) = body.rfind('(') {
            let inner = &body[open + 1..];
            if inner.len() <= 8 * 3 && ["必填", "选填", "必选", "可选"].iter().any(|w| inner.starts_with(w)) {
                return Some(open);
            }
            // 东莞 批复表 name the label's other reading in brackets: "数量指标(或建筑规模
            // 指标)", "时效指标(工期指标)". Only the label before it is looked up.
            let alternative = inner.starts_with('或') || inner.split('、').all(|w| w.len() > "指标".len() && w.ends_with("指标"));
            if open > 0 && inner.len() <= 12 * 3 && alternative {
                return Some(open);
            }
        }
    }
    // The band: digits (with a decimal point), then 分 or %, after an optional word.
    // Inside brackets the word may stand for the unit: "(权重50)".
    let unit_less = body.trim_end_matches(['分', '%']);
    let unit_printed = unit_less.len() != body.len();
    if !unit_printed && last != ')' {
        return None;
    }
    let number_start = unit_less.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    if number_start.len() == unit_less.len() {
        return None;
    }
    let head = number_start.trim_end_matches([':', '为']);
    let worded = ["权重分值", "权重", "分值"].iter().find_map(|w| head.strip_suffix(w));
    if !unit_printed && worded.is_none() {
        return None;
    }
    let head = worded.unwrap_or(head);
    let head = if last == ')' { head.strip_suffix('(')? } else { head };
    Some(head.len())
}

/// Canonical (level1, level2) for an indicator, from the printed labels. A missing or
/// unknown 一级 is inferred from the 二级; 成本指标 under 成本 (variant B) is kept as
/// 一级 成本指标. Unknown labels are kept as printed (whitespace removed).
pub fn canonical_pair(level1_raw: &str, level2_raw: &str) -> (String, String) {
    let l2 = canonical_level2(level2_raw);
    let l1 = canonical_level1(level1_raw).or_else(|| l2.map(|(_, parent)| parent));
    let l1s = l1.map(str::to_string).unwrap_or_else(|| label_key(level1_raw));
    let l2s = l2.map(|(c, _)| c.to_string()).unwrap_or_else(|| label_key(level2_raw));
    (l1s, l2s)
}

/// Every printed label the lexicon knows (its lookup keys).
pub fn label_words() -> impl Iterator<Item = &'static str> {
    LEVEL1.iter().map(|e| e.0).chain(LEVEL2.iter().map(|e| e.0))
}

/// Is the lexicon key `key` (`label_key`) the beginning of some label without being one
/// ("服务对象" of 服务对象满意度指标)?
pub fn is_label_prefix(key: &str) -> bool {
    !key.is_empty() && LABEL_PREFIXES.contains(key)
}

/// Every proper prefix of every label, for [`is_label_prefix`] (asked of most cells of
/// a paragraph-style table: a set lookup instead of a scan of the lexicon).
static LABEL_PREFIXES: LazyLock<rustc_hash::FxHashSet<&'static str>> = LazyLock::new(|| {
    LEVEL2.iter().map(|e| e.0).chain(LEVEL1.iter().map(|e| e.0)).flat_map(|l| l.char_indices().skip(1).map(move |(i, _)| &l[..i])).collect()
});

/// Does this 二级 name only exist under a given 一级 (used to decide whether an
/// ambiguous 成本指标/满意度指标 in front of it is the 一级)?
pub fn level2_parent(raw: &str) -> Option<&'static str> {
    canonical_level2(raw).map(|(_, p)| p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_recognised_through_noise() {
        assert_eq!(classify("数量 指标").unwrap().kind, LabelKind::Level2);
        assert_eq!(classify("產(chǎn)出指標(biāo)").unwrap().kind, LabelKind::Level1);
        assert_eq!(classify("產(chǎn)出指標(biāo)").unwrap().raw, "產出指標");
        assert_eq!(classify("成本指标").unwrap().kind, LabelKind::Either);
        assert_eq!(classify("满意度 指标").unwrap().kind, LabelKind::Either);
        assert!(classify("医保基金异地飞检工作").is_none());
        assert!(classify("").is_none());
    }

    #[test]
    fn score_bands_after_labels_are_not_part_of_them() {
        assert_eq!(classify("产出指标（50分）").unwrap().kind, LabelKind::Level1);
        assert_eq!(classify("产出指标（50分）").unwrap().raw, "产出指标（50分）");
        assert_eq!(classify("效益指标(权重30%)").unwrap().kind, LabelKind::Level1);
        assert_eq!(classify("数量指标 20分").unwrap().kind, LabelKind::Level2);
        assert_eq!(canonical_pair("满意度指标(10分)", ""), ("满意度指标".into(), "".into()));
        assert_eq!(without_score_band("培训(50)"), "培训(50)");
        assert_eq!(without_score_band("得分"), "得分");
        assert_eq!(classify("产出指标（权重50）").unwrap().kind, LabelKind::Level1);
        assert_eq!(classify("效益指标(分值:30)").unwrap().kind, LabelKind::Level1);
        assert!(is_bare_score_band("(50分)") && is_bare_score_band("（权重50）"));
        assert!(!is_bare_score_band("(人)") && !is_bare_score_band("50分") && !is_bare_score_band("(50)"));
        assert!(classify("合格率(95%)").is_none());
    }

    #[test]
    fn required_marks_after_labels_are_not_part_of_them() {
        assert_eq!(classify("成本指标(必填硬性指标)").unwrap().kind, LabelKind::Either);
        assert_eq!(classify("时效指标（必填）").unwrap().kind, LabelKind::Level2);
        assert_eq!(canonical_pair("", "服务对象满意度指标(必填)"), ("满意度指标".into(), "服务对象满意度指标".into()));
        assert_eq!(canonical_pair("", "经济效益指标(选填)"), ("效益指标".into(), "经济效益指标".into()));
        assert!(is_bare_score_band("(必填)"));
        // Only the mark goes: other words in brackets still make a name.
        assert!(classify("数量指标(必填项目个数统计口径说明)").is_none());
        assert!(classify("工作(必填)").is_none());
    }

    #[test]
    fn alternative_readings_after_labels_are_not_part_of_them() {
        assert_eq!(canonical_pair("预期产出指标", "数量指标(或建筑规模指标)"), ("产出指标".into(), "数量指标".into()));
        assert_eq!(canonical_pair("", "时效指标(工期指标)"), ("产出指标".into(), "时效指标".into()));
        assert_eq!(classify("时效指标(工期指标、形象进度指标)").unwrap().kind, LabelKind::Level2);
        assert_eq!(canonical_pair("", "预算(或投资规模)控制指标"), ("产出指标".into(), "成本指标".into()));
        assert_eq!(canonical_pair("效果指标", "社会、经济、生态效益 指标"), ("效益指标".into(), "社会效益指标".into()));
        // Brackets holding anything else stay part of the text.
        assert!(classify("数量指标(场次)").is_none());
        assert!(classify("(工期指标)").is_none());
    }

    #[test]
    fn canonical_pairs_map_aliases_and_infer_level1() {
        assert_eq!(canonical_pair("", "数量指标"), ("产出指标".into(), "数量指标".into()));
        assert_eq!(canonical_pair("满意度指标", "服务对象满意度"), ("满意度指标".into(), "服务对象满意度指标".into()));
        assert_eq!(canonical_pair("项目完成指标", "质量指标"), ("产出指标".into(), "质量指标".into()));
        assert_eq!(canonical_pair("成本指标", "经济成本指标"), ("成本指标".into(), "经济成本指标".into()));
        assert_eq!(canonical_pair("產出指標", "可持续性发展影响指标").1, "可持续影响指标");
    }
}
