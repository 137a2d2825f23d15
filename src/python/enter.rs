//! The one way Python enters the Rust core.
//!
//! Every entry point first turns its Python arguments into owned Rust data, then
//! calls [`enter`], and only afterwards builds Python objects. `enter` runs the work
//! with the GIL released (other Python threads keep running during a long parse),
//! turns a panic into `jixiao.errors.InternalError` instead of letting it unwind
//! into the interpreter, and maps `jixiao::Error` to the exception family.

use std::panic::{catch_unwind, AssertUnwindSafe};

use pyo3::prelude::*;

use super::errors;
use crate::Error;

/// Run `work` without the GIL. `hint` is added to the message of a core error (see
/// [`errors::to_pyerr`]) and is decided by the caller from what the input was.
pub(crate) fn enter<T, F>(py: Python<'_>, hint: impl Fn(&Error) -> Option<&'static str>, work: F) -> PyResult<T>
where
    F: FnOnce() -> crate::Result<T> + Send,
    T: Send,
{
    // AssertUnwindSafe: the closure owns its inputs and nothing it touched is looked
    // at again after a panic, so no broken invariant can be observed.
    match py.detach(move || catch_unwind(AssertUnwindSafe(work))) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(err)) => Err(errors::to_pyerr(py, &err, hint(&err))),
        Err(payload) => Err(errors::internal(py, panic_message(payload.as_ref()))),
    }
}

pub(crate) use crate::error::panic_message;
