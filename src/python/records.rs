//! The typed records Python sees: frozen wrappers around the structs of `model.rs`.
//!
//! Each class owns its Rust struct and answers attributes from it. Child records
//! (a filing's projects, a project's indicators, an indicator's target) are built
//! once, when the parent is, and kept as tuples: `f.projects[0] is f.projects[0]`,
//! and nothing is stored twice, because a parent keeps its struct with the children
//! moved out. `to_dict()` is pythonize of the Rust struct, with the children's
//! `to_dict()` put back in place, so it has exactly the serde shape (records.md §1).
//! Plain data fields (funds, goals, spend_plan, extra, values, lines) are returned
//! as that same pythonized form, fresh on every access, so an attribute always
//! equals its `to_dict()` entry.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};
use pythonize::pythonize;
use serde::Serialize;

use super::indicator::Indicator;
use crate::model;

/// A value as a Python object, the way `to_dict()` shows it.
pub(crate) fn py_value<'py, T: Serialize + ?Sized>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyAny>> {
    Ok(pythonize(py, value)?)
}

fn py_dict<'py, T: Serialize>(py: Python<'py>, value: &T) -> PyResult<Bound<'py, PyDict>> {
    Ok(py_value(py, value)?.cast_into::<PyDict>()?)
}

/// Python's repr of a string, shortened to `max` characters for one-line reprs.
pub(crate) fn short_repr(py: Python<'_>, text: Option<&str>, max: usize) -> PyResult<String> {
    let Some(text) = text else { return Ok("None".into()) };
    let shown: String = if text.chars().count() > max { text.chars().take(max - 1).chain(['…']).collect() } else { text.to_string() };
    Ok(PyString::new(py, &shown).repr()?.to_string())
}

/// Calls `to_dict()` on every record of a tuple of records of class `C`.
fn dicts<'py, C: ToDict>(py: Python<'py>, items: &Py<PyTuple>) -> PyResult<Bound<'py, PyList>> {
    let list = PyList::empty(py);
    for item in items.bind(py).iter() {
        list.append(item.cast::<C>()?.get().dict(py)?)?;
    }
    Ok(list)
}

/// What `to_dict()` does, callable from Rust on a borrowed frozen record.
pub(crate) trait ToDict: pyo3::PyClass<Frozen = pyo3::pyclass::boolean_struct::True> + Sync {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>>;
}

/// One document: everything read from one file, bytes or string.
#[pyclass(frozen, module = "jixiao")]
pub struct Filing {
    /// The filing with `projects` and `diagnostics` moved into the tuples below.
    head: model::Filing,
    projects: Py<PyTuple>,
    diagnostics: Py<PyTuple>,
    indicator_count: usize,
}

impl Filing {
    pub(crate) fn build(py: Python<'_>, mut filing: model::Filing) -> PyResult<Bound<'_, Filing>> {
        let projects = std::mem::take(&mut filing.projects);
        let indicator_count = projects.iter().map(|p| p.indicators.len()).sum();
        let projects = projects.into_iter().map(|p| Project::build(py, p)).collect::<PyResult<Vec<_>>>()?;
        let diagnostics =
            std::mem::take(&mut filing.diagnostics).into_iter().map(|d| Bound::new(py, Diagnostic(d))).collect::<PyResult<Vec<_>>>()?;
        let record = Filing {
            head: filing,
            projects: PyTuple::new(py, projects)?.unbind(),
            diagnostics: PyTuple::new(py, diagnostics)?.unbind(),
            indicator_count,
        };
        Bound::new(py, record)
    }
}

impl ToDict for Filing {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        // `head` serialises with empty lists in the right places; fill them in.
        let d = py_dict(py, &self.head)?;
        d.set_item("projects", dicts::<Project>(py, &self.projects)?)?;
        d.set_item("diagnostics", dicts::<Diagnostic>(py, &self.diagnostics)?)?;
        Ok(d)
    }
}

#[pymethods]
impl Filing {
    #[getter]
    fn source(&self) -> Option<&str> {
        self.head.source.as_deref()
    }
    #[getter]
    fn format(&self) -> &str {
        &self.head.format
    }
    #[getter]
    fn encoding(&self) -> Option<&str> {
        self.head.encoding.as_deref()
    }
    #[getter]
    fn title(&self) -> Option<&str> {
        self.head.title.as_deref()
    }
    #[getter]
    fn agency(&self) -> Option<&str> {
        self.head.agency.as_deref()
    }
    #[getter]
    fn agency_code(&self) -> Option<&str> {
        self.head.agency_code.as_deref()
    }
    #[getter]
    fn year(&self) -> Option<i32> {
        self.head.year
    }
    #[getter]
    fn kind(&self) -> &str {
        &self.head.kind
    }
    #[getter]
    fn department_goals(&self) -> Option<&str> {
        self.head.department_goals.as_deref()
    }
    #[getter]
    fn projects<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
        self.projects.bind(py).clone()
    }
    #[getter]
    fn diagnostics<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
        self.diagnostics.bind(py).clone()
    }
    /// The filing as plain dicts and lists, exactly the shape of records.md §1.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Filing source={} year={} projects={} indicators={} diagnostics={}>",
            short_repr(py, self.head.source.as_deref(), 80)?,
            self.head.year.map_or("None".to_string(), |y| y.to_string()),
            self.projects.bind(py).len(),
            self.indicator_count,
            self.diagnostics.bind(py).len(),
        ))
    }
}

/// One project table (项目支出绩效目标表) of a filing.
#[pyclass(frozen, module = "jixiao")]
pub struct Project {
    /// The project with `indicators` moved into the tuple below.
    head: model::Project,
    indicators: Py<PyTuple>,
}

impl Project {
    fn build(py: Python<'_>, mut project: model::Project) -> PyResult<Bound<'_, Project>> {
        let indicators =
            std::mem::take(&mut project.indicators).into_iter().map(|i| Indicator::build(py, i)).collect::<PyResult<Vec<_>>>()?;
        Bound::new(py, Project { head: project, indicators: PyTuple::new(py, indicators)?.unbind() })
    }
}

impl ToDict for Project {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = py_dict(py, &self.head)?;
        d.set_item("indicators", dicts::<Indicator>(py, &self.indicators)?)?;
        Ok(d)
    }
}

#[pymethods]
impl Project {
    #[getter]
    fn heading(&self) -> Option<&str> {
        self.head.heading.as_deref()
    }
    #[getter]
    fn name(&self) -> Option<&str> {
        self.head.name.as_deref()
    }
    #[getter]
    fn code(&self) -> Option<&str> {
        self.head.code.as_deref()
    }
    #[getter]
    fn department(&self) -> Option<&str> {
        self.head.department.as_deref()
    }
    #[getter]
    fn department_code(&self) -> Option<&str> {
        self.head.department_code.as_deref()
    }
    #[getter]
    fn implementing_unit(&self) -> Option<&str> {
        self.head.implementing_unit.as_deref()
    }
    #[getter]
    fn attribute(&self) -> Option<&str> {
        self.head.attribute.as_deref()
    }
    #[getter]
    fn period_years(&self) -> Option<i32> {
        self.head.period_years
    }
    #[getter]
    fn money_unit(&self) -> Option<&str> {
        self.head.money_unit.as_deref()
    }
    /// `{"midterm": Funds | None, "annual": Funds | None}`, Funds being
    /// `{"total", "fiscal", "other", "carryover"}` → float | None.
    #[getter]
    fn funds<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_value(py, &self.head.funds)
    }
    /// `[{"by": str, "pct": float}, ...]` or None.
    #[getter]
    fn spend_plan<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_value(py, &self.head.spend_plan)
    }
    #[getter]
    fn purpose(&self) -> Option<&str> {
        self.head.purpose.as_deref()
    }
    /// `{"midterm": str | None, "annual": str | None}`.
    #[getter]
    fn goals<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_value(py, &self.head.goals)
    }
    #[getter]
    fn indicators<'py>(&self, py: Python<'py>) -> Bound<'py, PyTuple> {
        self.indicators.bind(py).clone()
    }
    /// Other labelled form fields, as printed: `{label: text}`.
    #[getter]
    fn extra<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        py_value(py, &self.head.extra)
    }
    #[getter]
    fn quantified_share(&self) -> Option<f64> {
        self.head.quantified_share
    }
    /// What each of an indicator's `values` is, where the table has several value
    /// columns (one per sub-region, or 优/良/中/差 grades); None otherwise.
    #[getter]
    fn value_columns(&self) -> Option<Vec<String>> {
        self.head.value_columns.clone()
    }
    #[getter]
    fn complete(&self) -> bool {
        self.head.complete
    }
    /// `(first, last)`: 1-based source lines the project spans.
    #[getter]
    fn lines(&self) -> (usize, usize) {
        (self.head.lines[0], self.head.lines[1])
    }
    /// The project as plain dicts and lists (records.md §1).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Project {} indicators={} lines={}-{}>",
            short_repr(py, self.head.name.as_deref(), 40)?,
            self.indicators.bind(py).len(),
            self.head.lines[0],
            self.head.lines[1],
        ))
    }
}

/// One finding of the checks (see rules.md for the codes).
#[pyclass(frozen, module = "jixiao")]
pub struct Diagnostic(model::Diagnostic);

impl ToDict for Diagnostic {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        py_dict(py, &self.0)
    }
}

#[pymethods]
impl Diagnostic {
    #[getter]
    fn code(&self) -> &str {
        &self.0.code
    }
    /// "error" | "warning" | "info".
    #[getter]
    fn severity(&self) -> &'static str {
        self.0.severity.as_str()
    }
    #[getter]
    fn message(&self) -> &str {
        &self.0.message
    }
    /// Index into `Filing.projects`.
    #[getter]
    fn project(&self) -> Option<usize> {
        self.0.project
    }
    /// Index into that project's `indicators`.
    #[getter]
    fn indicator(&self) -> Option<usize> {
        self.0.indicator
    }
    #[getter]
    fn line(&self) -> Option<usize> {
        self.0.line
    }
    #[getter]
    fn snippet(&self) -> Option<&str> {
        self.0.snippet.as_deref()
    }
    /// The diagnostic as a plain dict (records.md §1).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let line = self.0.line.map_or(String::new(), |l| format!(" line={l}"));
        Ok(format!("<Diagnostic {} {}{} {}>", self.0.code, self.0.severity.as_str(), line, short_repr(py, Some(&self.0.message), 60)?))
    }
}
