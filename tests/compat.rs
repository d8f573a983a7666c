//! `compat::` functions: the same assertions hold for the native function (where the
//! version has it, `compat::X` is the crate root's) and for the implementation the crate
//! supplies to older versions. Also the `c_str!` macro.
mod common;

use common::{eval, fresh, refcnt, take_error, to_string, with_gil};
use pyffi::*;
use std::ffi::CStr;
use std::ptr;

const CONST_CSTR: &CStr = c_str!("in a const");
static STATIC_CSTR: &CStr = c_str!("in a static");

#[test]
fn c_str_macro() {
    assert_eq!(CONST_CSTR, c"in a const");
    assert_eq!(STATIC_CSTR.to_bytes(), b"in a static");
    assert_eq!(c_str!("").to_bytes_with_nul(), b"\0");
    assert_eq!(c_str!("caf\u{e9}").to_bytes(), "caf\u{e9}".as_bytes());
    // Usable where a `*const c_char` is wanted, with the NUL in place.
    let p = c_str!("abc").as_ptr();
    assert_eq!(unsafe { *p.add(3) }, 0);
}

#[test]
fn new_ref() {
    with_gil(|| unsafe {
        let o = fresh(1.25);
        assert_eq!(compat::Py_NewRef(o), o);
        assert_eq!(refcnt(o), 2);
        assert_eq!(compat::Py_XNewRef(o), o);
        assert_eq!(refcnt(o), 3);
        assert!(compat::Py_XNewRef(ptr::null_mut()).is_null());
        Py_DECREF(o);
        Py_DECREF(o);
        Py_DECREF(o);
    });
}

#[test]
fn call_no_args() {
    with_gil(|| unsafe {
        let f = eval(c"lambda *a, **k: (a, k)");
        let r = compat::PyObject_CallNoArgs(f);
        assert_eq!(to_string(r), "((), {})");
        Py_DECREF(r);
        Py_DECREF(f);

        let obj = eval(c"[3, 1, 2]");
        let name = PyUnicode_FromString(c"sort".as_ptr());
        let r = compat::PyObject_CallMethodNoArgs(obj, name);
        assert_eq!(r, Py_None());
        Py_DECREF(r);
        assert_eq!(to_string(obj), "[1, 2, 3]");
        let missing = PyUnicode_FromString(c"nope".as_ptr());
        assert!(compat::PyObject_CallMethodNoArgs(obj, missing).is_null());
        take_error(PyExc_AttributeError);
        Py_DECREF(missing);
        Py_DECREF(name);
        Py_DECREF(obj);
    });
}

#[test]
fn module_add() {
    with_gil(|| unsafe {
        let m = PyModule_New(c"compat_mod".as_ptr());
        let v = fresh(1.25);
        // AddObjectRef takes its own reference.
        assert_eq!(compat::PyModule_AddObjectRef(m, c"a".as_ptr(), v), 0);
        assert_eq!(refcnt(v), 2);
        // Add steals the caller's.
        Py_INCREF(v);
        assert_eq!(compat::PyModule_Add(m, c"b".as_ptr(), v), 0);
        assert_eq!(refcnt(v), 3);
        let d = PyModule_GetDict(m);
        assert_eq!(PyDict_GetItemString(d, c"a".as_ptr()), v);
        assert_eq!(PyDict_GetItemString(d, c"b".as_ptr()), v);
        // Add steals even on failure: a non-module.
        Py_INCREF(v);
        let not_module = PyList_New(0);
        assert_eq!(compat::PyModule_Add(not_module, c"c".as_ptr(), v), -1);
        take_error(PyExc_TypeError);
        assert_eq!(refcnt(v), 3);
        Py_DECREF(not_module);
        // The module's dict holds the two references Add gave it (free-threaded builds
        // defer freeing the module itself to the collector, so drop them from the dict).
        assert_eq!(PyDict_DelItemString(d, c"a".as_ptr()), 0);
        assert_eq!(PyDict_DelItemString(d, c"b".as_ptr()), 0);
        assert_eq!(refcnt(v), 1);
        Py_DECREF(m);
        Py_DECREF(v);
    });
}

#[test]
fn import_add_module_ref() {
    with_gil(|| unsafe {
        let sys = PyImport_ImportModule(c"sys".as_ptr());
        let before = refcnt(sys);
        let m = compat::PyImport_AddModuleRef(c"sys".as_ptr());
        assert_eq!(m, sys);
        // Free-threaded 3.13 makes sys immortal: its count does not move.
        if !common::is_immortal(sys) {
            assert_eq!(refcnt(sys), before + 1);
        }
        Py_DECREF(m);
        Py_DECREF(sys);
        // A new name makes an empty module and registers it.
        let m = compat::PyImport_AddModuleRef(c"pyffi_compat_added".as_ptr());
        assert_eq!(PyModule_Check(m), 1);
        let again = PyImport_ImportModule(c"pyffi_compat_added".as_ptr());
        assert_eq!(again, m);
        Py_DECREF(again);
        Py_DECREF(m);
    });
}

#[test]
fn dict_get_item_ref_and_set_default_ref() {
    with_gil(|| unsafe {
        let d = PyDict_New();
        let key = PyUnicode_FromString(c"k".as_ptr());
        let v = fresh(1.25);
        assert_eq!(PyDict_SetItem(d, key, v), 0);
        assert_eq!(refcnt(v), 2);
        let mut out = Py_None();
        assert_eq!(compat::PyDict_GetItemRef(d, key, &mut out), 1);
        assert_eq!(out, v);
        assert_eq!(refcnt(v), 3);
        Py_DECREF(out);
        let other = PyUnicode_FromString(c"other".as_ptr());
        assert_eq!(compat::PyDict_GetItemRef(d, other, &mut out), 0);
        assert!(out.is_null());
        assert!(PyErr_Occurred().is_null());

        // Present: 1, the existing value, no insertion.
        let w = fresh(1.25);
        let mut res = ptr::null_mut();
        assert_eq!(compat::PyDict_SetDefaultRef(d, key, w, &mut res), 1);
        assert_eq!(res, v);
        Py_DECREF(res);
        assert_eq!(refcnt(w), 1);
        // Absent: 0, inserted, and the result is the default.
        assert_eq!(compat::PyDict_SetDefaultRef(d, other, w, &mut res), 0);
        assert_eq!(res, w);
        assert_eq!(refcnt(w), 3);
        Py_DECREF(res);
        assert_eq!(PyDict_Size(d), 2);
        // `result` may be NULL.
        assert_eq!(
            compat::PyDict_SetDefaultRef(d, other, v, ptr::null_mut()),
            1
        );
        // Unhashable key: -1 and NULL.
        let list = PyList_New(0);
        assert_eq!(compat::PyDict_SetDefaultRef(d, list, w, &mut res), -1);
        assert!(res.is_null());
        take_error(PyExc_TypeError);

        Py_DECREF(list);
        Py_DECREF(d);
        assert_eq!((refcnt(v), refcnt(w)), (1, 1));
        Py_DECREF(v);
        Py_DECREF(w);
        Py_DECREF(key);
        Py_DECREF(other);
    });
}

#[test]
fn list_helpers() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        let v = fresh(1.25);
        assert_eq!(PyList_Append(list, v), 0);
        let item = compat::PyList_GetItemRef(list, 0);
        assert_eq!(item, v);
        assert_eq!(refcnt(v), 3);
        Py_DECREF(item);

        let tuple = eval(c"(1, 2)");
        assert_eq!(compat::PyList_Extend(list, tuple), 0);
        let gen = eval(c"(x * 10 for x in range(3))");
        assert_eq!(compat::PyList_Extend(list, gen), 0);
        assert_eq!(to_string(list), "[1.25, 1, 2, 0, 10, 20]");
        let not_iterable = PyLong_FromLong(5);
        assert_eq!(compat::PyList_Extend(list, not_iterable), -1);
        take_error(PyExc_TypeError);
        assert_eq!(PyList_Size(list), 6);

        assert_eq!(compat::PyList_Clear(list), 0);
        assert_eq!(PyList_Size(list), 0);
        assert_eq!(refcnt(v), 1);
        Py_DECREF(not_iterable);
        Py_DECREF(gen);
        Py_DECREF(tuple);
        Py_DECREF(list);
        Py_DECREF(v);
    });
}

#[test]
fn weakref_get_ref() {
    with_gil(|| unsafe {
        let obj = eval(c"type('W', (), {})()");
        let wr = PyWeakref_NewRef(obj, ptr::null_mut());
        assert!(!wr.is_null());
        let mut out = ptr::null_mut();
        assert_eq!(compat::PyWeakref_GetRef(wr, &mut out), 1);
        assert_eq!(out, obj);
        assert_eq!(refcnt(obj), 2);
        Py_DECREF(out);
        Py_DECREF(obj);
        // The referent is gone.
        out = Py_None();
        assert_eq!(compat::PyWeakref_GetRef(wr, &mut out), 0);
        assert!(out.is_null());
        assert!(PyErr_Occurred().is_null());
        Py_DECREF(wr);
    });
}

#[test]
fn iter_next_item() {
    with_gil(|| unsafe {
        let it = eval(c"iter(['a', 'b'])");
        let mut item = ptr::null_mut();
        assert_eq!(compat::PyIter_NextItem(it, &mut item), 1);
        assert_eq!(to_string(item), "a");
        Py_DECREF(item);
        assert_eq!(compat::PyIter_NextItem(it, &mut item), 1);
        assert_eq!(to_string(item), "b");
        Py_DECREF(item);
        item = Py_None();
        assert_eq!(compat::PyIter_NextItem(it, &mut item), 0);
        assert!(item.is_null());
        assert!(PyErr_Occurred().is_null());
        Py_DECREF(it);
        // An iterator that raises.
        let it = eval(c"map(lambda x: 1 // x, [0])");
        assert_eq!(compat::PyIter_NextItem(it, &mut item), -1);
        assert!(item.is_null());
        take_error(PyExc_ZeroDivisionError);
        Py_DECREF(it);
    });
}

#[test]
fn optional_attr() {
    with_gil(|| unsafe {
        let obj = eval(c"type('O', (), {'present': 7})()");
        let present = PyUnicode_FromString(c"present".as_ptr());
        let absent = PyUnicode_FromString(c"absent".as_ptr());
        let mut res = ptr::null_mut();
        assert_eq!(compat::PyObject_GetOptionalAttr(obj, present, &mut res), 1);
        assert_eq!(PyLong_AsLong(res), 7);
        Py_DECREF(res);
        res = Py_None();
        assert_eq!(compat::PyObject_GetOptionalAttr(obj, absent, &mut res), 0);
        assert!(res.is_null());
        assert!(PyErr_Occurred().is_null());
        assert_eq!(compat::PyObject_HasAttrWithError(obj, present), 1);
        assert_eq!(compat::PyObject_HasAttrWithError(obj, absent), 0);
        assert!(PyErr_Occurred().is_null());
        Py_DECREF(present);
        Py_DECREF(absent);
        Py_DECREF(obj);
    });
}

#[test]
fn hash_buffer() {
    with_gil(|| unsafe {
        for data in [&b""[..], b"a", b"pyffi hashes bytes", &[0u8, 255, 7, 0][..]] {
            let bytes = PyBytes_FromStringAndSize(data.as_ptr().cast(), data.len() as Py_ssize_t);
            let expected = PyObject_Hash(bytes);
            Py_DECREF(bytes);
            assert_ne!(expected, -1);
            assert_eq!(
                compat::Py_HashBuffer(data.as_ptr().cast(), data.len() as Py_ssize_t),
                expected
            );
        }
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn thread_state_unchecked() {
    with_gil(|| unsafe {
        let ts = compat::PyThreadState_GetUnchecked();
        assert!(!ts.is_null());
        assert_eq!(ts, PyThreadState_Get());
    });
    // A thread that never attached has no thread state, and asking is allowed. Before
    // 3.12 the current thread state is process-wide (the GIL holder's): another test
    // may hold it, so only 3.12+ can check this.
    #[cfg(Py_3_12)]
    {
        let none = std::thread::spawn(|| unsafe { compat::PyThreadState_GetUnchecked() as usize })
            .join()
            .unwrap();
        assert_eq!(none, 0);
    }
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn bytes_writer() {
    with_gil(|| unsafe {
        let w = compat::PyBytesWriter_Create(5);
        assert!(!w.is_null());
        assert_eq!(compat::PyBytesWriter_GetSize(w), 5);
        ptr::copy_nonoverlapping(
            b"hello".as_ptr(),
            compat::PyBytesWriter_GetData(w).cast(),
            5,
        );
        // Growing keeps what was written.
        assert_eq!(compat::PyBytesWriter_Resize(w, 11), 0);
        assert_eq!(compat::PyBytesWriter_GetSize(w), 11);
        ptr::copy_nonoverlapping(
            b" world".as_ptr(),
            compat::PyBytesWriter_GetData(w).cast::<u8>().add(5),
            6,
        );
        assert_eq!(compat::PyBytesWriter_Resize(w, 5000), 0);
        assert_eq!(compat::PyBytesWriter_Resize(w, 11), 0);
        let b = compat::PyBytesWriter_Finish(w);
        assert_eq!(PyBytes_Size(b), 11);
        assert_eq!(
            CStr::from_ptr(PyBytes_AsString(b)).to_bytes(),
            b"hello world"
        );
        Py_DECREF(b);

        // Finishing with a size trims; an empty result is the empty bytes object.
        let w = compat::PyBytesWriter_Create(8);
        ptr::copy_nonoverlapping(
            b"abcdefgh".as_ptr(),
            compat::PyBytesWriter_GetData(w).cast(),
            8,
        );
        let b = compat::PyBytesWriter_FinishWithSize(w, 3);
        assert_eq!(to_string(b), "b'abc'");
        Py_DECREF(b);
        let w = compat::PyBytesWriter_Create(0);
        assert_eq!(compat::PyBytesWriter_GetSize(w), 0);
        let b = compat::PyBytesWriter_Finish(w);
        assert_eq!(PyBytes_Size(b), 0);
        Py_DECREF(b);
        // A bad size fails and frees the writer.
        let w = compat::PyBytesWriter_Create(4);
        assert!(compat::PyBytesWriter_FinishWithSize(w, -1).is_null());
        take_error(PyExc_ValueError);
        // Discard, and Discard(NULL).
        compat::PyBytesWriter_Discard(compat::PyBytesWriter_Create(100));
        compat::PyBytesWriter_Discard(ptr::null_mut());
        assert!(PyErr_Occurred().is_null());
    });
}
