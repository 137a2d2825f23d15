//! Targets written as prose (公示 notices, budget explanations):
//! "数量指标:…种植数量(≥**株)>=17600株;种植作物成活率(≥**%)>=85;时效指标:…".
//! Level labels followed by a colon or comma set the levels; clauses end at ；/。 and a
//! comma ends an indicator only where the text before it ends in a target value.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;

use crate::chars::TrimWs;
use crate::extract::taxonomy::{self, LabelKind};
use crate::read::Row;

use super::matrix::RawIndicator;

static LABELS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words = [
        "产出指标", "效益指标", "满意度指标", "成本指标", "数量指标", "质量指标", "时效指标", "经济效益指标",
        "社会效益指标", "社会效益目标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "经济成本指标",
        "社会成本指标", "生态环境成本指标",
    ];
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
});

/// A target value closing a clause: comparator, number, optional unit.
static CLAUSE_VALUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:[≥≤≧≦><=＝]=?|不低于|不少于|不高于|不超过|不晚于)\s*(?:\d{4}年\d{1,2}月(?:\d{1,2}日)?(?:底前|底|前)?|\d[\d,.]*\s*(?:%|‰|[\p{Han}A-Za-z/]{1,4})?)$|\d[\d,.]*\s*(?:%|‰)$").unwrap()
});
static COUNT_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(?:设置?|共|另设)?\s*\d+\s*(?:条|个|项)$").unwrap());
static TITLE_PROJECT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"关于(.+?项目)(?:绩效目标|的)").unwrap());
/// "资金50万元", "项目资金：45万元。", "资金总额为120000元": the amount and its unit.
const FUNDS_PATTERN: &str = r"资金(?:总额|总计|合计|共计|规模)?(?:为|是)?\s*[:：]?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)";
static FUNDS: LazyLock<Regex> = LazyLock::new(|| Regex::new(FUNDS_PATTERN).unwrap());
/// The whole cell is such a funds sentence: nothing else in it to keep.
static FUNDS_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^(?:项目)?(?:预算)?{FUNDS_PATTERN}[。；;.]?$")).unwrap());
/// A numbered heading ("一、城区绿化养护项目") over the prose: the project's name,
/// unless it names a section ("二、绩效指标", "一、项目基本情况").
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[一二三四五六七八九十]{1,3}\s*[、.．]\s*([^，。；：,;:]{2,40})$").unwrap());
const SECTION_WORDS: [&str; 8] = ["指标", "目标", "情况", "概况", "说明", "依据", "内容", "背景"];

#[derive(Debug, Default)]
pub struct Narrative {
    pub raw: Vec<RawIndicator>,
    pub cells: Vec<usize>,
    pub name: Option<String>,
    /// The amount of a funds sentence and its unit ("万元" or "元").
    pub funds: Option<(f64, &'static str)>,
}

/// The project named by a numbered heading, if `text` is one.
fn heading_name(text: &str) -> Option<String> {
    let name = HEADING.captures(text)?.get(1)?.as_str().trim_ws();
    (!SECTION_WORDS.iter().any(|w| name.contains(w))).then(|| name.to_string())
}

/// Does the text read like prose targets ("数量指标:" at least twice)?
pub fn looks_narrative(rows: &[Row]) -> bool {
    let mut hits = 0;
    for r in rows {
        for c in r.non_empty() {
            for m in LABELS.find_iter(&c.text) {
                if c.text[m.end()..].starts_with([':', '：', ',', '，']) {
                    hits += 1;
                }
            }
        }
    }
    hits >= 2
}

pub fn parse(rows: &[Row]) -> Narrative {
    let mut out = Narrative::default();
    let mut level1 = String::new();
    let mut level2 = String::new();
    for row in rows {
        for cell in row.non_empty() {
            let text = cell.text.trim_ws();
            if out.name.is_none() {
                out.name = TITLE_PROJECT.captures(text).map(|c| c[1].trim_start_matches("同心县").to_string());
                // Only a heading before the first level label heads the whole text.
                if out.name.is_none() && level1.is_empty() && level2.is_empty() {
                    if let Some(name) = heading_name(text) {
                        out.name = Some(name);
                        out.cells.push(cell.id);
                        continue;
                    }
                }
            }
            if out.funds.is_none() {
                out.funds = FUNDS.captures(text).and_then(|c| {
                    let unit = if &c[2] == "元" { "元" } else { "万元" };
                    c[1].replace(',', "").parse().ok().map(|a| (a, unit))
                });
                if out.funds.is_some() && FUNDS_LINE.is_match(text) {
                    out.cells.push(cell.id);
                    continue;
                }
            }
            let mut used = false;
            let mut pos = 0;
            let mut name = String::new();
            let labels: Vec<_> = LABELS.find_iter(text).collect();
            let mut li = 0;
            // Walk the cell: labels set levels, text between them holds clauses.
            while pos < text.len() {
                let next_label = labels.get(li).map(|m| m.start()).unwrap_or(text.len());
                let chunk = &text[pos..next_label];
                if !level2.is_empty() || !level1.is_empty() {
                    for piece in chunk.split_inclusive([';', '；', '。', ',', '，']) {
                        let ends_clause = piece.ends_with([';', '；', '。']);
                        let body = piece.trim_end_matches([';', '；', '。', ',', '，']).trim_ws();
                        let body = body.trim_start_matches([':', '：', ',', '，']).trim_ws();
                        if body.is_empty() {
                            continue;
                        }
                        if !name.is_empty() {
                            name.push(',');
                        }
                        name.push_str(body);
                        let value = CLAUSE_VALUE.find(&name).map(|m| (m.start(), m.as_str().to_string()));
                        if value.is_some() || ends_clause {
                            let (n, v) = match value {
                                Some((at, v)) if at > 0 => (name[..at].trim_ws().to_string(), v),
                                _ => (name.clone(), String::new()),
                            };
                            out.raw.push(RawIndicator {
                                level1_raw: level1.clone(),
                                level2_raw: level2.clone(),
                                name: n,
                                values: if v.is_empty() { vec![] } else { vec![v] },
                                line: cell.line,
                                ..Default::default()
                            });
                            used = true;
                            name.clear();
                        }
                    }
                }
                if li < labels.len() {
                    let m = labels[li];
                    let label = &text[m.start()..m.end()];
                    if let Some(l) = taxonomy::classify(label) {
                        // "设2条质量指标": the count the next label's clause opens with.
                        if COUNT_PREFIX.is_match(&name) {
                            name.clear();
                        }
                        if !name.is_empty() {
                            out.raw.push(RawIndicator {
                                level1_raw: level1.clone(),
                                level2_raw: level2.clone(),
                                name: std::mem::take(&mut name),
                                line: cell.line,
                                ..Default::default()
                            });
                        }
                        let followed = text[m.end()..].starts_with([':', '：', ',', '，']);
                        match l.kind {
                            LabelKind::Level1 => {
                                level1 = l.raw;
                                level2.clear();
                            }
                            LabelKind::Level2 => level2 = l.raw,
                            // "满意度指标:" after the 效益 clauses opens its own 一级; "成本指标:"
                            // under 产出指标 stays its 二级 (framework A).
                            LabelKind::Either
                                if followed
                                    && (level1.is_empty()
                                        || taxonomy::level2_parent(&l.raw) != taxonomy::canonical_level1(&level1)) =>
                            {
                                level1 = l.raw;
                                level2.clear();
                            }
                            LabelKind::Either => level2 = l.raw,
                        }
                        used = true;
                    }
                    pos = m.end();
                    li += 1;
                } else {
                    pos = text.len();
                }
            }
            if used {
                out.cells.push(cell.id);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::text::split_cells;

    #[test]
    fn prose_targets_become_indicators() {
        let g = split_cells("一、 产出指标\n数量指标:种植数量(≥**株)>=17600株;成活率>=85%;时效指标:完成及时率≥100%。\n二、 效益指标\n经济效益指标:产值≥80万元,增加收入≥20万元;生态效益指标:生态修复功能提高。\n");
        assert!(looks_narrative(&g.rows));
        let n = parse(&g.rows);
        let got: Vec<(&str, &str, String)> =
            n.raw.iter().map(|r| (r.level2_raw.as_str(), r.name.as_str(), r.value())).collect();
        assert_eq!(
            got,
            vec![
                ("数量指标", "种植数量(≥**株)", ">=17600株".to_string()),
                ("数量指标", "成活率", ">=85%".to_string()),
                ("时效指标", "完成及时率", "≥100%".to_string()),
                ("经济效益指标", "产值", "≥80万元".to_string()),
                ("经济效益指标", "增加收入", "≥20万元".to_string()),
                ("生态效益指标", "生态修复功能提高", String::new()),
            ]
        );
        assert_eq!(n.raw[3].level1_raw, "效益指标");
    }
}
