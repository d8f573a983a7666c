//! Shims for `Include/cpython/floatobject.h`: 3.11 made public the IEEE 754 packing
//! functions that were private before, which the fallbacks call. Outside the limited
//! API. PyPy below 3.11 exports none of the private ones: there they are written here.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
use core::ffi::{c_char, c_int};

// --- PyFloat_Pack2/4/8, PyFloat_Unpack2/4/8: 3.11 ---

#[cfg(all(Py_3_11, not(Py_LIMITED_API)))]
pub use crate::{
    PyFloat_Pack2, PyFloat_Pack4, PyFloat_Pack8, PyFloat_Unpack2, PyFloat_Unpack4, PyFloat_Unpack8,
};

#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
extern "C" {
    fn _PyFloat_Pack2(x: f64, p: *mut u8, le: c_int) -> c_int;
    fn _PyFloat_Pack4(x: f64, p: *mut u8, le: c_int) -> c_int;
    fn _PyFloat_Pack8(x: f64, p: *mut u8, le: c_int) -> c_int;
    fn _PyFloat_Unpack2(p: *const u8, le: c_int) -> f64;
    fn _PyFloat_Unpack4(p: *const u8, le: c_int) -> f64;
    fn _PyFloat_Unpack8(p: *const u8, le: c_int) -> f64;
}

// The C functions take `char *` from 3.11 and `unsigned char *` before: the same bytes.
macro_rules! pack_unpack {
    ($($pack:ident $private_pack:ident $unpack:ident $private_unpack:ident $bytes:literal;)*) => {$(
        #[doc = concat!("Writes `x` as an IEEE 754 number of ", stringify!($bytes), " bytes at `p`, little-endian if `le` is non-zero: 0, or -1 with an exception (OverflowError if `x` does not fit).")]
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        #[inline]
        pub unsafe fn $pack(x: f64, p: *mut c_char, le: c_int) -> c_int {
            $private_pack(x, p.cast(), le)
        }

        #[doc = concat!("Reads the ", stringify!($bytes), "-byte IEEE 754 number at `p`, little-endian if `le` is non-zero; -1.0 with an exception on failure.")]
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        #[inline]
        pub unsafe fn $unpack(p: *const c_char, le: c_int) -> f64 {
            $private_unpack(p.cast(), le)
        }
    )*};
}

pack_unpack! {
    PyFloat_Pack2 _PyFloat_Pack2 PyFloat_Unpack2 _PyFloat_Unpack2 2;
    PyFloat_Pack4 _PyFloat_Pack4 PyFloat_Unpack4 _PyFloat_Unpack4 4;
    PyFloat_Pack8 _PyFloat_Pack8 PyFloat_Unpack8 _PyFloat_Unpack8 8;
}

// --- PyPy below 3.11: the conversions themselves ---

/// `be`, big-endian, stored at `p` in the order `le` asks for.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
unsafe fn store<const N: usize>(mut be: [u8; N], p: *mut c_char, le: c_int) {
    if le != 0 {
        be.reverse();
    }
    core::ptr::copy_nonoverlapping(be.as_ptr(), p.cast::<u8>(), N);
}

/// The `N` bytes at `p`, in the order `le` gives, as big-endian.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
unsafe fn load<const N: usize>(p: *const c_char, le: c_int) -> [u8; N] {
    let mut be = [0u8; N];
    core::ptr::copy_nonoverlapping(p.cast::<u8>(), be.as_mut_ptr(), N);
    if le != 0 {
        be.reverse();
    }
    be
}

/// 2 to the power `k`, for `k` in f64's normal range.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
fn pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

/// `v` (0 to 2048 here) rounded to the nearest integer, ties to even (no `std` here).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
fn round_even(v: f64) -> u16 {
    let t = v as u16;
    let rest = v - f64::from(t);
    t + u16::from(rest > 0.5 || (rest == 0.5 && t & 1 == 1))
}

/// `x` as an IEEE 754 half, rounded to nearest (ties to even); `None` beyond its range.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
fn to_half(x: f64) -> Option<u16> {
    let sign = u16::from(x.is_sign_negative()) << 15;
    let a = x.abs();
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if a.is_infinite() {
        return Some(sign | 0x7c00);
    }
    // 65520 lies halfway between the largest half, 65504, and the next power of two.
    if a >= 65520.0 {
        return None;
    }
    if a < pow2(-14) {
        // Subnormal (or zero): a count of 2^-24; 1024 of them is the smallest normal.
        return Some(sign | round_even(a / pow2(-24)));
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    // 1024 to 2048 steps of 2^(e-10); a carry into 2048 moves to the next exponent.
    let m = round_even(a / pow2(e - 10));
    Some(sign | ((((e + 15) as u16) << 10) + (m - 1024)))
}

/// The IEEE 754 half `h` as an f64 (a NaN keeps only its sign).
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
fn from_half(h: u16) -> f64 {
    let (e, m) = (i32::from((h >> 10) & 0x1f), f64::from(h & 0x3ff));
    let a = match e {
        0x1f if m == 0.0 => f64::INFINITY,
        0x1f => f64::NAN,
        0 => m * pow2(-24),
        _ => (m + 1024.0) * pow2(e - 25),
    };
    if h & 0x8000 != 0 {
        -a
    } else {
        a
    }
}

/// OverflowError with CPython's message for struct format `format`; -1.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
#[inline]
unsafe fn too_large(message: &core::ffi::CStr) -> c_int {
    crate::pyerrors::PyErr_SetString(crate::pyerrors::PyExc_OverflowError, message.as_ptr());
    -1
}

/// Writes `x` as an IEEE 754 half at `p`, little-endian if `le` is non-zero: 0, or -1
/// with OverflowError if `x` does not fit.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Pack2`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Pack2). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Pack2(x: f64, p: *mut c_char, le: c_int) -> c_int {
    match to_half(x) {
        Some(h) => {
            store(h.to_be_bytes(), p, le);
            0
        }
        None => too_large(c"float too large to pack with e format"),
    }
}

/// Writes `x` as an IEEE 754 single at `p`, little-endian if `le` is non-zero: 0, or -1
/// with OverflowError if `x` does not fit.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Pack4`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Pack4). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Pack4(x: f64, p: *mut c_char, le: c_int) -> c_int {
    // Rounds to nearest; beyond f32's range it gives an infinity.
    let y = x as f32;
    if y.is_infinite() && !x.is_infinite() {
        return too_large(c"float too large to pack with f format");
    }
    store(y.to_be_bytes(), p, le);
    0
}

/// Writes `x` as an IEEE 754 double at `p`, little-endian if `le` is non-zero: 0.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Pack8`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Pack8). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Pack8(x: f64, p: *mut c_char, le: c_int) -> c_int {
    store(x.to_be_bytes(), p, le);
    0
}

/// Reads the IEEE 754 half at `p`, little-endian if `le` is non-zero.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Unpack2`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Unpack2). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Unpack2(p: *const c_char, le: c_int) -> f64 {
    from_half(u16::from_be_bytes(load(p, le)))
}

/// Reads the IEEE 754 single at `p`, little-endian if `le` is non-zero.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Unpack4`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Unpack4). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Unpack4(p: *const c_char, le: c_int) -> f64 {
    f64::from(f32::from_be_bytes(load(p, le)))
}

/// Reads the IEEE 754 double at `p`, little-endian if `le` is non-zero.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), PyPy))]
///
/// C API: [`PyFloat_Unpack8`](https://docs.python.org/3/c-api/float.html#c.PyFloat_Unpack8). In the headers from 3.11. Not in the limited API.
pub unsafe fn PyFloat_Unpack8(p: *const c_char, le: c_int) -> f64 {
    f64::from_be_bytes(load(p, le))
}
