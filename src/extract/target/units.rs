//! Units: which strings are units at all, and how a printed unit maps to a base unit.

use crate::model::{Op, TargetKind};
use rustc_hash::FxHashSet as HashSet;
use std::sync::LazyLock;

/// Base units a bare cell may consist of (V002 placeholders such as "公里") and that may
/// follow a Chinese numeral ("两次"). Scale prefixes (万/亿/千…) and a leading 个 are
/// stripped before the lookup, and rates are checked part by part.
#[rustfmt::skip]
const VOCAB: &[&str] = &[
    "%", "‰", "元", "人", "人次", "户", "户次", "个", "次", "项", "家", "所", "座", "台", "辆", "套", "件", "篇", "条",
    "份", "本", "册", "株", "棵", "头", "只", "处", "场", "场次", "期", "批", "名", "张", "块", "间", "栋", "公里",
    "千米", "米", "厘米", "毫米", "平方米", "平方公里", "立方米", "亩", "公顷", "吨", "公斤", "千克", "克", "斤", "天", "日", "月", "月份", "年",
    "小时", "分钟", "秒", "工作日", "自然日", "周", "季度", "分", "倍", "级", "星", "轮", "类", "种", "成", "单", "村", "床",
    "车次", "架次", "课时", "学时", "节", "门", "部", "集", "幅", "片", "组", "根", "盏", "口", "眼", "单位", "百分点",
    "千瓦", "兆瓦", "度", "m", "M", "km", "KM", "kg", "t", "h", "星级", "等奖", "名次",
];

/// Units of a rank or prize, where a smaller number is better ("一等奖", "第一名").
pub(super) fn is_rank(u: &str) -> bool {
    matches!(u, "等奖" | "名次")
}

/// Scale words that multiply the number. 千 is a scale only where it is not part of a
/// metric unit (千米, 千克, 千瓦 …).
fn strip_scale(u: &str) -> (f64, &str) {
    const SCALES: &[(&str, f64)] = &[("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3)];
    for (p, f) in SCALES {
        if let Some(r) = u.strip_prefix(p) {
            if *p == "千" && r.starts_with(['米', '克', '瓦', '伏', '卡', '兆', '赫', '帕', '焦', '字']) {
                return (1.0, u);
            }
            return (*f, r);
        }
    }
    (1.0, u)
}

/// "余人", "多家" → "人", "家": 余 and 多 after a number say "more than", not what is counted.
fn strip_approx(u: &str) -> &str {
    u.strip_prefix(['余', '多']).filter(|r| !r.is_empty()).unwrap_or(u)
}

static VOCAB_SET: LazyLock<HashSet<&'static str>> = LazyLock::new(|| VOCAB.iter().copied().collect());

fn vocab_part(p: &str) -> bool {
    let p = match p.strip_prefix('个') {
        Some(r) if !r.is_empty() => r,
        _ => p,
    };
    let (f, core) = strip_scale(p);
    // "十余次", "三十多家": an approximate count, a unit after 余/多.
    let core = strip_approx(core);
    (f != 1.0 && core.is_empty()) || VOCAB_SET.contains(core)
}

/// True when `u` is nothing but a unit ("公里", "万亩", "次/年", "%").
pub(super) fn is_unit_vocab(u: &str) -> bool {
    if u.is_empty() || u.chars().count() > 12 {
        return false;
    }
    match u.split_once('/') {
        Some((a, b)) => !b.is_empty() && (a.is_empty() || vocab_part(a)) && vocab_part(b),
        None => vocab_part(u),
    }
}

/// A unit as it may follow a number (after [`strip_annotation`]): short — up to 6
/// characters, 12 for a rate such as "元/会议次数" — with no digits, comparator or range
/// glyphs, or sentence punctuation. Longer text after a number is prose ("2.扎实开展…",
/// "460001乐亭县医疗保障局本级"), not a unit.
pub(super) fn is_valid_unit(u: &str) -> bool {
    let max = if u.contains('/') { 12 } else { 6 };
    u.chars().count() <= max
        && !u.chars().any(|c| {
            c.is_ascii_digit()
                || matches!(
                    c,
                    '≥' | '≤'
                        | '<'
                        | '>'
                        | '='
                        | '*'
                        | '-'
                        | '~'
                        | '.'
                        | ','
                        | '，'
                        | '、'
                        | ';'
                        | '；'
                        | ':'
                        | '：'
                        | '。'
                        | '“'
                        | '”'
                        | '"'
                        | '〔'
                        | '〕'
                        | '['
                        | ']'
                        | '!'
                        | '?'
                        | '！'
                        | '？'
                )
        })
}

/// Drops a trailing parenthesised note ("%(计划标准)" → "%"); a unit that is only a
/// bracket ("(%)") is unwrapped instead.
pub(super) fn strip_annotation(u: &str) -> &str {
    let Some(body) = u.strip_suffix(')') else { return u };
    match body.rfind('(') {
        Some(0) => &body[1..],
        Some(i) => &u[..i],
        None => u,
    }
}

pub(super) struct Std {
    pub kind: TargetKind,
    pub value: f64,
    pub unit: Option<String>,
}

/// Durations: printed unit (without a leading 个) → base unit and factor.
fn duration(u: &str) -> Option<(&'static str, f64)> {
    let (core, ge) = match u.strip_prefix('个') {
        Some(r) => (r, true),
        None => (u, false),
    };
    Some(match core {
        "天" | "日" | "自然日" => ("天", 1.0),
        "工作日" => ("工作日", 1.0),
        "小时" => ("小时", 1.0),
        "分钟" => ("小时", 1.0 / 60.0),
        "秒" | "秒钟" => ("小时", 1.0 / 3600.0),
        "周" | "星期" => ("天", 7.0),
        "季度" if ge => ("月", 3.0),
        // Calendar months and years are claimed by the date grammar before this runs, so a
        // 月/年 reaching here counts months or years.
        "月" => ("月", 1.0),
        "年" => ("年", 1.0),
        _ => return None,
    })
}

/// The standardised value and unit of `value` printed with `unit` (already stripped of
/// bound words). `kind` is Number or Duration.
pub(super) fn standardise(value: f64, unit: &str) -> Std {
    let u = strip_annotation(unit);
    let plain = |kind, v: f64, unit: Option<String>| Std { kind, value: tidy(v), unit };
    if u.is_empty() {
        return plain(TargetKind::Number, value, None);
    }
    if let Some((base, f)) = duration(u) {
        return plain(TargetKind::Duration, value * f, Some(base.to_string()));
    }
    match u {
        "%" => return plain(TargetKind::Number, value, Some("%".into())),
        "‰" => return plain(TargetKind::Number, value / 10.0, Some("%".into())),
        "个百分点" => return plain(TargetKind::Number, value, Some("百分点".into())),
        // "九成" is nine tenths: 90 %.
        "成" => return plain(TargetKind::Number, value * 10.0, Some("%".into())),
        _ => {}
    }
    if let Some((num, den)) = u.split_once('/') {
        let (f, num) = strip_scale(num);
        let num = strip_approx(num);
        // "1次/半年" is "2次/年": the only period word that is not itself a base period.
        let (g, den) = if den == "半年" { (2.0, "年") } else { (1.0, den) };
        return plain(TargetKind::Number, value * f * g, Some(format!("{num}/{den}")));
    }
    let (f, rest) = strip_scale(u);
    let rest = strip_approx(rest);
    plain(TargetKind::Number, value * f, (!rest.is_empty()).then(|| rest.to_string()))
}

/// Rounds away binary noise from scaling (2.61 × 10⁴ = 26099.999999999996) to 12
/// significant digits.
pub(super) fn tidy(x: f64) -> f64 {
    if x == 0.0 || !x.is_finite() || !(1e-6..1e15).contains(&x.abs()) {
        return x;
    }
    let mag = 10f64.powi(11 - x.abs().log10().floor() as i32);
    let r = (x * mag).round() / mag;
    if r.is_finite() {
        r
    } else {
        x
    }
}

/// "292%": a printed percentage above 100 whose first digit may be an OCR'd "≥" — the
/// rest ("92") being a plausible percentage on its own.
pub(super) fn ocr_percent(lit: &str, value: f64, op: Option<Op>) -> bool {
    if op.is_some() || value <= 100.0 || lit.contains(',') {
        return false;
    }
    let int = lit.split('.').next().unwrap_or(lit);
    let Some(rest) = int.strip_prefix('2') else { return false };
    if rest.is_empty() || rest.starts_with('0') {
        return false;
    }
    matches!(rest.parse::<u32>(), Ok(v) if v <= 100)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocab() {
        for u in ["公里", "万亩", "万人", "%", "次/年", "万元/人", "个", "千米"] {
            assert!(is_unit_vocab(u), "{u}");
        }
        for u in ["全年", "满意", "般", "病保障", ""] {
            assert!(!is_unit_vocab(u), "{u}");
        }
        assert_eq!(tidy(2.61 * 1e4), 26100.0);
        assert!(ocr_percent("292", 292.0, None));
        assert!(!ocr_percent("200", 200.0, None));
        assert!(!ocr_percent("150", 150.0, None));
    }
}
