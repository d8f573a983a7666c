//! Shims for `Include/cpython/pytime.h`: 3.13 made public the clocks that were
//! private before, which the fallbacks call. Outside the limited API. PyPy exports the
//! private system and monotonic clocks too (unprefixed); PyPy below 3.11 (3.9
//! here) has no performance counter, which on Linux is CPython's monotonic clock too.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
use core::ffi::{c_int, c_void};

// --- PyTime_t, PyTime_MIN, PyTime_MAX and the clocks: 3.13 ---

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
pub use crate::{
    PyTime_AsSecondsDouble, PyTime_MAX, PyTime_MIN, PyTime_Monotonic, PyTime_PerfCounter,
    PyTime_Time, PyTime_t,
};

/// A timestamp or duration in nanoseconds (`_PyTime_t` before 3.13).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
///
/// C API: [`PyTime_t`](https://docs.python.org/3/c-api/time.html#c.PyTime_t). In the headers from 3.13. Not in the limited API.
pub type PyTime_t = i64;

/// The smallest [`PyTime_t`].
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
///
/// C API: [`PyTime_MIN`](https://docs.python.org/3/c-api/time.html#c.PyTime_MIN). In the headers from 3.13. Not in the limited API.
pub const PyTime_MIN: PyTime_t = PyTime_t::MIN;
/// The largest [`PyTime_t`].
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
///
/// C API: [`PyTime_MAX`](https://docs.python.org/3/c-api/time.html#c.PyTime_MAX). In the headers from 3.13. Not in the limited API.
pub const PyTime_MAX: PyTime_t = PyTime_t::MAX;

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
extern "C" {
    // The clock-info argument may be NULL.
    fn _PyTime_GetMonotonicClockWithInfo(t: *mut PyTime_t, info: *mut c_void) -> c_int;
    fn _PyTime_GetSystemClockWithInfo(t: *mut PyTime_t, info: *mut c_void) -> c_int;
    #[cfg(any(not(PyPy), Py_3_11))]
    fn _PyTime_GetPerfCounterWithInfo(t: *mut PyTime_t, info: *mut c_void) -> c_int;
    fn _PyTime_AsSecondsDouble(t: PyTime_t) -> f64;
}

/// `t` nanoseconds in seconds.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyTime_AsSecondsDouble`](https://docs.python.org/3/c-api/time.html#c.PyTime_AsSecondsDouble). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyTime_AsSecondsDouble(t: PyTime_t) -> f64 {
    _PyTime_AsSecondsDouble(t)
}

/// The monotonic clock in `*result`: 0, or -1 with an exception (and `*result` 0).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyTime_Monotonic`](https://docs.python.org/3/c-api/time.html#c.PyTime_Monotonic). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyTime_Monotonic(result: *mut PyTime_t) -> c_int {
    clock(_PyTime_GetMonotonicClockWithInfo, result)
}

/// The system clock (time since the epoch) in `*result`: 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyTime_Time`](https://docs.python.org/3/c-api/time.html#c.PyTime_Time). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyTime_Time(result: *mut PyTime_t) -> c_int {
    clock(_PyTime_GetSystemClockWithInfo, result)
}

/// The performance counter in `*result`: 0, or -1 with an exception.
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyTime_PerfCounter`](https://docs.python.org/3/c-api/time.html#c.PyTime_PerfCounter). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyTime_PerfCounter(result: *mut PyTime_t) -> c_int {
    #[cfg(all(PyPy, not(Py_3_11)))]
    return clock(_PyTime_GetMonotonicClockWithInfo, result);
    #[cfg(any(not(PyPy), Py_3_11))]
    return clock(_PyTime_GetPerfCounterWithInfo, result);
}

#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
#[inline]
unsafe fn clock(
    read: unsafe extern "C" fn(*mut PyTime_t, *mut c_void) -> c_int,
    result: *mut PyTime_t,
) -> c_int {
    let mut t = 0;
    let rc = read(&mut t, core::ptr::null_mut());
    // 3.13 leaves 0 on failure.
    *result = if rc < 0 { 0 } else { t };
    rc
}
