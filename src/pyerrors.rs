//! Declarations of CPython's `Include/pyerrors.h`.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::{c_char, c_int};
use crate::pyport::Py_ssize_t;
#[cfg(Py_LIMITED_API)]
use crate::pytypedefs::PyTypeObject;
use crate::object::{
    PyObject, PyType_Check, PyType_FastSubclass, Py_TPFLAGS_BASE_EXC_SUBCLASS, Py_TYPE,
};
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;
#[cfg(PyPy)]
use crate::abstract_::{PyObject_CallFunction, PyObject_IsSubclass};

#[inline]
/// C API: [`PyExceptionClass_Check`](https://docs.python.org/3/c-api/exceptions.html#c.PyExceptionClass_Check). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyExceptionClass_Check(x: *mut PyObject) -> ::core::ffi::c_int {
    (PyType_Check(x) != 0
        && PyType_FastSubclass(x.cast::<PyTypeObject>(), Py_TPFLAGS_BASE_EXC_SUBCLASS) != 0)
        as ::core::ffi::c_int
}

#[inline]
/// C API: [`PyExceptionInstance_Check`](https://docs.python.org/3/c-api/exceptions.html#c.PyExceptionInstance_Check). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyExceptionInstance_Check(x: *mut PyObject) -> ::core::ffi::c_int {
    #[cfg(not(PyPy))]
    return PyType_FastSubclass(Py_TYPE(x), Py_TPFLAGS_BASE_EXC_SUBCLASS);
    // PyPy's macro asks issubclass(type(x), BaseException), which may fail with -1.
    #[cfg(PyPy)]
    return PyObject_IsSubclass(Py_TYPE(x).cast(), PyExc_BaseException);
}

// PyPy exports it as a function.
#[cfg(not(PyPy))]
#[inline]
/// C API: [`PyExceptionInstance_Class`](https://docs.python.org/3/c-api/exceptions.html#c.PyExceptionInstance_Class). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyExceptionInstance_Class(x: *mut PyObject) -> *mut PyObject {
    Py_TYPE(x).cast()
}

#[cfg(not(PyPy))]
extern "C" {
    /// What `PyErr_BadInternalCall()` calls: SystemError naming the calling file and line.
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyerrors.h`](https://github.com/python/cpython/blob/3.15/Include/pyerrors.h). Stable ABI since 3.2, not in the limited API.
    pub fn _PyErr_BadInternalCall(filename: *const ::core::ffi::c_char, lineno: ::core::ffi::c_int);
}

/// Raises SystemError "bad argument to internal function". Like the C macro it reports
/// a source location: this definition's, as Rust has no caller `__FILE__`.
#[cfg(not(PyPy))]
#[inline]
///
/// C API: [`PyErr_BadInternalCall`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_BadInternalCall). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn PyErr_BadInternalCall() {
    _PyErr_BadInternalCall(
        concat!(file!(), "\0").as_ptr().cast(),
        line!() as ::core::ffi::c_int,
    )
}

// PyPy's `#define PyExc_EnvironmentError PyExc_OSError` (and IOError): the same object.
#[cfg(PyPy)]
extern "C" {
    #[link_name = "PyPyExc_OSError"]
    /// C API: [`PyExc_EnvironmentError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_EnvironmentError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub static mut PyExc_EnvironmentError: *mut PyObject;
    #[link_name = "PyPyExc_OSError"]
    /// C API: [`PyExc_IOError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_IOError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub static mut PyExc_IOError: *mut PyObject;
}

/// `PyUnicodeDecodeError_Create`, which PyPy neither declares nor exports: calls
/// `UnicodeDecodeError(encoding, object, start, end, reason)` with the arguments CPython's
/// own implementation passes (format `"sy#nns"`).
#[cfg(PyPy)]
#[inline]
///
/// C API: [`PyUnicodeDecodeError_Create`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_Create). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
pub unsafe fn PyUnicodeDecodeError_Create(
    encoding: *const ::core::ffi::c_char,
    object: *const ::core::ffi::c_char,
    length: Py_ssize_t,
    start: Py_ssize_t,
    end: Py_ssize_t,
    reason: *const ::core::ffi::c_char,
) -> *mut PyObject {
    PyObject_CallFunction(
        PyExc_UnicodeDecodeError,
        c"sy#nns".as_ptr(),
        encoding,
        object,
        length,
        start,
        end,
        reason,
    )
}

// PyPy 3.11's pyerrors.h makes `Py_FatalError` a macro over this, which libpypy exports
// with its prefix (the generator does not declare private names).
#[cfg(all(PyPy, Py_3_11))]
extern "C" {
    #[link_name = "_PyPy_FatalErrorFunc"]
    fn _Py_FatalErrorFunc(func: *const c_char, message: *const c_char) -> !;
}

/// `Py_FatalError(message)` on PyPy 3.11: `_Py_FatalErrorFunc(__func__, message)`. C
/// passes the calling function's name, which Rust cannot name: this passes
/// `"Py_FatalError"`. `extern "C"`: pyo3-ffi declares it as a function of that ABI.
#[cfg(all(PyPy, Py_3_11))]
#[inline]
///
/// C API: [`Py_FatalError`](https://docs.python.org/3/c-api/sys.html#c.Py_FatalError) (docs: changed 3.9). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe extern "C" fn Py_FatalError(message: *const c_char) -> ! {
    _Py_FatalErrorFunc(c"Py_FatalError".as_ptr(), message)
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyErr_SetNone`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetNone). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetNone(type_: *mut PyObject);
        /// C API: [`PyErr_SetObject`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetObject(type_: *mut PyObject, value: *mut PyObject);
        /// C API: [`PyErr_SetString`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetString). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetString(exception: *mut PyObject, string: *const c_char);
        /// C API: [`PyErr_Occurred`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_Occurred). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a borrowed reference.
        pub fn PyErr_Occurred() -> *mut PyObject;
        /// C API: [`PyErr_Clear`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_Clear). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_Clear();
        /// C API: [`PyErr_Fetch`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_Fetch) (docs: deprecated 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_Fetch(
            ptype: *mut *mut PyObject,
            pvalue: *mut *mut PyObject,
            ptraceback: *mut *mut PyObject,
        );
        /// C API: [`PyErr_Restore`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_Restore) (docs: deprecated 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Steals a reference to `type`, `value`, `traceback`.
        pub fn PyErr_Restore(
            type_: *mut PyObject,
            value: *mut PyObject,
            traceback: *mut PyObject,
        );
        #[cfg(Py_3_12)]
        /// C API: [`PyErr_GetRaisedException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_GetRaisedException) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12. Returns a new reference.
        pub fn PyErr_GetRaisedException() -> *mut PyObject;
        #[cfg(Py_3_12)]
        /// C API: [`PyErr_SetRaisedException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetRaisedException) (docs: added 3.12). In the headers from 3.12. Limited API and stable ABI since 3.12. Steals a reference to `exc`.
        pub fn PyErr_SetRaisedException(exc: *mut PyObject);
        #[cfg(Py_3_11)]
        /// C API: [`PyErr_GetHandledException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_GetHandledException) (docs: added 3.11). In the headers from 3.11. Limited API and stable ABI since 3.11.
        pub fn PyErr_GetHandledException() -> *mut PyObject;
        #[cfg(Py_3_11)]
        /// C API: [`PyErr_SetHandledException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetHandledException) (docs: added 3.11). In the headers from 3.11. Limited API and stable ABI since 3.11.
        pub fn PyErr_SetHandledException(exc: *mut PyObject);
        /// C API: [`PyErr_GetExcInfo`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_GetExcInfo) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyErr_GetExcInfo(
            ptype: *mut *mut PyObject,
            pvalue: *mut *mut PyObject,
            ptraceback: *mut *mut PyObject,
        );
        /// C API: [`PyErr_SetExcInfo`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetExcInfo) (docs: added 3.3; changed 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7. Steals a reference to `type`, `value`, `traceback`.
        pub fn PyErr_SetExcInfo(
            type_: *mut PyObject,
            value: *mut PyObject,
            traceback: *mut PyObject,
        );
        #[cfg(not(PyPy))]
        /// C API: [`Py_FatalError`](https://docs.python.org/3/c-api/sys.html#c.Py_FatalError) (docs: changed 3.9). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_FatalError(message: *const c_char) -> !;
        #[cfg(all(not(Py_3_11), PyPy))]
        /// C API: [`Py_FatalError`](https://docs.python.org/3/c-api/sys.html#c.Py_FatalError) (docs: changed 3.9). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_FatalError(msg: *const c_char);
        /// C API: [`PyErr_GivenExceptionMatches`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_GivenExceptionMatches). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_GivenExceptionMatches(
            given: *mut PyObject,
            exc: *mut PyObject,
        ) -> c_int;
        /// C API: [`PyErr_ExceptionMatches`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_ExceptionMatches). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_ExceptionMatches(exc: *mut PyObject) -> c_int;
        /// C API: [`PyErr_NormalizeException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_NormalizeException) (docs: deprecated 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_NormalizeException(
            exc: *mut *mut PyObject,
            val: *mut *mut PyObject,
            tb: *mut *mut PyObject,
        );
        /// C API: [`PyException_SetTraceback`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_SetTraceback). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyException_SetTraceback(ex: *mut PyObject, tb: *mut PyObject) -> c_int;
        /// C API: [`PyException_GetTraceback`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_GetTraceback). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyException_GetTraceback(ex: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyException_GetCause`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_GetCause). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyException_GetCause(ex: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyException_SetCause`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_SetCause). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Steals a reference to `cause`.
        pub fn PyException_SetCause(ex: *mut PyObject, cause: *mut PyObject);
        /// C API: [`PyException_GetContext`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_GetContext). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyException_GetContext(ex: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyException_SetContext`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_SetContext). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Steals a reference to `ctx`.
        pub fn PyException_SetContext(ex: *mut PyObject, ctx: *mut PyObject);
        #[cfg(Py_3_12)]
        /// C API: [`PyException_GetArgs`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_GetArgs). In the headers from 3.12. Limited API and stable ABI since 3.12. Returns a new reference.
        pub fn PyException_GetArgs(ex: *mut PyObject) -> *mut PyObject;
        #[cfg(Py_3_12)]
        /// C API: [`PyException_SetArgs`](https://docs.python.org/3/c-api/exceptions.html#c.PyException_SetArgs). In the headers from 3.12. Limited API and stable ABI since 3.12.
        pub fn PyException_SetArgs(ex: *mut PyObject, args: *mut PyObject);
        #[cfg(any(all(Py_3_10, not(PyPy)), all(Py_3_8, Py_LIMITED_API)))]
        /// C API: [`PyExceptionClass_Name`](https://docs.python.org/3/c-api/exceptions.html#c.PyExceptionClass_Name). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.8.
        pub fn PyExceptionClass_Name(ob: *mut PyObject) -> *const c_char;
    }
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyExc_BaseException`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BaseException). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_BaseException: *mut PyObject;
        /// C API: [`PyExc_Exception`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_Exception). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_Exception: *mut PyObject;
        #[cfg(Py_3_11)]
        /// C API: [`PyExc_BaseExceptionGroup`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BaseExceptionGroup). In the headers from 3.11. Limited API and stable ABI since 3.11.
        pub static mut PyExc_BaseExceptionGroup: *mut PyObject;
        /// C API: [`PyExc_StopAsyncIteration`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_StopAsyncIteration). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_StopAsyncIteration: *mut PyObject;
        /// C API: [`PyExc_StopIteration`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_StopIteration). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_StopIteration: *mut PyObject;
        /// C API: [`PyExc_GeneratorExit`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_GeneratorExit). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_GeneratorExit: *mut PyObject;
        /// C API: [`PyExc_ArithmeticError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ArithmeticError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ArithmeticError: *mut PyObject;
        /// C API: [`PyExc_LookupError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_LookupError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_LookupError: *mut PyObject;
        /// C API: [`PyExc_AssertionError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_AssertionError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_AssertionError: *mut PyObject;
        /// C API: [`PyExc_AttributeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_AttributeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_AttributeError: *mut PyObject;
        /// C API: [`PyExc_BufferError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BufferError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_BufferError: *mut PyObject;
        /// C API: [`PyExc_EOFError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_EOFError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_EOFError: *mut PyObject;
        /// C API: [`PyExc_FloatingPointError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_FloatingPointError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_FloatingPointError: *mut PyObject;
        /// C API: [`PyExc_OSError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_OSError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_OSError: *mut PyObject;
        /// C API: [`PyExc_ImportError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ImportError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ImportError: *mut PyObject;
    }
}
extern "C" {
    #[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
    /// C API: [`PyExc_ImportCycleError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ImportCycleError). In the headers from 3.15. Not in the limited API.
    pub static mut PyExc_ImportCycleError: *mut PyObject;
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyExc_ModuleNotFoundError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ModuleNotFoundError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.6.
        pub static mut PyExc_ModuleNotFoundError: *mut PyObject;
        /// C API: [`PyExc_IndexError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_IndexError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_IndexError: *mut PyObject;
        /// C API: [`PyExc_KeyError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_KeyError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_KeyError: *mut PyObject;
        /// C API: [`PyExc_KeyboardInterrupt`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_KeyboardInterrupt). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_KeyboardInterrupt: *mut PyObject;
        /// C API: [`PyExc_MemoryError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_MemoryError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_MemoryError: *mut PyObject;
        /// C API: [`PyExc_NameError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_NameError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_NameError: *mut PyObject;
        /// C API: [`PyExc_OverflowError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_OverflowError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_OverflowError: *mut PyObject;
        /// C API: [`PyExc_RuntimeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_RuntimeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_RuntimeError: *mut PyObject;
        /// C API: [`PyExc_RecursionError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_RecursionError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_RecursionError: *mut PyObject;
        /// C API: [`PyExc_NotImplementedError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_NotImplementedError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_NotImplementedError: *mut PyObject;
        /// C API: [`PyExc_SyntaxError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_SyntaxError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_SyntaxError: *mut PyObject;
        /// C API: [`PyExc_IndentationError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_IndentationError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_IndentationError: *mut PyObject;
        /// C API: [`PyExc_TabError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_TabError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_TabError: *mut PyObject;
        /// C API: [`PyExc_ReferenceError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ReferenceError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ReferenceError: *mut PyObject;
        /// C API: [`PyExc_SystemError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_SystemError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_SystemError: *mut PyObject;
        /// C API: [`PyExc_SystemExit`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_SystemExit). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_SystemExit: *mut PyObject;
        /// C API: [`PyExc_TypeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_TypeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_TypeError: *mut PyObject;
        /// C API: [`PyExc_UnboundLocalError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnboundLocalError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnboundLocalError: *mut PyObject;
        /// C API: [`PyExc_UnicodeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnicodeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnicodeError: *mut PyObject;
        /// C API: [`PyExc_UnicodeEncodeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnicodeEncodeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnicodeEncodeError: *mut PyObject;
        /// C API: [`PyExc_UnicodeDecodeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnicodeDecodeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnicodeDecodeError: *mut PyObject;
        /// C API: [`PyExc_UnicodeTranslateError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnicodeTranslateError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnicodeTranslateError: *mut PyObject;
        /// C API: [`PyExc_ValueError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ValueError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ValueError: *mut PyObject;
        /// C API: [`PyExc_ZeroDivisionError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ZeroDivisionError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ZeroDivisionError: *mut PyObject;
        /// C API: [`PyExc_BlockingIOError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BlockingIOError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_BlockingIOError: *mut PyObject;
        /// C API: [`PyExc_BrokenPipeError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BrokenPipeError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_BrokenPipeError: *mut PyObject;
        /// C API: [`PyExc_ChildProcessError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ChildProcessError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ChildProcessError: *mut PyObject;
        /// C API: [`PyExc_ConnectionError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ConnectionError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ConnectionError: *mut PyObject;
        /// C API: [`PyExc_ConnectionAbortedError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ConnectionAbortedError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ConnectionAbortedError: *mut PyObject;
        /// C API: [`PyExc_ConnectionRefusedError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ConnectionRefusedError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ConnectionRefusedError: *mut PyObject;
        /// C API: [`PyExc_ConnectionResetError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ConnectionResetError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ConnectionResetError: *mut PyObject;
        /// C API: [`PyExc_FileExistsError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_FileExistsError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_FileExistsError: *mut PyObject;
        /// C API: [`PyExc_FileNotFoundError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_FileNotFoundError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_FileNotFoundError: *mut PyObject;
        /// C API: [`PyExc_InterruptedError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_InterruptedError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_InterruptedError: *mut PyObject;
        /// C API: [`PyExc_IsADirectoryError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_IsADirectoryError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_IsADirectoryError: *mut PyObject;
        /// C API: [`PyExc_NotADirectoryError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_NotADirectoryError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_NotADirectoryError: *mut PyObject;
        /// C API: [`PyExc_PermissionError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_PermissionError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_PermissionError: *mut PyObject;
        /// C API: [`PyExc_ProcessLookupError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ProcessLookupError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ProcessLookupError: *mut PyObject;
        /// C API: [`PyExc_TimeoutError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_TimeoutError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_TimeoutError: *mut PyObject;
    }
}
extern "C" {
    #[cfg(not(PyPy))]
    /// C API: [`PyExc_EnvironmentError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_EnvironmentError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub static mut PyExc_EnvironmentError: *mut PyObject;
    #[cfg(not(PyPy))]
    /// C API: [`PyExc_IOError`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_IOError). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
    pub static mut PyExc_IOError: *mut PyObject;
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyExc_Warning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_Warning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_Warning: *mut PyObject;
        /// C API: [`PyExc_UserWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UserWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UserWarning: *mut PyObject;
        /// C API: [`PyExc_DeprecationWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_DeprecationWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_DeprecationWarning: *mut PyObject;
        /// C API: [`PyExc_PendingDeprecationWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_PendingDeprecationWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_PendingDeprecationWarning: *mut PyObject;
        /// C API: [`PyExc_SyntaxWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_SyntaxWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_SyntaxWarning: *mut PyObject;
        /// C API: [`PyExc_RuntimeWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_RuntimeWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_RuntimeWarning: *mut PyObject;
        /// C API: [`PyExc_FutureWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_FutureWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_FutureWarning: *mut PyObject;
        /// C API: [`PyExc_ImportWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ImportWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_ImportWarning: *mut PyObject;
        /// C API: [`PyExc_UnicodeWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_UnicodeWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_UnicodeWarning: *mut PyObject;
        /// C API: [`PyExc_BytesWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_BytesWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyExc_BytesWarning: *mut PyObject;
        #[cfg(Py_3_10)]
        /// C API: [`PyExc_EncodingWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_EncodingWarning). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub static mut PyExc_EncodingWarning: *mut PyObject;
        /// C API: [`PyExc_ResourceWarning`](https://docs.python.org/3/c-api/exceptions.html#c.PyExc_ResourceWarning). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub static mut PyExc_ResourceWarning: *mut PyObject;
    }
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyErr_BadArgument`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_BadArgument). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_BadArgument() -> c_int;
        /// C API: [`PyErr_NoMemory`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_NoMemory). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_NoMemory() -> *mut PyObject;
        /// C API: [`PyErr_SetFromErrno`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetFromErrno). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetFromErrno(type_: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyErr_SetFromErrnoWithFilenameObject`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetFromErrnoWithFilenameObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetFromErrnoWithFilenameObject(
            type_: *mut PyObject,
            filenameObject: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyErr_SetFromErrnoWithFilenameObjects`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetFromErrnoWithFilenameObjects) (docs: added 3.4). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyErr_SetFromErrnoWithFilenameObjects(
            type_: *mut PyObject,
            filenameObject: *mut PyObject,
            filenameObject2: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyErr_SetFromErrnoWithFilename`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetFromErrnoWithFilename). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetFromErrnoWithFilename(
            exc: *mut PyObject,
            filename: *const c_char,
        ) -> *mut PyObject;
        /// C API: [`PyErr_Format`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_Format). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_Format(
            exception: *mut PyObject,
            format: *const c_char,
            ...
        ) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyErr_SetImportErrorSubclass`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetImportErrorSubclass) (docs: added 3.6). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.6.
        pub fn PyErr_SetImportErrorSubclass(
            exception: *mut PyObject,
            msg: *mut PyObject,
            name: *mut PyObject,
            path: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyErr_SetImportError`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetImportError) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyErr_SetImportError(
            msg: *mut PyObject,
            name: *mut PyObject,
            path: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: [`PyErr_BadInternalCall`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_BadInternalCall). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_BadInternalCall();
        /// C API: [`PyErr_NewException`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_NewException). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyErr_NewException(
            name: *const c_char,
            base: *mut PyObject,
            dict: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyErr_NewExceptionWithDoc`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_NewExceptionWithDoc) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyErr_NewExceptionWithDoc(
            name: *const c_char,
            doc: *const c_char,
            base: *mut PyObject,
            dict: *mut PyObject,
        ) -> *mut PyObject;
        /// C API: [`PyErr_WriteUnraisable`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_WriteUnraisable) (docs: changed 3.4, 3.8). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_WriteUnraisable(obj: *mut PyObject);
        /// C API: [`PyErr_CheckSignals`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_CheckSignals) (docs: changed 3.12, 3.14, 3.15). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_CheckSignals() -> c_int;
        #[cfg(any(not(PyPy), not(Py_3_11)))]
        /// C API: [`PyErr_SetInterrupt`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetInterrupt). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SetInterrupt();
        #[cfg(all(Py_3_10, not(PyPy)))]
        /// C API: [`PyErr_SetInterruptEx`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SetInterruptEx) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub fn PyErr_SetInterruptEx(signum: c_int) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyErr_SyntaxLocation`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SyntaxLocation). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_SyntaxLocation(filename: *const c_char, lineno: c_int);
        #[cfg(not(PyPy))]
        /// C API: [`PyErr_SyntaxLocationEx`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_SyntaxLocationEx) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyErr_SyntaxLocationEx(
            filename: *const c_char,
            lineno: c_int,
            col_offset: c_int,
        );
        #[cfg(not(PyPy))]
        /// C API: [`PyErr_ProgramText`](https://docs.python.org/3/c-api/exceptions.html#c.PyErr_ProgramText). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyErr_ProgramText(filename: *const c_char, lineno: c_int) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_Create`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_Create). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeDecodeError_Create(
            encoding: *const c_char,
            object: *const c_char,
            length: Py_ssize_t,
            start: Py_ssize_t,
            end: Py_ssize_t,
            reason: *const c_char,
        ) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_GetEncoding`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_GetEncoding). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeEncodeError_GetEncoding(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_GetEncoding`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_GetEncoding). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeDecodeError_GetEncoding(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_GetObject`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_GetObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeEncodeError_GetObject(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_GetObject`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_GetObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeDecodeError_GetObject(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_GetObject`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_GetObject). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeTranslateError_GetObject(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_GetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_GetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeEncodeError_GetStart(
            exc: *mut PyObject,
            start: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_GetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_GetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeDecodeError_GetStart(
            exc: *mut PyObject,
            start: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_GetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_GetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeTranslateError_GetStart(
            exc: *mut PyObject,
            start: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_SetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_SetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeEncodeError_SetStart(exc: *mut PyObject, start: Py_ssize_t) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_SetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_SetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeDecodeError_SetStart(exc: *mut PyObject, start: Py_ssize_t) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_SetStart`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_SetStart). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeTranslateError_SetStart(
            exc: *mut PyObject,
            start: Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_GetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_GetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeEncodeError_GetEnd(
            exc: *mut PyObject,
            end: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_GetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_GetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeDecodeError_GetEnd(
            exc: *mut PyObject,
            end: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_GetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_GetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeTranslateError_GetEnd(
            exc: *mut PyObject,
            end: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_SetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_SetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeEncodeError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_SetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_SetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeDecodeError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_SetEnd`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_SetEnd). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeTranslateError_SetEnd(exc: *mut PyObject, end: Py_ssize_t) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_GetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_GetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeEncodeError_GetReason(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_GetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_GetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeDecodeError_GetReason(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_GetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_GetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyUnicodeTranslateError_GetReason(exc: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeEncodeError_SetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeEncodeError_SetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeEncodeError_SetReason(
            exc: *mut PyObject,
            reason: *const c_char,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeDecodeError_SetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeDecodeError_SetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeDecodeError_SetReason(
            exc: *mut PyObject,
            reason: *const c_char,
        ) -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyUnicodeTranslateError_SetReason`](https://docs.python.org/3/c-api/exceptions.html#c.PyUnicodeTranslateError_SetReason). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyUnicodeTranslateError_SetReason(
            exc: *mut PyObject,
            reason: *const c_char,
        ) -> c_int;
        /// C API: [`PyOS_snprintf`](https://docs.python.org/3/c-api/conversion.html#c.PyOS_snprintf). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyOS_snprintf(
            str_: *mut c_char,
            size: usize,
            format: *const c_char,
            ...
        ) -> c_int;
    }
}
