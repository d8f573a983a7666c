//! True, False and Ellipsis: identity, type checks and reference counting; the
//! `Py_RETURN_*!` macros; the thread state and code-running macros; the
//! interpreter-config constants.
mod common;

use common::{eval, to_string, with_gil};
use pyffi::*;
use std::ptr;

#[test]
fn bools() {
    with_gil(|| unsafe {
        let t = eval(c"1 == 1");
        let f = eval(c"1 == 2");
        assert_eq!(t, Py_True());
        assert_eq!(f, Py_False());
        assert_ne!(Py_True(), Py_False());
        assert_eq!((PyBool_Check(t), PyBool_Check(f)), (1, 1));
        let one = PyLong_FromLong(1);
        assert_eq!(PyBool_Check(one), 0, "int is not bool");
        assert_eq!(
            (Py_IsTrue(t), Py_IsFalse(t), Py_IsTrue(f), Py_IsFalse(f)),
            (1, 0, 0, 1)
        );
        assert_eq!((Py_IsTrue(one), Py_IsFalse(one)), (0, 0));
        assert_eq!(to_string(Py_True()), "True");
        assert_eq!(to_string(Py_False()), "False");
        assert_eq!(Py_TYPE(Py_True()), &raw mut PyBool_Type);
        Py_DECREF(one);
        Py_DECREF(t);
        Py_DECREF(f);
    });
}

#[test]
fn bool_reference_counts() {
    with_gil(|| unsafe {
        for (v, singleton) in [(1, Py_True()), (0, Py_False())] {
            let before = Py_REFCNT(singleton);
            // PyBool_FromLong returns a new reference to the singleton.
            let b = PyBool_FromLong(v);
            assert_eq!(b, singleton);
            // From 3.12 the bools are immortal: references do not count.
            #[cfg(not(Py_3_12))]
            assert_eq!(Py_REFCNT(singleton), before + 1);
            #[cfg(Py_3_12)]
            assert_eq!(Py_REFCNT(singleton), before);
            Py_DECREF(b);
            assert_eq!(Py_REFCNT(singleton), before);
            // Py_True()/Py_False() are borrowed: taking them changes nothing.
            let _ = (Py_True(), Py_False());
            assert_eq!(Py_REFCNT(singleton), before);
        }
    });
}

fn return_none() -> *mut PyObject {
    Py_RETURN_NONE!();
}

fn return_not_implemented() -> *mut PyObject {
    Py_RETURN_NOTIMPLEMENTED!();
}

fn return_bool(v: bool) -> *mut PyObject {
    if v {
        Py_RETURN_TRUE!();
    }
    Py_RETURN_FALSE!();
}

fn richcompare(a: i32, b: i32, op: core::ffi::c_int) -> *mut PyObject {
    Py_RETURN_RICHCOMPARE!(a, b, op);
}

/// Each `Py_RETURN_*!` returns its singleton as a new reference: counted before 3.12,
/// immortal (the count does not move) from 3.12; the caller's `Py_DECREF` restores it.
#[test]
fn return_macros() {
    with_gil(|| unsafe {
        type Returns = fn() -> *mut PyObject;
        let cases: [(Returns, *mut PyObject); 4] = [
            (return_none, Py_None()),
            (return_not_implemented, Py_NotImplemented()),
            (|| return_bool(true), Py_True()),
            (|| return_bool(false), Py_False()),
        ];
        for (f, singleton) in cases {
            let before = Py_REFCNT(singleton);
            let r = f();
            assert_eq!(r, singleton);
            let counted = if cfg!(Py_3_12) { 0 } else { 1 };
            assert_eq!(Py_REFCNT(singleton), before + counted);
            Py_DECREF(r);
            assert_eq!(Py_REFCNT(singleton), before);
        }
        let table = [
            (Py_LT, [true, false, false]),
            (Py_LE, [true, true, false]),
            (Py_EQ, [false, true, false]),
            (Py_NE, [true, false, true]),
            (Py_GT, [false, false, true]),
            (Py_GE, [false, true, true]),
        ];
        for (op, expect) in table {
            for (b, want) in [2, 1, 0].into_iter().zip(expect) {
                let r = richcompare(1, b, op);
                assert_eq!(r, if want { Py_True() } else { Py_False() }, "1 op{op} {b}");
                Py_DECREF(r);
            }
        }
        let bad = std::panic::catch_unwind(|| richcompare(1, 1, 99));
        assert!(bad.is_err(), "an operator outside Py_LT..Py_GE panics");
    });
}

#[test]
fn ellipsis() {
    with_gil(|| unsafe {
        let e = eval(c"...");
        assert_eq!(e, Py_Ellipsis());
        assert_eq!(Py_TYPE(e), &raw mut PyEllipsis_Type);
        assert_eq!(to_string(Py_Ellipsis()), "Ellipsis");
        let before = Py_REFCNT(e);
        Py_DECREF(e);
        #[cfg(not(Py_3_12))]
        assert_eq!(Py_REFCNT(Py_Ellipsis()), before - 1);
        #[cfg(Py_3_12)]
        assert_eq!(Py_REFCNT(Py_Ellipsis()), before);
    });
}

#[test]
fn thread_state_get() {
    with_gil(|| unsafe {
        let ts = PyThreadState_GET();
        assert!(!ts.is_null());
        assert_eq!(ts, PyThreadState_Get());
    });
}

// PyRun_SimpleString is outside the limited API.
#[cfg(not(Py_LIMITED_API))]
#[test]
fn run_and_compile() {
    with_gil(|| unsafe {
        assert_eq!(
            PyRun_SimpleString(c"import sys; sys.pyffi_ran = 6 * 7".as_ptr()),
            0
        );
        let r = eval(c"__import__('sys').pyffi_ran");
        assert_eq!(PyLong_AsLong(r), 42);
        Py_DECREF(r);

        let code = Py_CompileString(c"2 ** 10".as_ptr(), c"<pyffi>".as_ptr(), Py_eval_input);
        assert!(!code.is_null());
        let globals = PyDict_New();
        let r = PyEval_EvalCode(code, globals, globals);
        assert_eq!(PyLong_AsLong(r), 1024);
        Py_DECREF(r);
        Py_DECREF(code);
        #[cfg(not(Py_LIMITED_API))]
        {
            let code = Py_CompileStringFlags(
                c"y = 3".as_ptr(),
                c"<pyffi>".as_ptr(),
                Py_file_input,
                ptr::null_mut(),
            );
            assert!(!code.is_null());
            let r = PyEval_EvalCode(code, globals, globals);
            assert_eq!(r, Py_None());
            Py_DECREF(r);
            Py_DECREF(code);
            assert_eq!(
                PyLong_AsLong(PyDict_GetItemString(globals, c"y".as_ptr())),
                3
            );
        }
        Py_DECREF(globals);
    });
}

#[cfg(not(Py_3_13))]
#[test]
fn eval_call_object() {
    with_gil(|| unsafe {
        let f = eval(c"lambda *a: sum(a)");
        let args = eval(c"(1, 2, 3)");
        let r = PyEval_CallObject(f, args);
        assert_eq!(PyLong_AsLong(r), 6);
        Py_DECREF(r);
        Py_DECREF(args);
        Py_DECREF(f);
    });
}

#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
#[test]
fn interpreter_configs() {
    let isolated = _PyInterpreterConfig_INIT;
    assert_eq!(
        (
            isolated.use_main_obmalloc,
            isolated.allow_threads,
            isolated.check_multi_interp_extensions
        ),
        (0, 1, 1)
    );
    assert_eq!(isolated.gil, PyInterpreterConfig_OWN_GIL);
    let legacy = _PyInterpreterConfig_LEGACY_INIT;
    assert_eq!(
        (
            legacy.use_main_obmalloc,
            legacy.allow_fork,
            legacy.allow_daemon_threads
        ),
        (1, 1, 1)
    );
    assert_eq!(legacy.gil, PyInterpreterConfig_SHARED_GIL);
    assert_eq!(
        legacy.check_multi_interp_extensions,
        cfg!(Py_GIL_DISABLED) as i32
    );
}

#[test]
fn member_def_in_structmember() {
    // pyo3-ffi code names it by its old home.
    let m = pyffi::structmember::PyMemberDef {
        name: c"x".as_ptr(),
        type_code: pyffi::structmember::T_INT,
        offset: 8,
        flags: pyffi::structmember::READONLY,
        doc: ptr::null(),
    };
    let same: PyMemberDef = m;
    assert_eq!((same.type_code, same.offset, same.flags), (1, 8, 1));
    assert_eq!(Py_AUDIT_READ, 2);
    assert_eq!(Py_RELATIVE_OFFSET, 8);
}

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
unsafe extern "C" fn free_extra(_: *mut core::ffi::c_void) {}

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[test]
fn code_extra_index_names() {
    with_gil(|| unsafe {
        // The old and the new name hand out consecutive indexes from one counter.
        // pyo3-ffi types the free function as never NULL.
        let a = PyUnstable_Eval_RequestCodeExtraIndex(free_extra);
        let b = _PyEval_RequestCodeExtraIndex(free_extra);
        assert!(a >= 0);
        assert_eq!(b, a + 1);
    });
}
