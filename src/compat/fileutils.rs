//! Shims for `Include/fileutils.h` and `Include/cpython/fileutils.h`. Before 3.14
//! Py_fopen is the private `_Py_fopen_obj`, which PyPy does not export: absent there.
//! Neither is in the limited API of any version.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use core::ffi::c_int;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_char;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
use crate::object::PyObject;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
use crate::refcount::Py_DECREF;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API), not(PyPy)))]
use crate::unicodeobject::PyUnicode_FSDecoder;

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

/// `fclose(file)`, for a file Py_fopen opened: 0, or EOF with `errno` set.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`Py_fclose`](https://docs.python.org/3/c-api/sys.html#c.Py_fclose) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn Py_fclose(file: *mut ::libc::FILE) -> c_int {
    ::libc::fclose(file)
}
