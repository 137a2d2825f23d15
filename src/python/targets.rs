//! The target grammar on its own: `jixiao.parse_target` for one value and
//! `jixiao.parse_targets` for a column of them (a user's own spreadsheet of targets,
//! or a table column to re-read), with the context a parse would give them.

use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyFloat, PyString};

use super::enter::enter;
use super::errors;
use super::indicator::Target;
use super::table::Table;
use crate::export::targets_table;
use crate::extract::target::{parse_target as parse_one, TargetContext};

/// One value through the grammar (`year`: the budget year, for month-only dates;
/// `expect_date`: read bare yyyymmdd numbers and Excel serials as dates, as a parse
/// does for a 时效 indicator or a name that mentions 时间/日期).
#[pyfunction]
#[pyo3(signature = (value, *, year = None, expect_date = false))]
pub fn parse_target(py: Python<'_>, value: &str, year: Option<i32>, expect_date: bool) -> PyResult<Py<Target>> {
    // One value parses in microseconds: no need to release the GIL.
    let (target, _) = parse_one(value, &TargetContext { year, expect_date });
    Py::new(py, Target::new(target))
}

/// A missing value of a column: None, a float NaN (pandas' missing value in an object
/// column) or pandas' `NA`.
fn missing(item: &Bound<'_, PyAny>) -> PyResult<bool> {
    if item.is_none() {
        return Ok(true);
    }
    if let Ok(f) = item.cast::<PyFloat>() {
        return Ok(f.value().is_nan());
    }
    Ok(item.get_type().name()? == "NAType")
}

/// Many values (any iterable of str: a list, a pandas, polars or pyarrow column) as a
/// `targets` table: `value` and the nine `target_*` columns of the
/// indicators table, in input order, parsed in parallel with the GIL released.
#[pyfunction]
#[pyo3(signature = (values, *, year = None, expect_date = false, threads = None))]
pub fn parse_targets(
    py: Python<'_>,
    values: &Bound<'_, PyAny>,
    year: Option<i32>,
    expect_date: bool,
    threads: Option<usize>,
) -> PyResult<Table> {
    if values.is_instance_of::<PyString>() {
        return Err(PyTypeError::new_err("parse_targets takes many values (a list, a Series …); for one str use parse_target"));
    }
    // Owned Rust strings first, so the parse runs without the GIL.
    let mut owned: Vec<Option<String>> = Vec::with_capacity(values.len().unwrap_or(0));
    for (i, item) in values.try_iter()?.enumerate() {
        let mut item = item?;
        // A pyarrow array or column yields scalars: their Python value is the value.
        if !item.is_instance_of::<PyString>() && item.hasattr("as_py")? {
            item = item.call_method0("as_py")?;
        }
        if missing(&item)? {
            owned.push(None);
        } else if let Ok(s) = item.cast::<PyString>() {
            owned.push(Some(s.to_str()?.to_string()));
        } else {
            let kind = item.get_type().name()?;
            return Err(PyTypeError::new_err(format!("value {i} is a {kind}, not a str or None")));
        }
    }
    let ctx = TargetContext { year, expect_date };
    let built = enter(py, |_| None, move || Ok(targets_table(&owned, ctx, threads)))?;
    // Building a batch fails only on a bug (the columns are made to fit the schema).
    let batches = built.map_err(|e| errors::internal(py, format!("building the targets table failed: {e}")))?;
    let schema = batches[0].schema();
    Ok(Table::new("targets", schema, batches))
}
