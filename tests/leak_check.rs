//! The leak check of tests/common fails when a test leaks: a reference taken on each run
//! and never given back moves the total count on a debug build, and nothing on a release
//! build (which has no total to read).

mod common;

use common::*;
use pyffi::*;

#[test]
fn a_reference_leaked_on_each_run_fails_the_check() {
    let leaked = std::panic::catch_unwind(|| {
        with_gil(|| unsafe {
            // A fresh float per run, one reference never released.
            let _ = fresh(1.5);
        })
    });
    match leaked {
        Ok(()) => assert!(!counts_in_total(), "a leaked reference passed the check"),
        Err(e) => {
            let msg = e.downcast_ref::<String>().cloned().unwrap_or_default();
            assert!(counts_in_total(), "a release build failed the check: {msg}");
            assert!(msg.contains("moved by 1 "), "unexpected failure: {msg}");
        }
    }
}

#[test]
fn a_reference_given_back_passes_the_check() {
    with_gil(|| unsafe {
        let o = fresh(2.5);
        Py_INCREF(o);
        Py_DECREF(o);
        Py_DECREF(o);
    });
}
