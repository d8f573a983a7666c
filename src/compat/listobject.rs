//! Shims for `Include/listobject.h` and `Include/cpython/listobject.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use core::ffi::c_int;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::pyport::PY_SSIZE_T_MAX;
#[cfg(not(Py_3_13))]
use crate::pyport::Py_ssize_t;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(all(Py_3_10, not(Py_3_13)))]
use crate::refcount::Py_XNewRef;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::listobject::PyList_SetSlice;
#[cfg(not(Py_3_13))]
use crate::listobject::PyList_GetItem;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_XNewRef;

#[allow(unused_imports)]
use core::ptr;

// --- PyList_GetItemRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyList_GetItemRef;

/// PyList_GetItem returning a strong reference.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyList_GetItemRef`](https://docs.python.org/3/c-api/list.html#c.PyList_GetItemRef) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13. Returns a new reference.
pub unsafe fn PyList_GetItemRef(list: *mut PyObject, index: Py_ssize_t) -> *mut PyObject {
    Py_XNewRef(PyList_GetItem(list, index))
}

// --- PyList_Extend, PyList_Clear: 3.13, outside the limited API ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::{PyList_Clear, PyList_Extend};

// pyo3-ffi names libpython's exported functions here from 3.13 even under the limited
// API (where C declares neither); the 3.13+ limited fallbacks take their C ABI so that
// the two crates spell the same type.
#[allow(unused_macros)]
macro_rules! list_extend_clear {
    ($($abi:literal)?) => {
        /// `list.extend(iterable)`: 0, or -1 with an exception.
        #[inline]
        pub unsafe $(extern $abi)? fn PyList_Extend(list: *mut PyObject, iterable: *mut PyObject) -> c_int {
            PyList_SetSlice(list, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX, iterable)
        }

        /// `list.clear()`: 0, or -1 with an exception.
        #[inline]
        pub unsafe $(extern $abi)? fn PyList_Clear(list: *mut PyObject) -> c_int {
            PyList_SetSlice(list, 0, PY_SSIZE_T_MAX, ptr::null_mut())
        }
    };
}

#[cfg(not(Py_3_13))]
list_extend_clear!();
#[cfg(all(Py_3_13, Py_LIMITED_API))]
list_extend_clear!("C");
