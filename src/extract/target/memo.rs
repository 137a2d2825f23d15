//! A per-thread memo of [`super::parse_target`]: the grammar is a pure function of the
//! printed value and its context, and printed values repeat heavily across a corpus
//! ("100%", "≥95%", "全覆盖" — in the benchmark corpus one value in six is new). Each
//! rayon worker keeps its own table, so no locks; the table is emptied when it grows
//! past [`CAPACITY`] entries, which bounds its memory (a few MB) on any corpus.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::{parse_target, TargetContext, TargetFlags};
use crate::model::Target;

/// Entries kept per thread before the table is emptied.
const CAPACITY: usize = 16_384;
/// Values longer than this are prose, rarely repeated: parsed without the memo.
const MAX_KEY_BYTES: usize = 96;

type Parsed = (Target, TargetFlags);
/// The year and whether a date is expected: what the grammar reads besides the text.
type Context = (Option<i32>, bool);

#[derive(Default)]
struct Memo {
    /// One table per context (the year and whether a date is expected); a filing has
    /// one year, so there are only a handful.
    by_context: Vec<(Context, FxHashMap<Box<str>, Parsed>)>,
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
        let at = match memo.by_context.iter().position(|(c, _)| *c == context) {
            Some(i) => i,
            None => {
                memo.by_context.push((context, FxHashMap::default()));
                memo.by_context.len() - 1
            }
        };
        if let Some(hit) = memo.by_context[at].1.get(raw) {
            return hit.clone();
        }
        let parsed = parse_target(raw, ctx);
        if memo.len >= CAPACITY {
            memo.by_context.iter_mut().for_each(|(_, t)| t.clear());
            memo.len = 0;
        }
        memo.by_context[at].1.insert(raw.into(), parsed.clone());
        memo.len += 1;
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
