//! Shims for `Include/pylifecycle.h` and `Include/cpython/pylifecycle.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_13))]
use core::ffi::c_int;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::object::PyObject_IsTrue;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::refcount::Py_DECREF;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::pyerrors::PyErr_Clear;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::sysmodule::PySys_GetObject;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::abstract_::PyObject_CallObject;

// --- Py_IsFinalizing: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::Py_IsFinalizing;

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPy_IsFinalizing")]
    fn _Py_IsFinalizing() -> c_int;
}

/// Whether the main interpreter is shutting down: 1 or 0.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`Py_IsFinalizing`](https://docs.python.org/3/c-api/interp-lifecycle.html#c.Py_IsFinalizing) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn Py_IsFinalizing() -> c_int {
    // The private function 3.13 made public.
    #[cfg(not(Py_LIMITED_API))]
    return _Py_IsFinalizing();
    // The limited API has only `sys.is_finalizing()`; an error there counts as "no".
    #[cfg(Py_LIMITED_API)]
    {
        let f = PySys_GetObject(c"is_finalizing".as_ptr());
        if f.is_null() {
            return 0;
        }
        let r = PyObject_CallObject(f, core::ptr::null_mut());
        if r.is_null() {
            PyErr_Clear();
            return 0;
        }
        let yes = PyObject_IsTrue(r);
        Py_DECREF(r);
        if yes < 0 {
            PyErr_Clear();
            return 0;
        }
        yes
    }
}
