//! Newer C API functions implemented for the older versions that lack them, under the
//! names pyo3-ffi gives them (`compat::Py_NewRef`, ...). Where the version compiled for
//! has the function, the name is the crate root's; otherwise it is built here from the
//! documented behaviour, with API that version has.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::pyport::PY_SSIZE_T_MAX;
#[cfg(any(not(Py_3_14), Py_LIMITED_API))]
use crate::pyport::{Py_hash_t, Py_ssize_t};
use crate::object::PyObject;
#[cfg(all(not(Py_3_13), not(PyPy)))]
use crate::object::PyObject_TypeCheck;
#[cfg(all(not(Py_3_14), Py_LIMITED_API))]
use crate::object::PyObject_GetAttrString;
#[cfg(all(not(Py_3_8), Py_LIMITED_API))]
use crate::object::PyObject_HasAttrString;
#[cfg(any(Py_LIMITED_API, PyPy))]
use crate::object::PyObject_Hash;
#[cfg(not(Py_3_13))]
use crate::object::{PyObject_GetAttr, Py_None};
#[cfg(not(Py_3_14))]
use crate::object::Py_TYPE;
#[cfg(any(Py_LIMITED_API, not(Py_3_10), PyPy))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_3_10))]
use crate::refcount::{Py_INCREF, Py_XINCREF};
#[cfg(not(Py_3_13))]
use crate::refcount::Py_XDECREF;
#[cfg(any(Py_LIMITED_API, PyPy))]
use crate::bytesobject::PyBytes_FromStringAndSize;
#[cfg(any(not(Py_3_14), all(not(Py_3_15), Py_LIMITED_API)))]
use crate::pyerrors::PyErr_Occurred;
#[cfg(not(Py_3_10))]
use crate::pyerrors::PyExc_SystemError;
#[cfg(not(Py_3_13))]
use crate::pyerrors::{PyErr_Clear, PyErr_ExceptionMatches, PyErr_SetString, PyExc_AttributeError};
#[cfg(not(Py_3_14))]
use crate::pyerrors::{PyErr_Format, PyExc_TypeError};
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::listobject::PyList_SetSlice;
#[cfg(not(Py_3_13))]
use crate::listobject::PyList_GetItem;
#[cfg(any(not(Py_3_13), all(not(Py_3_15), Py_LIMITED_API)))]
use crate::dictobject::{PyDict_GetItemWithError, PyDict_SetItem};
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
use crate::cpython::pystate::PyThreadState;
#[cfg(PyPy)]
use crate::weakrefobject::PyWeakref_Check;
#[cfg(all(not(Py_3_13), not(PyPy)))]
use crate::weakrefobject::{_PyWeakref_CallableProxyType, _PyWeakref_ProxyType, _PyWeakref_RefType};
#[cfg(not(Py_3_13))]
use crate::weakrefobject::PyWeakref_GetObject;
#[cfg(not(Py_3_10))]
use crate::modsupport::PyModule_AddObject;
#[cfg(not(Py_3_13))]
use crate::import::PyImport_AddModule;
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
use crate::abstract_::PyObject_VectorcallMethod;
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
#[cfg(not(Py_3_14))]
use crate::abstract_::PyIter_Next;
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::abstract_::PyIter_Check;

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_void};
#[allow(unused_imports)]
use core::ptr;

/// A `&'static CStr` from a string literal, usable in `const` and `static` items.
/// An interior NUL byte is a compile-time error.
#[macro_export]
macro_rules! c_str {
    ($s:expr) => {{
        const BYTES: &[u8] = ::core::concat!($s, "\0").as_bytes();
        const CSTR: &::core::ffi::CStr = match ::core::ffi::CStr::from_bytes_with_nul(BYTES) {
            ::core::result::Result::Ok(c) => c,
            ::core::result::Result::Err(_) => ::core::panic!("c_str!: interior NUL byte"),
        };
        CSTR
    }};
}

// --- Py_NewRef, Py_XNewRef: 3.10 ---

#[cfg(Py_3_10)]
pub use crate::{Py_NewRef, Py_XNewRef};

/// A new strong reference to `obj`, which must not be NULL.
#[cfg(not(Py_3_10))]
#[inline]
#[doc = ""]
#[doc = "C API: [`Py_NewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_NewRef) (docs: added 3.10). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.10."]
pub unsafe fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_INCREF(obj);
    obj
}

/// A new strong reference to `obj`, or NULL if `obj` is NULL.
#[cfg(not(Py_3_10))]
#[inline]
#[doc = ""]
#[doc = "C API: [`Py_XNewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XNewRef) (docs: added 3.10). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.10."]
pub unsafe fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_XINCREF(obj);
    obj
}

// --- PyObject_CallNoArgs: 3.9 (limited API 3.10) ---

// pyo3-ffi's PyPy builds take the fallback, a Rust fn.
#[cfg(all(any(all(Py_3_9, not(Py_LIMITED_API)), Py_3_10), not(PyPy)))]
pub use crate::PyObject_CallNoArgs;

#[cfg(any(not(any(all(Py_3_9, not(Py_LIMITED_API)), Py_3_10)), PyPy))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyObject_CallNoArgs`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallNoArgs) (docs: added 3.9). In the headers from 3.10."]
#[doc = "Limited API and stable ABI since 3.10."]
#[doc = "Returns a new reference."]
pub unsafe fn PyObject_CallNoArgs(func: *mut PyObject) -> *mut PyObject {
    PyObject_CallObject(func, ptr::null_mut())
}

// --- PyObject_CallMethodNoArgs: a static inline from 3.9, outside the limited API;
// a function on PyPy ---

// pyo3-ffi's PyPy builds take the fallback (a Rust fn) too.
#[inline]
#[doc = ""]
#[doc = "C API: [`PyObject_CallMethodNoArgs`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallMethodNoArgs) (docs: added 3.9). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Not in the limited API."]
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

// --- PyModule_AddObjectRef: 3.10 ---

#[cfg(Py_3_10)]
pub use crate::PyModule_AddObjectRef;

/// Adds `value` to `module` as `name` without stealing the reference. NULL `value`
/// means an exception is pending: -1.
#[cfg(not(Py_3_10))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyModule_AddObjectRef`](https://docs.python.org/3/c-api/module.html#c.PyModule_AddObjectRef) (docs: added 3.10). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.10."]
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
#[doc = ""]
#[doc = "C API: [`PyModule_Add`](https://docs.python.org/3/c-api/module.html#c.PyModule_Add) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
pub unsafe fn PyModule_Add(
    module: *mut PyObject,
    name: *const c_char,
    value: *mut PyObject,
) -> c_int {
    let r = PyModule_AddObjectRef(module, name, value);
    Py_XDECREF(value);
    r
}

// --- PyImport_AddModuleRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyImport_AddModuleRef;

/// PyImport_AddModule returning a strong reference.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyImport_AddModuleRef`](https://docs.python.org/3/c-api/import.html#c.PyImport_AddModuleRef) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
#[doc = "Returns a new reference."]
pub unsafe fn PyImport_AddModuleRef(name: *const c_char) -> *mut PyObject {
    Py_XNewRef(PyImport_AddModule(name))
}

// --- PyDict_GetItemRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyDict_GetItemRef;

/// 1 and a strong reference in `*result` if `key` is present, 0 and NULL if not,
/// -1 and NULL on error.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyDict_GetItemRef`](https://docs.python.org/3/c-api/dict.html#c.PyDict_GetItemRef) (docs: added 3.13; changed 3.15). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
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

// --- PyDict_SetDefaultRef: 3.13 (limited API 3.15) ---

#[cfg(any(all(Py_3_13, not(Py_LIMITED_API)), Py_3_15))]
pub use crate::PyDict_SetDefaultRef;

/// Inserts `default_value` under `key` unless present: 0 if inserted, 1 if present, -1 on
/// error. `*result` (when `result` is not NULL) gets a strong reference to the value now
/// under `key`, or NULL on error.
#[cfg(not(any(all(Py_3_13, not(Py_LIMITED_API)), Py_3_15)))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyDict_SetDefaultRef`](https://docs.python.org/3/c-api/dict.html#c.PyDict_SetDefaultRef) (docs: added 3.13). In the headers from 3.15."]
#[doc = "Limited API and stable ABI since 3.15."]
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

// --- PyList_GetItemRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyList_GetItemRef;

/// PyList_GetItem returning a strong reference.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyList_GetItemRef`](https://docs.python.org/3/c-api/list.html#c.PyList_GetItemRef) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
#[doc = "Returns a new reference."]
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

// --- PyWeakref_GetRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyWeakref_GetRef;

/// 1 and a strong reference to the referent in `*pobj`, 0 and NULL if it is dead,
/// -1 and NULL (TypeError) if `reference` is not a weak reference.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyWeakref_GetRef`](https://docs.python.org/3/c-api/weakref.html#c.PyWeakref_GetRef) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
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

// --- PyIter_NextItem: 3.14 ---

#[cfg(Py_3_14)]
pub use crate::PyIter_NextItem;

/// 1 and a strong reference to the next item in `*item`, 0 and NULL when exhausted,
/// -1 and NULL on error (TypeError if `iter` is not an iterator).
#[cfg(not(Py_3_14))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyIter_NextItem`](https://docs.python.org/3/c-api/iter.html#c.PyIter_NextItem) (docs: added 3.14). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.14."]
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

// --- PyObject_GetOptionalAttr, PyObject_HasAttrWithError: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{PyObject_GetOptionalAttr, PyObject_HasAttrWithError};

/// 1 and a strong reference in `*result` if the attribute exists, 0 and NULL if it does
/// not (AttributeError is swallowed), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyObject_GetOptionalAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetOptionalAttr) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
pub unsafe fn PyObject_GetOptionalAttr(
    obj: *mut PyObject,
    attr_name: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    *result = PyObject_GetAttr(obj, attr_name);
    if !(*result).is_null() {
        return 1;
    }
    if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
        PyErr_Clear();
        return 0;
    }
    -1
}

/// `hasattr()` that reports errors other than AttributeError: 1, 0, or -1.
#[cfg(not(Py_3_13))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyObject_HasAttrWithError`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrWithError) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Limited API and stable ABI since 3.13."]
pub unsafe fn PyObject_HasAttrWithError(obj: *mut PyObject, attr_name: *mut PyObject) -> c_int {
    let mut res = ptr::null_mut();
    let rc = PyObject_GetOptionalAttr(obj, attr_name, &mut res);
    Py_XDECREF(res);
    rc
}

// --- PyThreadState_GetUnchecked: 3.13, outside the limited API ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::PyThreadState_GetUnchecked;

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPyThreadState_UncheckedGet")]
    fn _PyThreadState_UncheckedGet() -> *mut PyThreadState;
}

/// The current thread state, NULL if none (no fatal error, unlike PyThreadState_Get).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
#[doc = ""]
#[doc = "C API: [`PyThreadState_GetUnchecked`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_GetUnchecked) (docs: added 3.13). In the headers from 3.7 (the oldest pyffi supports)."]
#[doc = "Not in the limited API."]
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    _PyThreadState_UncheckedGet()
}

// --- Py_HashBuffer: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::Py_HashBuffer;

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
extern "C" {
    fn _Py_HashBytes(src: *const c_void, len: Py_ssize_t) -> Py_hash_t;
}

/// `hash(bytes(ptr[:len]))`.
#[cfg(not(all(Py_3_14, not(Py_LIMITED_API))))]
#[inline]
#[doc = ""]
#[doc = "C API: [`Py_HashBuffer`](https://docs.python.org/3/c-api/hash.html#c.Py_HashBuffer) (docs: added 3.14). In the headers from 3.14."]
#[doc = "Not in the limited API."]
pub unsafe fn Py_HashBuffer(ptr: *const c_void, len: Py_ssize_t) -> Py_hash_t {
    // What bytes.__hash__ computes, without making the bytes object.
    #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
    return _Py_HashBytes(ptr, len);
    // Otherwise the only route is through a bytes object; this one can fail (-1).
    #[cfg(any(Py_LIMITED_API, PyPy))]
    {
        let bytes = PyBytes_FromStringAndSize(ptr.cast(), len);
        if bytes.is_null() {
            return -1;
        }
        let hash = PyObject_Hash(bytes);
        Py_DECREF(bytes);
        hash
    }
}

// --- PyBytesWriter: 3.15, outside the limited API ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::{
    PyBytesWriter, PyBytesWriter_Create, PyBytesWriter_Discard, PyBytesWriter_Finish,
    PyBytesWriter_FinishWithSize, PyBytesWriter_GetData, PyBytesWriter_GetSize,
    PyBytesWriter_Resize,
};

#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
pub use self::bytes_writer::*;

#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
mod bytes_writer {
    // Imports: written by pyffi-gen from the names used here.
    use crate::pyport::Py_ssize_t;
    use crate::pymem::{PyMem_Free, PyMem_Malloc};
    use crate::object::{PyObject, Py_SIZE};
    use crate::refcount::{Py_DECREF, Py_XDECREF};
    use crate::bytesobject::{PyBytes_AsString, PyBytes_FromStringAndSize};
    use crate::pyerrors::{PyErr_NoMemory, PyErr_SetString, PyExc_ValueError};

    use core::ffi::{c_int, c_void};
    use core::ptr;

    extern "C" {
        #[cfg_attr(PyPy, link_name = "_PyPyBytes_Resize")]
        fn _PyBytes_Resize(bytes: *mut *mut PyObject, newsize: Py_ssize_t) -> c_int;
    }

    /// Builds a bytes object in place. The buffer is a bytes object of at least
    /// `max(size, 1)` bytes that no one else sees (so it may be resized), trimmed to
    /// `size` when finished.
    #[repr(C)]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub struct PyBytesWriter {
        obj: *mut PyObject,
        size: Py_ssize_t,
    }

    unsafe fn check_size(size: Py_ssize_t) -> bool {
        if size < 0 {
            PyErr_SetString(PyExc_ValueError, c"size must be >= 0".as_ptr());
            return false;
        }
        true
    }

    /// A writer of `size` bytes (uninitialised), or NULL with an exception.
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_Create`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Create). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_Create(size: Py_ssize_t) -> *mut PyBytesWriter {
        if !check_size(size) {
            return ptr::null_mut();
        }
        let writer = PyMem_Malloc(core::mem::size_of::<PyBytesWriter>()).cast::<PyBytesWriter>();
        if writer.is_null() {
            PyErr_NoMemory();
            return ptr::null_mut();
        }
        // Never 0 bytes: that would be the shared empty bytes object.
        let obj = PyBytes_FromStringAndSize(ptr::null(), size.max(1));
        if obj.is_null() {
            PyMem_Free(writer.cast());
            return ptr::null_mut();
        }
        writer.write(PyBytesWriter { obj, size });
        writer
    }

    /// Frees the writer and its buffer; NULL is ignored.
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_Discard`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Discard). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_Discard(writer: *mut PyBytesWriter) {
        if writer.is_null() {
            return;
        }
        Py_XDECREF((*writer).obj);
        PyMem_Free(writer.cast());
    }

    /// The bytes written so far as a bytes object; the writer is freed in any case.
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_Finish`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Finish). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_Finish(writer: *mut PyBytesWriter) -> *mut PyObject {
        let PyBytesWriter { mut obj, size } = writer.read();
        PyMem_Free(writer.cast());
        if size == 0 {
            Py_DECREF(obj);
            return PyBytes_FromStringAndSize(ptr::null(), 0);
        }
        if Py_SIZE(obj) != size && _PyBytes_Resize(&mut obj, size) < 0 {
            return ptr::null_mut();
        }
        obj
    }

    /// PyBytesWriter_Finish after resizing to `size`; the writer is freed in any case.
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_FinishWithSize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_FinishWithSize). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_FinishWithSize(
        writer: *mut PyBytesWriter,
        size: Py_ssize_t,
    ) -> *mut PyObject {
        if PyBytesWriter_Resize(writer, size) < 0 {
            PyBytesWriter_Discard(writer);
            return ptr::null_mut();
        }
        PyBytesWriter_Finish(writer)
    }

    /// The start of the buffer, valid until the next resize, finish or discard.
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_GetData`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_GetData). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void {
        PyBytes_AsString((*writer).obj).cast()
    }

    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_GetSize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_GetSize). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t {
        (*writer).size
    }

    /// Resizes to `size` bytes, keeping the first `min(old, new)`; new bytes are
    /// uninitialised. 0, or -1 with an exception (the writer is unchanged).
    #[inline]
    #[doc = ""]
    #[doc = "C API: [`PyBytesWriter_Resize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Resize). In the headers from 3.7 (the oldest pyffi supports)."]
    #[doc = "Not in the limited API."]
    pub unsafe fn PyBytesWriter_Resize(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
        if !check_size(size) {
            return -1;
        }
        let capacity = Py_SIZE((*writer).obj);
        if size > capacity {
            // Grow by a quarter more than asked, so that repeated growth stays linear.
            let new_capacity = size.saturating_add(size / 4);
            let new = PyBytes_FromStringAndSize(ptr::null(), new_capacity);
            if new.is_null() {
                return -1;
            }
            ptr::copy_nonoverlapping(
                PyBytes_AsString((*writer).obj),
                PyBytes_AsString(new),
                (*writer).size as usize,
            );
            Py_DECREF((*writer).obj);
            (*writer).obj = new;
        }
        (*writer).size = size;
        0
    }
}
