//! Hooks for the Python tests: they go through the same door ([`enter`]) as `parse`,
//! so the tests can check the panic guard and every `jixiao::Error` → exception
//! mapping, including variants no small input can provoke (a 512 MB input, an I/O
//! failure).

use std::path::PathBuf;

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;

use super::enter::enter;
use crate::Error;

/// Panics inside the core; must surface as `jixiao.errors.InternalError`.
#[pyfunction]
pub(crate) fn _panic_for_tests(py: Python<'_>, message: String) -> PyResult<()> {
    enter(py, |_| None, move || -> crate::Result<()> { panic!("{message}") })
}

/// Raises the core error whose `Error::kind()` is `kind`, with sample contents.
#[pyfunction]
pub(crate) fn _error_for_tests(py: Python<'_>, kind: &str) -> PyResult<()> {
    let s = |v: &str| v.to_string();
    let path = PathBuf::from("dir/file.txt");
    let err = match kind {
        "not_found" => Error::NotFound(path),
        "is_a_directory" => Error::IsADirectory(path),
        "io" => Error::Io { path, source: std::io::Error::from_raw_os_error(13) },
        "empty" => Error::Empty,
        "too_large" => Error::TooLarge { size: 10, limit: 5 },
        "decode" => Error::Decode { encoding: s("gbk"), detail: s("1 malformed byte sequence") },
        "unknown_encoding" => Error::UnknownEncoding(s("klingon")),
        "unknown_format" => Error::UnknownFormat(s("odt")),
        "binary" => Error::Binary(s("NUL bytes")),
        "unsupported" => Error::Unsupported(s("xls")),
        "zip_bomb" => Error::ZipBomb { format: s("docx"), limit: 5 },
        "limit" => Error::Limit { format: s("html"), what: s("nesting depth"), limit: 5 },
        "malformed" => Error::Malformed { format: s("pdf"), detail: s("truncated") },
        "archive" => Error::Archive { members: 2, names: s("表1.pdf, 表2.xls") },
        other => return Err(PyValueError::new_err(format!("no error kind {other:?}"))),
    };
    debug_assert_eq!(err.kind(), kind);
    enter(py, |_| None, move || Err(err))
}
