//! A per-thread memo of [`super::parse_target`]: the grammar is a pure function of the
//! printed value and its context, and printed values repeat heavily across a corpus
//! ("100%", "≥95%", "全覆盖" — in the benchmark corpus one value in six is new). Each
//! rayon worker keeps its own table, so no locks; the table is emptied when it grows
//! past [`CAPACITY`] entries, which bounds its memory (a few MB) on any corpus.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::{parse_target, parse_target_traced, TargetContext, TargetFlags};
use crate::model::Target;

/// Entries kept per thread before the table is emptied.
const CAPACITY: usize = 16_384;
/// Values longer than this are prose, rarely repeated: parsed without the memo.
const MAX_KEY_BYTES: usize = 96;

type Parsed = (Target, TargetFlags);
/// The year and whether a date is expected: what the grammar reads besides the text.
type Context = (Option<i32>, bool);

/// What is remembered of one text.
enum Entry {
    /// The grammar did not read the context: this answer holds in every context, so the
    /// layout's read (no context) and the pipeline's (the filing's) share one parse.
    Free(Parsed),
    /// The answer read the year or the date hint ("≤12月份", "44561"): one per context.
    Bound(Vec<(Context, Parsed)>),
}

#[derive(Default)]
struct Memo {
    /// One table for all contexts, keyed by the text: one hash per read.
    by_text: FxHashMap<Box<str>, Entry>,
    /// Answers held (a bound entry holds one per context it was read in).
    len: usize,
}

thread_local! {
    static MEMO: RefCell<Memo> = RefCell::new(Memo::default());
}

/// [`parse_target`], remembered per thread; the same result by construction.
pub fn parse_target_memo(raw: &str, ctx: &TargetContext) -> Parsed {
    if raw.len() > MAX_KEY_BYTES {
        return parse_target(raw, ctx);
    }
    let context = (ctx.year, ctx.expect_date);
    MEMO.with(|memo| {
        let mut memo = memo.borrow_mut();
        match memo.by_text.get(raw) {
            Some(Entry::Free(hit)) => return hit.clone(),
            Some(Entry::Bound(held)) => {
                if let Some((_, hit)) = held.iter().find(|(c, _)| *c == context) {
                    return hit.clone();
                }
            }
            None => {}
        }
        let (parsed, read) = parse_target_traced(raw, ctx);
        if memo.len >= CAPACITY {
            memo.by_text.clear();
            memo.len = 0;
        }
        memo.len += 1;
        if !read {
            // Unread here means unread in any context: the answer is every context's.
            memo.by_text.insert(raw.into(), Entry::Free(parsed.clone()));
        } else if let Some(Entry::Bound(held)) = memo.by_text.get_mut(raw) {
            held.push((context, parsed.clone()));
        } else {
            memo.by_text.insert(raw.into(), Entry::Bound(vec![(context, parsed.clone())]));
        }
        parsed
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memo_gives_what_the_grammar_gives_in_every_context() {
        let values = ["≥95%", "100%", "≤12月份", "44561", "全覆盖", "2次/年", "", "≥**%"];
        for round in 0..2 {
            for year in [None, Some(2023), Some(2024)] {
                for expect_date in [false, true] {
                    let ctx = TargetContext { year, expect_date };
                    for v in values {
                        assert_eq!(parse_target_memo(v, &ctx), parse_target(v, &ctx), "{v:?} {year:?} {expect_date} round {round}");
                    }
                }
            }
        }
    }

    /// Empties this thread's memo, so that a test chooses which context reads first.
    fn forget() {
        MEMO.with(|m| *m.borrow_mut() = Memo::default());
    }

    /// Values whose answer depends on the context (months without a year, year words,
    /// quarters, recurring deadlines, bare yyyymmdd numbers and Excel serials) beside
    /// values that read the same in every context.
    const MIXED: [&str; 16] = [
        "≤12月份",
        "12月底前",
        "6月",
        "20241231",
        "202406",
        "2024",
        "44561",
        "年底前",
        "第四季度",
        "3-6月",
        "每年6月底前",
        "每周五前",
        "每月10日前",
        "≥95%",
        "100",
        "每年2次",
    ];

    #[test]
    fn a_value_read_in_one_context_then_another_is_what_a_fresh_parse_gives() {
        let contexts = [
            TargetContext::default(),
            TargetContext { year: Some(2024), expect_date: false },
            TargetContext { year: Some(2023), expect_date: true },
            TargetContext { year: None, expect_date: true },
        ];
        for v in MIXED {
            for a in contexts {
                for b in contexts {
                    forget();
                    assert_eq!(parse_target_memo(v, &a), parse_target(v, &a), "{v:?} first in {a:?}");
                    assert_eq!(parse_target_memo(v, &b), parse_target(v, &b), "{v:?} in {b:?} after {a:?}");
                    assert_eq!(parse_target_memo(v, &a), parse_target(v, &a), "{v:?} again in {a:?} after {b:?}");
                }
            }
        }
    }

    #[test]
    fn a_value_that_reads_no_context_is_parsed_once_for_every_context() {
        forget();
        let (layout, filing) = (TargetContext::default(), TargetContext { year: Some(2024), expect_date: true });
        for v in ["≥95%", "全覆盖", "每年2次", "100"] {
            parse_target_memo(v, &layout);
            parse_target_memo(v, &filing);
        }
        MEMO.with(|m| assert_eq!(m.borrow().len, 4));
        // A month without a year and a yyyymmdd number read it: one answer per context.
        for v in ["≤12月份", "20241231"] {
            parse_target_memo(v, &layout);
            parse_target_memo(v, &filing);
        }
        MEMO.with(|m| assert_eq!(m.borrow().len, 8));
    }

    #[test]
    fn the_grammar_notes_whether_it_read_the_context() {
        let ctx = TargetContext { year: Some(2024), expect_date: true };
        let read = |v: &str| parse_target_traced(v, &ctx).1;
        for v in ["≥95%", "全覆盖", "每年2次", "100", "6个月", "95.5", "2次/年"] {
            assert!(!read(v), "{v:?} should not read the context");
        }
        for v in ["≤12月份", "20241231", "44561", "年底前", "第四季度", "每周五前", "每年6月底前"] {
            assert!(read(v), "{v:?} should read the context");
        }
    }

    #[test]
    fn memo_stays_bounded() {
        let ctx = TargetContext { year: Some(2024), expect_date: false };
        for i in 0..CAPACITY + 10 {
            parse_target_memo(&format!("{i}次"), &ctx);
        }
        MEMO.with(|m| assert!(m.borrow().len <= CAPACITY));
        assert_eq!(parse_target_memo("7次", &ctx), parse_target("7次", &ctx));
    }
}
