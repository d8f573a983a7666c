//! Shims for `Include/pystate.h` and `Include/cpython/pystate.h`. Before 3.9 the
//! fallbacks read the thread state's fields, which the limited API hides: absent there.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(Py_3_8, not(Py_3_9), not(Py_LIMITED_API)))]
use crate::pytypedefs::PyInterpreterState;
#[cfg(all(Py_3_9, Py_LIMITED_API))]
use crate::pytypedefs::PyThreadState;
#[cfg(any(all(Py_3_11, not(PyPy)), all(Py_3_9, Py_LIMITED_API)))]
use crate::pytypedefs::PyFrameObject;
#[cfg(any(all(Py_3_9, not(PyPy)), all(not(Py_LIMITED_API), not(PyPy)), Py_3_11))]
use crate::refcount::Py_XDECREF;
#[cfg(any(PyPy, all(not(Py_3_8), not(Py_LIMITED_API))))]
use crate::pystate::PyInterpreterState;
#[cfg(any(all(not(Py_3_9), not(Py_LIMITED_API)), PyPy))]
use crate::pystate::PyThreadState_Get;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::pystate::PyThreadState;
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::compat::refcount::Py_XNewRef;
#[cfg(any(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)), all(Py_3_11, PyPy)))]
use crate::cpython::frameobject::PyFrameObject;

// --- PyThreadState_GetUnchecked: 3.13, outside the limited API ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::PyThreadState_GetUnchecked;

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPyThreadState_UncheckedGet")]
    fn _PyThreadState_UncheckedGet() -> *mut PyThreadState;
}

/// The current thread state, NULL if none (no fatal error, unlike PyThreadState_Get).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyThreadState_GetUnchecked`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_GetUnchecked) (docs: added 3.13). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyThreadState_GetUnchecked() -> *mut PyThreadState {
    _PyThreadState_UncheckedGet()
}

// --- PyThreadState_GetInterpreter, PyInterpreterState_Get: 3.9 (PyPy: 3.11, and
// PyInterpreterState_Get never) ---

#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
pub use crate::PyThreadState_GetInterpreter;

/// `tstate->interp`.
#[cfg(all(not(any(all(Py_3_9, not(PyPy)), Py_3_11)), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyThreadState_GetInterpreter`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_GetInterpreter) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10.
pub unsafe fn PyThreadState_GetInterpreter(tstate: *mut PyThreadState) -> *mut PyInterpreterState {
    (*tstate).interp
}

#[cfg(all(Py_3_9, not(PyPy)))]
pub use crate::PyInterpreterState_Get;

/// The current thread's interpreter (a fatal error if there is no thread state, as in C).
#[cfg(all(not(all(Py_3_9, not(PyPy))), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyInterpreterState_Get`](https://docs.python.org/3/c-api/subinterpreters.html#c.PyInterpreterState_Get) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn PyInterpreterState_Get() -> *mut PyInterpreterState {
    (*PyThreadState_Get()).interp
}

// --- PyThreadState_GetID, PyThreadState_GetFrame: 3.9 (PyPy: 3.11; PyPy 3.9's thread
// state has neither field, so they are absent there) ---

#[cfg(any(all(Py_3_9, not(PyPy)), all(Py_3_11, PyPy)))]
pub use crate::PyThreadState_GetID;

/// `tstate->id`, the thread state's unique id.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyThreadState_GetID`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_GetID) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10.
pub unsafe fn PyThreadState_GetID(tstate: *mut PyThreadState) -> u64 {
    (*tstate).id
}

#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
pub use crate::PyThreadState_GetFrame;

/// A strong reference to the frame the thread is running, or NULL if none.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyThreadState_GetFrame`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_GetFrame) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.10.
pub unsafe fn PyThreadState_GetFrame(tstate: *mut PyThreadState) -> *mut PyFrameObject {
    Py_XNewRef((*tstate).frame.cast()).cast()
}

// --- _PyThreadState_GetFrameBorrow: pythoncapi-compat's own, in no CPython ---

/// PyThreadState_GetFrame as a borrowed reference (the thread keeps its frame alive).
#[cfg(any(Py_3_11, all(not(PyPy), any(Py_3_9, not(Py_LIMITED_API)))))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _PyThreadState_GetFrameBorrow(tstate: *mut PyThreadState) -> *mut PyFrameObject {
    let frame = PyThreadState_GetFrame(tstate);
    Py_XDECREF(frame.cast());
    frame
}

// --- PyThreadState_EnterTracing, PyThreadState_LeaveTracing: 3.11 (PyPy: 3.11). The
// fallbacks write the thread state's fields, which PyPy 3.9's thread state lacks:
// absent there. ---

#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
pub use crate::{PyThreadState_EnterTracing, PyThreadState_LeaveTracing};

/// `tstate->tracing++` and `use_tracing = 0` (in `tstate->cframe` from 3.10): trace and
/// profile functions are not called until PyThreadState_LeaveTracing.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyThreadState_EnterTracing`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_EnterTracing) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyThreadState_EnterTracing(tstate: *mut PyThreadState) {
    (*tstate).tracing += 1;
    #[cfg(Py_3_10)]
    {
        (*(*tstate).cframe).use_tracing = 0;
    }
    #[cfg(not(Py_3_10))]
    {
        (*tstate).use_tracing = 0;
    }
}

/// `tstate->tracing--` and `use_tracing` set again from whether a trace or profile
/// function is installed: undoes PyThreadState_EnterTracing.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyThreadState_LeaveTracing`](https://docs.python.org/3/c-api/threads.html#c.PyThreadState_LeaveTracing) (docs: added 3.11). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyThreadState_LeaveTracing(tstate: *mut PyThreadState) {
    (*tstate).tracing -= 1;
    let use_tracing =
        ((*tstate).c_tracefunc.is_some() || (*tstate).c_profilefunc.is_some()) as core::ffi::c_int;
    #[cfg(Py_3_10)]
    {
        (*(*tstate).cframe).use_tracing = use_tracing;
    }
    #[cfg(not(Py_3_10))]
    {
        (*tstate).use_tracing = use_tracing;
    }
}
