//! The checks `build.rs` generated, and the comparison `tests/layout.rs` runs.

use std::ffi::{c_char, CStr};

pub enum ValKind {
    Int,
    Float,
    Str,
    /// Rust's link name, looked up in libpython; C gives what the headers'
    /// name expands to, and `detail` is "declared" if the headers declare
    /// the Rust name itself.
    Symbol,
}

pub struct Check {
    pub kind: &'static str,
    pub item: &'static str,
    pub detail: &'static str,
    pub val: ValKind,
    /// Set when C cannot compute the value: the check fails with it.
    pub c_error: Option<&'static str>,
}

#[derive(Debug, PartialEq)]
pub enum Value {
    Int(i128),
    Float(f64),
    Str(&'static CStr),
}

/// What the C side writes for each check (`struct ct_out` in checks.c).
#[repr(C)]
struct COut {
    v: u64,
    d: f64,
    s: *const c_char,
    neg: u8,
    set: u8,
}

extern "C" {
    fn pyffi_ctest_fill(out: *mut COut);
}

/// The size of the field at `path` of `ty`, without a value of `ty`.
#[macro_export]
#[doc(hidden)]
macro_rules! __ct_fsize {
    ($ty:ty, $($path:tt)+) => {{
        let u = ::core::mem::MaybeUninit::<$ty>::uninit();
        let p = u.as_ptr();
        $crate::size_of_pointee(unsafe { ::core::ptr::addr_of!((*p).$($path)+) }) as i128
    }};
}

#[doc(hidden)]
pub fn size_of_pointee<T>(_: *const T) -> usize {
    core::mem::size_of::<T>()
}

/// Sets a bit-field to all ones in a zeroed `T`, and returns its first bit
/// (byte * 8 + bit, as bindgen numbers them on little-endian targets) and
/// how many bits are set.
#[doc(hidden)]
pub fn __ct_bits<T>(set: impl FnOnce(&mut T)) -> (i128, i128) {
    // SAFETY: only called on structs of bit-fields: integers all through.
    let mut x: T = unsafe { core::mem::zeroed() };
    set(&mut x);
    let bytes = unsafe {
        core::slice::from_raw_parts(&x as *const T as *const u8, core::mem::size_of::<T>())
    };
    let mut first = -1i128;
    let mut count = 0i128;
    for i in 0..bytes.len() * 8 {
        if bytes[i / 8] >> (i % 8) & 1 == 1 {
            if first < 0 {
                first = i as i128;
            }
            count += 1;
        }
    }
    (if first < 0 { u64::MAX as i128 } else { first }, count)
}

mod generated {
    #![allow(unused_imports, non_snake_case, clippy::all)]
    use super::{__ct_bits, Check, ValKind, Value};
    use crate::__ct_fsize;
    use pyffi::*;
    include!(concat!(env!("OUT_DIR"), "/checks.rs"));
}

pub use generated::{CHECKS, DESCRIBE, LIBPYTHON, SKIPS};

pub struct Outcome {
    pub passed: usize,
    pub failed: Vec<String>,
    /// Checks that could not run here, with the reason.
    pub not_run: Vec<String>,
}

/// libpython, opened to look symbols up in.
struct Lib(*mut libc::c_void);

impl Lib {
    fn open() -> Result<Lib, String> {
        let path = LIBPYTHON.ok_or("this build names no shared libpython")?;
        let c = std::ffi::CString::new(path).unwrap();
        // SAFETY: a valid path; RTLD_LAZY runs no Python code but its constructors (none).
        let h = unsafe { libc::dlopen(c.as_ptr(), libc::RTLD_LAZY | libc::RTLD_LOCAL) };
        if h.is_null() {
            Err(format!("cannot dlopen {path}"))
        } else {
            Ok(Lib(h))
        }
    }

    fn has(&self, sym: &CStr) -> bool {
        // SAFETY: a handle from dlopen and a C string.
        !unsafe { libc::dlsym(self.0, sym.as_ptr()) }.is_null()
    }
}

/// Compares every check; each failure names the item and both values.
pub fn run() -> Outcome {
    let mut rust = Vec::with_capacity(CHECKS.len());
    generated::rust_values(&mut rust);
    assert_eq!(rust.len(), CHECKS.len(), "generated tables disagree");
    let mut out: Vec<COut> = (0..CHECKS.len())
        .map(|_| COut {
            v: 0,
            d: 0.0,
            s: core::ptr::null(),
            neg: 0,
            set: 0,
        })
        .collect();
    // SAFETY: the C side writes only indices below CHECKS.len().
    unsafe { pyffi_ctest_fill(out.as_mut_ptr()) };

    let lib = Lib::open();
    let mut passed = 0;
    let mut failed = Vec::new();
    let mut not_run = Vec::new();
    for ((check, r), c) in CHECKS.iter().zip(&rust).zip(&out) {
        let what = format!("{} `{}`", check.kind, check.item);
        let detail = if check.detail.is_empty() {
            String::new()
        } else {
            format!(" [C: {}]", check.detail)
        };
        if let Some(err) = check.c_error {
            failed.push(format!("{what}: {err}"));
            continue;
        }
        if c.set == 0 {
            failed.push(format!("{what}: the C side did not run this check"));
            continue;
        }
        if let (ValKind::Symbol, Value::Str(rsym)) = (&check.val, r) {
            // SAFETY: C stored a string literal.
            let expands = unsafe { CStr::from_ptr(c.s) };
            let note = if expands == *rsym {
                String::new()
            } else {
                format!(
                    " (the headers' `{}` expands to `{}`)",
                    check.item,
                    expands.to_string_lossy()
                )
            };
            match &lib {
                Ok(lib) if lib.has(rsym) => passed += 1,
                Ok(_) => failed.push(format!(
                    "{what}: libpython exports no `{}`{note}",
                    rsym.to_string_lossy()
                )),
                Err(_) if expands == *rsym || check.detail == "declared" => passed += 1,
                Err(why) => not_run.push(format!(
                    "{what}: {why}, and the headers do not declare `{}`{note}",
                    rsym.to_string_lossy()
                )),
            }
            continue;
        }
        let cv = match check.val {
            ValKind::Int => Value::Int(if c.neg != 0 {
                c.v as i64 as i128
            } else {
                c.v as i128
            }),
            ValKind::Float => Value::Float(c.d),
            // SAFETY: C stored a string literal.
            ValKind::Str | ValKind::Symbol => Value::Str(unsafe { CStr::from_ptr(c.s) }),
        };
        let same = match (r, &cv) {
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        };
        if same {
            passed += 1;
        } else if is_type_check(check.kind) {
            failed.push(format!(
                "{what}: the C declaration's type is not compatible with `{}`, the Rust declaration spelled in C",
                check.detail
            ));
        } else {
            failed.push(format!(
                "{what}: Rust {} != C {}{detail}",
                show(r),
                show(&cv)
            ));
        }
    }
    Outcome {
        passed,
        failed,
        not_run,
    }
}

/// Kinds whose C side is `__builtin_types_compatible_p` (1: compatible).
fn is_type_check(kind: &str) -> bool {
    matches!(kind, "field type" | "type" | "signature" | "static type")
}

fn show(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format!("{f:?}"),
        Value::Str(s) => format!("{s:?}"),
    }
}
