//! Shims for `Include/cpython/code.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use crate::object::{PyObject, PyObject_GetAttrString};
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use crate::cpython::code::PyCodeObject;

// --- PyCode_GetCode, GetVarnames, GetCellvars, GetFreevars: 3.11, outside the
// limited API; the fallbacks read the code object's Python attributes ---

#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
pub use crate::{PyCode_GetCellvars, PyCode_GetCode, PyCode_GetFreevars, PyCode_GetVarnames};

/// `code.co_code`: a new reference to the bytecode as bytes.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyCode_GetCode`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetCode) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyCode_GetCode(code: *mut PyCodeObject) -> *mut PyObject {
    PyObject_GetAttrString(code.cast(), c"co_code".as_ptr())
}

/// `code.co_varnames`: a new reference to the tuple of local variable names.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyCode_GetVarnames`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetVarnames) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyCode_GetVarnames(code: *mut PyCodeObject) -> *mut PyObject {
    PyObject_GetAttrString(code.cast(), c"co_varnames".as_ptr())
}

/// `code.co_cellvars`: a new reference to the tuple of cell variable names.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyCode_GetCellvars`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetCellvars) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyCode_GetCellvars(code: *mut PyCodeObject) -> *mut PyObject {
    PyObject_GetAttrString(code.cast(), c"co_cellvars".as_ptr())
}

/// `code.co_freevars`: a new reference to the tuple of free variable names.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyCode_GetFreevars`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetFreevars) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyCode_GetFreevars(code: *mut PyCodeObject) -> *mut PyObject {
    PyObject_GetAttrString(code.cast(), c"co_freevars".as_ptr())
}
