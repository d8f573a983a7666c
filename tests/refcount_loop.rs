//! The inline refcounting paths, run many times over mortal and immortal objects, leave
//! every object's count exactly as it was: each increment is matched by a decrement of
//! the same object, so any path that counts wrong (an immortal object's count moved, a
//! decrement lost, the wrong field of a biased count) shows up as a difference. On a
//! debug build, tests/common also checks the interpreter's total count around it.

mod common;

use common::*;
use pyffi::*;
use std::ptr;

const ROUNDS: usize = 10_000;

/// The objects of the loop, named: fresh mortal ones, and ones that are immortal from
/// 3.12 (mortal, with large shared counts, before).
unsafe fn objects() -> Vec<(&'static str, *mut PyObject)> {
    vec![
        ("fresh float", fresh(0.25)),
        ("fresh list", PyList_New(0)),
        ("instance of a Python class", eval(c"type('C', (), {})()")),
        ("None", compat::Py_NewRef(Py_None())),
        ("True", compat::Py_NewRef(Py_True())),
        ("small int 1", PyLong_FromLong(1)),
        ("empty tuple", PyTuple_New(0)),
        ("empty str", PyUnicode_FromString(c"".as_ptr())),
    ]
}

/// One round of every path over `o`; asserts the count in the middle, where it is up by
/// exactly one (mortal) or unchanged (immortal).
unsafe fn round(name: &str, o: *mut PyObject, start: Py_ssize_t, immortal: bool) {
    let up = start + !immortal as Py_ssize_t;
    let check = |path: &str| {
        let now = Py_REFCNT(o);
        assert_eq!(now, up, "{name}: after {path}, count {now}, expected {up}");
    };
    Py_INCREF(o);
    check("Py_INCREF");
    Py_DECREF(o);

    Py_XINCREF(o);
    check("Py_XINCREF");
    Py_XDECREF(o);

    let r = compat::Py_NewRef(o);
    assert_eq!(r, o);
    check("Py_NewRef");
    Py_DECREF(r);

    let r = compat::Py_XNewRef(o);
    assert_eq!(r, o);
    check("Py_XNewRef");
    Py_XDECREF(r);

    let mut slot = compat::Py_NewRef(o);
    check("Py_NewRef into a slot");
    Py_CLEAR(&mut slot);
    assert!(slot.is_null(), "{name}: Py_CLEAR left the slot set");

    // Py_SETREF's pattern: the slot takes the new reference, then the old one goes.
    let mut slot = compat::Py_NewRef(o);
    let old = slot;
    slot = compat::Py_NewRef(o);
    Py_DECREF(old);
    check("replacing a slot's reference with another");
    // Py_XSETREF's, from and to NULL.
    let old = slot;
    slot = ptr::null_mut();
    Py_XDECREF(old);
    let old = slot;
    slot = compat::Py_XNewRef(o);
    Py_XDECREF(old);
    check("setting a NULL slot");
    Py_CLEAR(&mut slot);
}

#[test]
fn refcount_paths_leave_each_count_as_it_was() {
    with_gil(|| unsafe {
        for (name, o) in objects() {
            assert!(!o.is_null(), "{name}: could not be made");
            let immortal = is_immortal(o);
            let start = Py_REFCNT(o);
            for _ in 0..ROUNDS {
                round(name, o, start, immortal);
            }
            let end = Py_REFCNT(o);
            assert_eq!(
                end, start,
                "{name} (immortal: {immortal}): count {end} after {ROUNDS} rounds, {start} before"
            );
            Py_DECREF(o);
        }
    });
}

#[test]
fn many_increments_then_as_many_decrements() {
    with_gil(|| unsafe {
        for (name, o) in objects() {
            let immortal = is_immortal(o);
            let start = Py_REFCNT(o);
            for _ in 0..ROUNDS {
                Py_INCREF(o);
            }
            let top = Py_REFCNT(o);
            let want = if immortal {
                start
            } else {
                start + ROUNDS as Py_ssize_t
            };
            assert_eq!(
                top, want,
                "{name} (immortal: {immortal}): {ROUNDS} increments"
            );
            for _ in 0..ROUNDS {
                Py_DECREF(o);
            }
            let end = Py_REFCNT(o);
            assert_eq!(
                end, start,
                "{name} (immortal: {immortal}): {ROUNDS} decrements"
            );
            Py_DECREF(o);
        }
    });
}

/// The objects that are immortal from 3.12 are reported so, and the fresh ones never.
#[test]
fn immortality_is_as_the_version_says() {
    with_gil(|| unsafe {
        for (name, o) in objects() {
            let fresh = name.starts_with("fresh") || name.starts_with("instance");
            let want = cfg!(Py_3_12) && !fresh;
            assert_eq!(is_immortal(o), want, "{name}: immortal");
            Py_DECREF(o);
        }
    });
}
