//! Tables read as a stream of one-cell rows (one cell per paragraph, or a table
//! flattened into words): words broken by spaces are joined back, and names and
//! values are told apart by their shape, since no column says which is which.

use crate::extract::target::{parse_target, TargetContext};
use crate::extract::taxonomy;
use crate::model::TargetKind;
use crate::read::{Cell, Row};

use super::header::{is_matrix_title, role_of};
use super::keys::key_of;

/// Longest run of fragments joined back into one word.
const MAX_PARTS: usize = 6;

fn is_word(text: &str) -> bool {
    taxonomy::classify(text).is_some()
        || role_of(text).is_some()
        || is_matrix_title(text)
        || key_of(text).is_some_and(|(_, _, rest)| rest.is_none())
}

fn single(row: &Row) -> Option<&Cell> {
    let mut it = row.non_empty();
    let c = it.next()?;
    it.next().is_none().then_some(c)
}

/// "绩 效 指 标", "一级 指标", "经济效益" / "指标": fragments of one label, column name or
/// field name, each in its own row, become one row again. Returns the rows and the
/// ids of the cells folded into another.
pub fn join_fragments(rows: &[Row]) -> (Vec<Row>, Vec<usize>) {
    let mut out = Vec::with_capacity(rows.len());
    let mut folded = Vec::new();
    let mut i = 0;
    'rows: while i < rows.len() {
        if let Some(first) = single(&rows[i]).filter(|c| c.text.trim().chars().count() <= 8) {
            for k in (2..=MAX_PARTS).rev() {
                let Some(run) = rows.get(i..i + k) else { continue };
                let parts: Option<Vec<&Cell>> =
                    run.iter().map(|r| single(r).filter(|c| c.text.trim().chars().count() <= 8)).collect();
                let Some(parts) = parts else { continue };
                let joined: String = parts.iter().map(|c| c.text.trim()).collect();
                if is_word(&joined) {
                    out.push(Row { line: rows[i].line, cells: vec![first.with_text(joined, 0)] });
                    folded.extend(parts[1..].iter().map(|c| c.id));
                    i += k;
                    continue 'rows;
                }
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
