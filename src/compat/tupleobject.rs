//! Shims for `Include/tupleobject.h` and `Include/cpython/tupleobject.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_15), Py_LIMITED_API))]
use crate::pyport::Py_ssize_t;
#[cfg(any(not(Py_3_15), Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(any(all(Py_3_10, not(Py_3_15)), all(Py_3_15, Py_LIMITED_API)))]
use crate::refcount::Py_NewRef;
#[cfg(any(not(Py_3_15), Py_LIMITED_API))]
use crate::tupleobject::{PyTuple_New, PyTuple_SetItem};
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_NewRef;

// --- PyTuple_FromArray: 3.15, outside the limited API ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::PyTuple_FromArray;

/// A new tuple of `size` items, each a new reference to `array[i]`; NULL with an
/// exception on failure (SystemError for a negative size).
#[cfg(not(all(Py_3_15, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`PyTuple_FromArray`](https://docs.python.org/3/c-api/tuple.html#c.PyTuple_FromArray) (docs: added 3.15). In the headers from 3.15. Not in the limited API.
pub unsafe fn PyTuple_FromArray(array: *const *mut PyObject, size: Py_ssize_t) -> *mut PyObject {
    let tuple = PyTuple_New(size);
    if tuple.is_null() {
        return tuple;
    }
    for i in 0..size {
        // PyTuple_SetItem steals the new reference; it cannot fail on a fresh tuple.
        PyTuple_SetItem(tuple, i, Py_NewRef(*array.offset(i)));
    }
    tuple
}
