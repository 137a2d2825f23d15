//! The indicator rows of a matrix whose cells were run together into one string
//! ("数量指标办公大楼日常维修维护次数反映办公大楼全年维修维护情况2280次大楼安检…",
//! "产出指标救助覆盖率…是否应救尽救100%90%85%85%按临时救助标准评价…").
//!
//! Two kinds of anchor survive the gluing: level labels (a closed lexicon) and target
//! values (a grammar: comparator, number, unit from the unit vocabulary, or a fixed
//! qualitative phrase). Between two value groups lies the text after one value (its
//! 依据 column) and the text before the next (name, then description); the header says
//! which of those columns exist, and the words that open a description ("反映…"), end
//! a name (…率, …度, …数) or end a basis (…评价, …标准) cut them apart.
//!
//! Everything here works on the key form of the text (`KeyedText::key`: Simplified,
//! no spaces or glosses) and returns byte ranges of it, which the caller maps back to
//! the printed text.

use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};

use crate::extract::normalize::label_key;
use crate::extract::target::is_unit;
use crate::extract::taxonomy::{self, LabelKind};

use super::cell_fit::is_comparator_char;

/// Which text columns the header puts around the value.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Columns {
    /// A column between name and value (指标解释, 绩效指标描述, 绩效标准).
    pub desc_before_value: bool,
    /// A column after the value (评价标准确定依据, 指标值确定依据, 备注).
    pub text_after_value: bool,
}

/// Where a level label goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    One,
    Two,
}

/// One indicator cut out of the stream, as key ranges.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct GluedIndicator {
    /// Labels printed just before it (they carry down to the rows after it).
    pub labels: Vec<(Level, Range<usize>)>,
    pub name: Option<Range<usize>>,
    pub desc: Option<Range<usize>>,
    pub basis: Option<Range<usize>>,
    pub values: Vec<Range<usize>>,
}

/// Level labels that can be found inside glued text: the lexicon's full forms only
/// ("数量指标", not "数量", which names contain).
static LABELS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    let words: Vec<String> = taxonomy::label_words().map(label_key).filter(|w| w.ends_with("指标") && w.chars().count() >= 4).collect();
    AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(words).expect("static patterns")
});

const COMPARATORS: &[&str] = &[
    "大于等于",
    "小于等于",
    "不低于",
    "不少于",
    "不高于",
    "不超过",
    "不大于",
    "不小于",
    ">=",
    "<=",
    "≥",
    "≤",
    "≧",
    "≦",
    ">",
    "<",
    "=",
    "＞",
    "＜",
    "＝",
];

/// Values with no number that are common enough to anchor a cut.
const PHRASES: &[&str] = &[
    "不超预算",
    "不超过预算",
    "控制在预算内",
    "预算内",
    "稳步提高",
    "逐步提高",
    "有所提高",
    "明显提高",
    "显著提升",
    "有效提升",
    "逐步提升",
    "稳步提升",
    "有效缓解",
    "有效减轻",
    "逐步减轻",
    "明显改善",
    "全覆盖",
    "应保尽保",
    "应救尽救",
    "成效明显",
    "效果明显",
];

/// Words that open a description column.
const DESC_OPENERS: &[&str] = &["用于反映", "反映", "考核", "衡量"];

/// Words an indicator name ends with (what is counted or measured), for a name glued
/// to a description that has no opener.
const NAME_ENDS: &[&str] = &["率", "度", "数", "量", "额", "比例", "人次", "面积", "时限", "收入"];

/// Words a 依据 column ends with, most telling first.
const BASIS_ENDS: &[&str] = &["评价", "依据", "计划标准", "行业标准", "历史标准", "其他标准", "标准", "规定", "文件"];

/// A target value starting at byte `at` of `key`: its end, or None.
fn value_at(key: &str, at: usize) -> Option<usize> {
    let s = &key[at..];
    // Numbers inside words ("PM2.5", "4G", the 12 of "123") are not values. A
    // comparator or a phrase right after a number opens the next value of a run (a
    // 自评表's "10≥266米": 分值 10, then the target).
    let prev = key[..at].chars().next_back();
    if prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '.') && s.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '.') {
        return None;
    }
    if let Some(p) = PHRASES.iter().find(|p| s.starts_with(*p)) {
        // "是否应救尽救" asks a question in a description; it is no value.
        return (!key[..at].ends_with("是否")).then_some(at + p.len());
    }
    let cmp = COMPARATORS.iter().find(|c| s.starts_with(*c)).map_or(0, |c| c.len());
    let digits = s[cmp..].bytes().take_while(|b| b.is_ascii_digit() || *b == b'.' || *b == b',').count();
    let digits = s[cmp..cmp + digits].trim_end_matches(['.', ',']).len();
    if digits == 0 || !s.as_bytes()[cmp].is_ascii_digit() {
        // A comparator with nothing after it: a value cut off at the end of the text.
        return (cmp > 0 && s[cmp..].is_empty()).then_some(at + cmp);
    }
    let after = &s[cmp + digits..];
    // Years ("2020年实际执行数") and ordinals are part of the text around them.
    let number = &s[cmp..cmp + digits];
    if cmp == 0 && number.len() == 4 && (number.starts_with("19") || number.starts_with("20")) && after.starts_with('年') {
        return None;
    }
    // The longest unit the vocabulary knows ("次" of "次大楼…", "次/年", "万元").
    let mut unit = 0;
    for (i, c) in after.char_indices().take(6) {
        if c.is_ascii_digit() || is_comparator_char(c) {
            break;
        }
        let end = i + c.len_utf8();
        if is_unit(&after[..end]) {
            unit = end;
        }
    }
    Some(at + cmp + digits + unit)
}

/// Runs of values in `key[range]`: values printed side by side (优/良/中/差 grades) form
/// one run.
fn value_runs(key: &str, range: Range<usize>) -> Vec<Vec<Range<usize>>> {
    let mut runs: Vec<Vec<Range<usize>>> = Vec::new();
    let mut at = range.start;
    while at < range.end {
        match value_at(&key[..range.end], at) {
            Some(end) if end > at => {
                match runs.last_mut() {
                    Some(run) if run.last().is_some_and(|v| v.end == at) => run.push(at..end),
                    _ => runs.push(std::iter::once(at..end).collect()),
                }
                at = end;
            }
            _ => at += key[at..].chars().next().map_or(1, char::len_utf8),
        }
    }
    runs
}

/// End of the first `words` entry found in `key[range]` that leaves at least `min`
/// bytes before it and some text after it.
fn first_end(key: &str, range: &Range<usize>, words: &[&str], min: usize) -> Option<usize> {
    let s = &key[range.clone()];
    words
        .iter()
        .filter_map(|w| s.match_indices(w).map(|(i, _)| i + w.len()).find(|&e| e >= min + w.len() && e < s.len()))
        .min()
        .map(|e| range.start + e)
}

/// Name and description of text that holds both.
fn name_and_desc(key: &str, r: Range<usize>) -> (Range<usize>, Option<Range<usize>>) {
    let s = &key[r.clone()];
    // Descriptions open with 反映…; a name ends with what it measures, before any
    // punctuation (a name has none), and keeps a unit in brackets after it ("(%)").
    let opener = DESC_OPENERS.iter().filter_map(|w| s.find(w).filter(|&i| i >= 2 * 3)).min();
    let cut = opener.or_else(|| {
        let stop = s.find([',', '，', '。', ';', '；']).unwrap_or(s.len());
        let end = first_end(key, &(r.start..r.start + stop), NAME_ENDS, 2 * 3)? - r.start;
        let bracket = s[end..].strip_prefix('(').and_then(|t| t.find(')').filter(|&i| i <= 12)).map_or(0, |i| i + 2);
        (end + bracket < s.len()).then_some(end + bracket)
    });
    match cut {
        Some(c) => (r.start..r.start + c, Some(r.start + c..r.end)),
        None => (r, None),
    }
}

/// The 依据 of one indicator and the start of the next, printed together.
fn basis_and_next(key: &str, r: Range<usize>) -> (Option<Range<usize>>, Range<usize>) {
    let mut near_end = (r.start + 30 * 3).min(r.end);
    while !key.is_char_boundary(near_end) {
        near_end -= 1;
    }
    let near = r.start..near_end;
    for w in BASIS_ENDS {
        if let Some(e) = key[near.clone()].find(w).map(|i| near.start + i + w.len()).filter(|&e| e < r.end) {
            return (Some(r.start..e), e..r.end);
        }
    }
    (None, r)
}

fn non_empty(r: Range<usize>) -> Option<Range<usize>> {
    (!r.is_empty()).then_some(r)
}

/// The score band a 自评表 prints after a 一级 label ("产出指标(70分)"): its length,
/// 0 when none follows. It belongs to the label, not to the next indicator.
fn score_band_len(s: &str) -> usize {
    let Some(rest) = s.strip_prefix('(') else { return 0 };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 && rest[digits..].starts_with("分)") {
        1 + digits + "分)".len()
    } else {
        0
    }
}

/// Cut the matrix body `key[range]` into indicators.
pub fn indicators(key: &str, range: Range<usize>, cols: Columns) -> Vec<GluedIndicator> {
    let anchors: Vec<(Range<usize>, LabelKind)> = LABELS
        .find_iter(&key[range.clone()])
        .filter_map(|m| {
            let r = range.start + m.start()..range.start + m.end();
            taxonomy::classify(&key[r.clone()]).map(|l| (r, l.kind))
        })
        .collect();
    let mut out: Vec<GluedIndicator> = Vec::new();
    let mut labels: Vec<(Level, Range<usize>)> = Vec::new();
    // A table whose labels are all 一级 (产出/效果 with no 二级) takes 成本/满意度 as 一级 too.
    let mut level1_only = false;
    let mut chunk_start = range.start;
    for (i, (r, kind)) in anchors.iter().enumerate() {
        let chunk = chunk_start..r.start;
        if !chunk.is_empty() {
            chunk_indicators(key, chunk, cols, &mut labels, &mut out);
        }
        let next_is_label = anchors.get(i + 1).is_some_and(|n| n.0.start == r.end);
        let level = match kind {
            LabelKind::Level1 => {
                level1_only = !next_is_label;
                Level::One
            }
            LabelKind::Level2 => Level::Two,
            LabelKind::Either if next_is_label || level1_only => Level::One,
            LabelKind::Either => Level::Two,
        };
        labels.push((level, r.clone()));
        chunk_start = r.end + score_band_len(&key[r.end..range.end]);
    }
    if chunk_start < range.end {
        chunk_indicators(key, chunk_start..range.end, cols, &mut labels, &mut out);
    }
    out
}

/// The indicators of text between two labels: value runs with the text around them.
/// The labels before the chunk go to its first indicator.
fn chunk_indicators(key: &str, chunk: Range<usize>, cols: Columns, labels: &mut Vec<(Level, Range<usize>)>, out: &mut Vec<GluedIndicator>) {
    let head = |r: Range<usize>| -> GluedIndicator {
        let (name, desc) = if cols.desc_before_value { name_and_desc(key, r) } else { (r, None) };
        GluedIndicator { name: non_empty(name), desc: desc.and_then(non_empty), ..Default::default() }
    };
    let mut before = chunk.start;
    let mut pending: Option<GluedIndicator> = None;
    for run in value_runs(key, chunk.clone()) {
        let gap = before..run[0].start;
        let next_head = match pending.take() {
            Some(mut prev) => {
                let (basis, rest) = if cols.text_after_value { basis_and_next(key, gap) } else { (None, gap) };
                prev.basis = basis.and_then(non_empty);
                out.push(prev);
                rest
            }
            None => gap,
        };
        before = run.last().map_or(before, |v| v.end);
        let mut ind = head(next_head);
        ind.values = run;
        ind.labels = std::mem::take(labels);
        pending = Some(ind);
    }
    let tail = before..chunk.end;
    let mut cut_off = None;
    match pending {
        Some(mut last) if cols.text_after_value => {
            last.basis = non_empty(tail);
            out.push(last);
        }
        Some(last) => {
            out.push(last);
            // A name left without a value: the text was cut off after it.
            cut_off = non_empty(tail);
        }
        None => cut_off = non_empty(tail),
    }
    if let Some(tail) = cut_off {
        let mut ind = head(tail);
        ind.labels = std::mem::take(labels);
        out.push(ind);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(key: &str, inds: &[GluedIndicator]) -> Vec<(String, String, Vec<String>)> {
        let t = |r: &Option<Range<usize>>| r.clone().map_or(String::new(), |r| key[r].to_string());
        inds.iter().map(|i| (t(&i.name), t(&i.desc), i.values.iter().map(|v| key[v.clone()].to_string()).collect())).collect()
    }

    #[test]
    fn names_descriptions_and_values_are_cut_at_their_anchors() {
        let key =
            "数量指标大楼维修次数反映大楼维修情况2280次大楼巡察次数反映巡检情况200次成本指标成本控制率不超预算水电气下降率反映下降情况>";
        let cols = Columns { desc_before_value: true, text_after_value: false };
        let inds = indicators(key, 0..key.len(), cols);
        let got = texts(key, &inds);
        assert_eq!(got[0], ("大楼维修次数".into(), "反映大楼维修情况".into(), vec!["2280次".into()]));
        assert_eq!(got[1].0, "大楼巡察次数");
        assert_eq!(got[2], ("成本控制率".into(), String::new(), vec!["不超预算".into()]));
        assert_eq!(got[3].2, vec![">".to_string()]);
        assert_eq!(inds[0].labels.len(), 1);
        assert_eq!(inds[2].labels[0].0, Level::Two);
    }

    #[test]
    fn grade_runs_and_bases_are_told_apart() {
        let key = "产出指标救助覆盖率困难群众是否应救尽救100%90%85%85%按临时救助标准评价低保资金按标准发放的比率救助标准与发展水平相适应90%80%70%70%按标准评价";
        let cols = Columns { desc_before_value: true, text_after_value: true };
        let inds = indicators(key, 0..key.len(), cols);
        let got = texts(key, &inds);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].0, "救助覆盖率");
        assert_eq!(got[0].2.len(), 4);
        assert_eq!(got[1].0, "低保资金按标准发放的比率");
        assert_eq!(key[inds[0].basis.clone().unwrap()].to_string(), "按临时救助标准评价");
        assert_eq!(inds[0].labels[0].0, Level::One);
    }

    #[test]
    fn years_and_words_with_digits_are_not_values() {
        assert_eq!(value_at("2020年实际", 0), None);
        assert_eq!(value_at("PM2.5浓度", 2), None);
        assert_eq!(value_at("95%成本", 0), Some(3));
        assert_eq!(value_at("≥2次/年大楼", 0), Some("≥2次/年".len()));
    }
}
