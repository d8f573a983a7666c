//! Shims for `Include/sysmodule.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_15))]
use core::ffi::{c_char, c_int};
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
use crate::object::Py_TYPE;
#[cfg(not(Py_3_15))]
use crate::object::PyObject;
#[cfg(all(Py_3_10, not(Py_3_15)))]
use crate::refcount::{Py_NewRef, Py_XNewRef};
#[cfg(not(Py_3_15))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_3_15))]
use crate::bytesobject::PyBytes_AsString;
#[cfg(not(Py_3_15))]
use crate::unicodeobject::{PyUnicode_AsUTF8String, PyUnicode_Check};
#[cfg(not(Py_3_15))]
use crate::pyerrors::{PyErr_Format, PyErr_Occurred, PyExc_RuntimeError, PyExc_TypeError};
#[cfg(not(Py_3_15))]
use crate::sysmodule::PySys_GetObject;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::{Py_NewRef, Py_XNewRef};

#[allow(unused_imports)]
use core::ptr;

// --- PySys_GetAttr, GetAttrString, GetOptionalAttr, GetOptionalAttrString: 3.15 ---

#[cfg(Py_3_15)]
pub use crate::{
    PySys_GetAttr, PySys_GetAttrString, PySys_GetOptionalAttr, PySys_GetOptionalAttrString,
};

/// `sys.<name>` as a borrowed reference, NULL with an exception pending only on error
/// (TypeError if `name` is not a str).
#[cfg(not(Py_3_15))]
#[inline]
unsafe fn sys_lookup(name: *mut PyObject) -> *mut PyObject {
    if PyUnicode_Check(name) == 0 {
        PyErr_Format(
            PyExc_TypeError,
            c"attribute name must be string, not '%.200s'".as_ptr(),
            type_name(name),
        );
        return ptr::null_mut();
    }
    // PySys_GetObject takes the name as UTF-8 and raises nothing.
    let utf8 = PyUnicode_AsUTF8String(name);
    if utf8.is_null() {
        return ptr::null_mut();
    }
    let value = PySys_GetObject(PyBytes_AsString(utf8));
    Py_DECREF(utf8);
    value
}

/// The name of `obj`'s type, for an error message.
#[cfg(not(Py_3_15))]
unsafe fn type_name(obj: *mut PyObject) -> *const c_char {
    #[cfg(not(Py_LIMITED_API))]
    return (*Py_TYPE(obj)).tp_name;
    #[cfg(Py_LIMITED_API)]
    {
        let _ = obj;
        c"?".as_ptr()
    }
}

/// A strong reference to `sys.<name>`, or NULL with RuntimeError if sys has no such
/// attribute (or another exception).
#[cfg(not(Py_3_15))]
#[inline]
///
/// C API: [`PySys_GetAttr`](https://docs.python.org/3/c-api/sys.html#c.PySys_GetAttr) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub unsafe fn PySys_GetAttr(name: *mut PyObject) -> *mut PyObject {
    let value = sys_lookup(name);
    if value.is_null() && PyErr_Occurred().is_null() {
        PyErr_Format(PyExc_RuntimeError, c"lost sys.%U".as_ptr(), name);
    }
    Py_XNewRef(value)
}

/// PySys_GetAttr with the name as a UTF-8 C string.
#[cfg(not(Py_3_15))]
#[inline]
///
/// C API: [`PySys_GetAttrString`](https://docs.python.org/3/c-api/sys.html#c.PySys_GetAttrString) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub unsafe fn PySys_GetAttrString(name: *const c_char) -> *mut PyObject {
    let value = PySys_GetObject(name);
    if value.is_null() {
        PyErr_Format(PyExc_RuntimeError, c"lost sys.%s".as_ptr(), name);
        return ptr::null_mut();
    }
    Py_NewRef(value)
}

/// 1 and a strong reference to `sys.<name>` in `*result`, 0 and NULL if sys has no
/// such attribute (no exception), -1 and NULL on error.
#[cfg(not(Py_3_15))]
#[inline]
///
/// C API: [`PySys_GetOptionalAttr`](https://docs.python.org/3/c-api/sys.html#c.PySys_GetOptionalAttr) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub unsafe fn PySys_GetOptionalAttr(name: *mut PyObject, result: *mut *mut PyObject) -> c_int {
    let value = sys_lookup(name);
    *result = Py_XNewRef(value);
    if !value.is_null() {
        1
    } else if PyErr_Occurred().is_null() {
        0
    } else {
        -1
    }
}

/// PySys_GetOptionalAttr with the name as a UTF-8 C string.
#[cfg(not(Py_3_15))]
#[inline]
///
/// C API: [`PySys_GetOptionalAttrString`](https://docs.python.org/3/c-api/sys.html#c.PySys_GetOptionalAttrString) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub unsafe fn PySys_GetOptionalAttrString(
    name: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    let value = PySys_GetObject(name);
    *result = Py_XNewRef(value);
    (!value.is_null()) as c_int
}
