//! `compat::` shims of the thread state, GC, managed dict, file and immortality APIs:
//! the same assertions hold for the native function (where the version has it) and for
//! the crate's fallback.
mod common;

#[allow(unused_imports)]
use common::{eval, fresh, is_immortal, refcnt, take_error, with_gil};
#[allow(unused_imports)]
use pyffi::*;
#[allow(unused_imports)]
use std::ffi::{c_int, c_void, CStr};
#[allow(unused_imports)]
use std::ptr;

/// Runs `code` as a module body and returns its globals (a new reference).
#[allow(dead_code)]
unsafe fn run(code: &CStr) -> *mut PyObject {
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), PyEval_GetBuiltins()),
        0
    );
    let r = PyRun_String(code.as_ptr(), Py_file_input, globals, globals);
    if r.is_null() {
        PyErr_Print();
        panic!("running {code:?} raised");
    }
    Py_DECREF(r);
    globals
}

/// A borrowed reference to `globals[name]`.
#[allow(dead_code)]
unsafe fn get(globals: *mut PyObject, name: &CStr) -> *mut PyObject {
    let o = PyDict_GetItemString(globals, name.as_ptr());
    assert!(!o.is_null(), "{name:?} not defined");
    o
}

// --- PyThreadState_EnterTracing, PyThreadState_LeaveTracing ---

// Observed through PyEval_SetProfile, which PyPy does not have.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
mod tracing {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering::SeqCst};

    static EVENTS: AtomicUsize = AtomicUsize::new(0);

    unsafe extern "C" fn profile(
        _obj: *mut PyObject,
        _frame: *mut PyFrameObject,
        _what: c_int,
        _arg: *mut PyObject,
    ) -> c_int {
        EVENTS.fetch_add(1, SeqCst);
        0
    }

    /// The profile events that calling `f` produces.
    unsafe fn events_of_call(f: *mut PyObject) -> usize {
        EVENTS.store(0, SeqCst);
        let r = PyObject_CallObject(f, ptr::null_mut());
        assert!(!r.is_null());
        Py_DECREF(r);
        EVENTS.load(SeqCst)
    }

    #[test]
    fn enter_and_leave_suspend_and_resume_profiling() {
        with_gil(|| unsafe {
            let f = eval(c"lambda: 1");
            let tstate = PyThreadState_Get();
            PyEval_SetProfile(Some(profile), ptr::null_mut());
            assert!(
                events_of_call(f) > 0,
                "the profile function is not called at all"
            );
            compat::PyThreadState_EnterTracing(tstate);
            assert_eq!(events_of_call(f), 0);
            // Nested: suspended until the outer LeaveTracing.
            compat::PyThreadState_EnterTracing(tstate);
            compat::PyThreadState_LeaveTracing(tstate);
            assert_eq!(events_of_call(f), 0);
            compat::PyThreadState_LeaveTracing(tstate);
            assert!(events_of_call(f) > 0, "profiling did not resume");
            PyEval_SetProfile(None, ptr::null_mut());
            assert_eq!(events_of_call(f), 0);
            // With no profile function installed the pair changes nothing either.
            compat::PyThreadState_EnterTracing(tstate);
            compat::PyThreadState_LeaveTracing(tstate);
            assert_eq!(events_of_call(f), 0);
            assert!(PyErr_Occurred().is_null());
            Py_DECREF(f);
        });
    }
}

// --- PyObject_GC_IsTracked, PyObject_GC_IsFinalized ---

#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11, all(not(Py_LIMITED_API), not(PyPy))))]
#[test]
fn gc_is_tracked() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        assert_eq!(compat::PyObject_GC_IsTracked(list), 1);
        PyObject_GC_UnTrack(list.cast());
        assert_eq!(compat::PyObject_GC_IsTracked(list), 0);
        PyObject_GC_Track(list.cast());
        assert_eq!(compat::PyObject_GC_IsTracked(list), 1);
        assert_eq!(refcnt(list), 1);
        Py_DECREF(list);
        // A float has no GC header at all.
        let o = fresh(1.5);
        assert_eq!(compat::PyObject_GC_IsTracked(o), 0);
        assert_eq!(compat::PyObject_GC_IsFinalized(o), 0);
        Py_DECREF(o);
        assert!(PyErr_Occurred().is_null());
    });
}

#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11, all(not(Py_LIMITED_API), not(PyPy))))]
#[test]
fn gc_is_finalized() {
    with_gil(|| unsafe {
        // `__del__` resurrects the object into `kept`: its finalizer has then run.
        let g = run(c"class R:\n    def __del__(self):\n        kept.append(self)\nkept = []\nfresh = R()\nR()\n");
        let fresh_r = get(g, c"fresh");
        assert_eq!(compat::PyObject_GC_IsTracked(fresh_r), 1);
        assert_eq!(compat::PyObject_GC_IsFinalized(fresh_r), 0);
        let kept = get(g, c"kept");
        assert_eq!(PyList_Size(kept), 1);
        let resurrected = PyList_GetItem(kept, 0);
        assert_eq!(compat::PyObject_GC_IsFinalized(resurrected), 1);
        // Only once: dropping it again does not call `__del__` a second time.
        assert_eq!(PySequence_DelItem(kept, 0), 0);
        assert_eq!(PyList_Size(kept), 0);
        assert!(PyErr_Occurred().is_null());
        Py_DECREF(g);
    });
}

// --- PyObject_VisitManagedDict, PyObject_ClearManagedDict ---

#[cfg(not(Py_LIMITED_API))]
mod managed_dict {
    use super::*;

    /// Records the object visited in the `Vec` behind `arg`; returns the Vec's first
    /// entry when it was pushed as a marker (see `visit_returns_the_visitors_result`).
    unsafe extern "C" fn record(o: *mut PyObject, arg: *mut c_void) -> c_int {
        let seen = &mut *arg.cast::<(Vec<*mut PyObject>, c_int)>();
        seen.0.push(o);
        seen.1
    }

    const CLASS: &CStr = c"class C:\n    pass\nc = C()\nd = {'x': 1}\nc.__dict__ = d\n";

    #[test]
    fn visit_sees_the_instance_dict() {
        with_gil(|| unsafe {
            let g = run(CLASS);
            let (c, d) = (get(g, c"c"), get(g, c"d"));
            let before = refcnt(d);
            let mut seen: (Vec<*mut PyObject>, c_int) = (Vec::new(), 0);
            let rc = compat::PyObject_VisitManagedDict(c, Some(record), (&raw mut seen).cast());
            assert_eq!(rc, 0);
            assert_eq!(seen.0, vec![d]);
            assert_eq!(refcnt(d), before);
            // A visitor's nonzero result is passed on.
            let mut seen: (Vec<*mut PyObject>, c_int) = (Vec::new(), 7);
            let rc = compat::PyObject_VisitManagedDict(c, Some(record), (&raw mut seen).cast());
            assert_eq!(rc, 7);
            assert_eq!(seen.0, vec![d]);
            // Before 3.12, an object without a dict: nothing visited. (CPython's own
            // function is for types with managed dicts only.)
            #[cfg(not(Py_3_12))]
            {
                let o = fresh(2.5);
                let mut seen: (Vec<*mut PyObject>, c_int) = (Vec::new(), 7);
                assert_eq!(
                    compat::PyObject_VisitManagedDict(o, Some(record), (&raw mut seen).cast()),
                    0
                );
                assert!(seen.0.is_empty());
                Py_DECREF(o);
            }
            assert!(PyErr_Occurred().is_null());
            Py_DECREF(g);
        });
    }

    #[test]
    fn clear_drops_the_instance_dict() {
        with_gil(|| unsafe {
            let g = run(CLASS);
            let (c, d) = (get(g, c"c"), get(g, c"d"));
            assert_eq!(PyObject_HasAttrString(c, c"x".as_ptr()), 1);
            let before = refcnt(d);
            compat::PyObject_ClearManagedDict(c);
            assert_eq!(refcnt(d), before - 1);
            assert_eq!(PyObject_HasAttrString(c, c"x".as_ptr()), 0);
            // The dict itself is left as it was, and the object takes attributes again.
            assert_eq!(PyDict_Size(d), 1);
            let v = fresh(3.5);
            assert_eq!(PyObject_SetAttrString(c, c"y".as_ptr(), v), 0);
            assert_eq!(refcnt(v), 2);
            Py_DECREF(v);
            assert_eq!(PyObject_HasAttrString(c, c"y".as_ptr()), 1);
            // Again: the new dict goes too.
            compat::PyObject_ClearManagedDict(c);
            assert_eq!(PyObject_HasAttrString(c, c"y".as_ptr()), 0);
            // Before 3.12, an object without a dict: nothing happens. (CPython's own
            // function is for types with managed dicts only: 3.13t crashes on a float.)
            #[cfg(not(Py_3_12))]
            {
                let o = fresh(2.5);
                compat::PyObject_ClearManagedDict(o);
                assert_eq!(refcnt(o), 1);
                Py_DECREF(o);
            }
            assert!(PyErr_Occurred().is_null());
            Py_DECREF(g);
        });
    }
}

// --- Py_fopen, Py_fclose ---

#[cfg(all(not(Py_LIMITED_API), any(Py_3_14, not(PyPy), target_os = "linux")))]
mod files {
    use super::*;

    extern "C" {
        fn fwrite(p: *const c_void, size: usize, n: usize, f: *mut c_void) -> usize;
        fn fread(p: *mut c_void, size: usize, n: usize, f: *mut c_void) -> usize;
    }

    unsafe fn str_path(p: &std::path::Path) -> *mut PyObject {
        let s = p.to_str().unwrap();
        PyUnicode_FromStringAndSize(s.as_ptr().cast(), s.len() as Py_ssize_t)
    }

    #[test]
    fn fopen_writes_reads_and_fails_like_open() {
        with_gil(|| unsafe {
            let path =
                std::env::temp_dir().join(format!("pyffi-compat-fopen-{}.bin", std::process::id()));
            let name = str_path(&path);
            let file = compat::Py_fopen(name, c"wb".as_ptr());
            assert!(!file.is_null());
            assert!(PyErr_Occurred().is_null());
            assert_eq!(fwrite(b"abc".as_ptr().cast(), 1, 3, file.cast()), 3);
            assert_eq!(compat::Py_fclose(file), 0);
            assert_eq!(std::fs::read(&path).unwrap(), b"abc");
            // A bytes path and an os.PathLike one open the same file.
            let bytes = PyUnicode_EncodeFSDefault(name);
            let pathlib = PyImport_ImportModule(c"pathlib".as_ptr());
            let cls = PyObject_GetAttrString(pathlib, c"Path".as_ptr());
            let pathlike = compat::PyObject_CallOneArg(cls, name);
            for p in [bytes, pathlike] {
                assert!(!p.is_null());
                let before = refcnt(p);
                let file = compat::Py_fopen(p, c"rb".as_ptr());
                assert!(!file.is_null());
                assert_eq!(refcnt(p), before);
                let mut buf = [0u8; 8];
                assert_eq!(fread(buf.as_mut_ptr().cast(), 1, 8, file.cast()), 3);
                assert_eq!(&buf[..3], b"abc");
                assert_eq!(compat::Py_fclose(file), 0);
            }
            for o in [bytes, pathlike, cls, pathlib] {
                Py_DECREF(o);
            }
            // A missing file: NULL and FileNotFoundError (an OSError with its errno).
            std::fs::remove_file(&path).unwrap();
            assert!(compat::Py_fopen(name, c"rb".as_ptr()).is_null());
            assert_eq!(PyErr_ExceptionMatches(PyExc_OSError), 1);
            take_error(PyExc_FileNotFoundError);
            Py_DECREF(name);
            // Not a path: TypeError.
            let o = fresh(1.5);
            assert!(compat::Py_fopen(o, c"rb".as_ptr()).is_null());
            take_error(PyExc_TypeError);
            Py_DECREF(o);
        });
    }
}

// --- PyUnstable_SetImmortal ---

#[cfg(all(Py_3_12, not(Py_LIMITED_API), not(PyPy)))]
#[test]
fn set_immortal() {
    // Immortal objects are never freed, so this runs once, outside the leak check (and
    // never beside a checked closure, whose count it would move).
    common::serial(|| unsafe {
        let o = fresh(4.5);
        assert!(!is_immortal(o));
        assert_eq!(compat::PyUnstable_SetImmortal(o), 1);
        assert!(is_immortal(o));
        let count = refcnt(o);
        Py_INCREF(o);
        Py_DECREF(o);
        Py_DECREF(o);
        assert_eq!(refcnt(o), count);
        // A tracked container is untracked first.
        let list = PyList_New(0);
        assert_eq!(PyObject_GC_IsTracked(list), 1);
        assert_eq!(compat::PyUnstable_SetImmortal(list), 1);
        assert!(is_immortal(list));
        assert_eq!(PyObject_GC_IsTracked(list), 0);
        // Not when another reference exists, nor for a str: unchanged, no error.
        let shared = fresh(5.5);
        Py_INCREF(shared);
        assert_eq!(compat::PyUnstable_SetImmortal(shared), 0);
        assert!(!is_immortal(shared));
        assert_eq!(refcnt(shared), 2);
        Py_DECREF(shared);
        Py_DECREF(shared);
        let s = PyUnicode_FromString(c"pyffi set_immortal".as_ptr());
        assert_eq!(refcnt(s), 1);
        assert_eq!(compat::PyUnstable_SetImmortal(s), 0);
        assert!(!is_immortal(s));
        Py_DECREF(s);
        assert!(PyErr_Occurred().is_null());
    });
}
