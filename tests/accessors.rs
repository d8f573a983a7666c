//! Embedding tests of the unchecked accessor macros: cells, bound and instance methods,
//! descriptors and weak references.
#![cfg(not(any(Py_LIMITED_API, PyPy)))]

mod common;

use common::*;
use pyffi::*;

#[test]
fn cell_method_descr_and_weakref_accessors_read_the_fields() {
    with_gil(|| unsafe {
        let a = PyList_New(0);
        let b = PyList_New(0);
        let cell = PyCell_New(a);
        assert_eq!(PyCell_GET(cell), a, "PyCell_GET");
        PyCell_SET(cell, b); // no counting: the cell now borrows b, still owns a's count
        assert_eq!(PyCell_GET(cell), b, "PyCell_SET");
        PyCell_SET(cell, a);
        Py_DECREF(cell);

        let m = eval(c"[].append");
        assert_eq!(PyMethod_Check(m), 0, "a builtin method is not a `method`");
        Py_DECREF(m);
        let m = eval(c"(type('K', (), {'f': lambda self: 1})()).f");
        assert_eq!(PyMethod_Check(m), 1, "a bound method");
        assert_eq!(
            PyMethod_GET_FUNCTION(m),
            PyMethod_Function(m),
            "PyMethod_GET_FUNCTION"
        );
        assert_eq!(PyMethod_GET_SELF(m), PyMethod_Self(m), "PyMethod_GET_SELF");
        let im = PyInstanceMethod_New(a);
        assert_eq!(
            (
                PyInstanceMethod_Check(im),
                PyInstanceMethod_GET_FUNCTION(im)
            ),
            (1, a),
            "instancemethod"
        );
        assert_eq!(PyInstanceMethod_Check(m), 0);
        Py_DECREF(im);
        Py_DECREF(m);

        let d = eval(c"int.__dict__['real']");
        assert_eq!(
            PyDescr_TYPE(d),
            std::ptr::addr_of_mut!(PyLong_Type),
            "PyDescr_TYPE"
        );
        assert_eq!(to_string(PyDescr_NAME(d)), "real", "PyDescr_NAME");
        Py_DECREF(d);

        #[cfg(not(Py_3_15))]
        #[allow(deprecated)]
        {
            let target = eval(c"type('T', (), {})()");
            let r = PyWeakref_NewRef(target, std::ptr::null_mut());
            assert_eq!(PyWeakref_GET_OBJECT(r), target, "a live referent");
            Py_DECREF(target);
            assert_eq!(
                PyWeakref_GET_OBJECT(r),
                Py_None(),
                "a dead referent reads as None"
            );
            Py_DECREF(r);
        }
        Py_DECREF(a);
        Py_DECREF(b);
    });
}

#[test]
fn odict_macros_are_the_dict_functions() {
    with_gil(|| unsafe {
        let od = eval(c"__import__('collections').OrderedDict(a=1, b=2)");
        let d = eval(c"{'a': 1}");
        assert_eq!((PyODict_Check(od), PyODict_CheckExact(od)), (1, 1));
        assert_eq!(
            (PyODict_Check(d), PyODict_CheckExact(d)),
            (0, 0),
            "a plain dict"
        );
        let sub = eval(c"type('O', (__import__('collections').OrderedDict,), {})()");
        assert_eq!(
            (PyODict_Check(sub), PyODict_CheckExact(sub)),
            (1, 0),
            "a subclass"
        );
        Py_DECREF(sub);
        assert_eq!((PyODict_SIZE(od), PyODict_Size(od)), (2, 2));
        let k = PyUnicode_FromString(c"b".as_ptr());
        assert_eq!(PyLong_AsLong(PyODict_GetItem(od, k)), 2, "PyODict_GetItem");
        assert_eq!(PyLong_AsLong(PyODict_GetItemWithError(od, k)), 2);
        assert_eq!(PyODict_Contains(od, k), 1);
        assert!(
            PyODict_GetItemString(od, c"zz".as_ptr()).is_null(),
            "a missing key"
        );
        assert_eq!(PyLong_AsLong(PyODict_GetItemString(od, c"a".as_ptr())), 1);
        Py_DECREF(k);
        Py_DECREF(d);
        Py_DECREF(od);
    });
}
