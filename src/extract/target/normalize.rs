//! Character-level clean-up and the comparator words that wrap a quantity.
//!
//! Everything downstream works on the output of [`normalize`], so the grammar only ever
//! sees ASCII digits, `≥ ≤ = > <`, `%`, `-` and `~`, and no whitespace.

use super::numeral::take_number;
use super::units;
use crate::model::{Direction, Op};

pub(super) struct Norm {
    pub text: String,
    /// A comparator glyph was rewritten (V004).
    pub glyph: bool,
}

/// Hand-written single pass: the mapping is per character plus a look-back for the
/// two-character ASCII comparators, which a regex replace chain would do in several passes.
pub(super) fn normalize(raw: &str) -> Norm {
    let mut out = String::with_capacity(raw.len());
    let mut glyph = false;
    for c in raw.chars() {
        let m = match c {
            c if c.is_whitespace() => continue,
            '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{feff}' => continue,
            '≧' | '⩾' => {
                glyph = true;
                '≥'
            }
            '≦' | '⩽' => {
                glyph = true;
                '≤'
            }
            '═' | '＝' => {
                glyph = true;
                '='
            }
            '＞' => {
                glyph = true;
                '>'
            }
            '＜' => {
                glyph = true;
                '<'
            }
            // Full-width ASCII block (digits, ．, ％, ／, （）, letters, ～ …).
            '\u{ff01}'..='\u{ff5e}' => char::from_u32(c as u32 - 0xfee0).unwrap_or(c),
            '﹪' => '%',
            '〜' | '∼' => '~',
            '—' | '–' | '―' | '‐' | '‑' | '−' | '﹣' => '-',
            _ => c,
        };
        // ">=", "=>", "<=", "=<" and a doubled "≥=" collapse into one glyph.
        match (out.chars().next_back(), m) {
            (Some('>'), '=') | (Some('='), '>') => {
                out.pop();
                out.push('≥');
                glyph = true;
            }
            (Some('<'), '=') | (Some('='), '<') => {
                out.pop();
                out.push('≤');
                glyph = true;
            }
            (Some('≥' | '≤'), '=') => glyph = true,
            _ => out.push(m),
        }
    }
    // Cell text often ends with sentence punctuation that is not part of the value.
    while let Some(c) = out.chars().next_back() {
        if matches!(c, '。' | '；' | ';' | '，' | ',' | '、' | '.' | ':' | '：') {
            out.pop();
        } else {
            break;
        }
    }
    Norm { text: out, glyph }
}

/// Glyphs first (the common case), then words longest first: "不低于" must win over
/// "低于", "大于等于" over "大于".
const PREFIX_OPS: &[(&str, Option<Op>)] = &[
    ("≥", Some(Op::Ge)),
    ("≤", Some(Op::Le)),
    ("=", Some(Op::Eq)),
    (">", Some(Op::Gt)),
    ("<", Some(Op::Lt)),
    ("不得低于", Some(Op::Ge)),
    ("不得少于", Some(Op::Ge)),
    ("不得超过", Some(Op::Le)),
    ("不得高于", Some(Op::Le)),
    ("大于等于", Some(Op::Ge)),
    ("小于等于", Some(Op::Le)),
    ("不低于", Some(Op::Ge)),
    ("不少于", Some(Op::Ge)),
    ("不小于", Some(Op::Ge)),
    ("不短于", Some(Op::Ge)),
    ("不高于", Some(Op::Le)),
    ("不超过", Some(Op::Le)),
    ("不大于", Some(Op::Le)),
    ("不多于", Some(Op::Le)),
    ("不长于", Some(Op::Le)),
    ("控制在", Some(Op::Le)),
    ("至少", Some(Op::Ge)),
    ("最少", Some(Op::Ge)),
    ("最多", Some(Op::Le)),
    ("至多", Some(Op::Le)),
    ("不超", Some(Op::Le)),
    ("达到", Some(Op::Ge)),
    ("大于", Some(Op::Gt)),
    ("高于", Some(Op::Gt)),
    ("超过", Some(Op::Gt)),
    ("多于", Some(Op::Gt)),
    ("小于", Some(Op::Lt)),
    ("低于", Some(Op::Lt)),
    ("少于", Some(Op::Lt)),
    ("等于", Some(Op::Eq)),
    ("约", None),
    ("≈", None),
];

/// Change verbs that may precede a number ("同比增长10%"); they give a direction, not a bound.
const VERBS: &[(&str, Direction)] = &[
    ("保持在", Direction::Maintain),
    ("维持在", Direction::Maintain),
    ("稳定在", Direction::Maintain),
    ("提高", Direction::Increase),
    ("提升", Direction::Increase),
    ("增长", Direction::Increase),
    ("增加", Direction::Increase),
    ("上升", Direction::Increase),
    ("降低", Direction::Decrease),
    ("下降", Direction::Decrease),
    ("减少", Direction::Decrease),
    ("减轻", Direction::Decrease),
    ("压减", Direction::Decrease),
    ("保持", Direction::Maintain),
    ("维持", Direction::Maintain),
    // Attainment verbs ("完成100%", "覆盖95%"): the number is what is to be attained.
    ("完成", Direction::Achieve),
    ("覆盖", Direction::Achieve),
    ("实现", Direction::Achieve),
    ("落实", Direction::Achieve),
    ("兑现", Direction::Achieve),
];

const LEAD_INS: &[&str] = &["较上年度", "较上年", "比上年", "较去年", "比去年", "同比", "环比"];

/// Aims before a target ("力争95%", "确保达到95%"): they set no bound of their own.
const AIMS: &[&str] = &["力争", "争取", "确保", "努力"];

/// "每年2次": the period a count is given per, as the denominator of a rate.
const PERIODS: &[(&str, &str)] = &[
    ("每半年", "半年"),
    ("每季度", "季度"),
    ("每年", "年"),
    ("每月", "月"),
    ("每季", "季度"),
    ("每周", "周"),
    ("每星期", "周"),
    ("每天", "天"),
    ("每日", "天"),
    // "全年不少于2次": a count over the year, as "每年不少于2次".
    ("全年", "年"),
];

pub(super) struct Prefix<'a> {
    pub op: Option<Op>,
    pub direction: Option<Direction>,
    pub per: Option<&'static str>,
    /// "每两周": how many periods one count is given per (1 for "每周").
    pub every: u32,
    pub rest: &'a str,
}

/// "每两周", "每3个月", "每两年": a count per several periods. `None` for one period,
/// which [`PERIODS`] reads.
fn every_n(s: &str) -> Option<(&'static str, u32, &str)> {
    let r = s.strip_prefix('每')?;
    let n = take_number(r).filter(|n| n.value >= 2.0 && n.value <= 100.0 && n.value.fract() == 0.0)?;
    const UNITS: &[(&str, &str)] = &[
        ("个星期", "周"),
        ("个季度", "季度"),
        ("个月", "月"),
        ("星期", "周"),
        ("周", "周"),
        ("月", "月"),
        ("年", "年"),
        ("天", "天"),
        ("日", "天"),
    ];
    let r = &r[n.len..];
    UNITS.iter().find_map(|(w, p)| r.strip_prefix(w).map(|rest| (*p, n.value as u32, rest)))
}

/// Strips "[同比] [verb] [comparator]" from the front. The caller keeps the full text for
/// the qualitative reading, so stripping from prose ("不低于上年") loses nothing.
pub(super) fn strip_prefix(s: &str) -> Prefix<'_> {
    // Most values start with a digit; skip the word lists for them.
    if s.starts_with(|c: char| c.is_ascii_digit()) {
        return Prefix { op: None, direction: None, per: None, every: 1, rest: s };
    }
    let mut rest = s;
    let mut direction = None;
    let mut per = None;
    let mut every = 1;
    if let Some((r, p)) = PERIODS.iter().find_map(|(w, p)| rest.strip_prefix(w).map(|r| (r, *p))) {
        rest = r;
        per = Some(p);
    } else if let Some((p, n, r)) = every_n(rest) {
        rest = r;
        per = Some(p);
        every = n;
    }
    if let Some(r) = AIMS.iter().find_map(|w| rest.strip_prefix(w)) {
        rest = r;
    }
    for lead in LEAD_INS {
        if let Some(r) = rest.strip_prefix(lead) {
            if VERBS.iter().any(|(v, _)| r.starts_with(v)) {
                rest = r;
            }
            break;
        }
    }
    for (verb, dir) in VERBS {
        if let Some(r) = rest.strip_prefix(verb) {
            rest = r;
            direction = Some(*dir);
            break;
        }
    }
    let mut op = None;
    for (word, o) in PREFIX_OPS {
        if let Some(r) = rest.strip_prefix(word) {
            rest = r;
            op = *o;
            break;
        }
    }
    Prefix { op, direction, per, every, rest }
}

/// Units after which a bare "内" means "within" ("30日内", "3年内").
const TIME_UNITS: &[&str] = &["天", "日", "工作日", "自然日", "小时", "分钟", "秒", "周", "月", "季度", "年"];

/// Strips trailing bound words from a unit: "%以上" → ("%", ≥). Returns the unit core and
/// the op the suffix implies (`None` for "左右" and for no suffix).
pub(super) fn strip_suffix_op(unit: &str) -> (&str, Option<Op>) {
    let mut u = unit.strip_suffix("(含)").unwrap_or(unit);
    let mut op = None;
    const SUFFIXES: &[(&str, Option<Op>)] = &[
        ("及以上", Some(Op::Ge)),
        ("以上", Some(Op::Ge)),
        ("及以下", Some(Op::Le)),
        ("以下", Some(Op::Le)),
        ("以内", Some(Op::Le)),
        ("之内", Some(Op::Le)),
        ("不到", Some(Op::Lt)),
        ("左右", None),
        // "95%+": or more.
        ("+", Some(Op::Ge)),
    ];
    let mut matched = false;
    for (suf, o) in SUFFIXES {
        if let Some(r) = u.strip_suffix(suf) {
            u = r;
            op = *o;
            matched = true;
            break;
        }
    }
    if !matched {
        if let Some(r) = u.strip_suffix('内') {
            let core = r.strip_prefix('个').unwrap_or(r);
            if TIME_UNITS.contains(&core) {
                u = r;
                op = Some(Op::Le);
            }
        }
    }
    let u = u.strip_suffix("(含)").unwrap_or(u);
    (u, op)
}

/// "2次以上/年": a bound word between a rate's count and its period belongs to the
/// count, so it is the op and the unit is "次/年". `None` when the numerator has none.
pub(super) fn strip_rate_op(unit: &str) -> Option<(String, Option<Op>)> {
    let (num, den) = unit.split_once('/')?;
    let (core, op) = strip_suffix_op(num);
    (core.len() < num.len()).then(|| (format!("{core}/{den}"), op))
}

/// Attainment words printed after a quantity ("100%完成", "100%覆盖", "95%以上已完成"):
/// they say the number is to be attained, not what it counts. Returns the text before
/// the word and whether one was stripped (the caller records it as the direction
/// achieve, as a leading "完成100%" is).
pub(super) fn strip_trailing_verb(after: &str) -> (&str, bool) {
    const WORDS: &[&str] = &["完成", "覆盖", "达标", "到位", "合格", "落实", "兑现", "发放", "实现", "办结"];
    // Gate on the last character before the word list: most units end otherwise.
    if !after.ends_with(['成', '盖', '标', '位', '格', '实', '现', '放', '结']) {
        return (after, false);
    }
    match WORDS.iter().find_map(|w| after.strip_suffix(w)) {
        Some(r) => {
            let r = r.strip_suffix("全部").or_else(|| r.strip_suffix('已')).unwrap_or(r);
            (r, true)
        }
        None => (after, false),
    }
}

/// What is to be done within a time limit ("48小时内响应", "15日内答复"): the limit is
/// the target, as in "24小时内办结".
const TIMED_ACTIONS: &[&str] = &[
    "响应",
    "答复",
    "回复",
    "反馈",
    "处理",
    "处置",
    "解决",
    "到达",
    "到场",
    "到达现场",
    "赶到",
    "赶到现场",
    "受理",
    "审核",
    "审批",
    "拨付",
    "支付",
    "上报",
    "报送",
    "办理",
    "整改",
    "修复",
    "抢修",
    "维修",
    "出警",
    "送达",
    "录入",
    "公示",
    "告知",
    "回访",
];

pub(super) fn is_timed_action(w: &str) -> bool {
    TIMED_ACTIONS.contains(&w)
}

/// "5%以内处理", "90%及以上参加": the word after a bound word is what the bound is
/// about, not part of the unit; returns the text up to the bound word. Only when what
/// stands before the bound is a known unit (or none) and the word is Chinese only, so
/// rates ("2次以上/年") and real units are left alone.
pub(super) fn cut_after_bound(after: &str) -> &str {
    let Some(i) = after.find('以').or_else(|| after.find("之内")) else { return after };
    let Some(w) = ["以上", "以下", "以内", "之内"].iter().find(|w| after[i..].starts_with(*w)) else { return after };
    let end = i + w.len();
    let word = &after[end..];
    let head = &after[..i];
    let core = head.strip_suffix('及').unwrap_or(head);
    let cjk = |c: char| matches!(c, '\u{4e00}'..='\u{9fff}');
    if word.is_empty() || !word.chars().all(cjk) || !(core.is_empty() || units::is_unit_vocab(core)) {
        return after;
    }
    &after[..end]
}

/// "48小时内响应" → ("48小时内", true) when the text ends in an action after a time unit
/// and 内/以内; else the text unchanged.
pub(super) fn strip_timed_action(after: &str) -> (&str, bool) {
    let Some(i) = after.find('内') else { return (after, false) };
    let (head, tail) = after.split_at(i + '内'.len_utf8());
    if tail.is_empty() || !TIMED_ACTIONS.contains(&tail) {
        return (after, false);
    }
    match strip_suffix_op(head) {
        (u, Some(Op::Le)) if TIME_UNITS.contains(&u.strip_prefix('个').unwrap_or(u)) => (head, true),
        _ => (after, false),
    }
}

/// "≥95%,以问卷为准": wording after a comma or semicolon that explains the value
/// (no digits, some Chinese) is a note, as a bracketed one is. Returns the text before it.
pub(super) fn strip_note(after: &str) -> &str {
    let Some(i) = after.find([',', ';']) else { return after };
    let note = &after[i + 1..];
    if has_cjk(note) && !note.bytes().any(|b| b.is_ascii_digit()) {
        &after[..i]
    } else {
        after
    }
}

pub(super) fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}'))
}
