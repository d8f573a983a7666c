//! The differential tests' table: for each inline function, pyffi's and C's,
//! called the same way (arguments as `u64` bits, the result's bytes back).

include!(concat!(env!("OUT_DIR"), "/difftest_funcs.rs"));

/// One function, both sides.
#[derive(Clone, Copy)]
pub struct Func {
    pub name: &'static str,
    /// `src/`-relative file of pyffi's definition.
    pub file: &'static str,
    /// `macro`, `static inline` or `function`: what the headers make the name.
    pub c_kind: &'static str,
    /// Parameter types, without paths: `*mut PyObject`, `Py_ssize_t`.
    pub params: &'static [&'static str],
    pub void: bool,
    /// The return type without paths (`?`: not known, for macro-defined functions).
    pub ret: &'static str,
    pub rust: unsafe fn(&[u64]) -> u64,
    pub c: unsafe fn(&[u64]) -> u64,
}

extern "C" {
    /// `Py_REFCNT` as C computes it.
    pub fn difftest_refcnt(o: *mut pyffi::PyObject) -> pyffi::Py_ssize_t;
    /// Imports the datetime capsule into the shims' translation unit (1: done).
    pub fn difftest_init() -> core::ffi::c_int;
}

/// The result's bytes, zero-extended, as the shims store them.
pub fn bits<T>(r: &T) -> u64 {
    let mut o = 0u64;
    let n = core::mem::size_of::<T>().min(8);
    // SAFETY: copies at most size_of::<T>() bytes of `r` into `o`'s first bytes.
    unsafe {
        core::ptr::copy_nonoverlapping(r as *const T as *const u8, &mut o as *mut u64 as *mut u8, n)
    };
    o
}

/// An argument from its `u64` bits, as the shims cast it.
pub trait FromBits {
    fn from_bits(b: u64) -> Self;
}

macro_rules! ints {
    ($($t:ty)*) => {$(
        impl FromBits for $t {
            fn from_bits(b: u64) -> Self { b as $t }
        }
    )*};
}
ints!(i8 u8 i16 u16 i32 u32 i64 u64 isize usize);

impl FromBits for f64 {
    fn from_bits(b: u64) -> Self {
        f64::from_bits(b)
    }
}

impl<T> FromBits for *mut T {
    fn from_bits(b: u64) -> Self {
        b as usize as *mut T
    }
}

impl<T> FromBits for *const T {
    fn from_bits(b: u64) -> Self {
        b as usize as *const T
    }
}
