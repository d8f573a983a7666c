//! Newer C API functions implemented for the older versions that lack them, under the
//! names pyo3-ffi gives them (`compat::Py_NewRef`, ...). Where the version compiled for
//! has the function, the name is the crate root's; otherwise it is built here from the
//! documented behaviour, with API that version has.
//!
//! The shims sit in one file per C header (`compat/dictobject.rs` for `dictobject.h` and
//! `cpython/dictobject.h`), each re-exported here. A shim is absent where its fallback
//! would need what the configuration hides (a struct's fields under the limited API, a
//! private function PyPy does not export); its file says where.
//!
//! `Py_UNUSED(name)` has no counterpart: a Rust parameter is marked unused by its name
//! (`_name`), which needs no macro.

#[allow(unused_imports)]
use core::ffi::{c_char, c_int, c_void};
#[allow(unused_imports)]
use core::ptr;

/// A `&'static CStr` from a string literal, usable in `const` and `static` items.
/// An interior NUL byte is a compile-time error.
#[macro_export]
macro_rules! c_str {
    ($s:expr) => {{
        const BYTES: &[u8] = ::core::concat!($s, "\0").as_bytes();
        const CSTR: &::core::ffi::CStr = match ::core::ffi::CStr::from_bytes_with_nul(BYTES) {
            ::core::result::Result::Ok(c) => c,
            ::core::result::Result::Err(_) => ::core::panic!("c_str!: interior NUL byte"),
        };
        CSTR
    }};
}

mod abstract_;
#[allow(unused_imports)] // empty in some configurations
pub use self::abstract_::*;
mod boolobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::boolobject::*;
mod code;
#[allow(unused_imports)] // empty in some configurations
pub use self::code::*;
mod dictobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::dictobject::*;
mod floatobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::floatobject::*;
mod import;
#[allow(unused_imports)] // empty in some configurations
pub use self::import::*;
mod listobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::listobject::*;
mod modsupport;
#[allow(unused_imports)] // empty in some configurations
pub use self::modsupport::*;
mod object;
#[allow(unused_imports)] // empty in some configurations
pub use self::object::*;
mod pyframe;
#[allow(unused_imports)] // empty in some configurations
pub use self::pyframe::*;
mod pyhash;
#[allow(unused_imports)] // empty in some configurations
pub use self::pyhash::*;
mod pylifecycle;
#[allow(unused_imports)] // empty in some configurations
pub use self::pylifecycle::*;
mod pystate;
#[allow(unused_imports)] // empty in some configurations
pub use self::pystate::*;
mod pytime;
#[allow(unused_imports)] // empty in some configurations
pub use self::pytime::*;
mod refcount;
#[allow(unused_imports)] // empty in some configurations
pub use self::refcount::*;
mod sysmodule;
#[allow(unused_imports)] // empty in some configurations
pub use self::sysmodule::*;
mod tupleobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::tupleobject::*;
mod weakrefobject;
#[allow(unused_imports)] // empty in some configurations
pub use self::weakrefobject::*;

// --- PyBytesWriter: 3.15, outside the limited API ---

#[cfg(all(Py_3_15, not(Py_LIMITED_API)))]
pub use crate::{
    PyBytesWriter, PyBytesWriter_Create, PyBytesWriter_Discard, PyBytesWriter_Finish,
    PyBytesWriter_FinishWithSize, PyBytesWriter_GetData, PyBytesWriter_GetSize,
    PyBytesWriter_Resize,
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

    use core::ffi::{c_int, c_void};
    use core::ptr;

    extern "C" {
        #[cfg_attr(PyPy, link_name = "_PyPyBytes_Resize")]
        fn _PyBytes_Resize(bytes: *mut *mut PyObject, newsize: Py_ssize_t) -> c_int;
    }

    /// Builds a bytes object in place. The buffer is a bytes object of at least
    /// `max(size, 1)` bytes that no one else sees (so it may be resized), trimmed to
    /// `size` when finished.
    #[repr(C)]
    pub struct PyBytesWriter {
        obj: *mut PyObject,
        size: Py_ssize_t,
    }

    unsafe fn check_size(size: Py_ssize_t) -> bool {
        if size < 0 {
            PyErr_SetString(PyExc_ValueError, c"size must be >= 0".as_ptr());
            return false;
        }
        true
    }

    /// A writer of `size` bytes (uninitialised), or NULL with an exception.
    #[inline]
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
    pub unsafe fn PyBytesWriter_Discard(writer: *mut PyBytesWriter) {
        if writer.is_null() {
            return;
        }
        Py_XDECREF((*writer).obj);
        PyMem_Free(writer.cast());
    }

    /// The bytes written so far as a bytes object; the writer is freed in any case.
    #[inline]
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

    /// The start of the buffer, valid until the next resize, finish or discard.
    #[inline]
    pub unsafe fn PyBytesWriter_GetData(writer: *mut PyBytesWriter) -> *mut c_void {
        PyBytes_AsString((*writer).obj).cast()
    }

    #[inline]
    pub unsafe fn PyBytesWriter_GetSize(writer: *mut PyBytesWriter) -> Py_ssize_t {
        (*writer).size
    }

    /// Resizes to `size` bytes, keeping the first `min(old, new)`; new bytes are
    /// uninitialised. 0, or -1 with an exception (the writer is unchanged).
    #[inline]
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
}
