//! The target grammar: one printed 指标值 → a structured [`Target`].
//!
//! Conventions (the record contract is `spec/records.md` §1; these are the details it leaves
//! open):
//!
//! * **Text.** Whitespace anywhere is ignored ("逐步 推开", "≧ %"); full-width digits and
//!   signs are read as ASCII; trailing sentence punctuation is dropped. `unit` is the text
//!   after the number with bound words ("以上", "以内", "左右") and a trailing bracketed
//!   note ("%(计划标准)") removed, in its normalised (half-width) form.
//! * **Comparators.** ≥ ≤ = > < and their variants (≧ ≦ ＝ ═ ＞ ＜ >= <= => =<, which set
//!   `glyph_normalized`), prefix words (不低于/不少于/至少/达到 → ≥, 不超过/不高于/控制在 → ≤,
//!   大于/高于/超过 → >, 小于/低于 → <) and suffix words (以上 → ≥, 以下/以内 → ≤, 不到 → <;
//!   "30日内" → ≤; "95%+" → ≥), also between a rate's count and its period ("2次以上/年" → ≥ 2 次/年).
//!   A word after a bound word is no part of the unit ("5%以内处理" is ≤ 5 %).
//!   No comparator → `op` None. 约/左右 and aims (力争, 确保) are dropped. "介于a至b之间"
//!   is the range a–b. A rate's name before its value ("完成率100%") is a label, as
//!   "指标值≥95%" is; wording after a comma that explains the value is a note.
//! * **Attainment words** before or after a quantity ("完成100%", "100%覆盖", "95%以上已完成")
//!   are not part of the unit: they set `direction` achieve, as 增长 sets increase; so
//!   does an action after a time limit ("48小时内响应" is ≤ 48 小时).
//! * **Numbers.** `value` is the number as printed; `std_value` is it in the base unit.
//!   Scale words at the front of the unit multiply (万 10⁴, 亿 10⁸, 千/百万/千万; 千 is not a
//!   scale in 千米/千克/千瓦) and are stripped from `std_unit` (万人 → 人, 万元/人 → 元/人,
//!   "250万" → std_unit None, "≤620万/月" → "/月"). % stays %, ‰ becomes % (÷10), 成 becomes %
//!   (×10: "九成以上" is ≥ 90 %; a digit after 成 is the next tenth, "九成五" 9.5 成 = 95 %;
//!   百分之/千分之/万分之 N read as N %/‰/‱ and other fractions — "三分之二", "1/3" — as
//!   a share, see `fraction.rs`), 余/多 after a number ("十余次") leave the std_unit, rates keep
//!   their unit except "次/半年" → "次/年" (×2). A unit-less number has `std_value` = value and
//!   `std_unit` None. Chinese numerals are read when followed by a known unit or nothing
//!   ("两次", "十二个月", "一百"), so prose like "一站式" stays prose.
//! * **Per-period counts** ("每年2次", "每半年不少于1次"): the period becomes the std_unit's
//!   denominator ("次/年"; 每半年 → ×2 per 年, 每两周 → ÷2 per 周); `unit` stays "次".
//! * **Ranges** ("80%-90%", "80-90%", "3～5天", "三至五天", "65% ≤ 指标值 ≤ 75%",
//!   "≥65%且≤75%"): kind range, op between, value = lower, max = upper (sorted), unit from
//!   the upper end when printed there; `std_value` standardises the lower bound only.
//!   Two bounds in words ("大于95%小于100%", "不低于90%且不高于95%") are the same range:
//!   records.md has no field for open or closed ends, so > and ≥ give one shape.
//! * **Durations vs dates.** 天/日/自然日 → std 天; 工作日 stays 工作日; 小时, 分钟 (÷60), 秒
//!   (÷3600) → 小时; 周 → 天 (×7); 月/个月 → 月; 年 → 年; 个季度 → 月 (×3). A month number with
//!   月份/月底/月末/月前/日, or a bare "N月" (N ≤ 12) without ≥/>, is a calendar month; "≥6月",
//!   "13月", "6个月" count months. "N年" is a date for 1900 ≤ N ≤ 2100, else a duration.
//! * **Dates.** ISO text in `date`: "2024年" → "2024", "2024年12月"/"2024.12"/"2024-12" →
//!   "2024-12", "2024/12/31" → "2024-12-31". 底/末/下旬 → last day, 上旬 → 10th, 中旬 → 20th,
//!   上半年 → 06-30. 前/之前/以前/止 → op ≤ at the printed granularity ("12月前" → "2023-12");
//!   内/以内 → op ≤ at the period's last day. A month without a year takes `ctx.year`;
//!   without one, `date` is None and the month stays in `value`/`unit` ("≤12月份" → 12 "月份").
//!   A completion word after a date is dropped ("2023年12月已完成", "于2023年6月竣工").
//!   Recurring deadlines ("每月10日前", "每年6月底前", "每季度末前") are an ISO repeating
//!   interval "R/2023-01-10/P1M" (see `recurring.rs`); weekly ones ("每周五前") start on
//!   the year's first such weekday, "R/2023-01-06/P1W".
//!   Quarters: "2024年第四季度" → interval "2024-10/2024-12"; "第三季度末" → its last day;
//!   "四季度前", "≤第二季度" → its last day with op ≤.
//!   年底/年末 → year-12-31 (op None); 年底前/年内/当年/本年度 → year-12-31 with op ≤ (date None
//!   without a year). Intervals ("2023.07-2024.01", "2024年1-6月", "2023-2024年") are kind
//!   date, op between, date "2023-07/2024-01", value/max None. Resolved dates carry no
//!   value/unit.
//! * **Excel serials** (only with `ctx.expect_date`): a bare integer 36526..=55153, with or
//!   without a thousands separator, printed once or twice ("=44,56144,561") → date, flag
//!   `excel_serial`. Also under `expect_date`: a bare yyyy, yyyymm or yyyymmdd is a date.
//! * **Ranks and grades** ("第一名", "前三名", "全省第一", "AAA级", "三星级", "一等奖") are
//!   numbers, judgeable as any count is (see `ranks.rs`); for ranks and prizes 以上 reads ≤.
//!   So are classes in Roman numerals and letter grades ("Ⅲ类", "IV类水质", "B级以上",
//!   counted from the best: 以上 reads ≤) and "国家二级标准" (2 级).
//! * **Idioms** (see `idioms.rs`): 当天/当日 are a duration ≤ 1 天, 次日 ≤ 2 天; "7×24小时"
//!   is round-the-clock service (qualitative, achieve: no limit to measure); "数十个" is ≥ 10 个.
//! * **Qualitative.** Text without numbers → kind qualitative, value/unit/op None, and a
//!   direction by keyword (see `qualitative.rs`): negated decline (不低于上年, 不降低) →
//!   maintain; ceilings (不超预算, 控制在…以内) → decrease; else the first change word
//!   (提高… increase, 减轻… decrease); else 保持/稳定/持续/平稳 → maintain; else attainment
//!   words (全覆盖, 到位, 达标, 明显, 推开, 按规定, 是 …) → achieve; else None ("满意",
//!   "服务群众", "全年" — 全年 is not a date or duration: nothing is printed to measure); a
//!   comparator before a reference level ("≥上年") reads as 不低于上年 does. Years
//!   inside prose ("不低于2022年水平") do not make it numeric. A change verb before a number
//!   ("同比增长10%") gives that number a direction as well.
//! * **Not applicable** ("/", "—", "--", "N/A", "不适用", "暂无", "待定", a bare 无): kind
//!   empty, as an empty cell — no target is set, so V001 reports it (see `idioms.rs`).
//! * **Placeholders** (flag `placeholder`, kind unparsed): star/X templates ("**", "≥**%",
//!   "(≥**个)"), a bare unit ("公里", "万亩", "%"), a comparator with a unit and no number
//!   ("≧ %"); `op` and `unit` are kept when printed. A lone comparator (">", a truncated cell)
//!   is unparsed with its op but is not a placeholder.
//! * **OCR suspects** (flag `ocr_suspect`, value kept as printed): a percentage > 100 with no
//!   comparator that reads as "2" + a percentage ≤ 100 ("292%"), and 二 before Arabic digits
//!   ("二100" → number 100, op None: the 二 is not repaired into "=").
//! * **Unparsed**: digits in an arrangement none of the above reads ("完成主体工程70%",
//!   "1e999", "T+1"), non-Chinese text, punctuation, and digit-free prose over 30 characters
//!   that names no direction. The validator reports these (V003).

mod consult;
mod dates;
mod fraction;
mod idioms;
mod memo;
mod normalize;
mod numeral;
mod qualitative;
mod ranks;
mod recurring;
mod units;

pub use memo::parse_target_memo;

use crate::model::{Direction, Op, Target, TargetKind};
use numeral::{take_number, NUM_PATTERN};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TargetContext {
    /// The filing's budget year, for month-only dates ("≤12月份").
    pub year: Option<i32>,
    /// The indicator is a 时效 indicator or its name mentions 时间/日期: bare Excel serials
    /// and yyyymmdd numbers are read as dates.
    pub expect_date: bool,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TargetFlags {
    /// A comparator glyph was normalised: ≧→≥, ≦→≤, ＝/═→=, ">="→≥, "<="→≤, ＞＜ (V004).
    pub glyph_normalized: bool,
    /// Suspected OCR damage: "292%", "二100" (V005).
    pub ocr_suspect: bool,
    /// Unfilled template: "**", "≥**%", "(≥**个)", a bare unit, "≧ %" (V002).
    pub placeholder: bool,
    /// An Excel serial date number was converted (V014).
    pub excel_serial: bool,
}

/// Is `u` nothing but a unit ("次", "万亩", "次/年", "%")? For cutting a value out of
/// run-together text, where the unit is followed by the next name.
pub fn is_unit(u: &str) -> bool {
    units::is_unit_vocab(u)
}

/// Parses one printed 指标值. Never panics; unreadable input is kind "unparsed".
pub fn parse_target(raw: &str, ctx: &TargetContext) -> (Target, TargetFlags) {
    parse_target_traced(raw, ctx).0
}

/// [`parse_target`], and whether the answer read the context (the year or the date
/// hint): when it did not, the answer is the same in every context (`consult.rs`).
fn parse_target_traced(raw: &str, ctx: &TargetContext) -> ((Target, TargetFlags), bool) {
    let norm = normalize::normalize(raw);
    let mut flags = TargetFlags { glyph_normalized: norm.glyph, ..TargetFlags::default() };
    let ctx = consult::Consulted::new(ctx);
    let target = parse_normalized(&norm.text, &ctx, &mut flags);
    ((target, flags), ctx.was_read())
}

fn parse_normalized(s: &str, ctx: &consult::Consulted, flags: &mut TargetFlags) -> Target {
    // A dash or 不适用 is a cell with no target, as an empty one is (see `idioms.rs`).
    if s.is_empty() || idioms::not_applicable(s) {
        return Target::default();
    }
    if let Some(t) = template(s, flags) {
        return t;
    }
    if let Some(t) = bracketed_range(s).or_else(|| bracketed_range(&idioms::bounds_as_glyphs(s)?)) {
        return t;
    }
    if let Some(t) = between_words(s, ctx, flags) {
        return t;
    }
    // "指标值≥95%": a label before the comparator.
    let body = ["指标值", "目标值"]
        .iter()
        .find_map(|l| s.strip_prefix(l).filter(|r| r.starts_with(['≥', '≤', '=', '>', '<'])))
        .unwrap_or_else(|| strip_rate_label(s));
    let pre = normalize::strip_prefix(body);
    let (op, mut rest) = (pre.op, pre.rest);
    if let Some(r) = rest.strip_prefix('二').filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) {
        flags.ocr_suspect = true;
        rest = r;
    }
    if let Some(per) = pre.per.filter(|_| pre.every == 1) {
        if let Some(t) = recurring::parse(rest, per, op, ctx) {
            return t;
        }
    }
    // An attainment verb ("完成2024年12月") does not make a date a quantity.
    let dated = matches!(pre.direction, None | Some(Direction::Achieve));
    if dated && pre.per.is_none() {
        if let Some(t) = dates::parse_date(rest, op, ctx) {
            return t;
        }
        // The date hint is read only of a number that is a date under it, so that
        // other values answer every context alike (`consult.rs`).
        if let Some((t, serial)) = dates::parse_numeric_date(rest, op).filter(|_| ctx.expect_date()) {
            flags.excel_serial = serial;
            return t;
        }
    }
    let per = pre.per.map(|p| (p, pre.every));
    if let Some(t) = quantity(rest, op, pre.direction, per, flags) {
        return t;
    }
    // Every fraction holds 分之 or a slash; most values have neither.
    if rest.contains("分之") || rest.contains('/') {
        if let Some(t) = fraction::parse(rest, op, pre.direction) {
            return t;
        }
    }
    if let Some(t) = ranks::parse(rest, op, pre.direction).or_else(|| idioms::late(rest, op, pre.direction)) {
        return t;
    }
    fallback(s, op, rest, flags)
}

/// "介于90%至95%之间", "在90%-95%之间", "介于90%和95%之间": the range inside the words.
/// Only a range is taken; anything else "之间" wraps is left to the rest of the grammar.
fn between_words(s: &str, ctx: &consult::Consulted, flags: &mut TargetFlags) -> Option<Target> {
    let inner = s.strip_suffix("之间")?;
    let inner = ["介于", "处于", "保持在", "控制在", "在"].iter().find_map(|w| inner.strip_prefix(w)).unwrap_or(inner);
    let inner = inner.replacen(['和', '与'], "-", 1);
    let t = parse_normalized(&inner, ctx, flags);
    (t.kind == TargetKind::Range).then_some(t)
}

/// "完成率100%", "合格率≥95%", "满意度达到90%": the indicator's name printed before its
/// value, as "指标值≥95%" prints a label. Only a short label ending in 率 or 满意度, and
/// only when a number follows (after a comparator or verb): "参保率稳步提高" stays wording.
fn strip_rate_label(s: &str) -> &str {
    // Values open with a digit or a comparator far more often than with a label.
    if s.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '≥' | '≤' | '=' | '>' | '<')) {
        return s;
    }
    let end = match (s.find('率'), s.find("满意度")) {
        (_, Some(i)) => i + "满意度".len(),
        (Some(i), None) => i + '率'.len_utf8(),
        (None, None) => return s,
    };
    let (label, rest) = s.split_at(end);
    let numbered = normalize::strip_prefix(rest).rest.starts_with(|c: char| c.is_ascii_digit());
    if numbered && label.chars().count() <= 10 && label.chars().all(|c| normalize::has_cjk(c.encode_utf8(&mut [0; 4]))) {
        rest
    } else {
        s
    }
}

/// A comparator before a reference level instead of a number ("≥上年", "≤上年同期",
/// "≥行业标准"): not below it holds the level, above it raises it, not above it holds
/// it down — as "不低于上年" reads.
fn against_reference(op: Option<Op>, rest: &str) -> Option<Direction> {
    const REFERENCE: [&str; 7] = ["上年", "去年", "同期", "往年", "历年", "水平", "标准"];
    if !REFERENCE.iter().any(|w| rest.contains(w)) {
        return None;
    }
    match op? {
        Op::Ge | Op::Eq => Some(Direction::Maintain),
        Op::Gt => Some(Direction::Increase),
        Op::Le | Op::Lt => Some(Direction::Decrease),
        Op::Between => None,
    }
}

fn unparsed(op: Option<Op>, unit: Option<String>) -> Target {
    Target { kind: TargetKind::Unparsed, op, unit, ..Target::default() }
}

/// Star/X templates: "**", "≥**%", "(≥**个)", "XX%".
fn template(s: &str, flags: &mut TargetFlags) -> Option<Target> {
    if !s.contains(['*', '×', 'x', 'X']) {
        return None;
    }
    let inner = s.strip_prefix('(').and_then(|r| r.strip_suffix(')')).unwrap_or(s);
    let pre = normalize::strip_prefix(inner);
    let is_mark = |c: &char| matches!(c, '*' | '×' | 'x' | 'X');
    let marks = pre.rest.chars().take_while(is_mark).count();
    // In bytes: '×' is two.
    let marks_len: usize = pre.rest.chars().take_while(is_mark).map(char::len_utf8).sum();
    let unit = &pre.rest[marks_len..];
    let stars = pre.rest[..marks_len].contains(['*', '×']);
    let xs_only = marks > 0 && !stars;
    // The unit must be a unit: "*联系人:" is a form label with a required-field star.
    let unit_ok = unit.is_empty() || units::is_unit_vocab(unit);
    if marks > 0 && unit_ok && (stars || (xs_only && marks <= 3)) {
        flags.placeholder = true;
        return Some(unparsed(pre.op, (!unit.is_empty()).then(|| unit.to_string())));
    }
    if s.contains("**") {
        flags.placeholder = true;
        return Some(unparsed(None, None));
    }
    None
}

static RE_BRACKETED: LazyLock<Regex> = LazyLock::new(|| {
    let n = NUM_PATTERN;
    Regex::new(&format!(
        r"^(?P<a>{n})(?P<ua>[^0-9≤<≥>=]*?)(?P<c1>[≤<≥>])(?P<mid>[^0-9≤<≥>=]+)(?P<c2>[≤<≥>])(?P<b>{n})(?P<ub>[^0-9≤<≥>=]*)$"
    ))
    .unwrap()
});
static RE_TWO_BOUNDS: LazyLock<Regex> = LazyLock::new(|| {
    let n = NUM_PATTERN;
    Regex::new(&format!(
        r"^(?P<c1>[≥>≤<])(?P<a>{n})(?P<ua>[^0-9≤<≥>=]*?)(?:且|并且|,|、|;|/)?(?P<c2>[≤<≥>])(?P<b>{n})(?P<ub>[^0-9≤<≥>=]*)$"
    ))
    .unwrap()
});

/// "65% ≤ 指标值 ≤ 75%" (either direction) and "≥65%且≤75%" (either order: "≤8%且≥2%").
fn bracketed_range(s: &str) -> Option<Target> {
    if s.chars().filter(|c| matches!(c, '≥' | '≤' | '<' | '>')).count() < 2 {
        return None;
    }
    let c = RE_BRACKETED.captures(s).or_else(|| RE_TWO_BOUNDS.captures(s))?;
    let (c1, c2) = (&c["c1"], &c["c2"]);
    let below = |c: &str| matches!(c, "≤" | "<");
    // Bracketed, both signs point one way ("a ≤ x ≤ b"); as two bounds, opposite ways.
    if c.name("mid").is_some() == (below(c1) != below(c2)) {
        return None;
    }
    let a = numeral::parse_arabic(&c["a"])?;
    let b = numeral::parse_arabic(&c["b"])?;
    let (ua, ub) = (&c["ua"], &c["ub"]);
    let unit = if ub.is_empty() { ua } else { ub };
    if !units::is_valid_unit(ua) || !units::is_valid_unit(ub) {
        return None;
    }
    Some(range_target(a, b, unit, None))
}

fn range_target(a: f64, b: f64, unit: &str, direction: Option<Direction>) -> Target {
    let (lo, hi) = if b < a { (b, a) } else { (a, b) };
    let std = units::standardise(lo, unit);
    Target {
        kind: TargetKind::Range,
        op: Some(Op::Between),
        value: Some(lo),
        max: Some(hi),
        unit: (!unit.is_empty()).then(|| unit.to_string()),
        std_value: Some(std.value),
        std_unit: std.unit,
        direction,
        ..Target::default()
    }
}

/// Number [unit] [bound word], or number [unit] sep number [unit].
fn quantity(rest: &str, op: Option<Op>, direction: Option<Direction>, per: Option<(&str, u32)>, flags: &mut TargetFlags) -> Option<Target> {
    let mut n1 = take_number(rest)?;
    // "九成五" is 9.5 成: the digit after 成 is the next tenth.
    let tenths;
    let after = match numeral::tenths_tail(&rest[n1.len..]) {
        Some((t, tail)) => {
            n1.value += t;
            tenths = format!("成{tail}");
            tenths.as_str()
        }
        None => &rest[n1.len..],
    };
    let (after, attained) = normalize::strip_trailing_verb(normalize::strip_note(after));
    let (after, attained) = match attained {
        true => (after, true),
        false => normalize::strip_timed_action(after),
    };
    let after = if attained { after } else { normalize::cut_after_bound(after) };
    let direction = direction.or(attained.then_some(Direction::Achieve));
    // "2024年…" that the date grammar declined is a reference year in prose, not a count.
    if after.starts_with('年') && is_year(n1.value) {
        return None;
    }
    let mut second = None;
    for (i, c) in after.char_indices() {
        if c.is_ascii_digit() {
            break;
        }
        if matches!(c, '-' | '~' | '至' | '到') {
            let tail = &after[i + c.len_utf8()..];
            if let Some(n2) = take_number(tail) {
                second = Some((&after[..i], n2, &tail[n2.len..]));
            }
            break;
        }
    }
    let chinese = n1.chinese || second.is_some_and(|(_, n2, _)| n2.chinese);
    // Chinese numerals need a known unit so that prose ("一般", "两病…") stays prose.
    let unit_ok = |u: &str| units::is_valid_unit(u) && (!chinese || u.is_empty() || units::is_unit_vocab(u));
    if let Some((u1, n2, tail)) = second {
        let (u1, u2) = (units::strip_annotation(u1), units::strip_annotation(normalize::strip_suffix_op(tail).0));
        let unit = if u2.is_empty() { u1 } else { u2 };
        if !unit_ok(u1) || !unit_ok(u2) {
            return None;
        }
        // "2025-2026松线虫病防治" is a span of years heading prose, not a range of counts.
        if is_year(n1.value) && is_year(n2.value) && !unit.is_empty() && !units::is_unit_vocab(unit) {
            return None;
        }
        let mut t = range_target(n1.value, n2.value, unit, direction);
        if let (Some((per, every)), Some(v)) = (per, t.std_value.as_mut()) {
            per_period(v, &mut t.std_unit, per, every);
        }
        return Some(t);
    }
    let (unit, mut suffix_op) = normalize::strip_suffix_op(after);
    let rate = normalize::strip_rate_op(unit);
    let unit = match &rate {
        Some((u, o)) => {
            suffix_op = *o;
            u.as_str()
        }
        None => units::strip_annotation(unit),
    };
    if !unit_ok(unit) {
        return None;
    }
    // "二等奖以上" is the 2nd prize or better: a rank bound points down.
    if units::is_rank(unit) {
        suffix_op = suffix_op.map(ranks::flip);
    }
    let op = op.or(suffix_op);
    let mut std = units::standardise(n1.value, unit);
    if let Some((per, every)) = per {
        std.kind = TargetKind::Number;
        per_period(&mut std.value, &mut std.unit, per, every);
    }
    if unit == "%" && !n1.chinese && units::ocr_percent(n1.lit, n1.value, op) {
        flags.ocr_suspect = true;
    }
    Some(Target {
        kind: std.kind,
        op,
        value: Some(n1.value),
        unit: (!unit.is_empty()).then(|| unit.to_string()),
        std_value: Some(std.value),
        std_unit: std.unit,
        direction,
        ..Target::default()
    })
}

/// "每年2次" is the rate 2 次/年: the period joins the standard unit as a denominator (the
/// printed unit stays "次"); 每半年 counts double per year, as "次/半年" does, and
/// 每两周 half per week.
fn per_period(value: &mut f64, std_unit: &mut Option<String>, per: &str, every: u32) {
    let (f, per) = if per == "半年" { (2.0, "年") } else { (1.0 / f64::from(every), per) };
    *value = units::tidy(*value * f);
    let base = std_unit.as_deref().unwrap_or("");
    *std_unit = Some(match base.split_once('/') {
        // Already a rate ("每年2次/人"): keep it as printed.
        Some(_) => base.to_string(),
        None => format!("{base}/{per}"),
    });
}

fn is_year(v: f64) -> bool {
    v.fract() == 0.0 && (1900.0..=2100.0).contains(&v)
}

static RE_YEAR_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?:19|20)[0-9]{2}年度?").unwrap());

/// No grammar matched: a placeholder unit, qualitative wording, or unparsed.
fn fallback(s: &str, op: Option<Op>, rest: &str, flags: &mut TargetFlags) -> Target {
    let digits = |t: &str| t.bytes().any(|b| b.is_ascii_digit());
    // A lone comparator (a truncated cell); a lone verb ("保持") is still wording.
    if rest.is_empty() && !normalize::has_cjk(s) {
        return unparsed(op, None);
    }
    if !digits(s) && units::is_unit_vocab(rest) {
        flags.placeholder = true;
        return unparsed(op, Some(rest.to_string()));
    }
    let no_digits = !digits(s) || (s.contains('年') && !digits(&RE_YEAR_WORD.replace_all(s, "")));
    if no_digits && normalize::has_cjk(s) {
        let direction = qualitative::direction(s).or_else(|| against_reference(op, rest));
        if direction.is_some() || s.chars().count() <= 30 {
            return Target { kind: TargetKind::Qualitative, direction, ..Target::default() };
        }
    }
    unparsed(op, None)
}
