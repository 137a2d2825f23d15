//! The parsed target as flat `target_*` columns, shared by the `indicators` table and
//! the `targets` table of [`targets_table`] (the target grammar asked of a user's own
//! values: `jixiao.parse_targets`), so both name and type them alike.

use arrow_array::builder::{Float64Builder, StringBuilder};
use arrow_array::RecordBatch;
use arrow_schema::ArrowError;
use rayon::prelude::*;

use super::{strings, Columns};
use crate::extract::target::{parse_target_memo, TargetContext};
use crate::model::{Direction, Op, Target};

/// Builders of the nine `target_*` columns, in the contract's order.
pub(crate) struct TargetColumns {
    kind: StringBuilder,
    op: StringBuilder,
    value: Float64Builder,
    max: Float64Builder,
    unit: StringBuilder,
    std_value: Float64Builder,
    std_unit: StringBuilder,
    date: StringBuilder,
    direction: StringBuilder,
}

impl TargetColumns {
    pub(crate) fn with_capacity(n: usize) -> Self {
        TargetColumns {
            kind: strings(n, 7),
            op: strings(n, 2),
            value: Float64Builder::with_capacity(n),
            max: Float64Builder::with_capacity(n),
            unit: strings(n, 4),
            std_value: Float64Builder::with_capacity(n),
            std_unit: strings(n, 4),
            date: strings(n, 2),
            direction: strings(n, 2),
        }
    }

    pub(crate) fn append(&mut self, t: &Target) {
        self.kind.append_value(t.kind.as_str());
        self.op.append_option(t.op.map(Op::as_str));
        self.value.append_option(t.value);
        self.max.append_option(t.max);
        self.unit.append_option(t.unit.as_deref());
        self.std_value.append_option(t.std_value);
        self.std_unit.append_option(t.std_unit.as_deref());
        self.date.append_option(t.date.as_deref());
        self.direction.append_option(t.direction.map(Direction::as_str));
    }

    pub(crate) fn finish_into(self, c: &mut Columns) {
        c.str("target_kind", false, self.kind);
        c.str("target_op", true, self.op);
        c.f64("target_value", self.value);
        c.f64("target_max", self.max);
        c.str("target_unit", true, self.unit);
        c.f64("target_std_value", self.std_value);
        c.str("target_std_unit", true, self.std_unit);
        c.str("target_date", true, self.date);
        c.str("target_direction", true, self.direction);
    }
}

/// Values per record batch of a `targets` table: one task of the pool each, and the
/// chunks a consumer sees (a million values are 62 batches).
pub const TARGETS_BATCH: usize = 16_384;

/// The target grammar over many values, as a table: `value` (the text as given, null
/// for a missing one, which reads as an empty target) and the nine `target_*` columns
/// of the indicators table. Every value is read with the same context (`year` for
/// month-only dates, `expect_date` as for a 时效 indicator). Batches of
/// [`TARGETS_BATCH`] values are parsed in parallel on jixiao's pool (`threads`, as a
/// read's) and come back in input order.
pub fn targets_table(values: &[Option<String>], ctx: TargetContext, threads: Option<usize>) -> Result<Vec<RecordBatch>, ArrowError> {
    let batch = |part: &[Option<String>]| targets_batch(part, ctx);
    let parts: Vec<Result<RecordBatch, ArrowError>> = match crate::batch::thread_pool(threads) {
        Some(pool) if values.len() > TARGETS_BATCH => pool.install(|| values.par_chunks(TARGETS_BATCH).map(batch).collect()),
        _ => values.chunks(TARGETS_BATCH).map(batch).collect(),
    };
    let mut out: Vec<RecordBatch> = parts.into_iter().collect::<Result<_, _>>()?;
    if out.is_empty() {
        // No value: one empty batch, as the table's schema.
        out.push(targets_batch(&[], ctx)?);
    }
    Ok(out)
}

fn targets_batch(values: &[Option<String>], ctx: TargetContext) -> Result<RecordBatch, ArrowError> {
    let n = values.len();
    let mut value = strings(n, 8);
    let mut target = TargetColumns::with_capacity(n);
    for v in values {
        value.append_option(v.as_deref());
        // The memo: a column of targets repeats a few hundred texts ("100%", "≥95%").
        let (t, _) = parse_target_memo(v.as_deref().unwrap_or(""), &ctx);
        target.append(&t);
    }
    let mut c = Columns::with_capacity(10);
    c.str("value", true, value);
    target.finish_into(&mut c);
    c.finish()
}
