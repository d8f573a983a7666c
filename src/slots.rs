//! Declarations of CPython's `Include/slots.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(Py_3_15)]
use crate::pyport::Py_ssize_t;

// `PySlot` by hand: its two anonymous unions get pyo3-ffi's names, and all three are
// `Copy` so that slot arrays can be built in constants; the `PySlot_*` initializer
// macros become `const fn`s. The members have pyo3-ffi's names (`anon1`, `anon2`),
// which the layout check reads as C's anonymous members (ctest's ANONYMOUS_STANDINS).

/// The first anonymous union of `PySlot` (reserved, must be 0).
#[cfg(Py_3_15)]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union _anon_union_32b {
    pub sl_reserved: u32,
}

/// The second anonymous union of `PySlot`: the slot's value.
#[cfg(Py_3_15)]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union _anon_union_64b {
    pub sl_ptr: *mut ::core::ffi::c_void,
    pub sl_func: ::core::option::Option<_Py_funcptr_t>,
    pub sl_size: Py_ssize_t,
    pub sl_int64: i64,
    pub sl_uint64: u64,
}

/// `struct PySlot` (3.15+): one entry of a slot array.
#[cfg(Py_3_15)]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: [`PySlot`](https://docs.python.org/3/c-api/slots.html#c.PySlot) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub struct PySlot {
    pub sl_id: u16,
    pub sl_flags: u16,
    pub anon1: _anon_union_32b,
    pub anon2: _anon_union_64b,
}

/// A slot with id `id`: ids are `uint16_t` in C; one out of that range is a bug in the
/// caller, reported when the constant is evaluated.
#[cfg(Py_3_15)]
const fn slot(id: ::core::ffi::c_int, flags: u16, value: _anon_union_64b) -> PySlot {
    assert!(
        id >= 0 && id <= u16::MAX as ::core::ffi::c_int,
        "slot id out of the range of uint16_t"
    );
    PySlot {
        sl_id: id as u16,
        sl_flags: flags,
        anon1: _anon_union_32b { sl_reserved: 0 },
        anon2: value,
    }
}

/// `PySlot_DATA(NAME, VALUE)`: a pointer-sized data slot (`PySlot_INTPTR`).
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_DATA`](https://docs.python.org/3/c-api/slots.html#c.PySlot_DATA) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_DATA(NAME: ::core::ffi::c_int, VALUE: *mut ::core::ffi::c_void) -> PySlot {
    slot(NAME, PySlot_INTPTR, _anon_union_64b { sl_ptr: VALUE })
}

/// `PySlot_SIZE(NAME, VALUE)`: a `Py_ssize_t` slot.
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_SIZE`](https://docs.python.org/3/c-api/slots.html#c.PySlot_SIZE) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_SIZE(NAME: ::core::ffi::c_int, VALUE: Py_ssize_t) -> PySlot {
    slot(NAME, 0, _anon_union_64b { sl_size: VALUE })
}

/// `PySlot_INT64(NAME, VALUE)`: an `int64_t` slot.
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_INT64`](https://docs.python.org/3/c-api/slots.html#c.PySlot_INT64) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_INT64(NAME: ::core::ffi::c_int, VALUE: i64) -> PySlot {
    slot(NAME, 0, _anon_union_64b { sl_int64: VALUE })
}

/// `PySlot_UINT64(NAME, VALUE)`: a `uint64_t` slot.
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_UINT64`](https://docs.python.org/3/c-api/slots.html#c.PySlot_UINT64) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_UINT64(NAME: ::core::ffi::c_int, VALUE: u64) -> PySlot {
    slot(NAME, 0, _anon_union_64b { sl_uint64: VALUE })
}

/// `PySlot_STATIC_DATA(NAME, VALUE)`: a data slot whose value outlives the type or module (`PySlot_STATIC`).
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_STATIC_DATA`](https://docs.python.org/3/c-api/slots.html#c.PySlot_STATIC_DATA) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_STATIC_DATA(
    NAME: ::core::ffi::c_int,
    VALUE: *mut ::core::ffi::c_void,
) -> PySlot {
    slot(NAME, PySlot_STATIC, _anon_union_64b { sl_ptr: VALUE })
}

/// `PySlot_PTR(NAME, VALUE)`: a pointer slot (`PySlot_INTPTR`; C's spelling without designated initializers).
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_PTR`](https://docs.python.org/3/c-api/slots.html#c.PySlot_PTR) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_PTR(NAME: ::core::ffi::c_int, VALUE: *mut ::core::ffi::c_void) -> PySlot {
    slot(NAME, PySlot_INTPTR, _anon_union_64b { sl_ptr: VALUE })
}

/// `PySlot_PTR_STATIC(NAME, VALUE)`: a static pointer slot (`PySlot_INTPTR | PySlot_STATIC`).
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_PTR_STATIC`](https://docs.python.org/3/c-api/slots.html#c.PySlot_PTR_STATIC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_PTR_STATIC(
    NAME: ::core::ffi::c_int,
    VALUE: *mut ::core::ffi::c_void,
) -> PySlot {
    slot(
        NAME,
        PySlot_INTPTR | PySlot_STATIC,
        _anon_union_64b { sl_ptr: VALUE },
    )
}

/// `PySlot_FUNC(NAME, VALUE)`: a function slot; `VALUE` is a function pointer cast to
/// `void *` (NULL gives an empty `sl_func`).
///
/// # Safety
/// A non-null `VALUE` must be the address of a function.
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_FUNC`](https://docs.python.org/3/c-api/slots.html#c.PySlot_FUNC) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const unsafe fn PySlot_FUNC(
    NAME: ::core::ffi::c_int,
    VALUE: *mut ::core::ffi::c_void,
) -> PySlot {
    let func = if VALUE.is_null() {
        None
    } else {
        Some(::core::mem::transmute::<
            *mut ::core::ffi::c_void,
            _Py_funcptr_t,
        >(VALUE))
    };
    slot(NAME, 0, _anon_union_64b { sl_func: func })
}

/// `PySlot_END`: the all-zero slot that ends an array of slots.
#[cfg(Py_3_15)]
#[inline]
///
/// C API: [`PySlot_END`](https://docs.python.org/3/c-api/slots.html#c.PySlot_END) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const fn PySlot_END() -> PySlot {
    slot(0, 0, _anon_union_64b { sl_uint64: 0 })
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(Py_3_15)]
/// C API: [`PySlot_OPTIONAL`](https://docs.python.org/3/c-api/slots.html#c.PySlot_OPTIONAL). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const PySlot_OPTIONAL: u16 = 1;
#[cfg(Py_3_15)]
/// C API: [`PySlot_STATIC`](https://docs.python.org/3/c-api/slots.html#c.PySlot_STATIC). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const PySlot_STATIC: u16 = 2;
#[cfg(Py_3_15)]
/// C API: [`PySlot_INTPTR`](https://docs.python.org/3/c-api/slots.html#c.PySlot_INTPTR). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const PySlot_INTPTR: u16 = 4;
#[cfg(Py_3_15)]
/// C API: [`Py_slot_invalid`](https://docs.python.org/3/c-api/slots.html#c.Py_slot_invalid) (docs: added 3.15). In the headers from 3.15. Limited API and stable ABI since 3.15.
pub const Py_slot_invalid: u16 = 65535;
#[cfg(Py_3_15)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.15. Declared in [`Include/slots.h`](https://github.com/python/cpython/blob/3.15/Include/slots.h).
pub type _Py_funcptr_t = unsafe extern "C" fn();
