//! Declarations of CPython's `Include/cpython/code.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(Py_3_11, not(Py_3_12), not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_short;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_uint;
#[cfg(all(Py_3_8, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_uchar;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_void;
#[cfg(not(Py_LIMITED_API))]
use core::ffi::{c_char, c_int};
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::pyport::Py_ssize_t;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
use crate::object::PyVarObject;
#[cfg(not(Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::object::PyTypeObject;

type_checks! {
    /// `PyCode_Check`: the type is exactly `code`.
    #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
    PyCode_Check: exact PyCode_Type;
}

// 3.12 renamed the code-object constructors and the extra-slot accessors to
// `PyUnstable_*`, keeping the old names as inline forwarders in the header (libpython
// exports only the new names). pyo3-ffi's old names are `extern "C"` functions, which
// these are; it has the new extra-slot names also before 3.12. The constructors are
// declared under the old names, linked to the new symbols.
extern "C" {
    /// `PyCode_New` (3.12+): the symbol `PyUnstable_Code_New`. The header marks the old
    /// name deprecated for code outside CPython (`_Py_DEPRECATED_EXTERNALLY(3.12)`).
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    #[link_name = "PyUnstable_Code_New"]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
    pub fn PyCode_New(
        argcount: ::core::ffi::c_int,
        kwonlyargcount: ::core::ffi::c_int,
        nlocals: ::core::ffi::c_int,
        stacksize: ::core::ffi::c_int,
        flags: ::core::ffi::c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: ::core::ffi::c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;
    /// `PyCode_NewWithPosOnlyArgs` (3.12+): the symbol `PyUnstable_Code_NewWithPosOnlyArgs`.
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    #[link_name = "PyUnstable_Code_NewWithPosOnlyArgs"]
    ///
    /// C API: [`PyCode_NewWithPosOnlyArgs`](https://docs.python.org/3/c-api/code.html#c.PyCode_NewWithPosOnlyArgs). In the headers from 3.8. Not in the limited API.
    pub fn PyCode_NewWithPosOnlyArgs(
        argcount: ::core::ffi::c_int,
        posonlyargcount: ::core::ffi::c_int,
        kwonlyargcount: ::core::ffi::c_int,
        nlocals: ::core::ffi::c_int,
        stacksize: ::core::ffi::c_int,
        flags: ::core::ffi::c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: ::core::ffi::c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;
}

/// `_PyCode_GetExtra` (3.12+): forwards to `PyUnstable_Code_GetExtra`.
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
#[deprecated(note = "renamed PyUnstable_Code_GetExtra in Python 3.12")]
#[inline]
///
/// C API: [`_PyCode_GetExtra`](https://docs.python.org/3/c-api/code.html#c._PyCode_GetExtra). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe extern "C" fn _PyCode_GetExtra(
    code: *mut PyObject,
    index: Py_ssize_t,
    extra: *mut *mut ::core::ffi::c_void,
) -> ::core::ffi::c_int {
    PyUnstable_Code_GetExtra(code, index, extra)
}

/// `_PyCode_SetExtra` (3.12+): forwards to `PyUnstable_Code_SetExtra`.
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
#[deprecated(note = "renamed PyUnstable_Code_SetExtra in Python 3.12")]
#[inline]
///
/// C API: [`_PyCode_SetExtra`](https://docs.python.org/3/c-api/code.html#c._PyCode_SetExtra). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe extern "C" fn _PyCode_SetExtra(
    code: *mut PyObject,
    index: Py_ssize_t,
    extra: *mut ::core::ffi::c_void,
) -> ::core::ffi::c_int {
    PyUnstable_Code_SetExtra(code, index, extra)
}

// Before 3.12 the new names are the old symbols.
extern "C" {
    #[cfg(all(not(Py_3_12), not(Py_LIMITED_API), not(PyPy)))]
    #[link_name = "_PyCode_GetExtra"]
    /// C API: [`PyUnstable_Code_GetExtra`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_GetExtra) (docs: added 3.6; changed 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyUnstable_Code_GetExtra(
        code: *mut PyObject,
        index: Py_ssize_t,
        extra: *mut *mut ::core::ffi::c_void,
    ) -> ::core::ffi::c_int;
    #[cfg(all(not(Py_3_12), not(Py_LIMITED_API), not(PyPy)))]
    #[link_name = "_PyCode_SetExtra"]
    /// C API: [`PyUnstable_Code_SetExtra`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_SetExtra) (docs: added 3.6; changed 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyUnstable_Code_SetExtra(
        code: *mut PyObject,
        index: Py_ssize_t,
        extra: *mut ::core::ffi::c_void,
    ) -> ::core::ffi::c_int;
}

/// `PyCode_GetNumFree(op)`: `op->co_nfreevars` (3.11+; 3.11's macro yields the `int`
/// field, widened here as 3.12's function returns it), before 3.11
/// `PyTuple_GET_SIZE(op->co_freevars)`.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyCode_GetNumFree`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetNumFree). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyCode_GetNumFree(op: *mut PyCodeObject) -> Py_ssize_t {
    #[cfg(Py_3_11)]
    return (*op).co_nfreevars as Py_ssize_t;
    #[cfg(not(Py_3_11))]
    return crate::PyTuple_GET_SIZE((*op).co_freevars);
}

/// `PyUnstable_Code_GetFirstFree(op)`: `op->co_nlocalsplus - op->co_nfreevars` (3.13+).
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyUnstable_Code_GetFirstFree`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_GetFirstFree) (docs: changed 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyUnstable_Code_GetFirstFree(op: *mut PyCodeObject) -> c_int {
    (*op).co_nlocalsplus - (*op).co_nfreevars
}

/// `PyCode_GetFirstFree(op)`: `op->co_nlocalsplus - op->co_nfreevars` (3.12+; deprecated
/// in 3.13 for `PyUnstable_Code_GetFirstFree`).
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
#[cfg_attr(
    Py_3_13,
    deprecated(note = "C deprecates it in 3.13: use PyUnstable_Code_GetFirstFree")
)]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub unsafe fn PyCode_GetFirstFree(op: *mut PyCodeObject) -> c_int {
    (*op).co_nlocalsplus - (*op).co_nfreevars
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_OPTIMIZED`](https://docs.python.org/3/c-api/code.html#c.CO_OPTIMIZED). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_OPTIMIZED: c_int = 1;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_NEWLOCALS`](https://docs.python.org/3/c-api/code.html#c.CO_NEWLOCALS). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_NEWLOCALS: c_int = 2;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_VARARGS`](https://docs.python.org/3/c-api/code.html#c.CO_VARARGS). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_VARARGS: c_int = 4;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_VARKEYWORDS`](https://docs.python.org/3/c-api/code.html#c.CO_VARKEYWORDS). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_VARKEYWORDS: c_int = 8;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_NESTED`](https://docs.python.org/3/c-api/code.html#c.CO_NESTED). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_NESTED: c_int = 16;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_GENERATOR`](https://docs.python.org/3/c-api/code.html#c.CO_GENERATOR). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_GENERATOR: c_int = 32;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_COROUTINE`](https://docs.python.org/3/c-api/code.html#c.CO_COROUTINE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_COROUTINE: c_int = 128;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`CO_ITERABLE_COROUTINE`](https://docs.python.org/3/c-api/code.html#c.CO_ITERABLE_COROUTINE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_ITERABLE_COROUTINE: c_int = 256;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`CO_ASYNC_GENERATOR`](https://docs.python.org/3/c-api/code.html#c.CO_ASYNC_GENERATOR). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_ASYNC_GENERATOR: c_int = 512;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: [`CO_FUTURE_DIVISION`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_DIVISION). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_DIVISION: c_int = 131072;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: [`CO_FUTURE_ABSOLUTE_IMPORT`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_ABSOLUTE_IMPORT). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_ABSOLUTE_IMPORT: c_int = 262144;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: [`CO_FUTURE_WITH_STATEMENT`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_WITH_STATEMENT). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_WITH_STATEMENT: c_int = 524288;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: [`CO_FUTURE_PRINT_FUNCTION`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_PRINT_FUNCTION). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_PRINT_FUNCTION: c_int = 1048576;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
/// C API: [`CO_FUTURE_UNICODE_LITERALS`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_UNICODE_LITERALS). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_UNICODE_LITERALS: c_int = 2097152;
#[cfg(all(Py_3_8, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const CO_FUTURE_BARRY_AS_BDFL: c_int = 4194304;
#[cfg(all(Py_3_8, not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`CO_FUTURE_GENERATOR_STOP`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_GENERATOR_STOP). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_GENERATOR_STOP: c_int = 8388608;
#[cfg(all(Py_3_8, not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`CO_FUTURE_ANNOTATIONS`](https://docs.python.org/3/c-api/code.html#c.CO_FUTURE_ANNOTATIONS). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const CO_FUTURE_ANNOTATIONS: c_int = 16777216;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const CO_NO_MONITORING_EVENTS: c_int = 33554432;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`CO_HAS_DOCSTRING`](https://docs.python.org/3/c-api/code.html#c.CO_HAS_DOCSTRING). In the headers from 3.14. Not in the limited API.
pub const CO_HAS_DOCSTRING: c_int = 67108864;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`CO_METHOD`](https://docs.python.org/3/c-api/code.html#c.CO_METHOD). In the headers from 3.14. Not in the limited API.
pub const CO_METHOD: c_int = 134217728;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const CO_MAXBLOCKS: usize = 21;
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const CO_MAXBLOCKS: usize = 20;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub struct _PyCoCached {
    pub _co_code: *mut PyObject,
    pub _co_varnames: *mut PyObject,
    pub _co_cellvars: *mut PyObject,
    pub _co_freevars: *mut PyObject,
}
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub struct _PyExecutorArray {
    pub size: c_int,
    pub capacity: c_int,
    pub executors: [*mut _PyExecutorObject; 1usize],
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
/// C API: [`PyCodeObject`](https://docs.python.org/3/c-api/code.html#c.PyCodeObject). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.9 (no stable-ABI symbol).
pub struct PyCodeObject {
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub ob_base: PyVarObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_consts: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_names: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_exceptiontable: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_flags: c_int,
    #[cfg(all(Py_3_11, not(Py_3_12), not(PyPy)))]
    pub co_warmup: c_short,
    #[cfg(all(Py_3_11, not(Py_3_12), not(PyPy)))]
    pub _co_linearray_entry_size: c_short,
    #[cfg(any(not(Py_3_11), PyPy))]
    pub ob_base: PyObject,
    #[cfg(PyPy)]
    pub co_name: *mut PyObject,
    #[cfg(PyPy)]
    pub co_filename: *mut PyObject,
    pub co_argcount: c_int,
    #[cfg(all(Py_3_8, not(PyPy)))]
    pub co_posonlyargcount: c_int,
    #[cfg(not(PyPy))]
    pub co_kwonlyargcount: c_int,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_nlocals: c_int,
    #[cfg(not(PyPy))]
    pub co_stacksize: c_int,
    #[cfg(any(not(Py_3_11), PyPy))]
    pub co_flags: c_int,
    #[cfg(not(PyPy))]
    pub co_firstlineno: c_int,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_nlocalsplus: c_int,
    #[cfg(Py_3_12)]
    pub co_framesize: c_int,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_nlocals: c_int,
    #[cfg(all(Py_3_11, not(Py_3_12), not(PyPy)))]
    pub co_nplaincellvars: c_int,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_ncellvars: c_int,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_nfreevars: c_int,
    #[cfg(Py_3_12)]
    pub co_version: u32,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_localsplusnames: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_localspluskinds: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_code: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_consts: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_names: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_varnames: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_freevars: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_cellvars: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_cell2arg: *mut Py_ssize_t,
    #[cfg(not(PyPy))]
    pub co_filename: *mut PyObject,
    #[cfg(not(PyPy))]
    pub co_name: *mut PyObject,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_qualname: *mut PyObject,
    #[cfg(all(Py_3_10, not(PyPy)))]
    pub co_linetable: *mut PyObject,
    #[cfg(all(not(Py_3_10), not(PyPy)))]
    pub co_lnotab: *mut PyObject,
    #[cfg(all(not(Py_3_11), not(PyPy)))]
    pub co_zombieframe: *mut c_void,
    #[cfg(not(PyPy))]
    pub co_weakreflist: *mut PyObject,
    #[cfg(Py_3_13)]
    pub co_executors: *mut _PyExecutorArray,
    #[cfg(Py_3_12)]
    pub _co_cached: *mut _PyCoCached,
    #[cfg(Py_3_13)]
    pub _co_instrumentation_version: usize,
    #[cfg(all(Py_3_12, not(Py_3_13)))]
    pub _co_instrumentation_version: u64,
    #[cfg(Py_3_12)]
    pub _co_monitoring: *mut _PyCoMonitoringData,
    #[cfg(Py_3_14)]
    pub _co_unique_id: Py_ssize_t,
    #[cfg(all(Py_3_11, not(Py_3_12), not(PyPy)))]
    pub _co_code: *mut PyObject,
    #[cfg(all(Py_3_11, not(Py_3_12), not(PyPy)))]
    pub _co_linearray: *mut c_char,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub _co_firsttraceable: c_int,
    #[cfg(not(PyPy))]
    pub co_extra: *mut c_void,
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    pub co_tlbc: *mut _PyCodeArray,
    #[cfg(all(Py_3_11, not(PyPy)))]
    pub co_code_adaptive: [c_char; 1usize],
    #[cfg(all(Py_3_8, not(Py_3_11), not(PyPy)))]
    pub co_opcache_map: *mut c_uchar,
    #[cfg(all(Py_3_8, not(Py_3_11), not(PyPy)))]
    pub co_opcache: *mut _PyOpcache,
    #[cfg(all(Py_3_8, not(Py_3_11), not(PyPy)))]
    pub co_opcache_flag: c_int,
    #[cfg(all(Py_3_8, not(Py_3_11), not(PyPy)))]
    pub co_opcache_size: c_uchar,
}
extern "C" {
    #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
    /// C API: [`PyCode_Type`](https://docs.python.org/3/c-api/code.html#c.PyCode_Type). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub static mut PyCode_Type: PyTypeObject;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Code_New`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_New) (docs: changed 3.11, 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyUnstable_Code_New(
        argcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyUnstable_Code_NewWithPosOnlyArgs`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_NewWithPosOnlyArgs) (docs: added 3.8; changed 3.11, 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyUnstable_Code_NewWithPosOnlyArgs(
        argcount: c_int,
        posonlyargcount: c_int,
        kwonlyargcount: c_int,
        nlocals: c_int,
        stacksize: c_int,
        flags: c_int,
        code: *mut PyObject,
        consts: *mut PyObject,
        names: *mut PyObject,
        varnames: *mut PyObject,
        freevars: *mut PyObject,
        cellvars: *mut PyObject,
        filename: *mut PyObject,
        name: *mut PyObject,
        qualname: *mut PyObject,
        firstlineno: c_int,
        linetable: *mut PyObject,
        exceptiontable: *mut PyObject,
    ) -> *mut PyCodeObject;
}
pypy_prefixed! {
    extern "C" {
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyCode_NewEmpty`](https://docs.python.org/3/c-api/code.html#c.PyCode_NewEmpty). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyCode_NewEmpty(
            filename: *const c_char,
            funcname: *const c_char,
            firstlineno: c_int,
        ) -> *mut PyCodeObject;
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyCode_Addr2Line`](https://docs.python.org/3/c-api/code.html#c.PyCode_Addr2Line). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyCode_Addr2Line(co: *mut PyCodeObject, byte_offset: c_int) -> c_int;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyCode_Addr2Location`](https://docs.python.org/3/c-api/code.html#c.PyCode_Addr2Location) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
        pub fn PyCode_Addr2Location(
            co: *mut PyCodeObject,
            byte_offset: c_int,
            start_line: *mut c_int,
            start_column: *mut c_int,
            end_line: *mut c_int,
            end_column: *mut c_int,
        ) -> c_int;
    }
}
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_EVENT_CREATE: PyCodeEvent = 0;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_EVENT_DESTROY: PyCodeEvent = 1;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: [`PyCodeEvent`](https://docs.python.org/3/c-api/code.html#c.PyCodeEvent) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
pub type PyCodeEvent = c_uint;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: [`PyCode_WatchCallback`](https://docs.python.org/3/c-api/code.html#c.PyCode_WatchCallback) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
pub type PyCode_WatchCallback =
    unsafe extern "C" fn(event: PyCodeEvent, co: *mut PyCodeObject) -> c_int;
extern "C" {
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyCode_AddWatcher`](https://docs.python.org/3/c-api/code.html#c.PyCode_AddWatcher) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyCode_AddWatcher(callback: Option<PyCode_WatchCallback>) -> c_int;
    #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
    /// C API: [`PyCode_ClearWatcher`](https://docs.python.org/3/c-api/code.html#c.PyCode_ClearWatcher) (docs: added 3.12). In the headers from 3.12. Not in the limited API.
    pub fn PyCode_ClearWatcher(watcher_id: c_int) -> c_int;
}
#[cfg(all(Py_3_10, not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub struct _opaque {
    pub computed_line: c_int,
    #[cfg(Py_3_11)]
    pub lo_next: *const u8,
    #[cfg(Py_3_11)]
    pub limit: *const u8,
    #[cfg(not(Py_3_11))]
    pub lo_next: *const c_char,
    #[cfg(not(Py_3_11))]
    pub limit: *const c_char,
}
#[cfg(all(Py_3_10, not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub struct PyCodeAddressRange {
    pub ar_start: c_int,
    pub ar_end: c_int,
    pub ar_line: c_int,
    pub opaque: _opaque,
}
pypy_prefixed! {
    extern "C" {
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyCode_Optimize`](https://docs.python.org/3/c-api/code.html#c.PyCode_Optimize) (docs: changed 3.10). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyCode_Optimize(
            code: *mut PyObject,
            consts: *mut PyObject,
            names: *mut PyObject,
            lnotab: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        /// C API: [`PyUnstable_Code_GetExtra`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_GetExtra) (docs: added 3.6; changed 3.12). In the headers from 3.12. Not in the limited API.
        pub fn PyUnstable_Code_GetExtra(
            code: *mut PyObject,
            index: Py_ssize_t,
            extra: *mut *mut c_void,
        ) -> c_int;
        #[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
        /// C API: [`PyUnstable_Code_SetExtra`](https://docs.python.org/3/c-api/code.html#c.PyUnstable_Code_SetExtra) (docs: added 3.6; changed 3.12). In the headers from 3.12. Not in the limited API.
        pub fn PyUnstable_Code_SetExtra(
            code: *mut PyObject,
            index: Py_ssize_t,
            extra: *mut c_void,
        ) -> c_int;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
        /// C API: [`PyCode_GetCode`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetCode) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
        pub fn PyCode_GetCode(code: *mut PyCodeObject) -> *mut PyObject;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
        /// C API: [`PyCode_GetVarnames`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetVarnames) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
        pub fn PyCode_GetVarnames(code: *mut PyCodeObject) -> *mut PyObject;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
        /// C API: [`PyCode_GetCellvars`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetCellvars) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
        pub fn PyCode_GetCellvars(code: *mut PyCodeObject) -> *mut PyObject;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
        /// C API: [`PyCode_GetFreevars`](https://docs.python.org/3/c-api/code.html#c.PyCode_GetFreevars) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
        pub fn PyCode_GetFreevars(code: *mut PyCodeObject) -> *mut PyObject;
    }
}
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_SHORT0: _PyCodeLocationInfoKind = 0;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_ONE_LINE0: _PyCodeLocationInfoKind = 10;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_ONE_LINE1: _PyCodeLocationInfoKind = 11;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_ONE_LINE2: _PyCodeLocationInfoKind = 12;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_NO_COLUMNS: _PyCodeLocationInfoKind = 13;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_LONG: _PyCodeLocationInfoKind = 14;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub const PY_CODE_LOCATION_INFO_NONE: _PyCodeLocationInfoKind = 15;
#[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub type _PyCodeLocationInfoKind = c_uint;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub struct _PyExecutorObject {
    pub _address: u8,
}
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// Opaque in these configurations: their headers declare it without fields.
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/code.h).
pub struct _PyCoMonitoringData {
    pub _address: u8,
}
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/code.h).
pub struct _PyCoMonitoringData {
    pub local_monitors: _Py_LocalMonitors,
    pub active_monitors: _Py_LocalMonitors,
    pub tools: *mut u8,
    pub lines: *mut _PyCoLineInstrumentationData,
    pub line_tools: *mut u8,
    pub per_instruction_opcodes: *mut u8,
    pub per_instruction_tools: *mut u8,
}
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/code.h).
pub struct _Py_LocalMonitors {
    #[cfg(Py_3_13)]
    pub tools: [u8; 10usize],
    #[cfg(not(Py_3_13))]
    pub tools: [u8; 15usize],
}
#[cfg(all(Py_3_12, not(Py_3_14), not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12 to 3.13. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.13/Include/cpython/code.h).
pub struct _PyCoLineInstrumentationData {
    pub original_opcode: u8,
    pub line_delta: i8,
}
pypy_prefixed! {
    extern "C" {
        #[cfg(
            any(
                all(not(Py_3_12), not(Py_LIMITED_API), not(PyPy)),
                all(not(Py_3_11), not(Py_LIMITED_API))
            )
        )]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
        pub fn PyCode_New(
            argcount: c_int,
            kwonlyargcount: c_int,
            nlocals: c_int,
            stacksize: c_int,
            flags: c_int,
            code: *mut PyObject,
            consts: *mut PyObject,
            names: *mut PyObject,
            varnames: *mut PyObject,
            freevars: *mut PyObject,
            cellvars: *mut PyObject,
            filename: *mut PyObject,
            name: *mut PyObject,
            #[cfg(Py_3_11)]
            qualname: *mut PyObject,
            firstlineno: c_int,
            #[cfg(Py_3_11)]
            linetable: *mut PyObject,
            #[cfg(Py_3_11)]
            exceptiontable: *mut PyObject,
            #[cfg(not(Py_3_11))]
            lnotab: *mut PyObject,
        ) -> *mut PyCodeObject;
        #[cfg(all(Py_3_11, PyPy))]
        /// pyo3-ffi's spelling, the same ABI; the headers' type (return): `*mut PyObject`.
        ///
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
        pub fn PyCode_New(
            arg0: c_int,
            arg1: c_int,
            arg2: c_int,
            arg3: c_int,
            arg4: c_int,
            arg5: *mut PyObject,
            arg6: *mut PyObject,
            arg7: *mut PyObject,
            arg8: *mut PyObject,
            arg9: *mut PyObject,
            arg10: *mut PyObject,
            arg11: *mut PyObject,
            arg12: *mut PyObject,
            arg13: *mut PyObject,
            arg14: c_int,
            arg15: *mut PyObject,
        ) -> *mut PyCodeObject;
        #[cfg(
            any(
                all(Py_3_8, not(Py_3_12), not(Py_LIMITED_API), not(PyPy)),
                all(Py_3_11, PyPy)
            )
        )]
        /// C API: [`PyCode_NewWithPosOnlyArgs`](https://docs.python.org/3/c-api/code.html#c.PyCode_NewWithPosOnlyArgs). In the headers from 3.8. Not in the limited API.
        pub fn PyCode_NewWithPosOnlyArgs(
            argcount: c_int,
            posonlyargcount: c_int,
            kwonlyargcount: c_int,
            nlocals: c_int,
            stacksize: c_int,
            flags: c_int,
            code: *mut PyObject,
            consts: *mut PyObject,
            names: *mut PyObject,
            varnames: *mut PyObject,
            freevars: *mut PyObject,
            cellvars: *mut PyObject,
            filename: *mut PyObject,
            name: *mut PyObject,
            #[cfg(Py_3_11)]
            qualname: *mut PyObject,
            firstlineno: c_int,
            #[cfg(Py_3_11)]
            linetable: *mut PyObject,
            #[cfg(Py_3_11)]
            exceptiontable: *mut PyObject,
            #[cfg(not(Py_3_11))]
            lnotab: *mut PyObject,
        ) -> *mut PyCodeObject;
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`_PyCode_GetExtra`](https://docs.python.org/3/c-api/code.html#c._PyCode_GetExtra). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn _PyCode_GetExtra(
            code: *mut PyObject,
            index: Py_ssize_t,
            extra: *mut *mut c_void,
        ) -> c_int;
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`_PyCode_SetExtra`](https://docs.python.org/3/c-api/code.html#c._PyCode_SetExtra). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn _PyCode_SetExtra(
            code: *mut PyObject,
            index: Py_ssize_t,
            extra: *mut c_void,
        ) -> c_int;
    }
}
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/code.h).
pub const CO_NOFREE: c_int = 64;
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/code.h).
pub const CO_CELL_NOT_AN_ARG: c_int = -1;
#[cfg(all(Py_3_8, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.8 to 3.10. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/code.h).
pub struct _PyOpcache {
    _unused: [u8; 0],
}
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/code.h).
pub struct PyAddrPair {
    pub ap_lower: c_int,
    pub ap_upper: c_int,
}
#[cfg(all(Py_3_14, not(Py_LIMITED_API), Py_GIL_DISABLED))]
#[repr(C)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/cpython/code.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/code.h).
pub struct _PyCodeArray {
    pub size: Py_ssize_t,
    pub entries: [*mut c_char; 1usize],
}
