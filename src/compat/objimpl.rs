//! Shims for `Include/objimpl.h` and `Include/cpython/objimpl.h`. Before 3.9 the
//! fallbacks read the object's GC header, which the limited API hides and PyPy 3.9 has
//! not (its `PyGC_Head` is a placeholder): absent there.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use core::ffi::c_int;
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::object::PyObject;
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
use crate::objimpl::PyGC_Head;
#[cfg(all(Py_3_8, not(Py_3_9), not(Py_LIMITED_API)))]
use crate::cpython::objimpl::PyGC_Head;
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::cpython::objimpl::PyObject_IS_GC;

// --- PyObject_GC_IsTracked, PyObject_GC_IsFinalized: 3.9 (PyPy: 3.11) ---

#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
pub use crate::{PyObject_GC_IsFinalized, PyObject_GC_IsTracked};

/// `_Py_AS_GC(op)`: the GC header just before the object.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline(always)]
unsafe fn gc_head(op: *mut PyObject) -> *mut PyGC_Head {
    op.cast::<PyGC_Head>().sub(1)
}

/// `PyObject_IS_GC(op) && _PyObject_GC_IS_TRACKED(op)`: 1 if the object has a GC header
/// and the collector tracks it, else 0.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_GC_IsTracked`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_IsTracked) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn PyObject_GC_IsTracked(op: *mut PyObject) -> c_int {
    if PyObject_IS_GC(op) == 0 {
        return 0;
    }
    let g = gc_head(op);
    // 3.7: the refs field (above its finalized bit) holds -2 when untracked.
    #[cfg(not(Py_3_8))]
    return ((*g).gc.gc_refs >> 1 != -2) as c_int;
    // 3.8: an untracked object is in no list.
    #[cfg(Py_3_8)]
    return ((*g)._gc_next != 0) as c_int;
}

/// `PyObject_IS_GC(op) && _PyGC_FINALIZED(op)`: 1 if the object has a GC header and
/// its finalizer (`tp_finalize`) has been called, else 0.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_GC_IsFinalized`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_IsFinalized) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn PyObject_GC_IsFinalized(op: *mut PyObject) -> c_int {
    if PyObject_IS_GC(op) == 0 {
        return 0;
    }
    let g = gc_head(op);
    // The lowest bit: of `gc_refs` in 3.7, of `_gc_prev` in 3.8.
    #[cfg(not(Py_3_8))]
    return ((*g).gc.gc_refs & 1 != 0) as c_int;
    #[cfg(Py_3_8)]
    return ((*g)._gc_prev & 1 != 0) as c_int;
}
