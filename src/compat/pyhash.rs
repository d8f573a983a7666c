//! Shims for `Include/pyhash.h` and `Include/cpython/pyhash.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_14), Py_LIMITED_API))]
use core::ffi::c_void;
#[cfg(any(not(Py_3_14), Py_LIMITED_API))]
use crate::pyport::{Py_hash_t, Py_ssize_t};
#[cfg(any(Py_LIMITED_API, PyPy))]
use crate::object::PyObject_Hash;
#[cfg(any(Py_LIMITED_API, PyPy))]
use crate::refcount::Py_DECREF;
#[cfg(any(Py_LIMITED_API, PyPy))]
use crate::bytesobject::PyBytes_FromStringAndSize;

// --- Py_HashPointer: 3.13, outside the limited API ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::Py_HashPointer;

/// The hash of a pointer's address (not of what it points to); never -1. CPython's
/// formula: the address rotated right by 4 bits, as its low bits are alignment zeros.
#[cfg(not(all(Py_3_13, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`Py_HashPointer`](https://docs.python.org/3/c-api/hash.html#c.Py_HashPointer) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn Py_HashPointer(ptr: *const c_void) -> Py_hash_t {
    let hash = (ptr as usize).rotate_right(4) as Py_hash_t;
    if hash == -1 {
        -2
    } else {
        hash
    }
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
///
/// C API: [`Py_HashBuffer`](https://docs.python.org/3/c-api/hash.html#c.Py_HashBuffer) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
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
