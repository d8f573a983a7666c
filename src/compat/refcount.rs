//! Shims for `Include/refcount.h` (part of `object.h` before 3.12).

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_9))]
use crate::pyport::Py_ssize_t;
use crate::object::PyObject;
use crate::refcount::{Py_DECREF, Py_XDECREF};
#[cfg(not(Py_3_10))]
use crate::refcount::{Py_INCREF, Py_XINCREF};

// --- Py_NewRef, Py_XNewRef: 3.10 ---

#[cfg(Py_3_10)]
pub use crate::{Py_NewRef, Py_XNewRef};

/// A new strong reference to `obj`, which must not be NULL.
#[cfg(not(Py_3_10))]
#[inline]
///
/// C API: [`Py_NewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_NewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_INCREF(obj);
    obj
}

/// A new strong reference to `obj`, or NULL if `obj` is NULL.
#[cfg(not(Py_3_10))]
#[inline]
///
/// C API: [`Py_XNewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XNewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_XINCREF(obj);
    obj
}

// --- Py_SET_REFCNT: 3.9 ---

#[cfg(Py_3_9)]
pub use crate::Py_SET_REFCNT;

/// `ob->ob_refcnt = refcnt`.
#[cfg(not(Py_3_9))]
#[inline]
///
/// C API: [`Py_SET_REFCNT`](https://docs.python.org/3/c-api/refcounting.html#c.Py_SET_REFCNT) (docs: added 3.9; changed 3.12). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn Py_SET_REFCNT(ob: *mut PyObject, refcnt: Py_ssize_t) {
    (*ob).ob_refcnt = refcnt;
}

// --- _Py_StealRef, _Py_XStealRef: pythoncapi-compat's own, in no CPython ---

/// Drops the caller's reference and returns `ob`, now borrowed (it must be kept alive
/// by another reference).
#[inline]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _Py_StealRef(ob: *mut PyObject) -> *mut PyObject {
    Py_DECREF(ob);
    ob
}

/// `_Py_StealRef` that accepts NULL.
#[inline]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _Py_XStealRef(ob: *mut PyObject) -> *mut PyObject {
    Py_XDECREF(ob);
    ob
}
