//! The Python bindings: the `jixiao._native` extension module.
//!
//! Layout: [`enter`] is the single door into the core (GIL released, panics caught,
//! errors mapped by [`errors`]); [`records`] and [`indicator`] are the typed result
//! classes. Entry points follow one order: Python arguments → owned Rust data,
//! `enter`, then Python objects.

mod allocator;
mod batch;
mod enter;
mod errors;
mod indicator;
mod records;
mod rules;
mod table;
mod targets;
mod testing;

use std::path::PathBuf;

use pyo3::buffer::PyBuffer;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyString};

use crate::{Error, Format, ParseOptions};
use enter::enter;
use records::Filing;

/// A parse source as owned Rust data, taken from the Python argument.
enum Source {
    /// A path; `from_str` when it came as a plain `str` (which could have been text).
    Path {
        path: PathBuf,
        from_str: bool,
    },
    Bytes(Vec<u8>),
    Text(String),
}

impl Source {
    /// `str` with a newline (or blank) is text, `str` without one is a path; bytes-like objects
    /// are the file's content; `os.PathLike` is a path.
    fn from_py(source: &Bound<'_, PyAny>) -> PyResult<Source> {
        let py = source.py();
        if let Ok(s) = source.cast::<PyString>() {
            // Lone surrogates (a file name decoded with surrogateescape, or broken
            // text) do not convert; the newline test is then made on the Python str.
            let is_text = match s.to_cow() {
                // Blank is no file name either: let it be text, refused as empty.
                Ok(text) => text.contains(['\n', '\r']) || text.trim().is_empty(),
                Err(_) => source.contains("\n")? || source.contains("\r")?,
            };
            if is_text {
                return Ok(Source::Text(s.to_string_lossy().into_owned()));
            }
            // Through os.fspath, so surrogate-escaped file names keep their bytes.
            return Ok(Source::Path { path: source.extract()?, from_str: true });
        }
        if let Ok(b) = source.cast::<PyBytes>() {
            return Ok(Source::Bytes(b.as_bytes().to_vec()));
        }
        if let Ok(b) = source.cast::<PyByteArray>() {
            return Ok(Source::Bytes(b.to_vec()));
        }
        if source.hasattr(pyo3::intern!(py, "__fspath__"))? {
            return Ok(Source::Path { path: source.extract()?, from_str: false });
        }
        if let Ok(buffer) = PyBuffer::<u8>::get(source) {
            return Ok(Source::Bytes(buffer.to_vec(py)?));
        }
        let type_name = source.get_type().name()?;
        Err(PyTypeError::new_err(format!("source must be a path (str or os.PathLike), bytes, or a str of text, not {type_name}")))
    }
}

/// A str is its UTF-8 bytes, already decoded. Plain text goes straight to the
/// text reader (Filing.encoding stays None); a str another reader wants (HTML, or
/// any forced `format=`) goes through `parse_bytes`, so str and bytes agree.
fn parse_str(text: &str, opts: &ParseOptions) -> crate::Result<crate::Filing> {
    if opts.format.unwrap_or_else(|| Format::sniff(text.as_bytes())) != Format::Text {
        return crate::parse_bytes(text.as_bytes(), opts);
    }
    if text.len() as u64 > opts.max_bytes {
        return Err(Error::TooLarge { size: text.len() as u64, limit: opts.max_bytes });
    }
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    Ok(crate::parse_text(text, opts))
}

/// Parse one filing.
///
/// `source` is a path (`str` without a newline, or `os.PathLike`), the file's
/// content as `bytes` / `bytearray` / `memoryview`, or a `str` holding the text
/// (it must contain a newline). `format` forces a format ("text", "pdf" ...);
/// `encoding` forces a text encoding for bytes and files ("gbk", "utf-16le" ...);
/// `rules` (a `jixiao.Rules`) chooses the checks that fill `Filing.diagnostics`.
#[pyfunction]
#[pyo3(signature = (source, *, format = None, encoding = None, rules = None))]
fn parse<'py>(
    py: Python<'py>,
    source: &Bound<'py, PyAny>,
    format: Option<String>,
    encoding: Option<String>,
    rules: Option<Bound<'py, rules::Rules>>,
) -> PyResult<Bound<'py, Filing>> {
    let source = Source::from_py(source)?;
    if encoding.is_some() && matches!(source, Source::Text(_)) {
        return Err(PyTypeError::new_err("encoding= applies to bytes and files; a str of text is already decoded"));
    }
    let from_str = matches!(source, Source::Path { from_str: true, .. });
    let settings = rules.map(|r| r.get().0.clone()).unwrap_or_default();
    let hint = move |err: &Error| (from_str && matches!(err, Error::NotFound(_))).then_some(errors::TEXT_HINT);
    let filing = enter(py, hint, move || {
        let opts = ParseOptions {
            format: format.as_deref().map(Format::from_name).transpose()?,
            encoding,
            rules: settings,
            ..ParseOptions::default()
        };
        match source {
            Source::Path { path, .. } => crate::parse_path(&path, &opts),
            Source::Bytes(bytes) => crate::parse_bytes(&bytes, &opts),
            Source::Text(text) => parse_str(&text, &opts),
        }
    })?;
    Filing::build(py, filing)
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    allocator::configure();
    // Broken PDFs and workbooks panic inside their readers; those panics are already
    // Malformed errors, and their backtraces would only clutter the user's stderr.
    crate::read::contained::quiet_contained_panics();
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_function(wrap_pyfunction!(parse, m)?)?;
    m.add_function(wrap_pyfunction!(targets::parse_target, m)?)?;
    m.add_function(wrap_pyfunction!(targets::parse_targets, m)?)?;
    m.add_function(wrap_pyfunction!(rules::rules, m)?)?;
    m.add_function(wrap_pyfunction!(testing::_panic_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(testing::_error_for_tests, m)?)?;
    m.add_function(wrap_pyfunction!(allocator::_allocator_allow_thp, m)?)?;
    m.add_class::<Filing>()?;
    m.add_class::<records::Project>()?;
    m.add_class::<indicator::Indicator>()?;
    m.add_class::<indicator::Target>()?;
    m.add_class::<records::Diagnostic>()?;
    m.add_class::<rules::Rules>()?;
    m.add_class::<table::Table>()?;
    m.add_class::<batch::ChunkReader>()?;
    m.add_function(wrap_pyfunction!(batch::read_tables, m)?)?;
    // Inputs parsed per step of a batch read (for tests that must span several steps).
    m.add("_READ_GROUP", batch::GROUP)?;
    m.add_function(wrap_pyfunction!(batch::expand_inputs, m)?)?;
    Ok(())
}
