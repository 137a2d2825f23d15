//! Direction of qualitative wording (定性指标值): 逐步提高 → increase, 有效减轻 → decrease,
//! 不低于上年 → maintain, 全覆盖 → achieve.

use crate::model::Direction;
use regex::Regex;
use std::sync::LazyLock;

/// Negated decline: a floor at the current level, checked before the decline words it contains.
const NEGATED_DECLINE: &[&str] = &["不降低", "不低于", "不下降", "不减少", "不减弱", "未降低", "未下降", "无下降", "不减", "不增加"];

/// Ceilings read as holding cost down ("不超预算", "控制在预算成本内").
const CEILING: &[&str] = &["不超", "不高于", "不大于", "不多于", "控制在", "以内", "之内", "范围内"];

const INCREASE: &[&str] = &[
    "提高", "提升", "增加", "增长", "上升", "改善", "加强", "增强", "扩大", "优化", "增多", "增进", "好转", "完善", "加快", "增收", "升高",
    "拓展", "拓宽",
];

const DECREASE: &[&str] = &["减轻", "减少", "降低", "下降", "缓解", "减低", "压减", "压缩", "节约", "节省", "遏制", "减缓", "减负"];

/// Checked after increase/decrease so that "持续提升" and "稳定增长" read as increase.
/// 长期/长效 ("长期", "长效运行") are the usual 可持续影响 targets: the effect lasts.
const MAINTAIN: &[&str] = &["保持", "稳定", "持续", "平稳", "维持", "不变", "巩固", "稳固", "长期", "长效", "持平"];

/// Statements of attainment; graded and judgeable (V04), so they carry a direction.
#[rustfmt::skip]
const ACHIEVE: &[&str] = &[
    "全覆盖", "达标", "达到", "完成", "到位", "实现", "全面", "应保尽保", "应救尽救", "应补尽补", "应享尽享", "应纳尽纳", "显著", "明显", "推开", "合格",
    "优良", "良好", "优秀", "知晓", "参保", "按规定", "按时", "按期", "及时", "纳入", "落实", "有效", "符合", "未发生",
    "按标准", "按要求", "按计划", "即时", "杜绝", "随到随办", "即来即办",
];

/// Whole values that are an attainment on their own; substrings of prose ("是否") are not.
const ACHIEVE_EXACT: &[&str] = &["是", "好", "较好", "基本达到", "达到"];

/// One literal alternation per class: the regex engine searches all words in a single
/// pass, where ~100 separate `str::find` calls cost microseconds per value.
struct Class(LazyLock<Regex>);

macro_rules! class {
    ($words:expr) => {
        Class(LazyLock::new(|| Regex::new(&$words.iter().map(|w| regex::escape(w)).collect::<Vec<_>>().join("|")).unwrap()))
    };
}

static RE_NEGATED_DECLINE: Class = class!(NEGATED_DECLINE);
static RE_CEILING: Class = class!(CEILING);
static RE_INCREASE: Class = class!(INCREASE);
static RE_DECREASE: Class = class!(DECREASE);
static RE_MAINTAIN: Class = class!(MAINTAIN);
static RE_ACHIEVE: Class = class!(ACHIEVE);

fn first_pos(s: &str, class: &Class) -> Option<usize> {
    class.0.find(s).map(|m| m.start())
}

/// `None` when the wording names no judgeable change or attainment ("满意", "服务群众",
/// "全年", bare "无"): the validator reports those (V006).
pub(super) fn direction(s: &str) -> Option<Direction> {
    if ACHIEVE_EXACT.contains(&s) {
        return Some(Direction::Achieve);
    }
    if first_pos(s, &RE_NEGATED_DECLINE).is_some() {
        return Some(Direction::Maintain);
    }
    if first_pos(s, &RE_CEILING).is_some() {
        return Some(Direction::Decrease);
    }
    // Mixed wording ("减轻负担，提高待遇") takes the change named first.
    match (first_pos(s, &RE_INCREASE), first_pos(s, &RE_DECREASE)) {
        (Some(i), Some(d)) => return Some(if i < d { Direction::Increase } else { Direction::Decrease }),
        (Some(_), None) => return Some(Direction::Increase),
        (None, Some(_)) => return Some(Direction::Decrease),
        (None, None) => {}
    }
    if first_pos(s, &RE_MAINTAIN).is_some() {
        return Some(Direction::Maintain);
    }
    if first_pos(s, &RE_ACHIEVE).is_some() || zero_target(s) {
        return Some(Direction::Achieve);
    }
    None
}

/// "零事故", "零投诉", "无安全事故", "无不良影响": a count of zero, met or not — judgeable
/// as "0起" is. Bare "无" stays a yes/no word (V006), and "无法…" is not a zero.
fn zero_target(s: &str) -> bool {
    (s.starts_with('零') || (s.starts_with('无') && !s.starts_with("无法"))) && s.chars().nth(1).is_some()
}
