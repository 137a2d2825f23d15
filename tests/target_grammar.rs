//! Table-driven tests of the target grammar. The rows live in `target_grammar/corpus.rs`
//! (指标值 strings printed in shared/corpus, copied into the table so the test needs no
//! files) and `target_grammar/hand_made.rs`; a failing row prints its input and a
//! field-by-field diff.

use jixiao::extract::target::{parse_target, TargetContext, TargetFlags};
use jixiao::model::*;

struct Case {
    raw: &'static str,
    ctx: TargetContext,
    want: Target,
    flags: TargetFlags,
}

fn op(s: &str) -> Option<Op> {
    match s {
        "" => None,
        ">=" => Some(Op::Ge),
        "<=" => Some(Op::Le),
        "=" => Some(Op::Eq),
        ">" => Some(Op::Gt),
        "<" => Some(Op::Lt),
        "between" => Some(Op::Between),
        _ => panic!("bad op in table: {s}"),
    }
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn c(raw: &'static str) -> Case {
    Case { raw, ctx: TargetContext::default(), want: Target::default(), flags: TargetFlags::default() }
}

impl Case {
    fn y(mut self, year: i32) -> Self {
        self.ctx.year = Some(year);
        self
    }
    /// A 时效 indicator (or a name with 时间/日期).
    fn d(mut self) -> Self {
        self.ctx.expect_date = true;
        self
    }
    fn quant(mut self, kind: TargetKind, o: &str, v: f64, unit: &str, sv: f64, su: &str) -> Self {
        self.want =
            Target { kind, op: op(o), value: Some(v), unit: opt(unit), std_value: Some(sv), std_unit: opt(su), ..Target::default() };
        self
    }
    fn n(self, o: &str, v: f64, unit: &str, sv: f64, su: &str) -> Self {
        self.quant(TargetKind::Number, o, v, unit, sv, su)
    }
    fn dur(self, o: &str, v: f64, unit: &str, sv: f64, su: &str) -> Self {
        self.quant(TargetKind::Duration, o, v, unit, sv, su)
    }
    fn range(mut self, lo: f64, hi: f64, unit: &str, sv: f64, su: &str) -> Self {
        self = self.quant(TargetKind::Range, "between", lo, unit, sv, su);
        self.want.max = Some(hi);
        self
    }
    fn date(mut self, o: &str, date: &str) -> Self {
        self.want = Target { kind: TargetKind::Date, op: op(o), date: opt(date), ..Target::default() };
        self
    }
    /// A month with no year to resolve it: kept in value/unit.
    fn month(mut self, o: &str, m: f64, unit: &str) -> Self {
        self = self.date(o, "");
        self.want.value = Some(m);
        self.want.unit = opt(unit);
        self
    }
    fn qual(mut self, dir: &str) -> Self {
        let direction = match dir {
            "" => None,
            "increase" => Some(Direction::Increase),
            "decrease" => Some(Direction::Decrease),
            "maintain" => Some(Direction::Maintain),
            "achieve" => Some(Direction::Achieve),
            _ => panic!("bad direction in table: {dir}"),
        };
        self.want = Target { kind: TargetKind::Qualitative, direction, ..Target::default() };
        self
    }
    fn unparsed(mut self, o: &str, unit: &str) -> Self {
        self.want = Target { kind: TargetKind::Unparsed, op: op(o), unit: opt(unit), ..Target::default() };
        self
    }
    fn empty(mut self) -> Self {
        self.want = Target::default();
        self
    }
    fn dir(mut self, d: Direction) -> Self {
        self.want.direction = Some(d);
        self
    }
    fn glyph(mut self) -> Self {
        self.flags.glyph_normalized = true;
        self
    }
    fn ocr(mut self) -> Self {
        self.flags.ocr_suspect = true;
        self
    }
    fn ph(mut self) -> Self {
        self.flags.placeholder = true;
        self
    }
    fn excel(mut self) -> Self {
        self.flags.excel_serial = true;
        self
    }
}

fn close(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0),
        _ => false,
    }
}

/// Field-by-field differences, empty when the row passes.
fn diff(got: &Target, want: &Target, gf: &TargetFlags, wf: &TargetFlags) -> Vec<String> {
    let mut d = Vec::new();
    macro_rules! eq {
        ($f:ident) => {
            if got.$f != want.$f {
                d.push(format!("{}: got {:?}, want {:?}", stringify!($f), got.$f, want.$f));
            }
        };
    }
    macro_rules! num {
        ($f:ident) => {
            if !close(got.$f, want.$f) {
                d.push(format!("{}: got {:?}, want {:?}", stringify!($f), got.$f, want.$f));
            }
        };
    }
    eq!(kind);
    eq!(op);
    num!(value);
    num!(max);
    eq!(unit);
    num!(std_value);
    eq!(std_unit);
    eq!(date);
    eq!(direction);
    if gf != wf {
        d.push(format!("flags: got {gf:?}, want {wf:?}"));
    }
    d
}

// A test crate root resolves `mod` beside itself; the rows live in a folder cargo does not
// treat as separate test targets.
#[path = "target_grammar/corpus.rs"]
mod corpus;
#[path = "target_grammar/hand_made.rs"]
mod hand_made;
#[path = "target_grammar/probed.rs"]
mod probed;

fn cases() -> Vec<Case> {
    let mut all = corpus::cases();
    all.extend(hand_made::cases());
    all.extend(probed::cases());
    all
}

#[test]
fn target_table() {
    let cases = cases();
    assert!(cases.len() >= 120, "only {} rows", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let (got, flags) = parse_target(case.raw, &case.ctx);
        let d = diff(&got, &case.want, &flags, &case.flags);
        if !d.is_empty() {
            failures.push(format!("{:?} (ctx {:?})\n    {}", case.raw, case.ctx, d.join("\n    ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} rows failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

#[test]
fn long_digit_runs_are_unparsed_not_infinite() {
    let long = "9".repeat(400);
    let (t, _) = parse_target(&long, &TargetContext::default());
    assert_eq!(t.kind, TargetKind::Unparsed);
    let (t, _) = parse_target(&format!("≥{long}%"), &TargetContext::default());
    assert_eq!(t.kind, TargetKind::Unparsed);
}

/// Deterministic garbage (xorshift, no extra crates): parse_target must not panic, and
/// every number it returns must be finite.
#[test]
fn never_panics_on_garbage() {
    #[rustfmt::skip]
    const ALPHABET: &[&str] = &[
        "0", "1", "2", "9", "０", "５", "．", ".", ",", "，", "%", "％", "‰", "≥", "≤", "≧", "≦",
        "=", "＝", "═", ">", "<", "＞", "-", "~", "～", "至", "到", "年", "月", "日", "份", "底", "前",
        "内", "天", "万", "亿", "千", "元", "人", "次", "/", "个", "二", "两", "十", "百", "零", "*", "X",
        "(", ")", "（", " ", "\u{3000}", "不低于", "以上", "指标值", "提高", "保持", "e", "+", "😀",
        "\u{200b}", "ж", "\u{fffd}", "١",
    ];
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for i in 0..600 {
        let len = (next() % 24) as usize;
        let mut s = String::new();
        for _ in 0..len {
            let r = next();
            if r % 11 == 0 {
                // Any scalar value, including unassigned planes.
                if let Some(ch) = char::from_u32((r >> 8) as u32 % 0x11_0000) {
                    s.push(ch);
                }
            } else {
                s.push_str(ALPHABET[(r >> 8) as usize % ALPHABET.len()]);
            }
        }
        if i % 50 == 0 {
            s.push_str(&"1,000".repeat(200));
        }
        for ctx in [TargetContext::default(), TargetContext { year: Some(2023), expect_date: true }] {
            let (t, _) = parse_target(&s, &ctx);
            for v in [t.value, t.max, t.std_value].into_iter().flatten() {
                assert!(v.is_finite(), "{s:?} gave {t:?}");
            }
        }
    }
}

/// A value printed as "/" or "不适用" sets no target: V001 reports it as it does an
/// empty cell (it is no unreadable value, V003, and no template, V002).
#[test]
fn a_not_applicable_value_is_reported_as_no_target() {
    let rows = [
        "项目名称\t乡村道路养护",
        "一级指标\t二级指标\t三级指标\t指标值",
        "产出指标\t数量指标\t养护里程\t≥120公里",
        "产出指标\t质量指标\t路面优良率\t/",
        "效益指标\t生态效益指标\t绿化面积\t不适用",
        "满意度指标\t服务对象满意度指标\t沿线群众满意度\t≥90%",
    ];
    let f = jixiao::parse_text(&rows.join("\n"), &jixiao::ParseOptions::default());
    let ind = &f.projects[0].indicators;
    assert_eq!(ind.iter().map(|i| i.value.as_str()).collect::<Vec<_>>(), ["≥120公里", "/", "不适用", "≥90%"]);
    assert_eq!(ind[1].target.kind, TargetKind::Empty);
    let codes = |c: &str| f.diagnostics.iter().filter(|d| d.code == c).filter_map(|d| d.indicator).collect::<Vec<_>>();
    assert_eq!(codes("V001"), [1, 2], "{:#?}", f.diagnostics);
    assert!(codes("V002").is_empty() && codes("V003").is_empty(), "{:#?}", f.diagnostics);
}
