//! Embedding tests of the macro spellings of `pymem.h`, `objimpl.h` and `pymacro.h`, and of
//! `Py_SETREF`, `Py_XSETREF` and `Py_VISIT`, against a live interpreter.

mod common;

use common::*;
use pyffi::*;
use std::ffi::{c_int, c_void};
use std::ptr;

#[test]
fn pymem_type_macros_allocate_resize_and_refuse_overflow() {
    with_gil(|| unsafe {
        let mut p: *mut u64 = PyMem_New::<u64>(4);
        assert!(!p.is_null(), "PyMem_New::<u64>(4) returned NULL");
        for i in 0..4 {
            *p.add(i) = i as u64 * 10;
        }
        let q = PyMem_Resize(&mut p, 1000);
        assert_eq!(q, p, "PyMem_Resize stores its result in p");
        assert_eq!((*p, *p.add(3)), (0, 30), "PyMem_Resize keeps the contents");
        PyMem_Del(p.cast());
        // C's overflow guard: more than PY_SSIZE_T_MAX bytes gives NULL, no allocation.
        let too_many = PY_SSIZE_T_MAX as usize / 8 + 1;
        assert!(
            PyMem_New::<u64>(too_many).is_null(),
            "PyMem_New past PY_SSIZE_T_MAX"
        );
        assert!(
            PyMem_NEW::<u64>(too_many).is_null(),
            "PyMem_NEW past PY_SSIZE_T_MAX"
        );
        let mut r: *mut u64 = PyMem_MALLOC(8).cast();
        assert!(!r.is_null());
        assert!(
            PyMem_RESIZE(&mut r, too_many).is_null(),
            "PyMem_RESIZE past PY_SSIZE_T_MAX"
        );
        assert!(r.is_null(), "PyMem_RESIZE stores NULL in p, as C does");
        let s = PyMem_REALLOC(PyMem_MALLOC(8), 64);
        assert!(!s.is_null());
        PyMem_FREE(s);
        PyMem_DEL(PyMem_MALLOC(1));
        let o = PyObject_REALLOC(PyObject_MALLOC(16), 32);
        assert!(!o.is_null());
        PyObject_FREE(o);
        PyObject_Del(PyObject_MALLOC(1));
        PyObject_DEL(PyObject_MALLOC(1));
    });
}

// tp_basicsize is hidden under the limited API.
#[cfg(not(Py_LIMITED_API))]
#[test]
fn object_init_and_new_macros_make_live_objects() {
    with_gil(|| unsafe {
        let tp = ptr::addr_of_mut!(PyBaseObject_Type);
        let o: *mut PyObject = PyObject_NEW(tp);
        assert!(!o.is_null());
        assert_eq!(
            (Py_TYPE(o), Py_REFCNT(o)),
            (tp, 1),
            "PyObject_NEW: type and count"
        );
        Py_DECREF(o);
        // PyObject_INIT on memory from PyObject_MALLOC, as C extensions do.
        let size = (*tp).tp_basicsize as usize;
        let m = PyObject_MALLOC(size).cast::<PyObject>();
        let o = PyObject_INIT(m, tp);
        assert_eq!((o, Py_TYPE(o), Py_REFCNT(o)), (m, tp, 1), "PyObject_INIT");
        Py_DECREF(o);
        // bytes: variable-size and not GC; its dealloc frees with PyObject_Free, matching
        // the allocation (and a debug build's total count sees the reference go).
        let t = ptr::addr_of_mut!(PyBytes_Type);
        let v: *mut PyObject = PyObject_NEW_VAR(t, 0);
        assert!(!v.is_null());
        assert_eq!(Py_SIZE(v), 0, "PyObject_NEW_VAR's size");
        let m = PyObject_MALLOC((*t).tp_basicsize as usize).cast::<PyVarObject>();
        let w = PyObject_INIT_VAR(m, t, 0);
        assert_eq!((w, Py_SIZE(w.cast())), (m, 0), "PyObject_INIT_VAR");
        Py_DECREF(w.cast());
        Py_DECREF(v);
    });
}

#[test]
fn pymacro_min_max_abs_charmask_match_c() {
    unsafe {
        assert_eq!((Py_MIN(3, -2), Py_MAX(3, -2)), (-2, 3));
        assert_eq!((Py_MIN(1.5, 2.5), Py_MAX(1.5, 2.5)), (1.5, 2.5));
        assert_eq!((Py_ABS(-7i64), Py_ABS(7i64), Py_ABS(-0.5)), (7, 7, 0.5));
        assert_eq!(
            (Py_CHARMASK(-1), Py_CHARMASK(0x141), Py_CHARMASK(65)),
            (0xff, 0x41, 65)
        );
    }
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn setref_stores_then_releases_the_old_value() {
    with_gil(|| unsafe {
        let a = PyList_New(0);
        let b = PyList_New(0);
        Py_INCREF(a);
        let mut slot = a;
        Py_SETREF(&mut slot, b);
        assert_eq!(
            (slot, Py_REFCNT(a)),
            (b, 1),
            "Py_SETREF: slot and old value's count"
        );
        let mut empty: *mut PyObject = ptr::null_mut();
        Py_XSETREF(&mut empty, a);
        assert_eq!(empty, a, "Py_XSETREF from NULL");
        Py_XSETREF(&mut empty, ptr::null_mut());
        assert!(empty.is_null());
        Py_DECREF(slot);
    });
}

static mut SEEN: Vec<usize> = Vec::new();

unsafe extern "C" fn record(op: *mut PyObject, arg: *mut c_void) -> c_int {
    (*ptr::addr_of_mut!(SEEN)).push(op as usize);
    arg as usize as c_int // nonzero arg: stop, as a failed visit does
}

unsafe fn traverse(ops: &[*mut PyObject], visit: visitproc, arg: *mut c_void) -> c_int {
    for &op in ops {
        Py_VISIT!(op, visit, arg);
    }
    0
}

#[test]
fn visit_skips_null_and_returns_the_first_nonzero_result() {
    with_gil(|| unsafe {
        let a = PyList_New(0);
        let b = PyList_New(0);
        (*ptr::addr_of_mut!(SEEN)).clear();
        let r = traverse(&[a, ptr::null_mut(), b], record, ptr::null_mut());
        assert_eq!(
            (r, (*ptr::addr_of!(SEEN)).clone()),
            (0, vec![a as usize, b as usize])
        );
        (*ptr::addr_of_mut!(SEEN)).clear();
        let r = traverse(&[a, b], record, 5 as *mut c_void);
        assert_eq!(
            (r, (*ptr::addr_of!(SEEN)).clone()),
            (5, vec![a as usize]),
            "stops at the first nonzero"
        );
        Py_DECREF(a);
        Py_DECREF(b);
    });
}
