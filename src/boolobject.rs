//! Declarations of CPython's `Include/boolobject.h`.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::c_long;
#[cfg(all(not(Py_3_13), Py_LIMITED_API))]
use crate::pytypedefs::PyLongObject;
use crate::object::{PyBool_Type, PyObject, Py_Is};
#[cfg(Py_3_9)]
use crate::object::Py_IS_TYPE;
#[cfg(all(Py_3_13, Py_LIMITED_API))]
use crate::object::{Py_CONSTANT_FALSE, Py_CONSTANT_TRUE, Py_GetConstantBorrowed};
#[cfg(not(Py_3_9))]
use crate::object::Py_TYPE;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::longintrepr::PyLongObject;

// The two bools. The limited API from 3.13 reaches them through Py_GetConstantBorrowed.
#[cfg(not(any(all(Py_LIMITED_API, Py_3_13), PyPy)))]
extern "C" {
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/boolobject.h`](https://github.com/python/cpython/blob/3.15/Include/boolobject.h). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_FalseStruct: PyLongObject;
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/boolobject.h`](https://github.com/python/cpython/blob/3.15/Include/boolobject.h). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_TrueStruct: PyLongObject;
}

// PyPy declares them as plain objects.
#[cfg(PyPy)]
extern "C" {
    #[link_name = "_PyPy_FalseStruct"]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/boolobject.h`](https://github.com/python/cpython/blob/3.15/Include/boolobject.h). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_FalseStruct: PyObject;
    #[link_name = "_PyPy_TrueStruct"]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/boolobject.h`](https://github.com/python/cpython/blob/3.15/Include/boolobject.h). Stable ABI since 3.2, not in the limited API.
    pub static mut _Py_TrueStruct: PyObject;
}

#[inline]
/// C API: [`PyBool_Check`](https://docs.python.org/3/c-api/bool.html#c.PyBool_Check). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyBool_Check(op: *mut PyObject) -> ::core::ffi::c_int {
    #[cfg(Py_3_9)]
    return Py_IS_TYPE(op, &raw mut PyBool_Type);
    // Before 3.9: `Py_TYPE(op) == &PyBool_Type`.
    #[cfg(not(Py_3_9))]
    return (Py_TYPE(op) == &raw mut PyBool_Type) as ::core::ffi::c_int;
}

/// Borrowed reference to `False`.
#[inline]
///
/// C API: [`Py_False`](https://docs.python.org/3/c-api/bool.html#c.Py_False) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn Py_False() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    return Py_GetConstantBorrowed(Py_CONSTANT_FALSE as ::core::ffi::c_uint);
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    return (&raw mut _Py_FalseStruct).cast();
}

/// Borrowed reference to `True`.
#[inline]
///
/// C API: [`Py_True`](https://docs.python.org/3/c-api/bool.html#c.Py_True) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn Py_True() -> *mut PyObject {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    return Py_GetConstantBorrowed(Py_CONSTANT_TRUE as ::core::ffi::c_uint);
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    return (&raw mut _Py_TrueStruct).cast();
}

// C declares functions too but the macros win: a pointer comparison. Older versions
// lack both; the same comparison serves them.
#[inline]
/// C API: [`Py_IsTrue`](https://docs.python.org/3/c-api/structures.html#c.Py_IsTrue) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_IsTrue(x: *mut PyObject) -> ::core::ffi::c_int {
    Py_Is(x, Py_True())
}

#[inline]
/// C API: [`Py_IsFalse`](https://docs.python.org/3/c-api/structures.html#c.Py_IsFalse) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_IsFalse(x: *mut PyObject) -> ::core::ffi::c_int {
    Py_Is(x, Py_False())
}

/// `Py_RETURN_TRUE`: returns `Py_True` from the enclosing function, as a new reference. From
/// 3.12 (and under a 3.12+ limited API) C returns the immortal object without counting
/// it; before, `Py_INCREF` first. Use it as a statement: `Py_RETURN_TRUE!();`.
#[cfg(Py_3_12)]
#[macro_export]
macro_rules! Py_RETURN_TRUE {
    () => {{
        #[allow(unused_unsafe)]
        let o = unsafe { $crate::Py_True() };
        return o;
    }};
}
/// `Py_RETURN_TRUE`: returns `Py_True` from the enclosing function, as a new reference. From
/// 3.12 (and under a 3.12+ limited API) C returns the immortal object without counting
/// it; before, `Py_INCREF` first. Use it as a statement: `Py_RETURN_TRUE!();`.
#[cfg(not(Py_3_12))]
#[macro_export]
macro_rules! Py_RETURN_TRUE {
    () => {{
        #[allow(unused_unsafe)]
        let o = unsafe {
            let o = $crate::Py_True();
            $crate::Py_INCREF(o);
            o
        };
        return o;
    }};
}
/// `Py_RETURN_FALSE`: returns `Py_False` from the enclosing function, as a new reference. From
/// 3.12 (and under a 3.12+ limited API) C returns the immortal object without counting
/// it; before, `Py_INCREF` first. Use it as a statement: `Py_RETURN_FALSE!();`.
#[cfg(Py_3_12)]
#[macro_export]
macro_rules! Py_RETURN_FALSE {
    () => {{
        #[allow(unused_unsafe)]
        let o = unsafe { $crate::Py_False() };
        return o;
    }};
}
/// `Py_RETURN_FALSE`: returns `Py_False` from the enclosing function, as a new reference. From
/// 3.12 (and under a 3.12+ limited API) C returns the immortal object without counting
/// it; before, `Py_INCREF` first. Use it as a statement: `Py_RETURN_FALSE!();`.
#[cfg(not(Py_3_12))]
#[macro_export]
macro_rules! Py_RETURN_FALSE {
    () => {{
        #[allow(unused_unsafe)]
        let o = unsafe {
            let o = $crate::Py_False();
            $crate::Py_INCREF(o);
            o
        };
        return o;
    }};
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
extern "C" {
    #[cfg(not(PyPy))]
    /// C API: [`PyBool_FromLong`](https://docs.python.org/3/c-api/bool.html#c.PyBool_FromLong). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
    pub fn PyBool_FromLong(v: c_long) -> *mut PyObject;
    #[cfg(PyPy)]
    #[cfg_attr(PyPy, link_name = "PyPyBool_FromLong")]
    /// pyo3-ffi's spelling, the same ABI; the headers' type (parameter 0): `Py_ssize_t`.
    ///
    /// C API: [`PyBool_FromLong`](https://docs.python.org/3/c-api/bool.html#c.PyBool_FromLong). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
    pub fn PyBool_FromLong(v: c_long) -> *mut PyObject;
}
