//! Many filings at once: the native side of `jixiao.read` and `jixiao.iter_read`.
//!
//! The batch runs on a worker thread (which drives jixiao's own rayon pool) while
//! the calling thread waits without the GIL, waking every 50 ms to let Python see
//! Ctrl-C (the batch is then cancelled and stops between files) and to report
//! progress — so a callback always runs on the caller's thread, with the GIL.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use pyo3::exceptions::PyKeyboardInterrupt;
use pyo3::prelude::*;

use super::enter::panic_message;
use super::errors;
use super::rules::Rules;
use super::table::Table;
use crate::batch::{self, BatchOptions, Cancelled, FilingRecord, ReadChunks};
use crate::export;
use crate::validate::RuleSettings;
use crate::{Format, ParseOptions};

const TICK: Duration = Duration::from_millis(50);

/// The four tables and the inputs that could not be read: (source, kind, message).
type Read = (Table, Table, Table, Table, Vec<(String, String, String)>);

fn options(
    threads: Option<usize>,
    format: Option<String>,
    encoding: Option<String>,
    rules: Option<RuleSettings>,
) -> crate::Result<BatchOptions> {
    let parse = ParseOptions {
        format: format.as_deref().map(Format::from_name).transpose()?,
        encoding,
        rules: rules.unwrap_or_default(),
        ..ParseOptions::default()
    };
    Ok(BatchOptions { parse, threads })
}

/// Run `work` on a worker thread; meanwhile poll for Ctrl-C and report progress.
fn interruptible<T: Send>(
    py: Python<'_>,
    cancel: &AtomicBool,
    done: &AtomicUsize,
    total: usize,
    progress: Option<&Bound<'_, PyAny>>,
    work: impl FnOnce() -> T + Send,
) -> PyResult<T> {
    let result = std::thread::scope(|s| {
        let worker = s.spawn(move || catch_unwind(AssertUnwindSafe(work)));
        let mut reported = usize::MAX;
        loop {
            py.detach(|| {
                let until = std::time::Instant::now() + TICK;
                while !worker.is_finished() && std::time::Instant::now() < until {
                    std::thread::sleep(Duration::from_millis(2));
                }
            });
            let now = done.load(Ordering::Relaxed);
            if let Some(cb) = progress.filter(|_| now != reported) {
                reported = now;
                if let Err(e) = cb.call1((now, total)) {
                    cancel.store(true, Ordering::Relaxed);
                    let _ = worker.join();
                    return Err(e);
                }
            }
            if worker.is_finished() {
                break;
            }
            if let Err(e) = py.check_signals() {
                cancel.store(true, Ordering::Relaxed);
                let _ = py.detach(|| worker.join());
                return Err(e);
            }
        }
        Ok(worker.join())
    })?;
    match result {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(payload)) | Err(payload) => Err(errors::internal(py, panic_message(payload.as_ref()))),
    }
}

fn failures(records: &[FilingRecord]) -> Vec<(String, String, String)> {
    records.iter().filter_map(|r| r.result.as_ref().err().map(|e| (r.source.clone(), e.kind.clone(), e.message.clone()))).collect()
}

/// Inputs whose records become one Arrow batch per table, built by the thread that
/// parsed them right after the group's last file, while the records are still in its
/// cache, and then dropped. Built on the calling thread after a step of 1,024 files,
/// the tables cost a quarter of a read's time (cold records, fresh memory) and were a
/// serial stretch. Small enough that the pool's threads share a read's groups out
/// evenly; large enough that a table is a few hundred batches per 15,000 files, which
/// pandas, polars and pyarrow take as chunks without copying.
pub const GROUP: usize = 64;

/// The tables of a read: each table is a list of record batches, one per group.
#[derive(Default)]
struct Steps {
    tables: [Vec<arrow_array::RecordBatch>; 4],
    failures: Vec<(String, String, String)>,
}

/// Why a stepped read gave no tables.
enum Failed {
    Cancelled,
    /// Building a table failed (an Arrow error: a bug, reported as InternalError).
    Tables(String),
}

impl From<Cancelled> for Failed {
    fn from(_: Cancelled) -> Self {
        Failed::Cancelled
    }
}

impl Failed {
    fn into_pyerr(self, py: Python<'_>) -> PyErr {
        match self {
            Failed::Cancelled => cancelled(),
            Failed::Tables(msg) => errors::internal(py, format!("building the tables failed: {msg}")),
        }
    }
}

/// The reader of a batch read, with the flag that cancels it and the counter its
/// progress reports go to.
fn stepped(paths: Vec<PathBuf>, opts: BatchOptions) -> (ReadChunks, Arc<AtomicBool>, Arc<AtomicUsize>) {
    let cancel = Arc::new(AtomicBool::new(false));
    let done = Arc::new(AtomicUsize::new(0));
    let counter = done.clone();
    let report: batch::Progress = Arc::new(move |n, _| counter.store(n, Ordering::Relaxed));
    (batch::read_chunks(paths, GROUP, opts, cancel.clone(), Some(report)), cancel, done)
}

impl Steps {
    /// Read up to `n` inputs from `chunks` into the four tables, a group at a time.
    fn read(chunks: &mut ReadChunks, n: usize) -> Result<Read, Failed> {
        let mut steps = Steps::default();
        let build = |offset: usize, records: Vec<FilingRecord>| {
            let t = export::tables(&records, offset as i64).map_err(|e| e.to_string());
            (t, failures(&records))
        };
        if let Some(groups) = chunks.next_groups(n, GROUP, &build) {
            for (tables, failed) in groups? {
                let t = tables.map_err(Failed::Tables)?;
                steps.failures.extend(failed);
                for (list, (_, b)) in steps.tables.iter_mut().zip(t.into_vec()) {
                    list.push(b);
                }
            }
        }
        steps.into_read()
    }

    fn into_read(mut self) -> Result<Read, Failed> {
        if self.tables[0].is_empty() {
            // No input: one empty batch per table, as the tables' schema.
            let t = export::tables(&[], 0).map_err(|e| Failed::Tables(e.to_string()))?;
            for (list, (_, b)) in self.tables.iter_mut().zip(t.into_vec()) {
                list.push(b);
            }
        }
        let [f, p, i, d] = self.tables;
        let [sf, sp, si, sd] = export::schemas();
        Ok((
            Table::new("filings", sf, f),
            Table::new("projects", sp, p),
            Table::new("indicators", si, i),
            Table::new("diagnostics", sd, d),
            self.failures,
        ))
    }
}

fn cancelled() -> PyErr {
    PyKeyboardInterrupt::new_err("jixiao read cancelled")
}

/// Expand inputs (files, folders, globs) into the paths a read will take, in order.
#[pyfunction]
pub fn expand_inputs(py: Python<'_>, inputs: Vec<String>) -> PyResult<Vec<PathBuf>> {
    super::enter::enter(py, |_| None, move || batch::expand(&inputs))
}

/// Read every input in parallel into the four tables.
#[pyfunction]
#[pyo3(signature = (inputs, *, threads = None, format = None, encoding = None, rules = None, progress = None))]
pub fn read_tables(
    py: Python<'_>,
    inputs: Vec<String>,
    threads: Option<usize>,
    format: Option<String>,
    encoding: Option<String>,
    rules: Option<Bound<'_, Rules>>,
    progress: Option<Bound<'_, PyAny>>,
) -> PyResult<Read> {
    let rules = rules.map(|r| r.get().0.clone());
    let (opts, paths) =
        super::enter::enter(py, |_| None, move || Ok((options(threads, format, encoding, rules)?, batch::expand(&inputs)?)))?;
    let total = paths.len();
    let (mut chunks, cancel, done) = stepped(paths, opts);
    interruptible(py, &cancel, &done, total, progress.as_ref(), || Steps::read(&mut chunks, total))?.map_err(|f| f.into_pyerr(py))
}

/// `iter_read`'s engine: yields the four tables for each `batch_size` inputs.
#[pyclass(module = "jixiao._native")]
pub struct ChunkReader {
    chunks: Mutex<ReadChunks>,
    /// Inputs per yielded batch.
    batch_size: usize,
    cancel: Arc<AtomicBool>,
    done: Arc<AtomicUsize>,
    total: usize,
    progress: Option<Py<PyAny>>,
}

#[pymethods]
impl ChunkReader {
    #[new]
    #[pyo3(signature = (inputs, *, batch_size = 5000, threads = None, format = None, encoding = None, rules = None, progress = None))]
    #[allow(clippy::too_many_arguments)] // mirrors jixiao.iter_read's keywords
    fn new(
        py: Python<'_>,
        inputs: Vec<String>,
        batch_size: usize,
        threads: Option<usize>,
        format: Option<String>,
        encoding: Option<String>,
        rules: Option<Bound<'_, Rules>>,
        progress: Option<Py<PyAny>>,
    ) -> PyResult<Self> {
        let rules = rules.map(|r| r.get().0.clone());
        let (opts, paths) =
            super::enter::enter(py, |_| None, move || Ok((options(threads, format, encoding, rules)?, batch::expand(&inputs)?)))?;
        let total = paths.len();
        let (chunks, cancel, done) = stepped(paths, opts);
        Ok(ChunkReader { chunks: Mutex::new(chunks), batch_size: batch_size.max(1), cancel, done, total, progress })
    }

    /// Number of inputs in the whole read.
    #[getter]
    fn total(&self) -> usize {
        self.total
    }

    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Read>> {
        let progress = self.progress.as_ref().map(|p| p.bind(py).clone());
        let next = interruptible(py, &self.cancel, &self.done, self.total, progress.as_ref(), || {
            let mut chunks = self.chunks.lock().unwrap_or_else(|e| e.into_inner());
            if chunks.done() >= chunks.total() {
                return None;
            }
            Some(Steps::read(&mut chunks, self.batch_size))
        })?;
        next.transpose().map_err(|f| f.into_pyerr(py))
    }
}
