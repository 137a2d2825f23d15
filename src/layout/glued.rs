//! Cells glued together with no separator, as in HTML tables flattened to text:
//! "绩效指标一级指标二级指标指标内容指标值", "产出指标数量指标农村义务教育学校改造覆盖率100%".
//! We cut them back into cells with the label lexicon (labels and column names are a
//! closed vocabulary, matched longest first with Aho–Corasick) and the shape of a
//! target value at the end of the text.

use std::borrow::Cow;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::normalize::label_key;
use crate::extract::taxonomy;
use crate::read::Row;

use super::header::{is_matrix_title, role_of};

/// Column names a glued header is made of.
const HEADER_WORDS: &[&str] = &[
    "绩效指标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标内容",
    "指标名称",
    "指标值",
    "目标值",
    "指标值及单位",
    "绩效指标描述",
    "指标解释",
    "指标值说明",
    "指标描述",
    "指标值确定依据",
    "绩效标准",
    "计量单位",
    "度量单位",
    "计算符号",
    "指标性质",
    "指标方向",
    "分值",
    "备注",
    "当年预期实现值",
    // 广西 公开表's caption before its column names.
    "项目年度绩效目标衡量指标",
];

/// Level labels that may open a glued row, longest first.
const LABEL_WORDS: &[&str] = &[
    "产出指标",
    "效益指标",
    "满意度指标",
    "成本指标",
    "项目完成指标",
    "项目效益指标",
    "效果指标",
    "数量指标",
    "质量指标",
    "时效指标",
    "经济效益指标",
    "社会效益指标",
    "生态效益指标",
    "可持续影响指标",
    "可持续性发展影响指标",
    "服务对象满意度指标",
    "社会公众或服务对象满意度指标",
    "服务对象或受益者满意度指标",
    "经济成本指标",
    "社会成本指标",
    "生态环境成本指标",
    "环境效益指标",
    // 广西 公开表: the 二级 repeats its 一级.
    "产出数量指标",
    "产出质量指标",
    "产出时效指标",
    "产出成本指标",
];

static HEADER_AC: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(HEADER_WORDS).expect("static patterns"));
static LABEL_AC: LazyLock<AhoCorasick> =
    LazyLock::new(|| AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(LABEL_WORDS).expect("static patterns"));

/// A target value at the end of glued text: comparator, number, unit; or a graded
/// qualitative phrase.
static TRAILING_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"((?:[≥≤≧≦><=＝]=?|不低于|不少于|不高于|不超过)?\s*\d[\d,.]*\s*(?:%|‰|[\p{Han}A-Za-z/]{1,4})?|稳步提高|逐步提高|有所提高|明显提高|显著提升|有效提升|逐步提升|稳步提升|有效缓解|有效减轻|逐步减轻|明显改善|全覆盖|应保尽保|成效明显|效果明显)$",
    )
    .unwrap()
});

/// Split text that is nothing but column names ("绩效指标一级指标…指标值"). None when any
/// part is not a column name.
pub fn split_header(text: &str) -> Option<Vec<String>> {
    let t = label_key(text);
    let mut out = Vec::new();
    let mut at = 0;
    for m in HEADER_AC.find_iter(&t) {
        if m.start() != at {
            return None;
        }
        out.push(t[m.start()..m.end()].to_string());
        at = m.end();
    }
    (at == t.len() && out.len() >= 3 && out.iter().any(|w| role_of(w).is_some() || is_matrix_title(w))).then_some(out)
}

/// Split a glued indicator row into leading labels, a name and a trailing value.
/// Returns None when the text does not look glued (no label prefix and no value suffix
/// with a name before it).
pub fn split_row(text: &str) -> Option<Vec<String>> {
    let t = text.trim_ws();
    let mut parts = Vec::new();
    let mut rest = t;
    // Leading labels, longest first.
    while let Some(m) = LABEL_AC.find(rest) {
        if m.start() != 0 || taxonomy::classify(&rest[..m.end()]).is_none() {
            break;
        }
        parts.push(rest[..m.end()].to_string());
        rest = &rest[m.end()..];
    }
    if rest.is_empty() {
        return (!parts.is_empty()).then_some(parts);
    }
    match TRAILING_VALUE.find(rest) {
        Some(m) if m.start() >= 2 * 3 => {
            parts.push(rest[..m.start()].trim_ws().to_string());
            parts.push(m.as_str().trim_ws().to_string());
        }
        _ => parts.push(rest.to_string()),
    }
    (parts.len() >= 2).then_some(parts)
}

/// Re-cut a one-cell row into glued parts; other rows come back unchanged (borrowed:
/// this is asked of every row that might be a header, and most are not glued).
pub fn unglue_row(row: &Row, header: bool) -> Cow<'_, Row> {
    let mut cells = row.non_empty();
    let (Some(c), None) = (cells.next(), cells.next()) else { return Cow::Borrowed(row) };
    let parts = if header { split_header(&c.text) } else { split_row(&c.text) };
    match parts {
        Some(parts) => {
            Cow::Owned(Row { line: row.line, cells: parts.into_iter().enumerate().map(|(col, text)| c.with_text(text, col)).collect() })
        }
        None => Cow::Borrowed(row),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glued_header_is_cut_into_column_names() {
        assert_eq!(
            split_header("绩效指标一级指标二级指标指标内容指标值").unwrap(),
            vec!["绩效指标", "一级指标", "二级指标", "指标内容", "指标值"]
        );
        assert!(split_header("项目名称农村义务教育薄弱学校改造补助资金").is_none());
    }

    #[test]
    fn glued_rows_split_into_labels_name_and_value() {
        assert_eq!(
            split_row("产出指标数量指标农村义务教育学校改造覆盖率100%").unwrap(),
            vec!["产出指标", "数量指标", "农村义务教育学校改造覆盖率", "100%"]
        );
        assert_eq!(split_row("学校满意度≥90%").unwrap(), vec!["学校满意度", "≥90%"]);
        assert_eq!(
            split_row("效益指标可持续影响指标义务教育优质均衡发展情况稳步提高").unwrap(),
            vec!["效益指标", "可持续影响指标", "义务教育优质均衡发展情况", "稳步提高"]
        );
        assert!(split_row("附件:").is_none());
    }
}
