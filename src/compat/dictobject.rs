//! Shims for `Include/dictobject.h` and `Include/cpython/dictobject.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use core::ffi::{c_char, c_int};
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(any(all(Py_3_10, not(Py_3_13)), all(Py_3_13, Py_LIMITED_API)))]
use crate::refcount::Py_NewRef;
#[cfg(any(all(Py_3_10, not(Py_3_13)), all(Py_3_13, not(Py_3_15), Py_LIMITED_API)))]
use crate::refcount::Py_XNewRef;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::refcount::{Py_DECREF, Py_XDECREF};
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::pyerrors::{PyErr_BadInternalCall, PyErr_Occurred};
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::dictobject::{PyDict_Check, PyDict_Contains, PyDict_DelItem, PyDict_GetItemWithError};
#[cfg(any(not(Py_3_13), all(not(Py_3_15), Py_LIMITED_API)))]
use crate::dictobject::PyDict_SetItem;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::compat::with_str;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::{Py_NewRef, Py_XNewRef};

#[allow(unused_imports)]
use core::ptr;

// --- PyDict_GetItemRef, PyDict_GetItemStringRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{PyDict_GetItemRef, PyDict_GetItemStringRef};

/// 1 and a strong reference in `*result` if `key` is present, 0 and NULL if not,
/// -1 and NULL on error.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyDict_GetItemRef`](https://docs.python.org/3/c-api/dict.html#c.PyDict_GetItemRef) (docs: added 3.13; changed 3.15). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyDict_GetItemRef(
    mp: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    let item = PyDict_GetItemWithError(mp, key);
    if !item.is_null() {
        *result = Py_NewRef(item);
        return 1;
    }
    *result = ptr::null_mut();
    if PyErr_Occurred().is_null() {
        0
    } else {
        -1
    }
}

/// PyDict_GetItemRef with the key as a UTF-8 C string.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyDict_GetItemStringRef`](https://docs.python.org/3/c-api/dict.html#c.PyDict_GetItemStringRef) (docs: added 3.13; changed 3.15). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyDict_GetItemStringRef(
    mp: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    *result = ptr::null_mut();
    with_str(key, -1, |key| PyDict_GetItemRef(mp, key, result))
}

// --- PyDict_SetDefaultRef: 3.13 (limited API 3.15) ---

#[cfg(any(all(Py_3_13, not(Py_LIMITED_API)), Py_3_15))]
pub use crate::PyDict_SetDefaultRef;

/// Inserts `default_value` under `key` unless present: 0 if inserted, 1 if present, -1 on
/// error. `*result` (when `result` is not NULL) gets a strong reference to the value now
/// under `key`, or NULL on error.
#[cfg(not(any(all(Py_3_13, not(Py_LIMITED_API)), Py_3_15)))]
#[inline]
///
/// C API: [`PyDict_SetDefaultRef`](https://docs.python.org/3/c-api/dict.html#c.PyDict_SetDefaultRef) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.15.
pub unsafe fn PyDict_SetDefaultRef(
    mp: *mut PyObject,
    key: *mut PyObject,
    default_value: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    let value = PyDict_GetItemWithError(mp, key);
    let (rc, value) = if !value.is_null() {
        (1, value)
    } else if !PyErr_Occurred().is_null() || PyDict_SetItem(mp, key, default_value) < 0 {
        (-1, ptr::null_mut())
    } else {
        (0, default_value)
    };
    if !result.is_null() {
        *result = Py_XNewRef(value);
    }
    rc
}

// --- PyDict_Pop, PyDict_PopString, PyDict_ContainsString: 3.13, outside the limited
// API (the fallbacks need only limited API, so they are there too) ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::{PyDict_ContainsString, PyDict_Pop, PyDict_PopString};

/// Removes `key`: 1 and the removed value (a strong reference) in `*result`, 0 and
/// NULL if absent (no KeyError), -1 and NULL on error (SystemError if `dict` is not a
/// dict). `result` may be NULL, and the value is then dropped.
#[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`PyDict_Pop`](https://docs.python.org/3/c-api/dict.html#c.PyDict_Pop) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyDict_Pop(
    dict: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    let mut value = ptr::null_mut();
    let rc = if PyDict_Check(dict) == 0 {
        PyErr_BadInternalCall();
        -1
    } else if crate::PyDict_Size(dict) == 0 {
        // As CPython's: an empty dict answers before the key is hashed.
        0
    } else {
        let item = PyDict_GetItemWithError(dict, key);
        if item.is_null() {
            if PyErr_Occurred().is_null() {
                0
            } else {
                -1
            }
        } else {
            // Held across the deletion, which drops the dict's reference.
            value = Py_NewRef(item);
            if PyDict_DelItem(dict, key) < 0 {
                Py_DECREF(value);
                value = ptr::null_mut();
                -1
            } else {
                1
            }
        }
    };
    if result.is_null() {
        Py_XDECREF(value);
    } else {
        *result = value;
    }
    rc
}

/// PyDict_Pop with the key as a UTF-8 C string.
#[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`PyDict_PopString`](https://docs.python.org/3/c-api/dict.html#c.PyDict_PopString) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyDict_PopString(
    dict: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    if !result.is_null() {
        *result = ptr::null_mut();
    }
    with_str(key, -1, |key| PyDict_Pop(dict, key, result))
}

/// PyDict_Contains with the key as a UTF-8 C string: 1, 0, or -1 with an exception.
#[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`PyDict_ContainsString`](https://docs.python.org/3/c-api/dict.html#c.PyDict_ContainsString) (docs: added 3.13; changed 3.15). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyDict_ContainsString(mp: *mut PyObject, key: *const c_char) -> c_int {
    with_str(key, -1, |key| PyDict_Contains(mp, key))
}
