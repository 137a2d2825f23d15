//! `jixiao.Table`: one of the four batch tables (or the `targets` table of
//! `parse_targets`), handed to any Arrow consumer through the Arrow PyCapsule
//! interface (`__arrow_c_stream__`), with conveniences for pandas, polars and
//! pyarrow — each imported only when asked for.

use std::sync::Arc;

use arrow_array::{ArrayRef, RecordBatch, StructArray};
use arrow_schema::{Field, SchemaRef};
use pyo3::exceptions::PyImportError;
use pyo3::prelude::*;
use pyo3::types::{PyCapsule, PyDict};
use pyo3_arrow::ffi::{to_schema_pycapsule, to_stream_pycapsule, ArrayIterator};

#[pyclass(frozen, module = "jixiao", name = "Table")]
pub struct Table {
    name: &'static str,
    schema: SchemaRef,
    batches: Vec<RecordBatch>,
}

impl Table {
    pub fn new(name: &'static str, schema: SchemaRef, batches: Vec<RecordBatch>) -> Table {
        Table { name, schema, batches }
    }
}

fn import<'py>(py: Python<'py>, module: &str, extra: &str) -> PyResult<Bound<'py, PyModule>> {
    py.import(module)
        .map_err(|e| PyImportError::new_err(format!("{module} is needed for this ({e}); install it with `pip install {extra}`")))
}

#[pymethods]
impl Table {
    /// The table's name: "filings", "projects", "indicators", "diagnostics" (a read's),
    /// or "targets" (`parse_targets`).
    #[getter]
    fn name(&self) -> &'static str {
        self.name
    }

    /// Column names, in order.
    #[getter]
    fn columns(&self) -> Vec<String> {
        self.schema.fields().iter().map(|f| f.name().clone()).collect()
    }

    fn __len__(&self) -> usize {
        self.batches.iter().map(RecordBatch::num_rows).sum()
    }

    fn __repr__(&self) -> String {
        format!("<jixiao.Table {}: {} rows x {} columns>", self.name, self.__len__(), self.schema.fields().len())
    }

    fn __arrow_c_schema__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyCapsule>> {
        Ok(to_schema_pycapsule(py, self.schema.as_ref())?)
    }

    /// Export as an Arrow C stream: zero-copy into pyarrow, polars, pandas (via
    /// pyarrow), duckdb and any other consumer of the Arrow PyCapsule interface.
    #[pyo3(signature = (requested_schema = None))]
    fn __arrow_c_stream__<'py>(&self, py: Python<'py>, requested_schema: Option<Bound<'py, PyCapsule>>) -> PyResult<Bound<'py, PyCapsule>> {
        // A record batch travels as a struct array whose fields are the columns; the
        // batches share their buffers with this table (Arc), nothing is copied.
        let arrays = self.batches.clone().into_iter().map(|b| Ok(Arc::new(StructArray::from(b)) as ArrayRef));
        let field = Field::new_struct("", self.schema.fields().clone(), false).with_metadata(self.schema.metadata.clone());
        let reader = Box::new(ArrayIterator::new(arrays, field.into()));
        Ok(to_stream_pycapsule(py, reader, requested_schema)?)
    }

    /// A `pyarrow.Table` (needs pyarrow).
    fn to_arrow<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let pa = import(slf.py(), "pyarrow", "pyarrow")?;
        pa.getattr("table")?.call1((slf,))
    }

    /// A pandas DataFrame (needs pandas and pyarrow). Columns keep their Arrow types
    /// (`pd.ArrowDtype`) by default: no Python object per string, far less memory and
    /// time than NumPy object columns; pass `arrow_dtypes=False` for classic dtypes.
    #[pyo3(signature = (*, arrow_dtypes = true))]
    fn to_pandas<'py>(slf: &Bound<'py, Self>, arrow_dtypes: bool) -> PyResult<Bound<'py, PyAny>> {
        let py = slf.py();
        let pd = import(py, "pandas", "pandas pyarrow")?;
        let table = Self::to_arrow(slf)?;
        let kwargs = PyDict::new(py);
        if arrow_dtypes {
            kwargs.set_item("types_mapper", pd.getattr("ArrowDtype")?)?;
        }
        table.call_method("to_pandas", (), Some(&kwargs))
    }

    /// A polars DataFrame (needs polars).
    fn to_polars<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        let pl = import(slf.py(), "polars", "polars")?;
        pl.getattr("DataFrame")?.call1((slf,))
    }
}
