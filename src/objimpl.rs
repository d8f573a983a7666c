//! Declarations of CPython's `Include/objimpl.h`.

// Imports: written by pyffi-gen from the names used here.
use core::ffi::c_void;
#[cfg(all(not(Py_3_11), PyPy))]
use core::ffi::c_ulong;
#[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
use core::ffi::c_int;
use crate::pyport::Py_ssize_t;
#[cfg(Py_LIMITED_API)]
use crate::pytypedefs::PyTypeObject;
use crate::object::{PyObject, PyType_HasFeature, PyVarObject, Py_TPFLAGS_HAVE_GC};
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;

// Private allocators behind the `PyObject_New` family of macros.
extern "C" {
    #[cfg_attr(PyPy, link_name = "_PyPyObject_New")]
    /// C API: [`_PyObject_New`](https://docs.python.org/3/c-api/allocation.html#c._PyObject_New). In the headers from 3.7 (the oldest pyffi supports). Stable ABI since 3.2, not in the limited API. Returns a new reference.
    pub fn _PyObject_New(typeobj: *mut PyTypeObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "_PyPyObject_NewVar")]
    /// C API: [`_PyObject_NewVar`](https://docs.python.org/3/c-api/allocation.html#c._PyObject_NewVar). In the headers from 3.7 (the oldest pyffi supports). Stable ABI since 3.2, not in the limited API. Returns a new reference.
    pub fn _PyObject_NewVar(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut PyVarObject;
    #[cfg_attr(PyPy, link_name = "_PyPyObject_GC_New")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/objimpl.h`](https://github.com/python/cpython/blob/3.15/Include/objimpl.h). Stable ABI since 3.2, not in the limited API.
    pub fn _PyObject_GC_New(typeobj: *mut PyTypeObject) -> *mut PyObject;
    #[cfg_attr(PyPy, link_name = "_PyPyObject_GC_NewVar")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/objimpl.h`](https://github.com/python/cpython/blob/3.15/Include/objimpl.h). Stable ABI since 3.2, not in the limited API.
    pub fn _PyObject_GC_NewVar(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut PyVarObject;
    /// Not exported by PyPy, whose headers declare it unprefixed.
    #[cfg(not(PyPy))]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/objimpl.h`](https://github.com/python/cpython/blob/3.15/Include/objimpl.h). Stable ABI since 3.2, not in the limited API.
    pub fn _PyObject_GC_Resize(op: *mut PyVarObject, n: Py_ssize_t) -> *mut PyVarObject;
}

/// Allocates an object of type `typeobj` (`tp_basicsize` bytes) and initialises its header.
#[inline]
///
/// C API: [`PyObject_New`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_New). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a new reference.
pub unsafe fn PyObject_New<T>(typeobj: *mut PyTypeObject) -> *mut T {
    _PyObject_New(typeobj).cast()
}

/// Allocates a variable-size object with room for `n` items and sets its header.
#[inline]
///
/// C API: [`PyObject_NewVar`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_NewVar). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a new reference.
pub unsafe fn PyObject_NewVar<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    _PyObject_NewVar(typeobj, n).cast()
}

/// `PyObject_New` for a type with `Py_TPFLAGS_HAVE_GC`; the object is not tracked yet.
#[inline]
///
/// C API: [`PyObject_GC_New`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_New). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_GC_New<T>(typeobj: *mut PyTypeObject) -> *mut T {
    _PyObject_GC_New(typeobj).cast()
}

/// `PyObject_NewVar` for a type with `Py_TPFLAGS_HAVE_GC`.
#[inline]
///
/// C API: [`PyObject_GC_NewVar`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_NewVar). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_GC_NewVar<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    _PyObject_GC_NewVar(typeobj, n).cast()
}

/// Resizes a variable-size GC object to `n` items; returns NULL on failure.
#[cfg(not(PyPy))]
#[inline]
///
/// C API: [`PyObject_GC_Resize`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_Resize). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_GC_Resize<T>(op: *mut PyObject, n: Py_ssize_t) -> *mut T {
    _PyObject_GC_Resize(op.cast(), n).cast()
}

// PyPy's header turns GC tracking into no-ops.
#[cfg(PyPy)]
#[inline(always)]
/// C API: [`PyObject_GC_Track`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_Track). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn PyObject_GC_Track(_op: *mut core::ffi::c_void) {}

#[cfg(PyPy)]
#[inline(always)]
/// C API: [`PyObject_GC_UnTrack`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_UnTrack). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn PyObject_GC_UnTrack(_op: *mut core::ffi::c_void) {}

/// Whether instances of the type carry a GC header.
#[inline]
///
/// C API: [`PyType_IS_GC`](https://docs.python.org/3/c-api/type.html#c.PyType_IS_GC). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyType_IS_GC(t: *mut PyTypeObject) -> core::ffi::c_int {
    PyType_HasFeature(t, Py_TPFLAGS_HAVE_GC)
}

// objimpl.h's macro spellings of the allocators and initialisers (the same in every
// version and PyPy, but for PyObject_INIT before 3.9: see there).

/// `PyObject_MALLOC`: `PyObject_Malloc`.
#[inline]
///
/// C API: [`PyObject_MALLOC`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_MALLOC). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_MALLOC(n: usize) -> *mut c_void {
    // PyPy before 3.11 declares the size `unsigned long`.
    PyObject_Malloc(n as _)
}

/// `PyObject_REALLOC`: `PyObject_Realloc`.
#[inline]
///
/// C API: [`PyObject_REALLOC`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_REALLOC). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_REALLOC(p: *mut c_void, n: usize) -> *mut c_void {
    PyObject_Realloc(p, n as _)
}

/// `PyObject_FREE`: `PyObject_Free`.
#[inline]
///
/// C API: [`PyObject_FREE`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_FREE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_FREE(p: *mut c_void) {
    PyObject_Free(p)
}

/// `PyObject_Del`: `PyObject_Free`.
#[inline]
///
/// C API: [`PyObject_Del`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_Del). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_Del(p: *mut c_void) {
    PyObject_Free(p)
}

/// `PyObject_DEL`: `PyObject_Free`.
#[inline]
///
/// C API: [`PyObject_DEL`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_DEL). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_DEL(p: *mut c_void) {
    PyObject_Free(p)
}

/// `PyObject_INIT(op, typeobj)`: `PyObject_Init(op, typeobj)`, which 3.9+ and PyPy
/// expand to. 3.7's macro and 3.8's `_PyObject_INIT` do the same work without
/// `PyObject_Init`'s null check (a null `op` then sets MemoryError instead of crashing).
#[inline]
///
/// C API: [`PyObject_INIT`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_INIT). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_INIT(op: *mut PyObject, typeobj: *mut PyTypeObject) -> *mut PyObject {
    PyObject_Init(op, typeobj)
}

/// `PyObject_INIT_VAR(op, typeobj, size)`: `PyObject_InitVar(op, typeobj, size)`, as
/// `PyObject_INIT` (the same note for 3.7 and 3.8).
#[inline]
///
/// C API: [`PyObject_INIT_VAR`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_INIT_VAR). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PyObject_INIT_VAR(
    op: *mut PyVarObject,
    typeobj: *mut PyTypeObject,
    size: Py_ssize_t,
) -> *mut PyVarObject {
    PyObject_InitVar(op, typeobj, size)
}

/// `PyObject_NEW(type, typeobj)`: `PyObject_New(type, typeobj)`; the C type is `T`.
#[inline]
///
/// C API: [`PyObject_NEW`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_NEW). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a new reference.
pub unsafe fn PyObject_NEW<T>(typeobj: *mut PyTypeObject) -> *mut T {
    PyObject_New::<T>(typeobj)
}

/// `PyObject_NEW_VAR(type, typeobj, n)`: `PyObject_NewVar(type, typeobj, n)`.
#[inline]
///
/// C API: [`PyObject_NEW_VAR`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_NEW_VAR). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a new reference.
pub unsafe fn PyObject_NEW_VAR<T>(typeobj: *mut PyTypeObject, n: Py_ssize_t) -> *mut T {
    PyObject_NewVar::<T>(typeobj, n)
}

/// `Py_VISIT(op)` inside a `tp_traverse` function: calls `visit(op, arg)` when `op` is
/// not NULL, and returns its result from the enclosing function when nonzero. C's macro
/// uses the traverse function's `visit` and `arg` parameters by name; Rust's macros
/// cannot, so they are passed: `Py_VISIT!(self_.field, visit, arg);`.
#[macro_export]
macro_rules! Py_VISIT {
    ($op:expr, $visit:expr, $arg:expr) => {{
        let op: *mut $crate::PyObject = ($op).cast();
        if !op.is_null() {
            #[allow(unused_unsafe)]
            let vret = unsafe { ($visit)(op, $arg) };
            if vret != 0 {
                return vret;
            }
        }
    }};
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
pypy_prefixed! {
    extern "C" {
        #[cfg(any(not(PyPy), Py_3_11))]
        /// C API: [`PyObject_Malloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Malloc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Malloc(size: usize) -> *mut c_void;
        #[cfg(all(not(Py_3_11), PyPy))]
        /// C API: [`PyObject_Malloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Malloc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Malloc(n: c_ulong) -> *mut c_void;
        #[cfg(any(not(PyPy), Py_3_11))]
        /// C API: [`PyObject_Calloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Calloc) (docs: added 3.5). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyObject_Calloc(nelem: usize, elsize: usize) -> *mut c_void;
        #[cfg(all(not(Py_3_11), PyPy))]
        /// C API: [`PyObject_Calloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Calloc) (docs: added 3.5). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.7.
        pub fn PyObject_Calloc(nelem: c_ulong, elsize: c_ulong) -> *mut c_void;
        #[cfg(any(not(PyPy), Py_3_11))]
        /// C API: [`PyObject_Realloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Realloc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Realloc(ptr: *mut c_void, new_size: usize) -> *mut c_void;
        #[cfg(all(not(Py_3_11), PyPy))]
        /// C API: [`PyObject_Realloc`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Realloc). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Realloc(p: *mut c_void, n: c_ulong) -> *mut c_void;
        /// C API: [`PyObject_Free`](https://docs.python.org/3/c-api/memory.html#c.PyObject_Free). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_Free(ptr: *mut c_void);
        /// C API: [`PyObject_Init`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_Init). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a borrowed reference.
        pub fn PyObject_Init(op: *mut PyObject, type_: *mut PyTypeObject) -> *mut PyObject;
        /// C API: [`PyObject_InitVar`](https://docs.python.org/3/c-api/allocation.html#c.PyObject_InitVar). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Returns a borrowed reference.
        pub fn PyObject_InitVar(
            op: *mut PyVarObject,
            type_: *mut PyTypeObject,
            size: Py_ssize_t,
        ) -> *mut PyVarObject;
        #[cfg(not(PyPy))]
        /// C API: [`PyGC_Collect`](https://docs.python.org/3/c-api/gcsupport.html#c.PyGC_Collect). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyGC_Collect() -> Py_ssize_t;
        #[cfg(all(Py_3_11, PyPy))]
        /// C API: [`PyGC_Collect`](https://docs.python.org/3/c-api/gcsupport.html#c.PyGC_Collect). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyGC_Collect() -> c_int;
        #[cfg(Py_3_10)]
        /// C API: [`PyGC_Enable`](https://docs.python.org/3/c-api/gcsupport.html#c.PyGC_Enable) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub fn PyGC_Enable() -> c_int;
        #[cfg(Py_3_10)]
        /// C API: [`PyGC_Disable`](https://docs.python.org/3/c-api/gcsupport.html#c.PyGC_Disable) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub fn PyGC_Disable() -> c_int;
        #[cfg(Py_3_10)]
        /// C API: [`PyGC_IsEnabled`](https://docs.python.org/3/c-api/gcsupport.html#c.PyGC_IsEnabled) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
        pub fn PyGC_IsEnabled() -> c_int;
        #[cfg(not(PyPy))]
        /// C API: [`PyObject_GC_Track`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_Track). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_GC_Track(op: *mut c_void);
        #[cfg(not(PyPy))]
        /// C API: [`PyObject_GC_UnTrack`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_UnTrack). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_GC_UnTrack(op: *mut c_void);
        /// C API: [`PyObject_GC_Del`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_Del). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn PyObject_GC_Del(op: *mut c_void);
        #[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
        /// C API: [`PyObject_GC_IsTracked`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_IsTracked) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
        pub fn PyObject_GC_IsTracked(op: *mut PyObject) -> c_int;
        #[cfg(any(all(Py_3_9, not(PyPy)), Py_3_11))]
        /// C API: [`PyObject_GC_IsFinalized`](https://docs.python.org/3/c-api/gcsupport.html#c.PyObject_GC_IsFinalized) (docs: added 3.9). In the headers from 3.9. Limited API and stable ABI since 3.9.
        pub fn PyObject_GC_IsFinalized(op: *mut PyObject) -> c_int;
    }
}
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
#[repr(C)]
#[repr(align(16))]
#[derive(Copy, Clone)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.8.
pub union PyGC_Head {
    pub gc: PyGC_HeadGc,
    pub dummy: u128,
}
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
/// The anonymous struct of `PyGC_Head.gc` in C.
#[repr(C)]
#[derive(Copy, Clone)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub struct PyGC_HeadGc {
    pub gc_next: *mut PyGC_Head,
    pub gc_prev: *mut PyGC_Head,
    pub gc_refs: Py_ssize_t,
}
