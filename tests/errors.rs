//! Exception classification macros, PyErr_BadInternalCall, and the errors that the
//! compat functions and module helpers raise: type and message of each.
mod common;

use common::{eval, to_string, with_gil};
use pyffi::*;
use std::ptr;

/// Takes the pending exception, asserting its type is exactly `kind`; returns str(exc).
unsafe fn take_message(kind: *mut PyObject) -> String {
    assert!(!PyErr_Occurred().is_null(), "expected an exception");
    let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
    PyErr_Fetch(&mut t, &mut v, &mut tb);
    PyErr_NormalizeException(&mut t, &mut v, &mut tb);
    assert_eq!(t, kind, "raised {}", to_string(t));
    assert_eq!(PyExceptionInstance_Class(v), kind);
    let msg = to_string(v);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    msg
}

#[test]
fn exception_class_and_instance_checks() {
    with_gil(|| unsafe {
        for kind in [
            PyExc_BaseException,
            PyExc_Exception,
            PyExc_ValueError,
            PyExc_KeyboardInterrupt,
        ] {
            assert_eq!(PyExceptionClass_Check(kind), 1);
            assert_eq!(
                PyExceptionInstance_Check(kind),
                0,
                "a class is not an instance"
            );
        }
        let int_type = (&raw mut PyLong_Type).cast::<PyObject>();
        assert_eq!(PyExceptionClass_Check(int_type), 0);
        // A user-defined subclass, and an instance of it.
        let cls = eval(c"type('MyError', (LookupError,), {})");
        assert_eq!(PyExceptionClass_Check(cls), 1);
        let inst = PyObject_CallObject(cls, ptr::null_mut());
        assert_eq!(PyExceptionInstance_Check(inst), 1);
        assert_eq!(PyExceptionClass_Check(inst), 0);
        assert_eq!(PyExceptionInstance_Class(inst), cls);
        // A non-exception instance.
        let n = PyLong_FromLong(3);
        assert_eq!(PyExceptionInstance_Check(n), 0);
        assert_eq!(PyExceptionInstance_Class(n), int_type);
        Py_DECREF(n);
        Py_DECREF(inst);
        Py_DECREF(cls);
    });
}

#[test]
fn raise_and_fetch() {
    with_gil(|| unsafe {
        PyErr_SetString(PyExc_ValueError, c"bad value".as_ptr());
        assert_eq!(take_message(PyExc_ValueError), "bad value");
        PyErr_SetString(PyExc_KeyError, c"k".as_ptr());
        assert_eq!(take_message(PyExc_KeyError), "'k'");
        PyErr_SetNone(PyExc_StopIteration);
        assert_eq!(take_message(PyExc_StopIteration), "");
        assert!(PyErr_Occurred().is_null());
    });
}

#[test]
fn bad_internal_call_raises_system_error() {
    with_gil(|| unsafe {
        PyErr_BadInternalCall();
        let msg = take_message(PyExc_SystemError);
        assert!(msg.ends_with("bad argument to internal function"), "{msg}");
        // The C macro's location: here, this crate's source.
        assert!(msg.starts_with("src/pyerrors.rs:"), "{msg}");
        // CPython's own argument checks raise the same.
        assert!(PyList_Append(Py_None(), Py_None()) < 0);
        assert!(take_message(PyExc_SystemError).ends_with("bad argument to internal function"));
    });
}

#[test]
fn compat_errors() {
    with_gil(|| unsafe {
        // PyIter_NextItem on a non-iterator.
        let list = eval(c"[1, 2]");
        let mut item = Py_None();
        assert_eq!(compat::PyIter_NextItem(list, &mut item), -1);
        assert!(item.is_null());
        assert_eq!(
            take_message(PyExc_TypeError),
            "expected an iterator, got 'list'"
        );

        // PyWeakref_GetRef on a non-weakref.
        let mut obj = Py_None();
        assert_eq!(compat::PyWeakref_GetRef(list, &mut obj), -1);
        assert!(obj.is_null());
        assert_eq!(take_message(PyExc_TypeError), "expected a weakref");

        // PyList_GetItemRef out of range.
        assert!(compat::PyList_GetItemRef(list, 5).is_null());
        assert_eq!(take_message(PyExc_IndexError), "list index out of range");

        // PyDict_GetItemRef with an unhashable key.
        let dict = PyDict_New();
        let mut value = Py_None();
        assert_eq!(compat::PyDict_GetItemRef(dict, list, &mut value), -1);
        assert!(value.is_null());
        // 3.14 prefixes "cannot use 'list' as a dict key (...)".
        let message = take_message(PyExc_TypeError);
        assert!(message.contains("unhashable type: 'list'"), "{message}");

        // PyObject_GetOptionalAttr swallows AttributeError only.
        let raising = eval(c"type('P', (), {'attr': property(lambda self: 1 // 0)})()");
        let name = PyUnicode_FromString(c"attr".as_ptr());
        let mut res = Py_None();
        assert_eq!(
            compat::PyObject_GetOptionalAttr(raising, name, &mut res),
            -1
        );
        assert!(res.is_null());
        // The message differs across versions; the type is the point.
        take_message(PyExc_ZeroDivisionError);
        assert_eq!(compat::PyObject_HasAttrWithError(raising, name), -1);
        take_message(PyExc_ZeroDivisionError);

        // PyModule_AddObjectRef with NULL and no pending exception.
        let m = PyModule_New(c"errs".as_ptr());
        assert_eq!(
            compat::PyModule_AddObjectRef(m, c"x".as_ptr(), ptr::null_mut()),
            -1
        );
        take_message(PyExc_SystemError);
        // ... and with one pending: that one is kept.
        PyErr_SetString(PyExc_RuntimeError, c"from before".as_ptr());
        assert_eq!(compat::PyModule_Add(m, c"x".as_ptr(), ptr::null_mut()), -1);
        assert_eq!(take_message(PyExc_RuntimeError), "from before");

        // The bytes writer rejects negative sizes.
        #[cfg(not(Py_LIMITED_API))]
        {
            assert!(compat::PyBytesWriter_Create(-1).is_null());
            take_message(PyExc_ValueError);
        }

        Py_DECREF(m);
        Py_DECREF(name);
        Py_DECREF(raising);
        Py_DECREF(dict);
        Py_DECREF(list);
    });
}

#[test]
fn compile_errors() {
    with_gil(|| unsafe {
        let code = Py_CompileString(c"1 +".as_ptr(), c"<pyffi>".as_ptr(), Py_eval_input);
        assert!(code.is_null());
        take_message(PyExc_SyntaxError);
        #[cfg(not(Py_LIMITED_API))]
        {
            let code = Py_CompileStringFlags(
                c"x = (".as_ptr(),
                c"<pyffi>".as_ptr(),
                Py_file_input,
                ptr::null_mut(),
            );
            assert!(code.is_null());
            take_message(PyExc_SyntaxError);
        }
    });
}
