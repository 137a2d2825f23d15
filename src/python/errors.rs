//! `jixiao::Error` → the exception family of `python/jixiao/errors.py`.
//!
//! The classes live in Python (so they are documented, picklable and subclass the
//! built-ins with ordinary multiple inheritance); Rust looks each one up once and
//! keeps it in a `PyOnceLock`, so raising costs no import after the first time.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyType;

use crate::Error;

const MODULE: &str = "jixiao.errors";

/// One cached class of `jixiao.errors`.
struct Class {
    name: &'static str,
    cell: PyOnceLock<Py<PyType>>,
}

impl Class {
    const fn new(name: &'static str) -> Self {
        Class { name, cell: PyOnceLock::new() }
    }

    fn get<'py>(&self, py: Python<'py>) -> PyResult<&Bound<'py, PyType>> {
        self.cell.import(py, MODULE, self.name)
    }
}

static NOT_FOUND: Class = Class::new("JixiaoFileNotFoundError");
static IS_A_DIRECTORY: Class = Class::new("JixiaoIsADirectoryError");
static OS_ERROR: Class = Class::new("JixiaoOSError");
static EMPTY: Class = Class::new("EmptyInputError");
static TOO_LARGE: Class = Class::new("InputTooLargeError");
static ZIP_BOMB: Class = Class::new("ZipBombError");
static LIMIT: Class = Class::new("LimitExceededError");
static MALFORMED: Class = Class::new("MalformedFileError");
static DECODE: Class = Class::new("DecodeError");
static UNKNOWN_ENCODING: Class = Class::new("UnknownEncodingError");
static UNKNOWN_FORMAT: Class = Class::new("UnknownFormatError");
static NOT_A_FILING: Class = Class::new("NotAFilingError");
static UNSUPPORTED: Class = Class::new("UnsupportedFormatError");
static ARCHIVE: Class = Class::new("ArchiveInputError");
static INTERNAL: Class = Class::new("InternalError");
static RULE_SETTINGS: Class = Class::new("RuleSettingsError");
static UNKNOWN_RULE: Class = Class::new("UnknownRuleError");

/// Raised where a str source without a newline was taken as a path that does not
/// exist: the likeliest mistake is text that was meant to be parsed.
pub(crate) const TEXT_HINT: &str = "a str without a newline is read as a path; to parse text, pass a str that contains a newline";

/// The exception for a core error; `hint` is appended to the core's message.
pub(crate) fn to_pyerr(py: Python<'_>, err: &Error, hint: Option<&str>) -> PyErr {
    let mut message = err.to_string();
    if let Some(hint) = hint {
        message = format!("{message} ({hint})");
    }
    build(py, err, message).unwrap_or_else(|e| e)
}

fn build(py: Python<'_>, err: &Error, message: String) -> PyResult<PyErr> {
    // Exhaustive on purpose: a new core variant must get its class here (and in
    // errors.py, re-exported from __init__.py) before the bindings compile.
    let class = match err {
        Error::NotFound(_) => &NOT_FOUND,
        Error::IsADirectory(_) => &IS_A_DIRECTORY,
        Error::Io { .. } => &OS_ERROR,
        Error::Empty => &EMPTY,
        Error::TooLarge { .. } => &TOO_LARGE,
        Error::Decode { .. } => &DECODE,
        Error::UnknownEncoding(_) => &UNKNOWN_ENCODING,
        Error::UnknownFormat(_) => &UNKNOWN_FORMAT,
        Error::Binary(_) => &NOT_A_FILING,
        Error::Unsupported(_) => &UNSUPPORTED,
        Error::ZipBomb { .. } => &ZIP_BOMB,
        Error::Limit { .. } => &LIMIT,
        Error::Malformed { .. } => &MALFORMED,
        Error::Archive { .. } => &ARCHIVE,
    };
    // The OSError family is built like the built-ins, (errno, message, filename), so
    // `except OSError as e: e.filename` works; errors.py keeps str(e) the message.
    let exc = match err {
        Error::NotFound(p) => class.get(py)?.call1((ENOENT, message, p.as_os_str()))?,
        Error::IsADirectory(p) => class.get(py)?.call1((EISDIR, message, p.as_os_str()))?,
        Error::Io { path, source } => class.get(py)?.call1((source.raw_os_error(), message, path.as_os_str()))?,
        _ => class.get(py)?.call1((message,))?,
    };
    Ok(PyErr::from_value(exc))
}

// POSIX values, also what Python's errno module reports on Windows for these two.
const ENOENT: i32 = 2;
const EISDIR: i32 = 21;

/// `jixiao.errors.InternalError`, for a Rust panic.
pub(crate) fn internal(py: Python<'_>, message: String) -> PyErr {
    match INTERNAL.get(py).and_then(|c| c.call1((message,))) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

/// A `jixiao.Rules` argument the settings refused.
pub(crate) fn settings_error(py: Python<'_>, err: &crate::validate::SettingsError) -> PyErr {
    let class = match err {
        crate::validate::SettingsError::UnknownCode(_) => &UNKNOWN_RULE,
        _ => &RULE_SETTINGS,
    };
    match class.get(py).and_then(|c| c.call1((err.to_string(),))) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}
