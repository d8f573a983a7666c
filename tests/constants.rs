//! Embedding tests of the hand-written constants, root enumerators and `pyctype.h`'s
//! classifiers, against what the running interpreter reports.

mod common;

use common::*;
use pyffi::*;
#[cfg(not(any(Py_LIMITED_API, PyPy)))]
use std::ffi::CString;

/// Evaluates an int-valued expression (every value here fits in `long long`).
#[cfg(not(any(Py_LIMITED_API, PyPy)))]
unsafe fn int(expr: &str) -> i128 {
    let o = eval(&CString::new(expr).unwrap());
    let v = PyLong_AsLongLong(o);
    Py_DECREF(o);
    v as i128
}

#[cfg(not(any(Py_LIMITED_API, PyPy)))]
#[test]
fn long_and_hash_constants_match_sys() {
    with_gil(|| unsafe {
        let bits = int("__import__('sys').int_info.bits_per_digit");
        assert_eq!(
            (PyLong_BASE as i128, PyLong_MASK as i128),
            (1 << bits, (1 << bits) - 1)
        );
        #[cfg(Py_3_13)]
        assert_eq!(
            PyHASH_MODULUS as i128,
            int("__import__('sys').hash_info.modulus")
        );
        #[cfg(Py_3_13)]
        assert_eq!((PyTime_MIN, PyTime_MAX), (i64::MIN, i64::MAX));
        assert_eq!(PYTHREAD_INVALID_THREAD_ID, std::ffi::c_ulong::MAX);
    });
}

#[test]
fn limits_and_sizes() {
    assert_eq!(
        (PY_LLONG_MIN, PY_LLONG_MAX, PY_ULLONG_MAX),
        (i64::MIN, i64::MAX, u64::MAX)
    );
    assert_eq!(std::mem::size_of::<PY_LONG_LONG>(), 8);
    #[cfg(any(not(PyPy), Py_3_11))]
    assert_eq!(Py_INVALID_SIZE, -1);
}

#[test]
fn root_enumerators_are_the_enums_values() {
    assert_eq!(PyGILState_LOCKED as i32, 0);
    assert_eq!(PyGILState_UNLOCKED as i32, 1);
    #[cfg(Py_3_10)]
    assert_eq!(
        (PYGEN_RETURN as i32, PYGEN_ERROR as i32, PYGEN_NEXT as i32),
        (0, -1, 1)
    );
    #[cfg(not(any(Py_LIMITED_API, PyPy)))]
    assert_eq!(
        (
            PYMEM_DOMAIN_RAW as u32,
            PYMEM_DOMAIN_MEM as u32,
            PYMEM_DOMAIN_OBJ as u32
        ),
        (0, 1, 2)
    );
}

#[cfg(Py_3_10)]
#[test]
fn pyiter_send_reports_the_root_enumerators() {
    with_gil(|| unsafe {
        let g = eval(c"(lambda: (yield 1))()");
        let mut out = std::ptr::null_mut();
        assert_eq!(PyIter_Send(g, Py_None(), &mut out), PYGEN_NEXT);
        Py_DECREF(out);
        assert_eq!(PyIter_Send(g, Py_None(), &mut out), PYGEN_RETURN);
        Py_DECREF(out);
        Py_DECREF(g);
    });
}

#[cfg(not(any(Py_LIMITED_API, PyPy)))]
#[test]
fn ctype_classifiers_agree_with_bytes_methods() {
    with_gil(|| unsafe {
        for c in 0..256 {
            let b = format!("bytes([{c}])");
            let py = |m: &str| int(&format!("{b}.{m}()")) != 0;
            let cases = [
                ("isalpha", Py_ISALPHA(c) != 0),
                ("isdigit", Py_ISDIGIT(c) != 0),
                ("isalnum", Py_ISALNUM(c) != 0),
                ("isspace", Py_ISSPACE(c) != 0),
                ("islower", Py_ISLOWER(c) != 0),
                ("isupper", Py_ISUPPER(c) != 0),
            ];
            for (m, ours) in cases {
                assert_eq!(ours, py(m), "{m} of byte {c}");
            }
            let xdigit = int(&format!("{b} in b'0123456789abcdefABCDEF'")) != 0;
            assert_eq!(Py_ISXDIGIT(c) != 0, xdigit, "Py_ISXDIGIT({c})");
            assert_eq!(
                Py_TOLOWER(c) as i128,
                int(&format!("{b}.lower()[0]")),
                "Py_TOLOWER({c})"
            );
            assert_eq!(
                Py_TOUPPER(c) as i128,
                int(&format!("{b}.upper()[0]")),
                "Py_TOUPPER({c})"
            );
        }
        // Py_CHARMASK: a negative char indexes like its unsigned byte.
        assert_eq!(Py_TOLOWER(-191), Py_TOLOWER(65));
    });
}
