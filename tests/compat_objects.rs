//! `compat::` shims of the object, call, mapping, dict, tuple, module, hash and sys
//! headers: the same assertions hold for the native function (where the version has
//! it) and for the crate's fallback.
mod common;

use common::{eval, fresh, refcnt, take_error, to_string, with_gil};
use pyffi::*;
use std::ptr;

#[test]
fn is_and_type_helpers() {
    with_gil(|| unsafe {
        let o = fresh(2.5);
        assert_eq!(compat::Py_Is(o, o), 1);
        assert_eq!(compat::Py_Is(o, Py_None()), 0);
        assert_eq!(compat::Py_IsNone(Py_None()), 1);
        assert_eq!(compat::Py_IsNone(o), 0);
        assert_eq!(compat::Py_IsTrue(Py_True()), 1);
        assert_eq!(compat::Py_IsTrue(Py_False()), 0);
        assert_eq!(compat::Py_IsFalse(Py_False()), 1);
        assert_eq!(compat::Py_IsFalse(o), 0);
        assert_eq!(compat::Py_IS_TYPE(o, &raw mut PyFloat_Type), 1);
        assert_eq!(compat::Py_IS_TYPE(o, &raw mut PyLong_Type), 0);
        Py_DECREF(o);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn set_size_type_and_refcnt() {
    with_gil(|| unsafe {
        let list = eval(c"[1, 2, 3]");
        compat::Py_SET_SIZE(list.cast(), 2);
        assert_eq!(PyList_Size(list), 2);
        assert_eq!(to_string(list), "[1, 2]");
        compat::Py_SET_SIZE(list.cast(), 3);
        // A subclass instance re-typed to its base, and back.
        let cls = eval(c"type('F', (float,), {})");
        let arg = fresh(0.5);
        let sub = compat::PyObject_CallOneArg(cls, arg);
        Py_DECREF(arg);
        let tp = Py_TYPE(sub);
        compat::Py_SET_TYPE(sub, &raw mut PyFloat_Type);
        assert_eq!(Py_TYPE(sub), &raw mut PyFloat_Type);
        compat::Py_SET_TYPE(sub, tp);
        assert_eq!(Py_TYPE(sub), tp);
        Py_DECREF(sub);
        Py_DECREF(cls);
        // Up and back down, so that a debug build's total count (which Py_SET_REFCNT does
        // not see) ends where it started.
        let o = fresh(3.5);
        compat::Py_SET_REFCNT(o, 2);
        assert_eq!(refcnt(o), 2);
        compat::Py_SET_REFCNT(o, 1);
        assert_eq!(refcnt(o), 1);
        Py_DECREF(o);
        Py_DECREF(list);
    });
}

#[test]
fn setref_and_steal_ref() {
    with_gil(|| unsafe {
        let a = fresh(1.5);
        let b = fresh(2.5);
        Py_INCREF(a);
        let mut slot = a;
        compat::Py_SETREF(&mut slot, b);
        assert_eq!(slot, b);
        assert_eq!(refcnt(a), 1);
        assert_eq!(refcnt(b), 1);
        // Drops b, the slot's only reference.
        compat::Py_XSETREF(&mut slot, ptr::null_mut());
        assert!(slot.is_null());
        let mut empty: *mut PyObject = ptr::null_mut();
        Py_INCREF(a);
        compat::Py_XSETREF(&mut empty, a);
        assert_eq!((empty, refcnt(a)), (a, 2));
        // _Py_StealRef gives up the caller's reference and returns the object.
        assert_eq!(compat::_Py_StealRef(a), a);
        assert_eq!(refcnt(a), 1);
        assert!(compat::_Py_XStealRef(ptr::null_mut()).is_null());
        Py_DECREF(a);
    });
}

#[test]
fn optional_attr_string_and_has_attr_string() {
    with_gil(|| unsafe {
        let obj = eval(c"type('O', (), {'present': 7, 'bad': property(lambda s: 1 // 0)})()");
        let mut res = ptr::null_mut();
        assert_eq!(
            compat::PyObject_GetOptionalAttrString(obj, c"present".as_ptr(), &mut res),
            1
        );
        assert_eq!(PyLong_AsLong(res), 7);
        Py_DECREF(res);
        res = Py_None();
        assert_eq!(
            compat::PyObject_GetOptionalAttrString(obj, c"absent".as_ptr(), &mut res),
            0
        );
        assert!(res.is_null());
        assert!(PyErr_Occurred().is_null());
        // Errors other than AttributeError propagate.
        assert_eq!(
            compat::PyObject_GetOptionalAttrString(obj, c"bad".as_ptr(), &mut res),
            -1
        );
        assert!(res.is_null());
        take_error(PyExc_ZeroDivisionError);
        assert_eq!(
            compat::PyObject_HasAttrStringWithError(obj, c"present".as_ptr()),
            1
        );
        assert_eq!(
            compat::PyObject_HasAttrStringWithError(obj, c"absent".as_ptr()),
            0
        );
        assert_eq!(
            compat::PyObject_HasAttrStringWithError(obj, c"bad".as_ptr()),
            -1
        );
        take_error(PyExc_ZeroDivisionError);
        Py_DECREF(obj);
    });
}

#[test]
fn get_constant() {
    with_gil(|| unsafe {
        let expected = [
            (compat::Py_CONSTANT_NONE, "None"),
            (compat::Py_CONSTANT_FALSE, "False"),
            (compat::Py_CONSTANT_TRUE, "True"),
            (compat::Py_CONSTANT_ELLIPSIS, "Ellipsis"),
            (compat::Py_CONSTANT_NOT_IMPLEMENTED, "NotImplemented"),
            (compat::Py_CONSTANT_ZERO, "0"),
            (compat::Py_CONSTANT_ONE, "1"),
            (compat::Py_CONSTANT_EMPTY_STR, ""),
            (compat::Py_CONSTANT_EMPTY_BYTES, "b''"),
            (compat::Py_CONSTANT_EMPTY_TUPLE, "()"),
        ];
        for (id, text) in expected {
            let o = compat::Py_GetConstant(id);
            assert!(!o.is_null(), "constant {id}");
            assert_eq!(to_string(o), text);
            let b = compat::Py_GetConstantBorrowed(id);
            assert_eq!(to_string(b), text);
            // CPython caches each constant; PyPy makes a new zero, one or empty object
            // each time, and the borrowed one is the first, kept for good.
            if !cfg!(PyPy) {
                assert_eq!(b, o, "constant {id}: borrowed and new differ");
            }
            assert_eq!(
                compat::Py_GetConstantBorrowed(id),
                b,
                "constant {id}: borrowed twice"
            );
            Py_DECREF(o);
        }
        assert_eq!(compat::Py_GetConstant(10), ptr::null_mut());
        take_error(PyExc_SystemError);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn uniquely_referenced() {
    with_gil(|| unsafe {
        let o = fresh(4.5);
        assert_eq!(compat::PyUnstable_Object_IsUniquelyReferenced(o), 1);
        Py_INCREF(o);
        assert_eq!(compat::PyUnstable_Object_IsUniquelyReferenced(o), 0);
        Py_DECREF(o);
        Py_DECREF(o);
    });
}

#[test]
fn call_one_arg_and_vectorcall() {
    with_gil(|| unsafe {
        let f = eval(c"lambda *a, **k: (a, k)");
        let x = fresh(1.5);
        let r = compat::PyObject_CallOneArg(f, x);
        assert_eq!(to_string(r), "((1.5,), {})");
        Py_DECREF(r);
        assert_eq!(refcnt(x), 1);

        // Two positional arguments and one keyword, after a slot the callee may use.
        let y = PyLong_FromLong(2);
        let z = PyLong_FromLong(3);
        let args = [ptr::null_mut(), x, y, z];
        let kwnames = eval(c"('kw',)");
        let r = compat::PyObject_Vectorcall(
            f,
            args.as_ptr().add(1),
            2 | compat::PY_VECTORCALL_ARGUMENTS_OFFSET,
            kwnames,
        );
        assert_eq!(to_string(r), "((1.5, 2), {'kw': 3})");
        Py_DECREF(r);
        let r = compat::PyObject_Vectorcall(f, args.as_ptr().add(1), 1, ptr::null_mut());
        assert_eq!(to_string(r), "((1.5,), {})");
        Py_DECREF(r);
        assert_eq!(
            compat::PyVectorcall_NARGS(3 | compat::PY_VECTORCALL_ARGUMENTS_OFFSET),
            3
        );
        assert_eq!(compat::PyVectorcall_NARGS(0), 0);
        assert_eq!(refcnt(x), 1);
        // A call that raises.
        let g = eval(c"lambda v: 1 // v");
        let zero = PyLong_FromLong(0);
        assert!(compat::PyObject_CallOneArg(g, zero).is_null());
        take_error(PyExc_ZeroDivisionError);
        let zargs = [zero];
        assert!(compat::PyObject_Vectorcall(g, zargs.as_ptr(), 1, ptr::null_mut()).is_null());
        take_error(PyExc_ZeroDivisionError);
        for o in [zero, g, kwnames, z, y, x, f] {
            Py_DECREF(o);
        }
    });
}

#[test]
fn mapping_optional_item() {
    with_gil(|| unsafe {
        let m = eval(c"{'a': 1}");
        let a = PyUnicode_FromString(c"a".as_ptr());
        let b = PyUnicode_FromString(c"b".as_ptr());
        let mut res = ptr::null_mut();
        assert_eq!(compat::PyMapping_GetOptionalItem(m, a, &mut res), 1);
        assert_eq!(PyLong_AsLong(res), 1);
        Py_DECREF(res);
        res = Py_None();
        assert_eq!(compat::PyMapping_GetOptionalItem(m, b, &mut res), 0);
        assert!(res.is_null() && PyErr_Occurred().is_null());
        assert_eq!(
            compat::PyMapping_GetOptionalItemString(m, c"a".as_ptr(), &mut res),
            1
        );
        Py_DECREF(res);
        assert_eq!(
            compat::PyMapping_GetOptionalItemString(m, c"b".as_ptr(), &mut res),
            0
        );
        assert_eq!(compat::PyMapping_HasKeyWithError(m, a), 1);
        assert_eq!(compat::PyMapping_HasKeyWithError(m, b), 0);
        assert_eq!(compat::PyMapping_HasKeyStringWithError(m, c"a".as_ptr()), 1);
        assert_eq!(compat::PyMapping_HasKeyStringWithError(m, c"b".as_ptr()), 0);
        // An unhashable key is an error, not "absent".
        let list = PyList_New(0);
        assert_eq!(compat::PyMapping_GetOptionalItem(m, list, &mut res), -1);
        assert!(res.is_null());
        take_error(PyExc_TypeError);
        assert_eq!(compat::PyMapping_HasKeyWithError(m, list), -1);
        take_error(PyExc_TypeError);
        for o in [list, b, a, m] {
            Py_DECREF(o);
        }
    });
}

#[test]
fn dict_string_ref_pop_and_contains() {
    with_gil(|| unsafe {
        let d = PyDict_New();
        let v = fresh(6.5);
        assert_eq!(PyDict_SetItemString(d, c"k".as_ptr(), v), 0);
        let mut out = ptr::null_mut();
        assert_eq!(
            compat::PyDict_GetItemStringRef(d, c"k".as_ptr(), &mut out),
            1
        );
        assert_eq!((out, refcnt(v)), (v, 3));
        Py_DECREF(out);
        assert_eq!(
            compat::PyDict_GetItemStringRef(d, c"x".as_ptr(), &mut out),
            0
        );
        assert!(out.is_null());
        assert_eq!(compat::PyDict_ContainsString(d, c"k".as_ptr()), 1);
        assert_eq!(compat::PyDict_ContainsString(d, c"x".as_ptr()), 0);

        // Pop: 1 and the value, whose reference moves from the dict to the caller.
        assert_eq!(compat::PyDict_PopString(d, c"k".as_ptr(), &mut out), 1);
        assert_eq!((out, refcnt(v), PyDict_Size(d)), (v, 2, 0));
        Py_DECREF(out);
        out = Py_None();
        assert_eq!(compat::PyDict_PopString(d, c"k".as_ptr(), &mut out), 0);
        assert!(out.is_null() && PyErr_Occurred().is_null());
        let key = PyUnicode_FromString(c"k".as_ptr());
        assert_eq!(PyDict_SetItem(d, key, v), 0);
        // NULL result: the value is dropped.
        assert_eq!(compat::PyDict_Pop(d, key, ptr::null_mut()), 1);
        assert_eq!(refcnt(v), 1);
        // An empty dict answers 0 before hashing the key; a full one hashes it.
        let list = PyList_New(0);
        assert_eq!(compat::PyDict_Pop(d, list, &mut out), 0);
        assert!(out.is_null() && PyErr_Occurred().is_null());
        assert_eq!(PyDict_SetItem(d, key, v), 0);
        assert_eq!(compat::PyDict_Pop(d, list, &mut out), -1);
        assert!(out.is_null());
        take_error(PyExc_TypeError);
        assert_eq!(PyDict_DelItem(d, key), 0);
        // Not a dict: SystemError.
        assert_eq!(compat::PyDict_Pop(list, key, &mut out), -1);
        take_error(PyExc_SystemError);
        for o in [list, key, v, d] {
            Py_DECREF(o);
        }
    });
}

#[test]
fn tuple_from_array() {
    with_gil(|| unsafe {
        let a = fresh(1.5);
        let b = PyLong_FromLong(9);
        let items = [a, b];
        let t = compat::PyTuple_FromArray(items.as_ptr(), 2);
        assert_eq!(to_string(t), "(1.5, 9)");
        assert_eq!(refcnt(a), 2);
        Py_DECREF(t);
        assert_eq!(refcnt(a), 1);
        let empty = compat::PyTuple_FromArray(ptr::null(), 0);
        assert_eq!(PyTuple_Size(empty), 0);
        Py_DECREF(empty);
        assert!(compat::PyTuple_FromArray(items.as_ptr(), -1).is_null());
        take_error(PyExc_SystemError);
        Py_DECREF(b);
        Py_DECREF(a);
    });
}

#[test]
fn module_add_type() {
    with_gil(|| unsafe {
        let m = PyModule_New(c"compat_types".as_ptr());
        let tp = &raw mut PyFloat_Type;
        assert_eq!(compat::PyModule_AddType(m, tp), 0);
        let got = PyObject_GetAttrString(m, c"float".as_ptr());
        assert_eq!(got, tp.cast());
        Py_DECREF(got);
        Py_DECREF(m);
    });
}

#[test]
fn hash_pointer_is_object_hash() {
    with_gil(|| unsafe {
        // object.__hash__ hashes the address.
        let o = eval(c"object()");
        assert_eq!(compat::Py_HashPointer(o.cast()), PyObject_Hash(o));
        Py_DECREF(o);
        assert_ne!(compat::Py_HashPointer(usize::MAX as *const _), -1);
        assert_eq!(compat::Py_HashPointer(ptr::null()), 0);
    });
}

#[test]
fn is_finalizing() {
    with_gil(|| unsafe {
        assert_eq!(compat::Py_IsFinalizing(), 0);
    });
}

#[test]
fn sys_get_attr() {
    with_gil(|| unsafe {
        let sys = PyImport_ImportModule(c"sys".as_ptr());
        let expected = PyObject_GetAttrString(sys, c"maxsize".as_ptr());
        let r = compat::PySys_GetAttrString(c"maxsize".as_ptr());
        assert_eq!(r, expected);
        Py_DECREF(r);
        let name = PyUnicode_FromString(c"maxsize".as_ptr());
        let r = compat::PySys_GetAttr(name);
        assert_eq!(r, expected);
        Py_DECREF(r);
        let mut out = ptr::null_mut();
        assert_eq!(compat::PySys_GetOptionalAttr(name, &mut out), 1);
        assert_eq!(out, expected);
        Py_DECREF(out);
        assert_eq!(
            compat::PySys_GetOptionalAttrString(c"maxsize".as_ptr(), &mut out),
            1
        );
        Py_DECREF(out);
        // Absent: RuntimeError for GetAttr, 0 and no error for GetOptionalAttr.
        let missing = PyUnicode_FromString(c"pyffi_no_such".as_ptr());
        assert!(compat::PySys_GetAttr(missing).is_null());
        take_error(PyExc_RuntimeError);
        assert!(compat::PySys_GetAttrString(c"pyffi_no_such".as_ptr()).is_null());
        take_error(PyExc_RuntimeError);
        out = Py_None();
        assert_eq!(compat::PySys_GetOptionalAttr(missing, &mut out), 0);
        assert!(out.is_null() && PyErr_Occurred().is_null());
        assert_eq!(
            compat::PySys_GetOptionalAttrString(c"pyffi_no_such".as_ptr(), &mut out),
            0
        );
        assert!(out.is_null() && PyErr_Occurred().is_null());
        // A name that is not a str.
        let num = PyLong_FromLong(1);
        assert_eq!(compat::PySys_GetOptionalAttr(num, &mut out), -1);
        take_error(PyExc_TypeError);
        for o in [num, missing, name, expected, sys] {
            Py_DECREF(o);
        }
    });
}
