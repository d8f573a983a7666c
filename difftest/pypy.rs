//! The differential tests as an extension module, for PyPy, which cannot embed:
//! `import pyffi_difftest_pypy; pyffi_difftest_pypy.compare()` runs `tests/diff.rs`'s
//! comparison in the importing interpreter and returns its exit status.

use std::ptr;

use pyffi::*;

#[path = "tests/diff.rs"]
mod diff;

/// `compare()`: the comparison's exit status (a panic, which must not cross into C, is 101).
unsafe extern "C" fn compare(_module: *mut PyObject, _args: *mut PyObject) -> *mut PyObject {
    PyLong_FromLong(
        std::panic::catch_unwind(diff::compare)
            .unwrap_or(101)
            .into(),
    )
}

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c"compare".as_ptr(),
        ml_meth: PyMethodDefPointer {
            PyCFunction: compare,
        },
        ml_flags: METH_NOARGS,
        ml_doc: ptr::null(),
    },
    PyMethodDef::zeroed(),
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"pyffi_difftest_pypy".as_ptr(),
    m_doc: ptr::null(),
    m_size: 0,
    m_methods: ptr::addr_of_mut!(METHODS) as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// The module's init function.
///
/// # Safety
/// Only the interpreter's import machinery calls it, holding the GIL.
#[allow(non_snake_case)]
#[no_mangle]
pub unsafe extern "C" fn PyInit_pyffi_difftest_pypy() -> *mut PyObject {
    PyModule_Create(ptr::addr_of_mut!(MODULE))
}
