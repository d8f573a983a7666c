//! Newer C API functions implemented for the older versions that lack them, under the
//! names pyo3-ffi gives them (`compat::Py_NewRef`, ...). Where the version compiled for
//! has the function, the name is the crate root's; otherwise it is built here from the
//! documented behaviour, with API that version has.
//!
//! The shims sit in one file per C header (`compat/dictobject.rs` for `dictobject.h` and
//! `cpython/dictobject.h`), each re-exported here. A shim is absent where its fallback
//! would need what the configuration hides (a struct's fields under the limited API, a
//! private function PyPy does not export); its file says where.
//!
//! `Py_UNUSED(name)` has no counterpart: a Rust parameter is marked unused by its name
//! (`_name`), which needs no macro.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use core::ffi::c_char;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::refcount::Py_DECREF;
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
use crate::unicodeobject::PyUnicode_FromString;

// bytesobject.h's shims are all outside the limited API.
#[cfg(not(Py_LIMITED_API))]
mod bytesobject;
mod longobject;
mod unicodeobject;
#[cfg(not(Py_LIMITED_API))]
pub use self::bytesobject::*;
pub use self::longobject::*;
pub use self::unicodeobject::*;

/// A `&'static CStr` from a string literal, usable in `const` and `static` items.
/// An interior NUL byte is a compile-time error.
#[macro_export]
macro_rules! c_str {
    ($s:expr) => {{
        const BYTES: &[u8] = ::core::concat!($s, "\0").as_bytes();
        const CSTR: &::core::ffi::CStr = match ::core::ffi::CStr::from_bytes_with_nul(BYTES) {
            ::core::result::Result::Ok(c) => c,
            ::core::result::Result::Err(_) => ::core::panic!("c_str!: interior NUL byte"),
        };
        CSTR
    }};
}

/// `f(s as a new str object)`, the str released after; `failed` without calling `f` when
/// `s` is not UTF-8 or memory runs out (the exception set). The `…String` shims' key.
#[cfg(any(not(Py_3_13), Py_LIMITED_API))]
#[inline(always)]
pub(crate) unsafe fn with_str<R>(
    s: *const c_char,
    failed: R,
    f: impl FnOnce(*mut PyObject) -> R,
) -> R {
    let obj = PyUnicode_FromString(s);
    if obj.is_null() {
        return failed;
    }
    let result = f(obj);
    Py_DECREF(obj);
    result
}

mod abstract_;
#[allow(unused_imports)] // empty in some configurations
pub use self::abstract_::*;
mod boolobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::boolobject::*;
mod code;
#[allow(unused_imports)] // empty in some configurations
pub use self::code::*;
mod dictobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::dictobject::*;
mod fileutils;
#[allow(unused_imports)] // empty in some configurations
pub use self::fileutils::*;
mod floatobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::floatobject::*;
// cpython/initconfig.h is outside the limited API.
#[cfg(not(Py_LIMITED_API))]
mod initconfig;
#[cfg(not(Py_LIMITED_API))]
pub use self::initconfig::*;
mod import;
#[allow(unused_imports)] // empty in some configurations
pub use self::import::*;
mod listobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::listobject::*;
mod modsupport;
#[allow(unused_imports)] // empty in some configurations
pub use self::modsupport::*;
mod object;
#[allow(unused_imports)] // empty in some configurations
pub use self::object::*;
mod objimpl;
#[allow(unused_imports)] // empty in some configurations
pub use self::objimpl::*;
mod pyframe;
#[allow(unused_imports)] // empty in some configurations
pub use self::pyframe::*;
mod pyhash;
#[allow(unused_imports)] // empty in some configurations
pub use self::pyhash::*;
mod pylifecycle;
#[allow(unused_imports)] // empty in some configurations
pub use self::pylifecycle::*;
mod pystate;
#[allow(unused_imports)] // empty in some configurations
pub use self::pystate::*;
mod pytime;
#[allow(unused_imports)] // empty in some configurations
pub use self::pytime::*;
mod refcount;
#[allow(unused_imports)] // empty in some configurations
pub use self::refcount::*;
mod sysmodule;
#[allow(unused_imports)] // empty in some configurations
pub use self::sysmodule::*;
mod tupleobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::tupleobject::*;
mod weakrefobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::weakrefobject::*;
