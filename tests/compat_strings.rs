//! `compat::` shims of longobject.h, unicodeobject.h and bytesobject.h: the same
//! assertions hold for the native function (where the version has it, `compat::X` is the
//! crate root's) and for the implementation the crate supplies to older versions.
//!
//! Only limited-API calls outside the shims, so that it also runs at an abi3 floor
//! (`--features abi3-py37`).

mod common;

use common::{refcnt, take_error, to_string, with_gil};
use pyffi::*;
use std::ffi::{c_int, CStr};
use std::ptr;

/// `eval(expr)` through the builtins module, with a module name in its globals (not
/// common's: classes made here need a `__module__`).
unsafe fn eval(expr: &CStr) -> *mut PyObject {
    let builtins = PyImport_ImportModule(c"builtins".as_ptr());
    let eval = PyObject_GetAttrString(builtins, c"eval".as_ptr());
    // Globals of its own: with no frame to take them from, eval would fail.
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), builtins),
        0
    );
    // Classes made here take their __module__ from it (3.14 names types in errors by it).
    let name = PyUnicode_FromString(c"compat_strings".as_ptr());
    assert_eq!(PyDict_SetItemString(globals, c"__name__".as_ptr(), name), 0);
    Py_DECREF(name);
    let r = PyObject_CallFunction(eval, c"sO".as_ptr(), expr.as_ptr(), globals);
    Py_DECREF(globals);
    Py_DECREF(eval);
    Py_DECREF(builtins);
    if r.is_null() {
        PyErr_Print();
        panic!("evaluating {expr:?} raised");
    }
    r
}

/// An int from its decimal text (any size).
unsafe fn int(text: &str) -> *mut PyObject {
    let c = std::ffi::CString::new(text).unwrap();
    let o = PyLong_FromString(c.as_ptr(), ptr::null_mut(), 10);
    assert!(!o.is_null(), "{text} is not an int");
    o
}

/// Whether two objects compare equal in Python.
unsafe fn py_eq(a: *mut PyObject, b: *mut PyObject) -> bool {
    let r = PyObject_RichCompareBool(a, b, Py_EQ);
    assert!(r >= 0);
    r == 1
}

/// An object whose `__index__` is 7 (and which is not an int).
unsafe fn indexable() -> *mut PyObject {
    eval(c"type('I', (), {'__index__': lambda self: 7})()")
}

// --- longobject.h ---

#[test]
fn long_as_int_takes_the_c_int_range() {
    with_gil(|| unsafe {
        for v in [0, -1, 1, i32::MAX, i32::MIN] {
            let o = int(&v.to_string());
            assert_eq!(compat::PyLong_AsInt(o), v);
            assert!(PyErr_Occurred().is_null(), "{v}");
            Py_DECREF(o);
        }
        for text in ["2147483648", "-2147483649", "100000000000000000000000"] {
            let o = int(text);
            assert_eq!(compat::PyLong_AsInt(o), -1, "{text}");
            take_error(PyExc_OverflowError);
            Py_DECREF(o);
        }
        let i = indexable();
        assert_eq!(compat::PyLong_AsInt(i), 7);
        Py_DECREF(i);
        // A float has __int__ but no __index__.
        let f = PyFloat_FromDouble(1.5);
        assert_eq!(compat::PyLong_AsInt(f), -1);
        take_error(PyExc_TypeError);
        Py_DECREF(f);
    });
}

#[test]
fn long_as_fixed_width_signed() {
    with_gil(|| unsafe {
        let mut v32 = 0i32;
        let mut v64 = 0i64;
        for v in [0, -1, i32::MAX, i32::MIN] {
            let o = int(&v.to_string());
            assert_eq!(compat::PyLong_AsInt32(o, &mut v32), 0);
            assert_eq!(v32, v);
            Py_DECREF(o);
        }
        for v in [0, -1, i64::MAX, i64::MIN, 1 << 40] {
            let o = int(&v.to_string());
            assert_eq!(compat::PyLong_AsInt64(o, &mut v64), 0);
            assert_eq!(v64, v);
            Py_DECREF(o);
        }
        for text in ["2147483648", "-2147483649"] {
            let o = int(text);
            assert_eq!(compat::PyLong_AsInt32(o, &mut v32), -1, "{text}");
            take_error(PyExc_OverflowError);
            Py_DECREF(o);
        }
        for text in ["9223372036854775808", "-9223372036854775809"] {
            let o = int(text);
            assert_eq!(compat::PyLong_AsInt64(o, &mut v64), -1, "{text}");
            take_error(PyExc_OverflowError);
            Py_DECREF(o);
        }
        let i = indexable();
        assert_eq!(compat::PyLong_AsInt32(i, &mut v32), 0);
        assert_eq!(compat::PyLong_AsInt64(i, &mut v64), 0);
        assert_eq!((v32, v64), (7, 7));
        Py_DECREF(i);
        let f = PyFloat_FromDouble(2.0);
        assert_eq!(compat::PyLong_AsInt32(f, &mut v32), -1);
        take_error(PyExc_TypeError);
        assert_eq!(compat::PyLong_AsInt64(f, &mut v64), -1);
        take_error(PyExc_TypeError);
        Py_DECREF(f);
    });
}

#[test]
fn long_as_fixed_width_unsigned() {
    with_gil(|| unsafe {
        let mut v32 = 0u32;
        let mut v64 = 0u64;
        for v in [0, 1, u32::MAX] {
            let o = int(&v.to_string());
            assert_eq!(compat::PyLong_AsUInt32(o, &mut v32), 0);
            assert_eq!(v32, v);
            Py_DECREF(o);
        }
        for v in [0, 1 << 32, i64::MAX as u64, u64::MAX] {
            let o = int(&v.to_string());
            assert_eq!(compat::PyLong_AsUInt64(o, &mut v64), 0);
            assert_eq!(v64, v);
            Py_DECREF(o);
        }
        let o = int("4294967296");
        assert_eq!(compat::PyLong_AsUInt32(o, &mut v32), -1);
        take_error(PyExc_OverflowError);
        Py_DECREF(o);
        let o = int("18446744073709551616");
        assert_eq!(compat::PyLong_AsUInt64(o, &mut v64), -1);
        take_error(PyExc_OverflowError);
        assert_eq!(compat::PyLong_AsUInt32(o, &mut v32), -1);
        take_error(PyExc_OverflowError);
        Py_DECREF(o);
        // A negative value is a ValueError, however large.
        for text in ["-1", "-100000000000000000000000"] {
            let o = int(text);
            assert_eq!(compat::PyLong_AsUInt32(o, &mut v32), -1, "{text}");
            take_error(PyExc_ValueError);
            assert_eq!(compat::PyLong_AsUInt64(o, &mut v64), -1, "{text}");
            take_error(PyExc_ValueError);
            Py_DECREF(o);
        }
        let i = indexable();
        assert_eq!(compat::PyLong_AsUInt32(i, &mut v32), 0);
        assert_eq!(compat::PyLong_AsUInt64(i, &mut v64), 0);
        assert_eq!((v32, v64), (7, 7));
        Py_DECREF(i);
        let s = PyUnicode_FromString(c"7".as_ptr());
        assert_eq!(compat::PyLong_AsUInt64(s, &mut v64), -1);
        take_error(PyExc_TypeError);
        Py_DECREF(s);
    });
}

#[test]
fn long_from_fixed_width() {
    with_gil(|| unsafe {
        let check = |o: *mut PyObject, text: String| {
            assert!(!o.is_null());
            assert_eq!(PyLong_Check(o), 1);
            assert_eq!(to_string(o), text);
            Py_DECREF(o);
        };
        for v in [0, -1, i32::MAX, i32::MIN] {
            check(compat::PyLong_FromInt32(v), v.to_string());
        }
        for v in [0, u32::MAX] {
            check(compat::PyLong_FromUInt32(v), v.to_string());
        }
        for v in [0, -1, i64::MAX, i64::MIN] {
            check(compat::PyLong_FromInt64(v), v.to_string());
        }
        for v in [0, u64::MAX] {
            check(compat::PyLong_FromUInt64(v), v.to_string());
        }
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn long_sign_tests() {
    with_gil(|| unsafe {
        // (text, sign)
        let cases = [
            ("0", 0),
            ("5", 1),
            ("-5", -1),
            ("9223372036854775808", 1),
            ("-1267650600228229401496703205376", -1),
        ];
        for (text, sign) in cases {
            let o = int(text);
            assert_eq!(compat::PyLong_IsPositive(o), (sign > 0) as c_int, "{text}");
            assert_eq!(compat::PyLong_IsNegative(o), (sign < 0) as c_int, "{text}");
            assert_eq!(compat::PyLong_IsZero(o), (sign == 0) as c_int, "{text}");
            let mut s = 99;
            assert_eq!(compat::PyLong_GetSign(o, &mut s), 0);
            assert_eq!(s, sign, "{text}");
            Py_DECREF(o);
        }
        // A subclass of int counts; __index__ does not.
        assert_eq!(compat::PyLong_IsPositive(Py_True()), 1);
        let i = indexable();
        let f = PyFloat_FromDouble(1.0);
        for o in [i, f] {
            assert_eq!(compat::PyLong_IsPositive(o), -1);
            take_error(PyExc_TypeError);
            assert_eq!(compat::PyLong_IsNegative(o), -1);
            take_error(PyExc_TypeError);
            assert_eq!(compat::PyLong_IsZero(o), -1);
            take_error(PyExc_TypeError);
            let mut s = 99;
            assert_eq!(compat::PyLong_GetSign(o, &mut s), -1);
            take_error(PyExc_TypeError);
            Py_DECREF(o);
        }
    });
}

/// The digits of an export, read with the layout, as a Python int.
unsafe fn from_digits(
    layout: &compat::PyLongLayout,
    negative: bool,
    ndigits: usize,
    digits: *const std::ffi::c_void,
) -> *mut PyObject {
    let mut value = PyLong_FromLong(0);
    let shift = PyLong_FromLong(layout.bits_per_digit.into());
    for k in 0..ndigits {
        // Most significant first.
        let i = if layout.digits_order < 0 {
            ndigits - 1 - k
        } else {
            k
        };
        let d: u64 = match layout.digit_size {
            2 => digits.cast::<u16>().add(i).read().into(),
            4 => digits.cast::<u32>().add(i).read().into(),
            n => panic!("digit size {n}"),
        };
        let shifted = PyNumber_Lshift(value, shift);
        Py_DECREF(value);
        let d = PyLong_FromUnsignedLongLong(d);
        value = PyNumber_Or(shifted, d);
        Py_DECREF(shifted);
        Py_DECREF(d);
    }
    Py_DECREF(shift);
    if negative {
        let n = PyNumber_Negative(value);
        Py_DECREF(value);
        value = n;
    }
    value
}

#[test]
fn long_export_round_trips() {
    with_gil(|| unsafe {
        let layout = &*compat::PyLong_GetNativeLayout();
        assert!(layout.digit_size == 2 || layout.digit_size == 4);
        assert!(layout.bits_per_digit as u32 <= 8 * layout.digit_size as u32);
        assert_eq!(layout.digits_order.abs(), 1);
        assert_eq!(layout.digit_endianness.abs(), 1);
        let texts = [
            "0",
            "-1",
            "1099511627776",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "-1267650600228229401496703205377",
            "340282366920938463463374607431768211455",
        ];
        for text in texts {
            let o = int(text);
            let mut e = std::mem::MaybeUninit::<compat::PyLongExport>::uninit();
            assert_eq!(compat::PyLong_Export(o, e.as_mut_ptr()), 0, "{text}");
            let e = e.assume_init_mut();
            let fits = text.parse::<i64>().ok();
            let back = if e.digits.is_null() {
                // A value that fits in 64 bits comes as the value, as 3.14 gives it.
                assert_eq!(Some(e.value), fits, "{text}");
                PyLong_FromLongLong(e.value)
            } else {
                assert_eq!(fits, None, "{text}: digits for a value that fits");
                assert_eq!(e.negative != 0, text.starts_with('-'), "{text}");
                from_digits(layout, e.negative != 0, e.ndigits as usize, e.digits)
            };
            compat::PyLong_FreeExport(e);
            assert!(py_eq(back, o), "{text}: exported as {}", to_string(back));
            Py_DECREF(back);
            Py_DECREF(o);
        }
        // True is an int; 2.0 and an __index__ object are not.
        let mut e = std::mem::MaybeUninit::<compat::PyLongExport>::uninit();
        assert_eq!(compat::PyLong_Export(Py_True(), e.as_mut_ptr()), 0);
        assert_eq!(e.assume_init_ref().value, 1);
        compat::PyLong_FreeExport(e.as_mut_ptr());
        for o in [PyFloat_FromDouble(2.0), indexable()] {
            assert_eq!(compat::PyLong_Export(o, e.as_mut_ptr()), -1);
            take_error(PyExc_TypeError);
            Py_DECREF(o);
        }
    });
}

#[test]
fn long_writer_builds_ints() {
    with_gil(|| unsafe {
        let layout = &*compat::PyLong_GetNativeLayout();
        let bits = layout.bits_per_digit as u32;
        let base = 1u128 << bits;
        // (negative, digits least significant first, the int they make); leading zero
        // digits are normalised away.
        let cases: [(c_int, &[u64], String); 4] = [
            (0, &[5], "5".into()),
            (1, &[0, 1], format!("-{base}")),
            (0, &[1, 2, 3], (3 * base * base + 2 * base + 1).to_string()),
            (1, &[0, 0, 0], "0".into()),
        ];
        for (negative, ds, expected) in cases {
            let mut digits = ptr::null_mut();
            let w = compat::PyLongWriter_Create(negative, ds.len() as Py_ssize_t, &mut digits);
            assert!(!w.is_null() && !digits.is_null());
            for (k, d) in ds.iter().enumerate() {
                let k = if layout.digits_order < 0 {
                    k
                } else {
                    ds.len() - 1 - k
                };
                match layout.digit_size {
                    2 => digits.cast::<u16>().add(k).write(*d as u16),
                    _ => digits.cast::<u32>().add(k).write(*d as u32),
                }
            }
            let o = compat::PyLongWriter_Finish(w);
            assert!(!o.is_null());
            assert_eq!(to_string(o), expected, "digits {ds:?}");
            Py_DECREF(o);
        }
        let mut digits = ptr::null_mut();
        assert!(compat::PyLongWriter_Create(0, 0, &mut digits).is_null());
        take_error(PyExc_ValueError);
        let w = compat::PyLongWriter_Create(0, 4, &mut digits);
        compat::PyLongWriter_Discard(w);
        compat::PyLongWriter_Discard(ptr::null_mut());
        assert!(PyErr_Occurred().is_null());
    });
}

// --- unicodeobject.h ---

/// One string of each kind (ASCII and Latin-1 are both 1-byte), with its UTF-8.
const KINDS: [&str; 5] = ["", "ascii", "caf\u{e9}", "\u{20ac}uro", "smile \u{1f600}"];

#[test]
fn unicode_equal_to_utf8() {
    with_gil(|| unsafe {
        for text in KINDS {
            let c = std::ffi::CString::new(text).unwrap();
            let s = PyUnicode_FromString(c.as_ptr());
            assert_eq!(compat::PyUnicode_EqualToUTF8(s, c.as_ptr()), 1, "{text:?}");
            let n = text.len() as Py_ssize_t;
            assert_eq!(compat::PyUnicode_EqualToUTF8AndSize(s, c.as_ptr(), n), 1);
            // A prefix, or one byte more, is not equal.
            if n > 0 {
                assert_eq!(
                    compat::PyUnicode_EqualToUTF8AndSize(s, c.as_ptr(), n - 1),
                    0
                );
            }
            assert_eq!(compat::PyUnicode_EqualToUTF8(s, c"ascii!".as_ptr()), 0);
            Py_DECREF(s);
        }
        // An embedded NUL: only the sized form sees past it.
        let s = PyUnicode_FromStringAndSize(b"a\0b".as_ptr().cast(), 3);
        assert_eq!(
            compat::PyUnicode_EqualToUTF8AndSize(s, b"a\0b".as_ptr().cast(), 3),
            1
        );
        assert_eq!(compat::PyUnicode_EqualToUTF8(s, c"a".as_ptr()), 0);
        Py_DECREF(s);
        // A lone surrogate has no UTF-8, not even its surrogatepass bytes; invalid UTF-8
        // matches nothing. Neither raises.
        let s = eval(c"'\\ud800'");
        assert_eq!(
            compat::PyUnicode_EqualToUTF8(s, c"\xed\xa0\x80".as_ptr()),
            0
        );
        Py_DECREF(s);
        let s = eval(c"'\\xff'");
        assert_eq!(compat::PyUnicode_EqualToUTF8(s, c"\xff".as_ptr()), 0);
        assert!(PyErr_Occurred().is_null());
        Py_DECREF(s);
    });
}

#[test]
fn unicode_equal() {
    with_gil(|| unsafe {
        for a in KINDS {
            for b in KINDS {
                let ca = std::ffi::CString::new(a).unwrap();
                let cb = std::ffi::CString::new(b).unwrap();
                let (sa, sb) = (
                    PyUnicode_FromString(ca.as_ptr()),
                    PyUnicode_FromString(cb.as_ptr()),
                );
                assert_eq!(
                    compat::PyUnicode_Equal(sa, sb),
                    (a == b) as c_int,
                    "{a:?} {b:?}"
                );
                Py_DECREF(sa);
                Py_DECREF(sb);
            }
        }
        // A str subclass compares by value, whatever its __eq__ says.
        let sub = eval(c"type('S', (str,), {'__eq__': lambda s, o: False})('x')");
        let x = PyUnicode_FromString(c"x".as_ptr());
        assert_eq!(compat::PyUnicode_Equal(sub, x), 1);
        let one = PyLong_FromLong(1);
        assert_eq!(compat::PyUnicode_Equal(x, one), -1);
        take_error(PyExc_TypeError);
        assert_eq!(compat::PyUnicode_Equal(one, x), -1);
        take_error(PyExc_TypeError);
        Py_DECREF(one);
        Py_DECREF(x);
        Py_DECREF(sub);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn unicode_cached_hash() {
    with_gil(|| unsafe {
        for text in KINDS {
            // A new object, never hashed (not one of the cached one-character strings).
            let c = std::ffi::CString::new(format!("pyffi cached hash {text}")).unwrap();
            let s = PyUnicode_FromString(c.as_ptr());
            assert_eq!(
                compat::PyUnstable_Unicode_GET_CACHED_HASH(s),
                -1,
                "{text:?}"
            );
            let h = PyObject_Hash(s);
            assert_ne!(h, -1);
            // PyPy keeps no hash in the C struct: the shim says "not computed" still.
            let cached = if cfg!(PyPy) { -1 } else { h };
            assert_eq!(
                compat::PyUnstable_Unicode_GET_CACHED_HASH(s),
                cached,
                "{text:?}"
            );
            Py_DECREF(s);
        }
    });
}

/// Whether a str equals the Rust string.
#[cfg(not(Py_LIMITED_API))]
unsafe fn str_is(s: *mut PyObject, expected: &str) -> bool {
    compat::PyUnicode_EqualToUTF8AndSize(s, expected.as_ptr().cast(), expected.len() as Py_ssize_t)
        == 1
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn unicode_writer_writes_every_kind() {
    with_gil(|| unsafe {
        let w = compat::PyUnicodeWriter_Create(0);
        assert!(!w.is_null());
        assert_eq!(compat::PyUnicodeWriter_WriteChar(w, 'a' as Py_UCS4), 0);
        assert_eq!(
            compat::PyUnicodeWriter_WriteUTF8(w, c"\xc3\xa9\xe2\x82\xac".as_ptr(), -1),
            0
        );
        assert_eq!(compat::PyUnicodeWriter_WriteUTF8(w, c"xyz".as_ptr(), 1), 0);
        assert_eq!(
            compat::PyUnicodeWriter_WriteASCII(w, c"ASCII".as_ptr(), 3),
            0
        );
        assert_eq!(compat::PyUnicodeWriter_WriteASCII(w, c"!".as_ptr(), -1), 0);
        let wide: Vec<libc::wchar_t> = "w\u{1f600}\0".chars().map(|c| c as libc::wchar_t).collect();
        assert_eq!(
            compat::PyUnicodeWriter_WriteWideChar(w, wide.as_ptr(), -1),
            0
        );
        assert_eq!(
            compat::PyUnicodeWriter_WriteWideChar(w, wide.as_ptr(), 1),
            0
        );
        let five = PyLong_FromLong(5);
        assert_eq!(compat::PyUnicodeWriter_WriteStr(w, five), 0);
        Py_DECREF(five);
        let q = PyUnicode_FromString(c"q".as_ptr());
        assert_eq!(compat::PyUnicodeWriter_WriteRepr(w, q), 0);
        Py_DECREF(q);
        for text in KINDS {
            let c = std::ffi::CString::new(text).unwrap();
            let s = PyUnicode_FromString(c.as_ptr());
            assert_eq!(compat::PyUnicodeWriter_WriteStr(w, s), 0);
            let n = PyUnicode_GetLength(s);
            if n >= 2 {
                assert_eq!(compat::PyUnicodeWriter_WriteSubstring(w, s, n - 2, n), 0);
            }
            Py_DECREF(s);
        }
        let r = compat::PyUnicodeWriter_Finish(w);
        assert!(!r.is_null());
        let expected = "a\u{e9}\u{20ac}xASC!w\u{1f600}w5'q'asciiiicaf\u{e9}f\u{e9}\u{20ac}uroro\
                        smile \u{1f600} \u{1f600}";
        assert!(str_is(r, expected), "{:?} != {expected:?}", to_string(r));
        Py_DECREF(r);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn unicode_writer_result_has_the_narrowest_kind() {
    with_gil(|| unsafe {
        // One code point of each kind's range.
        for (ch, text) in [
            (0x41, "A"),
            (0xe9, "\u{e9}"),
            (0x20ac, "\u{20ac}"),
            (0x1f600, "\u{1f600}"),
        ] {
            let w = compat::PyUnicodeWriter_Create(16);
            assert_eq!(compat::PyUnicodeWriter_WriteChar(w, ch), 0);
            let r = compat::PyUnicodeWriter_Finish(w);
            assert!(str_is(r, text));
            let c = std::ffi::CString::new(text).unwrap();
            let same = PyUnicode_FromString(c.as_ptr());
            assert!(py_eq(r, same));
            #[cfg(not(PyPy))]
            assert_eq!(PyUnicode_KIND(r), PyUnicode_KIND(same), "U+{ch:X}");
            Py_DECREF(same);
            Py_DECREF(r);
        }
        // Nothing written: the empty str.
        let r = compat::PyUnicodeWriter_Finish(compat::PyUnicodeWriter_Create(0));
        assert_eq!(PyUnicode_GetLength(r), 0);
        Py_DECREF(r);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn unicode_writer_errors() {
    with_gil(|| unsafe {
        assert!(compat::PyUnicodeWriter_Create(-1).is_null());
        take_error(PyExc_ValueError);
        let w = compat::PyUnicodeWriter_Create(0);
        assert_eq!(compat::PyUnicodeWriter_WriteChar(w, 0x110000), -1);
        take_error(PyExc_ValueError);
        // A lone surrogate is a code point like any other.
        assert_eq!(compat::PyUnicodeWriter_WriteChar(w, 0xd800), 0);
        // Bad UTF-8 writes nothing.
        assert_eq!(
            compat::PyUnicodeWriter_WriteUTF8(w, c"a\xff".as_ptr(), 2),
            -1
        );
        take_error(PyExc_UnicodeDecodeError);
        let bad =
            eval(c"type('B', (), {'__str__': lambda s: 1 // 0, '__repr__': lambda s: 1 // 0})()");
        assert_eq!(compat::PyUnicodeWriter_WriteStr(w, bad), -1);
        take_error(PyExc_ZeroDivisionError);
        assert_eq!(compat::PyUnicodeWriter_WriteRepr(w, bad), -1);
        take_error(PyExc_ZeroDivisionError);
        Py_DECREF(bad);
        let r = compat::PyUnicodeWriter_Finish(w);
        let expected = eval(c"'\\ud800'");
        assert!(py_eq(r, expected), "{:?}", to_string(r));
        Py_DECREF(expected);
        Py_DECREF(r);
        compat::PyUnicodeWriter_Discard(compat::PyUnicodeWriter_Create(10));
        compat::PyUnicodeWriter_Discard(ptr::null_mut());
        assert!(PyErr_Occurred().is_null());
    });
}

// --- bytesobject.h ---

#[cfg(not(Py_LIMITED_API))]
#[test]
fn bytes_join() {
    with_gil(|| unsafe {
        let sep = PyBytes_FromString(c", ".as_ptr());
        let items = eval(c"[b'a', bytearray(b'b'), memoryview(b'c')]");
        let before = refcnt(sep);
        let r = compat::PyBytes_Join(sep, items);
        assert_eq!(to_string(r), "b'a, b, c'");
        Py_DECREF(r);
        assert_eq!(refcnt(sep), before);
        // Any iterable; an empty one gives b''.
        let it = eval(c"iter([b'x', b'y'])");
        let r = compat::PyBytes_Join(sep, it);
        assert_eq!(to_string(r), "b'x, y'");
        Py_DECREF(r);
        Py_DECREF(it);
        let empty = PyList_New(0);
        let r = compat::PyBytes_Join(sep, empty);
        assert_eq!(PyBytes_Size(r), 0);
        Py_DECREF(r);
        Py_DECREF(empty);
        // A str separator, and an item with no buffer.
        let s = PyUnicode_FromString(c",".as_ptr());
        assert!(compat::PyBytes_Join(s, items).is_null());
        take_error(PyExc_TypeError);
        Py_DECREF(s);
        let ints = eval(c"[1]");
        assert!(compat::PyBytes_Join(sep, ints).is_null());
        take_error(PyExc_TypeError);
        Py_DECREF(ints);
        Py_DECREF(items);
        Py_DECREF(sep);
    });
}

#[cfg(not(Py_LIMITED_API))]
unsafe fn bytes_of(b: *mut PyObject) -> Vec<u8> {
    assert!(!b.is_null());
    let v = std::slice::from_raw_parts(PyBytes_AsString(b).cast::<u8>(), PyBytes_Size(b) as usize)
        .to_vec();
    Py_DECREF(b);
    v
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn bytes_writer_writes_grows_and_finishes() {
    with_gil(|| unsafe {
        let w = compat::PyBytesWriter_Create(0);
        assert_eq!(
            compat::PyBytesWriter_WriteBytes(w, c"abc".as_ptr().cast(), -1),
            0
        );
        assert_eq!(
            compat::PyBytesWriter_WriteBytes(w, b"\0de".as_ptr().cast(), 2),
            0
        );
        assert_eq!(compat::PyBytesWriter_GetSize(w), 5);
        // Grow by 3 and fill in through the data pointer.
        assert_eq!(compat::PyBytesWriter_Grow(w, 3), 0);
        let data = compat::PyBytesWriter_GetData(w).cast::<u8>();
        ptr::copy_nonoverlapping(b"XYZ".as_ptr(), data.add(5), 3);
        // Shrink by one.
        assert_eq!(compat::PyBytesWriter_Grow(w, -1), 0);
        assert_eq!(compat::PyBytesWriter_GetSize(w), 7);
        assert_eq!(bytes_of(compat::PyBytesWriter_Finish(w)), b"abc\0dXY");

        // The pointer form: grow keeps the offset, finish cuts at the pointer.
        let w = compat::PyBytesWriter_Create(2);
        let mut p = compat::PyBytesWriter_GetData(w).cast::<u8>();
        p.write(b'1');
        p = p.add(1);
        p = compat::PyBytesWriter_GrowAndUpdatePointer(w, 10_000, p.cast()).cast();
        assert!(!p.is_null());
        assert_eq!(compat::PyBytesWriter_GetSize(w), 10_002);
        p.write(b'2');
        p = p.add(1);
        assert_eq!(
            bytes_of(compat::PyBytesWriter_FinishWithPointer(w, p.cast())),
            b"12"
        );

        // Errors: a negative size, a shrink below zero; the writer stays usable.
        assert!(compat::PyBytesWriter_Create(-1).is_null());
        take_error(PyExc_ValueError);
        let w = compat::PyBytesWriter_Create(3);
        assert_eq!(compat::PyBytesWriter_Grow(w, -4), -1);
        take_error(PyExc_ValueError);
        assert_eq!(compat::PyBytesWriter_Resize(w, -1), -1);
        take_error(PyExc_ValueError);
        assert_eq!(compat::PyBytesWriter_GetSize(w), 3);
        assert_eq!(compat::PyBytesWriter_Resize(w, 1), 0);
        compat::PyBytesWriter_GetData(w).cast::<u8>().write(b'k');
        assert_eq!(bytes_of(compat::PyBytesWriter_FinishWithSize(w, 1)), b"k");
        let w = compat::PyBytesWriter_Create(3);
        assert!(compat::PyBytesWriter_FinishWithSize(w, -1).is_null());
        take_error(PyExc_ValueError);
        assert!(PyErr_Occurred().is_null());
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn writer_format_macros() {
    with_gil(|| unsafe {
        let w = compat::PyUnicodeWriter_Create(0);
        assert_eq!(compat::PyUnicodeWriter_WriteChar(w, '<' as Py_UCS4), 0);
        let r = compat::PyUnicodeWriter_Format!(
            w,
            c"%d-%s".as_ptr(),
            42 as c_int,
            c"\xc3\xa9".as_ptr()
        );
        assert_eq!(r, 0);
        let s = compat::PyUnicodeWriter_Finish(w);
        assert!(str_is(s, "<42-\u{e9}"), "{:?}", to_string(s));
        Py_DECREF(s);

        let w = compat::PyBytesWriter_Create(0);
        assert_eq!(
            compat::PyBytesWriter_WriteBytes(w, c"<".as_ptr().cast(), 1),
            0
        );
        let r = compat::PyBytesWriter_Format!(w, c"%d:%s".as_ptr(), 7 as c_int, c"ab".as_ptr());
        assert_eq!(r, 0);
        assert_eq!(bytes_of(compat::PyBytesWriter_Finish(w)), b"<7:ab");
    });
}
