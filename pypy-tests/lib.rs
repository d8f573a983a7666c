//! pyffi's embedding tests as an extension module, for PyPy, which cannot embed:
//! `import pyffi_pypy_tests; pyffi_pypy_tests.run()` runs each test that `build.rs`
//! collected from `tests/`, in the importing interpreter, and returns how many failed.

// The test files import and define what only some of their cfgs use, as tests may.
#![allow(dead_code, unused_imports)]

use std::ptr;

use pyffi::*;

#[path = "../tests/common/mod.rs"]
mod common;

include!(concat!(env!("OUT_DIR"), "/tests.rs"));

/// `run()`: each test with the GIL released around it (a test takes it as it would in
/// an embedding test, and threads it spawns can take it too); prints one line per test.
unsafe extern "C" fn run(_module: *mut PyObject, _args: *mut PyObject) -> *mut PyObject {
    let (list, skipped) = tests();
    for (name, why) in &skipped {
        println!("test {name} ... not on PyPy: {why}");
    }
    let mut failed = Vec::new();
    let state = PyEval_SaveThread();
    for (name, test) in &list {
        match std::panic::catch_unwind(test) {
            Ok(()) => println!("test {name} ... ok"),
            Err(_) => {
                println!("test {name} ... FAILED");
                failed.push(*name);
            }
        }
    }
    PyEval_RestoreThread(state);
    println!(
        "pypy-tests: {} passed, {} failed, {} not on PyPy{}",
        list.len() - failed.len(),
        failed.len(),
        skipped.len(),
        if failed.is_empty() {
            String::new()
        } else {
            format!(": {}", failed.join(", "))
        }
    );
    PyLong_FromLong(failed.len() as _)
}

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c"run".as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: run },
        ml_flags: METH_NOARGS,
        ml_doc: ptr::null(),
    },
    PyMethodDef::zeroed(),
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"pyffi_pypy_tests".as_ptr(),
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
pub unsafe extern "C" fn PyInit_pyffi_pypy_tests() -> *mut PyObject {
    PyModule_Create(ptr::addr_of_mut!(MODULE))
}
