//! `compat::` shims for clocks and IEEE 754 packing (outside the limited API, and not
//! on PyPy 3.9): the native function where the version has it, else the fallback.
#![cfg(not(Py_LIMITED_API))]
mod common;

use common::{eval, take_error, with_gil};
use pyffi::*;

#[test]
fn clocks() {
    with_gil(|| unsafe {
        assert_eq!(
            (compat::PyTime_MIN, compat::PyTime_MAX),
            (i64::MIN, i64::MAX)
        );
        // The clocks' type: nanoseconds as a signed 64-bit int on every version.
        let (mut a, mut b): (compat::PyTime_t, compat::PyTime_t) = (0, 0);
        assert_eq!(std::mem::size_of::<compat::PyTime_t>(), 8);
        assert_eq!(compat::PyTime_Monotonic(&mut a), 0);
        assert_eq!(compat::PyTime_Monotonic(&mut b), 0);
        assert!(b >= a, "monotonic went back: {a} then {b}");
        assert_eq!(compat::PyTime_PerfCounter(&mut a), 0);
        assert_eq!(compat::PyTime_PerfCounter(&mut b), 0);
        assert!(b >= a, "perf counter went back: {a} then {b}");
        // The system clock agrees with time.time_ns() to within a second.
        let mut now = 0;
        assert_eq!(compat::PyTime_Time(&mut now), 0);
        let py = eval(c"__import__('time').time_ns()");
        // PyPy 3.9's PyLong_AsLongLong returns Py_ssize_t, as pyo3-ffi declares it.
        let py_ns = PyLong_AsLongLong(py) as i64;
        Py_DECREF(py);
        assert!(
            (py_ns - now).abs() < 1_000_000_000,
            "PyTime_Time {now}, time_ns {py_ns}"
        );
        assert_eq!(compat::PyTime_AsSecondsDouble(1_500_000_000), 1.5);
        assert_eq!(compat::PyTime_AsSecondsDouble(-3_000_000_000), -3.0);
    });
}

#[test]
fn float_pack_unpack() {
    with_gil(|| unsafe {
        let mut buf = [0u8; 8];
        let p = buf.as_mut_ptr().cast();
        assert_eq!(compat::PyFloat_Pack8(1.5, p, 1), 0);
        assert_eq!(buf, 1.5f64.to_le_bytes());
        assert_eq!(compat::PyFloat_Unpack8(p, 1), 1.5);
        assert_eq!(compat::PyFloat_Pack8(-2.25, p, 0), 0);
        assert_eq!(buf, (-2.25f64).to_be_bytes());
        assert_eq!(compat::PyFloat_Unpack8(p, 0), -2.25);

        assert_eq!(compat::PyFloat_Pack4(0.1, p, 1), 0);
        assert_eq!(buf[..4], 0.1f32.to_le_bytes());
        assert_eq!(compat::PyFloat_Unpack4(p, 1), 0.1f32 as f64);
        // Too large for binary32: OverflowError.
        assert_eq!(compat::PyFloat_Pack4(1e300, p, 1), -1);
        take_error(PyExc_OverflowError);

        // Half precision: 1.0 is 0x3C00, -2.0 is 0xC000; 65520 overflows.
        assert_eq!(compat::PyFloat_Pack2(1.0, p, 1), 0);
        assert_eq!(buf[..2], [0x00, 0x3C]);
        assert_eq!(compat::PyFloat_Unpack2(p, 1), 1.0);
        assert_eq!(compat::PyFloat_Pack2(-2.0, p, 0), 0);
        assert_eq!(buf[..2], [0xC0, 0x00]);
        assert_eq!(compat::PyFloat_Unpack2(p, 0), -2.0);
        assert_eq!(compat::PyFloat_Pack2(65520.0, p, 1), -1);
        take_error(PyExc_OverflowError);
    });
}
