//! Newer C API functions implemented for the older versions that lack them, under the
//! names pyo3-ffi gives them (`compat::Py_NewRef`, ...).

use crate::*;
