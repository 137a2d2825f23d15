//! The filing's context as the grammar reads it, noting whether it was read at all.
//!
//! Most printed values ("≥95%", "全覆盖", "2次/年") read the same whatever the filing's
//! year or date hint: only a month without a year, a year-relative word, a quarter, a
//! recurring deadline or a bare number under the date hint looks at them. A value the
//! grammar answered without reading its context has that answer in every context, so
//! the memo (`memo.rs`) keeps one answer for it instead of one per context: the layout's
//! read with no context and the pipeline's read with the filing's then share one parse.

use std::cell::Cell;

use super::TargetContext;

/// A [`TargetContext`] whose every read is recorded. The grammar reads the context only
/// through [`Consulted::year`] and [`Consulted::expect_date`], and reads it where the
/// answer depends on it (after a value's shape has matched), so that an unread context
/// is one the answer does not depend on.
pub(super) struct Consulted<'a> {
    ctx: &'a TargetContext,
    read: Cell<bool>,
}

impl<'a> Consulted<'a> {
    pub(super) fn new(ctx: &'a TargetContext) -> Self {
        Consulted { ctx, read: Cell::new(false) }
    }

    /// The filing's budget year, noted as read.
    pub(super) fn year(&self) -> Option<i32> {
        self.read.set(true);
        self.ctx.year
    }

    /// Whether a date is expected, noted as read.
    pub(super) fn expect_date(&self) -> bool {
        self.read.set(true);
        self.ctx.expect_date
    }

    /// Was either part of the context read?
    pub(super) fn was_read(&self) -> bool {
        self.read.get()
    }
}
