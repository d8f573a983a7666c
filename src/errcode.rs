//! Declarations of CPython's `Include/errcode.h`: the error codes the tokenizer, parser
//! and interpreter pass around (`PyRun_InteractiveOne*` return `E_EOF`). Python.h does
//! not include it, so the generator does not see it: every item is written here.

/// `E_OK`: no error.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_OK: core::ffi::c_int = 10;
/// `E_EOF`: end of file.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_EOF: core::ffi::c_int = 11;
/// `E_INTR`: interrupted.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_INTR: core::ffi::c_int = 12;
/// `E_TOKEN`: bad token.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_TOKEN: core::ffi::c_int = 13;
/// `E_SYNTAX`: syntax error.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_SYNTAX: core::ffi::c_int = 14;
/// `E_NOMEM`: ran out of memory.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_NOMEM: core::ffi::c_int = 15;
/// `E_DONE`: parsing complete.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_DONE: core::ffi::c_int = 16;
/// `E_ERROR`: execution error.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_ERROR: core::ffi::c_int = 17;
/// `E_TABSPACE`: inconsistent mixing of tabs and spaces.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_TABSPACE: core::ffi::c_int = 18;
/// `E_OVERFLOW`: a node had too many children.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_OVERFLOW: core::ffi::c_int = 19;
/// `E_TOODEEP`: too many indentation levels.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_TOODEEP: core::ffi::c_int = 20;
/// `E_DEDENT`: no matching outer block for a dedent.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_DEDENT: core::ffi::c_int = 21;
/// `E_DECODE`: error in decoding into Unicode.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_DECODE: core::ffi::c_int = 22;
/// `E_EOFS`: end of file in a triple-quoted string.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_EOFS: core::ffi::c_int = 23;
/// `E_EOLS`: end of line in a single-quoted string.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_EOLS: core::ffi::c_int = 24;
/// `E_LINECONT`: unexpected characters after a line continuation.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_LINECONT: core::ffi::c_int = 25;
/// `E_IDENTIFIER`: invalid characters in an identifier (3.7 and 3.8).
#[cfg(all(not(Py_3_9), not(PyPy)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.8. Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.8/Include/errcode.h).
pub const E_IDENTIFIER: core::ffi::c_int = 26;
/// `E_BADSINGLE`: an ill-formed single statement input.
#[cfg(not(PyPy))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_BADSINGLE: core::ffi::c_int = 27;
/// `E_INTERACT_STOP`: interactive mode stopped tokenization (3.10+).
#[cfg(all(Py_3_10, not(PyPy)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_INTERACT_STOP: core::ffi::c_int = 28;
/// `E_COLUMNOVERFLOW`: a column offset overflowed (3.11+).
#[cfg(all(Py_3_11, not(PyPy)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.11. Declared in [`Include/errcode.h`](https://github.com/python/cpython/blob/3.15/Include/errcode.h).
pub const E_COLUMNOVERFLOW: core::ffi::c_int = 29;

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
