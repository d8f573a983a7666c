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

/// Half precision against the `struct` module's `e` format, the interpreter's own
/// conversion: every bit pattern unpacked, and packing near the edges (subnormals, ties
/// to even, the largest half, overflow, signed zeros, infinities, NaN).
#[cfg(not(Py_LIMITED_API))]
#[test]
fn half_floats_agree_with_struct() {
    with_gil(|| unsafe {
        let all = eval(
            c"[__import__('struct').unpack('<e', i.to_bytes(2, 'little'))[0] for i in range(65536)]",
        );
        for bits in 0..=u16::MAX {
            let want = PyFloat_AsDouble(PyList_GetItem(all, bits as Py_ssize_t));
            let got = compat::PyFloat_Unpack2(bits.to_le_bytes().as_ptr().cast(), 1);
            if want.is_nan() {
                assert!(got.is_nan(), "{bits:#06x}: {got}");
            } else {
                assert_eq!(got.to_bits(), want.to_bits(), "{bits:#06x}");
            }
        }
        Py_DECREF(all);
        let tiny = 2f64.powi(-24);
        let mut values = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            1.0 / 3.0,
            65504.0,
            65519.0,
            65519.99,
        ];
        values.extend([
            tiny,
            tiny / 2.0,
            tiny * 1.5,
            tiny * 2.5,
            tiny * 0.49,
            2f64.powi(-14),
        ]);
        values.extend([
            2f64.powi(-14) - tiny / 2.0,
            1.0 + 2f64.powi(-11),
            1.0 + 3.0 * 2f64.powi(-11),
        ]);
        values.extend([2049.0, 2051.0, 4097.0, 1e-10, -3.3, 65520.0, 1e6, -1e6]);
        values.extend([f64::INFINITY, f64::NEG_INFINITY, f64::NAN]);
        let pack = eval(c"__import__('struct').pack");
        for x in values {
            let args = PyTuple_New(2);
            PyTuple_SetItem(args, 0, PyUnicode_FromString(c"<e".as_ptr()));
            PyTuple_SetItem(args, 1, PyFloat_FromDouble(x));
            let want = PyObject_CallObject(pack, args);
            Py_DECREF(args);
            if want.is_null() {
                take_error(PyExc_OverflowError);
            }
            let mut buf = [0u8; 2];
            let rc = compat::PyFloat_Pack2(x, buf.as_mut_ptr().cast(), 1);
            if want.is_null() {
                assert_eq!(rc, -1, "{x} fits no half, as struct says");
                take_error(PyExc_OverflowError);
                continue;
            }
            assert_eq!(rc, 0, "{x}");
            let bytes = std::slice::from_raw_parts(PyBytes_AsString(want).cast::<u8>(), 2);
            if x.is_nan() {
                // NaN payloads may differ; the exponent bits say NaN.
                assert_eq!(buf[1] & 0x7c, 0x7c, "{x}");
                assert_ne!(u16::from_le_bytes(buf) & 0x3ff, 0, "{x}");
            } else {
                assert_eq!(buf, bytes, "{x}");
            }
            Py_DECREF(want);
        }
        Py_DECREF(pack);
    });
}
