//! Shims for `unicodeobject.h` (`cpython/unicodeobject.h`): `PyUnicode_EqualToUTF8` and
//! `PyUnicode_EqualToUTF8AndSize` (3.13), `PyUnicode_Equal` (3.14), the `PyUnicodeWriter`
//! API (3.14, outside the limited API) and `PyUnstable_Unicode_GET_CACHED_HASH` (3.15,
//! outside the limited API; not on PyPy, whose strings keep no hash there).
//! `PyUnicodeWriter_Format` is C-variadic, which stable Rust cannot define: the
//! `PyUnicodeWriter_Format!` macro stands in for it on every version.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
use crate::pyport::Py_hash_t;
#[cfg(not(Py_3_13))]
use crate::pyport::Py_ssize_t;
#[cfg(any(not(Py_3_14), all(not(Py_3_15), not(Py_LIMITED_API))))]
use crate::object::PyObject;
#[cfg(not(Py_3_14))]
use crate::object::{PyObject_GetAttrString, Py_TYPE};
#[cfg(not(Py_3_14))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_3_13))]
use crate::unicodeobject::PyUnicode_DecodeUTF8;
#[cfg(not(Py_3_14))]
use crate::unicodeobject::{PyUnicode_Check, PyUnicode_Compare};
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::unicodeobject::PyASCIIObject;
#[cfg(not(Py_3_13))]
use crate::pyerrors::{PyErr_Clear, PyErr_Fetch, PyErr_Restore};
#[cfg(not(Py_3_14))]
use crate::pyerrors::{PyErr_Format, PyExc_TypeError};

#[allow(unused_imports)]
use core::ffi::{c_char, c_int};
#[allow(unused_imports)]
use core::ptr;

// --- PyUnicode_EqualToUTF8, PyUnicode_EqualToUTF8AndSize: 3.13 ---

#[cfg(Py_3_13)]
pub use crate::{PyUnicode_EqualToUTF8, PyUnicode_EqualToUTF8AndSize};

/// 1 if the str equals the NUL-terminated UTF-8 string, 0 if not (also when either
/// side cannot be UTF-8: lone surrogates, invalid bytes). Never raises.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyUnicode_EqualToUTF8`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_EqualToUTF8) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyUnicode_EqualToUTF8(unicode: *mut PyObject, string: *const c_char) -> c_int {
    let len = core::ffi::CStr::from_ptr(string).to_bytes().len();
    PyUnicode_EqualToUTF8AndSize(unicode, string, len as Py_ssize_t)
}

/// 1 if the str equals the `size` bytes of UTF-8 at `string`, 0 if not (also when either
/// side cannot be UTF-8: lone surrogates, invalid bytes). Never raises.
#[cfg(not(Py_3_13))]
#[inline]
///
/// C API: [`PyUnicode_EqualToUTF8AndSize`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_EqualToUTF8AndSize) (docs: added 3.13). In the headers from 3.13. Limited API and stable ABI since 3.13.
pub unsafe fn PyUnicode_EqualToUTF8AndSize(
    unicode: *mut PyObject,
    string: *const c_char,
    size: Py_ssize_t,
) -> c_int {
    // `unicode` must be a str (3.14's debug builds assert it); anything else gives 0 here.
    if PyUnicode_Check(unicode) == 0 {
        return 0;
    }
    // Decoding strictly rejects encoded surrogates, so a str holding one never matches.
    // A pending exception is kept, and the decoder's own is dropped.
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    let decoded = PyUnicode_DecodeUTF8(string, size, ptr::null());
    let equal = if decoded.is_null() {
        PyErr_Clear();
        0
    } else {
        let r = (PyUnicode_Compare(unicode, decoded) == 0) as c_int;
        Py_DECREF(decoded);
        r
    };
    PyErr_Restore(t, v, tb);
    equal
}

// --- PyUnicode_Equal: 3.14 ---

#[cfg(Py_3_14)]
pub use crate::PyUnicode_Equal;

/// 1 if the two str are equal, 0 if not; -1 with TypeError if either is not a str.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyUnicode_Equal`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicode_Equal) (docs: added 3.14). In the headers from 3.14. Limited API and stable ABI since 3.14.
pub unsafe fn PyUnicode_Equal(str1: *mut PyObject, str2: *mut PyObject) -> c_int {
    for (obj, which) in [(str1, c"first"), (str2, c"second")] {
        if PyUnicode_Check(obj) == 0 {
            let name = PyObject_GetAttrString(Py_TYPE(obj).cast(), c"__name__".as_ptr());
            if !name.is_null() {
                PyErr_Format(
                    PyExc_TypeError,
                    c"%s argument must be str, not %U".as_ptr(),
                    which.as_ptr(),
                    name,
                );
                Py_DECREF(name);
            }
            return -1;
        }
    }
    // Two str compare without error (and without __eq__ of a subclass).
    (PyUnicode_Compare(str1, str2) == 0) as c_int
}

// --- PyUnstable_Unicode_GET_CACHED_HASH: 3.15, outside the limited API ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::PyUnstable_Unicode_GET_CACHED_HASH;

/// The str's cached hash, or -1 if it has not been computed yet.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyUnstable_Unicode_GET_CACHED_HASH`](https://docs.python.org/3/c-api/unicode.html#c.PyUnstable_Unicode_GET_CACHED_HASH). In the headers from 3.15. Not in the limited API.
pub unsafe fn PyUnstable_Unicode_GET_CACHED_HASH(op: *mut PyObject) -> Py_hash_t {
    let hash = &raw mut (*op.cast::<PyASCIIObject>()).hash;
    // Free-threaded builds store it atomically.
    #[cfg(Py_GIL_DISABLED)]
    return core::sync::atomic::AtomicIsize::from_ptr(hash)
        .load(core::sync::atomic::Ordering::Relaxed);
    #[cfg(not(Py_GIL_DISABLED))]
    return *hash;
}

/// The str's cached hash, or -1 if it has not been computed yet: always -1 on PyPy, whose
/// str objects keep no hash on the C side.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API), PyPy))]
#[inline]
///
/// C API: [`PyUnstable_Unicode_GET_CACHED_HASH`](https://docs.python.org/3/c-api/unicode.html#c.PyUnstable_Unicode_GET_CACHED_HASH). In the headers from 3.15. Not in the limited API.
pub unsafe fn PyUnstable_Unicode_GET_CACHED_HASH(_op: *mut PyObject) -> Py_hash_t {
    -1
}

// --- PyUnicodeWriter: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::{
    PyUnicodeWriter, PyUnicodeWriter_Create, PyUnicodeWriter_Discard, PyUnicodeWriter_Finish,
    PyUnicodeWriter_WriteASCII, PyUnicodeWriter_WriteChar, PyUnicodeWriter_WriteRepr,
    PyUnicodeWriter_WriteStr, PyUnicodeWriter_WriteSubstring, PyUnicodeWriter_WriteUTF8,
    PyUnicodeWriter_WriteWideChar,
};

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
pub use self::unicode_writer::*;

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
mod unicode_writer {
    // Imports: written by pyffi-gen from the names used here.
    use crate::pyport::Py_ssize_t;
    use crate::pymem::{PyMem_Free, PyMem_Malloc, PyMem_Realloc};
    use crate::object::{PyObject, PyObject_Repr, PyObject_Str};
    use crate::refcount::Py_DECREF;
    use crate::unicodeobject::{
        PyUnicode_AsUCS4, PyUnicode_DecodeUTF8, PyUnicode_FromStringAndSize,
        PyUnicode_FromWideChar, PyUnicode_GetLength, PyUnicode_Substring, Py_UCS4,
    };
    use crate::cpython::unicodeobject::{PyUnicode_4BYTE_KIND, PyUnicode_FromKindAndData};
    use crate::pyerrors::{PyErr_NoMemory, PyErr_SetString, PyExc_IndexError, PyExc_ValueError};

    use core::ffi::{c_char, c_int};
    use core::ptr;

    /// Builds a str: the code points written so far, as UCS-4 in a PyMem buffer, made
    /// into a str of the narrowest kind when finished.
    #[repr(C)]
    ///
    /// C API: [`PyUnicodeWriter`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter). In the headers from 3.14. Not in the limited API.
    pub struct PyUnicodeWriter {
        buf: *mut Py_UCS4,
        len: usize,
        capacity: usize,
    }

    /// Room for `extra` more code points: false with MemoryError if there is none.
    #[inline]
    unsafe fn reserve(writer: *mut PyUnicodeWriter, extra: usize) -> bool {
        let w = &mut *writer;
        let Some(needed) = w.len.checked_add(extra) else {
            PyErr_NoMemory();
            return false;
        };
        if needed <= w.capacity {
            return true;
        }
        // Grow by half as much again, so that repeated writes stay linear.
        let capacity = needed.max(w.capacity.saturating_add(w.capacity / 2));
        let buf = match capacity.checked_mul(4) {
            Some(bytes) => PyMem_Realloc(w.buf.cast(), bytes).cast::<Py_UCS4>(),
            None => ptr::null_mut(),
        };
        if buf.is_null() {
            PyErr_NoMemory();
            return false;
        }
        w.buf = buf;
        w.capacity = capacity;
        true
    }

    /// Appends a str's code points: 0, or -1 with an exception.
    #[inline]
    unsafe fn write_str(writer: *mut PyUnicodeWriter, s: *mut PyObject) -> c_int {
        let n = PyUnicode_GetLength(s);
        if n < 0 || !reserve(writer, n as usize) {
            return -1;
        }
        if n == 0 {
            return 0;
        }
        let w = &mut *writer;
        if PyUnicode_AsUCS4(s, w.buf.add(w.len), n, 0).is_null() {
            return -1;
        }
        w.len += n as usize;
        0
    }

    /// Appends a new reference to a str (NULL: the error of the call that made it) and
    /// releases it.
    #[inline]
    unsafe fn write_owned(writer: *mut PyUnicodeWriter, s: *mut PyObject) -> c_int {
        if s.is_null() {
            return -1;
        }
        let r = write_str(writer, s);
        Py_DECREF(s);
        r
    }

    /// A writer with room for `length` code points, or NULL with an exception
    /// (ValueError if `length` is negative).
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_Create`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Create). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_Create(length: Py_ssize_t) -> *mut PyUnicodeWriter {
        if length < 0 {
            PyErr_SetString(PyExc_ValueError, c"length must be positive".as_ptr());
            return ptr::null_mut();
        }
        let writer =
            PyMem_Malloc(core::mem::size_of::<PyUnicodeWriter>()).cast::<PyUnicodeWriter>();
        if writer.is_null() {
            PyErr_NoMemory();
            return ptr::null_mut();
        }
        writer.write(PyUnicodeWriter {
            buf: ptr::null_mut(),
            len: 0,
            capacity: 0,
        });
        if !reserve(writer, length as usize) {
            PyMem_Free(writer.cast());
            return ptr::null_mut();
        }
        writer
    }

    /// Frees the writer; NULL is ignored.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_Discard`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Discard). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_Discard(writer: *mut PyUnicodeWriter) {
        if writer.is_null() {
            return;
        }
        PyMem_Free((*writer).buf.cast());
        PyMem_Free(writer.cast());
    }

    /// The str written, or NULL with an exception; the writer is freed in any case.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_Finish`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_Finish). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_Finish(writer: *mut PyUnicodeWriter) -> *mut PyObject {
        let w = &*writer;
        let s = if w.len == 0 {
            PyUnicode_FromStringAndSize(ptr::null(), 0)
        } else {
            PyUnicode_FromKindAndData(
                PyUnicode_4BYTE_KIND as c_int,
                w.buf.cast(),
                w.len as Py_ssize_t,
            )
        };
        PyUnicodeWriter_Discard(writer);
        s
    }

    /// Appends one code point: 0, or -1 with an exception (ValueError above U+10FFFF).
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteChar`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteChar). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteChar(writer: *mut PyUnicodeWriter, ch: Py_UCS4) -> c_int {
        if ch > 0x10ffff {
            PyErr_SetString(
                PyExc_ValueError,
                c"character must be in range(0x110000)".as_ptr(),
            );
            return -1;
        }
        if !reserve(writer, 1) {
            return -1;
        }
        let w = &mut *writer;
        w.buf.add(w.len).write(ch);
        w.len += 1;
        0
    }

    /// Appends `size` bytes of UTF-8 (`strlen(str)` if `size` is -1), decoded strictly:
    /// 0, or -1 with an exception (UnicodeDecodeError), writing nothing.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteUTF8`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteUTF8). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteUTF8(
        writer: *mut PyUnicodeWriter,
        str_: *const c_char,
        size: Py_ssize_t,
    ) -> c_int {
        let size = c_len(str_, size);
        write_owned(writer, PyUnicode_DecodeUTF8(str_, size, ptr::null()))
    }

    /// Appends `size` ASCII bytes (`strlen(str)` if `size` is -1): 0, or -1 with an
    /// exception.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteASCII`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteASCII). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteASCII(
        writer: *mut PyUnicodeWriter,
        str_: *const c_char,
        size: Py_ssize_t,
    ) -> c_int {
        let size = c_len(str_, size) as usize;
        if !reserve(writer, size) {
            return -1;
        }
        let w = &mut *writer;
        for i in 0..size {
            w.buf
                .add(w.len + i)
                .write(Py_UCS4::from(*str_.add(i) as u8));
        }
        w.len += size;
        0
    }

    /// Appends `size` wide characters (up to the NUL if `size` is -1): 0, or -1 with an
    /// exception.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteWideChar`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteWideChar). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteWideChar(
        writer: *mut PyUnicodeWriter,
        str_: *const ::libc::wchar_t,
        size: Py_ssize_t,
    ) -> c_int {
        let size = if size == -1 {
            let mut n = 0;
            while *str_.offset(n) != 0 {
                n += 1;
            }
            n
        } else {
            size
        };
        write_owned(writer, PyUnicode_FromWideChar(str_, size))
    }

    /// Appends `str(obj)`: 0, or -1 with an exception.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteStr`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteStr). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteStr(
        writer: *mut PyUnicodeWriter,
        obj: *mut PyObject,
    ) -> c_int {
        write_owned(writer, PyObject_Str(obj))
    }

    /// Appends `repr(obj)`: 0, or -1 with an exception.
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteRepr`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteRepr) (docs: changed 3.14). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteRepr(
        writer: *mut PyUnicodeWriter,
        obj: *mut PyObject,
    ) -> c_int {
        write_owned(writer, PyObject_Repr(obj))
    }

    /// Appends `str[start:end]` of a str: 0, or -1 with an exception (IndexError unless
    /// `0 <= start <= end <= len(str)`).
    #[inline]
    ///
    /// C API: [`PyUnicodeWriter_WriteSubstring`](https://docs.python.org/3/c-api/unicode.html#c.PyUnicodeWriter_WriteSubstring). In the headers from 3.14. Not in the limited API.
    pub unsafe fn PyUnicodeWriter_WriteSubstring(
        writer: *mut PyUnicodeWriter,
        str_: *mut PyObject,
        start: Py_ssize_t,
        end: Py_ssize_t,
    ) -> c_int {
        let len = PyUnicode_GetLength(str_);
        if len < 0 {
            return -1;
        }
        if start < 0 || start > end || end > len {
            PyErr_SetString(PyExc_IndexError, c"substring out of range".as_ptr());
            return -1;
        }
        if start == 0 && end == len {
            return write_str(writer, str_);
        }
        write_owned(writer, PyUnicode_Substring(str_, start, end))
    }

    /// `size`, or the C string's length where `size` is -1.
    #[inline]
    unsafe fn c_len(str_: *const c_char, size: Py_ssize_t) -> Py_ssize_t {
        if size == -1 {
            core::ffi::CStr::from_ptr(str_).to_bytes().len() as Py_ssize_t
        } else {
            size
        }
    }
}

// --- PyUnicodeWriter_Format: 3.14, outside the limited API; C-variadic ---

// The macro below, and from 3.14 the function too.
#[cfg(not(Py_LIMITED_API))]
pub use crate::PyUnicodeWriter_Format;

/// `PyUnicodeWriter_Format!(writer, format, args...)`: appends what
/// `PyUnicode_FromFormat(format, args...)` makes; 0, or -1 with an exception. A macro on
/// every version (in `compat` and at the crate root), as stable Rust cannot define a C-variadic function;
/// from 3.14 it calls the function.
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[macro_export]
macro_rules! PyUnicodeWriter_Format {
    ($writer:expr, $format:expr $(, $arg:expr)* $(,)?) => {
        $crate::PyUnicodeWriter_Format($writer, $format $(, $arg)*)
    };
}

/// `PyUnicodeWriter_Format!(writer, format, args...)`: appends what
/// `PyUnicode_FromFormat(format, args...)` makes; 0, or -1 with an exception. A macro on
/// every version (in `compat` and at the crate root), as stable Rust cannot define a C-variadic function;
/// before 3.14 it formats into a str and writes that.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[macro_export]
macro_rules! PyUnicodeWriter_Format {
    ($writer:expr, $format:expr $(, $arg:expr)* $(,)?) => {{
        let writer: *mut $crate::compat::PyUnicodeWriter = $writer;
        let s = $crate::PyUnicode_FromFormat($format $(, $arg)*);
        if s.is_null() {
            -1
        } else {
            let r = $crate::compat::PyUnicodeWriter_WriteStr(writer, s);
            $crate::Py_DECREF(s);
            r
        }
    }};
}
