//! Declarations of CPython's `Include/refcount.h` (part of `object.h` before 3.14).
//!
//! Reference counting follows the header of the version compiled for: a plain count
//! before 3.12, immortal objects from 3.12, a 32-bit count beside flags from 3.14, biased
//! counts (`ob_ref_local`/`ob_ref_shared`) without the GIL, and calls to `_Py_IncRef` /
//! `_Py_DecRef` in the stable ABI from 3.12 (from 3.10 with `Py_REF_DEBUG`).

// Imports: written by pyffi-gen from the names used here.
use crate::pyport::Py_ssize_t;
use crate::object::PyObject;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(Py_3_12, not(Py_3_14)))]
use crate::object::_Py_IMMORTAL_REFCNT;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API)))]
use crate::object::Py_TYPE;
#[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
use crate::object::_Py_UNOWNED_TID;
#[allow(unused_imports)] // used on some targets only
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
use crate::cpython::object::PyTypeObject;
#[cfg(all(not(Py_LIMITED_API), Py_GIL_DISABLED))]
use crate::cpython::object::_Py_IsOwnedByCurrentThread;

#[allow(unused_imports)]
use core::ffi::{c_char, c_int};
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
use core::sync::atomic::{AtomicIsize, AtomicU32, Ordering};

// The immortal counts of 3.14+, which depend on the pointer width.
#[cfg(all(Py_3_14, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
pub use immortal_counts::*;

#[cfg(all(Py_3_14, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
mod immortal_counts {
    // Imports: written by pyffi-gen from the names used here.
    #[allow(unused_imports)] // used on some targets only
    use crate::pyport::Py_ssize_t;
    #[allow(unused_imports)] // used on some targets only
    use crate::object::{_Py_IMMORTAL_FLAGS, _Py_STATICALLY_ALLOCATED_FLAG};

    /// Count that `PyObject_HEAD_INIT` and the runtime give immortal objects (3.14+).
    #[cfg(target_pointer_width = "64")]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_IMMORTAL_INITIAL_REFCNT: Py_ssize_t = 3 << 30;
    #[cfg(target_pointer_width = "32")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_IMMORTAL_INITIAL_REFCNT: Py_ssize_t = 5 << 28;
    /// From this count on, an object is immortal (3.14+).
    #[cfg(target_pointer_width = "64")]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_IMMORTAL_MINIMUM_REFCNT: Py_ssize_t = 1 << 31;
    #[cfg(target_pointer_width = "32")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_IMMORTAL_MINIMUM_REFCNT: Py_ssize_t = 1 << 30;
    /// `ob_refcnt_full` of statically allocated immortal objects: the flags sit in bits 48-63.
    #[cfg(target_pointer_width = "64")]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_STATIC_IMMORTAL_INITIAL_REFCNT: Py_ssize_t = _Py_IMMORTAL_INITIAL_REFCNT
        | (((_Py_STATICALLY_ALLOCATED_FLAG | _Py_IMMORTAL_FLAGS) as Py_ssize_t) << 48);
    #[cfg(target_pointer_width = "32")]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.14. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub const _Py_STATIC_IMMORTAL_INITIAL_REFCNT: Py_ssize_t = 7 << 28;
    #[cfg(target_pointer_width = "32")]
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub const _Py_STATIC_IMMORTAL_MINIMUM_REFCNT: Py_ssize_t = 6 << 28;
}

/// `ob_ref_local` of immortal objects without the GIL.
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_IMMORTAL_REFCNT_LOCAL: u32 = u32::MAX;
/// `ob_ref_shared` keeps two flag bits below the count.
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_SHARED_SHIFT: Py_ssize_t = 2;
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_SHARED_FLAG_MASK: Py_ssize_t = 0x3;
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_SHARED_INIT: Py_ssize_t = 0x0;
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_MAYBE_WEAKREF: Py_ssize_t = 0x1;
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_QUEUED: Py_ssize_t = 0x2;
#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub const _Py_REF_MERGED: Py_ssize_t = 0x3;

/// `_Py_Dealloc`: calls the type's `tp_dealloc`. 3.8's header inlines the exported
/// function (`_Py_Dealloc_inline`); an `extern "C"` function keeps its type.
#[cfg(all(Py_3_8, not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.2, not in the limited API.
pub unsafe extern "C" fn _Py_Dealloc(op: *mut PyObject) {
    let dealloc = (*Py_TYPE(op)).tp_dealloc.expect("a type has tp_dealloc");
    dealloc(op)
}

// Private functions the inline code below calls, as the headers declare them.
extern "C" {
    /// Calls the type's `tp_dealloc`; `Py_DECREF` calls it when the count reaches zero.
    #[cfg(not(all(Py_3_8, not(Py_3_9), not(Py_LIMITED_API), not(PyPy))))]
    #[cfg_attr(PyPy, link_name = "_PyPy_Dealloc")]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.2, not in the limited API.
    pub fn _Py_Dealloc(op: *mut PyObject);
    /// `Py_IncRef` without the NULL check: the stable ABI's `Py_INCREF` (not PyPy's).
    #[cfg(all(Py_3_10, not(PyPy)))]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.10, not in the limited API.
    pub fn _Py_IncRef(op: *mut PyObject);
    /// `Py_DecRef` without the NULL check: the stable ABI's `Py_DECREF` (not PyPy's).
    #[cfg(all(Py_3_10, not(PyPy)))]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.10, not in the limited API.
    pub fn _Py_DecRef(op: *mut PyObject);
    /// `Py_SET_REFCNT` of the stable ABI (3.13+).
    #[cfg(Py_3_13)]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.13, not in the limited API.
    pub fn _Py_SetRefcnt(ob: *mut PyObject, refcnt: Py_ssize_t);

    #[cfg(all(not(Py_3_12), py_sys_config = "Py_REF_DEBUG"))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.8 to 3.11. Declared in [`Include/object.h`](https://github.com/python/cpython/blob/3.11/Include/object.h). Stable ABI since 3.10, not in the limited API.
    pub static mut _Py_RefTotal: Py_ssize_t;
    #[cfg(all(py_sys_config = "Py_REF_DEBUG", any(not(Py_3_12), not(Py_LIMITED_API))))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.8. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h). Stable ABI since 3.10, not in the limited API.
    pub fn _Py_NegativeRefcount(filename: *const c_char, lineno: c_int, op: *mut PyObject);
    #[cfg(all(Py_3_12, py_sys_config = "Py_REF_DEBUG", not(Py_LIMITED_API)))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub fn _Py_INCREF_IncRefTotal();
    #[cfg(all(Py_3_12, py_sys_config = "Py_REF_DEBUG", not(Py_LIMITED_API)))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub fn _Py_DECREF_DecRefTotal();

    /// `Py_DECREF` of an object another thread owns.
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub fn _Py_DecRefShared(op: *mut PyObject);
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    /// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub fn _Py_DecRefSharedDebug(op: *mut PyObject, filename: *const c_char, lineno: c_int);
    /// Called by the owning thread when `ob_ref_local` reaches zero.
    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    ///
    /// C API: no entry in CPython's C-API docs. In the headers from 3.13. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
    pub fn _Py_MergeZeroLocalRefcount(op: *mut PyObject);
}

/// C's `op->ob_refcnt` as a `Py_ssize_t`: the whole field, `ob_refcnt_full` on 64-bit 3.14+.
#[cfg(not(Py_GIL_DISABLED))]
#[inline(always)]
unsafe fn refcnt(op: *mut PyObject) -> *mut Py_ssize_t {
    (&raw mut (*op).ob_refcnt).cast()
}

/// The low 32 bits of the count on 64-bit: `ob_refcnt_split[PY_BIG_ENDIAN]` in 3.12 and
/// 3.13, `ob_refcnt` in 3.14+.
#[cfg(all(Py_3_12, not(Py_GIL_DISABLED), target_pointer_width = "64"))]
#[inline(always)]
unsafe fn refcnt_low(op: *mut PyObject) -> *mut u32 {
    (&raw mut (*op).ob_refcnt)
        .cast::<u32>()
        .add(cfg!(target_endian = "big") as usize)
}

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn ref_local<'a>(op: *mut PyObject) -> &'a AtomicU32 {
    &(*op).ob_ref_local
}

#[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
#[inline(always)]
unsafe fn ref_shared<'a>(op: *mut PyObject) -> &'a AtomicIsize {
    &(*op).ob_ref_shared
}

/// The caller's file as a C string: C passes `__FILE__`/`__LINE__` of the `Py_DECREF`
/// call, which `#[track_caller]` gives us.
#[cfg(all(py_sys_config = "Py_REF_DEBUG", any(not(Py_3_12), not(Py_LIMITED_API))))]
#[track_caller]
#[inline(always)]
fn caller_location() -> ([u8; 256], c_int) {
    let loc = core::panic::Location::caller();
    let mut file = [0u8; 256];
    let n = loc.file().len().min(file.len() - 1);
    file[..n].copy_from_slice(&loc.file().as_bytes()[..n]);
    (file, loc.line() as c_int)
}

#[cfg(all(py_sys_config = "Py_REF_DEBUG", any(not(Py_3_12), not(Py_LIMITED_API))))]
#[track_caller]
#[cold]
#[inline(never)]
unsafe fn negative_refcount(op: *mut PyObject) {
    let (file, line) = caller_location();
    _Py_NegativeRefcount(file.as_ptr().cast(), line, op);
}

#[cfg(all(Py_GIL_DISABLED, py_sys_config = "Py_REF_DEBUG", not(Py_LIMITED_API)))]
#[track_caller]
#[inline(never)]
unsafe fn dec_ref_shared_debug(op: *mut PyObject) {
    let (file, line) = caller_location();
    _Py_DecRefSharedDebug(op, file.as_ptr().cast(), line);
}

/// 3.7 expands `_Py_Dealloc` to the `tp_dealloc` call unless the limited API or
/// `Py_TRACE_REFS` is on; from 3.8 `Py_DECREF` calls the function.
#[cfg(not(Py_3_12))]
#[inline(always)]
unsafe fn dealloc(op: *mut PyObject) {
    #[cfg(all(not(Py_3_8), not(Py_LIMITED_API), not(py_sys_config = "Py_TRACE_REFS")))]
    {
        #[cfg(py_sys_config = "COUNT_ALLOCS")]
        dec_count(Py_TYPE(op));
        ((*Py_TYPE(op)).tp_dealloc.unwrap_unchecked())(op);
    }
    #[cfg(any(Py_3_8, Py_LIMITED_API, py_sys_config = "Py_TRACE_REFS"))]
    _Py_Dealloc(op);
}

#[cfg(all(not(Py_3_8), not(Py_LIMITED_API), py_sys_config = "COUNT_ALLOCS"))]
extern "C" {
    fn dec_count(tp: *mut PyTypeObject);
}

/// Whether `op` is immortal (3.12+): its count never changes.
#[cfg(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
#[inline(always)]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.12. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub unsafe fn _Py_IsImmortal(op: *mut PyObject) -> c_int {
    #[cfg(Py_GIL_DISABLED)]
    let r = ref_local(op).load(Ordering::Relaxed) == _Py_IMMORTAL_REFCNT_LOCAL;
    // The sign bit of the low 32 bits.
    #[cfg(all(not(Py_GIL_DISABLED), target_pointer_width = "64"))]
    let r = (*refcnt_low(op) as i32) < 0;
    #[cfg(all(not(Py_GIL_DISABLED), target_pointer_width = "32", not(Py_3_14)))]
    let r = *refcnt(op) == _Py_IMMORTAL_REFCNT;
    #[cfg(all(not(Py_GIL_DISABLED), target_pointer_width = "32", Py_3_14))]
    let r = *refcnt(op) >= _Py_IMMORTAL_MINIMUM_REFCNT;
    r as c_int
}

/// The object's reference count. The stable ABI calls the exported function from 3.14
/// (declared below the marker).
#[cfg(not(all(Py_LIMITED_API, Py_3_14)))]
#[inline(always)]
///
/// C API: [`Py_REFCNT`](https://docs.python.org/3/c-api/refcounting.html#c.Py_REFCNT) (docs: changed 3.10, 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.14.
pub unsafe fn Py_REFCNT(ob: *mut PyObject) -> Py_ssize_t {
    #[cfg(Py_GIL_DISABLED)]
    {
        let local = ref_local(ob).load(Ordering::Relaxed);
        if local == _Py_IMMORTAL_REFCNT_LOCAL {
            #[cfg(not(Py_3_14))]
            return _Py_IMMORTAL_REFCNT;
            #[cfg(Py_3_14)]
            return _Py_IMMORTAL_INITIAL_REFCNT;
        }
        let shared = ref_shared(ob).load(Ordering::Relaxed);
        local as Py_ssize_t + (shared >> _Py_REF_SHARED_SHIFT)
    }
    #[cfg(all(not(Py_GIL_DISABLED), any(not(Py_3_14), target_pointer_width = "32")))]
    {
        *refcnt(ob)
    }
    // The 32-bit count, zero-extended.
    #[cfg(all(not(Py_GIL_DISABLED), Py_3_14, target_pointer_width = "64"))]
    {
        *refcnt_low(ob) as Py_ssize_t
    }
}

/// Sets the reference count; immortal objects keep theirs (3.12+).
#[cfg(Py_3_9)]
#[inline]
///
/// C API: [`Py_SET_REFCNT`](https://docs.python.org/3/c-api/refcounting.html#c.Py_SET_REFCNT) (docs: added 3.9; changed 3.12). In the headers from 3.9. Limited API and stable ABI since 3.9.
pub unsafe fn Py_SET_REFCNT(ob: *mut PyObject, refcnt: Py_ssize_t) {
    #[cfg(all(Py_LIMITED_API, Py_3_13))]
    _Py_SetRefcnt(ob, refcnt);
    #[cfg(not(all(Py_LIMITED_API, Py_3_13)))]
    {
        #[cfg(Py_3_12)]
        if _Py_IsImmortal(ob) != 0 {
            return;
        }
        #[cfg(all(not(Py_GIL_DISABLED), any(not(Py_3_14), target_pointer_width = "32")))]
        {
            *self::refcnt(ob) = refcnt;
        }
        #[cfg(all(not(Py_GIL_DISABLED), Py_3_14, target_pointer_width = "64"))]
        {
            *refcnt_low(ob) = refcnt as u32;
        }
        #[cfg(Py_GIL_DISABLED)]
        {
            if _Py_IsOwnedByCurrentThread(ob) != 0 {
                if refcnt as usize > u32::MAX as usize {
                    // On overflow the object becomes immortal.
                    (*ob).ob_tid = _Py_UNOWNED_TID;
                    ref_local(ob).store(_Py_IMMORTAL_REFCNT_LOCAL, Ordering::Relaxed);
                    ref_shared(ob).store(0, Ordering::Relaxed);
                } else {
                    // Keep the shared flags.
                    ref_local(ob).store(refcnt as u32, Ordering::Relaxed);
                    ref_shared(ob).fetch_and(_Py_REF_SHARED_FLAG_MASK, Ordering::Relaxed);
                }
            } else {
                (*ob).ob_tid = _Py_UNOWNED_TID;
                ref_local(ob).store(0, Ordering::Relaxed);
                ref_shared(ob).store(
                    (refcnt << _Py_REF_SHARED_SHIFT).wrapping_add(_Py_REF_MERGED),
                    Ordering::Relaxed,
                );
            }
        }
    }
}

/// Takes a new strong reference to `op`, which must not be NULL.
#[inline(always)]
///
/// C API: [`Py_INCREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_INCREF) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn Py_INCREF(op: *mut PyObject) {
    // The stable ABI calls the runtime from 3.12, and from 3.10 in debug builds.
    #[cfg(all(
        Py_LIMITED_API,
        any(Py_3_12, all(Py_3_10, py_sys_config = "Py_REF_DEBUG"))
    ))]
    _Py_IncRef(op);

    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    {
        let new_local = ref_local(op).load(Ordering::Relaxed).wrapping_add(1);
        if new_local == 0 {
            return; // immortal
        }
        if _Py_IsOwnedByCurrentThread(op) != 0 {
            ref_local(op).store(new_local, Ordering::Relaxed);
        } else {
            ref_shared(op).fetch_add(1 << _Py_REF_SHARED_SHIFT, Ordering::SeqCst);
        }
        #[cfg(all(py_sys_config = "Py_REF_DEBUG", not(Py_3_14)))]
        _Py_INCREF_IncRefTotal();
        #[cfg(all(py_sys_config = "Py_REF_DEBUG", Py_3_14))]
        if _Py_IsImmortal(op) == 0 {
            _Py_INCREF_IncRefTotal();
        }
    }

    #[cfg(all(
        not(Py_GIL_DISABLED),
        not(all(
            Py_LIMITED_API,
            any(Py_3_12, all(Py_3_10, py_sys_config = "Py_REF_DEBUG"))
        ))
    ))]
    {
        #[cfg(not(Py_3_12))]
        {
            #[cfg(py_sys_config = "Py_REF_DEBUG")]
            {
                *(&raw mut _Py_RefTotal) += 1;
            }
            *refcnt(op) = (*refcnt(op)).wrapping_add(1);
        }
        // Saturated add on the low 32 bits: all ones is immortal.
        #[cfg(all(Py_3_12, not(Py_3_14), target_pointer_width = "64"))]
        {
            let new_refcnt = (*refcnt_low(op)).wrapping_add(1);
            if new_refcnt == 0 {
                return;
            }
            *refcnt_low(op) = new_refcnt;
        }
        #[cfg(all(Py_3_14, target_pointer_width = "64"))]
        {
            let cur_refcnt = *refcnt_low(op);
            if cur_refcnt as Py_ssize_t >= _Py_IMMORTAL_INITIAL_REFCNT {
                return;
            }
            *refcnt_low(op) = cur_refcnt + 1;
        }
        #[cfg(all(Py_3_12, target_pointer_width = "32"))]
        {
            if _Py_IsImmortal(op) != 0 {
                return;
            }
            *refcnt(op) = (*refcnt(op)).wrapping_add(1);
        }
        #[cfg(all(Py_3_12, not(Py_3_14), py_sys_config = "Py_REF_DEBUG"))]
        _Py_INCREF_IncRefTotal();
        #[cfg(all(Py_3_14, py_sys_config = "Py_REF_DEBUG"))]
        if _Py_IsImmortal(op) == 0 {
            _Py_INCREF_IncRefTotal();
        }
    }
}

/// Releases a strong reference to `op`, which must not be NULL; deallocates the object
/// when the count reaches zero.
#[inline(always)]
#[cfg_attr(py_sys_config = "Py_REF_DEBUG", track_caller)]
///
/// C API: [`Py_DECREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_DECREF) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Steals a reference to `o`.
pub unsafe fn Py_DECREF(op: *mut PyObject) {
    #[cfg(all(
        Py_LIMITED_API,
        any(Py_3_12, all(Py_3_10, py_sys_config = "Py_REF_DEBUG"))
    ))]
    _Py_DecRef(op);

    #[cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]
    {
        let local = ref_local(op).load(Ordering::Relaxed);
        if local == _Py_IMMORTAL_REFCNT_LOCAL {
            return;
        }
        #[cfg(py_sys_config = "Py_REF_DEBUG")]
        _Py_DECREF_DecRefTotal();
        if _Py_IsOwnedByCurrentThread(op) != 0 {
            #[cfg(py_sys_config = "Py_REF_DEBUG")]
            if local == 0 {
                negative_refcount(op);
            }
            let local = local.wrapping_sub(1);
            ref_local(op).store(local, Ordering::Relaxed);
            if local == 0 {
                _Py_MergeZeroLocalRefcount(op);
            }
        } else {
            #[cfg(not(py_sys_config = "Py_REF_DEBUG"))]
            _Py_DecRefShared(op);
            #[cfg(py_sys_config = "Py_REF_DEBUG")]
            dec_ref_shared_debug(op);
        }
    }

    #[cfg(all(
        not(Py_GIL_DISABLED),
        not(all(
            Py_LIMITED_API,
            any(Py_3_12, all(Py_3_10, py_sys_config = "Py_REF_DEBUG"))
        ))
    ))]
    {
        #[cfg(not(Py_3_12))]
        {
            #[cfg(py_sys_config = "Py_REF_DEBUG")]
            {
                *(&raw mut _Py_RefTotal) -= 1;
            }
            let refcnt = (*refcnt(op)).wrapping_sub(1);
            *self::refcnt(op) = refcnt;
            if refcnt != 0 {
                #[cfg(py_sys_config = "Py_REF_DEBUG")]
                if refcnt < 0 {
                    negative_refcount(op);
                }
            } else {
                dealloc(op);
            }
        }
        #[cfg(Py_3_12)]
        {
            // A freed object has a negative count; a count close to 2**32 is an underflow.
            #[cfg(all(py_sys_config = "Py_REF_DEBUG", Py_3_14, target_pointer_width = "64"))]
            if *refcnt(op) <= 0 || *refcnt_low(op) > u32::MAX - (1 << 20) {
                negative_refcount(op);
            }
            #[cfg(all(
                py_sys_config = "Py_REF_DEBUG",
                any(not(Py_3_14), target_pointer_width = "32")
            ))]
            if *refcnt(op) <= 0 {
                negative_refcount(op);
            }
            if _Py_IsImmortal(op) != 0 {
                return;
            }
            #[cfg(py_sys_config = "Py_REF_DEBUG")]
            _Py_DECREF_DecRefTotal();
            #[cfg(any(not(Py_3_14), target_pointer_width = "32"))]
            let is_zero = {
                *refcnt(op) = (*refcnt(op)).wrapping_sub(1);
                *refcnt(op) == 0
            };
            #[cfg(all(Py_3_14, target_pointer_width = "64"))]
            let is_zero = {
                *refcnt_low(op) = (*refcnt_low(op)).wrapping_sub(1);
                *refcnt_low(op) == 0
            };
            if is_zero {
                _Py_Dealloc(op);
            }
        }
    }
}

/// Decrements the count and sets `*op` to NULL first, so that the object's deallocator
/// never sees itself through `*op`. Does nothing when `*op` is NULL.
#[inline]
#[cfg_attr(py_sys_config = "Py_REF_DEBUG", track_caller)]
///
/// C API: [`Py_CLEAR`](https://docs.python.org/3/c-api/refcounting.html#c.Py_CLEAR) (docs: changed 3.12). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2. Steals a reference to `o`.
pub unsafe fn Py_CLEAR(op: *mut *mut PyObject) {
    let tmp = *op;
    if !tmp.is_null() {
        *op = core::ptr::null_mut();
        Py_DECREF(tmp);
    }
}

/// `Py_INCREF` for a pointer that may be NULL.
#[inline]
///
/// C API: [`Py_XINCREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XINCREF). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn Py_XINCREF(op: *mut PyObject) {
    if !op.is_null() {
        Py_INCREF(op);
    }
}

/// `Py_DECREF` for a pointer that may be NULL.
#[inline]
#[cfg_attr(py_sys_config = "Py_REF_DEBUG", track_caller)]
///
/// C API: [`Py_XDECREF`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XDECREF). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
pub unsafe fn Py_XDECREF(op: *mut PyObject) {
    if !op.is_null() {
        Py_DECREF(op);
    }
}

/// The inline body of `Py_NewRef` (3.10+): `Py_INCREF`, then returns `obj`.
#[cfg(Py_3_10)]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub unsafe fn _Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_INCREF(obj);
    obj
}

/// The inline body of `Py_XNewRef` (3.10+): `Py_XINCREF`, then returns `obj`.
#[cfg(Py_3_10)]
#[inline]
///
/// C API: no entry in CPython's C-API docs. In the headers from 3.10. Declared in [`Include/refcount.h`](https://github.com/python/cpython/blob/3.15/Include/refcount.h).
pub unsafe fn _Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_XINCREF(obj);
    obj
}

// C's headers make them static inlines in every configuration, over `Py_INCREF`; the
// stable ABI also exports functions of these names. PyPy exports none. pyo3-ffi declares
// the exports under the limited API, so there these are `extern "C"` functions, which
// have that type and still inline.
/// A new strong reference to `obj`, which must not be NULL.
#[cfg(all(Py_3_10, any(PyPy, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`Py_NewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_NewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_INCREF(obj);
    obj
}

/// A new strong reference to `obj`, or NULL if `obj` is NULL.
#[cfg(all(Py_3_10, any(PyPy, not(Py_LIMITED_API))))]
#[inline]
///
/// C API: [`Py_XNewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XNewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_XINCREF(obj);
    obj
}

/// A new strong reference to `obj`, which must not be NULL.
#[cfg(all(Py_3_10, Py_LIMITED_API, not(PyPy)))]
#[inline]
///
/// C API: [`Py_NewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_NewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe extern "C" fn Py_NewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_INCREF(obj);
    obj
}

/// A new strong reference to `obj`, or NULL if `obj` is NULL.
#[cfg(all(Py_3_10, Py_LIMITED_API, not(PyPy)))]
#[inline]
///
/// C API: [`Py_XNewRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_XNewRef) (docs: added 3.10). In the headers from 3.10. Limited API and stable ABI since 3.10.
pub unsafe extern "C" fn Py_XNewRef(obj: *mut PyObject) -> *mut PyObject {
    Py_XINCREF(obj);
    obj
}

/// The reference `Py_RETURN_*!` return: the singleton `o` counted before 3.12, as C's macros
/// do; from 3.12 the immortal object as it is, uncounted.
#[doc(hidden)]
#[inline(always)]
///
/// C API: no entry in CPython's C-API docs. Not in CPython's headers.
pub unsafe fn _Py_ReturnSingleton(o: *mut PyObject) -> *mut PyObject {
    #[cfg(not(Py_3_12))]
    Py_INCREF(o);
    o
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
pypy_prefixed! {
    extern "C" {
        #[cfg(all(Py_3_14, Py_LIMITED_API))]
        /// C API: [`Py_REFCNT`](https://docs.python.org/3/c-api/refcounting.html#c.Py_REFCNT) (docs: changed 3.10, 3.11). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.14.
        pub fn Py_REFCNT(ob: *mut PyObject) -> Py_ssize_t;
        /// C API: [`Py_IncRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_IncRef). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_IncRef(o: *mut PyObject);
        /// C API: [`Py_DecRef`](https://docs.python.org/3/c-api/refcounting.html#c.Py_DecRef). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.2.
        pub fn Py_DecRef(o: *mut PyObject);
    }
}
