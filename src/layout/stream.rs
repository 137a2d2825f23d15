//! Tables read as a stream of one-cell rows (one cell per paragraph, or a table
//! flattened into words): words broken by spaces are joined back, and names and
//! values are told apart by their shape, since no column says which is which.

use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::extract::normalize::label_key;
use crate::extract::target::{parse_target, TargetContext};
use crate::extract::taxonomy;
use crate::model::TargetKind;
use crate::read::{Cell, Row};

use super::header::column_words;
use super::keys::key_words;

/// Longest run of fragments joined back into one word.
const MAX_PARTS: usize = 6;

/// The words fragments may join into (labels, column names, field names), and every
/// beginning of one: joining stops as soon as the text so far begins no word, so a
/// stream of ordinary cells costs one set lookup each.
struct Lexicon {
    words: FxHashSet<String>,
    prefixes: FxHashSet<String>,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let words: FxHashSet<String> =
        taxonomy::label_words().chain(column_words()).chain(key_words()).map(label_key).collect();
    let prefixes = words
        .iter()
        .flat_map(|w| w.char_indices().skip(1).map(move |(i, _)| w[..i].to_string()))
        .collect();
    Lexicon { words, prefixes }
});

fn single(row: &Row) -> Option<&Cell> {
    let mut it = row.non_empty();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// "绩 效 指 标", "一级 指标", "经济效益" / "指标": fragments of one label, column name or
/// field name, each in its own row, become one row again. Returns the rows and the
/// ids of the cells folded into another.
pub fn join_fragments(rows: &[Row]) -> (Vec<Row>, Vec<usize>) {
    let lex = &*LEXICON;
    let mut out = Vec::with_capacity(rows.len());
    let mut folded = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        let mut best = None;
        if let Some(first) = single(&rows[i]).filter(|c| c.short && lex.prefixes.contains(c.key())) {
            let mut joined = first.key().to_string();
            for k in 1..MAX_PARTS {
                let Some(next) = rows.get(i + k).and_then(single).filter(|c| c.short) else { break };
                joined.push_str(next.key());
                if lex.words.contains(&joined) {
                    best = Some(k + 1);
                }
                if !lex.prefixes.contains(&joined) {
                    break;
                }
            }
            if let Some(k) = best {
                let text: String = rows[i..i + k].iter().filter_map(single).map(|c| c.text.trim()).collect();
                out.push(Row { line: rows[i].line, cells: vec![first.with_text(text, 0)] });
                folded.extend(rows[i + 1..i + k].iter().filter_map(single).map(|c| c.id));
                i += k;
                continue;
            }
        }
        out.push(rows[i].clone());
        i += 1;
    }
    (out, folded)
}

/// Words an indicator name ends with: what is counted or measured.
const MEASURES: &[&str] = &[
    "数", "率", "度", "量", "额", "值", "面积", "长度", "时间", "时限", "成本", "标准", "收入", "程度", "情况",
    "规模", "比例", "效益", "年限", "人次", "户数",
];

/// Does this read like an indicator name rather than a target value?
pub fn looks_like_name(text: &str) -> bool {
    let t = text.trim();
    !t.chars().any(|c| c.is_ascii_digit() || "≥≤><=≧≦%".contains(c)) && MEASURES.iter().any(|m| t.ends_with(m))
}

/// Does this read like a target value (a number, a placeholder, graded wording)?
pub fn looks_like_value(text: &str) -> bool {
    let (t, flags) = parse_target(text, &TargetContext::default());
    flags.placeholder
        || matches!(t.kind, TargetKind::Number | TargetKind::Range | TargetKind::Date | TargetKind::Duration)
        || (t.kind == TargetKind::Qualitative && t.direction.is_some())
        || (!looks_like_name(text) && text.trim().chars().count() <= 6)
}

/// A word that only begins a label ("服务对象" of a 服务对象满意度指标 split around a name
/// by a column-scrambling conversion): it is neither a name nor a value.
pub fn is_label_fragment(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() >= 2 && taxonomy::classify(t).is_none() && taxonomy::is_label_prefix(t)
}

/// [`is_label_fragment`] of a grid cell, from its precomputed key (asked of every
/// unplaced cell of a stream, so the key is not built again).
pub fn is_label_fragment_cell(c: &Cell) -> bool {
    c.short
        && taxonomy::is_label_prefix_key(c.key())
        && taxonomy::classify_cell(c).is_none()
        && c.text.trim().chars().count() >= 2
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn fragments_of_labels_and_column_names_are_joined() {
        let g = split_cells("绩\n\n效\n\n指\n\n标\n\n一级\n\n指标\n\n补贴特校数\n");
        let (rows, folded) = join_fragments(&g.rows);
        let texts: Vec<&str> = rows.iter().map(|r| r.cells[0].text.as_str()).collect();
        assert_eq!(texts, vec!["绩效指标", "一级指标", "补贴特校数"]);
        assert_eq!(folded.len(), 4);
    }

    #[test]
    fn names_and_values_by_shape() {
        assert!(looks_like_name("精神病患者提供服药补贴人数"));
        assert!(!looks_like_name("≥100公里"));
        assert!(looks_like_value("≥100公里"));
        assert!(looks_like_value("公里"));
        assert!(looks_like_value("有效提升"));
        assert!(!looks_like_value("精神病患者提供服药补贴人数"));
        assert!(is_label_fragment("服务对象"));
        assert!(!is_label_fragment("数量指标"));
    }
}
