//! Shims for `Include/modsupport.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_13))]
use core::ffi::{c_char, c_int};
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::object::PyType_Ready;
#[cfg(not(Py_3_13))]
use crate::object::PyObject;
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::cpython::object::PyTypeObject;
#[cfg(not(Py_3_10))]
use crate::refcount::{Py_DECREF, Py_INCREF};
#[cfg(not(Py_3_13))]
use crate::refcount::Py_XDECREF;
#[cfg(not(Py_3_10))]
use crate::pyerrors::{PyErr_Occurred, PyErr_SetString, PyExc_SystemError};
#[cfg(not(Py_3_10))]
use crate::modsupport::PyModule_AddObject;

// --- PyModule_AddObjectRef: 3.10 ---

#[cfg(Py_3_10)]
pub use crate::PyModule_AddObjectRef;

/// Adds `value` to `module` as `name` without stealing the reference. NULL `value`
/// means an exception is pending: -1.
#[cfg(not(Py_3_10))]
#[inline]
///
/// C API: [`PyModule_AddObjectRef`](https://docs.python.org/3/c-api/module.html#c.PyModule_AddObjectRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn PyModule_AddObjectRef(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    if value.is_null() {
        if PyErr_Occurred().is_null() {
            PyErr_SetString(
                PyExc_SystemError,
                c"PyModule_AddObjectRef() must be called with an exception raised if value is NULL"
                    .as_ptr(),
            );
        }
        return -1;
    }
    // PyModule_AddObject steals the reference only on success.
    Py_INCREF(value);
    let r = PyModule_AddObject(module, name, value);
    if r < 0 {
        Py_DECREF(value);
    }
    r
}

// --- PyModule_Add: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyModule_Add;

/// PyModule_AddObjectRef that steals `value`, also on failure.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyModule_Add`](https://docs.python.org/3/c-api/module.html#c.PyModule_Add) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13. Steals a reference to `value`.
pub unsafe fn PyModule_Add(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    let r = PyModule_AddObjectRef(module, name, value);
    Py_XDECREF(value);
    r
}

// --- PyModule_AddType: 3.9 ---

#[cfg(Py_3_9)]
pub use crate::PyModule_AddType;

/// Readies `type` and adds it to `module` under its name (the part of `tp_name` after
/// the last dot), taking a new reference: 0, or -1 with an exception. The 3.7 and 3.8
/// limited API cannot read `tp_name`: absent there.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyModule_AddType`](https://docs.python.org/3/c-api/module.html#c.PyModule_AddType) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10.
pub unsafe fn PyModule_AddType(module: *mut PyObject, type_: *mut PyTypeObject) -> c_int {
    if PyType_Ready(type_) < 0 {
        return -1;
    }
    let full = core::ffi::CStr::from_ptr((*type_).tp_name).to_bytes();
    let start = full
        .iter()
        .rposition(|&b| b == b'.')
        .map_or(0, |dot| dot + 1);
    PyModule_AddObjectRef(module, (*type_).tp_name.add(start), type_.cast())
}
