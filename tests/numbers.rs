//! The inline functions of `longobject.h`, `floatobject.h` and `complexobject.h`
//! (type checks, `PyFloat_AS_DOUBLE`, the `PyLong` aliases) against a live interpreter.

mod common;

use common::{eval, take_error, to_string, with_gil};
use pyffi::*;
use std::ffi::{c_long, CStr};

/// Evaluates `expr`, hands the object to `f`, then releases it.
unsafe fn with_obj<R>(expr: &CStr, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let o = eval(expr);
    let r = f(o);
    Py_DECREF(o);
    r
}

#[test]
fn long_checks() {
    with_gil(|| unsafe {
        with_obj(c"12345678901234567890", |o| {
            assert_eq!(PyLong_Check(o), 1);
            assert_eq!(PyLong_CheckExact(o), 1);
        });
        // bool subclasses int: the fast-subclass flag is inherited.
        with_obj(c"True", |o| {
            assert_eq!(PyLong_Check(o), 1);
            assert_eq!(PyLong_CheckExact(o), 0);
        });
        with_obj(c"type('MyInt', (int,), {})(7)", |o| {
            assert_eq!(PyLong_Check(o), 1);
            assert_eq!(PyLong_CheckExact(o), 0);
        });
        for expr in [c"1.0", c"'1'", c"None", c"[1]"] {
            with_obj(expr, |o| {
                assert_eq!(PyLong_Check(o), 0, "{expr:?}");
                assert_eq!(PyLong_CheckExact(o), 0, "{expr:?}");
            });
        }
    });
}

#[test]
fn long_as_long_round_trips_and_overflows() {
    with_gil(|| unsafe {
        for v in [
            0,
            1,
            -1,
            255,
            256,
            -5,
            -6,
            c_long::MAX,
            c_long::MIN,
            c_long::MAX - 1,
        ] {
            let o = PyLong_FromLong(v);
            assert!(!o.is_null());
            assert_eq!(PyLong_AS_LONG(o), v);
            assert_eq!(to_string(o), v.to_string());
            assert!(PyErr_Occurred().is_null());
            Py_DECREF(o);
        }
        // One past each end of a C long raises OverflowError and returns -1.
        let bits = 8 * std::mem::size_of::<c_long>();
        let too_big = std::ffi::CString::new(format!("2**{}", bits - 1)).unwrap();
        let too_small = std::ffi::CString::new(format!("-2**{}-1", bits - 1)).unwrap();
        for expr in [too_big.as_c_str(), too_small.as_c_str(), c"2**200"] {
            with_obj(expr, |o| {
                assert_eq!(PyLong_AS_LONG(o), -1, "{expr:?}");
                take_error(PyExc_OverflowError);
            });
        }
        // A non-int raises TypeError.
        with_obj(c"'7'", |o| {
            assert_eq!(PyLong_AS_LONG(o), -1);
            take_error(PyExc_TypeError);
        });
    });
}

#[test]
fn long_pid_aliases() {
    with_gil(|| unsafe {
        for pid in [0, 1, 4242, libc::pid_t::MAX, libc::pid_t::MIN] {
            let o = PyLong_FromPid(pid);
            assert_eq!(to_string(o), pid.to_string());
            assert_eq!(PyLong_AsPid(o) as i64, pid as i64);
            Py_DECREF(o);
        }
        // 3.13+ converts through PyLong_AsInt: a value past `int` overflows.
        let o = eval(c"2**31");
        let r = PyLong_AsPid(o);
        #[cfg(Py_3_13)]
        {
            assert_eq!(r, -1);
            take_error(PyExc_OverflowError);
        }
        #[cfg(not(Py_3_13))]
        {
            // Before 3.13 it is PyLong_AsLong: fine where long is 64-bit.
            if std::mem::size_of::<c_long>() == 8 {
                assert_eq!(r as i64, 1 << 31);
                assert!(PyErr_Occurred().is_null());
            } else {
                assert_eq!(r, -1);
                take_error(PyExc_OverflowError);
            }
        }
        Py_DECREF(o);
    });
}

#[test]
fn float_checks() {
    with_gil(|| unsafe {
        with_obj(c"1.5", |o| {
            assert_eq!(PyFloat_Check(o), 1);
            assert_eq!(PyFloat_CheckExact(o), 1);
        });
        with_obj(c"type('F', (float,), {})(2.5)", |o| {
            assert_eq!(PyFloat_Check(o), 1);
            assert_eq!(PyFloat_CheckExact(o), 0);
        });
        for expr in [c"1", c"1j", c"'1.5'", c"True"] {
            with_obj(expr, |o| {
                assert_eq!(PyFloat_Check(o), 0, "{expr:?}");
                assert_eq!(PyFloat_CheckExact(o), 0, "{expr:?}");
            });
        }
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn float_as_double_at_the_extremes() {
    with_gil(|| unsafe {
        let values = [
            0.0,
            -0.0,
            1.5,
            -2.25,
            f64::MAX,
            f64::MIN,
            f64::MIN_POSITIVE,
            f64::from_bits(1), // the smallest subnormal
            f64::EPSILON,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        for v in values {
            let o = PyFloat_FromDouble(v);
            assert_eq!(PyFloat_AS_DOUBLE(o).to_bits(), v.to_bits(), "{v:e}");
            assert_eq!(PyFloat_AsDouble(o).to_bits(), v.to_bits());
            Py_DECREF(o);
        }
        let nan = PyFloat_FromDouble(f64::NAN);
        assert!(PyFloat_AS_DOUBLE(nan).is_nan());
        Py_DECREF(nan);
        // Values that Python computed itself.
        for (expr, v) in [
            (c"1.7976931348623157e308", f64::MAX),
            (c"-0.0", -0.0),
            (c"float('inf')", f64::INFINITY),
            (c"2.0 ** -1074", f64::from_bits(1)),
            (c"0.1 + 0.2", 0.1 + 0.2),
        ] {
            with_obj(expr, |o| {
                assert_eq!(PyFloat_AS_DOUBLE(o).to_bits(), v.to_bits(), "{expr:?}")
            });
        }
        // A float subclass keeps its value in ob_fval too.
        with_obj(c"type('F', (float,), {})(-3.75)", |o| {
            assert_eq!(PyFloat_AS_DOUBLE(o), -3.75)
        });
    });
}

#[test]
fn complex_checks() {
    with_gil(|| unsafe {
        with_obj(c"complex(1, -2)", |o| {
            assert_eq!(PyComplex_Check(o), 1);
            assert_eq!(PyComplex_CheckExact(o), 1);
            assert_eq!(PyComplex_RealAsDouble(o), 1.0);
            assert_eq!(PyComplex_ImagAsDouble(o), -2.0);
        });
        with_obj(c"type('C', (complex,), {})(3j)", |o| {
            assert_eq!(PyComplex_Check(o), 1);
            assert_eq!(PyComplex_CheckExact(o), 0);
        });
        for expr in [c"1.0", c"1", c"'1j'"] {
            with_obj(expr, |o| {
                assert_eq!(PyComplex_Check(o), 0, "{expr:?}");
                assert_eq!(PyComplex_CheckExact(o), 0, "{expr:?}");
            });
        }
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn checks_leave_refcounts_alone() {
    with_gil(|| unsafe {
        let o = eval(c"[1.5]");
        let f = PyList_GetItem(o, 0);
        let before = Py_REFCNT(f);
        assert_eq!(
            PyFloat_Check(f) + PyFloat_CheckExact(f) + PyLong_Check(f),
            2
        );
        let _ = PyFloat_AS_DOUBLE(f);
        assert_eq!(Py_REFCNT(f), before);
        Py_DECREF(o);
    });
}

#[test]
fn float_classifiers_agree_with_math_module() {
    with_gil(|| unsafe {
        for (value, nan, inf, fin) in [
            ("float('nan')", 1, 0, 0),
            ("float('inf')", 0, 1, 0),
            ("float('-inf')", 0, 1, 0),
            ("1.5", 0, 0, 1),
            ("-0.0", 0, 0, 1),
            ("5e-324", 0, 0, 1),
        ] {
            let x = with_obj(&std::ffi::CString::new(value).unwrap(), |o| {
                PyFloat_AsDouble(o)
            });
            let py = |f: &str| {
                let e = std::ffi::CString::new(format!("__import__('math').{f}({value})")).unwrap();
                with_obj(&e, |o| PyObject_IsTrue(o))
            };
            assert_eq!(
                (Py_IS_NAN(x), py("isnan")),
                (nan, nan),
                "Py_IS_NAN({value})"
            );
            assert_eq!(
                (Py_IS_INFINITY(x), py("isinf")),
                (inf, inf),
                "Py_IS_INFINITY({value})"
            );
            assert_eq!(
                (Py_IS_FINITE(x), py("isfinite")),
                (fin, fin),
                "Py_IS_FINITE({value})"
            );
        }
        assert_eq!(Py_IS_NAN(Py_NAN), 1, "Py_NAN is a NaN");
        assert_eq!(Py_IS_INFINITY(Py_HUGE_VAL), 1, "Py_HUGE_VAL is infinite");
        assert_eq!(Py_HUGE_VAL, f64::INFINITY, "Py_HUGE_VAL is HUGE_VAL, +inf");
        #[cfg(all(Py_3_12, not(PyPy)))]
        assert_eq!(Py_INFINITY, f64::INFINITY, "Py_INFINITY");
    });
}
