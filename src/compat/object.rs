//! Shims for `Include/object.h` and `Include/cpython/object.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
use core::ffi::c_void;
#[cfg(any(all(not(Py_3_15), not(Py_LIMITED_API)), not(Py_3_13)))]
use core::ffi::c_int;
#[cfg(not(Py_3_13))]
use core::ffi::{c_char, c_uint};
#[cfg(not(Py_3_9))]
use crate::pyport::Py_ssize_t;
#[cfg(all(not(Py_3_9), Py_LIMITED_API))]
use crate::pytypedefs::PyTypeObject;
use crate::object::PyObject;
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
use crate::object::_Py_IMMORTAL_REFCNT;
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
use crate::object::visitproc;
#[cfg(not(Py_3_13))]
use crate::object::{PyObject_GetAttr, PyObject_GetAttrString, Py_None, Py_NotImplemented};
#[cfg(not(Py_3_9))]
use crate::object::{PyVarObject, Py_TYPE};
#[cfg(all(not(Py_3_14), Py_GIL_DISABLED))]
use crate::cpython::object::_Py_IsOwnedByCurrentThread;
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::cpython::object::PyTypeObject;
use crate::refcount::{Py_DECREF, Py_XDECREF};
#[cfg(all(Py_3_10, not(Py_3_13)))]
use crate::refcount::Py_NewRef;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::refcount::Py_CLEAR;
#[cfg(all(not(Py_3_14), Py_GIL_DISABLED))]
use crate::refcount::_Py_IMMORTAL_REFCNT_LOCAL;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
use crate::refcount::Py_REFCNT;
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
use crate::objimpl::PyObject_GC_UnTrack;
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
use crate::cpython::objimpl::PyObject_IS_GC;
#[cfg(not(Py_3_13))]
use crate::bytesobject::PyBytes_FromStringAndSize;
#[cfg(all(Py_3_12, not(Py_3_15), not(Py_LIMITED_API)))]
use crate::unicodeobject::PyUnicode_Check;
#[cfg(not(Py_3_13))]
use crate::unicodeobject::PyUnicode_FromStringAndSize;
#[cfg(not(Py_3_13))]
use crate::pyerrors::{
    PyErr_BadInternalCall, PyErr_Clear, PyErr_ExceptionMatches, PyExc_AttributeError,
};
#[cfg(not(Py_3_13))]
use crate::longobject::PyLong_FromLong;
#[cfg(not(Py_3_13))]
use crate::boolobject::{Py_False, Py_True};
#[cfg(not(Py_3_13))]
use crate::tupleobject::PyTuple_New;
#[cfg(not(Py_3_13))]
use crate::sliceobject::Py_Ellipsis;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_NewRef;

#[allow(unused_imports)]
use core::ptr;

// --- Py_Is, Py_IsNone: 3.10 (the crate root has them on every version) ---

pub use crate::{Py_Is, Py_IsNone};

// --- Py_SET_TYPE, Py_SET_SIZE, Py_IS_TYPE: 3.9 ---

// abi3t's object header is opaque and has no Py_SET_TYPE: absent there.
#[cfg(all(Py_3_9, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
pub use crate::Py_SET_TYPE;

/// `ob->ob_type = type`.
#[cfg(not(Py_3_9))]
#[inline]
///
/// C API: [`Py_SET_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_SET_TYPE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn Py_SET_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) {
    (*ob).ob_type = tp;
}

#[cfg(Py_3_9)]
pub use crate::{Py_IS_TYPE, Py_SET_SIZE};

/// `Py_TYPE(ob) == type`.
#[cfg(not(Py_3_9))]
#[inline]
///
/// C API: [`Py_IS_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_IS_TYPE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
pub unsafe fn Py_IS_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) -> c_int {
    (Py_TYPE(ob) == tp) as c_int
}

/// `ob->ob_size = size`.
#[cfg(not(Py_3_9))]
#[inline]
///
/// C API: [`Py_SET_SIZE`](https://docs.python.org/3/c-api/structures.html#c.Py_SET_SIZE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
pub unsafe fn Py_SET_SIZE(ob: *mut PyVarObject, size: Py_ssize_t) {
    (*ob).ob_size = size;
}

// --- Py_SETREF, Py_XSETREF: C macros on an lvalue, here functions on its address ---

/// `Py_SETREF(*op, op2)`: stores `op2` (a reference the caller gives away) in `*op`,
/// then drops the reference `*op` held, which must not be NULL. The store comes first,
/// as in C, so that a destructor run by the drop never sees the old object.
#[inline]
///
/// C API: [`Py_SETREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_SETREF) (docs: added 3.6; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_SETREF(op: *mut *mut PyObject, op2: *mut PyObject) {
    let old = *op;
    *op = op2;
    Py_DECREF(old);
}

/// `Py_XSETREF(*op, op2)`: Py_SETREF where the old value may be NULL.
#[inline]
///
/// C API: [`Py_XSETREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XSETREF) (docs: added 3.6; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_XSETREF(op: *mut *mut PyObject, op2: *mut PyObject) {
    let old = *op;
    *op = op2;
    Py_XDECREF(old);
}

// --- PyObject_GetOptionalAttr(String), PyObject_HasAttr(String)WithError: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{
    PyObject_GetOptionalAttr, PyObject_GetOptionalAttrString, PyObject_HasAttrStringWithError,
    PyObject_HasAttrWithError,
};

/// 1 and the attribute in `*result` (a strong reference, or NULL) after an attribute
/// lookup that returned `value`: 0 if it raised AttributeError (now cleared), -1 if
/// it raised something else.
#[cfg(not(Py_3_13))]
#[inline]
unsafe fn optional_attr(value: *mut PyObject, result: *mut *mut PyObject) -> c_int {
    *result = value;
    if !value.is_null() {
        return 1;
    }
    if PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
        PyErr_Clear();
        return 0;
    }
    -1
}

/// 1 and a strong reference in `*result` if the attribute exists, 0 and NULL if it does
/// not (AttributeError is swallowed), -1 and NULL on other errors.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyObject_GetOptionalAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetOptionalAttr) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyObject_GetOptionalAttr(
    obj: *mut PyObject,
    attr_name: *mut PyObject,
    result: *mut *mut PyObject,
) -> c_int {
    optional_attr(PyObject_GetAttr(obj, attr_name), result)
}

/// PyObject_GetOptionalAttr with the name as a UTF-8 C string.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyObject_GetOptionalAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetOptionalAttrString) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyObject_GetOptionalAttrString(
    obj: *mut PyObject,
    attr_name: *const c_char,
    result: *mut *mut PyObject,
) -> c_int {
    optional_attr(PyObject_GetAttrString(obj, attr_name), result)
}

/// `hasattr()` that reports errors other than AttributeError: 1, 0, or -1.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyObject_HasAttrWithError`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyObject_HasAttrWithError(obj: *mut PyObject, attr_name: *mut PyObject) -> c_int {
    let mut res = ptr::null_mut();
    let rc = PyObject_GetOptionalAttr(obj, attr_name, &mut res);
    Py_XDECREF(res);
    rc
}

/// PyObject_HasAttrWithError with the name as a UTF-8 C string.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyObject_HasAttrStringWithError`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrStringWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyObject_HasAttrStringWithError(
    obj: *mut PyObject,
    attr_name: *const c_char,
) -> c_int {
    let mut res = ptr::null_mut();
    let rc = PyObject_GetOptionalAttrString(obj, attr_name, &mut res);
    Py_XDECREF(res);
    rc
}

// --- Py_GetConstant, Py_GetConstantBorrowed and the Py_CONSTANT_ ids: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{
    Py_GetConstant, Py_GetConstantBorrowed, Py_CONSTANT_ELLIPSIS, Py_CONSTANT_EMPTY_BYTES,
    Py_CONSTANT_EMPTY_STR, Py_CONSTANT_EMPTY_TUPLE, Py_CONSTANT_FALSE, Py_CONSTANT_NONE,
    Py_CONSTANT_NOT_IMPLEMENTED, Py_CONSTANT_ONE, Py_CONSTANT_TRUE, Py_CONSTANT_ZERO,
};

#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_NONE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_NONE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_NONE: c_uint = 0;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_FALSE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_FALSE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_FALSE: c_uint = 1;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_TRUE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_TRUE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_TRUE: c_uint = 2;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_ELLIPSIS`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ELLIPSIS). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ELLIPSIS: c_uint = 3;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_NOT_IMPLEMENTED`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_NOT_IMPLEMENTED). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_NOT_IMPLEMENTED: c_uint = 4;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_ZERO`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ZERO). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ZERO: c_uint = 5;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_ONE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ONE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ONE: c_uint = 6;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_EMPTY_STR`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_STR). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_STR: c_uint = 7;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_EMPTY_BYTES`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_BYTES). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_BYTES: c_uint = 8;
#[cfg(not(Py_3_13))]
/// C API: [`Py_CONSTANT_EMPTY_TUPLE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_TUPLE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_TUPLE: c_uint = 9;

/// A strong reference to the constant `constant_id` names (a `Py_CONSTANT_` id); an
/// unknown id is SystemError and NULL.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`Py_GetConstant`](https://docs.python.org/3/c-api/object.html#c.Py_GetConstant) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn Py_GetConstant(constant_id: c_uint) -> *mut PyObject {
    match constant_id {
        Py_CONSTANT_NONE => Py_NewRef(Py_None()),
        Py_CONSTANT_FALSE => Py_NewRef(Py_False()),
        Py_CONSTANT_TRUE => Py_NewRef(Py_True()),
        Py_CONSTANT_ELLIPSIS => Py_NewRef(Py_Ellipsis()),
        Py_CONSTANT_NOT_IMPLEMENTED => Py_NewRef(Py_NotImplemented()),
        Py_CONSTANT_ZERO => PyLong_FromLong(0),
        Py_CONSTANT_ONE => PyLong_FromLong(1),
        Py_CONSTANT_EMPTY_STR => PyUnicode_FromStringAndSize(c"".as_ptr(), 0),
        Py_CONSTANT_EMPTY_BYTES => PyBytes_FromStringAndSize(c"".as_ptr(), 0),
        Py_CONSTANT_EMPTY_TUPLE => PyTuple_New(0),
        _ => {
            PyErr_BadInternalCall();
            ptr::null_mut()
        }
    }
}

/// Py_GetConstant as a borrowed reference. Before 3.13 the zero, one and empty objects
/// are CPython's cached singletons, so the interpreter keeps them alive; PyPy caches
/// none of them, so there the first object of each id is kept here for good.
#[cfg(all(not(Py_3_13), not(PyPy)))]
#[inline]
///
/// C API: [`Py_GetConstantBorrowed`](https://docs.python.org/3/c-api/object.html#c.Py_GetConstantBorrowed) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn Py_GetConstantBorrowed(constant_id: c_uint) -> *mut PyObject {
    let obj = Py_GetConstant(constant_id);
    Py_XDECREF(obj);
    obj
}

/// Py_GetConstant as a borrowed reference: PyPy caches none of the constants, so the
/// first object of each id is kept here for good.
#[cfg(all(not(Py_3_13), PyPy))]
///
/// C API: [`Py_GetConstantBorrowed`](https://docs.python.org/3/c-api/object.html#c.Py_GetConstantBorrowed) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn Py_GetConstantBorrowed(constant_id: c_uint) -> *mut PyObject {
    use core::sync::atomic::{AtomicPtr, Ordering};
    static KEPT: [AtomicPtr<PyObject>; 10] = [const { AtomicPtr::new(ptr::null_mut()) }; 10];
    let Some(slot) = KEPT.get(constant_id as usize) else {
        return Py_GetConstant(constant_id);
    };
    let kept = slot.load(Ordering::Acquire);
    if !kept.is_null() {
        return kept;
    }
    let obj = Py_GetConstant(constant_id);
    if obj.is_null() {
        return obj;
    }
    match slot.compare_exchange(ptr::null_mut(), obj, Ordering::AcqRel, Ordering::Acquire) {
        Ok(_) => obj,
        // Another thread kept one first.
        Err(first) => {
            Py_DECREF(obj);
            first
        }
    }
}

// --- PyUnstable_Object_IsUniquelyReferenced: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::PyUnstable_Object_IsUniquelyReferenced;

/// Whether the caller's reference is the only one, so that the object may be changed in
/// place. Free-threaded: the count is local to this thread, which owns the object.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyUnstable_Object_IsUniquelyReferenced`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_Object_IsUniquelyReferenced) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyUnstable_Object_IsUniquelyReferenced(op: *mut PyObject) -> c_int {
    #[cfg(not(Py_GIL_DISABLED))]
    return (Py_REFCNT(op) == 1) as c_int;
    #[cfg(Py_GIL_DISABLED)]
    {
        use core::sync::atomic::Ordering::Relaxed;
        (_Py_IsOwnedByCurrentThread(op) != 0
            && (*op).ob_ref_local.load(Relaxed) == 1
            && (*op).ob_ref_shared.load(Relaxed) == 0) as c_int
    }
}

// --- PyObject_VisitManagedDict, PyObject_ClearManagedDict: 3.13, outside the limited
// API. 3.12 exports them under private names; before, the dict is the one
// `_PyObject_GetDictPtr` finds (`tp_dictoffset`; on 3.11 a managed dict, which that
// call first makes from the inline values) ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::{PyObject_ClearManagedDict, PyObject_VisitManagedDict};

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
extern "C" {
    #[cfg(Py_3_12)]
    fn _PyObject_VisitManagedDict(
        obj: *mut PyObject,
        visit: Option<visitproc>,
        arg: *mut c_void,
    ) -> c_int;
    #[cfg(Py_3_12)]
    fn _PyObject_ClearManagedDict(obj: *mut PyObject);
    #[cfg(not(Py_3_12))]
    #[cfg_attr(PyPy, link_name = "_PyPyObject_GetDictPtr")]
    fn _PyObject_GetDictPtr(obj: *mut PyObject) -> *mut *mut PyObject;
}

/// `Py_VISIT` of the object's dict, from its type's `tp_traverse`: the first nonzero
/// result of `visit`, else 0 (before 3.12 also when the object has no dict).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyObject_VisitManagedDict`](https://docs.python.org/3/c-api/object.html#c.PyObject_VisitManagedDict) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyObject_VisitManagedDict(
    obj: *mut PyObject,
    visit: Option<visitproc>,
    arg: *mut c_void,
) -> c_int {
    #[cfg(Py_3_12)]
    return _PyObject_VisitManagedDict(obj, visit, arg);
    #[cfg(not(Py_3_12))]
    {
        let dictptr = _PyObject_GetDictPtr(obj);
        match visit {
            Some(visit) if !dictptr.is_null() && !(*dictptr).is_null() => visit(*dictptr, arg),
            _ => 0,
        }
    }
}

/// `Py_CLEAR` of the object's dict, from its type's `tp_clear`.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyObject_ClearManagedDict`](https://docs.python.org/3/c-api/object.html#c.PyObject_ClearManagedDict) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyObject_ClearManagedDict(obj: *mut PyObject) {
    #[cfg(Py_3_12)]
    _PyObject_ClearManagedDict(obj);
    #[cfg(not(Py_3_12))]
    {
        let dictptr = _PyObject_GetDictPtr(obj);
        if !dictptr.is_null() {
            Py_CLEAR(dictptr);
        }
    }
}

// --- PyUnstable_SetImmortal: 3.15, outside the limited API. Objects can be immortal
// from 3.12 (PEP 683): absent before, and on PyPy, which has no immortal objects ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::PyUnstable_SetImmortal;

#[cfg(all(Py_3_14, not(Py_3_15), not(Py_LIMITED_API)))]
extern "C" {
    // Internal (`internal/pycore_object.h`), exported from 3.14.
    fn _Py_SetImmortal(op: *mut PyObject);
}

/// Makes `op` immortal and returns 1 when the caller holds its only reference (in this
/// thread) and it is not a str (strings become immortal by interning); else returns 0
/// and leaves it as it is. An object the GC tracks is untracked first. Cannot fail.
#[cfg(all(Py_3_12, not(Py_3_15), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyUnstable_SetImmortal`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_SetImmortal) (docs: added 3.15). In the headers from 3.15. Not in the limited API.
pub unsafe fn PyUnstable_SetImmortal(op: *mut PyObject) -> c_int {
    if PyUnstable_Object_IsUniquelyReferenced(op) == 0 || PyUnicode_Check(op) != 0 {
        return 0;
    }
    #[cfg(Py_3_14)]
    _Py_SetImmortal(op);
    // 3.12–3.13: `_Py_SetImmortal` is inline or not exported; its stores, after untracking.
    #[cfg(not(Py_3_14))]
    {
        if PyObject_IS_GC(op) != 0 {
            PyObject_GC_UnTrack(op.cast());
        }
        #[cfg(not(Py_GIL_DISABLED))]
        {
            (*op).ob_refcnt.ob_refcnt = _Py_IMMORTAL_REFCNT;
        }
        #[cfg(Py_GIL_DISABLED)]
        {
            use core::sync::atomic::Ordering::Relaxed;
            // `_Py_UNOWNED_TID`: no thread owns it, every count goes to the shared field.
            (*op).ob_tid = 0;
            (*op).ob_ref_local.store(_Py_IMMORTAL_REFCNT_LOCAL, Relaxed);
            (*op).ob_ref_shared.store(0, Relaxed);
        }
    }
    1
}
