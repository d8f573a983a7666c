//! Declarations of CPython's `Include/pyport.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(any(not(PyPy), Py_3_11))]
use core::ffi::c_longlong;
#[cfg(not(PyPy))]
use core::ffi::c_int;

/// C's `ssize_t`: the size of pointers on every supported platform.
///
/// C API: [`Py_ssize_t`](https://docs.python.org/3/c-api/intro.html#c.Py_ssize_t). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type Py_ssize_t = isize;
/// C API: [`Py_hash_t`](https://docs.python.org/3/c-api/hash.html#c.Py_hash_t) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type Py_hash_t = Py_ssize_t;
/// C API: [`Py_uhash_t`](https://docs.python.org/3/c-api/hash.html#c.Py_uhash_t) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type Py_uhash_t = usize;

/// C API: [`PY_SSIZE_T_MIN`](https://docs.python.org/3/c-api/intro.html#c.PY_SSIZE_T_MIN). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_SSIZE_T_MIN: Py_ssize_t = isize::MIN;
/// C API: [`PY_SSIZE_T_MAX`](https://docs.python.org/3/c-api/intro.html#c.PY_SSIZE_T_MAX). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_SSIZE_T_MAX: Py_ssize_t = isize::MAX;

// C writes these as macros naming fixed-width types.
/// C API: [`PY_INT32_T`](https://docs.python.org/3/c-api/intro.html#c.PY_INT32_T). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type PY_INT32_T = i32;
/// C API: [`PY_UINT32_T`](https://docs.python.org/3/c-api/intro.html#c.PY_UINT32_T). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type PY_UINT32_T = u32;
/// C API: [`PY_INT64_T`](https://docs.python.org/3/c-api/intro.html#c.PY_INT64_T). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type PY_INT64_T = i64;
/// C API: [`PY_UINT64_T`](https://docs.python.org/3/c-api/intro.html#c.PY_UINT64_T). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type PY_UINT64_T = u64;

/// `PY_SIZE_MAX` is C's `SIZE_MAX`, which bindgen cannot evaluate.
///
/// C API: [`PY_SIZE_MAX`](https://docs.python.org/3/c-api/intro.html#c.PY_SIZE_MAX). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_SIZE_MAX: usize = usize::MAX;

/// C's `INT_MAX` (limits.h), which pyo3-ffi re-exports from here.
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub const INT_MAX: core::ffi::c_int = core::ffi::c_int::MAX;

/// `PY_LONG_LONG`: the old spelling of `long long`.
///
/// C API: [`PY_LONG_LONG`](https://docs.python.org/3/c-api/intro.html#c.PY_LONG_LONG). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub type PY_LONG_LONG = core::ffi::c_longlong;
/// `PY_LLONG_MIN`: `LLONG_MIN`.
///
/// C API: [`PY_LLONG_MIN`](https://docs.python.org/3/c-api/intro.html#c.PY_LLONG_MIN). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_LLONG_MIN: core::ffi::c_longlong = core::ffi::c_longlong::MIN;
/// `PY_LLONG_MAX`: `LLONG_MAX`.
///
/// C API: [`PY_LLONG_MAX`](https://docs.python.org/3/c-api/intro.html#c.PY_LLONG_MAX). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_LLONG_MAX: core::ffi::c_longlong = core::ffi::c_longlong::MAX;
/// `PY_ULLONG_MAX`: `ULLONG_MAX`.
///
/// C API: [`PY_ULLONG_MAX`](https://docs.python.org/3/c-api/intro.html#c.PY_ULLONG_MAX). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_ULLONG_MAX: core::ffi::c_ulonglong = core::ffi::c_ulonglong::MAX;

// PyPy's pyport.h defines these from pypy_macros.h's SIZEOF_SIZE_T, which the generator
// skips; CPython's are generated.
/// `SIZEOF_PY_HASH_T`: `SIZEOF_SIZE_T`, the size of `Py_hash_t`.
#[cfg(PyPy)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub const SIZEOF_PY_HASH_T: core::ffi::c_int =
    core::mem::size_of::<Py_hash_t>() as core::ffi::c_int;
/// `SIZEOF_PY_UHASH_T`: `SIZEOF_SIZE_T`, the size of `Py_uhash_t`.
#[cfg(PyPy)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub const SIZEOF_PY_UHASH_T: core::ffi::c_int =
    core::mem::size_of::<Py_uhash_t>() as core::ffi::c_int;

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(not(PyPy))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub const HAVE_LONG_LONG: c_int = 1;
#[cfg(not(PyPy))]
/// C API: [`PYLONG_BITS_IN_DIGIT`](https://docs.python.org/3/c-api/long.html#c.PYLONG_BITS_IN_DIGIT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PYLONG_BITS_IN_DIGIT: c_int = 30;
#[cfg(not(PyPy))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub const SIZEOF_PY_HASH_T: c_int = 8;
#[cfg(not(PyPy))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub const SIZEOF_PY_UHASH_T: c_int = 8;
#[cfg(Py_3_12)]
/// C API: [`PY_FORMAT_SIZE_T`](https://docs.python.org/3/c-api/intro.html#c.PY_FORMAT_SIZE_T). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_FORMAT_SIZE_T: &::core::ffi::CStr = c"z";
#[cfg(any(not(PyPy), Py_3_11))]
/// C API: [`PY_BIG_ENDIAN`](https://docs.python.org/3/c-api/intro.html#c.PY_BIG_ENDIAN). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_BIG_ENDIAN: usize = 0;
#[cfg(any(not(PyPy), Py_3_11))]
/// C API: [`PY_LITTLE_ENDIAN`](https://docs.python.org/3/c-api/intro.html#c.PY_LITTLE_ENDIAN). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_LITTLE_ENDIAN: usize = 1;
#[cfg(any(not(PyPy), Py_3_11))]
/// C API: [`PY_DWORD_MAX`](https://docs.python.org/3/c-api/intro.html#c.PY_DWORD_MAX). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const PY_DWORD_MAX: c_longlong = 4294967295;
#[cfg(Py_3_13)]
/// C API: [`Py_CAN_START_THREADS`](https://docs.python.org/3/c-api/intro.html#c.Py_CAN_START_THREADS) (docs: added 3.13). In the headers from 3.13. In the limited API's headers from 3.13 (no stable-ABI symbol).
pub const Py_CAN_START_THREADS: c_int = 1;
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h). Limited API and stable ABI since 3.2.
pub type Py_uintptr_t = usize;
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h). Limited API and stable ABI since 3.2.
pub type Py_intptr_t = isize;
#[cfg(all(Py_3_11, not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub type Py_ssize_clean_t = Py_ssize_t;
#[cfg(all(not(Py_3_11), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.15/Include/pyport.h).
pub type Py_ssize_clean_t = c_int;
#[cfg(all(not(Py_3_11), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/pyport.h`](https://github.com/python/cpython/blob/3.10/Include/pyport.h).
pub const HAVE_PY_SET_53BIT_PRECISION: c_int = 1;
