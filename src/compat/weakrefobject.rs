//! Shims for `Include/weakrefobject.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_13))]
use core::ffi::c_int;
#[cfg(all(not(Py_3_13), not(PyPy)))]
use crate::object::{PyObject_TypeCheck, Py_TYPE};
#[cfg(not(Py_3_13))]
use crate::object::{PyObject, Py_None};
#[cfg(all(Py_3_10, not(Py_3_13)))]
use crate::refcount::Py_NewRef;
#[cfg(not(Py_3_13))]
use crate::pyerrors::{PyErr_SetString, PyExc_TypeError};
#[cfg(PyPy)]
use crate::weakrefobject::PyWeakref_Check;
#[cfg(all(not(Py_3_13), not(PyPy)))]
use crate::weakrefobject::{_PyWeakref_CallableProxyType, _PyWeakref_ProxyType, _PyWeakref_RefType};
#[cfg(not(Py_3_13))]
use crate::weakrefobject::PyWeakref_GetObject;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_NewRef;

#[allow(unused_imports)]
use core::ptr;

// --- PyWeakref_GetRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyWeakref_GetRef;

/// 1 and a strong reference to the referent in `*pobj`, 0 and NULL if it is dead,
/// -1 and NULL (TypeError) if `reference` is not a weak reference.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyWeakref_GetRef`](https://docs.python.org/3/c-api/weakref.html#c.PyWeakref_GetRef) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyWeakref_GetRef(reference: *mut PyObject, pobj: *mut *mut PyObject) -> c_int {
    *pobj = ptr::null_mut();
    if reference.is_null() || !is_weakref(reference) {
        PyErr_SetString(PyExc_TypeError, c"expected a weakref".as_ptr());
        return -1;
    }
    let obj = PyWeakref_GetObject(reference);
    if obj.is_null() {
        return -1;
    }
    // A dead reference yields None, which cannot itself be weakly referenced.
    if obj == Py_None() {
        return 0;
    }
    *pobj = Py_NewRef(obj);
    1
}

/// `PyWeakref_Check`, as weakrefobject.h spells it out (PyPy exports a function).
#[cfg(not(Py_3_13))]
#[inline]
unsafe fn is_weakref(op: *mut PyObject) -> bool {
    #[cfg(PyPy)]
    return PyWeakref_Check(op) != 0;
    #[cfg(not(PyPy))]
    return PyObject_TypeCheck(op, &raw mut _PyWeakref_RefType) != 0
        || Py_TYPE(op) == &raw mut _PyWeakref_ProxyType
        || Py_TYPE(op) == &raw mut _PyWeakref_CallableProxyType;
}
