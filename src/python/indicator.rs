//! `Indicator` and its parsed `Target`: the rows of a project's indicator table.
//! Same pattern as records.rs: frozen wrappers answering from the Rust struct;
//! enums come back as their serde strings ("midterm", ">=", "number", ...).

use pyo3::prelude::*;
use pyo3::types::PyDict;

use super::records::{py_value, short_repr, ToDict};
use crate::model;

/// One 三级指标 row: labels, name, value as printed and the parsed target.
#[pyclass(frozen, module = "jixiao")]
pub struct Indicator {
    /// The whole indicator; its target is small, so it is also kept in `target`
    /// as a Python object rather than moved out.
    inner: model::Indicator,
    target: Py<Target>,
}

impl Indicator {
    pub(crate) fn build(py: Python<'_>, indicator: model::Indicator) -> PyResult<Bound<'_, Indicator>> {
        let target = Py::new(py, Target(indicator.target.clone()))?;
        Bound::new(py, Indicator { inner: indicator, target })
    }
}

impl ToDict for Indicator {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        Ok(py_value(py, &self.inner)?.cast_into::<PyDict>()?)
    }
}

#[pymethods]
impl Indicator {
    /// "midterm" | "annual" | None (None when the table has one set only).
    #[getter]
    fn period(&self) -> Option<&'static str> {
        self.inner.period.map(model::Period::as_str)
    }
    #[getter]
    fn level1(&self) -> &str {
        &self.inner.level1
    }
    #[getter]
    fn level2(&self) -> &str {
        &self.inner.level2
    }
    #[getter]
    fn level1_raw(&self) -> &str {
        &self.inner.level1_raw
    }
    #[getter]
    fn level2_raw(&self) -> &str {
        &self.inner.level2_raw
    }
    #[getter]
    fn name(&self) -> &str {
        &self.inner.name
    }
    #[getter]
    fn description(&self) -> Option<&str> {
        self.inner.description.as_deref()
    }
    #[getter]
    fn value(&self) -> &str {
        &self.inner.value
    }
    /// All value columns; `value` is the first. A new list on every access.
    #[getter]
    fn values(&self) -> Vec<String> {
        self.inner.values.clone()
    }
    #[getter]
    fn basis(&self) -> Option<&str> {
        self.inner.basis.as_deref()
    }
    #[getter]
    fn polarity(&self) -> Option<&str> {
        self.inner.polarity.as_deref()
    }
    #[getter]
    fn score(&self) -> Option<f64> {
        self.inner.score
    }
    #[getter]
    fn remark(&self) -> Option<&str> {
        self.inner.remark.as_deref()
    }

    /// 实际完成值 of a self-evaluation table (None in target tables).
    #[getter]
    fn actual(&self) -> Option<&str> {
        self.inner.actual.as_deref()
    }

    /// 评(扣)分标准 column, where the layout has one.
    #[getter]
    fn scoring(&self) -> Option<&str> {
        self.inner.scoring.as_deref()
    }
    /// 指标值类型 / 指标属性 column ("定量" / "定性"), where the layout has one.
    #[getter]
    fn value_kind(&self) -> Option<&str> {
        self.inner.value_kind.as_deref()
    }
    #[getter]
    fn target<'py>(&self, py: Python<'py>) -> Bound<'py, Target> {
        self.target.bind(py).clone()
    }
    #[getter]
    fn line(&self) -> usize {
        self.inner.line
    }
    /// The indicator as a plain dict (records.md §1).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        Ok(format!(
            "<Indicator {}/{} {} = {}>",
            self.inner.level1,
            self.inner.level2,
            short_repr(py, Some(&self.inner.name), 40)?,
            short_repr(py, Some(&self.inner.value), 40)?,
        ))
    }
}

/// The parsed 指标值 of an indicator.
#[pyclass(frozen, module = "jixiao")]
pub struct Target(model::Target);

impl Target {
    pub(crate) fn new(target: model::Target) -> Target {
        Target(target)
    }
}

impl ToDict for Target {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        Ok(py_value(py, &self.0)?.cast_into::<PyDict>()?)
    }
}

#[pymethods]
impl Target {
    /// "number" | "range" | "date" | "duration" | "qualitative" | "empty" | "unparsed".
    #[getter]
    fn kind(&self) -> &'static str {
        self.0.kind.as_str()
    }
    /// ">=" | "<=" | "=" | ">" | "<" | "between" | None.
    #[getter]
    fn op(&self) -> Option<&'static str> {
        self.0.op.map(model::Op::as_str)
    }
    #[getter]
    fn value(&self) -> Option<f64> {
        self.0.value
    }
    #[getter]
    fn max(&self) -> Option<f64> {
        self.0.max
    }
    #[getter]
    fn unit(&self) -> Option<&str> {
        self.0.unit.as_deref()
    }
    #[getter]
    fn std_value(&self) -> Option<f64> {
        self.0.std_value
    }
    #[getter]
    fn std_unit(&self) -> Option<&str> {
        self.0.std_unit.as_deref()
    }
    #[getter]
    fn date(&self) -> Option<&str> {
        self.0.date.as_deref()
    }
    /// "increase" | "decrease" | "maintain" | "achieve" | None.
    #[getter]
    fn direction(&self) -> Option<&'static str> {
        self.0.direction.map(model::Direction::as_str)
    }
    /// The target as a plain dict (records.md §1).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }
    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        // Only what is set, in reading order: kind op value max unit date direction.
        let t = &self.0;
        let text = |key: &str, v: Option<&str>| -> PyResult<Option<String>> {
            v.map(|v| Ok(format!("{key}={}", short_repr(py, Some(v), 20)?))).transpose()
        };
        let number = |key: &str, v: Option<f64>| v.map(|v| format!("{key}={v:?}"));
        let parts: Vec<String> = [
            text("kind", Some(t.kind.as_str()))?,
            text("op", t.op.map(model::Op::as_str))?,
            number("value", t.value),
            number("max", t.max),
            text("unit", t.unit.as_deref())?,
            text("date", t.date.as_deref())?,
            text("direction", t.direction.map(model::Direction::as_str))?,
        ]
        .into_iter()
        .flatten()
        .collect();
        Ok(format!("<Target {}>", parts.join(" ")))
    }
}
