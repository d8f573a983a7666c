//! The inline functions of `unicodeobject.h`, `bytesobject.h` and `bytearrayobject.h`
//! against a live interpreter: the `PyASCIIObject.state` fields for each string form
//! (ASCII, Latin-1, BMP, astral; compact and legacy), the character buffers, and the
//! bytes/bytearray buffer macros.

mod common;

use common::{eval, take_error, with_gil};
use pyffi::*;
use std::ffi::CStr;

unsafe fn with_obj<R>(expr: &CStr, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let o = eval(expr);
    let r = f(o);
    Py_DECREF(o);
    r
}

/// The string's characters as Python reports them (`list(map(ord, s))`).
unsafe fn ords(s: *mut PyObject) -> Vec<u32> {
    let n = PyUnicode_GetLength(s);
    (0..n).map(|i| PyUnicode_ReadChar(s, i)).collect()
}

#[test]
fn unicode_checks() {
    with_gil(|| unsafe {
        with_obj(c"'abc'", |o| {
            assert_eq!(PyUnicode_Check(o), 1);
            assert_eq!(PyUnicode_CheckExact(o), 1);
        });
        with_obj(c"type('S', (str,), {})('abc')", |o| {
            assert_eq!(PyUnicode_Check(o), 1);
            assert_eq!(PyUnicode_CheckExact(o), 0);
        });
        for expr in [c"b'abc'", c"1", c"['a']"] {
            with_obj(expr, |o| {
                assert_eq!(PyUnicode_Check(o), 0, "{expr:?}");
                assert_eq!(PyUnicode_CheckExact(o), 0, "{expr:?}");
            });
        }
    });
}

#[test]
fn replacement_character() {
    with_gil(|| unsafe {
        assert_eq!(Py_UNICODE_REPLACEMENT_CHARACTER, 0xFFFD);
        let s = PyUnicode_DecodeUTF8(c"a\xffb".as_ptr(), 3, c"replace".as_ptr());
        assert_eq!(PyUnicode_ReadChar(s, 1), Py_UNICODE_REPLACEMENT_CHARACTER);
        Py_DECREF(s);
    });
}

#[cfg(not(Py_LIMITED_API))]
mod unicode_layout {
    use super::*;

    /// What the state fields and buffers of a string must say.
    struct Expect {
        kind: u32,
        ascii: u32,
        compact: u32,
        max_char: u32,
    }

    unsafe fn check(s: *mut PyObject, e: &Expect) {
        let chars = ords(s);
        assert_eq!(PyUnicode_IS_READY(s), 1);
        assert_eq!(PyUnicode_READY(s), 0);
        assert_eq!(PyUnicode_KIND(s) as u32, e.kind);
        assert_eq!(PyUnicode_IS_ASCII(s), e.ascii);
        assert_eq!(PyUnicode_IS_COMPACT(s), e.compact);
        assert_eq!(
            PyUnicode_IS_COMPACT_ASCII(s),
            (e.ascii != 0 && e.compact != 0) as u32
        );
        assert_eq!(PyUnicode_GET_LENGTH(s) as usize, chars.len());
        assert_eq!(PyUnicode_MAX_CHAR_VALUE(s), e.max_char);
        let data = PyUnicode_DATA(s);
        assert!(!data.is_null());
        let kind = PyUnicode_KIND(s);
        for (i, &c) in chars.iter().enumerate() {
            let i = i as Py_ssize_t;
            let raw = match e.kind {
                1 => *PyUnicode_1BYTE_DATA(s).offset(i) as u32,
                2 => *PyUnicode_2BYTE_DATA(s).offset(i) as u32,
                4 => *PyUnicode_4BYTE_DATA(s).offset(i),
                k => panic!("kind {k}"),
            };
            assert_eq!(raw, c, "char {i}");
            assert_eq!(PyUnicode_READ(kind as _, data, i), c);
            assert_eq!(PyUnicode_READ_CHAR(s, i), c);
        }
        // The buffer is NUL-terminated after the last character.
        assert_eq!(
            PyUnicode_READ(kind as _, data, chars.len() as Py_ssize_t),
            0
        );
    }

    #[test]
    fn compact_forms() {
        with_gil(|| unsafe {
            let cases: [(&CStr, Expect); 5] = [
                (
                    c"'hello'",
                    Expect {
                        kind: 1,
                        ascii: 1,
                        compact: 1,
                        max_char: 0x7f,
                    },
                ),
                (
                    c"''",
                    Expect {
                        kind: 1,
                        ascii: 1,
                        compact: 1,
                        max_char: 0x7f,
                    },
                ),
                (
                    c"'caf\\xe9'",
                    Expect {
                        kind: 1,
                        ascii: 0,
                        compact: 1,
                        max_char: 0xff,
                    },
                ),
                (
                    c"'\\u65e5\\u672c'",
                    Expect {
                        kind: 2,
                        ascii: 0,
                        compact: 1,
                        max_char: 0xffff,
                    },
                ),
                (
                    c"'a\\U0001F600b'",
                    Expect {
                        kind: 4,
                        ascii: 0,
                        compact: 1,
                        max_char: 0x10ffff,
                    },
                ),
            ];
            for (expr, e) in &cases {
                let s = eval(expr);
                check(s, e);
                Py_DECREF(s);
            }
            // The kinds are the enum's values.
            assert_eq!(PyUnicode_1BYTE_KIND, 1);
            assert_eq!(PyUnicode_2BYTE_KIND, 2);
            assert_eq!(PyUnicode_4BYTE_KIND, 4);
        });
    }

    #[test]
    fn data_pointers_are_where_c_puts_them() {
        with_gil(|| unsafe {
            // Compact ASCII: the characters follow the PyASCIIObject header, and they
            // double as the UTF-8 form.
            let s = eval(c"'ascii text'");
            let data = PyUnicode_DATA(s);
            assert_eq!(
                data as usize,
                s as usize + std::mem::size_of::<PyASCIIObject>()
            );
            assert_eq!(PyUnicode_AsUTF8(s) as usize, data as usize);
            Py_DECREF(s);
            // Compact non-ASCII: after the larger PyCompactUnicodeObject header.
            let s = eval(c"'\\u20ac uro'");
            let data = PyUnicode_DATA(s);
            assert_eq!(
                data as usize,
                s as usize + std::mem::size_of::<PyCompactUnicodeObject>()
            );
            assert_eq!(*PyUnicode_2BYTE_DATA(s), 0x20ac);
            Py_DECREF(s);
        });
    }

    #[test]
    fn legacy_strings_of_subclasses() {
        with_gil(|| unsafe {
            // Instances of str subclasses are not compact: their characters live in a
            // separate buffer reached through data.any.
            let cases: [(&CStr, Expect); 4] = [
                (
                    c"type('S', (str,), {})('legacy')",
                    Expect {
                        kind: 1,
                        ascii: 1,
                        compact: 0,
                        max_char: 0x7f,
                    },
                ),
                (
                    c"type('S', (str,), {})('\\xff\\xfe')",
                    Expect {
                        kind: 1,
                        ascii: 0,
                        compact: 0,
                        max_char: 0xff,
                    },
                ),
                (
                    c"type('S', (str,), {})('\\u0100x')",
                    Expect {
                        kind: 2,
                        ascii: 0,
                        compact: 0,
                        max_char: 0xffff,
                    },
                ),
                (
                    c"type('S', (str,), {})('\\U0010FFFF')",
                    Expect {
                        kind: 4,
                        ascii: 0,
                        compact: 0,
                        max_char: 0x10ffff,
                    },
                ),
            ];
            for (expr, e) in &cases {
                let s = eval(expr);
                check(s, e);
                let header_end = s as usize + std::mem::size_of::<PyUnicodeObject>();
                assert_ne!(PyUnicode_DATA(s) as usize, header_end);
                Py_DECREF(s);
            }
        });
    }

    #[test]
    fn write_then_read() {
        with_gil(|| unsafe {
            for (maxchar, kind, text) in [
                (0x7f, PyUnicode_1BYTE_KIND, &[0x41u32, 0x7f, 0x20][..]),
                (0xff, PyUnicode_1BYTE_KIND, &[0xe9, 0x41, 0xff][..]),
                (0xffff, PyUnicode_2BYTE_KIND, &[0x20ac, 0x41, 0xfffd][..]),
                (
                    0x10ffff,
                    PyUnicode_4BYTE_KIND,
                    &[0x1F600, 0x41, 0x10ffff][..],
                ),
            ] {
                let s = PyUnicode_New(text.len() as Py_ssize_t, maxchar);
                assert!(!s.is_null());
                assert_eq!(PyUnicode_KIND(s) as u32, kind);
                let data = PyUnicode_DATA(s);
                for (i, &c) in text.iter().enumerate() {
                    PyUnicode_WRITE(kind as _, data, i as Py_ssize_t, c);
                }
                // Python sees what was written.
                assert_eq!(ords(s), text);
                for (i, &c) in text.iter().enumerate() {
                    assert_eq!(PyUnicode_READ_CHAR(s, i as Py_ssize_t), c);
                }
                Py_DECREF(s);
            }
        });
    }

    #[test]
    fn interning_state() {
        with_gil(|| unsafe {
            let s = PyUnicode_InternFromString(c"pyffi_interned_name".as_ptr());
            assert_ne!(PyUnicode_CHECK_INTERNED(s), SSTATE_NOT_INTERNED);
            Py_DECREF(s);
            // A string made at run time is not interned.
            let s = eval(c"'pyffi ' + str(12345) + ' not interned'");
            assert_eq!(PyUnicode_CHECK_INTERNED(s), SSTATE_NOT_INTERNED);
            // Interning it in place switches the state.
            let mut p = s;
            PyUnicode_InternInPlace(&mut p);
            assert_ne!(PyUnicode_CHECK_INTERNED(p), SSTATE_NOT_INTERNED);
            Py_DECREF(p);
        });
    }

    #[test]
    fn surrogates() {
        assert_eq!(Py_UNICODE_IS_SURROGATE(0xD7FF), 0);
        assert_eq!(Py_UNICODE_IS_SURROGATE(0xD800), 1);
        assert_eq!(Py_UNICODE_IS_SURROGATE(0xDFFF), 1);
        assert_eq!(Py_UNICODE_IS_SURROGATE(0xE000), 0);
        assert_eq!(Py_UNICODE_IS_HIGH_SURROGATE(0xDBFF), 1);
        assert_eq!(Py_UNICODE_IS_HIGH_SURROGATE(0xDC00), 0);
        assert_eq!(Py_UNICODE_IS_LOW_SURROGATE(0xDC00), 1);
        assert_eq!(Py_UNICODE_IS_LOW_SURROGATE(0xDBFF), 0);
        for c in [0x10000u32, 0x1F600, 0x10FFFF] {
            let (hi, lo) = (Py_UNICODE_HIGH_SURROGATE(c), Py_UNICODE_LOW_SURROGATE(c));
            let mut utf16 = [0u16; 2];
            char::from_u32(c).unwrap().encode_utf16(&mut utf16);
            assert_eq!((hi, lo), (utf16[0] as u32, utf16[1] as u32));
            assert_eq!(Py_UNICODE_JOIN_SURROGATES(hi, lo), c);
        }
    }

    #[test]
    fn character_properties() {
        with_gil(|| unsafe {
            assert_eq!(Py_UNICODE_ISSPACE(' ' as u32), 1);
            assert_eq!(Py_UNICODE_ISSPACE('\t' as u32), 1);
            assert_eq!(Py_UNICODE_ISSPACE(0x2003), 1); // EM SPACE, past the ASCII table
            assert_eq!(Py_UNICODE_ISSPACE('x' as u32), 0);
            assert_eq!(Py_UNICODE_ISSPACE(0x4E00), 0);
            assert_ne!(Py_UNICODE_ISALNUM('a' as u32), 0);
            assert_ne!(Py_UNICODE_ISALNUM(0x0663), 0); // ARABIC-INDIC DIGIT THREE
            assert_ne!(Py_UNICODE_ISALNUM(0x00BD), 0); // VULGAR FRACTION ONE HALF: numeric
            assert_eq!(Py_UNICODE_ISALNUM('!' as u32), 0);
            assert_ne!(Py_UNICODE_ISLOWER('a' as u32), 0);
            assert_eq!(Py_UNICODE_ISLOWER('A' as u32), 0);
            assert_ne!(Py_UNICODE_ISUPPER('A' as u32), 0);
            assert_ne!(Py_UNICODE_ISTITLE(0x01C5), 0); // LATIN CAPITAL D WITH SMALL Z WITH CARON
            assert_ne!(Py_UNICODE_ISLINEBREAK('\n' as u32), 0);
            assert_eq!(Py_UNICODE_ISLINEBREAK(' ' as u32), 0);
            assert_eq!(Py_UNICODE_TOLOWER('Q' as u32), 'q' as u32);
            assert_eq!(Py_UNICODE_TOUPPER(0xE9), 0xC9);
            assert_eq!(Py_UNICODE_TOTITLE(0x01C6), 0x01C5);
            assert_ne!(Py_UNICODE_ISDECIMAL('7' as u32), 0);
            assert_eq!(Py_UNICODE_ISDECIMAL(0x00B2), 0); // SUPERSCRIPT TWO: a digit, not decimal
            assert_ne!(Py_UNICODE_ISDIGIT(0x00B2), 0);
            assert_ne!(Py_UNICODE_ISNUMERIC(0x00BD), 0);
            assert_eq!(Py_UNICODE_ISNUMERIC('x' as u32), 0);
            assert_ne!(Py_UNICODE_ISPRINTABLE('a' as u32), 0);
            assert_eq!(Py_UNICODE_ISPRINTABLE('\n' as u32), 0);
            assert_ne!(Py_UNICODE_ISALPHA(0x00E9), 0);
            assert_eq!(Py_UNICODE_ISALPHA('1' as u32), 0);
            assert_eq!(Py_UNICODE_TODECIMAL('7' as u32), 7);
            assert_eq!(Py_UNICODE_TODECIMAL(0x0663), 3);
            assert_eq!(Py_UNICODE_TODECIMAL('a' as u32), -1);
            assert_eq!(Py_UNICODE_TODIGIT(0x00B2), 2);
            assert_eq!(Py_UNICODE_TODIGIT('a' as u32), -1);
            assert_eq!(Py_UNICODE_TONUMERIC(0x00BD), 0.5);
            assert_eq!(Py_UNICODE_TONUMERIC('a' as u32), -1.0);
        });
    }
}

#[test]
fn bytes_checks_and_buffer() {
    with_gil(|| unsafe {
        with_obj(c"b'ab\\x00cd'", |o| {
            assert_eq!(PyBytes_Check(o), 1);
            assert_eq!(PyBytes_CheckExact(o), 1);
            #[cfg(not(Py_LIMITED_API))]
            {
                assert_eq!(PyBytes_GET_SIZE(o), 5);
                let p = PyBytes_AS_STRING(o);
                assert_eq!(p, PyBytes_AsString(o).cast_const());
                // Embedded NUL kept, and a terminating NUL after the last byte.
                assert_eq!(std::slice::from_raw_parts(p.cast::<u8>(), 6), b"ab\0cd\0");
            }
        });
        with_obj(c"type('B', (bytes,), {})(b'xyz')", |o| {
            assert_eq!(PyBytes_Check(o), 1);
            assert_eq!(PyBytes_CheckExact(o), 0);
            #[cfg(not(Py_LIMITED_API))]
            {
                assert_eq!(PyBytes_GET_SIZE(o), 3);
                assert_eq!(CStr::from_ptr(PyBytes_AS_STRING(o)).to_bytes(), b"xyz");
            }
        });
        for expr in [c"'ab'", c"bytearray(b'ab')", c"memoryview(b'ab')"] {
            with_obj(expr, |o| {
                assert_eq!(PyBytes_Check(o), 0, "{expr:?}");
                assert_eq!(PyBytes_CheckExact(o), 0, "{expr:?}");
            });
        }
    });
}

#[test]
fn bytearray_checks_and_buffer() {
    with_gil(|| unsafe {
        let o = eval(c"bytearray(b'hello')");
        assert_eq!(PyByteArray_Check(o), 1);
        assert_eq!(PyByteArray_CheckExact(o), 1);
        #[cfg(not(Py_LIMITED_API))]
        {
            assert_eq!(PyByteArray_GET_SIZE(o), 5);
            let p = PyByteArray_AS_STRING(o);
            assert_eq!(p, PyByteArray_AsString(o));
            assert_eq!(std::slice::from_raw_parts(p.cast::<u8>(), 5), b"hello");
            // Writes through the pointer are seen by Python.
            *p = b'j' as _;
            let r = PyObject_Repr(o);
            assert_eq!(common::to_string(r), "bytearray(b'jello')");
            Py_DECREF(r);
            // Growing it moves the buffer; the macro follows.
            let extra = PyByteArray_FromStringAndSize(c" world".as_ptr(), 6);
            let joined = PyNumber_InPlaceAdd(o, extra);
            assert_eq!(joined, o);
            assert_eq!(PyByteArray_GET_SIZE(o), 11);
            assert_eq!(
                CStr::from_ptr(PyByteArray_AS_STRING(o)).to_bytes(),
                b"jello world"
            );
            Py_DECREF(joined);
            Py_DECREF(extra);
        }
        Py_DECREF(o);

        // An empty bytearray still gives a valid, NUL-terminated buffer.
        let e = PyByteArray_FromStringAndSize(std::ptr::null(), 0);
        assert_eq!(PyByteArray_Check(e), 1);
        #[cfg(not(Py_LIMITED_API))]
        {
            assert_eq!(PyByteArray_GET_SIZE(e), 0);
            let p = PyByteArray_AS_STRING(e);
            assert!(!p.is_null());
            assert_eq!(*p, 0);
            assert_eq!(p, PyByteArray_AsString(e));
        }
        Py_DECREF(e);

        with_obj(c"type('BA', (bytearray,), {})(b'ab')", |o| {
            assert_eq!(PyByteArray_Check(o), 1);
            assert_eq!(PyByteArray_CheckExact(o), 0);
        });
        with_obj(c"b'ab'", |o| {
            assert_eq!(PyByteArray_Check(o), 0);
            assert_eq!(PyByteArray_CheckExact(o), 0);
        });
        // The checked function raises where the macro would not look.
        with_obj(c"'not bytes'", |o| {
            assert!(PyBytes_AsString(o).is_null());
            take_error(PyExc_TypeError);
        });
    });
}
