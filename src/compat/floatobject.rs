//! Shims for `Include/cpython/floatobject.h`: 3.11 made public the IEEE 754 packing
//! functions that were private before, which the fallbacks call. Outside the limited
//! API; absent on PyPy 3.9, which exports none of the private ones.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
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
