//! Shims for `Include/abstract.h` and `Include/cpython/abstract.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_13))]
use core::ffi::c_char;
#[cfg(not(Py_3_14))]
use core::ffi::c_int;
#[cfg(any(all(not(Py_3_12), Py_LIMITED_API), not(Py_3_8)))]
use crate::pyport::Py_ssize_t;
use crate::object::PyObject;
#[cfg(all(not(Py_3_14), Py_LIMITED_API))]
use crate::object::PyObject_GetAttrString;
#[cfg(all(not(Py_3_8), Py_LIMITED_API))]
use crate::object::PyObject_HasAttrString;
#[cfg(not(Py_3_14))]
use crate::object::Py_TYPE;
#[cfg(all(Py_3_10, not(Py_3_12), Py_LIMITED_API))]
use crate::refcount::Py_NewRef;
#[cfg(any(Py_LIMITED_API, not(Py_3_9)))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_3_13))]
use crate::refcount::Py_XDECREF;
#[cfg(not(Py_3_13))]
use crate::pyerrors::{PyErr_Clear, PyErr_ExceptionMatches, PyExc_KeyError};
#[cfg(not(Py_3_14))]
use crate::pyerrors::{PyErr_Format, PyErr_Occurred, PyExc_TypeError};
#[cfg(any(Py_LIMITED_API, not(Py_3_9)))]
use crate::tupleobject::PyTuple_Pack;
#[cfg(any(not(Py_3_9), all(not(Py_3_12), Py_LIMITED_API)))]
use crate::tupleobject::{PyTuple_GetItem, PyTuple_New, PyTuple_SetItem, PyTuple_Size};
#[cfg(any(not(Py_3_9), all(not(Py_3_12), Py_LIMITED_API)))]
use crate::dictobject::{PyDict_New, PyDict_SetItem};
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
use crate::abstract_::PyObject_VectorcallMethod;
#[cfg(any(Py_LIMITED_API, not(Py_3_9)))]
use crate::abstract_::PyObject_Call;
#[cfg(any(Py_LIMITED_API, not(Py_3_9), PyPy))]
use crate::abstract_::PyObject_CallMethodObjArgs;
#[cfg(any(
    all(Py_3_10, not(Py_3_14)),
    all(Py_3_8, not(Py_3_14), Py_LIMITED_API),
    PyPy
))]
use crate::abstract_::PyIter_Check;
#[cfg(any(not(Py_3_9), PyPy, all(not(Py_3_10), Py_LIMITED_API)))]
use crate::abstract_::PyObject_CallObject;
#[cfg(not(Py_3_13))]
use crate::abstract_::PyObject_GetItem;
#[cfg(not(Py_3_14))]
use crate::abstract_::PyIter_Next;
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::abstract_::PyIter_Check;
#[cfg(not(Py_3_13))]
use crate::compat::with_str;
#[cfg(any(not(Py_3_9), all(not(Py_3_10), Py_LIMITED_API)))]
use crate::compat::refcount::Py_NewRef;

#[allow(unused_imports)]
use core::ptr;

// --- PyObject_CallNoArgs: 3.9 (limited API 3.10) ---

// pyo3-ffi's PyPy builds take the fallback, a Rust fn.
#[cfg(all(any(all(Py_3_9, not(Py_LIMITED_API)), Py_3_10), not(PyPy)))]
pub use crate::PyObject_CallNoArgs;

#[cfg(any(not(any(all(Py_3_9, not(Py_LIMITED_API)), Py_3_10)), PyPy))]
#[inline]
/// C API: [`PyObject_CallNoArgs`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallNoArgs) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10. Returns a new reference.
pub unsafe fn PyObject_CallNoArgs(func: *mut PyObject) -> *mut PyObject {
    PyObject_CallObject(func, ptr::null_mut())
}

// --- PyObject_CallMethodNoArgs: a static inline from 3.9, outside the limited API;
// a function on PyPy ---

// pyo3-ffi's PyPy builds take the fallback (a Rust fn) too.
#[inline]
/// C API: [`PyObject_CallMethodNoArgs`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallMethodNoArgs) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
pub unsafe fn PyObject_CallMethodNoArgs(obj: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    #[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
    {
        // As C: self is args[0], which the callee may overwrite for the call.
        let mut args = obj;
        const ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);
        PyObject_VectorcallMethod(
            name,
            (&raw mut args).cast_const(),
            1 | ARGUMENTS_OFFSET,
            ptr::null_mut(),
        )
    }
    #[cfg(not(all(Py_3_9, not(Py_LIMITED_API), not(PyPy))))]
    {
        PyObject_CallMethodObjArgs(obj, name, ptr::null_mut::<PyObject>())
    }
}

// --- PyObject_CallOneArg: 3.9, outside the limited API ---

#[cfg(any(all(Py_3_9, not(Py_LIMITED_API)), PyPy))]
pub use crate::PyObject_CallOneArg;

/// `func(arg)`: a new reference, or NULL with an exception.
#[cfg(not(any(all(Py_3_9, not(Py_LIMITED_API)), PyPy)))]
#[inline]
///
/// C API: [`PyObject_CallOneArg`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallOneArg) (docs: added 3.9). In the headers from 3.9. Not in the limited API. Returns a new reference.
pub unsafe fn PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let args = PyTuple_Pack(1, arg);
    if args.is_null() {
        return ptr::null_mut();
    }
    let r = PyObject_Call(func, args, ptr::null_mut());
    Py_DECREF(args);
    r
}

// --- PY_VECTORCALL_ARGUMENTS_OFFSET, PyVectorcall_NARGS: 3.8 (limited API 3.12) ---

#[cfg(any(all(Py_3_8, not(Py_LIMITED_API)), Py_3_12))]
pub use crate::{PyVectorcall_NARGS, PY_VECTORCALL_ARGUMENTS_OFFSET};

/// The flag of `nargsf` that lets the callee overwrite `args[-1]`.
#[cfg(not(any(all(Py_3_8, not(Py_LIMITED_API)), Py_3_12)))]
///
/// C API: [`PY_VECTORCALL_ARGUMENTS_OFFSET`](https://docs.python.org/3/c-api/call.html#c.PY_VECTORCALL_ARGUMENTS_OFFSET) (docs: added 3.8). In the headers from 3.8. Limited API and stable ABI since 3.12.
pub const PY_VECTORCALL_ARGUMENTS_OFFSET: usize = 1 << (usize::BITS - 1);

/// The positional count of a vectorcall's `nargsf`, without the offset flag.
#[cfg(not(any(all(Py_3_8, not(Py_LIMITED_API)), Py_3_12)))]
#[inline]
///
/// C API: [`PyVectorcall_NARGS`](https://docs.python.org/3/c-api/call.html#c.PyVectorcall_NARGS) (docs: added 3.8). In the headers from 3.8. Limited API and stable ABI since 3.12.
pub unsafe fn PyVectorcall_NARGS(n: usize) -> Py_ssize_t {
    (n & !PY_VECTORCALL_ARGUMENTS_OFFSET) as Py_ssize_t
}

// --- PyObject_Vectorcall: 3.9 (limited API 3.12) ---

#[cfg(any(Py_3_12, all(Py_3_9, not(Py_LIMITED_API)), PyPy))]
pub use crate::PyObject_Vectorcall;

/// Calls `callable` with the positional arguments `args[..nargs]` and the keyword
/// arguments named by the tuple `kwnames` (or NULL), whose values follow them in `args`:
/// a new reference, or NULL with an exception. Built here as a tuple-and-dict call.
#[cfg(not(any(Py_3_12, all(Py_3_9, not(Py_LIMITED_API)), PyPy)))]
#[inline]
///
/// C API: [`PyObject_Vectorcall`](https://docs.python.org/3/c-api/call.html#c.PyObject_Vectorcall) (docs: added 3.8; changed 3.9). In the headers from 3.9. Limited API and stable ABI since 3.12.
pub unsafe fn PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let nargs = PyVectorcall_NARGS(nargsf);
    let tuple = PyTuple_New(nargs);
    if tuple.is_null() {
        return ptr::null_mut();
    }
    for i in 0..nargs {
        // PyTuple_SetItem steals the new reference.
        PyTuple_SetItem(tuple, i, Py_NewRef(*args.offset(i)));
    }
    let mut kwargs = ptr::null_mut();
    if !kwnames.is_null() {
        kwargs = PyDict_New();
        if kwargs.is_null() {
            Py_DECREF(tuple);
            return ptr::null_mut();
        }
        for i in 0..PyTuple_Size(kwnames) {
            let value = *args.offset(nargs + i);
            if PyDict_SetItem(kwargs, PyTuple_GetItem(kwnames, i), value) < 0 {
                Py_DECREF(kwargs);
                Py_DECREF(tuple);
                return ptr::null_mut();
            }
        }
    }
    let r = PyObject_Call(callable, tuple, kwargs);
    Py_XDECREF(kwargs);
    Py_DECREF(tuple);
    r
}

// --- PyIter_NextItem: 3.14 ---

#[cfg(Py_3_14)]
pub use crate::PyIter_NextItem;

/// 1 and a strong reference to the next item in `*item`, 0 and NULL when exhausted,
/// -1 and NULL on error (TypeError if `iter` is not an iterator).
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyIter_NextItem`](https://docs.python.org/3/c-api/iter.html#c.PyIter_NextItem) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyIter_NextItem(iter: *mut PyObject, item: *mut *mut PyObject) -> c_int {
    #[cfg(any(not(Py_LIMITED_API), Py_3_8))]
    let is_iterator = PyIter_Check(iter) != 0;
    // The 3.7 limited API has no PyIter_Check: an iterator's type defines __next__.
    #[cfg(all(Py_LIMITED_API, not(Py_3_8)))]
    let is_iterator = PyObject_HasAttrString(Py_TYPE(iter).cast(), c"__next__".as_ptr()) != 0;
    if !is_iterator {
        *item = ptr::null_mut();
        raise_not_iterator(iter);
        return -1;
    }
    *item = PyIter_Next(iter);
    if !(*item).is_null() {
        1
    } else if PyErr_Occurred().is_null() {
        0
    } else {
        -1
    }
}

#[cfg(not(Py_3_14))]
#[cold]
#[inline]
unsafe fn raise_not_iterator(obj: *mut PyObject) {
    #[cfg(not(Py_LIMITED_API))]
    PyErr_Format(
        PyExc_TypeError,
        c"expected an iterator, got '%.100s'".as_ptr(),
        (*Py_TYPE(obj)).tp_name,
    );
    // The type object is opaque: ask it for its name.
    #[cfg(Py_LIMITED_API)]
    {
        let name = PyObject_GetAttrString(Py_TYPE(obj).cast(), c"__name__".as_ptr());
        if !name.is_null() {
            PyErr_Format(
                PyExc_TypeError,
                c"expected an iterator, got '%U'".as_ptr(),
                name,
            );
            Py_DECREF(name);
        }
    }
}

// --- PyMapping_GetOptionalItem(String), PyMapping_HasKey(String)WithError: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{
    PyMapping_GetOptionalItem, PyMapping_GetOptionalItemString, PyMapping_HasKeyStringWithError,
    PyMapping_HasKeyWithError,
};

/// 1 and a strong reference to `obj[key]` in `*result`, 0 and NULL if that raised
/// KeyError (now cleared), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyMapping_GetOptionalItem`](https://docs.python.org/3/c-api/mapping.html#c.PyMapping_GetOptionalItem) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyMapping_GetOptionalItem(
    obj: *mut PyObject,
    key: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    *result = PyObject_GetItem(obj, key);
    if !(*result).is_null() {
        return 1;
    }
    if PyErr_ExceptionMatches(PyExc_KeyError) != 0 {
        PyErr_Clear();
        return 0;
    }
    -1
}

/// PyMapping_GetOptionalItem with the key as a UTF-8 C string.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyMapping_GetOptionalItemString`](https://docs.python.org/3/c-api/mapping.html#c.PyMapping_GetOptionalItemString) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyMapping_GetOptionalItemString(
    obj: *mut PyObject,
    key: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    *result = ptr::null_mut();
    with_str(key, -1, |key| PyMapping_GetOptionalItem(obj, key, result))
}

/// `key in obj` for a mapping, reporting errors other than KeyError: 1, 0 or -1.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyMapping_HasKeyWithError`](https://docs.python.org/3/c-api/mapping.html#c.PyMapping_HasKeyWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyMapping_HasKeyWithError(obj: *mut PyObject, key: *mut PyObject) -> c_int {
    let mut res = ptr::null_mut();
    let rc = PyMapping_GetOptionalItem(obj, key, &mut res);
    Py_XDECREF(res);
    rc
}

/// PyMapping_HasKeyWithError with the key as a UTF-8 C string.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyMapping_HasKeyStringWithError`](https://docs.python.org/3/c-api/mapping.html#c.PyMapping_HasKeyStringWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyMapping_HasKeyStringWithError(obj: *mut PyObject, key: *const c_char) -> c_int {
    let mut res = ptr::null_mut();
    let rc = PyMapping_GetOptionalItemString(obj, key, &mut res);
    Py_XDECREF(res);
    rc
}
