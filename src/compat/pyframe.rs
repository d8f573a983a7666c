//! Shims for `Include/pyframe.h` and `Include/cpython/pyframe.h` (the frame accessors,
//! in `frameobject.h` before they existed). Outside the limited API, but for
//! PyFrame_GetCode: the fallbacks read the frame's fields or its Python attributes.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use core::ffi::c_int;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use core::ffi::c_char;
#[cfg(all(Py_3_9, Py_LIMITED_API))]
use crate::pytypedefs::PyCodeObject;
#[cfg(any(all(Py_3_11, not(PyPy)), all(Py_3_9, Py_LIMITED_API)))]
use crate::pytypedefs::PyFrameObject;
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use crate::object::PyObject_GetAttrString;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::object::PyObject;
#[cfg(all(Py_3_11, PyPy))]
use crate::refcount::{Py_NewRef, Py_XNewRef};
#[cfg(any(Py_3_9, not(Py_LIMITED_API)))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_LIMITED_API))]
use crate::refcount::Py_XDECREF;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::pyerrors::{
    PyErr_Clear, PyErr_ExceptionMatches, PyErr_Format, PyExc_KeyError, PyExc_NameError,
};
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use crate::longobject::PyLong_AsLong;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::code::PyCodeObject;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::abstract_::PyObject_GetItem;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::compat::with_str;
#[cfg(any(all(not(Py_3_9), not(Py_LIMITED_API)), all(not(Py_3_11), PyPy)))]
use crate::compat::refcount::{Py_NewRef, Py_XNewRef};
#[cfg(any(all(not(Py_3_11), not(Py_LIMITED_API)), PyPy))]
use crate::cpython::frameobject::PyFrameObject;

#[allow(unused_imports)]
use core::ptr;

// --- PyFrame_GetCode: 3.9 (never on PyPy) ---

#[cfg(all(Py_3_9, not(PyPy)))]
pub use crate::PyFrame_GetCode;

/// A strong reference to the frame's code object.
#[cfg(all(not(all(Py_3_9, not(PyPy))), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetCode`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetCode) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10. Returns a new reference.
pub unsafe fn PyFrame_GetCode(frame: *mut PyFrameObject) -> *mut PyCodeObject {
    Py_NewRef((*frame).f_code.cast()).cast()
}

// --- PyFrame_GetBack: 3.9, outside the limited API (never on PyPy) ---

#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
pub use crate::PyFrame_GetBack;

/// A strong reference to the calling frame, or NULL for the outermost one.
#[cfg(all(not(all(Py_3_9, not(PyPy))), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetBack`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetBack) (docs: added 3.9). In the headers from 3.9. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetBack(frame: *mut PyFrameObject) -> *mut PyFrameObject {
    Py_XNewRef((*frame).f_back.cast()).cast()
}

// --- _PyFrame_GetCodeBorrow, _PyFrame_GetBackBorrow: pythoncapi-compat's own ---

/// PyFrame_GetCode as a borrowed reference (the frame keeps its code alive).
#[cfg(any(not(Py_LIMITED_API), all(Py_3_9, not(PyPy))))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _PyFrame_GetCodeBorrow(frame: *mut PyFrameObject) -> *mut PyCodeObject {
    let code = PyFrame_GetCode(frame);
    Py_DECREF(code.cast());
    code
}

/// PyFrame_GetBack as a borrowed reference (the frame keeps its caller alive).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _PyFrame_GetBackBorrow(frame: *mut PyFrameObject) -> *mut PyFrameObject {
    let back = PyFrame_GetBack(frame);
    Py_XDECREF(back.cast());
    back
}

// --- PyFrame_GetLocals, GetGlobals, GetBuiltins, GetLasti: 3.11, outside the limited
// API; the fallbacks read the frame's Python attributes, which these stand for ---

#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
pub use crate::{PyFrame_GetBuiltins, PyFrame_GetGlobals, PyFrame_GetLasti, PyFrame_GetLocals};

/// `frame.f_locals`: a new reference (fast locals are copied in first).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetLocals`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetLocals) (docs: added 3.11; changed 3.13). In the headers from 3.11. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetLocals(frame: *mut PyFrameObject) -> *mut PyObject {
    PyObject_GetAttrString(frame.cast(), c"f_locals".as_ptr())
}

/// `frame.f_globals`: a new reference.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetGlobals`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetGlobals) (docs: added 3.11). In the headers from 3.11. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetGlobals(frame: *mut PyFrameObject) -> *mut PyObject {
    PyObject_GetAttrString(frame.cast(), c"f_globals".as_ptr())
}

/// `frame.f_builtins`: a new reference.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetBuiltins`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetBuiltins) (docs: added 3.11). In the headers from 3.11. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetBuiltins(frame: *mut PyFrameObject) -> *mut PyObject {
    PyObject_GetAttrString(frame.cast(), c"f_builtins".as_ptr())
}

/// `frame.f_lasti`: the byte offset of the last instruction tried, -1 before the first.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetLasti`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetLasti) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFrame_GetLasti(frame: *mut PyFrameObject) -> c_int {
    let lasti = PyObject_GetAttrString(frame.cast(), c"f_lasti".as_ptr());
    if lasti.is_null() {
        PyErr_Clear();
        return -1;
    }
    let r = PyLong_AsLong(lasti);
    Py_DECREF(lasti);
    r as c_int
}

// --- PyFrame_GetVar, PyFrame_GetVarString: 3.12, outside the limited API ---

#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
pub use crate::{PyFrame_GetVar, PyFrame_GetVarString};

/// A strong reference to the frame's variable `name` (local, cell or free), or NULL
/// with NameError if it has none, or another exception.
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetVar`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetVar) (docs: added 3.12). In the headers from 3.12. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetVar(frame: *mut PyFrameObject, name: *mut PyObject) -> *mut PyObject {
    let locals = PyFrame_GetLocals(frame);
    if locals.is_null() {
        return ptr::null_mut();
    }
    let value = PyObject_GetItem(locals, name);
    Py_DECREF(locals);
    if value.is_null() && PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
        PyErr_Clear();
        PyErr_Format(
            PyExc_NameError,
            c"variable %R does not exist".as_ptr(),
            name,
        );
    }
    value
}

/// PyFrame_GetVar with the name as a UTF-8 C string.
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyFrame_GetVarString`](https://docs.python.org/3/c-api/frame.html#c.PyFrame_GetVarString) (docs: added 3.12). In the headers from 3.12. Not in the limited API. Returns a new reference.
pub unsafe fn PyFrame_GetVarString(
    frame: *mut PyFrameObject,
    name: *const c_char,
) -> *mut PyObject {
    with_str(name, ptr::null_mut(), |name| PyFrame_GetVar(frame, name))
}
