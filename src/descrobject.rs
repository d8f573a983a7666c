//! Declarations of CPython's `Include/descrobject.h`.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::{c_char, c_int, c_void};
use crate::pyport::Py_ssize_t;
#[cfg(Py_LIMITED_API)]
use crate::pytypedefs::PyTypeObject;
use crate::object::PyObject;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;
use crate::methodobject::PyMethodDef;

// Member types and flags C names this way from 3.12. Before, structmember.h has the
// same values without the `Py_` prefix; pyo3-ffi has the new names on every version,
// so code written for it uses them there too (Py_AUDIT_READ is a no-op before 3.10).
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_SHORT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_SHORT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_SHORT: ::core::ffi::c_int = crate::structmember::T_SHORT;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_INT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_INT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_INT: ::core::ffi::c_int = crate::structmember::T_INT;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_LONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_LONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_LONG: ::core::ffi::c_int = crate::structmember::T_LONG;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_FLOAT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_FLOAT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_FLOAT: ::core::ffi::c_int = crate::structmember::T_FLOAT;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_DOUBLE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_DOUBLE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_DOUBLE: ::core::ffi::c_int = crate::structmember::T_DOUBLE;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_STRING`](https://docs.python.org/3/c-api/structures.html#c.Py_T_STRING). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_STRING: ::core::ffi::c_int = crate::structmember::T_STRING;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_CHAR`](https://docs.python.org/3/c-api/structures.html#c.Py_T_CHAR). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_CHAR: ::core::ffi::c_int = crate::structmember::T_CHAR;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_BYTE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_BYTE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_BYTE: ::core::ffi::c_int = crate::structmember::T_BYTE;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_UBYTE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_UBYTE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_UBYTE: ::core::ffi::c_int = crate::structmember::T_UBYTE;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_USHORT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_USHORT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_USHORT: ::core::ffi::c_int = crate::structmember::T_USHORT;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_UINT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_UINT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_UINT: ::core::ffi::c_int = crate::structmember::T_UINT;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_ULONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_ULONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_ULONG: ::core::ffi::c_int = crate::structmember::T_ULONG;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_STRING_INPLACE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_STRING_INPLACE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_STRING_INPLACE: ::core::ffi::c_int = crate::structmember::T_STRING_INPLACE;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_BOOL`](https://docs.python.org/3/c-api/structures.html#c.Py_T_BOOL). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_BOOL: ::core::ffi::c_int = crate::structmember::T_BOOL;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_OBJECT_EX`](https://docs.python.org/3/c-api/structures.html#c.Py_T_OBJECT_EX). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_OBJECT_EX: ::core::ffi::c_int = crate::structmember::T_OBJECT_EX;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_LONGLONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_LONGLONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_LONGLONG: ::core::ffi::c_int = crate::structmember::T_LONGLONG;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_ULONGLONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_ULONGLONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_ULONGLONG: ::core::ffi::c_int = crate::structmember::T_ULONGLONG;
#[cfg(not(Py_3_12))]
/// C API: [`Py_T_PYSSIZET`](https://docs.python.org/3/c-api/structures.html#c.Py_T_PYSSIZET). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_PYSSIZET: ::core::ffi::c_int = crate::structmember::T_PYSSIZET;
#[cfg(not(Py_3_12))]
/// C API: [`Py_READONLY`](https://docs.python.org/3/c-api/structures.html#c.Py_READONLY). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_READONLY: ::core::ffi::c_int = crate::structmember::READONLY;

/// C's `T_OBJECT` (`_Py_T_OBJECT` from 3.12): reads NULL as None.
#[deprecated(note = "C deprecates it: use Py_T_OBJECT_EX")]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/descrobject.h`](https://github.com/python/cpython/blob/3.15/Include/descrobject.h).
pub const _Py_T_OBJECT: ::core::ffi::c_int = 6;
/// C's `T_NONE` (`_Py_T_NONE` from 3.12): the attribute is always None.
#[deprecated(note = "C deprecates it: its value is always None")]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/descrobject.h`](https://github.com/python/cpython/blob/3.15/Include/descrobject.h).
pub const _Py_T_NONE: ::core::ffi::c_int = 20;

#[cfg(not(Py_3_12))]
/// C API: [`Py_AUDIT_READ`](https://docs.python.org/3/c-api/structures.html#c.Py_AUDIT_READ). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_AUDIT_READ: ::core::ffi::c_int = 2;
#[cfg(not(Py_3_12))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/descrobject.h`](https://github.com/python/cpython/blob/3.15/Include/descrobject.h).
pub const _Py_WRITE_RESTRICTED: ::core::ffi::c_int = 4;
#[cfg(not(Py_3_12))]
/// C API: [`Py_RELATIVE_OFFSET`](https://docs.python.org/3/c-api/structures.html#c.Py_RELATIVE_OFFSET). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_RELATIVE_OFFSET: ::core::ffi::c_int = 8;

/// A member of a C struct exposed as an attribute; a zeroed entry ends the table.
/// `type_code` is C's `type`, named as pyo3-ffi names it.
#[repr(C)]
#[derive(Copy, Clone, PartialEq, Eq)]
///
/// C API: [`PyMemberDef`](https://docs.python.org/3/c-api/structures.html#c.PyMemberDef) (docs: changed 3.12, 3.14). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyMemberDef {
    pub name: *const ::core::ffi::c_char,
    pub type_code: ::core::ffi::c_int,
    pub offset: Py_ssize_t,
    pub flags: ::core::ffi::c_int,
    pub doc: *const ::core::ffi::c_char,
}

impl Default for PyMemberDef {
    fn default() -> PyMemberDef {
        PyMemberDef {
            name: ::core::ptr::null(),
            type_code: 0,
            offset: 0,
            flags: 0,
            doc: ::core::ptr::null(),
        }
    }
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(Py_3_12)]
/// C API: [`Py_T_SHORT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_SHORT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_SHORT: c_int = 0;
#[cfg(Py_3_12)]
/// C API: [`Py_T_INT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_INT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_INT: c_int = 1;
#[cfg(Py_3_12)]
/// C API: [`Py_T_LONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_LONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_LONG: c_int = 2;
#[cfg(Py_3_12)]
/// C API: [`Py_T_FLOAT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_FLOAT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_FLOAT: c_int = 3;
#[cfg(Py_3_12)]
/// C API: [`Py_T_DOUBLE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_DOUBLE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_DOUBLE: c_int = 4;
#[cfg(Py_3_12)]
/// C API: [`Py_T_STRING`](https://docs.python.org/3/c-api/structures.html#c.Py_T_STRING). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_STRING: c_int = 5;
#[cfg(Py_3_12)]
/// C API: [`Py_T_CHAR`](https://docs.python.org/3/c-api/structures.html#c.Py_T_CHAR). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_CHAR: c_int = 7;
#[cfg(Py_3_12)]
/// C API: [`Py_T_BYTE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_BYTE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_BYTE: c_int = 8;
#[cfg(Py_3_12)]
/// C API: [`Py_T_UBYTE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_UBYTE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_UBYTE: c_int = 9;
#[cfg(Py_3_12)]
/// C API: [`Py_T_USHORT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_USHORT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_USHORT: c_int = 10;
#[cfg(Py_3_12)]
/// C API: [`Py_T_UINT`](https://docs.python.org/3/c-api/structures.html#c.Py_T_UINT). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_UINT: c_int = 11;
#[cfg(Py_3_12)]
/// C API: [`Py_T_ULONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_ULONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_ULONG: c_int = 12;
#[cfg(Py_3_12)]
/// C API: [`Py_T_STRING_INPLACE`](https://docs.python.org/3/c-api/structures.html#c.Py_T_STRING_INPLACE). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_STRING_INPLACE: c_int = 13;
#[cfg(Py_3_12)]
/// C API: [`Py_T_BOOL`](https://docs.python.org/3/c-api/structures.html#c.Py_T_BOOL). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_BOOL: c_int = 14;
#[cfg(Py_3_12)]
/// C API: [`Py_T_OBJECT_EX`](https://docs.python.org/3/c-api/structures.html#c.Py_T_OBJECT_EX). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_OBJECT_EX: c_int = 16;
#[cfg(Py_3_12)]
/// C API: [`Py_T_LONGLONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_LONGLONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_LONGLONG: c_int = 17;
#[cfg(Py_3_12)]
/// C API: [`Py_T_ULONGLONG`](https://docs.python.org/3/c-api/structures.html#c.Py_T_ULONGLONG). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_ULONGLONG: c_int = 18;
#[cfg(Py_3_12)]
/// C API: [`Py_T_PYSSIZET`](https://docs.python.org/3/c-api/structures.html#c.Py_T_PYSSIZET). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_T_PYSSIZET: c_int = 19;
#[cfg(Py_3_12)]
/// C API: [`Py_READONLY`](https://docs.python.org/3/c-api/structures.html#c.Py_READONLY). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_READONLY: c_int = 1;
#[cfg(Py_3_12)]
/// C API: [`Py_AUDIT_READ`](https://docs.python.org/3/c-api/structures.html#c.Py_AUDIT_READ). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_AUDIT_READ: c_int = 2;
#[cfg(Py_3_12)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/descrobject.h`](https://github.com/python/cpython/blob/3.15/Include/descrobject.h).
pub const _Py_WRITE_RESTRICTED: c_int = 4;
#[cfg(Py_3_12)]
/// C API: [`Py_RELATIVE_OFFSET`](https://docs.python.org/3/c-api/structures.html#c.Py_RELATIVE_OFFSET). In the headers from 3.12. Limited API and stable ABI since 3.12.
pub const Py_RELATIVE_OFFSET: c_int = 8;
/// C API: [`getter`](https://docs.python.org/3/c-api/structures.html#c.getter). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type getter = unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut c_void) -> *mut PyObject;
/// C API: [`setter`](https://docs.python.org/3/c-api/structures.html#c.setter). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub type setter =
    unsafe extern "C" fn(arg1: *mut PyObject, arg2: *mut PyObject, arg3: *mut c_void) -> c_int;
#[repr(C)]
#[derive(Copy, Clone, Debug, Default)]
/// C API: [`PyGetSetDef`](https://docs.python.org/3/c-api/structures.html#c.PyGetSetDef). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub struct PyGetSetDef {
    pub name: *const c_char,
    pub get: Option<getter>,
    pub set: Option<setter>,
    pub doc: *const c_char,
    pub closure: *mut c_void,
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyClassMethodDescr_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyClassMethodDescr_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyClassMethodDescr_Type: PyTypeObject;
        /// C API: [`PyGetSetDescr_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyGetSetDescr_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyGetSetDescr_Type: PyTypeObject;
        /// C API: [`PyMemberDescr_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyMemberDescr_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyMemberDescr_Type: PyTypeObject;
        /// C API: [`PyMethodDescr_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyMethodDescr_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyMethodDescr_Type: PyTypeObject;
        /// C API: [`PyWrapperDescr_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyWrapperDescr_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyWrapperDescr_Type: PyTypeObject;
        /// C API: [`PyDictProxy_Type`](https://docs.python.org/3/c-api/dict.html#c.PyDictProxy_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyDictProxy_Type: PyTypeObject;
        /// C API: [`PyProperty_Type`](https://docs.python.org/3/c-api/descriptor.html#c.PyProperty_Type). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub static mut PyProperty_Type: PyTypeObject;
    }
}
pypy_prefixed! {
    extern "C" {
        /// C API: [`PyDescr_NewMethod`](https://docs.python.org/3/c-api/descriptor.html#c.PyDescr_NewMethod). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyDescr_NewMethod(
            type_: *mut PyTypeObject,
            meth: *mut PyMethodDef,
        ) -> *mut PyObject;
        /// C API: [`PyDescr_NewClassMethod`](https://docs.python.org/3/c-api/descriptor.html#c.PyDescr_NewClassMethod). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyDescr_NewClassMethod(
            type_: *mut PyTypeObject,
            method: *mut PyMethodDef,
        ) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyDescr_NewMember`](https://docs.python.org/3/c-api/descriptor.html#c.PyDescr_NewMember). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyDescr_NewMember(
            type_: *mut PyTypeObject,
            member: *mut PyMemberDef,
        ) -> *mut PyObject;
        /// C API: [`PyDescr_NewGetSet`](https://docs.python.org/3/c-api/descriptor.html#c.PyDescr_NewGetSet). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyDescr_NewGetSet(
            type_: *mut PyTypeObject,
            getset: *mut PyGetSetDef,
        ) -> *mut PyObject;
        /// C API: [`PyDictProxy_New`](https://docs.python.org/3/c-api/dict.html#c.PyDictProxy_New) (docs: changed 3.15). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyDictProxy_New(mapping: *mut PyObject) -> *mut PyObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyWrapper_New`](https://docs.python.org/3/c-api/descriptor.html#c.PyWrapper_New). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a new reference.
        pub fn PyWrapper_New(d: *mut PyObject, self_: *mut PyObject) -> *mut PyObject;
        /// C API: [`PyMember_GetOne`](https://docs.python.org/3/c-api/structures.html#c.PyMember_GetOne) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyMember_GetOne(
            obj_addr: *const c_char,
            m: *mut PyMemberDef,
        ) -> *mut PyObject;
        /// C API: [`PyMember_SetOne`](https://docs.python.org/3/c-api/structures.html#c.PyMember_SetOne) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyMember_SetOne(
            obj_addr: *mut c_char,
            m: *mut PyMemberDef,
            o: *mut PyObject,
        ) -> c_int;
    }
}
