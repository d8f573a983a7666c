//! Shims for `Include/import.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_13))]
use core::ffi::c_char;
#[cfg(not(Py_3_13))]
use crate::object::PyObject;
#[cfg(all(Py_3_10, not(Py_3_13)))]
use crate::refcount::Py_XNewRef;
#[cfg(not(Py_3_13))]
use crate::import::PyImport_AddModule;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_XNewRef;

// --- PyImport_AddModuleRef: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyImport_AddModuleRef;

/// PyImport_AddModule returning a strong reference.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyImport_AddModuleRef`](https://docs.python.org/3/c-api/import.html#c.PyImport_AddModuleRef) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13. Returns a new reference.
pub unsafe fn PyImport_AddModuleRef(name: *const c_char) -> *mut PyObject {
    Py_XNewRef(PyImport_AddModule(name))
}
