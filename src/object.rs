//! Declarations of CPython's `Include/object.h`.
//!
//! The object header is written by hand: its layout depends on the version, on
//! free-threading and on debug options that bindgen cannot see through.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::{c_char, c_void};
#[cfg(all(not(Py_3_11), PyPy))]
use core::ffi::c_long;
use crate::pyport::{Py_hash_t, Py_ssize_t};
#[allow(unused_imports)] // used on some targets only
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_GIL_DISABLED)))]
use crate::pyport::PY_UINT32_T;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use crate::pyport::PY_INT64_T;
#[cfg(Py_LIMITED_API)]
use crate::pytypedefs::PyTypeObject;
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
use crate::pytypedefs::PyModuleDef;
#[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
use crate::cpython::pylock::PyMutex;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
use crate::refcount::_Py_STATIC_IMMORTAL_INITIAL_REFCNT;
#[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
use crate::refcount::_Py_IMMORTAL_REFCNT_LOCAL;
#[cfg(Py_3_15)]
use crate::slots::PySlot;
#[cfg(any(all(Py_3_11, not(Py_LIMITED_API)), all(Py_3_13, not(Py_GIL_DISABLED))))]
use crate::moduleobject::PyModuleDef;

#[allow(unused_imports)]
use core::ffi::{c_int, c_uint, c_ulong};

/// The reference count field of the object header.
#[cfg(not(Py_3_12))]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub type PyObjectObRefcnt = Py_ssize_t;

/// The reference count field of the object header (an anonymous union in C).
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_GIL_DISABLED)))]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union PyObjectObRefcnt {
    pub ob_refcnt: Py_ssize_t,
    #[cfg(target_pointer_width = "64")]
    pub ob_refcnt_split: [PY_UINT32_T; 2],
}

/// The reference count field of the object header (an anonymous union in C). The
/// members are pyo3-ffi's: `ob_refcnt` reads the whole field as a `Py_ssize_t` on
/// 64-bit too (C names it so only on 32-bit, where it is the whole field).
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union PyObjectObRefcnt {
    #[cfg(target_pointer_width = "64")]
    pub ob_refcnt_full: PY_INT64_T,
    #[cfg(target_pointer_width = "64")]
    pub refcnt_and_flags: PyObjectObFlagsAndRefcnt,
    pub ob_refcnt: Py_ssize_t,
    // 3.15's `_Py_ALIGNED_DEF(_PyObject_MIN_ALIGNMENT, char) _aligner`: the 8-byte
    // members already align the union beyond 4, so a plain `char` keeps the layout.
    #[cfg(Py_3_15)]
    _aligner: ::core::ffi::c_char,
}

/// An atomic C `unsigned long`: free-threaded `tp_flags` (pyo3-ffi's type on 3.14t).
#[cfg(all(Py_GIL_DISABLED, Py_3_13, not(windows)))]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub type AtomicCULong = ::core::sync::atomic::AtomicU64;
#[cfg(all(Py_GIL_DISABLED, Py_3_13, windows))]
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub type AtomicCULong = ::core::sync::atomic::AtomicU32;

// A union has no derived Debug: show the whole count, which every member overlays.
#[cfg(all(Py_3_12, not(Py_GIL_DISABLED)))]
impl ::core::fmt::Debug for PyObjectObRefcnt {
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        #[cfg(any(not(Py_3_14), target_pointer_width = "32"))]
        let count = unsafe { self.ob_refcnt } as i64;
        #[cfg(all(Py_3_14, target_pointer_width = "64"))]
        let count = unsafe { self.ob_refcnt_full };
        f.debug_tuple("PyObjectObRefcnt").field(&count).finish()
    }
}

/// The anonymous struct inside [`PyObjectObRefcnt`] on 64-bit platforms, from 3.14
/// (pyo3-ffi's name for it).
#[cfg(all(Py_3_14, not(Py_GIL_DISABLED), target_pointer_width = "64"))]
#[repr(C)]
#[derive(Copy, Clone, Debug)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub struct PyObjectObFlagsAndRefcnt {
    #[cfg(target_endian = "little")]
    pub ob_refcnt: u32,
    #[cfg(target_endian = "little")]
    pub ob_overflow: u16,
    #[cfg(target_endian = "little")]
    pub ob_flags: u16,
    #[cfg(target_endian = "big")]
    pub ob_flags: u16,
    #[cfg(target_endian = "big")]
    pub ob_overflow: u16,
    #[cfg(target_endian = "big")]
    pub ob_refcnt: u32,
}

/// The object header. abi3t (PEP 803) makes it opaque. The free-threaded counts are
/// atomics, as pyo3-ffi declares them (the same layout as C's integers), so the header
/// is not `Copy` there.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(C)]
#[derive(Debug)]
#[cfg_attr(not(Py_GIL_DISABLED), derive(Copy, Clone))]
///
/// C API: [`PyObject`](https://docs.python.org/3/c-api/structures.html#c.PyObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyObject {
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    pub _ob_next: *mut PyObject,
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    pub _ob_prev: *mut PyObject,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_tid: usize,
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    pub _padding: u16,
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    pub ob_flags: u16,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_mutex: PyMutex,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_gc_bits: u8,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_ref_local: ::core::sync::atomic::AtomicU32,
    #[cfg(Py_GIL_DISABLED)]
    pub ob_ref_shared: ::core::sync::atomic::AtomicIsize,
    #[cfg(not(Py_GIL_DISABLED))]
    pub ob_refcnt: PyObjectObRefcnt,
    #[cfg(PyPy)]
    pub ob_pypy_link: Py_ssize_t,
    pub ob_type: *mut PyTypeObject,
}

/// The object header: opaque under abi3t (PEP 803).
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
#[repr(C)]
#[derive(Debug)]
///
/// C API: [`PyObject`](https://docs.python.org/3/c-api/structures.html#c.PyObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyObject {
    _opaque: [u8; 0],
}

/// The header of variable-size objects.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
#[repr(C)]
#[derive(Debug)]
#[cfg_attr(not(Py_GIL_DISABLED), derive(Copy, Clone))]
///
/// C API: [`PyVarObject`](https://docs.python.org/3/c-api/structures.html#c.PyVarObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyVarObject {
    pub ob_base: PyObject,
    pub ob_size: Py_ssize_t,
}

/// The header of variable-size objects: opaque under abi3t (PEP 803).
#[cfg(all(Py_LIMITED_API, Py_GIL_DISABLED))]
#[repr(C)]
#[derive(Debug)]
///
/// C API: [`PyVarObject`](https://docs.python.org/3/c-api/structures.html#c.PyVarObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyVarObject {
    _opaque: [u8; 0],
}

/// Thread id of objects no thread owns (free-threaded builds).
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const _Py_UNOWNED_TID: usize = 0;

/// The count of immortal objects in 3.12 and 3.13.
#[cfg(all(Py_3_12, not(Py_3_14), target_pointer_width = "64"))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.13/Include/object.h).
pub const _Py_IMMORTAL_REFCNT: Py_ssize_t = u32::MAX as Py_ssize_t;
#[cfg(all(Py_3_12, not(Py_3_14), target_pointer_width = "32"))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.13/Include/object.h).
pub const _Py_IMMORTAL_REFCNT: Py_ssize_t = (u32::MAX >> 2) as Py_ssize_t;

// Bits of `ob_flags` (3.14+).
#[cfg(Py_3_14)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const _Py_IMMORTAL_FLAGS: u16 = 1 << 0;
#[cfg(Py_3_15)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.15. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const _Py_LEGACY_ABI_CHECK_FLAG: u16 = 1 << 1;
#[cfg(Py_3_14)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const _Py_STATICALLY_ALLOCATED_FLAG: u16 = 1 << 2;

/// The object header that C's `PyObject_HEAD_INIT(NULL)` writes: a count of one before
/// 3.13, immortal from 3.13. Set `ob_type` after copying it.
#[cfg(not(all(Py_LIMITED_API, Py_GIL_DISABLED)))]
// A value to copy, as C's initializer macro is; the atomics of a free-threaded header are
// fresh in each copy.
#[allow(clippy::declare_interior_mutable_const)]
///
/// C API: [`PyObject_HEAD_INIT`](https://docs.python.org/3/c-api/structures.html#c.PyObject_HEAD_INIT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PyObject_HEAD_INIT: PyObject = PyObject {
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    _ob_next: core::ptr::null_mut(),
    #[cfg(all(py_sys_config = "Py_TRACE_REFS", not(Py_3_13)))]
    _ob_prev: core::ptr::null_mut(),
    #[cfg(Py_GIL_DISABLED)]
    ob_tid: 0,
    #[cfg(all(Py_GIL_DISABLED, not(Py_3_14)))]
    _padding: 0,
    #[cfg(all(Py_GIL_DISABLED, Py_3_14))]
    ob_flags: _Py_STATICALLY_ALLOCATED_FLAG,
    #[cfg(Py_GIL_DISABLED)]
    ob_mutex: unsafe { core::mem::zeroed() },
    #[cfg(Py_GIL_DISABLED)]
    ob_gc_bits: 0,
    #[cfg(Py_GIL_DISABLED)]
    ob_ref_local: ::core::sync::atomic::AtomicU32::new(_Py_IMMORTAL_REFCNT_LOCAL),
    #[cfg(Py_GIL_DISABLED)]
    ob_ref_shared: ::core::sync::atomic::AtomicIsize::new(0),
    #[cfg(not(Py_3_12))]
    ob_refcnt: 1,
    // 3.12 gives the immortal count only to the core (Py_BUILD_CORE).
    #[cfg(all(Py_3_12, not(Py_3_13), not(Py_GIL_DISABLED)))]
    ob_refcnt: PyObjectObRefcnt { ob_refcnt: 1 },
    #[cfg(all(Py_3_13, not(Py_3_14), not(Py_GIL_DISABLED)))]
    ob_refcnt: PyObjectObRefcnt {
        ob_refcnt: _Py_IMMORTAL_REFCNT,
    },
    #[cfg(all(Py_3_14, not(Py_GIL_DISABLED), target_pointer_width = "64"))]
    ob_refcnt: PyObjectObRefcnt {
        ob_refcnt_full: _Py_STATIC_IMMORTAL_INITIAL_REFCNT as i64,
    },
    #[cfg(all(Py_3_14, not(Py_GIL_DISABLED), target_pointer_width = "32"))]
    ob_refcnt: PyObjectObRefcnt {
        ob_refcnt: _Py_STATIC_IMMORTAL_INITIAL_REFCNT,
    },
    #[cfg(PyPy)]
    ob_pypy_link: 0,
    ob_type: core::ptr::null_mut(),
};

// The stable ABI calls the exported `Py_TYPE` from 3.14 and `Py_SIZE`, `Py_IS_TYPE` and
// `Py_SET_SIZE` from 3.15 (declared below the marker); C inlines them everywhere else.

/// The object's type (a borrowed reference).
#[cfg(not(all(Py_LIMITED_API, Py_3_14)))]
#[inline(always)]
///
/// C API: [`Py_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_TYPE) (docs: changed 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.14. Returns a borrowed reference.
pub unsafe fn Py_TYPE(ob: *mut PyObject) -> *mut PyTypeObject {
    (*ob).ob_type
}

/// Sets the object's type (3.9+).
#[cfg(all(Py_3_9, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
#[inline]
///
/// C API: [`Py_SET_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_SET_TYPE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn Py_SET_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) {
    (*ob).ob_type = tp;
}

/// `ob_size` of a variable-size object.
#[cfg(not(all(Py_LIMITED_API, Py_3_15)))]
#[inline(always)]
///
/// C API: [`Py_SIZE`](https://docs.python.org/3/c-api/structures.html#c.Py_SIZE) (docs: changed 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.15.
pub unsafe fn Py_SIZE(ob: *mut PyObject) -> Py_ssize_t {
    (*ob.cast::<PyVarObject>()).ob_size
}

/// Whether the object's type is exactly `tp` (3.9+).
#[cfg(all(Py_3_9, not(all(Py_LIMITED_API, Py_3_15))))]
#[inline(always)]
///
/// C API: [`Py_IS_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_IS_TYPE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
pub unsafe fn Py_IS_TYPE(ob: *mut PyObject, tp: *mut PyTypeObject) -> c_int {
    (Py_TYPE(ob) == tp) as c_int
}

/// Sets `ob_size` (3.9+); a relaxed atomic store without the GIL.
#[cfg(all(Py_3_9, not(all(Py_LIMITED_API, Py_3_15))))]
#[inline]
///
/// C API: [`Py_SET_SIZE`](https://docs.python.org/3/c-api/structures.html#c.Py_SET_SIZE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
pub unsafe fn Py_SET_SIZE(ob: *mut PyVarObject, size: Py_ssize_t) {
    #[cfg(Py_GIL_DISABLED)]
    core::sync::atomic::AtomicIsize::from_ptr(&raw mut (*ob).ob_size)
        .store(size, core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    {
        (*ob).ob_size = size;
    }
}

// `Py_Is` and `Py_IsNone` are macros from 3.10 (PyPy 3.11 has `Py_Is` as a function
// only); pyo3-ffi offers them for earlier versions too.
/// Whether `x` is `y`, as Python's `x is y`.
#[cfg(all(any(not(PyPy), not(Py_3_10)), not(GraalPy)))]
#[inline(always)]
///
/// C API: [`Py_Is`](https://docs.python.org/3/c-api/structures.html#c.Py_Is) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_Is(x: *mut PyObject, y: *mut PyObject) -> c_int {
    (x == y) as c_int
}

// pyo3-ffi declares GraalPy's as the exported function: the C ABI here too.
/// Whether `x` is `y`, as Python's `x is y`.
#[cfg(GraalPy)]
#[inline(always)]
///
/// C API: [`Py_Is`](https://docs.python.org/3/c-api/structures.html#c.Py_Is) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe extern "C" fn Py_Is(x: *mut PyObject, y: *mut PyObject) -> c_int {
    (x == y) as c_int
}

/// Whether `x` is `None`.
#[inline(always)]
///
/// C API: [`Py_IsNone`](https://docs.python.org/3/c-api/structures.html#c.Py_IsNone) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_IsNone(x: *mut PyObject) -> c_int {
    (x == Py_None()) as c_int
}

extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPy_NoneStruct")]
    /// C API: [`_Py_NoneStruct`](https://docs.python.org/3/c-api/allocation.html#c._Py_NoneStruct). In the headers from 3.7 (the oldest pyffi supports). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_NoneStruct: PyObject;
    #[cfg_attr(PyPy, link_name = "_PyPy_NotImplementedStruct")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_NotImplementedStruct: PyObject;
}

/// The `None` singleton (a borrowed reference).
#[inline(always)]
///
/// C API: [`Py_None`](https://docs.python.org/3/c-api/none.html#c.Py_None) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn Py_None() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    return Py_GetConstantBorrowed(Py_CONSTANT_NONE as c_uint);
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    return &raw mut _Py_NoneStruct;
}

/// The `NotImplemented` singleton (a borrowed reference).
#[inline(always)]
///
/// C API: [`Py_NotImplemented`](https://docs.python.org/3/c-api/object.html#c.Py_NotImplemented). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn Py_NotImplemented() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    return Py_GetConstantBorrowed(Py_CONSTANT_NOT_IMPLEMENTED as c_uint);
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    return &raw mut _Py_NotImplementedStruct;
}

/// Whether `ob` is an instance of `tp` or of a subtype.
#[inline]
///
/// C API: [`PyObject_TypeCheck`](https://docs.python.org/3/c-api/object.html#c.PyObject_TypeCheck). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_TypeCheck(ob: *mut PyObject, tp: *mut PyTypeObject) -> c_int {
    #[cfg(Py_3_9)]
    let exact = Py_IS_TYPE(ob, tp) != 0;
    #[cfg(not(Py_3_9))]
    let exact = Py_TYPE(ob) == tp;
    (exact || PyType_IsSubtype(Py_TYPE(ob), tp) != 0) as c_int
}

/// Whether the type has flag `feature` in `tp_flags`.
#[inline]
///
/// C API: [`PyType_HasFeature`](https://docs.python.org/3/c-api/type.html#c.PyType_HasFeature). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyType_HasFeature(ty: *mut PyTypeObject, feature: c_ulong) -> c_int {
    // The type object is opaque in the limited API.
    #[cfg(Py_LIMITED_API)]
    let flags = PyType_GetFlags(ty);
    #[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
    let flags = {
        use core::sync::atomic::{AtomicU32, AtomicU64, Ordering::Relaxed};
        let p = &raw mut (*ty).tp_flags;
        if core::mem::size_of::<c_ulong>() == 8 {
            AtomicU64::from_ptr(p.cast()).load(Relaxed) as c_ulong
        } else {
            AtomicU32::from_ptr(p.cast()).load(Relaxed) as c_ulong
        }
    };
    #[cfg(all(not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
    let flags = (*ty).tp_flags;
    ((flags & feature) != 0) as c_int
}

/// `PyType_HasFeature` for the `Py_TPFLAGS_*_SUBCLASS` flags.
#[inline]
///
/// C API: [`PyType_FastSubclass`](https://docs.python.org/3/c-api/type.html#c.PyType_FastSubclass). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyType_FastSubclass(ty: *mut PyTypeObject, feature: c_ulong) -> c_int {
    PyType_HasFeature(ty, feature)
}

type_checks! {
    /// Whether `op` is a type object.
    PyType_Check: flag Py_TPFLAGS_TYPE_SUBCLASS;
}

/// Whether `op` is exactly `type`, not a metaclass instance.
#[inline]
///
/// C API: [`PyType_CheckExact`](https://docs.python.org/3/c-api/type.html#c.PyType_CheckExact). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyType_CheckExact(op: *mut PyObject) -> c_int {
    #[cfg(Py_3_9)]
    return Py_IS_TYPE(op, &raw mut PyType_Type);
    #[cfg(not(Py_3_9))]
    return (Py_TYPE(op) == &raw mut PyType_Type) as c_int;
}

/// The limited API declares `vectorcallfunc` only from 3.12; pyo3-ffi has it at every
/// abi3 floor, so code written for it names the type there too.
#[cfg(all(Py_LIMITED_API, not(Py_3_12)))]
///
/// C API: [`vectorcallfunc`](https://docs.python.org/3/c-api/call.html#c.vectorcallfunc). In the headers from 3.8. Limited API and stable ABI since 3.12.
pub type vectorcallfunc = unsafe extern "C" fn(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject;

// C's enumerators are names at file scope; pyo3-ffi's Rust enum puts them under
// `PySendResult::`. Both spellings, then: these are the enum's own values.
/// `PYGEN_RETURN`: `PySendResult::PYGEN_RETURN`.
#[cfg(Py_3_10)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const PYGEN_RETURN: PySendResult = PySendResult::PYGEN_RETURN;
/// `PYGEN_ERROR`: `PySendResult::PYGEN_ERROR`.
#[cfg(Py_3_10)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const PYGEN_ERROR: PySendResult = PySendResult::PYGEN_ERROR;
/// `PYGEN_NEXT`: `PySendResult::PYGEN_NEXT`.
#[cfg(Py_3_10)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub const PYGEN_NEXT: PySendResult = PySendResult::PYGEN_NEXT;

/// `Py_INVALID_SIZE`: `(Py_ssize_t)-1`.
#[cfg(any(not(PyPy), Py_3_11))]
///
/// C API: [`Py_INVALID_SIZE`](https://docs.python.org/3/c-api/intro.html#c.Py_INVALID_SIZE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_INVALID_SIZE: crate::pyport::Py_ssize_t = -1;

return_singleton_macros!(Py_RETURN_NONE => Py_None, Py_RETURN_NOTIMPLEMENTED => Py_NotImplemented);

/// `Py_RETURN_RICHCOMPARE(val1, val2, op)`: returns `Py_True` or `Py_False` (through
/// `Py_RETURN_TRUE!`/`Py_RETURN_FALSE!`) from the enclosing function, as `val1 OP val2`
/// holds for the comparison `op` (`Py_LT` … `Py_GE`), each operand evaluated once. C's
/// `Py_UNREACHABLE()` for another `op` is a panic here.
#[cfg(any(not(PyPy), Py_3_11))]
#[macro_export]
macro_rules! Py_RETURN_RICHCOMPARE {
    ($val1:expr, $val2:expr, $op:expr) => {{
        let holds = match $op {
            $crate::Py_EQ => ($val1) == ($val2),
            $crate::Py_NE => ($val1) != ($val2),
            $crate::Py_LT => ($val1) < ($val2),
            $crate::Py_GT => ($val1) > ($val2),
            $crate::Py_LE => ($val1) <= ($val2),
            $crate::Py_GE => ($val1) >= ($val2),
            _ => ::core::unreachable!("Py_RETURN_RICHCOMPARE: not a comparison operator"),
        };
        if holds {
            $crate::Py_RETURN_TRUE!();
        } else {
            $crate::Py_RETURN_FALSE!();
        }
    }};
}

/// `Py_TP_USE_SPEC` (3.14+): `NULL`, as the `Py_tp_token` slot's value, meaning "the
/// spec itself is the token".
#[cfg(Py_3_14)]
///
/// C API: [`Py_TP_USE_SPEC`](https://docs.python.org/3/c-api/type.html#c.Py_TP_USE_SPEC) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub const Py_TP_USE_SPEC: *mut core::ffi::c_void = core::ptr::null_mut();

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
/// C API: [`Py_PRINT_RAW`](https://docs.python.org/3/c-api/object.html#c.Py_PRINT_RAW). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_PRINT_RAW: c_int = 1;
#[cfg(any(all(Py_3_13, not(Py_LIMITED_API)), all(Py_3_11, PyPy)))]
/// C API: [`Py_TPFLAGS_INLINE_VALUES`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_INLINE_VALUES) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub const Py_TPFLAGS_INLINE_VALUES: c_ulong = 4;
#[cfg(any(all(Py_3_12, not(Py_LIMITED_API)), all(Py_3_11, PyPy)))]
/// C API: [`Py_TPFLAGS_MANAGED_WEAKREF`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_MANAGED_WEAKREF) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
pub const Py_TPFLAGS_MANAGED_WEAKREF: c_ulong = 8;
#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
/// C API: [`Py_TPFLAGS_MANAGED_DICT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_MANAGED_DICT) (docs: added 3.12). In the headers from 3.11. Not in the limited API.
pub const Py_TPFLAGS_MANAGED_DICT: c_ulong = 16;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: [`Py_TPFLAGS_PREHEADER`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_PREHEADER) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
pub const Py_TPFLAGS_PREHEADER: c_ulong = 24;
#[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
/// C API: [`Py_TPFLAGS_SEQUENCE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_SEQUENCE) (docs: added 3.10). In the headers from 3.10. Not in the limited API.
pub const Py_TPFLAGS_SEQUENCE: c_ulong = 32;
#[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
/// C API: [`Py_TPFLAGS_MAPPING`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_MAPPING) (docs: added 3.10). In the headers from 3.10. Not in the limited API.
pub const Py_TPFLAGS_MAPPING: c_ulong = 64;
#[cfg(Py_3_10)]
/// C API: [`Py_TPFLAGS_DISALLOW_INSTANTIATION`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_DISALLOW_INSTANTIATION) (docs: added 3.10). In the headers from 3.10. In the limited API's headers from 3.10 (no stable-ABI symbol).
pub const Py_TPFLAGS_DISALLOW_INSTANTIATION: c_ulong = 128;
#[cfg(Py_3_10)]
/// C API: [`Py_TPFLAGS_IMMUTABLETYPE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_IMMUTABLETYPE) (docs: added 3.10). In the headers from 3.10. In the limited API's headers from 3.10 (no stable-ABI symbol).
pub const Py_TPFLAGS_IMMUTABLETYPE: c_ulong = 256;
/// C API: [`Py_TPFLAGS_HEAPTYPE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HEAPTYPE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_HEAPTYPE: c_ulong = 512;
/// C API: [`Py_TPFLAGS_BASETYPE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_BASETYPE). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const Py_TPFLAGS_BASETYPE: c_ulong = 1024;
#[cfg(any(all(Py_3_9, not(Py_LIMITED_API)), Py_3_12))]
/// C API: [`Py_TPFLAGS_HAVE_VECTORCALL`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HAVE_VECTORCALL) (docs: added 3.8; changed 3.9, 3.12). In the headers from 3.9. Limited API and stable ABI since 3.12.
pub const Py_TPFLAGS_HAVE_VECTORCALL: c_ulong = 2048;
/// C API: [`Py_TPFLAGS_READY`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_READY). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_READY: c_ulong = 4096;
/// C API: [`Py_TPFLAGS_READYING`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_READYING). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_READYING: c_ulong = 8192;
/// C API: [`Py_TPFLAGS_HAVE_GC`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HAVE_GC). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const Py_TPFLAGS_HAVE_GC: c_ulong = 16384;
/// C API: [`Py_TPFLAGS_HAVE_STACKLESS_EXTENSION`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HAVE_STACKLESS_EXTENSION). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_HAVE_STACKLESS_EXTENSION: c_ulong = 0;
#[cfg(Py_3_8)]
/// C API: [`Py_TPFLAGS_METHOD_DESCRIPTOR`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_METHOD_DESCRIPTOR) (docs: added 3.8). In the headers from 3.8. Limited API and stable ABI since 3.8.
pub const Py_TPFLAGS_METHOD_DESCRIPTOR: c_ulong = 131072;
/// C API: [`Py_TPFLAGS_VALID_VERSION_TAG`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_VALID_VERSION_TAG). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_VALID_VERSION_TAG: c_ulong = 524288;
/// C API: [`Py_TPFLAGS_IS_ABSTRACT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_IS_ABSTRACT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_IS_ABSTRACT: c_ulong = 1048576;
#[cfg(Py_3_12)]
/// C API: [`Py_TPFLAGS_ITEMS_AT_END`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_ITEMS_AT_END) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_TPFLAGS_ITEMS_AT_END: c_ulong = 8388608;
/// C API: [`Py_TPFLAGS_LONG_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_LONG_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_LONG_SUBCLASS: c_ulong = 16777216;
/// C API: [`Py_TPFLAGS_LIST_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_LIST_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_LIST_SUBCLASS: c_ulong = 33554432;
/// C API: [`Py_TPFLAGS_TUPLE_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_TUPLE_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_TUPLE_SUBCLASS: c_ulong = 67108864;
/// C API: [`Py_TPFLAGS_BYTES_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_BYTES_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_BYTES_SUBCLASS: c_ulong = 134217728;
/// C API: [`Py_TPFLAGS_UNICODE_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_UNICODE_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_UNICODE_SUBCLASS: c_ulong = 268435456;
/// C API: [`Py_TPFLAGS_DICT_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_DICT_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_DICT_SUBCLASS: c_ulong = 536870912;
/// C API: [`Py_TPFLAGS_BASE_EXC_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_BASE_EXC_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_BASE_EXC_SUBCLASS: c_ulong = 1073741824;
/// C API: [`Py_TPFLAGS_TYPE_SUBCLASS`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_TYPE_SUBCLASS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_TYPE_SUBCLASS: c_ulong = 2147483648;
#[cfg(Py_3_10)]
/// C API: [`Py_TPFLAGS_DEFAULT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_DEFAULT). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const Py_TPFLAGS_DEFAULT: c_ulong = 0;
#[cfg(not(Py_3_10))]
/// C API: [`Py_TPFLAGS_DEFAULT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_DEFAULT). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const Py_TPFLAGS_DEFAULT: c_ulong = 262144;
/// C API: [`Py_TPFLAGS_HAVE_FINALIZE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HAVE_FINALIZE) (docs: added 3.4; deprecated 3.8). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_HAVE_FINALIZE: c_ulong = 1;
/// C API: [`Py_TPFLAGS_HAVE_VERSION_TAG`](https://docs.python.org/3/c-api/typeobj.html#c.Py_TPFLAGS_HAVE_VERSION_TAG). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_TPFLAGS_HAVE_VERSION_TAG: c_ulong = 262144;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_NONE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_NONE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_NONE: c_uint = 0;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_FALSE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_FALSE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_FALSE: c_uint = 1;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_TRUE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_TRUE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_TRUE: c_uint = 2;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_ELLIPSIS`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ELLIPSIS). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ELLIPSIS: c_uint = 3;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_NOT_IMPLEMENTED`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_NOT_IMPLEMENTED). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_NOT_IMPLEMENTED: c_uint = 4;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_ZERO`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ZERO). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ZERO: c_uint = 5;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_ONE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_ONE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_ONE: c_uint = 6;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_EMPTY_STR`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_STR). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_STR: c_uint = 7;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_EMPTY_BYTES`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_BYTES). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_BYTES: c_uint = 8;
#[cfg(Py_3_13)]
/// C API: [`Py_CONSTANT_EMPTY_TUPLE`](https://docs.python.org/3/c-api/object.html#c.Py_CONSTANT_EMPTY_TUPLE). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CONSTANT_EMPTY_TUPLE: c_uint = 9;
/// C API: [`Py_LT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_LT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_LT: c_int = 0;
/// C API: [`Py_LE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_LE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_LE: c_int = 1;
/// C API: [`Py_EQ`](https://docs.python.org/3/c-api/typeobj.html#c.Py_EQ). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_EQ: c_int = 2;
/// C API: [`Py_NE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_NE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_NE: c_int = 3;
/// C API: [`Py_GT`](https://docs.python.org/3/c-api/typeobj.html#c.Py_GT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_GT: c_int = 4;
/// C API: [`Py_GE`](https://docs.python.org/3/c-api/typeobj.html#c.Py_GE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const Py_GE: c_int = 5;
pypy_prefixed! {
    extern "C" {
        #[cfg(all(Py_3_11, PyPy))]
        /// C API: [`Py_Is`](https://docs.python.org/3/c-api/structures.html#c.Py_Is) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub fn Py_Is(x: *mut PyObject, y: *mut PyObject) -> c_int;
    }
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyLong_Type`](https://docs.python.org/3/c-api/long.html#c.PyLong_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyLong_Type: PyTypeObject;
        /// C API: [`PyBool_Type`](https://docs.python.org/3/c-api/bool.html#c.PyBool_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyBool_Type: PyTypeObject;
    }
}
extern "C" {
    #[cfg(all(Py_3_14, Py_LIMITED_API))]
    /// C API: [`Py_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_TYPE) (docs: changed 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.14. Returns a borrowed reference.
    pub fn Py_TYPE(ob: *mut PyObject) -> *mut PyTypeObject;
    #[cfg(all(Py_3_15, Py_LIMITED_API))]
    /// C API: [`Py_SIZE`](https://docs.python.org/3/c-api/structures.html#c.Py_SIZE) (docs: changed 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.15.
    pub fn Py_SIZE(ob: *mut PyObject) -> Py_ssize_t;
    #[cfg(all(Py_3_15, Py_LIMITED_API))]
    /// C API: [`Py_IS_TYPE`](https://docs.python.org/3/c-api/structures.html#c.Py_IS_TYPE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
    pub fn Py_IS_TYPE(ob: *mut PyObject, type_: *mut PyTypeObject) -> c_int;
    #[cfg(all(Py_3_15, Py_LIMITED_API))]
    /// C API: [`Py_SET_SIZE`](https://docs.python.org/3/c-api/structures.html#c.Py_SET_SIZE) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.15.
    pub fn Py_SET_SIZE(ob: *mut PyVarObject, size: Py_ssize_t);
}
/// C API: [`unaryfunc`](https://docs.python.org/3/c-api/typeobj.html#c.unaryfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type unaryfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> *mut PyObject;
/// C API: [`binaryfunc`](https://docs.python.org/3/c-api/typeobj.html#c.binaryfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type binaryfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject) -> *mut PyObject;
/// C API: [`ternaryfunc`](https://docs.python.org/3/c-api/typeobj.html#c.ternaryfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type ternaryfunc = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: *mut PyObject,
    arg3: *mut PyObject,
) -> *mut PyObject;
/// C API: [`inquiry`](https://docs.python.org/3/c-api/gcsupport.html#c.inquiry). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type inquiry = unsafe extern "C" fn(arg1: *mut PyObject) -> c_int;
/// C API: [`lenfunc`](https://docs.python.org/3/c-api/typeobj.html#c.lenfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type lenfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> Py_ssize_t;
/// C API: [`ssizeargfunc`](https://docs.python.org/3/c-api/typeobj.html#c.ssizeargfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type ssizeargfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: Py_ssize_t) -> *mut PyObject;
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h). Limited API and stable ABI since 3.2.
pub type ssizessizeargfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: Py_ssize_t, arg3: Py_ssize_t) -> *mut PyObject;
/// C API: [`ssizeobjargproc`](https://docs.python.org/3/c-api/typeobj.html#c.ssizeobjargproc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type ssizeobjargproc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: Py_ssize_t, arg3: *mut PyObject) -> c_int;
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h). Limited API and stable ABI since 3.2.
pub type ssizessizeobjargproc = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: Py_ssize_t,
    arg3: Py_ssize_t,
    arg4: *mut PyObject,
) -> c_int;
/// C API: [`objobjargproc`](https://docs.python.org/3/c-api/typeobj.html#c.objobjargproc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type objobjargproc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: *mut PyObject) -> c_int;
/// C API: [`objobjproc`](https://docs.python.org/3/c-api/typeobj.html#c.objobjproc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type objobjproc = unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject) -> c_int;
/// C API: [`visitproc`](https://docs.python.org/3/c-api/gcsupport.html#c.visitproc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type visitproc = unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut c_void) -> c_int;
/// C API: [`traverseproc`](https://docs.python.org/3/c-api/gcsupport.html#c.traverseproc) (docs: changed 3.9). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type traverseproc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: visitproc, arg3: *mut c_void) -> c_int;
/// C API: [`freefunc`](https://docs.python.org/3/c-api/typeobj.html#c.freefunc). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type freefunc = unsafe extern "C" fn(arg1: *mut c_void);
/// C API: [`destructor`](https://docs.python.org/3/c-api/typeobj.html#c.destructor). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type destructor = unsafe extern "C" fn(arg1: *mut PyObject);
/// C API: [`getattrfunc`](https://docs.python.org/3/c-api/typeobj.html#c.getattrfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type getattrfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut c_char) -> *mut PyObject;
/// C API: [`getattrofunc`](https://docs.python.org/3/c-api/typeobj.html#c.getattrofunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type getattrofunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject) -> *mut PyObject;
/// C API: [`setattrfunc`](https://docs.python.org/3/c-api/typeobj.html#c.setattrfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type setattrfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut c_char, arg3: *mut PyObject) -> c_int;
/// C API: [`setattrofunc`](https://docs.python.org/3/c-api/typeobj.html#c.setattrofunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type setattrofunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: *mut PyObject) -> c_int;
/// C API: [`reprfunc`](https://docs.python.org/3/c-api/typeobj.html#c.reprfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type reprfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> *mut PyObject;
/// C API: [`hashfunc`](https://docs.python.org/3/c-api/typeobj.html#c.hashfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type hashfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> Py_hash_t;
/// C API: [`richcmpfunc`](https://docs.python.org/3/c-api/typeobj.html#c.richcmpfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type richcmpfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: c_int) -> *mut PyObject;
/// C API: [`getiterfunc`](https://docs.python.org/3/c-api/typeobj.html#c.getiterfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type getiterfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> *mut PyObject;
/// C API: [`iternextfunc`](https://docs.python.org/3/c-api/typeobj.html#c.iternextfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type iternextfunc = unsafe extern "C" fn(arg1: *mut PyObject) -> *mut PyObject;
#[cfg(Py_3_15)]
#[repr(C)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.15. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub struct _PyObjectIndexPair {
    pub object: *mut PyObject,
    pub index: Py_ssize_t,
}
#[cfg(Py_3_15)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.15. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.15/Include/object.h).
pub type _Py_iteritemfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, index: Py_ssize_t) -> _PyObjectIndexPair;
/// C API: [`descrgetfunc`](https://docs.python.org/3/c-api/typeobj.html#c.descrgetfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type descrgetfunc = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: *mut PyObject,
    arg3: *mut PyObject,
) -> *mut PyObject;
/// C API: [`descrsetfunc`](https://docs.python.org/3/c-api/typeobj.html#c.descrsetfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type descrsetfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: *mut PyObject) -> c_int;
/// C API: [`initproc`](https://docs.python.org/3/c-api/typeobj.html#c.initproc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type initproc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: *mut PyObject) -> c_int;
/// C API: [`newfunc`](https://docs.python.org/3/c-api/typeobj.html#c.newfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type newfunc = unsafe extern "C" fn(
    arg1: *mut PyTypeObject,
    arg2: *mut PyObject,
    arg3: *mut PyObject,
) -> *mut PyObject;
/// C API: [`allocfunc`](https://docs.python.org/3/c-api/typeobj.html#c.allocfunc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type allocfunc =
    unsafe extern "C" fn(arg1: *mut PyTypeObject, arg2: Py_ssize_t) -> *mut PyObject;
#[cfg(any(all(Py_3_8, not(Py_LIMITED_API)), Py_3_12))]
/// C API: [`vectorcallfunc`](https://docs.python.org/3/c-api/call.html#c.vectorcallfunc). In the headers from 3.8. Limited API and stable ABI since 3.12.
pub type vectorcallfunc = unsafe extern "C" fn(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject;
#[repr(C)]
#[derive(Copy, Clone, Default)]
/// C API: [`PyType_Slot`](https://docs.python.org/3/c-api/type.html#c.PyType_Slot). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyType_Slot {
    pub slot: c_int,
    pub pfunc: *mut c_void,
}
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: [`PyType_Spec`](https://docs.python.org/3/c-api/type.html#c.PyType_Spec). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyType_Spec {
    pub name: *const c_char,
    pub basicsize: c_int,
    pub itemsize: c_int,
    pub flags: c_uint,
    pub slots: *mut PyType_Slot,
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyType_FromSpec`](https://docs.python.org/3/c-api/type.html#c.PyType_FromSpec) (docs: changed 3.12, 3.14). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyType_FromSpec(spec: *mut PyType_Spec) -> *mut PyObject;
        /// C API: [`PyType_FromSpecWithBases`](https://docs.python.org/3/c-api/type.html#c.PyType_FromSpecWithBases) (docs: added 3.3; changed 3.12, 3.14). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.3. Returns a new reference.
        pub fn PyType_FromSpecWithBases(
            spec: *mut PyType_Spec,
            bases: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyType_GetSlot`](https://docs.python.org/3/c-api/type.html#c.PyType_GetSlot) (docs: added 3.4; changed 3.10). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.4.
        pub fn PyType_GetSlot(type_: *mut PyTypeObject, slot: c_int) -> *mut c_void;
        #[cfg(Py_3_9)]
        /// C API: [`PyType_FromModuleAndSpec`](https://docs.python.org/3/c-api/type.html#c.PyType_FromModuleAndSpec) (docs: added 3.9; changed 3.10, 3.12, 3.14). In the headers from 3.9. Limited API and stable ABI since 3.10. Returns a new reference.
        pub fn PyType_FromModuleAndSpec(
            module: *mut PyObject,
            spec: *mut PyType_Spec,
            bases: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(Py_3_9)]
        /// C API: [`PyType_GetModule`](https://docs.python.org/3/c-api/type.html#c.PyType_GetModule) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10. Returns a borrowed reference.
        pub fn PyType_GetModule(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_9)]
        /// C API: [`PyType_GetModuleState`](https://docs.python.org/3/c-api/type.html#c.PyType_GetModuleState) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10.
        pub fn PyType_GetModuleState(type_: *mut PyTypeObject) -> *mut c_void;
        #[cfg(Py_3_11)]
        /// C API: [`PyType_GetName`](https://docs.python.org/3/c-api/type.html#c.PyType_GetName) (docs: added 3.11). In the headers from 3.11. Limited API and stable ABI since 3.11. Returns a new reference.
        pub fn PyType_GetName(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_11)]
        /// C API: [`PyType_GetQualName`](https://docs.python.org/3/c-api/type.html#c.PyType_GetQualName) (docs: added 3.11). In the headers from 3.11. Limited API and stable ABI since 3.11. Returns a new reference.
        pub fn PyType_GetQualName(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_13)]
        /// C API: [`PyType_GetFullyQualifiedName`](https://docs.python.org/3/c-api/type.html#c.PyType_GetFullyQualifiedName) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyType_GetFullyQualifiedName(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_13)]
        /// C API: [`PyType_GetModuleName`](https://docs.python.org/3/c-api/type.html#c.PyType_GetModuleName) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyType_GetModuleName(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_12)]
        /// C API: [`PyType_FromMetaclass`](https://docs.python.org/3/c-api/type.html#c.PyType_FromMetaclass) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12.
        pub fn PyType_FromMetaclass(
            metaclass: *mut PyTypeObject,
            module: *mut PyObject,
            spec: *mut PyType_Spec,
            bases: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(Py_3_12)]
        /// C API: [`PyObject_GetTypeData`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetTypeData) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12.
        pub fn PyObject_GetTypeData(
            obj: *mut PyObject,
            cls: *mut PyTypeObject,
        ) -> *mut c_void;
        #[cfg(Py_3_12)]
        /// C API: [`PyType_GetTypeDataSize`](https://docs.python.org/3/c-api/object.html#c.PyType_GetTypeDataSize) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12.
        pub fn PyType_GetTypeDataSize(cls: *mut PyTypeObject) -> Py_ssize_t;
        #[cfg(Py_3_14)]
        /// C API: [`PyType_GetBaseByToken`](https://docs.python.org/3/c-api/type.html#c.PyType_GetBaseByToken) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
        pub fn PyType_GetBaseByToken(
            type_: *mut PyTypeObject,
            tp_token: *mut c_void,
            result: *mut *mut PyTypeObject,
        ) -> c_int;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_FromSlots`](https://docs.python.org/3/c-api/type.html#c.PyType_FromSlots). In the headers from 3.15. Limited API and stable ABI since 3.15.
        pub fn PyType_FromSlots(slots: *mut PySlot) -> *mut PyObject;
        /// C API: [`PyType_IsSubtype`](https://docs.python.org/3/c-api/type.html#c.PyType_IsSubtype). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyType_IsSubtype(a: *mut PyTypeObject, b: *mut PyTypeObject) -> c_int;
    }
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyType_Type`](https://docs.python.org/3/c-api/type.html#c.PyType_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyType_Type: PyTypeObject;
        /// C API: [`PyBaseObject_Type`](https://docs.python.org/3/c-api/structures.html#c.PyBaseObject_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyBaseObject_Type: PyTypeObject;
    }
}
extern "C" {
    #[cfg(not(PyPy))]
    /// C API: [`PySuper_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PySuper_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub static mut PySuper_Type: PyTypeObject;
    #[cfg(any(not(PyPy), Py_3_11))]
    /// C API: [`PyType_GetFlags`](https://docs.python.org/3/c-api/type.html#c.PyType_GetFlags) (docs: added 3.2; changed 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub fn PyType_GetFlags(type_: *mut PyTypeObject) -> c_ulong;
    #[cfg(all(not(Py_3_11), PyPy))]
    /// C API: [`PyType_GetFlags`](https://docs.python.org/3/c-api/type.html#c.PyType_GetFlags) (docs: added 3.2; changed 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub fn PyType_GetFlags(type_: *mut PyTypeObject) -> c_long;
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyType_Ready`](https://docs.python.org/3/c-api/type.html#c.PyType_Ready). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyType_Ready(type_: *mut PyTypeObject) -> c_int;
        /// C API: [`PyType_GenericAlloc`](https://docs.python.org/3/c-api/type.html#c.PyType_GenericAlloc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyType_GenericAlloc(
            type_: *mut PyTypeObject,
            nitems: Py_ssize_t,
        ) -> *mut PyObject;
        /// C API: [`PyType_GenericNew`](https://docs.python.org/3/c-api/type.html#c.PyType_GenericNew). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyType_GenericNew(
            type_: *mut PyTypeObject,
            args: *mut PyObject,
            kwds: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyType_ClearCache`](https://docs.python.org/3/c-api/type.html#c.PyType_ClearCache). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyType_ClearCache() -> c_uint;
        /// C API: [`PyType_Modified`](https://docs.python.org/3/c-api/type.html#c.PyType_Modified). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyType_Modified(type_: *mut PyTypeObject);
        /// C API: [`PyObject_Repr`](https://docs.python.org/3/c-api/object.html#c.PyObject_Repr) (docs: changed 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_Repr(o: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyObject_Str`](https://docs.python.org/3/c-api/object.html#c.PyObject_Str) (docs: changed 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_Str(o: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyObject_ASCII`](https://docs.python.org/3/c-api/object.html#c.PyObject_ASCII). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_ASCII(o: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyObject_Bytes`](https://docs.python.org/3/c-api/object.html#c.PyObject_Bytes). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_Bytes(o: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyObject_RichCompare`](https://docs.python.org/3/c-api/object.html#c.PyObject_RichCompare). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_RichCompare(
            o1: *mut PyObject,
            o2: *mut PyObject,
            opid: c_int,
        ) -> *mut PyObject;
        /// C API: [`PyObject_RichCompareBool`](https://docs.python.org/3/c-api/object.html#c.PyObject_RichCompareBool). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_RichCompareBool(
            o1: *mut PyObject,
            o2: *mut PyObject,
            opid: c_int,
        ) -> c_int;
        /// C API: [`PyObject_GetAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetAttrString). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_GetAttrString(
            o: *mut PyObject,
            attr_name: *const c_char,
        ) -> *mut PyObject;
        /// C API: [`PyObject_SetAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_SetAttrString) (docs: changed 3.15). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_SetAttrString(
            o: *mut PyObject,
            attr_name: *const c_char,
            v: *mut PyObject,
        ) -> c_int;
        #[cfg(any(Py_3_13, all(not(Py_3_11), PyPy)))]
        /// C API: [`PyObject_DelAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_DelAttrString). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.13.
        pub fn PyObject_DelAttrString(v: *mut PyObject, name: *const c_char) -> c_int;
        /// C API: [`PyObject_HasAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrString). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_HasAttrString(o: *mut PyObject, attr_name: *const c_char) -> c_int;
        /// C API: [`PyObject_GetAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetAttr). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_GetAttr(o: *mut PyObject, attr_name: *mut PyObject) -> *mut PyObject;
        #[cfg(Py_3_13)]
        /// C API: [`PyObject_GetOptionalAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetOptionalAttr) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyObject_GetOptionalAttr(
            obj: *mut PyObject,
            attr_name: *mut PyObject,
            result: *mut *mut PyObject,
        ) -> c_int;
        #[cfg(Py_3_13)]
        /// C API: [`PyObject_GetOptionalAttrString`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetOptionalAttrString) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyObject_GetOptionalAttrString(
            obj: *mut PyObject,
            attr_name: *const c_char,
            result: *mut *mut PyObject,
        ) -> c_int;
        /// C API: [`PyObject_SetAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_SetAttr) (docs: changed 3.15). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_SetAttr(
            o: *mut PyObject,
            attr_name: *mut PyObject,
            v: *mut PyObject,
        ) -> c_int;
        #[cfg(any(Py_3_13, all(not(Py_3_11), PyPy)))]
        /// C API: [`PyObject_DelAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_DelAttr). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.13.
        pub fn PyObject_DelAttr(v: *mut PyObject, name: *mut PyObject) -> c_int;
        /// C API: [`PyObject_HasAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttr). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_HasAttr(o: *mut PyObject, attr_name: *mut PyObject) -> c_int;
        #[cfg(Py_3_13)]
        /// C API: [`PyObject_HasAttrWithError`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyObject_HasAttrWithError(
            o: *mut PyObject,
            attr_name: *mut PyObject,
        ) -> c_int;
        #[cfg(Py_3_13)]
        /// C API: [`PyObject_HasAttrStringWithError`](https://docs.python.org/3/c-api/object.html#c.PyObject_HasAttrStringWithError) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn PyObject_HasAttrStringWithError(
            o: *mut PyObject,
            attr_name: *const c_char,
        ) -> c_int;
        /// C API: [`PyObject_SelfIter`](https://docs.python.org/3/c-api/object.html#c.PyObject_SelfIter). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_SelfIter(obj: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyObject_GenericGetAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GenericGetAttr). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_GenericGetAttr(
            o: *mut PyObject,
            name: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyObject_GenericSetAttr`](https://docs.python.org/3/c-api/object.html#c.PyObject_GenericSetAttr). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_GenericSetAttr(
            o: *mut PyObject,
            name: *mut PyObject,
            value: *mut PyObject,
        ) -> c_int;
        /// C API: [`PyObject_GenericSetDict`](https://docs.python.org/3/c-api/object.html#c.PyObject_GenericSetDict) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyObject_GenericSetDict(
            o: *mut PyObject,
            value: *mut PyObject,
            context: *mut c_void,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyObject_Hash`](https://docs.python.org/3/c-api/object.html#c.PyObject_Hash) (docs: changed 3.2). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Hash(o: *mut PyObject) -> Py_hash_t;
        #[cfg(PyPy)]
        /// C API: [`PyObject_Hash`](https://docs.python.org/3/c-api/object.html#c.PyObject_Hash) (docs: changed 3.2). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Hash(o: *mut PyObject) -> Py_ssize_t;
        #[cfg(not(PyPy))]
        /// C API: [`PyObject_HashNotImplemented`](https://docs.python.org/3/c-api/object.html#c.PyObject_HashNotImplemented). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_HashNotImplemented(o: *mut PyObject) -> Py_hash_t;
        #[cfg(PyPy)]
        /// C API: [`PyObject_HashNotImplemented`](https://docs.python.org/3/c-api/object.html#c.PyObject_HashNotImplemented). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_HashNotImplemented(o: *mut PyObject) -> Py_ssize_t;
        /// C API: [`PyObject_IsTrue`](https://docs.python.org/3/c-api/object.html#c.PyObject_IsTrue). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_IsTrue(o: *mut PyObject) -> c_int;
        /// C API: [`PyObject_Not`](https://docs.python.org/3/c-api/object.html#c.PyObject_Not). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Not(o: *mut PyObject) -> c_int;
        /// C API: [`PyCallable_Check`](https://docs.python.org/3/c-api/call.html#c.PyCallable_Check). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyCallable_Check(o: *mut PyObject) -> c_int;
        /// C API: [`PyObject_ClearWeakRefs`](https://docs.python.org/3/c-api/weakref.html#c.PyObject_ClearWeakRefs). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_ClearWeakRefs(object: *mut PyObject);
        /// C API: [`PyObject_Dir`](https://docs.python.org/3/c-api/object.html#c.PyObject_Dir). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyObject_Dir(o: *mut PyObject) -> *mut PyObject;
        /// C API: [`Py_ReprEnter`](https://docs.python.org/3/c-api/exceptions.html#c.Py_ReprEnter). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_ReprEnter(object: *mut PyObject) -> c_int;
        /// C API: [`Py_ReprLeave`](https://docs.python.org/3/c-api/exceptions.html#c.Py_ReprLeave). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_ReprLeave(object: *mut PyObject);
        #[cfg(Py_3_13)]
        /// C API: [`Py_GetConstant`](https://docs.python.org/3/c-api/object.html#c.Py_GetConstant) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn Py_GetConstant(constant_id: c_uint) -> *mut PyObject;
        #[cfg(Py_3_13)]
        /// C API: [`Py_GetConstantBorrowed`](https://docs.python.org/3/c-api/object.html#c.Py_GetConstantBorrowed) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
        pub fn Py_GetConstantBorrowed(constant_id: c_uint) -> *mut PyObject;
    }
}
#[cfg(Py_3_10)]
#[repr(i32)]
#[derive(Copy, Clone, Hash, PartialEq, Eq, Debug)]
/// C API: [`PySendResult`](https://docs.python.org/3/c-api/iter.html#c.PySendResult) (docs: added 3.10). In the headers from 3.10. In the limited API's headers from 3.10 (no stable-ABI symbol).
pub enum PySendResult {
    PYGEN_RETURN = 0,
    PYGEN_ERROR = -1,
    PYGEN_NEXT = 1,
}
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub type printfunc =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut ::libc::FILE, arg3: c_int) -> c_int;
pypy_prefixed! {
    extern "C" {
        #[cfg(any(all(Py_3_11, not(Py_LIMITED_API)), Py_3_13))]
        /// C API: [`PyType_GetModuleByDef`](https://docs.python.org/3/c-api/type.html#c.PyType_GetModuleByDef) (docs: added 3.11). In the headers from 3.11. Limited API and stable ABI since 3.13. Returns a borrowed reference.
        pub fn PyType_GetModuleByDef(
            type_: *mut PyTypeObject,
            def: *mut PyModuleDef,
        ) -> *mut PyObject;
        #[cfg(Py_3_14)]
        /// C API: [`PyType_Freeze`](https://docs.python.org/3/c-api/type.html#c.PyType_Freeze) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
        pub fn PyType_Freeze(type_: *mut PyTypeObject) -> c_int;
        #[cfg(any(not(Py_LIMITED_API), Py_3_15))]
        /// C API: [`PyObject_CallFinalizerFromDealloc`](https://docs.python.org/3/c-api/lifecycle.html#c.PyObject_CallFinalizerFromDealloc) (docs: added 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.15.
        pub fn PyObject_CallFinalizerFromDealloc(op: *mut PyObject) -> c_int;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_GetModuleByToken`](https://docs.python.org/3/c-api/type.html#c.PyType_GetModuleByToken) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15. Returns a new reference.
        pub fn PyType_GetModuleByToken(
            type_: *mut PyTypeObject,
            token: *const c_void,
        ) -> *mut PyObject;
        #[cfg(Py_3_15)]
        /// C API: [`PyObject_GetTypeData_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GetTypeData_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
        pub fn PyObject_GetTypeData_DuringGC(
            obj: *mut PyObject,
            cls: *mut PyTypeObject,
        ) -> *mut c_void;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_GetModuleState_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyType_GetModuleState_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
        pub fn PyType_GetModuleState_DuringGC(type_: *mut PyTypeObject) -> *mut c_void;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_GetBaseByToken_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyType_GetBaseByToken_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
        pub fn PyType_GetBaseByToken_DuringGC(
            type_: *mut PyTypeObject,
            tp_token: *mut c_void,
            result: *mut *mut PyTypeObject,
        ) -> c_int;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_GetModule_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyType_GetModule_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15. Returns a borrowed reference.
        pub fn PyType_GetModule_DuringGC(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(Py_3_15)]
        /// C API: [`PyType_GetModuleByToken_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyType_GetModuleByToken_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15. Returns a borrowed reference.
        pub fn PyType_GetModuleByToken_DuringGC(
            type_: *mut PyTypeObject,
            token: *const c_void,
        ) -> *mut PyObject;
    }
}
#[cfg(PyPy)]
/// C API: no entry in CPython's C-API docs. Only in PyPy's headers.
pub const PyBUF_SHADOW: c_int = 1024;
#[cfg(all(not(Py_3_11), PyPy))]
/// C API: no entry in CPython's C-API docs. Only in PyPy's headers.
pub const Py_TPPYPYFLAGS_FLOAT_SUBCLASS: c_int = 1;
