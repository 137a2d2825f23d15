//! Reading many filings at once, in parallel, on jixiao's own thread pool.
//!
//! One file's trouble never stops the batch: a read error or even a panic becomes that
//! file's [`ReadError`], and results always come back in input order whatever the
//! number of threads, so that `filing_id` (the position) is reproducible.

mod expand;
mod pool;

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;

use crate::model::Filing;
use crate::pipeline::{parse_path, ParseOptions};

pub use expand::{expand, matches as glob_matches};
pub use pool::{pool_size, thread_pool, MAX_THREADS_ENV};

#[derive(Debug, Clone, Default)]
pub struct BatchOptions {
    /// Options for every file. `parse.source` is ignored: each record's source is its
    /// path.
    pub parse: ParseOptions,
    /// Worker threads; None = `JIXIAO_MAX_THREADS`, else all cores (see [`pool_size`]).
    pub threads: Option<usize>,
}

/// Why one file could not be read. Owned and plain (unlike [`crate::Error`], which
/// holds an `io::Error`) so results can be cloned, sent and kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReadError {
    /// [`crate::Error::kind`], or "internal" for a panic (a bug in jixiao).
    pub kind: String,
    pub message: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.kind, self.message)
    }
}

impl From<&crate::Error> for ReadError {
    fn from(e: &crate::Error) -> Self {
        ReadError { kind: e.kind().to_string(), message: e.to_string() }
    }
}

/// The outcome for one input.
#[derive(Debug, Clone, PartialEq)]
pub struct FilingRecord {
    /// The path as given (after expansion).
    pub source: String,
    pub result: Result<Filing, ReadError>,
}

/// The `cancel` flag was set before the batch finished; partial results are dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the read was cancelled")]
pub struct Cancelled;

/// Read one file, never failing: errors and panics become the record's [`ReadError`].
pub fn read_one(path: &Path, opts: &ParseOptions) -> FilingRecord {
    let source = path.display().to_string();
    let mut opts = opts.clone();
    opts.source = Some(source.clone());
    // AssertUnwindSafe: the closure reads only the path and its own copy of the options,
    // and nothing it may have left half-built is looked at after a panic.
    let result = match catch_unwind(AssertUnwindSafe(|| parse_path(path, &opts))) {
        Ok(Ok(filing)) => Ok(filing),
        Ok(Err(e)) => Err(ReadError::from(&e)),
        Err(payload) => Err(ReadError { kind: "internal".into(), message: crate::error::panic_message(payload.as_ref()) }),
    };
    FilingRecord { source, result }
}

/// Read `paths` in parallel; records come back in input order.
///
/// `cancel` is checked before each file, so setting it stops the batch once the files
/// in progress finish (each takes milliseconds). `progress(done, total)` is called
/// after every file, from worker threads; a caller with an expensive callback (a
/// Python one) should throttle it itself.
pub fn read_many(
    paths: &[PathBuf],
    opts: &BatchOptions,
    cancel: &AtomicBool,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<Vec<FilingRecord>, Cancelled> {
    let groups = run_grouped(paths, opts, cancel, 0, paths.len(), progress, 1, &|_, records| records)?;
    Ok(groups.into_iter().flatten().collect())
}

/// The shared loop of [`read_many`] and [`ReadChunks`], in groups of `group`
/// consecutive inputs: each group's records go to `finish(offset, records)` on the
/// worker thread that parsed them, while they are still in its cache, and the results
/// come back in input order. `offset` is the group's first input; progress counts
/// from `done_before` out of `total`.
#[allow(clippy::too_many_arguments)] // the read, its progress, and the grouping
fn run_grouped<T: Send>(
    paths: &[PathBuf],
    opts: &BatchOptions,
    cancel: &AtomicBool,
    done_before: usize,
    total: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
    group: usize,
    finish: &(dyn Fn(usize, Vec<FilingRecord>) -> T + Sync),
) -> Result<Vec<T>, Cancelled> {
    if cancel.load(Ordering::Relaxed) {
        return Err(Cancelled);
    }
    let group = group.max(1);
    let done = AtomicUsize::new(done_before);
    let one = |path: &PathBuf| {
        if cancel.load(Ordering::Relaxed) {
            return None;
        }
        let record = read_one(path, &opts.parse);
        progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        Some(record)
    };
    let task = |(i, paths): (usize, &[PathBuf])| -> Option<T> {
        let records: Option<Vec<FilingRecord>> = paths.iter().map(one).collect();
        records.map(|r| finish(done_before + i * group, r))
    };
    // Collecting into Option stops early at the first None (cancel seen); rayon's
    // indexed collect keeps input order. One group is one task, so threads share the
    // groups out as they finish them.
    let out: Option<Vec<T>> = match thread_pool(opts.threads) {
        Some(pool) => pool.install(|| paths.par_chunks(group).enumerate().with_max_len(1).map(task).collect()),
        None => paths.chunks(group).enumerate().map(task).collect(),
    };
    match out {
        Some(r) if !cancel.load(Ordering::Relaxed) => Ok(r),
        _ => Err(Cancelled),
    }
}

/// One chunk of a streamed read: `records[i]` is input `offset + i`, so
/// `offset` is the `filing_id` base that keeps ids unique across chunks.
#[derive(Debug, Clone)]
pub struct Chunk {
    pub offset: usize,
    pub records: Vec<FilingRecord>,
}

/// Progress callback that can be kept by an iterator (and sent to another thread).
pub type Progress = Arc<dyn Fn(usize, usize) + Send + Sync>;

/// A bounded-memory read: parses `batch_size` files at a time (in parallel) and
/// yields each chunk, so a corpus larger than memory can be turned into one Arrow
/// batch per chunk. Owns its inputs so a Python iterator object can hold it.
pub struct ReadChunks {
    paths: Vec<PathBuf>,
    batch_size: usize,
    opts: BatchOptions,
    cancel: Arc<AtomicBool>,
    progress: Option<Progress>,
    next: usize,
    stopped: bool,
}

/// See [`ReadChunks`]. A `batch_size` of 0 is taken as 1.
pub fn read_chunks(
    paths: Vec<PathBuf>,
    batch_size: usize,
    opts: BatchOptions,
    cancel: Arc<AtomicBool>,
    progress: Option<Progress>,
) -> ReadChunks {
    ReadChunks { paths, batch_size: batch_size.max(1), opts, cancel, progress, next: 0, stopped: false }
}

impl ReadChunks {
    /// Number of inputs in the whole read.
    pub fn total(&self) -> usize {
        self.paths.len()
    }

    /// Inputs already yielded.
    pub fn done(&self) -> usize {
        self.next
    }

    /// The next chunk of at most `max` inputs (the iterator's chunks are `batch_size`):
    /// lets a caller turn records into tables in smaller steps than it yields them.
    pub fn next_chunk(&mut self, max: usize) -> Option<Result<Chunk, Cancelled>> {
        let offset = self.next;
        let groups = self.next_groups(max, 1, &|_, records| records)?;
        Some(groups.map(|g| Chunk { offset, records: g.into_iter().flatten().collect() }))
    }

    /// The next at most `max` inputs, parsed in groups of `group`, each group's records
    /// handed to `finish(offset, records)` on the thread that parsed them (a caller
    /// turning records into tables builds them there, in parallel, while the records
    /// are still in cache, and drops them at once). Results are in input order.
    pub fn next_groups<T: Send>(
        &mut self,
        max: usize,
        group: usize,
        finish: &(dyn Fn(usize, Vec<FilingRecord>) -> T + Sync),
    ) -> Option<Result<Vec<T>, Cancelled>> {
        if self.stopped || self.next >= self.paths.len() {
            return None;
        }
        let start = self.next;
        let end = (start + max.max(1)).min(self.paths.len());
        let noop = |_: usize, _: usize| {};
        let progress: &(dyn Fn(usize, usize) + Sync) = match &self.progress {
            Some(p) => p.as_ref(),
            None => &noop,
        };
        match run_grouped(&self.paths[start..end], &self.opts, &self.cancel, start, self.paths.len(), progress, group, finish) {
            Ok(out) => {
                self.next = end;
                Some(Ok(out))
            }
            Err(c) => {
                // A cancelled stream ends: report it once, then yield nothing.
                self.stopped = true;
                Some(Err(c))
            }
        }
    }
}

impl Iterator for ReadChunks {
    type Item = Result<Chunk, Cancelled>;

    fn next(&mut self) -> Option<Self::Item> {
        self.next_chunk(self.batch_size)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.paths.len().saturating_sub(self.next).div_ceil(self.batch_size);
        (0, Some(left))
    }
}
