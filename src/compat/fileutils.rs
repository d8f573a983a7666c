//! Shims for `Include/fileutils.h` and `Include/cpython/fileutils.h`. Before 3.14
//! Py_fopen is the private `_Py_fopen_obj`, which PyPy does not export: there it is
//! written here (on Linux). Neither is in the limited API of any version.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use core::ffi::c_int;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use core::ffi::c_char;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::object::PyObject;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::refcount::Py_DECREF;
#[allow(unused_imports)] // used on some targets only
#[cfg(PyPy)]
use crate::bytesobject::PyBytes_AsString;
#[allow(unused_imports)] // used on some targets only
#[cfg(PyPy)]
use crate::unicodeobject::PyUnicode_FSConverter;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
use crate::unicodeobject::PyUnicode_FSDecoder;
#[allow(unused_imports)] // used on some targets only
#[cfg(PyPy)]
use crate::pyerrors::{
    PyErr_CheckSignals, PyErr_Fetch, PyErr_NormalizeException, PyErr_Occurred, PyErr_Restore,
    PyErr_SetFromErrno, PyErr_SetFromErrnoWithFilenameObject, PyExc_OSError,
};
#[allow(unused_imports)] // used on some targets only
#[cfg(PyPy)]
use crate::osmodule::PyOS_FSPath;

#[allow(unused_imports)]
use core::ptr;

// --- Py_fopen, Py_fclose: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::{Py_fclose, Py_fopen};

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
extern "C" {
    fn _Py_fopen_obj(path: *mut PyObject, mode: *const c_char) -> *mut ::libc::FILE;
}

/// `fopen(path, mode)` for a str, bytes or os.PathLike `path`, the file not inherited by
/// child processes: NULL with the exception set (OSError, TypeError) on failure.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`Py_fopen`](https://docs.python.org/3/c-api/sys.html#c.Py_fopen) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn Py_fopen(path: *mut PyObject, mode: *const c_char) -> *mut ::libc::FILE {
    if cfg!(windows) {
        // There the private function takes only a str: decode bytes and os.PathLike.
        let mut decoded: *mut PyObject = ptr::null_mut();
        if PyUnicode_FSDecoder(path, (&raw mut decoded).cast()) == 0 {
            return ptr::null_mut();
        }
        let file = _Py_fopen_obj(decoded, mode);
        Py_DECREF(decoded);
        return file;
    }
    _Py_fopen_obj(path, mode)
}

/// `fopen(path, mode)` for a str, bytes or os.PathLike `path`, the file not inherited by
/// child processes: NULL with the exception set (OSError, TypeError) on failure. PyPy has
/// no audit hooks, so no `open` event is raised.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), PyPy, target_os = "linux"))]
///
/// C API: [`Py_fopen`](https://docs.python.org/3/c-api/sys.html#c.Py_fopen) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn Py_fopen(path: *mut PyObject, mode: *const c_char) -> *mut ::libc::FILE {
    // PyPy's FSConverter takes str and bytes only: os.fspath() first, as CPython does.
    let fspath = PyOS_FSPath(path);
    if fspath.is_null() {
        return ptr::null_mut();
    }
    let mut bytes: *mut PyObject = ptr::null_mut();
    let converted = PyUnicode_FSConverter(fspath, (&raw mut bytes).cast());
    Py_DECREF(fspath);
    if converted == 0 {
        return ptr::null_mut();
    }
    let name = PyBytes_AsString(bytes);
    let file = loop {
        let file = ::libc::fopen(name, mode);
        // Retried when a signal interrupted it and its handler raised nothing.
        if !file.is_null()
            || *::libc::__errno_location() != ::libc::EINTR
            || PyErr_CheckSignals() != 0
        {
            break file;
        }
    };
    Py_DECREF(bytes);
    if file.is_null() {
        if PyErr_Occurred().is_null() {
            PyErr_SetFromErrnoWithFilenameObject(PyExc_OSError, path);
            // PyPy leaves it an OSError until normalized; CPython's is already the errno's
            // subclass (FileNotFoundError...), which PyErr_ExceptionMatches then sees.
            let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
            PyErr_Fetch(&mut t, &mut v, &mut tb);
            PyErr_NormalizeException(&mut t, &mut v, &mut tb);
            PyErr_Restore(t, v, tb);
        }
        return ptr::null_mut();
    }
    if ::libc::fcntl(::libc::fileno(file), ::libc::F_SETFD, ::libc::FD_CLOEXEC) != 0 {
        PyErr_SetFromErrno(PyExc_OSError);
        ::libc::fclose(file);
        return ptr::null_mut();
    }
    file
}

/// `fclose(file)`, for a file Py_fopen opened: 0, or EOF with `errno` set.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`Py_fclose`](https://docs.python.org/3/c-api/sys.html#c.Py_fclose) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn Py_fclose(file: *mut ::libc::FILE) -> c_int {
    ::libc::fclose(file)
}
