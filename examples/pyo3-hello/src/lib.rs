//! `pyo3_hello`: a `#[pyfunction]` and a `#[pyclass]`, written for pyo3 and
//! built on pyffi (see `Cargo.toml`'s `[patch.crates-io]`).

use pyo3::prelude::*;

/// Returns "Hello, NAME!".
#[pyfunction]
fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

/// A counter that starts at `start` and goes up by one per `increment()`.
#[pyclass(module = "pyo3_hello")]
struct Counter {
    #[pyo3(get)]
    value: i64,
}

#[pymethods]
impl Counter {
    #[new]
    #[pyo3(signature = (start = 0))]
    fn new(start: i64) -> Self {
        Counter { value: start }
    }

    /// Adds one and returns the new value; OverflowError past i64::MAX.
    fn increment(&mut self) -> PyResult<i64> {
        self.value = self
            .value
            .checked_add(1)
            .ok_or_else(|| pyo3::exceptions::PyOverflowError::new_err("counter overflow"))?;
        Ok(self.value)
    }

    fn __repr__(&self) -> String {
        format!("Counter({})", self.value)
    }
}

#[pymodule(gil_used = false)]
fn pyo3_hello(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(greet, m)?)?;
    m.add_class::<Counter>()?;
    Ok(())
}
