//! Declarations of CPython's `Include/cpython/object.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
use core::ffi::c_uchar;
#[cfg(all(not(Py_3_11), PyPy))]
use core::ffi::c_long;
#[cfg(all(not(Py_LIMITED_API), not(Py_GIL_DISABLED)))]
use core::ffi::c_ulong;
#[cfg(any(not(Py_LIMITED_API), not(Py_3_9)))]
use core::ffi::c_int;
#[cfg(not(Py_LIMITED_API))]
use core::ffi::{c_char, c_uint, c_void};
#[cfg(not(Py_LIMITED_API))]
use crate::pyport::Py_ssize_t;
#[cfg(not(Py_LIMITED_API))]
use crate::pybuffer::{getbufferproc, releasebufferproc};
#[cfg(all(Py_3_10, not(Py_LIMITED_API)))]
use crate::object::PySendResult;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
use crate::object::visitproc;
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
use crate::object::_Py_iteritemfunc;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
use crate::object::vectorcallfunc;
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
use crate::object::printfunc;
#[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
use crate::object::AtomicCULong;
#[cfg(any(all(not(Py_3_11), not(Py_LIMITED_API)), PyPy))]
use crate::object::Py_TYPE;
#[cfg(not(Py_LIMITED_API))]
use crate::object::{
    PyObject, PyVarObject, allocfunc, binaryfunc, descrgetfunc, descrsetfunc, destructor, freefunc,
    getattrfunc, getattrofunc, getiterfunc, hashfunc, initproc, inquiry, iternextfunc, lenfunc,
    newfunc, objobjargproc, objobjproc, reprfunc, richcmpfunc, setattrfunc, setattrofunc,
    ssizeargfunc, ssizeobjargproc, ternaryfunc, traverseproc, unaryfunc,
};
#[cfg(not(Py_LIMITED_API))]
use crate::methodobject::PyMethodDef;
#[cfg(not(Py_LIMITED_API))]
use crate::descrobject::{PyGetSetDef, PyMemberDef};

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
extern "C" {
    /// Address of a thread-local variable: `_Py_ThreadId` where no register holds the
    /// thread pointer.
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
    pub fn _Py_GetThreadLocal_Addr() -> usize;
}

/// The current thread's id as free-threaded objects store it in `ob_tid`: the thread
/// pointer register, read as the header does for each platform.
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub unsafe fn _Py_ThreadId() -> usize {
    let tid: usize;
    // `nomem`, as the header's asm names no memory: the value is fixed for the thread,
    // so the compiler may reuse it. x86_64 Linux and BSD use FS; macOS uses GS; Windows
    // reads the TEB at gs:[48].
    #[cfg(all(target_arch = "x86_64", not(target_vendor = "apple"), not(windows)))]
    core::arch::asm!("mov {}, qword ptr fs:[0]", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(all(target_arch = "x86_64", target_vendor = "apple"))]
    core::arch::asm!("mov {}, qword ptr gs:[0]", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(all(target_arch = "x86_64", windows))]
    core::arch::asm!("mov {}, qword ptr gs:[48]", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    // 32-bit x86 uses GS, except Windows (fs:[24]).
    #[cfg(all(target_arch = "x86", not(windows)))]
    core::arch::asm!("mov {}, dword ptr gs:[0]", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(all(target_arch = "x86", windows))]
    core::arch::asm!("mov {}, dword ptr fs:[24]", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(all(target_arch = "aarch64", target_vendor = "apple"))]
    core::arch::asm!("mrs {}, tpidrro_el0", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    // x18 points to the TEB on Windows.
    #[cfg(all(target_arch = "aarch64", windows))]
    core::arch::asm!("mov {}, x18", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(all(target_arch = "aarch64", not(target_vendor = "apple"), not(windows)))]
    core::arch::asm!("mrs {}, tpidr_el0", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    #[cfg(any(target_arch = "riscv32", target_arch = "riscv64"))]
    core::arch::asm!("mv {}, tp", out(reg) tid, options(nostack, nomem, pure, preserves_flags));
    // The header reads r13/r2 on PowerPC and uses a builtin on s390x; Rust's inline
    // assembly is unstable there, so those take the header's portable fallback.
    #[cfg(not(any(
        target_arch = "x86_64",
        target_arch = "x86",
        target_arch = "aarch64",
        target_arch = "riscv32",
        target_arch = "riscv64"
    )))]
    {
        tid = _Py_GetThreadLocal_Addr();
    }
    tid
}

/// Whether the current thread owns `ob` (free-threaded builds).
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub unsafe fn _Py_IsOwnedByCurrentThread(ob: *mut PyObject) -> core::ffi::c_int {
    ((*ob).ob_tid == _Py_ThreadId()) as core::ffi::c_int
}

/// The member array that follows a heap type's `PyHeapTypeObject` (3.7–3.10, and PyPy's
/// cpyext_object.h).
#[cfg(all(any(not(Py_3_11), PyPy), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/object.h).
pub unsafe fn PyHeapType_GET_MEMBERS(etype: *mut PyHeapTypeObject) -> *mut PyMemberDef {
    etype
        .cast::<u8>()
        .offset((*Py_TYPE(etype.cast())).tp_basicsize)
        .cast()
}

/// `Py_SETREF(dst, src)`: stores `src` in `*dst`, then `Py_DECREF`s the old value, so
/// that code the old object's teardown runs never sees it through `*dst`.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_SETREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_SETREF) (docs: added 3.6; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_SETREF(dst: *mut *mut crate::object::PyObject, src: *mut crate::object::PyObject) {
    let old = *dst;
    *dst = src;
    crate::refcount::Py_DECREF(old);
}

/// `Py_XSETREF(dst, src)`: `Py_SETREF` with `Py_XDECREF`, for an old value that may be NULL.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_XSETREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XSETREF) (docs: added 3.6; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_XSETREF(
    dst: *mut *mut crate::object::PyObject,
    src: *mut crate::object::PyObject,
) {
    let old = *dst;
    *dst = src;
    crate::refcount::Py_XDECREF(old);
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`PyBUF_MAX_NDIM`](https://docs.python.org/3/c-api/buffer.html#c.PyBUF_MAX_NDIM). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.11.
pub const PyBUF_MAX_NDIM: c_int = 64;
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: [`PyNumberMethods`](https://docs.python.org/3/c-api/typeobj.html#c.PyNumberMethods). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyNumberMethods {
    pub nb_add: Option<binaryfunc>,
    pub nb_subtract: Option<binaryfunc>,
    pub nb_multiply: Option<binaryfunc>,
    pub nb_remainder: Option<binaryfunc>,
    pub nb_divmod: Option<binaryfunc>,
    pub nb_power: Option<ternaryfunc>,
    pub nb_negative: Option<unaryfunc>,
    pub nb_positive: Option<unaryfunc>,
    pub nb_absolute: Option<unaryfunc>,
    pub nb_bool: Option<inquiry>,
    pub nb_invert: Option<unaryfunc>,
    pub nb_lshift: Option<binaryfunc>,
    pub nb_rshift: Option<binaryfunc>,
    pub nb_and: Option<binaryfunc>,
    pub nb_xor: Option<binaryfunc>,
    pub nb_or: Option<binaryfunc>,
    pub nb_int: Option<unaryfunc>,
    pub nb_reserved: *mut c_void,
    pub nb_float: Option<unaryfunc>,
    pub nb_inplace_add: Option<binaryfunc>,
    pub nb_inplace_subtract: Option<binaryfunc>,
    pub nb_inplace_multiply: Option<binaryfunc>,
    pub nb_inplace_remainder: Option<binaryfunc>,
    pub nb_inplace_power: Option<ternaryfunc>,
    pub nb_inplace_lshift: Option<binaryfunc>,
    pub nb_inplace_rshift: Option<binaryfunc>,
    pub nb_inplace_and: Option<binaryfunc>,
    pub nb_inplace_xor: Option<binaryfunc>,
    pub nb_inplace_or: Option<binaryfunc>,
    pub nb_floor_divide: Option<binaryfunc>,
    pub nb_true_divide: Option<binaryfunc>,
    pub nb_inplace_floor_divide: Option<binaryfunc>,
    pub nb_inplace_true_divide: Option<binaryfunc>,
    pub nb_index: Option<unaryfunc>,
    pub nb_matrix_multiply: Option<binaryfunc>,
    pub nb_inplace_matrix_multiply: Option<binaryfunc>,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: [`PySequenceMethods`](https://docs.python.org/3/c-api/typeobj.html#c.PySequenceMethods). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PySequenceMethods {
    pub sq_length: Option<lenfunc>,
    pub sq_concat: Option<binaryfunc>,
    pub sq_repeat: Option<ssizeargfunc>,
    pub sq_item: Option<ssizeargfunc>,
    pub was_sq_slice: *mut c_void,
    pub sq_ass_item: Option<ssizeobjargproc>,
    pub was_sq_ass_slice: *mut c_void,
    pub sq_contains: Option<objobjproc>,
    pub sq_inplace_concat: Option<binaryfunc>,
    pub sq_inplace_repeat: Option<ssizeargfunc>,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone, Default)]
/// C API: [`PyMappingMethods`](https://docs.python.org/3/c-api/typeobj.html#c.PyMappingMethods). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyMappingMethods {
    pub mp_length: Option<lenfunc>,
    pub mp_subscript: Option<binaryfunc>,
    pub mp_ass_subscript: Option<objobjargproc>,
}
#[cfg(all(Py_3_10, not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`sendfunc`](https://docs.python.org/3/c-api/typeobj.html#c.sendfunc). In the headers from 3.10. Not in the limited API.
pub type sendfunc = unsafe extern "C" fn(
    iter: *mut PyObject,
    value: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult;
#[cfg(all(Py_3_11, PyPy))]
/// pyo3-ffi's spelling, the same ABI; the headers' type (return): `::core::ffi::c_int`.
///
/// C API: [`sendfunc`](https://docs.python.org/3/c-api/typeobj.html#c.sendfunc). In the headers from 3.10. Not in the limited API.
pub type sendfunc = unsafe extern "C" fn(
    iter: *mut PyObject,
    value: *mut PyObject,
    result: *mut *mut PyObject,
) -> PySendResult;
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone, Default)]
/// C API: [`PyAsyncMethods`](https://docs.python.org/3/c-api/typeobj.html#c.PyAsyncMethods). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyAsyncMethods {
    pub am_await: Option<unaryfunc>,
    pub am_aiter: Option<unaryfunc>,
    pub am_anext: Option<unaryfunc>,
    #[cfg(Py_3_10)]
    pub am_send: Option<sendfunc>,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone, Default)]
/// C API: [`PyBufferProcs`](https://docs.python.org/3/c-api/typeobj.html#c.PyBufferProcs). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyBufferProcs {
    pub bf_getbuffer: Option<getbufferproc>,
    pub bf_releasebuffer: Option<releasebufferproc>,
}
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub type printfunc = Py_ssize_t;
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyTypeObject`](https://docs.python.org/3/c-api/type.html#c.PyTypeObject). In the headers from 3.7 (the oldest pyffi supports). Stable ABI since 3.2, as an opaque type.
pub struct PyTypeObject {
    pub ob_base: PyVarObject,
    pub tp_name: *const c_char,
    pub tp_basicsize: Py_ssize_t,
    pub tp_itemsize: Py_ssize_t,
    pub tp_dealloc: Option<destructor>,
    #[cfg(Py_3_8)]
    pub tp_vectorcall_offset: Py_ssize_t,
    #[cfg(not(Py_3_8))]
    pub tp_print: Option<printfunc>,
    pub tp_getattr: Option<getattrfunc>,
    pub tp_setattr: Option<setattrfunc>,
    pub tp_as_async: *mut PyAsyncMethods,
    pub tp_repr: Option<reprfunc>,
    pub tp_as_number: *mut PyNumberMethods,
    pub tp_as_sequence: *mut PySequenceMethods,
    pub tp_as_mapping: *mut PyMappingMethods,
    pub tp_hash: Option<hashfunc>,
    pub tp_call: Option<ternaryfunc>,
    pub tp_str: Option<reprfunc>,
    pub tp_getattro: Option<getattrofunc>,
    pub tp_setattro: Option<setattrofunc>,
    pub tp_as_buffer: *mut PyBufferProcs,
    #[cfg(not(Py_GIL_DISABLED))]
    pub tp_flags: c_ulong,
    /// pyo3-ffi's spelling, the same ABI; the headers' type (field tp_flags): `::core::ffi::c_ulong`.
    #[cfg(Py_GIL_DISABLED)]
    pub tp_flags: AtomicCULong,
    pub tp_doc: *const c_char,
    pub tp_traverse: Option<traverseproc>,
    pub tp_clear: Option<inquiry>,
    pub tp_richcompare: Option<richcmpfunc>,
    pub tp_weaklistoffset: Py_ssize_t,
    pub tp_iter: Option<getiterfunc>,
    pub tp_iternext: Option<iternextfunc>,
    pub tp_methods: *mut PyMethodDef,
    pub tp_members: *mut PyMemberDef,
    pub tp_getset: *mut PyGetSetDef,
    pub tp_base: *mut PyTypeObject,
    pub tp_dict: *mut PyObject,
    pub tp_descr_get: Option<descrgetfunc>,
    pub tp_descr_set: Option<descrsetfunc>,
    pub tp_dictoffset: Py_ssize_t,
    pub tp_init: Option<initproc>,
    pub tp_alloc: Option<allocfunc>,
    pub tp_new: Option<newfunc>,
    pub tp_free: Option<freefunc>,
    pub tp_is_gc: Option<inquiry>,
    pub tp_bases: *mut PyObject,
    pub tp_mro: *mut PyObject,
    pub tp_cache: *mut PyObject,
    /// pyo3-ffi's spelling, the same ABI; the headers' type (field tp_subclasses): `*mut ::core::ffi::c_void`.
    #[cfg(Py_3_12)]
    pub tp_subclasses: *mut PyObject,
    #[cfg(not(Py_3_12))]
    pub tp_subclasses: *mut PyObject,
    pub tp_weaklist: *mut PyObject,
    pub tp_del: Option<destructor>,
    pub tp_version_tag: c_uint,
    pub tp_finalize: Option<destructor>,
    #[cfg(Py_3_8)]
    pub tp_vectorcall: Option<vectorcallfunc>,
    #[cfg(Py_3_12)]
    pub tp_watched: c_uchar,
    #[cfg(Py_3_13)]
    pub tp_versions_used: u16,
    #[cfg(Py_3_15)]
    pub _tp_iteritem: Option<_Py_iteritemfunc>,
    #[cfg(all(Py_3_8, not(Py_3_9)))]
    pub tp_print: Option<
        unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut ::libc::FILE, arg3: c_int) -> c_int,
    >,
    #[cfg(all(not(Py_3_11), PyPy))]
    pub tp_print: printfunc,
    #[cfg(all(not(Py_3_11), PyPy))]
    pub tp_pypy_flags: c_long,
}
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub struct _specialization_cache {
    pub getitem: *mut PyObject,
    #[cfg(Py_3_12)]
    pub getitem_version: u32,
    #[cfg(Py_3_13)]
    pub init: *mut PyObject,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub struct PyHeapTypeObject {
    pub ht_type: PyTypeObject,
    pub as_async: PyAsyncMethods,
    pub as_number: PyNumberMethods,
    pub as_mapping: PyMappingMethods,
    pub as_sequence: PySequenceMethods,
    pub as_buffer: PyBufferProcs,
    pub ht_name: *mut PyObject,
    pub ht_slots: *mut PyObject,
    pub ht_qualname: *mut PyObject,
    /// pyo3-ffi's spelling, the same ABI; the headers' type (field ht_cached_keys): `*mut PyDictKeysObject`.
    #[cfg(not(PyPy))]
    pub ht_cached_keys: *mut c_void,
    #[cfg(Py_3_9)]
    pub ht_module: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub _ht_tpname: *mut c_char,
    #[cfg(Py_3_14)]
    pub ht_token: *mut c_void,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub _spec_cache: _specialization_cache,
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    pub unique_id: Py_ssize_t,
}
pypy_prefixed! {
    extern "C" {
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        /// C API: [`PyType_GetDict`](https://docs.python.org/3/c-api/type.html#c.PyType_GetDict) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
        pub fn PyType_GetDict(type_: *mut PyTypeObject) -> *mut PyObject;
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyObject_Print`](https://docs.python.org/3/c-api/object.html#c.PyObject_Print). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyObject_Print(
            o: *mut PyObject,
            fp: *mut ::libc::FILE,
            flags: c_int,
        ) -> c_int;
        #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_Dump`](https://docs.python.org/3/c-api/object.html#c.PyObject_Dump) (docs: added 3.15). In the headers from 3.15. Not in the limited API.
        pub fn PyObject_Dump(op: *mut PyObject);
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyObject_CallFinalizer`](https://docs.python.org/3/c-api/lifecycle.html#c.PyObject_CallFinalizer) (docs: added 3.4). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyObject_CallFinalizer(op: *mut PyObject);
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        /// C API: [`PyUnstable_Object_ClearWeakRefsNoCallbacks`](https://docs.python.org/3/c-api/weakref.html#c.PyUnstable_Object_ClearWeakRefsNoCallbacks) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
        pub fn PyUnstable_Object_ClearWeakRefsNoCallbacks(object: *mut PyObject);
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_GetItemData`](https://docs.python.org/3/c-api/object.html#c.PyObject_GetItemData) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
        pub fn PyObject_GetItemData(obj: *mut PyObject) -> *mut c_void;
        #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_GetItemData_DuringGC`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GetItemData_DuringGC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
        pub fn PyObject_GetItemData_DuringGC(obj: *mut PyObject) -> *mut c_void;
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_VisitManagedDict`](https://docs.python.org/3/c-api/object.html#c.PyObject_VisitManagedDict) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
        pub fn PyObject_VisitManagedDict(
            obj: *mut PyObject,
            visit: Option<visitproc>,
            arg: *mut c_void,
        ) -> c_int;
        #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_ClearManagedDict`](https://docs.python.org/3/c-api/object.html#c.PyObject_ClearManagedDict) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
        pub fn PyObject_ClearManagedDict(obj: *mut PyObject);
    }
}
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: [`PyType_WatchCallback`](https://docs.python.org/3/c-api/type.html#c.PyType_WatchCallback) (docs: added 3.12; changed 3.15). In the headers from 3.12. Not in the limited API.
pub type PyType_WatchCallback = unsafe extern "C" fn(arg1: *mut PyTypeObject) -> c_int;
extern "C" {
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyType_AddWatcher`](https://docs.python.org/3/c-api/type.html#c.PyType_AddWatcher) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyType_AddWatcher(callback: Option<PyType_WatchCallback>) -> c_int;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyType_ClearWatcher`](https://docs.python.org/3/c-api/type.html#c.PyType_ClearWatcher) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyType_ClearWatcher(watcher_id: c_int) -> c_int;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyType_Watch`](https://docs.python.org/3/c-api/type.html#c.PyType_Watch) (docs: added 3.12; changed 3.15). In the headers from 3.12. Not in the limited API.
    pub fn PyType_Watch(watcher_id: c_int, type_: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyType_Unwatch`](https://docs.python.org/3/c-api/type.html#c.PyType_Unwatch) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyType_Unwatch(watcher_id: c_int, type_: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Type_AssignVersionTag`](https://docs.python.org/3/c-api/type.html#c.PyUnstable_Type_AssignVersionTag) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyUnstable_Type_AssignVersionTag(type_: *mut PyTypeObject) -> c_int;
}
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PyRefTracer_CREATE`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer_CREATE). In the headers from 3.13. Not in the limited API.
pub const PyRefTracer_CREATE: PyRefTracerEvent = 0;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PyRefTracer_DESTROY`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer_DESTROY). In the headers from 3.13. Not in the limited API.
pub const PyRefTracer_DESTROY: PyRefTracerEvent = 1;
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
/// C API: [`PyRefTracer_TRACKER_REMOVED`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer_TRACKER_REMOVED) (docs: added 3.14). In the headers from 3.15. Not in the limited API.
pub const PyRefTracer_TRACKER_REMOVED: PyRefTracerEvent = 2;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/object.h).
pub type PyRefTracerEvent = c_uint;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PyRefTracer`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer). In the headers from 3.13. Not in the limited API.
pub type PyRefTracer =
    unsafe extern "C" fn(arg1: *mut PyObject, event: PyRefTracerEvent, arg2: *mut c_void) -> c_int;
extern "C" {
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    /// C API: [`PyRefTracer_SetTracer`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer_SetTracer). In the headers from 3.13. Not in the limited API.
    pub fn PyRefTracer_SetTracer(tracer: Option<PyRefTracer>, data: *mut c_void) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    /// C API: [`PyRefTracer_GetTracer`](https://docs.python.org/3/c-api/profiling.html#c.PyRefTracer_GetTracer). In the headers from 3.13. Not in the limited API.
    pub fn PyRefTracer_GetTracer(data: *mut *mut c_void) -> Option<PyRefTracer>;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Object_EnableDeferredRefcount`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_Object_EnableDeferredRefcount) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_Object_EnableDeferredRefcount(obj: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Object_IsUniqueReferencedTemporary`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_Object_IsUniqueReferencedTemporary) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_Object_IsUniqueReferencedTemporary(obj: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_IsImmortal`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_IsImmortal) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_IsImmortal(obj: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_TryIncRef`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_TryIncRef) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_TryIncRef(obj: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_EnableTryIncRef`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_EnableTryIncRef) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_EnableTryIncRef(obj: *mut PyObject);
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Object_IsUniquelyReferenced`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_Object_IsUniquelyReferenced) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
    pub fn PyUnstable_Object_IsUniquelyReferenced(op: *mut PyObject) -> c_int;
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_SetImmortal`](https://docs.python.org/3/c-api/object.html#c.PyUnstable_SetImmortal) (docs: added 3.15). In the headers from 3.15. Not in the limited API.
    pub fn PyUnstable_SetImmortal(op: *mut PyObject) -> c_int;
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/dictobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/dictobject.h).
pub struct PyDictKeysObject {
    pub _address: u8,
}
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the 3.13 headers only. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/object.h).
pub const Py_TRASHCAN_HEADROOM: c_int = 50;
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/object.h).
pub const TYPE_MAX_WATCHERS: c_int = 8;
#[cfg(all(Py_3_11, not(Py_3_13), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11 to 3.12. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.12/Include/cpython/object.h).
pub type UsingDeprecatedTrashcanMacro = c_int;
#[cfg(any(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)), not(Py_3_9)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/object.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/object.h).
pub const PyTrash_UNWIND_LEVEL: c_int = 50;
