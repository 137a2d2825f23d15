//! `jixiao.Rules` (which checks run, their thresholds) and `jixiao.rules()` (the
//! catalogue as data). The settings live in Rust (`validate::RuleSettings`) so that
//! every entry point — `parse` now, batch reading later — takes the same object.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use super::errors;
use crate::validate::{self, parse_framework, RuleSettings};

/// Which rules run and their thresholds. Pass it as ``jixiao.parse(..., rules=...)``.
///
/// ``select`` / ``ignore`` take rule codes or prefixes, like ruff: ``"V"`` (every value
/// rule), ``"F00"``, ``"T005"``, ``"ALL"``; a list, or one string separated by commas. With
/// no ``select`` every rule runs; the most specific matching entry wins, and ``ignore``
/// wins a tie. ``satisfaction_min`` (percent, V008), ``quantified_min`` (share 0–1, V007),
/// ``framework`` ("auto", "A" or "B"; T001/T002/T007). Unknown codes and out-of-range
/// values raise ``jixiao.UnknownRuleError`` / ``jixiao.RuleSettingsError`` (ValueErrors).
#[pyclass(frozen, eq, module = "jixiao")]
#[derive(PartialEq)]
pub struct Rules(pub(crate) RuleSettings);

/// A str of codes ("V, F004") or an iterable of str.
fn codes(arg: Option<&Bound<'_, PyAny>>) -> PyResult<Option<Vec<String>>> {
    let Some(arg) = arg else { return Ok(None) };
    if let Ok(s) = arg.cast::<PyString>() {
        let text = s.to_cow()?;
        return Ok(Some(text.split([',', ' ', '\t', '\n']).filter(|c| !c.is_empty()).map(str::to_string).collect()));
    }
    let mut out = Vec::new();
    for item in arg.try_iter()? {
        out.push(item?.extract::<String>()?);
    }
    Ok(Some(out))
}

#[pymethods]
impl Rules {
    // The defaults repeat RuleSettings::DEFAULT (a Rust test keeps them equal).
    #[new]
    #[pyo3(signature = (*, select = None, ignore = None, satisfaction_min = 80.0, quantified_min = 0.5, framework = "auto"))]
    fn new(
        py: Python<'_>,
        select: Option<&Bound<'_, PyAny>>,
        ignore: Option<&Bound<'_, PyAny>>,
        satisfaction_min: f64,
        quantified_min: f64,
        framework: &str,
    ) -> PyResult<Self> {
        // A non-str item is a TypeError, raised before any code is judged.
        let (select, ignore) = (codes(select)?, codes(ignore)?);
        let build = || -> Result<RuleSettings, validate::SettingsError> {
            let mut s = RuleSettings::default();
            if let Some(codes) = select {
                s = s.select(codes)?;
            }
            if let Some(codes) = ignore {
                s = s.ignore(codes)?;
            }
            Ok(s.satisfaction_min(satisfaction_min)?.quantified_min(quantified_min)?.framework(parse_framework(framework)?))
        };
        build().map(Rules).map_err(|e| errors::settings_error(py, &e))
    }

    /// The ``select`` entries, normalised (upper case); empty means every rule.
    #[getter]
    fn select<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.selected())
    }
    #[getter]
    fn ignore<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, self.0.ignored())
    }
    #[getter]
    fn satisfaction_min(&self) -> f64 {
        self.0.satisfaction_threshold()
    }
    #[getter]
    fn quantified_min(&self) -> f64 {
        self.0.quantified_threshold()
    }
    /// "auto", "A" or "B".
    #[getter]
    fn framework(&self) -> &'static str {
        self.0.forced_framework().map_or("auto", |f| f.as_str())
    }
    /// The codes that will run, in catalogue order.
    #[getter]
    fn codes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        PyTuple::new(py, validate::catalogue().map(|r| r.code).filter(|c| self.0.enabled(c)).collect::<Vec<_>>())
    }
    /// Does the rule with this code run?
    fn enabled(&self, code: &str) -> bool {
        self.0.enabled(&code.trim().to_ascii_uppercase())
    }
    /// Keyword arguments that rebuild this object (used by pickle and copy).
    fn __getnewargs_ex__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("select", PyList::new(py, self.0.selected())?)?;
        kwargs.set_item("ignore", PyList::new(py, self.0.ignored())?)?;
        kwargs.set_item("satisfaction_min", self.satisfaction_min())?;
        kwargs.set_item("quantified_min", self.quantified_min())?;
        kwargs.set_item("framework", self.framework())?;
        Ok((PyTuple::empty(py), kwargs))
    }
    fn __repr__(&self) -> String {
        let list = |v: &[String]| format!("[{}]", v.iter().map(|c| format!("'{c}'")).collect::<Vec<_>>().join(", "));
        format!(
            "Rules(select={}, ignore={}, satisfaction_min={:?}, quantified_min={:?}, framework='{}')",
            list(self.0.selected()),
            list(self.0.ignored()),
            self.satisfaction_min(),
            self.quantified_min(),
            self.framework()
        )
    }
}

/// The rule catalogue: one dict per rule with ``code``, ``severity``, ``summary``,
/// ``basis`` and ``settings`` (the ``Rules`` fields it reads), in the order of
/// docs/rules.md. ``pandas.DataFrame(jixiao.rules())`` makes a table of it.
#[pyfunction]
pub(crate) fn rules(py: Python<'_>) -> PyResult<Bound<'_, PyList>> {
    let list = PyList::empty(py);
    for r in validate::catalogue() {
        let d = PyDict::new(py);
        d.set_item("code", r.code)?;
        d.set_item("severity", r.severity.as_str())?;
        d.set_item("summary", r.summary)?;
        d.set_item("basis", r.basis)?;
        d.set_item("settings", PyList::new(py, r.settings)?)?;
        list.append(d)?;
    }
    Ok(list)
}
