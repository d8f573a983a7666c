//! Shims for `longobject.h` (`cpython/longobject.h`): `PyLong_AsInt` (3.13), the
//! fixed-width conversions (3.14), the sign tests (3.14, outside the limited API), and the
//! export and writer API (3.14; in the limited API from 3.15).
//!
//! The conversions take what the 3.14 functions take: an `int`, or an object with
//! `__index__` (never `__int__`, which 3.7's own converters still call). Out of range is
//! OverflowError, a negative value for an unsigned type is ValueError.

// Imports: written by pyffi-gen from the names used here.
use crate::object::PyObject;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::object::Py_TYPE;
use crate::refcount::Py_DECREF;
use crate::pyerrors::{PyErr_Format, PyErr_Occurred, PyExc_OverflowError};
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::pyerrors::PyExc_TypeError;
#[cfg(not(Py_3_14))]
use crate::pyerrors::{PyErr_Clear, PyErr_SetString, PyExc_ValueError};
use crate::longobject::PyLong_AsLongLongAndOverflow;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::longobject::PyLong_Check;
#[cfg(not(Py_3_14))]
use crate::longobject::{
    PyLong_AsUnsignedLongLong, PyLong_FromLong, PyLong_FromLongLong, PyLong_FromUnsignedLongLong,
};
use crate::abstract_::PyNumber_Index;

#[allow(unused_imports)]
use core::ffi::{c_int, c_long, c_void};
#[allow(unused_imports)]
use core::ptr;

/// The value of `obj` (an int, or anything with `__index__`) as a C `long long`, with
/// the sign of an overflow in `*overflow` (0 if it fits). -1 with an exception on error.
#[allow(dead_code)]
#[inline]
unsafe fn as_i64(obj: *mut PyObject, overflow: &mut c_int) -> Result<i64, ()> {
    let int = PyNumber_Index(obj);
    if int.is_null() {
        return Err(());
    }
    // PyPy spells the result `isize`, the same width.
    #[allow(clippy::unnecessary_cast)]
    let v = PyLong_AsLongLongAndOverflow(int, overflow) as i64;
    Py_DECREF(int);
    if v == -1 && *overflow == 0 && !PyErr_Occurred().is_null() {
        return Err(());
    }
    Ok(v)
}

#[allow(dead_code)]
#[cold]
#[inline]
unsafe fn too_large(c_type: &core::ffi::CStr) -> c_int {
    PyErr_Format(
        PyExc_OverflowError,
        c"Python int too large to convert to C %s".as_ptr(),
        c_type.as_ptr(),
    );
    -1
}

// --- PyLong_AsInt: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::PyLong_AsInt;

/// The value as a C `int`: -1 with an exception on error (OverflowError when it does
/// not fit).
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyLong_AsInt`](https://docs.python.org/3/c-api/long.html#c.PyLong_AsInt) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyLong_AsInt(obj: *mut PyObject) -> c_int {
    let mut overflow = 0;
    match as_i64(obj, &mut overflow) {
        Err(()) => -1,
        Ok(v) if overflow == 0 && c_int::try_from(v).is_ok() => v as c_int,
        Ok(_) => too_large(c"int"),
    }
}

// --- PyLong_AsInt32 ... PyLong_FromUInt64: 3.14 ---

#[cfg(Py_3_14)]
pub use crate::{
    PyLong_AsInt32, PyLong_AsInt64, PyLong_AsUInt32, PyLong_AsUInt64, PyLong_FromInt32,
    PyLong_FromInt64, PyLong_FromUInt32, PyLong_FromUInt64,
};

/// A signed conversion: 0 and the value in `*pvalue`, or -1 with an exception.
#[cfg(not(Py_3_14))]
unsafe fn as_signed<T: TryFrom<i64>>(
    obj: *mut PyObject,
    pvalue: *mut T,
    c_type: &core::ffi::CStr,
) -> c_int {
    let mut overflow = 0;
    match as_i64(obj, &mut overflow) {
        Err(()) => -1,
        Ok(v) => match T::try_from(v) {
            Ok(v) if overflow == 0 => {
                *pvalue = v;
                0
            }
            _ => too_large(c_type),
        },
    }
}

/// An unsigned conversion: 0 and the value in `*pvalue`, or -1 with an exception
/// (ValueError for a negative value).
#[cfg(not(Py_3_14))]
unsafe fn as_unsigned<T: TryFrom<u64>>(
    obj: *mut PyObject,
    pvalue: *mut T,
    c_type: &core::ffi::CStr,
) -> c_int {
    let int = PyNumber_Index(obj);
    if int.is_null() {
        return -1;
    }
    // The sign first: PyLong_AsUnsignedLongLong calls a negative value an overflow.
    let mut overflow = 0;
    let small = PyLong_AsLongLongAndOverflow(int, &mut overflow);
    if overflow < 0 || (overflow == 0 && small < 0) {
        Py_DECREF(int);
        PyErr_SetString(PyExc_ValueError, c"Cannot convert negative int".as_ptr());
        return -1;
    }
    let v = PyLong_AsUnsignedLongLong(int);
    Py_DECREF(int);
    if v == u64::MAX && !PyErr_Occurred().is_null() {
        // The only error left for a non-negative int: too large for 64 bits.
        PyErr_Clear();
        return too_large(c_type);
    }
    match T::try_from(v) {
        Ok(v) => {
            *pvalue = v;
            0
        }
        Err(_) => too_large(c_type),
    }
}

/// 0 and the value in `*pvalue`, or -1 with an exception (OverflowError out of range).
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_AsInt32`](https://docs.python.org/3/c-api/long.html#c.PyLong_AsInt32) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_AsInt32(obj: *mut PyObject, pvalue: *mut i32) -> c_int {
    as_signed(obj, pvalue, c"int32_t")
}

/// 0 and the value in `*pvalue`, or -1 with an exception (OverflowError out of range).
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_AsInt64`](https://docs.python.org/3/c-api/long.html#c.PyLong_AsInt64) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_AsInt64(obj: *mut PyObject, pvalue: *mut i64) -> c_int {
    as_signed(obj, pvalue, c"int64_t")
}

/// 0 and the value in `*pvalue`, or -1 with an exception (ValueError if negative,
/// OverflowError if too large).
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_AsUInt32`](https://docs.python.org/3/c-api/long.html#c.PyLong_AsUInt32) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_AsUInt32(obj: *mut PyObject, pvalue: *mut u32) -> c_int {
    as_unsigned(obj, pvalue, c"uint32_t")
}

/// 0 and the value in `*pvalue`, or -1 with an exception (ValueError if negative,
/// OverflowError if too large).
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_AsUInt64`](https://docs.python.org/3/c-api/long.html#c.PyLong_AsUInt64) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_AsUInt64(obj: *mut PyObject, pvalue: *mut u64) -> c_int {
    as_unsigned(obj, pvalue, c"uint64_t")
}

/// A new int, or NULL with an exception.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_FromInt32`](https://docs.python.org/3/c-api/long.html#c.PyLong_FromInt32) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_FromInt32(value: i32) -> *mut PyObject {
    // C's long has at least 32 bits.
    PyLong_FromLong(value as c_long)
}

/// A new int, or NULL with an exception.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_FromUInt32`](https://docs.python.org/3/c-api/long.html#c.PyLong_FromUInt32) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_FromUInt32(value: u32) -> *mut PyObject {
    PyLong_FromUnsignedLongLong(value.into())
}

/// A new int, or NULL with an exception.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_FromInt64`](https://docs.python.org/3/c-api/long.html#c.PyLong_FromInt64) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_FromInt64(value: i64) -> *mut PyObject {
    PyLong_FromLongLong(value)
}

/// A new int, or NULL with an exception.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyLong_FromUInt64`](https://docs.python.org/3/c-api/long.html#c.PyLong_FromUInt64) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyLong_FromUInt64(value: u64) -> *mut PyObject {
    PyLong_FromUnsignedLongLong(value)
}

// --- PyLong_IsPositive, IsNegative, IsZero, GetSign: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::{PyLong_GetSign, PyLong_IsNegative, PyLong_IsPositive, PyLong_IsZero};

/// The sign of an int (-1, 0 or 1), or None with TypeError if `obj` is not an int or a
/// subclass (`__index__` is not consulted).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
unsafe fn sign_of(obj: *mut PyObject) -> Option<c_int> {
    if PyLong_Check(obj) == 0 {
        PyErr_Format(
            PyExc_TypeError,
            c"expected int, got %s".as_ptr(),
            (*Py_TYPE(obj)).tp_name,
        );
        return None;
    }
    // An int cannot fail here: the overflow's sign is the sign of a large value.
    let mut overflow = 0;
    let v = PyLong_AsLongLongAndOverflow(obj, &mut overflow);
    Some(if overflow != 0 {
        overflow
    } else {
        v.signum() as c_int
    })
}

/// 1 if the int is > 0, 0 if not, -1 with TypeError if `obj` is not an int.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyLong_IsPositive`](https://docs.python.org/3/c-api/long.html#c.PyLong_IsPositive) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyLong_IsPositive(obj: *mut PyObject) -> c_int {
    sign_of(obj).map_or(-1, |s| (s > 0) as c_int)
}

/// 1 if the int is < 0, 0 if not, -1 with TypeError if `obj` is not an int.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyLong_IsNegative`](https://docs.python.org/3/c-api/long.html#c.PyLong_IsNegative) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyLong_IsNegative(obj: *mut PyObject) -> c_int {
    sign_of(obj).map_or(-1, |s| (s < 0) as c_int)
}

/// 1 if the int is 0, 0 if not, -1 with TypeError if `obj` is not an int.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyLong_IsZero`](https://docs.python.org/3/c-api/long.html#c.PyLong_IsZero) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyLong_IsZero(obj: *mut PyObject) -> c_int {
    sign_of(obj).map_or(-1, |s| (s == 0) as c_int)
}

/// 0 and the sign (-1, 0, 1) in `*sign`, or -1 with TypeError if `obj` is not an int.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyLong_GetSign`](https://docs.python.org/3/c-api/long.html#c.PyLong_GetSign) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyLong_GetSign(obj: *mut PyObject, sign: *mut c_int) -> c_int {
    match sign_of(obj) {
        Some(s) => {
            *sign = s;
            0
        }
        None => -1,
    }
}

// --- PyLong_GetNativeLayout, PyLong_Export, PyLongWriter: 3.14 (limited API 3.15) ---

#[cfg(any(all(Py_3_14, not(Py_LIMITED_API)), Py_3_15))]
pub use crate::{
    PyLongExport, PyLongLayout, PyLongWriter, PyLongWriter_Create, PyLongWriter_Discard,
    PyLongWriter_Finish, PyLong_Export, PyLong_FreeExport, PyLong_GetNativeLayout,
};

#[cfg(not(any(all(Py_3_14, not(Py_LIMITED_API)), Py_3_15)))]
pub use self::long_export::*;

/// Before 3.14 an int's digits are not exposed, and their width is the build's: these
/// shims copy. Digits are always 30 bits in a `u32`, least significant first, in the
/// machine's byte order (CPython's own layout on 64-bit platforms), and
/// `PyLong_GetNativeLayout` says so. The copies go through `int.to_bytes` and
/// `int.from_bytes`, which every configuration has.
#[cfg(not(any(all(Py_3_14, not(Py_LIMITED_API)), Py_3_15)))]
mod long_export {
    // Imports: written by pyffi-gen from the names used here.
    use crate::pyport::{Py_ssize_t, Py_uintptr_t};
    use crate::pymem::{PyMem_Calloc, PyMem_Free, PyMem_Malloc};
    use crate::object::{PyLong_Type, PyObject};
    #[cfg(not(Py_LIMITED_API))]
    use crate::object::Py_TYPE;
    use crate::refcount::Py_DECREF;
    use crate::bytesobject::{PyBytes_AsString, PyBytes_FromStringAndSize};
    use crate::pyerrors::{PyErr_NoMemory, PyErr_SetString, PyExc_TypeError, PyExc_ValueError};
    #[cfg(not(Py_LIMITED_API))]
    use crate::pyerrors::PyErr_Format;
    use crate::longobject::{PyLong_AsLongLongAndOverflow, PyLong_AsSsize_t, PyLong_Check};
    use crate::abstract_::{PyNumber_Absolute, PyNumber_Negative, PyObject_CallMethod};

    use core::ffi::{c_int, c_void};
    use core::ptr;

    const BITS: usize = 30;
    const MASK: u32 = (1 << BITS) - 1;

    /// How an int's digits are laid out in an export or a writer (as 3.14's
    /// `PyLongLayout`).
    #[repr(C)]
    #[derive(Copy, Clone)]
    ///
    /// C API: [`PyLongLayout`](https://docs.python.org/3/c-api/long.html#c.PyLongLayout). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub struct PyLongLayout {
        pub bits_per_digit: u8,
        pub digit_size: u8,
        pub digits_order: i8,
        pub digit_endianness: i8,
    }

    static LAYOUT: PyLongLayout = PyLongLayout {
        bits_per_digit: BITS as u8,
        digit_size: 4,
        digits_order: -1,
        digit_endianness: if cfg!(target_endian = "little") {
            -1
        } else {
            1
        },
    };

    /// The layout of the digits `PyLong_Export` gives and `PyLongWriter_Create` takes.
    #[inline]
    ///
    /// C API: [`PyLong_GetNativeLayout`](https://docs.python.org/3/c-api/long.html#c.PyLong_GetNativeLayout). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub unsafe fn PyLong_GetNativeLayout() -> *const PyLongLayout {
        &LAYOUT
    }

    /// An int exported: `value` if it fits in 64 bits (then `digits` is NULL), otherwise
    /// the magnitude's digits and the sign (as 3.14's `PyLongExport`).
    #[repr(C)]
    ///
    /// C API: [`PyLongExport`](https://docs.python.org/3/c-api/long.html#c.PyLongExport). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub struct PyLongExport {
        pub value: i64,
        pub negative: u8,
        pub ndigits: Py_ssize_t,
        pub digits: *const c_void,
        pub _reserved: Py_uintptr_t,
    }

    /// Exports an int: 0, or -1 with an exception (TypeError if `obj` is not an int or a
    /// subclass). Where `digits` is set, `PyLong_FreeExport` frees them.
    #[inline]
    ///
    /// C API: [`PyLong_Export`](https://docs.python.org/3/c-api/long.html#c.PyLong_Export). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub unsafe fn PyLong_Export(obj: *mut PyObject, export_long: *mut PyLongExport) -> c_int {
        export_long.write(PyLongExport {
            value: 0,
            negative: 0,
            ndigits: 0,
            digits: ptr::null(),
            _reserved: 0,
        });
        if PyLong_Check(obj) == 0 {
            // The type's name where the type object is readable, as 3.14 gives it.
            #[cfg(not(Py_LIMITED_API))]
            PyErr_Format(
                PyExc_TypeError,
                c"expect int, got %s".as_ptr(),
                (*Py_TYPE(obj)).tp_name,
            );
            #[cfg(Py_LIMITED_API)]
            PyErr_SetString(PyExc_TypeError, c"expect int".as_ptr());
            return -1;
        }
        let mut overflow = 0;
        // PyPy spells the result `isize`, the same width.
        #[allow(clippy::unnecessary_cast)]
        let value = PyLong_AsLongLongAndOverflow(obj, &mut overflow) as i64;
        if overflow == 0 {
            (*export_long).value = value;
            return 0;
        }
        match export_digits(obj) {
            Some((digits, ndigits)) => {
                (*export_long).negative = (overflow < 0) as u8;
                (*export_long).ndigits = ndigits;
                (*export_long).digits = digits.cast();
                0
            }
            None => -1,
        }
    }

    /// The magnitude of a large int as PyMem-allocated digits, with their number.
    #[inline]
    unsafe fn export_digits(obj: *mut PyObject) -> Option<(*mut u32, Py_ssize_t)> {
        let abs = PyNumber_Absolute(obj);
        if abs.is_null() {
            return None;
        }
        let nbits = call_ssize(abs, c"bit_length");
        let nbytes = (nbits + 7) / 8;
        let bytes = if nbits < 0 {
            ptr::null_mut()
        } else {
            PyObject_CallMethod(
                abs,
                c"to_bytes".as_ptr(),
                c"ns".as_ptr(),
                nbytes,
                c"little".as_ptr(),
            )
        };
        Py_DECREF(abs);
        if bytes.is_null() {
            return None;
        }
        let ndigits = (nbits as usize).div_ceil(BITS);
        let digits = PyMem_Malloc(ndigits * 4).cast::<u32>();
        if digits.is_null() {
            Py_DECREF(bytes);
            PyErr_NoMemory();
            return None;
        }
        let src =
            core::slice::from_raw_parts(PyBytes_AsString(bytes).cast::<u8>(), nbytes as usize);
        for i in 0..ndigits {
            let mut d = 0u32;
            for bit in 0..BITS {
                let at = i * BITS + bit;
                if at / 8 < src.len() && src[at / 8] >> (at % 8) & 1 != 0 {
                    d |= 1 << bit;
                }
            }
            digits.add(i).write(d);
        }
        Py_DECREF(bytes);
        Some((digits, ndigits as Py_ssize_t))
    }

    /// `obj.name()` as a Py_ssize_t, -1 with an exception on error.
    #[inline]
    unsafe fn call_ssize(obj: *mut PyObject, name: &core::ffi::CStr) -> Py_ssize_t {
        let r = PyObject_CallMethod(obj, name.as_ptr(), ptr::null());
        if r.is_null() {
            return -1;
        }
        let v = PyLong_AsSsize_t(r);
        Py_DECREF(r);
        v
    }

    /// Frees what `PyLong_Export` allocated (nothing when `digits` is NULL).
    #[inline]
    ///
    /// C API: [`PyLong_FreeExport`](https://docs.python.org/3/c-api/long.html#c.PyLong_FreeExport). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub unsafe fn PyLong_FreeExport(export_long: *mut PyLongExport) {
        let digits = (*export_long).digits;
        if !digits.is_null() {
            PyMem_Free(digits.cast_mut());
            (*export_long).digits = ptr::null();
        }
    }

    /// An int under construction: its sign and `ndigits` digits, which follow.
    #[repr(C)]
    ///
    /// C API: [`PyLongWriter`](https://docs.python.org/3/c-api/long.html#c.PyLongWriter). In the headers from 3.14. Stable ABI since 3.15, as an opaque type.
    pub struct PyLongWriter {
        negative: c_int,
        ndigits: Py_ssize_t,
        digits: [u32; 0],
    }

    /// A writer of `ndigits` digits (zeroed), whose start is put in `*digits`; NULL with
    /// an exception on error (ValueError if `ndigits` is not positive).
    #[inline]
    ///
    /// C API: [`PyLongWriter_Create`](https://docs.python.org/3/c-api/long.html#c.PyLongWriter_Create). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub unsafe fn PyLongWriter_Create(
        negative: c_int,
        ndigits: Py_ssize_t,
        digits: *mut *mut c_void,
    ) -> *mut PyLongWriter {
        if ndigits <= 0 {
            PyErr_SetString(PyExc_ValueError, c"ndigits must be positive".as_ptr());
            return ptr::null_mut();
        }
        let size = (ndigits as usize)
            .checked_mul(4)
            .and_then(|n| n.checked_add(core::mem::size_of::<PyLongWriter>()));
        let writer = match size {
            Some(n) => PyMem_Calloc(1, n).cast::<PyLongWriter>(),
            None => ptr::null_mut(),
        };
        if writer.is_null() {
            PyErr_NoMemory();
            return ptr::null_mut();
        }
        (*writer).negative = negative;
        (*writer).ndigits = ndigits;
        *digits = (&raw mut (*writer).digits).cast();
        writer
    }

    /// The int the digits make (normalised), or NULL with an exception; the writer is
    /// freed in any case.
    #[inline]
    ///
    /// C API: [`PyLongWriter_Finish`](https://docs.python.org/3/c-api/long.html#c.PyLongWriter_Finish). In the headers from 3.14. Limited API and stable ABI since 3.15. Returns a new reference.
    pub unsafe fn PyLongWriter_Finish(writer: *mut PyLongWriter) -> *mut PyObject {
        let ndigits = (*writer).ndigits as usize;
        let digits =
            core::slice::from_raw_parts((&raw const (*writer).digits).cast::<u32>(), ndigits);
        let nbytes = (ndigits * BITS).div_ceil(8);
        let bytes = PyBytes_FromStringAndSize(ptr::null(), nbytes as Py_ssize_t);
        let mut result = ptr::null_mut();
        if !bytes.is_null() {
            let out = core::slice::from_raw_parts_mut(PyBytes_AsString(bytes).cast::<u8>(), nbytes);
            out.fill(0);
            for (i, d) in digits.iter().enumerate() {
                let d = d & MASK;
                for bit in 0..BITS {
                    if d >> bit & 1 != 0 {
                        let at = i * BITS + bit;
                        out[at / 8] |= 1 << (at % 8);
                    }
                }
            }
            result = PyObject_CallMethod(
                (&raw mut PyLong_Type).cast(),
                c"from_bytes".as_ptr(),
                c"Os".as_ptr(),
                bytes,
                c"little".as_ptr(),
            );
            Py_DECREF(bytes);
        }
        if !result.is_null() && (*writer).negative != 0 {
            let negated = PyNumber_Negative(result);
            Py_DECREF(result);
            result = negated;
        }
        PyMem_Free(writer.cast());
        result
    }

    /// Frees the writer; NULL is ignored.
    #[inline]
    ///
    /// C API: [`PyLongWriter_Discard`](https://docs.python.org/3/c-api/long.html#c.PyLongWriter_Discard). In the headers from 3.14. Limited API and stable ABI since 3.15.
    pub unsafe fn PyLongWriter_Discard(writer: *mut PyLongWriter) {
        if !writer.is_null() {
            PyMem_Free(writer.cast());
        }
    }
}
