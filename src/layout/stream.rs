//! Tables read as a stream of one-cell rows (one cell per paragraph, or a table
//! flattened into words): words broken by spaces are joined back, and names and
//! values are told apart by their shape, since no column says which is which. Labels
//! broken over two cells or paragraphs ("经济效益" / "指标") are joined here too.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashSet;

use crate::chars::TrimWs;
use crate::extract::normalize::label_key;
use crate::extract::target::{parse_target_memo, TargetContext};
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
    let words: FxHashSet<String> = taxonomy::label_words().chain(column_words()).chain(key_words()).map(label_key).collect();
    let prefixes = words.iter().flat_map(|w| w.char_indices().skip(1).map(move |(i, _)| w[..i].to_string())).collect();
    Lexicon { words, prefixes }
});

/// "绩 效 指 标", "一级 指标", "经济效益" / "指标": fragments of one label, column name or
/// field name, each in its own row, become one row again. Returns the rows (borrowed
/// when nothing joins, as in most documents) and the ids of the cells folded into
/// another.
pub fn join_fragments(rows: &[Row]) -> (Cow<'_, [Row]>, Vec<usize>) {
    let mut out: Option<Vec<Row>> = None;
    let mut folded = Vec::new();
    let mut i = 0;
    while i < rows.len() {
        if let Some(k) = fragments_at(rows, i) {
            let first = rows[i].single().expect("a fragment row has one cell");
            let text: String = rows[i..i + k].iter().filter_map(Row::single).map(|c| c.text.trim_ws()).collect();
            let o = out.get_or_insert_with(|| rows[..i].to_vec());
            o.push(Row { line: rows[i].line, cells: vec![first.with_text(text, 0)] });
            folded.extend(rows[i + 1..i + k].iter().filter_map(Row::single).map(|c| c.id));
            i += k;
            continue;
        }
        if let Some(o) = out.as_mut() {
            o.push(rows[i].clone());
        }
        i += 1;
    }
    (out.map_or(Cow::Borrowed(rows), Cow::Owned), folded)
}

/// `c` is a whole label, column name or field name (never a wrapped line of a name).
pub fn is_lexicon_word(c: &Cell) -> bool {
    c.short && LEXICON.words.contains(c.key())
}

/// How many one-cell rows from `rows[i]` join into one word of the lexicon (the most
/// that do), if two or more do.
fn fragments_at(rows: &[Row], i: usize) -> Option<usize> {
    let lex = &*LEXICON;
    let first = rows[i].single().filter(|c| c.short && lex.prefixes.contains(c.key()))?;
    let mut joined = first.key().to_string();
    let mut best = None;
    for k in 1..MAX_PARTS {
        let Some(next) = rows.get(i + k).and_then(Row::single).filter(|c| c.short) else { break };
        joined.push_str(next.key());
        if lex.words.contains(&joined) {
            best = Some(k + 1);
        }
        if !lex.prefixes.contains(&joined) {
            break;
        }
    }
    best
}

/// Words an indicator name ends with: what is counted or measured.
const MEASURES: &[&str] = &[
    "数", "率", "度", "量", "额", "值", "面积", "长度", "时间", "时限", "成本", "标准", "收入", "程度", "情况", "规模", "比例", "效益",
    "年限", "人次", "户数",
];

/// Does this read like an indicator name rather than a target value?
pub fn looks_like_name(text: &str) -> bool {
    let t = text.trim_ws();
    // Asked of every line of a stream: the ending first (one of MEASURES' last
    // characters), and the characters by one `match` rather than a search per char.
    let Some(last) = t.chars().next_back() else { return false };
    MEASURES.iter().any(|m| m.ends_with(last))
        && !t.chars().any(|c| matches!(c, '0'..='9' | '≥' | '≤' | '>' | '<' | '=' | '≧' | '≦' | '%'))
        && MEASURES.iter().any(|m| t.ends_with(m))
}

/// What the target grammar makes of a line: (a measured value — number, range, date,
/// duration — or a placeholder; qualitative wording with a direction). One memoised
/// parse serves both readings below.
fn value_reading(t: &str) -> (bool, bool) {
    let (target, flags) = parse_target_memo(t, &TargetContext::default());
    let measured =
        flags.placeholder || matches!(target.kind, TargetKind::Number | TargetKind::Range | TargetKind::Date | TargetKind::Duration);
    (measured, target.kind == TargetKind::Qualitative && target.direction.is_some())
}

/// A number, range, date, duration or placeholder: a value whatever else it reads as.
pub fn measured_value(t: &str) -> bool {
    value_reading(t).0
}

/// Does this read like a target value (a number, a placeholder, graded wording)?
pub fn looks_like_value(text: &str) -> bool {
    let (measured, graded) = value_reading(text);
    measured || graded || (!looks_like_name(text) && text.trim_ws().chars().count() <= 6)
}

/// A stricter reading, for telling wrapped lines apart: a number, range, date,
/// duration, placeholder or short graded wording ("有效减轻"), which no name reads as.
/// (Names hold such words too — "拨付及时率", "政策范围内…" — but end like names, or
/// run longer.)
pub fn strong_value(t: &str) -> bool {
    let (measured, graded) = value_reading(t);
    measured || (graded && t.chars().count() <= 8 && !looks_like_name(t))
}

/// A word that only begins a label ("服务对象" of a 服务对象满意度指标 split around a name
/// by a column-scrambling conversion): it is neither a name nor a value. Read off the
/// cell's precomputed key, since every unplaced cell of a stream is asked.
pub fn is_label_fragment(c: &Cell) -> bool {
    c.short && taxonomy::is_label_prefix(c.key()) && taxonomy::classify_cell(c).is_none() && c.text.trim_ws().chars().count() >= 2
}

/// A 审批表's score band wrapped off its 一级 label ("产出指标" / "（50分）").
pub fn is_score_band(c: &Cell) -> bool {
    // Asked of every cell: the key (no white space, brackets unified) is at hand.
    let k = c.key();
    c.short && k.starts_with('(') && k.chars().count() <= 12 && k.contains('分') && k.bytes().any(|b| b.is_ascii_digit())
}

fn is_label_tail(c: &Cell) -> bool {
    c.key() == "指标" || is_score_band(c)
}

/// `a` then `b` are one label broken in two ("经济效益" | "指标", "产出指标" | "（50分）").
pub fn joins_split_label(a: &Cell, b: &Cell) -> bool {
    is_label_tail(b) && taxonomy::classify(&format!("{}{}", a.text.trim_ws(), b.text.trim_ws())).is_some()
}

/// Labels broken over two cells or paragraphs ("经济效益" / "指标", "产出指标" /
/// "（50分）") are joined back, within a row or across one-cell rows. Returns the rows
/// to read and the ids of the cells folded into another.
pub fn join_split_labels(rows: &[Row]) -> (Cow<'_, [Row]>, Vec<usize>) {
    let is_tail = is_label_tail;
    // Most tables have no split label: hand the rows back without copying them.
    if !rows.iter().any(|r| r.cells.iter().any(is_tail)) {
        return (Cow::Borrowed(rows), Vec::new());
    }
    let joins = joins_split_label;
    let mut folded = Vec::new();
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    let mut i = 0;
    while i < rows.len() {
        let mut row = rows[i].clone();
        // Within the row.
        let mut k = 0;
        while k + 1 < row.cells.len() {
            if !row.cells[k].is_empty() && joins(&row.cells[k], &row.cells[k + 1]) {
                let tail = row.cells.remove(k + 1);
                let joined = format!("{}{}", row.cells[k].text.trim_ws(), tail.text.trim_ws());
                row.cells[k] = row.cells[k].with_text(joined, row.cells[k].col);
                folded.push(tail.id);
            }
            k += 1;
        }
        // Across one-cell rows.
        if let (Some(next), [only]) = (rows.get(i + 1), row.cells.as_slice()) {
            if let [tail] = next.cells.as_slice() {
                if joins(only, tail) {
                    row.cells[0] = only.with_text(format!("{}{}", only.text.trim_ws(), tail.text.trim_ws()), only.col);
                    folded.push(tail.id);
                    out.push(row);
                    i += 2;
                    continue;
                }
            }
        }
        out.push(row);
        i += 1;
    }
    (Cow::Owned(out), folded)
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
        let cell = |text: &str| split_cells(text).rows[0].cells[0].clone();
        assert!(is_label_fragment(&cell("服务对象")));
        assert!(!is_label_fragment(&cell("数量指标")));
    }

    #[test]
    fn labels_split_over_paragraphs_are_joined() {
        let g = split_cells("经济效益\n\n指标\n\n年增粮食\n\n3500公斤\n");
        let (rows, folded) = join_split_labels(&g.rows);
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].cells[0].text, "经济效益指标");
        assert_eq!(folded, vec![g.rows[1].cells[0].id]);
    }
}
