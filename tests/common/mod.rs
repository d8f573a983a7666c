//! Shared set-up for the embedding tests: one interpreter per test process, entered
//! by each test thread through the GIL state API.
#![allow(dead_code)]

use pyffi::*;
use std::ffi::CStr;
use std::sync::Once;

static INIT: Once = Once::new();

/// Runs `f` with the interpreter initialised and the GIL held by this thread.
pub fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    INIT.call_once(|| unsafe {
        Py_InitializeEx(0);
        // Release the GIL taken by initialisation so that any test thread can take it.
        PyEval_SaveThread();
    });
    // Released on unwinding too: a failing test must not keep the GIL from the others.
    struct Gil(PyGILState_STATE);
    impl Drop for Gil {
        fn drop(&mut self) {
            unsafe { PyGILState_Release(self.0) }
        }
    }
    let _gil = Gil(unsafe { PyGILState_Ensure() });
    f()
}

/// Evaluates a Python expression; panics with the Python error if it raises.
pub unsafe fn eval(expr: &CStr) -> *mut PyObject {
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), PyEval_GetBuiltins()),
        0
    );
    let r = PyRun_String(expr.as_ptr(), Py_eval_input, globals, globals);
    Py_DECREF(globals);
    if r.is_null() {
        PyErr_Print();
        panic!("evaluating {expr:?} raised");
    }
    r
}

/// Takes the pending exception, asserting it is an instance of `kind`.
pub unsafe fn take_error(kind: *mut PyObject) {
    assert!(!PyErr_Occurred().is_null(), "expected an exception");
    assert_eq!(
        PyErr_ExceptionMatches(kind),
        1,
        "a different exception is pending"
    );
    PyErr_Clear();
}

/// The object's `str()` as a Rust string.
pub unsafe fn to_string(o: *mut PyObject) -> String {
    let s = PyObject_Str(o);
    assert!(!s.is_null());
    let mut len = 0;
    let p = PyUnicode_AsUTF8AndSize(s, &mut len);
    let out =
        String::from_utf8_lossy(std::slice::from_raw_parts(p.cast(), len as usize)).into_owned();
    Py_DECREF(s);
    out
}

/// Whether the object is immortal (3.12+), so that its reference count never moves.
pub unsafe fn is_immortal(o: *mut PyObject) -> bool {
    #[cfg(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
    return _Py_IsImmortal(o) != 0;
    #[cfg(not(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED)))))]
    {
        let _ = o;
        false
    }
}

/// Runs `f` on the value of a Python expression, then drops it.
pub unsafe fn with_obj<R>(expr: &CStr, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let o = eval(expr);
    let r = f(o);
    Py_DECREF(o);
    r
}

/// Asserts `check(expr)` for each (expression, expected) pair.
pub unsafe fn table(
    check: unsafe fn(*mut PyObject) -> std::ffi::c_int,
    name: &str,
    cases: &[(&CStr, i32)],
) {
    for &(expr, want) in cases {
        with_obj(expr, |o| assert_eq!(check(o), want, "{name}({expr:?})"));
    }
}

/// A new float: neither cached nor immortal, so its reference count starts at 1 and moves.
pub unsafe fn fresh(value: f64) -> *mut PyObject {
    let o = PyFloat_FromDouble(value);
    assert_eq!(Py_REFCNT(o), 1);
    o
}
