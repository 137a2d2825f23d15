//! Records → the four flat tables of `spec/records.md` §2, as Arrow record batches.
//!
//! Columns are built with Arrow builders straight from the records (no detour through
//! JSON or dicts): table building must keep up with parsing on large corpora. Every
//! table carries `filing_id`, the input's position plus a base offset, so chunks of a
//! streamed read keep globally unique, increasing ids; `project_id` and
//! `indicator_id` are 0-based positions within their filing / project.

mod filings;
mod indicators;
mod projects;
mod targets;
mod units;

use std::sync::Arc;

use arrow_array::builder::{BooleanBuilder, Float64Builder, Int32Builder, Int64Builder, StringBuilder};
use arrow_array::{ArrayRef, RecordBatch};
use arrow_schema::{ArrowError, Field, Schema, SchemaRef};

use crate::batch::FilingRecord;

pub use filings::{diagnostics_table, filings_table};
pub use indicators::indicators_table;
pub use projects::projects_table;
pub use targets::{targets_table, TARGETS_BATCH};
pub use units::{effective_unit, effective_unit_in, unit_factor};

/// The four tables of one batch (or one chunk of a streamed read).
#[derive(Debug, Clone)]
pub struct Tables {
    pub filings: RecordBatch,
    pub projects: RecordBatch,
    pub indicators: RecordBatch,
    pub diagnostics: RecordBatch,
}

/// Names of the tables, in the order [`Tables::into_vec`] gives them.
pub const TABLE_NAMES: [&str; 4] = ["filings", "projects", "indicators", "diagnostics"];

impl Tables {
    pub fn into_vec(self) -> Vec<(&'static str, RecordBatch)> {
        TABLE_NAMES.into_iter().zip([self.filings, self.projects, self.indicators, self.diagnostics]).collect()
    }
}

/// All four tables; `first_filing_id` is the id of `records[0]` (0 for a whole batch,
/// the chunk's offset for a streamed read). The indicator table, by far the largest,
/// is built alongside the three others (see [`join`]).
pub fn tables(records: &[FilingRecord], first_filing_id: i64) -> Result<Tables, ArrowError> {
    let (indicators, rest) = join(|| indicators_table(records, first_filing_id), || build_rest(records, first_filing_id));
    let (filings, projects, diagnostics) = rest?;
    Ok(Tables { filings, projects, indicators: indicators?, diagnostics })
}

/// `rayon::join` on jixiao's pool. Outside any pool `rayon::join` would start rayon's
/// global pool, which belongs to the host program; inside one (a batch read, or the
/// host's own pool) it just forks there. Without a pool the two run in turn.
pub(crate) fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB + Send,
    RA: Send,
    RB: Send,
{
    if rayon::current_thread_index().is_some() {
        return rayon::join(a, b);
    }
    match crate::batch::thread_pool(None) {
        Some(pool) => pool.install(|| rayon::join(a, b)),
        None => (a(), b()),
    }
}

type Rest = (RecordBatch, RecordBatch, RecordBatch);

fn build_rest(records: &[FilingRecord], first_filing_id: i64) -> Result<Rest, ArrowError> {
    Ok((filings_table(records, first_filing_id)?, projects_table(records, first_filing_id)?, diagnostics_table(records, first_filing_id)?))
}

/// Schemas of the four tables (what an empty batch has), e.g. for an empty stream.
pub fn schemas() -> [SchemaRef; 4] {
    [
        filings_table(&[], 0).expect("empty filings table").schema(),
        projects_table(&[], 0).expect("empty projects table").schema(),
        indicators_table(&[], 0).expect("empty indicators table").schema(),
        diagnostics_table(&[], 0).expect("empty diagnostics table").schema(),
    ]
}

/// Columns in the making: the schema is taken from the arrays themselves, so a column
/// and its field can never disagree; `nullable = false` is checked by Arrow on build.
#[derive(Default)]
pub(crate) struct Columns {
    fields: Vec<Field>,
    arrays: Vec<ArrayRef>,
}

impl Columns {
    pub(crate) fn with_capacity(n: usize) -> Self {
        Columns { fields: Vec::with_capacity(n), arrays: Vec::with_capacity(n) }
    }

    pub(crate) fn add(&mut self, name: &str, nullable: bool, array: ArrayRef) {
        self.fields.push(Field::new(name, array.data_type().clone(), nullable));
        self.arrays.push(array);
    }

    pub(crate) fn str(&mut self, name: &str, nullable: bool, mut b: StringBuilder) {
        self.add(name, nullable, Arc::new(b.finish()));
    }

    pub(crate) fn i64(&mut self, name: &str, nullable: bool, mut b: Int64Builder) {
        self.add(name, nullable, Arc::new(b.finish()));
    }

    pub(crate) fn i32(&mut self, name: &str, mut b: Int32Builder) {
        self.add(name, true, Arc::new(b.finish()));
    }

    pub(crate) fn f64(&mut self, name: &str, mut b: Float64Builder) {
        self.add(name, true, Arc::new(b.finish()));
    }

    pub(crate) fn bool(&mut self, name: &str, nullable: bool, mut b: BooleanBuilder) {
        self.add(name, nullable, Arc::new(b.finish()));
    }

    pub(crate) fn extend(&mut self, other: Columns) {
        self.fields.extend(other.fields);
        self.arrays.extend(other.arrays);
    }

    pub(crate) fn finish(self) -> Result<RecordBatch, ArrowError> {
        RecordBatch::try_new(Arc::new(Schema::new(self.fields)), self.arrays)
    }
}

/// A string builder for `rows` values of about `avg` bytes each.
pub(crate) fn strings(rows: usize, avg: usize) -> StringBuilder {
    StringBuilder::with_capacity(rows, rows * avg)
}

pub(crate) fn usize_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}
