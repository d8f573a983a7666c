//! Shims for `bytesobject.h` (`cpython/bytesobject.h`): `PyBytes_Join` (3.14) and the
//! `PyBytesWriter` API (3.15). Neither is in the limited API, so both are provided
//! outside it only. `PyBytesWriter_Format` is C-variadic, which stable Rust cannot
//! define: the `PyBytesWriter_Format!` macro stands in for it on every version.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::object::PyObject;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::bytesobject::PyBytes_Check;
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
use crate::pyerrors::{PyErr_SetString, PyExc_TypeError};

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_void};
#[allow(unused_imports)]
use core::ptr;

// --- PyBytes_Join: 3.14, outside the limited API ---

#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
pub use crate::PyBytes_Join;

#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
extern "C" {
    // Declared since 3.0: `sep.join(iterable)` for a bytes `sep` (which it assumes).
    #[cfg_attr(PyPy, link_name = "_PyPyBytes_Join")]
    fn _PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject;
}

/// `sep.join(iterable)`: a new bytes object, or NULL with an exception (TypeError if
/// `sep` is not bytes or an item does not support the buffer protocol).
#[cfg(all(not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyBytes_Join`](https://docs.python.org/3/c-api/bytes.html#c.PyBytes_Join) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyBytes_Join(sep: *mut PyObject, iterable: *mut PyObject) -> *mut PyObject {
    // The old private function asserts what the new one checks.
    if PyBytes_Check(sep) == 0 {
        PyErr_SetString(PyExc_TypeError, c"sep must be bytes".as_ptr());
        return ptr::null_mut();
    }
    _PyBytes_Join(sep, iterable)
}

// --- PyBytesWriter: 3.15, outside the limited API ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::{
    PyBytesWriter, PyBytesWriter_Create, PyBytesWriter_Discard, PyBytesWriter_Finish,
    PyBytesWriter_FinishWithPointer, PyBytesWriter_FinishWithSize, PyBytesWriter_GetData,
    PyBytesWriter_GetSize, PyBytesWriter_Grow, PyBytesWriter_GrowAndUpdatePointer,
    PyBytesWriter_Resize, PyBytesWriter_WriteBytes,
};

#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
pub use self::bytes_writer::*;

#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
mod bytes_writer {
    // Imports: written by pyffi-gen from the names used here.
    use crate::pyport::Py_ssize_t;
    use crate::pymem::{PyMem_Free, PyMem_Malloc};
    use crate::object::{PyObject, Py_SIZE};
    use crate::refcount::{Py_DECREF, Py_XDECREF};
    use crate::bytesobject::{PyBytes_AsString, PyBytes_FromStringAndSize};
    use crate::pyerrors::{PyErr_NoMemory, PyErr_SetString, PyExc_ValueError};

    use core::ffi::{c_char, c_int, c_void};
    use core::ptr;

    extern "C" {
        #[cfg_attr(PyPy, link_name = "_PyPyBytes_Resize")]
        fn _PyBytes_Resize(bytes: *mut *mut PyObject, newsize: Py_ssize_t) -> c_int;
    }

    /// Builds a bytes object in place. The buffer is a bytes object of at least
    /// `max(size, 1)` bytes that no one else sees (so it may be resized), trimmed to
    /// `size` when finished.
    #[repr(C)]
    ///
    /// C API: [`PyBytesWriter`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter). In the headers from 3.15. Not in the limited API.
    pub struct PyBytesWriter {
        obj: *mut PyObject,
        size: Py_ssize_t,
    }

    #[inline]
    unsafe fn check_size(size: Py_ssize_t) -> bool {
        if size < 0 {
            PyErr_SetString(PyExc_ValueError, c"size must be >= 0".as_ptr());
            return false;
        }
        true
    }

    /// A writer of `size` bytes (uninitialised), or NULL with an exception.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_Create`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Create). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_Create(size: Py_ssize_t) -> *mut PyBytesWriter {
        if !check_size(size) {
            return ptr::null_mut();
        }
        let writer = PyMem_Malloc(core::mem::size_of::<PyBytesWriter>()).cast::<PyBytesWriter>();
        if writer.is_null() {
            PyErr_NoMemory();
            return ptr::null_mut();
        }
        // Never 0 bytes: that would be the shared empty bytes object.
        let obj = PyBytes_FromStringAndSize(ptr::null(), size.max(1));
        if obj.is_null() {
            PyMem_Free(writer.cast());
            return ptr::null_mut();
        }
        writer.write(PyBytesWriter { obj, size });
        writer
    }

    /// Frees the writer and its buffer; NULL is ignored.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_Discard`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Discard). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_Discard(writer: *mut PyBytesWriter) {
        if writer.is_null() {
            return;
        }
        Py_XDECREF((*writer).obj);
        PyMem_Free(writer.cast());
    }

    /// The bytes written so far as a bytes object; the writer is freed in any case.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_Finish`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Finish). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_Finish(writer: *mut PyBytesWriter) -> *mut PyObject {
        let PyBytesWriter { mut obj, size } = writer.read();
        PyMem_Free(writer.cast());
        if size == 0 {
            Py_DECREF(obj);
            return PyBytes_FromStringAndSize(ptr::null(), 0);
        }
        if Py_SIZE(obj) != size && _PyBytes_Resize(&mut obj, size) < 0 {
            return ptr::null_mut();
        }
        obj
    }

    /// PyBytesWriter_Finish after resizing to `size`; the writer is freed in any case.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_FinishWithSize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_FinishWithSize). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_FinishWithSize(
        writer: *mut PyBytesWriter,
        size: Py_ssize_t,
    ) -> *mut PyObject {
        if PyBytesWriter_Resize(writer, size) < 0 {
            PyBytesWriter_Discard(writer);
            return ptr::null_mut();
        }
        PyBytesWriter_Finish(writer)
    }

    /// PyBytesWriter_FinishWithSize with the size `buf - GetData(writer)`.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_FinishWithPointer`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_FinishWithPointer). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_FinishWithPointer(
        writer: *mut PyBytesWriter,
        buf: *mut c_void,
    ) -> *mut PyObject {
        let size = buf
            .cast::<u8>()
            .offset_from(PyBytesWriter_GetData(writer).cast::<u8>());
        PyBytesWriter_FinishWithSize(writer, size)
    }

    /// The start of the buffer, valid until the next resize, finish or discard.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_GetData`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_GetData). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void {
        PyBytes_AsString((*writer).obj).cast()
    }

    #[inline]
    /// C API: [`PyBytesWriter_GetSize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_GetSize). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t {
        (*writer).size
    }

    /// Resizes to `size` bytes, keeping the first `min(old, new)`; new bytes are
    /// uninitialised. 0, or -1 with an exception (the writer is unchanged).
    #[inline]
    ///
    /// C API: [`PyBytesWriter_Resize`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Resize). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_Resize(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
        if !check_size(size) {
            return -1;
        }
        let capacity = Py_SIZE((*writer).obj);
        if size > capacity {
            // Grow by a quarter more than asked, so that repeated growth stays linear.
            let new_capacity = size.saturating_add(size / 4);
            let new = PyBytes_FromStringAndSize(ptr::null(), new_capacity);
            if new.is_null() {
                return -1;
            }
            ptr::copy_nonoverlapping(
                PyBytes_AsString((*writer).obj),
                PyBytes_AsString(new),
                (*writer).size as usize,
            );
            Py_DECREF((*writer).obj);
            (*writer).obj = new;
        }
        (*writer).size = size;
        0
    }

    /// Resizes by `size` bytes (negative shrinks): 0, or -1 with an exception.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_Grow`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_Grow). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_Grow(writer: *mut PyBytesWriter, size: Py_ssize_t) -> c_int {
        let Some(new_size) = (*writer).size.checked_add(size) else {
            PyErr_NoMemory();
            return -1;
        };
        PyBytesWriter_Resize(writer, new_size)
    }

    /// PyBytesWriter_Grow, returning `buf` moved to the same offset in the new buffer,
    /// or NULL with an exception.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_GrowAndUpdatePointer`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_GrowAndUpdatePointer). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_GrowAndUpdatePointer(
        writer: *mut PyBytesWriter,
        size: Py_ssize_t,
        buf: *mut c_void,
    ) -> *mut c_void {
        let offset = buf
            .cast::<u8>()
            .offset_from(PyBytesWriter_GetData(writer).cast::<u8>());
        if PyBytesWriter_Grow(writer, size) < 0 {
            return ptr::null_mut();
        }
        PyBytesWriter_GetData(writer)
            .cast::<u8>()
            .offset(offset)
            .cast()
    }

    /// Appends `size` bytes (`strlen(bytes)` if `size` is negative): 0, or -1 with an
    /// exception.
    #[inline]
    ///
    /// C API: [`PyBytesWriter_WriteBytes`](https://docs.python.org/3/c-api/bytes.html#c.PyBytesWriter_WriteBytes). In the headers from 3.15. Not in the limited API.
    pub unsafe fn PyBytesWriter_WriteBytes(
        writer: *mut PyBytesWriter,
        bytes: *const c_void,
        size: Py_ssize_t,
    ) -> c_int {
        // 3.15 takes any negative size (not only -1) as "up to the NUL".
        let size = if size < 0 {
            core::ffi::CStr::from_ptr(bytes.cast::<c_char>())
                .to_bytes()
                .len() as Py_ssize_t
        } else {
            size
        };
        let at = (*writer).size;
        if PyBytesWriter_Grow(writer, size) < 0 {
            return -1;
        }
        ptr::copy_nonoverlapping(
            bytes.cast::<u8>(),
            PyBytesWriter_GetData(writer).cast::<u8>().offset(at),
            size as usize,
        );
        0
    }
}

// --- PyBytesWriter_Format: 3.15, outside the limited API; C-variadic ---

// The macro below, and from 3.15 the function too (the module is outside the limited API).
pub use crate::PyBytesWriter_Format;

/// `PyBytesWriter_Format!(writer, format, args...)`: appends what
/// `PyBytes_FromFormat(format, args...)` makes; 0, or -1 with an exception. A macro on
/// every version (in `compat` and at the crate root), as stable Rust cannot define a C-variadic function;
/// from 3.15 it calls the function.
#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
#[macro_export]
macro_rules! PyBytesWriter_Format {
    ($writer:expr, $format:expr $(, $arg:expr)* $(,)?) => {
        $crate::PyBytesWriter_Format($writer, $format $(, $arg)*)
    };
}

/// `PyBytesWriter_Format!(writer, format, args...)`: appends what
/// `PyBytes_FromFormat(format, args...)` makes; 0, or -1 with an exception. A macro on
/// every version (in `compat` and at the crate root), as stable Rust cannot define a C-variadic function;
/// before 3.15 it formats into a bytes object and writes that.
#[cfg(all(not(Py_3_15), not(Py_LIMITED_API)))]
#[macro_export]
macro_rules! PyBytesWriter_Format {
    ($writer:expr, $format:expr $(, $arg:expr)* $(,)?) => {{
        let writer: *mut $crate::compat::PyBytesWriter = $writer;
        let b = $crate::PyBytes_FromFormat($format $(, $arg)*);
        if b.is_null() {
            -1
        } else {
            let r = $crate::compat::PyBytesWriter_WriteBytes(
                writer,
                $crate::PyBytes_AsString(b).cast(),
                $crate::PyBytes_Size(b),
            );
            $crate::Py_DECREF(b);
            r
        }
    }};
}
