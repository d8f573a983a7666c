//! Declarations of CPython's `Include/cpython/unicodeobject.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(Py_3_14, not(Py_LIMITED_API), Py_GIL_DISABLED))]
use core::ffi::c_uchar;
#[cfg(not(Py_LIMITED_API))]
use core::ffi::c_char;
#[cfg(any(all(not(Py_LIMITED_API), not(PyPy)), all(Py_3_11, not(Py_LIMITED_API))))]
use crate::pyport::Py_hash_t;
#[cfg(not(Py_LIMITED_API))]
use crate::pyport::Py_ssize_t;
#[cfg(not(Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
use crate::unicodeobject::Py_UNICODE_SIZE;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::unicodeobject::PyUnicode_Check;
#[cfg(not(Py_LIMITED_API))]
use crate::unicodeobject::{Py_UCS1, Py_UCS2, Py_UCS4};
#[cfg(PyPy)]
use crate::cpyext_unicodeobject::_PyASCIIObject_state_t;

#[cfg(not(Py_LIMITED_API))]
use core::ffi::{c_int, c_uint, c_void};

// ---------------------------------------------------------------------------------
// PyASCIIObject.state
//
// C declares `state` as a struct of bitfields whose layout changed across versions:
//   3.7–3.11:  interned:2, kind:3, compact:1, ascii:1, ready:1, :24
//   3.12–3.13: interned:2, kind:3, compact:1, ascii:1, statically_allocated:1, :24
//   3.14+:     the same, except with Py_GIL_DISABLED, where `interned` is a whole
//              `unsigned char` (read atomically) and the bitfields follow it.
// Compilers fill bitfields from the least significant bit on little-endian targets and
// from the most significant bit on big-endian ones. (Fields: (position, width).)

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
mod state_bits {
    #[cfg(not(all(Py_3_14, Py_GIL_DISABLED)))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const INTERNED: (u32, u32) = (0, 2);
    #[cfg(not(all(Py_3_14, Py_GIL_DISABLED)))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const KIND: (u32, u32) = (2, 3);
    #[cfg(not(all(Py_3_14, Py_GIL_DISABLED)))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const COMPACT: (u32, u32) = (5, 1);
    #[cfg(not(all(Py_3_14, Py_GIL_DISABLED)))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const ASCII: (u32, u32) = (6, 1);
    /// `ready` before 3.12, `statically_allocated` from 3.12.
    #[cfg(not(all(Py_3_14, Py_GIL_DISABLED)))]
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const BIT7: (u32, u32) = (7, 1);

    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const INTERNED: (u32, u32) = (0, 8);
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const KIND: (u32, u32) = (8, 3);
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const COMPACT: (u32, u32) = (11, 1);
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const ASCII: (u32, u32) = (12, 1);
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const BIT7: (u32, u32) = (13, 1);

    #[inline(always)]
    const fn shift(f: (u32, u32)) -> u32 {
        if cfg!(target_endian = "little") {
            f.0
        } else {
            32 - f.0 - f.1
        }
    }

    #[inline(always)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const fn get(state: u32, f: (u32, u32)) -> u32 {
        (state >> shift(f)) & ((1u32 << f.1) - 1)
    }

    #[inline(always)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const fn set(state: u32, f: (u32, u32), val: u32) -> u32 {
        let mask = ((1u32 << f.1) - 1) << shift(f);
        (state & !mask) | ((val << shift(f)) & mask)
    }
}

/// `PyASCIIObject` with `state` as one `u32`, read and written through the accessor
/// methods: bindgen's bitfield struct would tie users to its generated type names.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
///
/// C API: [`PyASCIIObject`](https://docs.python.org/3/c-api/unicode.html#c.PyASCIIObject) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyASCIIObject {
    pub ob_base: PyObject,
    pub length: Py_ssize_t,
    pub hash: Py_hash_t,
    /// The C bitfield struct, as one 32-bit unit; see the accessor methods.
    pub state: u32,
    #[cfg(not(Py_3_12))]
    pub wstr: *mut ::libc::wchar_t,
}

// A getter and a setter for each field of `state`, over the bits `state_bits` gives it:
// `interned` holds one of the `SSTATE_*` constants, `kind` one of `PyUnicode_*_KIND`,
// the others 0 or 1.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
macro_rules! state_accessors {
    ($($(#[$cfg:meta])* $field:ident, $set:ident: $bits:ident;)*) => {$(
        $(#[$cfg])*
        #[doc = concat!("The `", stringify!($field), "` field of `state`.")]
        #[inline]
        pub unsafe fn $field(&self) -> c_uint {
            state_bits::get(self.state, state_bits::$bits)
        }

        $(#[$cfg])*
        #[doc = concat!("Sets the `", stringify!($field), "` field of `state`.")]
        #[inline]
        pub unsafe fn $set(&mut self, val: c_uint) {
            self.state = state_bits::set(self.state, state_bits::$bits, val)
        }
    )*};
}

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
impl PyASCIIObject {
    state_accessors! {
        interned, set_interned: INTERNED;
        kind, set_kind: KIND;
        compact, set_compact: COMPACT;
        ascii, set_ascii: ASCII;
        #[cfg(not(Py_3_12))]
        ready, set_ready: BIT7;
        #[cfg(Py_3_12)]
        statically_allocated, set_statically_allocated: BIT7;
    }
}

// The characters of a compact string start right after its header.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
const _: () = assert!(
    core::mem::size_of::<PyASCIIObject>()
        == core::mem::offset_of!(PyCompactUnicodeObject, utf8_length)
);

/// The union of data pointers of `PyUnicodeObject` (anonymous in C; PyPy's header has one
/// `void *`, the same pointer), under pyo3-ffi's name.
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub union PyUnicodeObjectData {
    pub any: *mut c_void,
    pub latin1: *mut Py_UCS1,
    pub ucs2: *mut Py_UCS2,
    pub ucs4: *mut Py_UCS4,
}

/// A legacy (non-compact) string: its characters live in a separate buffer.
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
///
/// C API: [`PyUnicodeObject`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeObject) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyUnicodeObject {
    pub _base: PyCompactUnicodeObject,
    pub data: PyUnicodeObjectData,
}

// The object of a `str`, as the inline functions read it.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline(always)]
unsafe fn ascii(op: *mut PyObject) -> *mut PyASCIIObject {
    debug_assert!(PyUnicode_Check(op) != 0);
    op.cast()
}

#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline(always)]
unsafe fn state(op: *mut PyObject) -> u32 {
    (*ascii(op)).state
}

// Private functions the inline paths call (the generator does not declare private names).
#[cfg(all(not(Py_LIMITED_API), any(not(Py_3_12), PyPy)))]
extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_Ready")]
    fn _PyUnicode_Ready(unicode: *mut PyObject) -> c_int;
}
// PyPy 3.11 exports both under these names; PyPy 3.9 declares its own Py_UNICODE_ISSPACE.
#[cfg(all(not(Py_LIMITED_API), any(not(PyPy), Py_3_11)))]
extern "C" {
    static _Py_ascii_whitespace: [::core::ffi::c_uchar; 128];
    fn _PyUnicode_IsWhitespace(ch: Py_UCS4) -> c_int;
}

/// `PyUnicode_CHECK_INTERNED`: the interning state, one of the `SSTATE_*` constants.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_CHECK_INTERNED`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_CHECK_INTERNED). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyUnicode_CHECK_INTERNED(op: *mut PyObject) -> c_uint {
    #[cfg(all(Py_3_14, Py_GIL_DISABLED))]
    return core::sync::atomic::AtomicU8::from_ptr((&raw mut (*ascii(op)).state).cast::<u8>())
        .load(core::sync::atomic::Ordering::Relaxed) as c_uint;
    #[cfg(all(not(all(Py_3_14, Py_GIL_DISABLED)), not(PyPy)))]
    return state_bits::get(state(op), state_bits::INTERNED);
    // PyPy's `state` is a struct of named fields (cpyext_unicodeobject.h).
    #[cfg(PyPy)]
    return (*op.cast::<PyASCIIObject>()).state.interned as c_uint;
}

/// `PyUnicode_IS_READY`: the canonical representation exists (always, from 3.12).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_IS_READY`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_IS_READY) (docs: added 3.3; deprecated 3.14). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_IS_READY(op: *mut PyObject) -> c_uint {
    #[cfg(all(not(Py_3_12), not(PyPy)))]
    return state_bits::get(state(op), state_bits::BIT7);
    #[cfg(PyPy)]
    return (*op.cast::<PyASCIIObject>()).state.ready as c_uint;
    #[cfg(all(Py_3_12, not(PyPy)))]
    {
        let _ = op;
        1
    }
}

/// `PyUnicode_READY`: makes the canonical representation (a no-op from 3.12); 0 on
/// success, -1 with an exception set on failure.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_READY`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_READY) (docs: added 3.3; deprecated 3.10). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_READY(op: *mut PyObject) -> c_int {
    #[cfg(any(not(Py_3_12), PyPy))]
    {
        #[cfg(not(PyPy))]
        debug_assert!(PyUnicode_Check(op) != 0);
        if PyUnicode_IS_READY(op) != 0 {
            0
        } else {
            _PyUnicode_Ready(op)
        }
    }
    #[cfg(all(Py_3_12, not(PyPy)))]
    {
        let _ = op;
        0
    }
}

/// `PyUnicode_IS_ASCII`: every character is below U+0080 (the string must be ready).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_IS_ASCII`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_IS_ASCII) (docs: added 3.2). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_IS_ASCII(op: *mut PyObject) -> c_uint {
    #[cfg(not(Py_3_12))]
    debug_assert!(PyUnicode_IS_READY(op) != 0);
    #[cfg(not(PyPy))]
    return state_bits::get(state(op), state_bits::ASCII);
    #[cfg(PyPy)]
    return (*op.cast::<PyASCIIObject>()).state.ascii as c_uint;
}

/// `PyUnicode_IS_COMPACT`: the characters follow the object header in one block.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_IS_COMPACT`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_IS_COMPACT) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_IS_COMPACT(op: *mut PyObject) -> c_uint {
    #[cfg(not(PyPy))]
    return state_bits::get(state(op), state_bits::COMPACT);
    #[cfg(PyPy)]
    return (*op.cast::<PyASCIIObject>()).state.compact as c_uint;
}

/// `PyUnicode_IS_COMPACT_ASCII`: a compact ASCII string (a bare `PyASCIIObject`).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_IS_COMPACT_ASCII`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_IS_COMPACT_ASCII) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_IS_COMPACT_ASCII(op: *mut PyObject) -> c_uint {
    #[cfg(not(PyPy))]
    let ascii_bit = state_bits::get(state(op), state_bits::ASCII);
    #[cfg(PyPy)]
    let ascii_bit = (*op.cast::<PyASCIIObject>()).state.ascii as c_uint;
    (ascii_bit != 0 && PyUnicode_IS_COMPACT(op) != 0) as c_uint
}

// The `kind` field, as `PyUnicode_KIND` reads it.
#[cfg(not(Py_LIMITED_API))]
#[inline(always)]
unsafe fn unicode_kind(op: *mut PyObject) -> c_uint {
    #[cfg(not(Py_3_12))]
    debug_assert!(PyUnicode_IS_READY(op) != 0);
    #[cfg(not(PyPy))]
    return state_bits::get(state(op), state_bits::KIND);
    #[cfg(PyPy)]
    return (*op.cast::<PyASCIIObject>()).state.kind as c_uint;
}

/// `PyUnicode_KIND`: the character width, one of the `PyUnicode_*_KIND` constants.
#[cfg(all(not(Py_LIMITED_API), not(Py_3_14)))]
#[inline]
///
/// C API: [`PyUnicode_KIND`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_KIND) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_KIND(op: *mut PyObject) -> c_uint {
    unicode_kind(op)
}

/// `PyUnicode_KIND`: the character width, one of the `PyUnicode_*_KIND` constants.
/// From 3.14 libpython also exports a function of this name (returning `int`), which
/// pyo3-ffi declares as `unsigned`; C code still compiles to the macro, which reads the
/// field as here. The C ABI and `c_uint` keep pyo3-ffi's spelling.
#[cfg(all(not(Py_LIMITED_API), Py_3_14))]
#[inline]
///
/// C API: [`PyUnicode_KIND`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_KIND) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe extern "C" fn PyUnicode_KIND(op: *mut PyObject) -> c_uint {
    unicode_kind(op)
}

// `_PyUnicode_DATA` / the `PyUnicode_DATA` macro: the character buffer.
#[cfg(not(Py_LIMITED_API))]
#[inline(always)]
unsafe fn unicode_data(op: *mut PyObject) -> *mut c_void {
    if PyUnicode_IS_COMPACT(op) != 0 {
        // _PyUnicode_COMPACT_DATA: right after the header, whose size depends on ascii.
        if PyUnicode_IS_ASCII(op) != 0 {
            op.cast::<PyASCIIObject>().add(1).cast()
        } else {
            op.cast::<PyCompactUnicodeObject>().add(1).cast()
        }
    } else {
        // _PyUnicode_NONCOMPACT_DATA: the separate buffer of a legacy string.
        let data = (*op.cast::<PyUnicodeObject>()).data.any;
        debug_assert!(!data.is_null());
        data
    }
}

/// `PyUnicode_DATA`: the character buffer (its width is `PyUnicode_KIND`).
#[cfg(all(not(Py_LIMITED_API), not(Py_3_14)))]
#[inline]
///
/// C API: [`PyUnicode_DATA`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_DATA) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_DATA(op: *mut PyObject) -> *mut c_void {
    unicode_data(op)
}

// From 3.14 libpython also exports `PyUnicode_DATA`, which pyo3-ffi declares; the header
// still inlines it. An `extern "C"` function has the export's type and inlines too.
/// `PyUnicode_DATA`: the character buffer (its width is `PyUnicode_KIND`).
#[cfg(all(not(Py_LIMITED_API), Py_3_14))]
#[inline]
///
/// C API: [`PyUnicode_DATA`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_DATA) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe extern "C" fn PyUnicode_DATA(op: *mut PyObject) -> *mut c_void {
    unicode_data(op)
}

/// `PyUnicode_1BYTE_DATA`: the buffer as `Py_UCS1` (check `PyUnicode_KIND` first).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_1BYTE_DATA`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_1BYTE_DATA) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_1BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS1 {
    unicode_data(op).cast()
}

/// `PyUnicode_2BYTE_DATA`: the buffer as `Py_UCS2` (check `PyUnicode_KIND` first).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_2BYTE_DATA`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_2BYTE_DATA) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_2BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS2 {
    unicode_data(op).cast()
}

/// `PyUnicode_4BYTE_DATA`: the buffer as `Py_UCS4` (check `PyUnicode_KIND` first).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_4BYTE_DATA`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_4BYTE_DATA) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_4BYTE_DATA(op: *mut PyObject) -> *mut Py_UCS4 {
    unicode_data(op).cast()
}

/// `PyUnicode_GET_LENGTH`: the length in code points (the string must be ready).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_GET_LENGTH`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_GET_LENGTH) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_GET_LENGTH(op: *mut PyObject) -> Py_ssize_t {
    #[cfg(not(Py_3_12))]
    debug_assert!(PyUnicode_IS_READY(op) != 0);
    #[cfg(not(PyPy))]
    debug_assert!(PyUnicode_Check(op) != 0);
    (*op.cast::<PyASCIIObject>()).length
}

/// `PyUnicode_WRITE`: stores code point `value` at `index` of a buffer of width `kind`,
/// without checks.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_WRITE`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_WRITE) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_WRITE(kind: c_uint, data: *mut c_void, index: Py_ssize_t, value: Py_UCS4) {
    if kind == PyUnicode_1BYTE_KIND {
        debug_assert!(value <= 0xff);
        *data.cast::<Py_UCS1>().offset(index) = value as Py_UCS1;
    } else if kind == PyUnicode_2BYTE_KIND {
        debug_assert!(value <= 0xffff);
        *data.cast::<Py_UCS2>().offset(index) = value as Py_UCS2;
    } else {
        debug_assert!(kind == PyUnicode_4BYTE_KIND);
        debug_assert!(value <= 0x10ffff);
        *data.cast::<Py_UCS4>().offset(index) = value;
    }
}

/// `PyUnicode_READ`: the code point at `index` of a buffer of width `kind`, without checks.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_READ`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_READ) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_READ(kind: c_uint, data: *const c_void, index: Py_ssize_t) -> Py_UCS4 {
    if kind == PyUnicode_1BYTE_KIND {
        return *data.cast::<Py_UCS1>().offset(index) as Py_UCS4;
    }
    if kind == PyUnicode_2BYTE_KIND {
        return *data.cast::<Py_UCS2>().offset(index) as Py_UCS4;
    }
    debug_assert!(kind == PyUnicode_4BYTE_KIND);
    *data.cast::<Py_UCS4>().offset(index)
}

/// `PyUnicode_READ_CHAR`: the code point at `index` of a string, without a bounds check.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_READ_CHAR`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_READ_CHAR) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_READ_CHAR(unicode: *mut PyObject, index: Py_ssize_t) -> Py_UCS4 {
    let kind = unicode_kind(unicode);
    if kind == PyUnicode_1BYTE_KIND {
        return *PyUnicode_1BYTE_DATA(unicode).offset(index) as Py_UCS4;
    }
    if kind == PyUnicode_2BYTE_KIND {
        return *PyUnicode_2BYTE_DATA(unicode).offset(index) as Py_UCS4;
    }
    debug_assert!(kind == PyUnicode_4BYTE_KIND);
    *PyUnicode_4BYTE_DATA(unicode).offset(index)
}

/// `PyUnicode_MAX_CHAR_VALUE`: the largest code point the string's width can hold
/// (0x7f for ASCII strings).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyUnicode_MAX_CHAR_VALUE`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_MAX_CHAR_VALUE) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyUnicode_MAX_CHAR_VALUE(op: *mut PyObject) -> Py_UCS4 {
    if PyUnicode_IS_ASCII(op) != 0 {
        return 0x7f;
    }
    let kind = unicode_kind(op);
    if kind == PyUnicode_1BYTE_KIND {
        return 0xff;
    }
    if kind == PyUnicode_2BYTE_KIND {
        return 0xffff;
    }
    debug_assert!(kind == PyUnicode_4BYTE_KIND);
    0x10ffff
}

// --- The deprecated wchar_t (`Py_UNICODE`) representation, gone from 3.12 ---------

/// `PyUnicode_WSTR_LENGTH`: the length of the `wchar_t` representation in code units
/// (the string's length for a compact ASCII string, which shares its buffer).
#[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub unsafe fn PyUnicode_WSTR_LENGTH(op: *mut PyObject) -> Py_ssize_t {
    if PyUnicode_IS_COMPACT_ASCII(op) != 0 {
        (*op.cast::<PyASCIIObject>()).length
    } else {
        (*op.cast::<PyCompactUnicodeObject>()).wstr_length
    }
}

/// `PyUnicode_GET_SIZE`: `PyUnicode_WSTR_LENGTH`, after making the `wchar_t`
/// representation with `PyUnicode_AsUnicode` if the string has none yet.
#[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub unsafe fn PyUnicode_GET_SIZE(op: *mut PyObject) -> Py_ssize_t {
    #[cfg(not(PyPy))]
    debug_assert!(PyUnicode_Check(op) != 0);
    if (*op.cast::<PyASCIIObject>()).wstr.is_null() {
        // C discards the result and asserts that `wstr` is set now.
        let _ = PyUnicode_AsUnicode(op);
        debug_assert!(!(*op.cast::<PyASCIIObject>()).wstr.is_null());
    }
    PyUnicode_WSTR_LENGTH(op)
}

/// `PyUnicode_GET_DATA_SIZE`: `PyUnicode_GET_SIZE(op) * Py_UNICODE_SIZE`, in bytes.
#[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub unsafe fn PyUnicode_GET_DATA_SIZE(op: *mut PyObject) -> Py_ssize_t {
    PyUnicode_GET_SIZE(op) * Py_UNICODE_SIZE as Py_ssize_t
}

/// `PyUnicode_AS_UNICODE`: the `wchar_t` buffer, made by `PyUnicode_AsUnicode` if the
/// string has none yet (NULL with an exception set if that fails).
#[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub unsafe fn PyUnicode_AS_UNICODE(op: *mut PyObject) -> *mut Py_UNICODE {
    #[cfg(not(PyPy))]
    debug_assert!(PyUnicode_Check(op) != 0);
    let wstr = (*op.cast::<PyASCIIObject>()).wstr;
    if !wstr.is_null() {
        wstr
    } else {
        PyUnicode_AsUnicode(op)
    }
}

/// `PyUnicode_AS_DATA`: `PyUnicode_AS_UNICODE(op)` as `const char *`.
#[cfg(all(not(Py_LIMITED_API), not(Py_3_12)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub unsafe fn PyUnicode_AS_DATA(op: *mut PyObject) -> *const c_char {
    PyUnicode_AS_UNICODE(op) as *const c_char
}

/// `PyUnstable_Unicode_GET_CACHED_HASH` (3.15): the cached hash, or -1 if not computed yet.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyUnstable_Unicode_GET_CACHED_HASH`](https://docs.python.org/3/c-api/unicode.html#c.PyUnstable_Unicode_GET_CACHED_HASH). In the headers from 3.15. Not in the limited API.
pub unsafe fn PyUnstable_Unicode_GET_CACHED_HASH(op: *mut PyObject) -> Py_hash_t {
    let hash = &raw mut (*ascii(op)).hash;
    #[cfg(Py_GIL_DISABLED)]
    return core::sync::atomic::AtomicIsize::from_ptr(hash)
        .load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    return *hash;
}

// --- Character properties -----------------------------------------------------------

/// `Py_UNICODE_IS_SURROGATE`: U+D800..=U+DFFF.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_IS_SURROGATE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_IS_SURROGATE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_IS_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xD800 <= ch && ch <= 0xDFFF) as c_int
}

/// `Py_UNICODE_IS_HIGH_SURROGATE`: U+D800..=U+DBFF.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_IS_HIGH_SURROGATE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_IS_HIGH_SURROGATE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_IS_HIGH_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xD800 <= ch && ch <= 0xDBFF) as c_int
}

/// `Py_UNICODE_IS_LOW_SURROGATE`: U+DC00..=U+DFFF.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_IS_LOW_SURROGATE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_IS_LOW_SURROGATE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_IS_LOW_SURROGATE(ch: Py_UCS4) -> c_int {
    (0xDC00 <= ch && ch <= 0xDFFF) as c_int
}

/// `Py_UNICODE_JOIN_SURROGATES`: the code point of a high and a low surrogate.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_JOIN_SURROGATES`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_JOIN_SURROGATES). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_JOIN_SURROGATES(high: Py_UCS4, low: Py_UCS4) -> Py_UCS4 {
    debug_assert!(Py_UNICODE_IS_HIGH_SURROGATE(high) != 0);
    debug_assert!(Py_UNICODE_IS_LOW_SURROGATE(low) != 0);
    0x10000 + (((high & 0x03FF) << 10) | (low & 0x03FF))
}

/// `Py_UNICODE_HIGH_SURROGATE`: the high surrogate of a code point above U+FFFF.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_HIGH_SURROGATE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_HIGH_SURROGATE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_HIGH_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    debug_assert!(0x10000 <= ch && ch <= 0x10ffff);
    0xD800 - (0x10000 >> 10) + (ch >> 10)
}

/// `Py_UNICODE_LOW_SURROGATE`: the low surrogate of a code point above U+FFFF.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`Py_UNICODE_LOW_SURROGATE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_LOW_SURROGATE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const fn Py_UNICODE_LOW_SURROGATE(ch: Py_UCS4) -> Py_UCS4 {
    debug_assert!(0x10000 <= ch && ch <= 0x10ffff);
    0xDC00 + (ch & 0x3FF)
}

// The `Py_UNICODE_IS*` / `Py_UNICODE_TO*` macros that are plain aliases of private
// exported functions: declared under the macro's name with the function's symbol
// (PyPy 3.11 exports most of them with its prefix; older PyPy declares its own
// `Py_UNICODE_*` functions, below the marker).
#[cfg(all(not(Py_LIMITED_API), any(not(PyPy), Py_3_11)))]
extern "C" {
    /// `Py_UNICODE_ISLOWER` (`_PyUnicode_IsLowercase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsLowercase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsLowercase")]
    ///
    /// C API: [`Py_UNICODE_ISLOWER`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISLOWER). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISLOWER(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISUPPER` (`_PyUnicode_IsUppercase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsUppercase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsUppercase")]
    ///
    /// C API: [`Py_UNICODE_ISUPPER`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISUPPER). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISUPPER(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISTITLE` (`_PyUnicode_IsTitlecase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsTitlecase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsTitlecase")]
    ///
    /// C API: [`Py_UNICODE_ISTITLE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISTITLE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISTITLE(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISLINEBREAK` (`_PyUnicode_IsLinebreak`, unprefixed in PyPy 3.11 too).
    #[link_name = "_PyUnicode_IsLinebreak"]
    ///
    /// C API: [`Py_UNICODE_ISLINEBREAK`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISLINEBREAK). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISLINEBREAK(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_TOLOWER` (`_PyUnicode_ToLowercase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_ToLowercase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_ToLowercase")]
    ///
    /// C API: [`Py_UNICODE_TOLOWER`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TOLOWER). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TOLOWER(ch: Py_UCS4) -> Py_UCS4;
    /// `Py_UNICODE_TOUPPER` (`_PyUnicode_ToUppercase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_ToUppercase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_ToUppercase")]
    ///
    /// C API: [`Py_UNICODE_TOUPPER`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TOUPPER). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TOUPPER(ch: Py_UCS4) -> Py_UCS4;
    /// `Py_UNICODE_TOTITLE` (`_PyUnicode_ToTitlecase`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_ToTitlecase")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_ToTitlecase")]
    ///
    /// C API: [`Py_UNICODE_TOTITLE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TOTITLE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TOTITLE(ch: Py_UCS4) -> Py_UCS4;
    /// `Py_UNICODE_ISDECIMAL` (`_PyUnicode_IsDecimalDigit`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsDecimalDigit")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsDecimalDigit")]
    ///
    /// C API: [`Py_UNICODE_ISDECIMAL`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISDECIMAL). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISDECIMAL(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISDIGIT` (`_PyUnicode_IsDigit`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsDigit")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsDigit")]
    ///
    /// C API: [`Py_UNICODE_ISDIGIT`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISDIGIT). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISDIGIT(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISNUMERIC` (`_PyUnicode_IsNumeric`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsNumeric")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsNumeric")]
    ///
    /// C API: [`Py_UNICODE_ISNUMERIC`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISNUMERIC). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISNUMERIC(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_ISPRINTABLE` (`_PyUnicode_IsPrintable`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsPrintable")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsPrintable")]
    ///
    /// C API: [`Py_UNICODE_ISPRINTABLE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISPRINTABLE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISPRINTABLE(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_TODECIMAL` (`_PyUnicode_ToDecimalDigit`): the decimal value, or -1.
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_ToDecimalDigit")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_ToDecimalDigit")]
    ///
    /// C API: [`Py_UNICODE_TODECIMAL`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TODECIMAL). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TODECIMAL(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_TODIGIT` (`_PyUnicode_ToDigit`): the digit value, or -1.
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_ToDigit")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_ToDigit")]
    ///
    /// C API: [`Py_UNICODE_TODIGIT`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TODIGIT). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TODIGIT(ch: Py_UCS4) -> c_int;
    /// `Py_UNICODE_TONUMERIC` (`_PyUnicode_ToNumeric`, unprefixed in PyPy 3.11 too): the
    /// numeric value, or -1.0.
    #[link_name = "_PyUnicode_ToNumeric"]
    ///
    /// C API: [`Py_UNICODE_TONUMERIC`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_TONUMERIC). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_TONUMERIC(ch: Py_UCS4) -> f64;
    /// `Py_UNICODE_ISALPHA` (`_PyUnicode_IsAlpha`).
    #[cfg_attr(not(PyPy), link_name = "_PyUnicode_IsAlpha")]
    #[cfg_attr(PyPy, link_name = "_PyPyUnicode_IsAlpha")]
    ///
    /// C API: [`Py_UNICODE_ISALPHA`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISALPHA). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn Py_UNICODE_ISALPHA(ch: Py_UCS4) -> c_int;
}

/// `Py_UNICODE_ISSPACE`: whitespace, by table lookup for ASCII.
#[cfg(all(not(Py_LIMITED_API), any(not(PyPy), Py_3_11)))]
#[inline]
///
/// C API: [`Py_UNICODE_ISSPACE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISSPACE). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_UNICODE_ISSPACE(ch: Py_UCS4) -> c_int {
    if ch < 128 {
        _Py_ascii_whitespace[ch as usize] as c_int
    } else {
        _PyUnicode_IsWhitespace(ch)
    }
}

/// `Py_UNICODE_ISALNUM`: alphabetic, decimal, digit or numeric.
#[cfg(all(not(Py_LIMITED_API), any(not(PyPy), Py_3_11)))]
#[inline]
///
/// C API: [`Py_UNICODE_ISALNUM`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE_ISALNUM). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn Py_UNICODE_ISALNUM(ch: Py_UCS4) -> c_int {
    (Py_UNICODE_ISALPHA(ch) != 0
        || Py_UNICODE_ISDECIMAL(ch) != 0
        || Py_UNICODE_ISDIGIT(ch) != 0
        || Py_UNICODE_ISNUMERIC(ch) != 0) as c_int
}

/// `Py_UNICODE_COPY`: copies `length` code units from `source` to `target` (C's
/// `memcpy`; the buffers must not overlap).
#[cfg(all(not(Py_LIMITED_API), not(Py_3_11), not(PyPy)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
pub unsafe fn Py_UNICODE_COPY(
    target: *mut Py_UNICODE,
    source: *const Py_UNICODE,
    length: Py_ssize_t,
) {
    core::ptr::copy_nonoverlapping(source, target, length as usize)
}

/// `Py_UNICODE_FILL`: stores `value` in the first `length` code units of `target`.
#[cfg(all(not(Py_LIMITED_API), not(Py_3_11), not(PyPy)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
pub unsafe fn Py_UNICODE_FILL(target: *mut Py_UNICODE, value: Py_UNICODE, length: Py_ssize_t) {
    let mut i = 0;
    while i < length {
        *target.offset(i) = value;
        i += 1;
    }
}

/// `Py_UNICODE_strlen` (PyPy 3.9's `Py_LOCAL_INLINE`): the code units before the NUL.
#[cfg(all(PyPy, not(Py_3_10)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
pub unsafe fn Py_UNICODE_strlen(u: *const Py_UNICODE) -> usize {
    let mut n = 0;
    while *u.add(n) != 0 {
        n += 1;
    }
    n
}

/// `Py_UNICODE_strcmp` (PyPy 3.9's `Py_LOCAL_INLINE`): -1, 0 or 1 as the NUL-terminated
/// strings compare by code unit.
#[cfg(all(PyPy, not(Py_3_10)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
pub unsafe fn Py_UNICODE_strcmp(mut s1: *const Py_UNICODE, mut s2: *const Py_UNICODE) -> c_int {
    while *s1 != 0 && *s2 != 0 && *s1 == *s2 {
        s1 = s1.add(1);
        s2 = s2.add(1);
    }
    if *s1 != 0 && *s2 != 0 {
        return if *s1 < *s2 { -1 } else { 1 };
    }
    if *s1 != 0 {
        return 1;
    }
    if *s2 != 0 {
        return -1;
    }
    0
}
/// `PY_UNICODE_TYPE` before 3.13: `#define PY_UNICODE_TYPE wchar_t` (a typedef from 3.13,
/// which the generator declares).
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub type PY_UNICODE_TYPE = ::libc::wchar_t;

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(not(Py_LIMITED_API))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub const SSTATE_NOT_INTERNED: c_uint = 0;
#[cfg(not(Py_LIMITED_API))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub const SSTATE_INTERNED_MORTAL: c_uint = 1;
#[cfg(not(Py_LIMITED_API))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub const SSTATE_INTERNED_IMMORTAL: c_uint = 2;
#[cfg(all(Py_3_12, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub const SSTATE_INTERNED_IMMORTAL_STATIC: c_uint = 3;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub type PY_UNICODE_TYPE = ::libc::wchar_t;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`Py_UNICODE`](https://docs.python.org/3/c-api/unicode.html#c.Py_UNICODE) (docs: changed 3.3; deprecated 3.13; removed 3.15). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub type Py_UNICODE = ::libc::wchar_t;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub struct _PyUnicodeObject_state {
    _align: [u32; 0],
    #[cfg(not(Py_GIL_DISABLED))]
    _bitfield_1: [u8; 4usize],
    #[cfg(Py_GIL_DISABLED)]
    pub interned: c_uchar,
    #[cfg(Py_GIL_DISABLED)]
    _bitfield_1: [u8; 1usize],
    #[cfg(Py_GIL_DISABLED)]
    _padding_0: u16,
}
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
impl _PyUnicodeObject_state {
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn interned(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 0, 2) as c_uint
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_interned(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 0, 2, val as u64)
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn kind(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 2, 3) as c_uint
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_kind(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 2, 3, val as u64)
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn compact(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 5, 1) as c_uint
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_compact(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 5, 1, val as u64)
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn ascii(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 6, 1) as c_uint
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_ascii(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 6, 1, val as u64)
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn statically_allocated(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 7, 1) as c_uint
    }
    #[inline]
    #[cfg(not(Py_GIL_DISABLED))]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_statically_allocated(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 7, 1, val as u64)
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn kind(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 0, 3) as c_uint
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_kind(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 0, 3, val as u64)
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn compact(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 3, 1) as c_uint
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_compact(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 3, 1, val as u64)
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn ascii(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 4, 1) as c_uint
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_ascii(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 4, 1, val as u64)
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn statically_allocated(&self) -> c_uint {
        crate::bitfield::get(&self._bitfield_1, 5, 1) as c_uint
    }
    #[inline]
    #[cfg(Py_GIL_DISABLED)]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn set_statically_allocated(&mut self, val: c_uint) {
        crate::bitfield::set(&mut self._bitfield_1, 5, 1, val as u64)
    }
}
#[cfg(PyPy)]
#[repr(C)]
/// C API: [`PyASCIIObject`](https://docs.python.org/3/c-api/unicode.html#c.PyASCIIObject) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyASCIIObject {
    pub ob_base: PyObject,
    pub length: Py_ssize_t,
    #[cfg(Py_3_11)]
    pub hash: Py_hash_t,
    pub state: _PyASCIIObject_state_t,
    pub wstr: *mut ::libc::wchar_t,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
/// C API: [`PyCompactUnicodeObject`](https://docs.python.org/3/c-api/unicode.html#c.PyCompactUnicodeObject) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyCompactUnicodeObject {
    pub _base: PyASCIIObject,
    pub utf8_length: Py_ssize_t,
    pub utf8: *mut c_char,
    #[cfg(not(Py_3_12))]
    pub wstr_length: Py_ssize_t,
}
#[cfg(not(Py_LIMITED_API))]
/// C API: [`PyUnicode_1BYTE_KIND`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_1BYTE_KIND) (docs: added 3.3; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const PyUnicode_1BYTE_KIND: PyUnicode_Kind = 1;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`PyUnicode_2BYTE_KIND`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_2BYTE_KIND) (docs: added 3.3; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const PyUnicode_2BYTE_KIND: PyUnicode_Kind = 2;
#[cfg(not(Py_LIMITED_API))]
/// C API: [`PyUnicode_4BYTE_KIND`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_4BYTE_KIND) (docs: added 3.3; changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const PyUnicode_4BYTE_KIND: PyUnicode_Kind = 4;
#[cfg(not(Py_LIMITED_API))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.15/Include/cpython/unicodeobject.h).
pub type PyUnicode_Kind = c_uint;
pypy_prefixed! {
    extern "C" {
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyUnicode_New`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_New) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyUnicode_New(size: Py_ssize_t, maxchar: Py_UCS4) -> *mut PyObject;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyUnicode_CopyCharacters`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_CopyCharacters) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyUnicode_CopyCharacters(
            to: *mut PyObject,
            to_start: Py_ssize_t,
            from: *mut PyObject,
            from_start: Py_ssize_t,
            how_many: Py_ssize_t,
        ) -> Py_ssize_t;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyUnicode_Fill`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_Fill) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyUnicode_Fill(
            unicode: *mut PyObject,
            start: Py_ssize_t,
            length: Py_ssize_t,
            fill_char: Py_UCS4,
        ) -> Py_ssize_t;
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyUnicode_FromKindAndData`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_FromKindAndData) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
        pub fn PyUnicode_FromKindAndData(
            kind: c_int,
            buffer: *const c_void,
            size: Py_ssize_t,
        ) -> *mut PyObject;
    }
}
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyUnicodeWriter`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter). In the headers from 3.14. Not in the limited API.
pub struct PyUnicodeWriter {
    _unused: [u8; 0],
}
pypy_prefixed! {
    extern "C" {
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_Create`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Create). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_Create(length: Py_ssize_t) -> *mut PyUnicodeWriter;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_Discard`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Discard). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_Discard(writer: *mut PyUnicodeWriter);
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_Finish`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Finish). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_Finish(writer: *mut PyUnicodeWriter) -> *mut PyObject;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteChar`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteChar). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteChar(writer: *mut PyUnicodeWriter, ch: Py_UCS4) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteUTF8`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteUTF8). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteUTF8(
            writer: *mut PyUnicodeWriter,
            str_: *const c_char,
            size: Py_ssize_t,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteASCII`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteASCII). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteASCII(
            writer: *mut PyUnicodeWriter,
            str_: *const c_char,
            size: Py_ssize_t,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteWideChar`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteWideChar). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteWideChar(
            writer: *mut PyUnicodeWriter,
            str_: *const ::libc::wchar_t,
            size: Py_ssize_t,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteUCS4`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteUCS4). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteUCS4(
            writer: *mut PyUnicodeWriter,
            #[cfg(Py_3_15)]
            str_: *const Py_UCS4,
            #[cfg(not(Py_3_15))]
            str_: *mut Py_UCS4,
            size: Py_ssize_t,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteStr`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteStr). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteStr(
            writer: *mut PyUnicodeWriter,
            obj: *mut PyObject,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteRepr`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteRepr) (docs: changed 3.14). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteRepr(
            writer: *mut PyUnicodeWriter,
            obj: *mut PyObject,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_WriteSubstring`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteSubstring). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_WriteSubstring(
            writer: *mut PyUnicodeWriter,
            str_: *mut PyObject,
            start: Py_ssize_t,
            end: Py_ssize_t,
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_Format`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Format). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_Format(
            writer: *mut PyUnicodeWriter,
            format: *const c_char,
            ...
        ) -> c_int;
        #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
        /// C API: [`PyUnicodeWriter_DecodeUTF8Stateful`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_DecodeUTF8Stateful). In the headers from 3.14. Not in the limited API.
        pub fn PyUnicodeWriter_DecodeUTF8Stateful(
            writer: *mut PyUnicodeWriter,
            string: *const c_char,
            length: Py_ssize_t,
            errors: *const c_char,
            consumed: *mut Py_ssize_t,
        ) -> c_int;
        #[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyUnicode_AsUTF8`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_AsUTF8) (docs: added 3.3; changed 3.7). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyUnicode_AsUTF8(unicode: *mut PyObject) -> *const c_char;
        #[cfg(PyPy)]
        /// pyo3-ffi's spelling, the same ABI; the headers' type (return): `*mut ::core::ffi::c_char`.
        ///
        /// C API: [`PyUnicode_AsUTF8`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_AsUTF8) (docs: added 3.3; changed 3.7). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyUnicode_AsUTF8(unicode: *mut PyObject) -> *const c_char;
    }
}
#[cfg(all(Py_3_10, not(Py_3_12), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.10 to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub const USE_UNICODE_WCHAR_CACHE: c_int = 1;
#[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
pub const PyUnicode_WCHAR_KIND: PyUnicode_Kind = 0;
pypy_prefixed! {
    extern "C" {
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_FromUnicode(
            #[cfg(not(PyPy))]
            u: *const Py_UNICODE,
            #[cfg(PyPy)]
            u: *const ::libc::wchar_t,
            size: Py_ssize_t,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_AsUnicode(unicode: *mut PyObject) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_12), not(Py_LIMITED_API)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.11. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.11/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_AsUnicodeAndSize(
            unicode: *mut PyObject,
            size: *mut Py_ssize_t,
        ) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_Encode(
            s: *const Py_UNICODE,
            size: Py_ssize_t,
            encoding: *const c_char,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUTF7(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            base64SetO: c_int,
            base64WhiteSpace: c_int,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUTF8(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUTF8(
            s: *const ::libc::wchar_t,
            size: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUTF32(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            errors: *const c_char,
            byteorder: c_int,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUTF16(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            errors: *const c_char,
            byteorder: c_int,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeUnicodeEscape(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeRawUnicodeEscape(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeLatin1(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeLatin1(
            s: *const ::libc::wchar_t,
            size: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeASCII(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeASCII(
            s: *const ::libc::wchar_t,
            size: Py_ssize_t,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeCharmap(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            mapping: *mut PyObject,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_TranslateCharmap(
            data: *const Py_UNICODE,
            length: Py_ssize_t,
            table: *mut PyObject,
            errors: *const c_char,
        ) -> *mut PyObject;
        #[cfg(any(all(not(Py_3_11), not(Py_LIMITED_API)), PyPy))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_EncodeDecimal(
            #[cfg(not(PyPy))]
            s: *mut Py_UNICODE,
            #[cfg(PyPy)]
            s: *mut ::libc::wchar_t,
            length: Py_ssize_t,
            output: *mut c_char,
            errors: *const c_char,
        ) -> c_int;
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_TransformDecimalToASCII(
            s: *mut Py_UNICODE,
            length: Py_ssize_t,
        ) -> *mut PyObject;
        #[cfg(PyPy)]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.10. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.10/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_TransformDecimalToASCII(
            s: *mut ::libc::wchar_t,
            size: Py_ssize_t,
        ) -> *mut PyObject;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_GetMax() -> Py_UNICODE;
        #[cfg(PyPy)]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_GetMax() -> ::libc::wchar_t;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strlen(u: *const Py_UNICODE) -> usize;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strcpy(
            s1: *mut Py_UNICODE,
            s2: *const Py_UNICODE,
        ) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strcat(
            s1: *mut Py_UNICODE,
            s2: *const Py_UNICODE,
        ) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strncpy(
            s1: *mut Py_UNICODE,
            s2: *const Py_UNICODE,
            n: usize,
        ) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strcmp(s1: *const Py_UNICODE, s2: *const Py_UNICODE) -> c_int;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strncmp(
            s1: *const Py_UNICODE,
            s2: *const Py_UNICODE,
            n: usize,
        ) -> c_int;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strchr(s: *const Py_UNICODE, c: Py_UNICODE) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn Py_UNICODE_strrchr(s: *const Py_UNICODE, c: Py_UNICODE) -> *mut Py_UNICODE;
        #[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.9. Declared in [`Include/cpython/unicodeobject.h`](https://github.com/python/cpython/blob/3.9/Include/cpython/unicodeobject.h).
        pub fn PyUnicode_AsUnicodeCopy(unicode: *mut PyObject) -> *mut Py_UNICODE;
    }
}
