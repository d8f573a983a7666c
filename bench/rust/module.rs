//! Not a CPython header: the benchmark module in Rust, built twice, on pyffi
//! (`pyffi/Cargo.toml`) and on pyo3-ffi 0.30.1 (`pyo3-ffi/Cargo.toml`), both of which
//! name their dependency `ffi`. Every function mirrors its twin in `../c/benchmod.c`.
#![allow(non_snake_case, clippy::missing_safety_doc)]

use core::ffi::{c_char, c_int, c_long};
#[cfg(not(Py_LIMITED_API))]
use core::ffi::c_void;
use core::ptr;
use ffi::*;
// Both bindings have Py_NewRef at the root from 3.10 only, and in `compat` always.
use ffi::compat::Py_NewRef;

/// The limited API names `METH_FASTCALL` from 3.10 only; the interpreter takes it.
const FASTCALL: c_int = 0x0080;

type Args = *const *mut PyObject;

// The limited API has functions where the full API has macros: the same split as C's.
#[cfg(Py_LIMITED_API)]
mod access {
    use super::*;
    pub unsafe fn list_size(o: *mut PyObject) -> Py_ssize_t {
        PyList_Size(o)
    }
    pub unsafe fn list_get(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
        PyList_GetItem(o, i)
    }
    pub unsafe fn tuple_size(o: *mut PyObject) -> Py_ssize_t {
        PyTuple_Size(o)
    }
    pub unsafe fn tuple_get(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
        PyTuple_GetItem(o, i)
    }
    pub unsafe fn float_value(o: *mut PyObject) -> f64 {
        PyFloat_AsDouble(o)
    }
}
#[cfg(not(Py_LIMITED_API))]
mod access {
    use super::*;
    #[inline(always)]
    pub unsafe fn list_size(o: *mut PyObject) -> Py_ssize_t {
        PyList_GET_SIZE(o)
    }
    #[inline(always)]
    pub unsafe fn list_get(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
        PyList_GET_ITEM(o, i)
    }
    #[inline(always)]
    pub unsafe fn tuple_size(o: *mut PyObject) -> Py_ssize_t {
        PyTuple_GET_SIZE(o)
    }
    #[inline(always)]
    pub unsafe fn tuple_get(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
        PyTuple_GET_ITEM(o, i)
    }
    #[inline(always)]
    pub unsafe fn float_value(o: *mut PyObject) -> f64 {
        PyFloat_AS_DOUBLE(o)
    }
}
use access::*;

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_noop(
    slf: *mut PyObject,
    _args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    Py_NewRef(slf)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_incdec(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let n = list_size(list);
    let mut i = 0;
    while i < n {
        Py_INCREF(list_get(list, i));
        i += 1;
    }
    i = 0;
    while i < n {
        Py_DECREF(list_get(list, i));
        i += 1;
    }
    Py_NewRef(Py_None())
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_list_sum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let mut total: c_long = 0;
    let n = list_size(list);
    let mut i = 0;
    while i < n {
        total = total.wrapping_add(PyLong_AsLong(list_get(list, i)));
        i += 1;
    }
    PyLong_FromLong(total)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_list_reverse(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let n = list_size(list);
    let (mut i, mut j) = (0, n - 1);
    while i < j {
        let (a, b) = (list_get(list, i), list_get(list, j));
        #[cfg(Py_LIMITED_API)]
        {
            // PyList_SetItem steals a reference and drops the old item's.
            Py_INCREF(a);
            Py_INCREF(b);
            PyList_SetItem(list, i, b);
            PyList_SetItem(list, j, a);
        }
        #[cfg(not(Py_LIMITED_API))]
        {
            PyList_SET_ITEM(list, i, b);
            PyList_SET_ITEM(list, j, a);
        }
        i += 1;
        j -= 1;
    }
    Py_NewRef(Py_None())
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_tuple_fsum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let tuple = *args;
    let mut total = 0.0;
    let n = tuple_size(tuple);
    let mut i = 0;
    while i < n {
        total += float_value(tuple_get(tuple, i));
        i += 1;
    }
    PyFloat_FromDouble(total)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_count_types(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let mut c: [c_long; 6] = [0; 6];
    let n = list_size(list);
    let mut i = 0;
    while i < n {
        let o = list_get(list, i);
        if PyLong_Check(o) != 0 {
            c[0] += 1;
        }
        if PyUnicode_Check(o) != 0 {
            c[1] += 1;
        }
        if PyFloat_Check(o) != 0 {
            c[2] += 1;
        }
        if PyTuple_Check(o) != 0 {
            c[3] += 1;
        }
        if PyList_Check(o) != 0 {
            c[4] += 1;
        }
        if PyDict_Check(o) != 0 {
            c[5] += 1;
        }
        i += 1;
    }
    PyLong_FromLong(c[0] + 10 * c[1] + 100 * c[2] + 1000 * c[3] + 10000 * c[4] + 100000 * c[5])
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_is_counts(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let mut c: [c_long; 4] = [0; 4];
    let n = list_size(list);
    let first = if n != 0 {
        list_get(list, 0)
    } else {
        ptr::null_mut()
    };
    let mut i = 0;
    while i < n {
        let o = list_get(list, i);
        if Py_Is(o, first) != 0 {
            c[0] += 1;
        }
        if Py_IsNone(o) != 0 {
            c[1] += 1;
        }
        if Py_IsTrue(o) != 0 {
            c[2] += 1;
        }
        if Py_IsFalse(o) != 0 {
            c[3] += 1;
        }
        i += 1;
    }
    PyLong_FromLong(c[0] + 1000 * c[1] + 1_000_000 * c[2] + 1_000_000_000 * c[3])
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_dict_sum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let dict = *args;
    let (mut key, mut value) = (ptr::null_mut(), ptr::null_mut());
    let mut pos: Py_ssize_t = 0;
    let mut total: c_long = 0;
    while PyDict_Next(dict, &mut pos, &mut key, &mut value) != 0 {
        total = total.wrapping_add(PyLong_AsLong(value));
    }
    PyLong_FromLong(total)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_utf8_len(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let mut total: Py_ssize_t = 0;
    let n = list_size(list);
    let mut i = 0;
    while i < n {
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        let mut size: Py_ssize_t = 0;
        #[cfg(any(Py_3_10, not(Py_LIMITED_API)))]
        if PyUnicode_AsUTF8AndSize(list_get(list, i), &mut size).is_null() {
            return ptr::null_mut();
        }
        #[cfg(not(any(Py_3_10, not(Py_LIMITED_API))))]
        let size = {
            let b = PyUnicode_AsUTF8String(list_get(list, i));
            if b.is_null() {
                return ptr::null_mut();
            }
            let size = PyBytes_Size(b);
            Py_DECREF(b);
            size
        };
        total += size;
        i += 1;
    }
    PyLong_FromSsize_t(total)
}

/// pyo3-ffi 0.30.1 has no `PyUnicode_READ`: its C definition, for that variant only.
#[cfg(all(not(Py_LIMITED_API), not(bench_pyffi)))]
#[inline(always)]
unsafe fn PyUnicode_READ(
    kind: core::ffi::c_uint,
    data: *const c_void,
    index: Py_ssize_t,
) -> Py_UCS4 {
    match kind {
        1 => *(data as *const u8).offset(index) as Py_UCS4,
        2 => *(data as *const u16).offset(index) as Py_UCS4,
        _ => *(data as *const u32).offset(index),
    }
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_ucs_sum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let s = *args;
    let mut total: c_long = 0;
    #[cfg(Py_LIMITED_API)]
    {
        let n = PyUnicode_GetLength(s);
        let mut i = 0;
        while i < n {
            total += PyUnicode_ReadChar(s, i) as c_long;
            i += 1;
        }
    }
    #[cfg(not(Py_LIMITED_API))]
    {
        let kind = PyUnicode_KIND(s);
        let data: *const c_void = PyUnicode_DATA(s);
        let n = PyUnicode_GET_LENGTH(s);
        let mut i = 0;
        while i < n {
            total += PyUnicode_READ(kind as _, data, i) as c_long;
            i += 1;
        }
    }
    PyLong_FromLong(total)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_bytes_sum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let b = *args;
    let mut total: c_long = 0;
    #[cfg(Py_LIMITED_API)]
    let (p, n): (*const c_char, Py_ssize_t) = (PyBytes_AsString(b), PyBytes_Size(b));
    // pyo3-ffi 0.30.1 has no `PyBytes_GET_SIZE`: C's macro is `Py_SIZE`.
    #[cfg(all(not(Py_LIMITED_API), bench_pyffi))]
    let (p, n): (*const c_char, Py_ssize_t) = (PyBytes_AS_STRING(b), PyBytes_GET_SIZE(b));
    #[cfg(all(not(Py_LIMITED_API), not(bench_pyffi)))]
    let (p, n): (*const c_char, Py_ssize_t) = (PyBytes_AS_STRING(b), Py_SIZE(b));
    let mut i = 0;
    while i < n {
        total += *(p as *const u8).offset(i) as c_long;
        i += 1;
    }
    PyLong_FromLong(total)
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_make_tuple(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let n = PyLong_AsSsize_t(*args);
    let t = PyTuple_New(n);
    if t.is_null() {
        return ptr::null_mut();
    }
    let mut i = 0;
    while i < n {
        #[cfg(Py_LIMITED_API)]
        PyTuple_SetItem(t, i, PyLong_FromSsize_t(i));
        #[cfg(not(Py_LIMITED_API))]
        PyTuple_SET_ITEM(t, i, PyLong_FromSsize_t(i));
        i += 1;
    }
    t
}

#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_make_list(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let obj = *args;
    let n = PyLong_AsSsize_t(*args.add(1));
    let l = PyList_New(n);
    if l.is_null() {
        return ptr::null_mut();
    }
    let mut i = 0;
    while i < n {
        #[cfg(Py_LIMITED_API)]
        PyList_SetItem(l, i, Py_NewRef(obj));
        #[cfg(not(Py_LIMITED_API))]
        PyList_SET_ITEM(l, i, Py_NewRef(obj));
        i += 1;
    }
    l
}

#[cfg(any(not(Py_LIMITED_API), Py_3_12))]
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_vcall(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let callable = *args;
    let n = PyLong_AsSsize_t(*args.add(2));
    let argv: [*mut PyObject; 2] = [ptr::null_mut(), *args.add(1)];
    let mut i = 0;
    while i < n {
        let r = PyObject_Vectorcall(
            callable,
            argv.as_ptr().add(1),
            1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            ptr::null_mut(),
        );
        if r.is_null() {
            return ptr::null_mut();
        }
        Py_DECREF(r);
        i += 1;
    }
    Py_NewRef(Py_None())
}

/// `Py_BEGIN_CRITICAL_SECTION(list)`: neither binding has a Rust form of the macro, so
/// this writes out its free-threaded expansion (with the GIL it is a bare block). It sums
/// the items minus one, so that rustc does not merge it with `bench_list_sum`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[no_mangle]
#[inline(never)]
pub unsafe extern "C" fn bench_crit_sum(
    _slf: *mut PyObject,
    args: Args,
    _nargs: Py_ssize_t,
) -> *mut PyObject {
    let list = *args;
    let mut total: c_long = 0;
    #[cfg(Py_GIL_DISABLED)]
    let mut cs: PyCriticalSection = core::mem::zeroed();
    #[cfg(Py_GIL_DISABLED)]
    PyCriticalSection_Begin(&mut cs, list);
    let n = PyList_GET_SIZE(list);
    let mut i = 0;
    while i < n {
        total = total.wrapping_add(PyLong_AsLong(PyList_GET_ITEM(list, i)) - 1);
        i += 1;
    }
    #[cfg(Py_GIL_DISABLED)]
    PyCriticalSection_End(&mut cs);
    PyLong_FromLong(total)
}

type Fast = unsafe extern "C" fn(*mut PyObject, Args, Py_ssize_t) -> *mut PyObject;

/// A `METH_FASTCALL` entry, through the `PyCFunction` member that every
/// configuration of both bindings has (C casts the same way).
const fn method(name: &'static core::ffi::CStr, f: Fast) -> PyMethodDef {
    PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: PyMethodDefPointer {
            PyCFunction: unsafe { core::mem::transmute::<Fast, PyCFunction>(f) },
        },
        ml_flags: FASTCALL,
        ml_doc: ptr::null(),
    }
}

// CPython stops at the first entry whose name is NULL.
const ZERO_METHOD: PyMethodDef = PyMethodDef::zeroed();

static mut METHODS: [PyMethodDef; 16] = {
    let mut m = [ZERO_METHOD; 16];
    m[0] = method(c"noop", bench_noop);
    m[1] = method(c"incdec", bench_incdec);
    m[2] = method(c"list_sum", bench_list_sum);
    m[3] = method(c"list_reverse", bench_list_reverse);
    m[4] = method(c"tuple_fsum", bench_tuple_fsum);
    m[5] = method(c"count_types", bench_count_types);
    m[6] = method(c"is_counts", bench_is_counts);
    m[7] = method(c"dict_sum", bench_dict_sum);
    m[8] = method(c"utf8_len", bench_utf8_len);
    m[9] = method(c"ucs_sum", bench_ucs_sum);
    m[10] = method(c"bytes_sum", bench_bytes_sum);
    m[11] = method(c"make_tuple", bench_make_tuple);
    m[12] = method(c"make_list", bench_make_list);
    #[cfg(any(not(Py_LIMITED_API), Py_3_12))]
    {
        m[13] = method(c"vcall", bench_vcall);
    }
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    {
        m[14] = method(c"crit_sum", bench_crit_sum);
    }
    m
};

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"benchmod".as_ptr(),
    m_doc: ptr::null(),
    m_size: 0,
    m_methods: ptr::addr_of_mut!(METHODS) as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[no_mangle]
pub unsafe extern "C" fn PyInit_benchmod() -> *mut PyObject {
    let m = PyModule_Create(ptr::addr_of_mut!(MODULE));
    #[cfg(Py_GIL_DISABLED)]
    if !m.is_null() {
        PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED);
    }
    m
}
