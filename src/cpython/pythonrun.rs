//! Declarations of CPython's `Include/cpython/pythonrun.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_LIMITED_API), not(Py_3_10)))]
use core::ffi::c_char;
#[cfg(not(Py_LIMITED_API))]
use core::ffi::c_int;
#[cfg(not(Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::compile::PyCompilerFlags;

// A macro over Py_CompileStringExFlags (3.14 also exports a function); PyPy's is a function.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline]
/// C API: [`Py_CompileStringFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.Py_CompileStringFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
pub unsafe fn Py_CompileStringFlags(
    str: *const ::core::ffi::c_char,
    p: *const ::core::ffi::c_char,
    s: ::core::ffi::c_int,
    f: *mut PyCompilerFlags,
) -> *mut PyObject {
    Py_CompileStringExFlags(str, p, s, f, -1)
}

// Macros over the `*Flags` functions. From 3.8 libpython also exports functions of
// these names for non-C callers, but C code compiles to the macros. PyPy exports three
// of them as functions and lacks the rest. Written with the C ABI, as pyo3-ffi declares
// the exported functions, so that both spell the same function-pointer type.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
pub use self::run_macros::*;

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
mod run_macros {
    // Imports: written by pyffi-gen from the names used here.
    use crate::object::PyObject;
    use crate::cpython::compile::PyCompilerFlags;
    use crate::cpython::pythonrun::{
        PyRun_AnyFileExFlags, PyRun_FileExFlags, PyRun_InteractiveLoopFlags,
        PyRun_InteractiveOneFlags, PyRun_SimpleFileExFlags, PyRun_SimpleStringFlags,
        PyRun_StringFlags,
    };

    use ::core::ffi::{c_char, c_int};
    use ::core::ptr::null_mut;
    use ::libc::FILE;

    #[inline]
    /// C API: [`PyRun_String`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_String). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe extern "C" fn PyRun_String(
        str: *const c_char,
        s: c_int,
        g: *mut PyObject,
        l: *mut PyObject,
    ) -> *mut PyObject {
        PyRun_StringFlags(str, s, g, l, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_AnyFile`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_AnyFile). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_AnyFile(fp: *mut FILE, name: *const c_char) -> c_int {
        PyRun_AnyFileExFlags(fp, name, 0, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_AnyFileEx`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_AnyFileEx). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_AnyFileEx(
        fp: *mut FILE,
        name: *const c_char,
        closeit: c_int,
    ) -> c_int {
        PyRun_AnyFileExFlags(fp, name, closeit, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_AnyFileFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_AnyFileFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_AnyFileFlags(
        fp: *mut FILE,
        name: *const c_char,
        flags: *mut PyCompilerFlags,
    ) -> c_int {
        PyRun_AnyFileExFlags(fp, name, 0, flags)
    }

    #[inline]
    /// C API: [`PyRun_SimpleString`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleString). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_SimpleString(s: *const c_char) -> c_int {
        PyRun_SimpleStringFlags(s, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_SimpleFile`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleFile). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_SimpleFile(f: *mut FILE, p: *const c_char) -> c_int {
        PyRun_SimpleFileExFlags(f, p, 0, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_SimpleFileEx`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleFileEx). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_SimpleFileEx(f: *mut FILE, p: *const c_char, c: c_int) -> c_int {
        PyRun_SimpleFileExFlags(f, p, c, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_InteractiveOne`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_InteractiveOne). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_InteractiveOne(f: *mut FILE, p: *const c_char) -> c_int {
        PyRun_InteractiveOneFlags(f, p, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_InteractiveLoop`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_InteractiveLoop). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe extern "C" fn PyRun_InteractiveLoop(f: *mut FILE, p: *const c_char) -> c_int {
        PyRun_InteractiveLoopFlags(f, p, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_File`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_File). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe extern "C" fn PyRun_File(
        fp: *mut FILE,
        p: *const c_char,
        s: c_int,
        g: *mut PyObject,
        l: *mut PyObject,
    ) -> *mut PyObject {
        PyRun_FileExFlags(fp, p, s, g, l, 0, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_FileEx`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_FileEx). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe extern "C" fn PyRun_FileEx(
        fp: *mut FILE,
        p: *const c_char,
        s: c_int,
        g: *mut PyObject,
        l: *mut PyObject,
        c: c_int,
    ) -> *mut PyObject {
        PyRun_FileExFlags(fp, p, s, g, l, c, null_mut())
    }

    #[inline]
    /// C API: [`PyRun_FileFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_FileFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe extern "C" fn PyRun_FileFlags(
        fp: *mut FILE,
        p: *const c_char,
        s: c_int,
        g: *mut PyObject,
        l: *mut PyObject,
        flags: *mut PyCompilerFlags,
    ) -> *mut PyObject {
        PyRun_FileExFlags(fp, p, s, g, l, 0, flags)
    }
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
pypy_prefixed! {
    extern "C" {
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_SimpleStringFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleStringFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_SimpleStringFlags(
            command: *const c_char,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_AnyFileExFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_AnyFileExFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_AnyFileExFlags(
            fp: *mut ::libc::FILE,
            filename: *const c_char,
            closeit: c_int,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_SimpleFileExFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleFileExFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_SimpleFileExFlags(
            fp: *mut ::libc::FILE,
            filename: *const c_char,
            closeit: c_int,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_InteractiveOneFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_InteractiveOneFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_InteractiveOneFlags(
            fp: *mut ::libc::FILE,
            filename: *const c_char,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_InteractiveOneObject`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_InteractiveOneObject). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_InteractiveOneObject(
            fp: *mut ::libc::FILE,
            filename: *mut PyObject,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_InteractiveLoopFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_InteractiveLoopFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_InteractiveLoopFlags(
            fp: *mut ::libc::FILE,
            filename: *const c_char,
            flags: *mut PyCompilerFlags,
        ) -> c_int;
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyRun_StringFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_StringFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyRun_StringFlags(
            str_: *const c_char,
            start: c_int,
            globals: *mut PyObject,
            locals: *mut PyObject,
            flags: *mut PyCompilerFlags,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyRun_FileExFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_FileExFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyRun_FileExFlags(
            fp: *mut ::libc::FILE,
            filename: *const c_char,
            start: c_int,
            globals: *mut PyObject,
            locals: *mut PyObject,
            closeit: c_int,
            flags: *mut PyCompilerFlags,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: [`Py_CompileStringFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.Py_CompileStringFlags). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn Py_CompileStringFlags(
            str_: *const c_char,
            filename: *const c_char,
            start: c_int,
            flags: *mut PyCompilerFlags,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`Py_CompileStringExFlags`](https://docs.python.org/3/c-api/veryhigh.html#c.Py_CompileStringExFlags) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn Py_CompileStringExFlags(
            str_: *const c_char,
            filename: *const c_char,
            start: c_int,
            flags: *mut PyCompilerFlags,
            optimize: c_int,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`Py_CompileStringObject`](https://docs.python.org/3/c-api/veryhigh.html#c.Py_CompileStringObject) (docs: added 3.4). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn Py_CompileStringObject(
            str_: *const c_char,
            filename: *mut PyObject,
            start: c_int,
            flags: *mut PyCompilerFlags,
            optimize: c_int,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: [`PyRun_String`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_String). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyRun_String(
            str_: *const c_char,
            s: c_int,
            g: *mut PyObject,
            l: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: [`PyRun_SimpleString`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_SimpleString). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyRun_SimpleString(s: *const c_char) -> c_int;
        #[cfg(PyPy)]
        /// C API: [`PyRun_File`](https://docs.python.org/3/c-api/veryhigh.html#c.PyRun_File). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyRun_File(
            fp: *mut ::libc::FILE,
            p: *const c_char,
            s: c_int,
            g: *mut PyObject,
            l: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyOS_Readline`](https://docs.python.org/3/c-api/veryhigh.html#c.PyOS_Readline). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyOS_Readline(
            sys_stdin: *mut ::libc::FILE,
            sys_stdout: *mut ::libc::FILE,
            prompt: *const c_char,
        ) -> *mut c_char;
    }
}
extern "C" {
    #[cfg(any(all(not(Py_LIMITED_API), not(PyPy)), all(not(Py_3_10), Py_LIMITED_API)))]
    /// C API: [`PyOS_ReadlineFunctionPointer`](https://docs.python.org/3/c-api/veryhigh.html#c.PyOS_ReadlineFunctionPointer) (docs: changed 3.4, 3.12). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
    pub static mut PyOS_ReadlineFunctionPointer: Option<
        unsafe extern "C" fn(
            arg1: *mut ::libc::FILE,
            arg2: *mut ::libc::FILE,
            arg3: *const c_char,
        ) -> *mut c_char,
    >;
}
