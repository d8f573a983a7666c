//! Declarations of CPython's `Include/methodobject.h`.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::c_int;
use crate::pyport::Py_ssize_t;
#[cfg(Py_LIMITED_API)]
use crate::pytypedefs::PyTypeObject;
use crate::object::PyObject;
#[cfg(Py_3_9)]
use crate::object::Py_IS_TYPE;
#[cfg(all(Py_3_9, not(PyPy)))]
use crate::object::PyObject_TypeCheck;
#[cfg(not(Py_3_9))]
use crate::object::Py_TYPE;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;
#[cfg(PyPy)]
use crate::pypy_decl::PyPyCFunction_Check;

// The calling conventions' pointer types, spelled as pyo3-ffi spells them. C declares
// the argument vector `PyObject *const *` in each; pyo3-ffi's `PyCFunctionFast` has
// `*mut *mut PyObject`, and `PyCMethod`'s count is a `Py_ssize_t` (C: `size_t` before
// 3.14). Neither changes the ABI. METH_FASTCALL joined the limited API in 3.10; C
// names the types `_PyCFunctionFast*` before 3.13 and keeps those names as aliases.
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
/// C API: [`PyCFunctionFast`](https://docs.python.org/3/c-api/structures.html#c.PyCFunctionFast). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub type PyCFunctionFast = unsafe extern "C" fn(
    slf: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject;
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
/// C API: [`PyCFunctionFastWithKeywords`](https://docs.python.org/3/c-api/structures.html#c.PyCFunctionFastWithKeywords). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub type PyCFunctionFastWithKeywords = unsafe extern "C" fn(
    slf: *mut PyObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject;
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.15/Include/methodobject.h).
pub type _PyCFunctionFast = PyCFunctionFast;
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.15/Include/methodobject.h).
pub type _PyCFunctionFastWithKeywords = PyCFunctionFastWithKeywords;
#[cfg(any(Py_3_9, not(Py_LIMITED_API)))]
/// C API: [`PyCMethod`](https://docs.python.org/3/c-api/structures.html#c.PyCMethod) (docs: added 3.9). In the headers from 3.9. In the limited API's headers from 3.9 (no stable-ABI symbol).
pub type PyCMethod = unsafe extern "C" fn(
    slf: *mut PyObject,
    defining_class: *mut PyTypeObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject;

/// `PyMethodDef.ml_meth`: C stores every calling convention in one `PyCFunction`
/// field and casts; Rust names each one. `ml_flags` says which one is meant. The
/// members and their cfgs are pyo3-ffi's (the `_`-prefixed ones are the old names).
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union PyMethodDefPointer {
    /// `METH_VARARGS`, `METH_NOARGS`, `METH_O`.
    pub PyCFunction: PyCFunction,
    /// `METH_VARARGS | METH_KEYWORDS`.
    pub PyCFunctionWithKeywords: PyCFunctionWithKeywords,
    /// `METH_FASTCALL`, under its pre-3.13 name.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub _PyCFunctionFast: PyCFunctionFast,
    /// `METH_FASTCALL`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub PyCFunctionFast: PyCFunctionFast,
    /// `METH_FASTCALL | METH_KEYWORDS`, under its pre-3.13 name.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub _PyCFunctionFastWithKeywords: PyCFunctionFastWithKeywords,
    /// `METH_FASTCALL | METH_KEYWORDS`.
    #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
    pub PyCFunctionFastWithKeywords: PyCFunctionFastWithKeywords,
    /// `METH_METHOD | METH_FASTCALL | METH_KEYWORDS`.
    #[cfg(not(Py_LIMITED_API))]
    pub PyCMethod: PyCMethod,
    /// The pointer itself (private, as in pyo3-ffi: read it with `as_ptr`).
    Void: *mut ::core::ffi::c_void,
}

impl PyMethodDefPointer {
    /// The null pointer of a table's sentinel entry.
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const fn zeroed() -> PyMethodDefPointer {
        PyMethodDefPointer {
            Void: ::core::ptr::null_mut(),
        }
    }

    /// The one pointer every member is.
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn as_ptr(&self) -> *mut ::core::ffi::c_void {
        // Every member is one pointer wide, so reading it as a data pointer is sound.
        unsafe { self.Void }
    }

    /// Whether this is the null pointer of a sentinel entry.
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn is_null(&self) -> bool {
        self.as_ptr().is_null()
    }
}

impl PartialEq for PyMethodDefPointer {
    fn eq(&self, other: &Self) -> bool {
        unsafe { self.Void == other.Void }
    }
}

impl Eq for PyMethodDefPointer {}

impl ::core::fmt::Pointer for PyMethodDefPointer {
    #[inline]
    fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        ::core::fmt::Pointer::fmt(&unsafe { self.Void }, f)
    }
}

#[inline]
/// C API: [`PyCFunction_Check`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_Check). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyCFunction_Check(op: *mut PyObject) -> ::core::ffi::c_int {
    #[cfg(PyPy)]
    return PyPyCFunction_Check(op.cast());
    #[cfg(not(PyPy))]
    {
        // Before 3.9 the check is exact: `Py_TYPE(op) == &PyCFunction_Type`.
        #[cfg(not(Py_3_9))]
        return (Py_TYPE(op) == &raw mut PyCFunction_Type) as ::core::ffi::c_int;
        #[cfg(Py_3_9)]
        return PyObject_TypeCheck(op, &raw mut PyCFunction_Type);
    }
}

#[inline]
/// C API: [`PyCFunction_CheckExact`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_CheckExact). In the headers from 3.9. In the limited API's headers from 3.9 (no stable-ABI symbol).
pub unsafe fn PyCFunction_CheckExact(op: *mut PyObject) -> ::core::ffi::c_int {
    #[cfg(Py_3_9)]
    return Py_IS_TYPE(op, &raw mut PyCFunction_Type);
    // Before 3.9: `Py_TYPE(op) == &PyCFunction_Type`.
    #[cfg(not(Py_3_9))]
    return (Py_TYPE(op) == &raw mut PyCFunction_Type) as ::core::ffi::c_int;
}

/// One entry of a method table; a zeroed entry ends the table.
#[repr(C)]
#[derive(Copy, Clone, PartialEq, Eq)]
///
/// C API: [`PyMethodDef`](https://docs.python.org/3/c-api/structures.html#c.PyMethodDef). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyMethodDef {
    pub ml_name: *const ::core::ffi::c_char,
    pub ml_meth: PyMethodDefPointer,
    pub ml_flags: ::core::ffi::c_int,
    pub ml_doc: *const ::core::ffi::c_char,
}

impl PyMethodDef {
    /// The sentinel entry that ends a method table.
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const fn zeroed() -> PyMethodDef {
        PyMethodDef {
            ml_name: ::core::ptr::null(),
            ml_meth: PyMethodDefPointer::zeroed(),
            ml_flags: 0,
            ml_doc: ::core::ptr::null(),
        }
    }
}

impl Default for PyMethodDef {
    fn default() -> PyMethodDef {
        PyMethodDef::zeroed()
    }
}

#[inline]
/// C API: [`PyCFunction_New`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_New). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.4. Returns a new reference.
pub unsafe fn PyCFunction_New(ml: *mut PyMethodDef, slf: *mut PyObject) -> *mut PyObject {
    PyCFunction_NewEx(ml, slf, ::core::ptr::null_mut())
}

// Before 3.9 PyCFunction_NewEx is a plain function.
#[cfg(Py_3_9)]
#[inline]
/// C API: [`PyCFunction_NewEx`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_NewEx). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
pub unsafe fn PyCFunction_NewEx(
    ml: *mut PyMethodDef,
    slf: *mut PyObject,
    module: *mut PyObject,
) -> *mut PyObject {
    PyCMethod_New(ml, slf, module, ::core::ptr::null_mut())
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
/// C API: [`METH_VARARGS`](https://docs.python.org/3/c-api/structures.html#c.METH_VARARGS). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_VARARGS: c_int = 1;
/// C API: [`METH_KEYWORDS`](https://docs.python.org/3/c-api/structures.html#c.METH_KEYWORDS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub const METH_KEYWORDS: c_int = 2;
/// C API: [`METH_NOARGS`](https://docs.python.org/3/c-api/structures.html#c.METH_NOARGS). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_NOARGS: c_int = 4;
/// C API: [`METH_O`](https://docs.python.org/3/c-api/structures.html#c.METH_O). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_O: c_int = 8;
/// C API: [`METH_CLASS`](https://docs.python.org/3/c-api/structures.html#c.METH_CLASS). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_CLASS: c_int = 16;
/// C API: [`METH_STATIC`](https://docs.python.org/3/c-api/structures.html#c.METH_STATIC). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_STATIC: c_int = 32;
/// C API: [`METH_COEXIST`](https://docs.python.org/3/c-api/structures.html#c.METH_COEXIST). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub const METH_COEXIST: c_int = 64;
#[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
/// C API: [`METH_FASTCALL`](https://docs.python.org/3/c-api/structures.html#c.METH_FASTCALL) (docs: added 3.7; changed 3.10). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.10.
pub const METH_FASTCALL: c_int = 128;
#[cfg(not(PyPy))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.15/Include/methodobject.h).
pub const METH_STACKLESS: c_int = 0;
#[cfg(Py_3_9)]
/// C API: [`METH_METHOD`](https://docs.python.org/3/c-api/structures.html#c.METH_METHOD). In the headers from 3.9. Limited API and stable ABI since 3.7.
pub const METH_METHOD: c_int = 512;
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyCFunction_Type`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyCFunction_Type: PyTypeObject;
    }
}
/// C API: [`PyCFunction`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type PyCFunction =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject) -> *mut PyObject;
/// C API: [`PyCFunctionWithKeywords`](https://docs.python.org/3/c-api/structures.html#c.PyCFunctionWithKeywords). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type PyCFunctionWithKeywords = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: *mut PyObject,
    arg3: *mut PyObject,
) -> *mut PyObject;
#[cfg(all(not(Py_3_10), Py_LIMITED_API))]
/// pyo3-ffi's spelling, the same ABI; the headers' type (parameter 1): `*const *mut PyObject`.
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.15/Include/methodobject.h).
pub type _PyCFunctionFast = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: *mut *mut PyObject,
    arg3: Py_ssize_t,
) -> *mut PyObject;
#[cfg(all(not(Py_3_10), Py_LIMITED_API))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.15/Include/methodobject.h).
pub type _PyCFunctionFastWithKeywords = unsafe extern "C" fn(
    arg1: *mut PyObject,
    arg2: *const *mut PyObject,
    arg3: Py_ssize_t,
    arg4: *mut PyObject,
) -> *mut PyObject;
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyCFunction_GetFunction`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_GetFunction). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyCFunction_GetFunction(func: *mut PyObject) -> Option<PyCFunction>;
        #[cfg(not(PyPy))]
        /// C API: [`PyCFunction_GetSelf`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_GetSelf). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyCFunction_GetSelf(func: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyCFunction_GetFlags`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_GetFlags). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyCFunction_GetFlags(func: *mut PyObject) -> c_int;
        #[cfg(not(Py_3_9))]
        /// C API: [`PyCFunction_NewEx`](https://docs.python.org/3/c-api/structures.html#c.PyCFunction_NewEx). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyCFunction_NewEx(
            ml: *mut PyMethodDef,
            self_: *mut PyObject,
            module: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(all(Py_3_9, not(PyPy)))]
        /// C API: [`PyCMethod_New`](https://docs.python.org/3/c-api/structures.html#c.PyCMethod_New) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9. Returns a new reference.
        pub fn PyCMethod_New(
            ml: *mut PyMethodDef,
            self_: *mut PyObject,
            module: *mut PyObject,
            cls: *mut PyTypeObject,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// pyo3-ffi's spelling, the same ABI; the headers' type (parameter 3): `*mut PyObject`.
        ///
        /// C API: [`PyCMethod_New`](https://docs.python.org/3/c-api/structures.html#c.PyCMethod_New) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9. Returns a new reference.
        pub fn PyCMethod_New(
            ml: *mut PyMethodDef,
            self_: *mut PyObject,
            module: *mut PyObject,
            cls: *mut PyTypeObject,
        ) -> *mut PyObject;
        #[cfg(not(Py_3_13))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.12. Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.12/Include/methodobject.h). Stable ABI since 3.2, not in the limited API.
        pub fn PyCFunction_Call(
            callable: *mut PyObject,
            args: *mut PyObject,
            kwargs: *mut PyObject,
        ) -> *mut PyObject;
    }
}
#[cfg(any(not(Py_3_9), PyPy))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.8. Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.8/Include/methodobject.h).
pub type PyNoArgsFunction = unsafe extern "C" fn(arg1: *mut PyObject) -> *mut PyObject;
extern "C" {
    #[cfg(not(Py_3_9))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.8. Declared in [`Include/methodobject.h`](https://github.com/python/cpython/blob/3.8/Include/methodobject.h).
    pub fn PyCFunction_ClearFreeList() -> c_int;
}
