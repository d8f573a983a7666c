//! The inline functions of `abstract.h` and `cpython/abstract.h` against a live
//! interpreter: the `PySequence_Fast_*` accessors, `PySequence_ITEM`, the deletion
//! aliases, the vectorcall helpers and the method-call shortcuts.

mod common;

use common::{eval, take_error, to_string, with_gil};
use pyffi::*;
use std::ffi::CStr;

unsafe fn with_obj<R>(expr: &CStr, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let o = eval(expr);
    let r = f(o);
    Py_DECREF(o);
    r
}

unsafe fn pystr(s: &CStr) -> *mut PyObject {
    let o = PyUnicode_FromString(s.as_ptr());
    assert!(!o.is_null());
    o
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn sequence_fast_on_lists_and_tuples() {
    with_gil(|| unsafe {
        // A list and a tuple come back as themselves; anything else becomes a list.
        for expr in [
            c"[10, 20, 30]",
            c"(10, 20, 30)",
            c"range(10, 31, 10)",
            c"iter((10, 20, 30))",
        ] {
            let src = eval(expr);
            let seq = PySequence_Fast(src, c"not iterable".as_ptr());
            assert!(!seq.is_null(), "{expr:?}");
            if PyList_CheckExact(src) != 0 || PyTuple_CheckExact(src) != 0 {
                assert_eq!(seq, src);
            } else {
                assert_eq!(PyList_CheckExact(seq), 1);
            }
            assert_eq!(PySequence_Fast_GET_SIZE(seq), 3, "{expr:?}");
            let items = PySequence_Fast_ITEMS(seq);
            for i in 0..3 {
                let item = PySequence_Fast_GET_ITEM(seq, i);
                let before = Py_REFCNT(item);
                assert_eq!(item, *items.offset(i));
                assert_eq!(PyLong_AsLong(item), 10 * (i as std::ffi::c_long + 1));
                assert_eq!(Py_REFCNT(item), before, "borrowed");
            }
            Py_DECREF(seq);
            Py_DECREF(src);
        }
        with_obj(c"5", |o| {
            assert!(PySequence_Fast(o, c"custom message".as_ptr()).is_null());
            assert_eq!(PyErr_ExceptionMatches(PyExc_TypeError), 1);
            let (mut t, mut v, mut tb) = (
                std::ptr::null_mut(),
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            );
            PyErr_Fetch(&mut t, &mut v, &mut tb);
            assert_eq!(to_string(v), "custom message");
            Py_XDECREF(t);
            Py_XDECREF(v);
            Py_XDECREF(tb);
        });
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn sequence_item_calls_sq_item() {
    with_gil(|| unsafe {
        for (expr, want) in [
            (c"['a', 'b', 'c']", "b"),
            (c"('a', 'b', 'c')", "b"),
            (c"'abc'", "b"),
            (c"range(5)", "1"),
        ] {
            with_obj(expr, |o| {
                let item = PySequence_ITEM(o, 1);
                assert!(!item.is_null());
                assert_eq!(to_string(item), want, "{expr:?}");
                Py_DECREF(item); // a new reference
            });
        }
        // The slot's own errors come through; unlike PySequence_GetItem, no negative
        // index fix-up happens.
        with_obj(c"[1, 2]", |o| {
            assert!(PySequence_ITEM(o, 2).is_null());
            take_error(PyExc_IndexError);
            let last = PySequence_GetItem(o, -1);
            assert_eq!(PyLong_AsLong(last), 2);
            Py_DECREF(last);
        });
        // Items of a list: a new reference to the stored object.
        with_obj(c"[[]]", |o| {
            let inner = PyList_GET_ITEM(o, 0);
            let before = Py_REFCNT(inner);
            let item = PySequence_ITEM(o, 0);
            assert_eq!(item, inner);
            assert_eq!(Py_REFCNT(inner), before + 1);
            Py_DECREF(item);
        });
    });
}

#[test]
fn mapping_del_item() {
    with_gil(|| unsafe {
        let d = eval(c"{'a': 1, 'b': 2, 3: 4}");
        assert_eq!(PyMapping_DelItemString(d, c"a".as_ptr().cast_mut()), 0);
        assert_eq!(PyMapping_Size(d), 2);
        let three = PyLong_FromLong(3);
        assert_eq!(PyMapping_DelItem(d, three), 0);
        assert_eq!(PyMapping_Size(d), 1);
        assert_eq!(to_string(d), "{'b': 2}");
        // Missing keys raise KeyError.
        assert_eq!(PyMapping_DelItem(d, three), -1);
        take_error(PyExc_KeyError);
        assert_eq!(PyMapping_DelItemString(d, c"zz".as_ptr().cast_mut()), -1);
        take_error(PyExc_KeyError);
        Py_DECREF(three);
        Py_DECREF(d);
        // Any mapping protocol works, here a list by index; a tuple refuses.
        with_obj(c"[1, 2, 3]", |l| {
            let zero = PyLong_FromLong(0);
            assert_eq!(PyMapping_DelItem(l, zero), 0);
            assert_eq!(to_string(l), "[2, 3]");
            Py_DECREF(zero);
        });
        with_obj(c"(1, 2)", |t| {
            let zero = PyLong_FromLong(0);
            assert_eq!(PyMapping_DelItem(t, zero), -1);
            take_error(PyExc_TypeError);
            Py_DECREF(zero);
        });
    });
}

#[test]
fn object_del_attr() {
    with_gil(|| unsafe {
        let ns = eval(c"__import__('types').SimpleNamespace(x=1, y=2)");
        assert_eq!(PyObject_DelAttrString(ns, c"x".as_ptr()), 0);
        assert_eq!(PyObject_HasAttrString(ns, c"x".as_ptr()), 0);
        let y = pystr(c"y");
        assert_eq!(PyObject_DelAttr(ns, y), 0);
        assert_eq!(PyObject_HasAttr(ns, y), 0);
        assert_eq!(to_string(ns), "namespace()");
        assert_eq!(PyObject_DelAttr(ns, y), -1);
        take_error(PyExc_AttributeError);
        assert_eq!(PyObject_DelAttrString(ns, c"nope".as_ptr()), -1);
        take_error(PyExc_AttributeError);
        Py_DECREF(y);
        Py_DECREF(ns);
        // Read-only attributes refuse deletion.
        with_obj(c"1", |o| {
            assert_eq!(PyObject_DelAttrString(o, c"real".as_ptr()), -1);
            take_error(PyExc_AttributeError);
        });
    });
}

#[test]
fn type_protocol_checks() {
    with_gil(|| unsafe {
        // Inline in 3.7, functions from 3.8: the same answers either way.
        for (expr, iter, index) in [
            (c"iter([])", 1, 0),
            (c"[]", 0, 0),
            (c"5", 0, 1),
            (c"True", 0, 1),
            (c"2.5", 0, 0),
            (c"(x for x in ())", 1, 0),
        ] {
            with_obj(expr, |o| {
                assert_eq!(PyIter_Check(o), iter, "PyIter_Check({expr:?})");
                assert_eq!(PyIndex_Check(o), index, "PyIndex_Check({expr:?})");
            });
        }
        #[cfg(not(Py_LIMITED_API))]
        for (expr, buffer) in [
            (c"b'x'", 1),
            (c"bytearray()", 1),
            (c"memoryview(b'')", 1),
            (c"'x'", 0),
            (c"5", 0),
        ] {
            with_obj(expr, |o| {
                assert_eq!(
                    PyObject_CheckBuffer(o),
                    buffer,
                    "PyObject_CheckBuffer({expr:?})"
                )
            });
        }
    });
}

#[cfg(any(all(Py_3_8, not(Py_LIMITED_API)), Py_3_12))]
#[test]
fn vectorcall_offset_and_nargs() {
    assert_eq!(PY_VECTORCALL_ARGUMENTS_OFFSET, 1usize << (usize::BITS - 1));
    unsafe {
        assert_eq!(PyVectorcall_NARGS(3), 3);
        assert_eq!(PyVectorcall_NARGS(3 | PY_VECTORCALL_ARGUMENTS_OFFSET), 3);
        assert_eq!(PyVectorcall_NARGS(PY_VECTORCALL_ARGUMENTS_OFFSET), 0);
    }
}

#[cfg(all(Py_3_9, not(Py_LIMITED_API)))]
#[test]
fn vectorcall_calls() {
    with_gil(|| unsafe {
        let builtins = PyEval_GetBuiltins();
        let max = PyDict_GetItemString(builtins, c"max".as_ptr());
        let len = PyDict_GetItemString(builtins, c"len".as_ptr());
        // A METH_O builtin has a vectorcall slot; a plain class instance with __call__
        // does not (and `max` may or may not, depending on the version's METH_ flags).
        assert!(PyVectorcall_Function(len).is_some());
        let callable_obj =
            eval(c"type('C', (), {'__call__': lambda self, *a, **k: (a, sorted(k.items()))})()");
        assert!(PyVectorcall_Function(callable_obj).is_none());

        let args: Vec<*mut PyObject> = [4, 9, 2].iter().map(|&v| PyLong_FromLong(v)).collect();
        let r = PyObject_Vectorcall(max, args.as_ptr(), 3, std::ptr::null_mut());
        assert_eq!(PyLong_AsLong(r), 9);
        Py_DECREF(r);
        // With the offset flag, args[-1] must be writable scratch space.
        let mut buf = [std::ptr::null_mut(); 4];
        buf[1..].copy_from_slice(&args);
        let r = PyObject_Vectorcall(
            max,
            buf.as_ptr().add(1),
            3 | PY_VECTORCALL_ARGUMENTS_OFFSET,
            std::ptr::null_mut(),
        );
        assert_eq!(PyLong_AsLong(r), 9);
        Py_DECREF(r);
        // Keyword arguments follow the positional ones, named by a tuple.
        let kw = PyTuple_New(1);
        PyTuple_SET_ITEM(kw, 0, pystr(c"k"));
        let r = PyObject_Vectorcall(callable_obj, args.as_ptr(), 2, kw);
        assert_eq!(to_string(r), "((4, 9), [('k', 2)])");
        Py_DECREF(r);
        // Errors raised by the callee come back as NULL with the exception set
        // (`max()` with no argument: TypeError).
        let empty: [*mut PyObject; 0] = [];
        assert!(PyObject_Vectorcall(max, empty.as_ptr(), 0, std::ptr::null_mut()).is_null());
        take_error(PyExc_TypeError);

        let list = eval(c"[1, 2, 3]");
        let r = PyObject_CallOneArg(len, list);
        assert_eq!(PyLong_AsLong(r), 3);
        Py_DECREF(r);
        let r = PyObject_CallOneArg(callable_obj, list);
        assert_eq!(to_string(r), "(([1, 2, 3],), [])");
        Py_DECREF(r);
        assert!(PyObject_CallOneArg(len, args[0]).is_null());
        take_error(PyExc_TypeError);

        Py_DECREF(list);
        Py_DECREF(kw);
        for a in args {
            Py_DECREF(a);
        }
        Py_DECREF(callable_obj);
    });
}

#[cfg(all(Py_3_9, not(Py_LIMITED_API)))]
#[test]
fn method_call_shortcuts() {
    with_gil(|| unsafe {
        let s = pystr(c"a,b,,c");
        let upper = pystr(c"upper");
        let split = pystr(c"split");
        let sep = pystr(c",");
        let before = Py_REFCNT(s);

        let r = PyObject_CallMethodNoArgs(s, upper);
        assert_eq!(to_string(r), "A,B,,C");
        Py_DECREF(r);
        let r = PyObject_CallMethodOneArg(s, split, sep);
        assert_eq!(to_string(r), "['a', 'b', '', 'c']");
        Py_DECREF(r);
        assert_eq!(Py_REFCNT(s), before, "self and the argument are borrowed");

        // Missing methods raise AttributeError; bad arguments raise from the method.
        let nope = pystr(c"nope");
        assert!(PyObject_CallMethodNoArgs(s, nope).is_null());
        take_error(PyExc_AttributeError);
        let one = PyLong_FromLong(1);
        assert!(PyObject_CallMethodOneArg(s, split, one).is_null());
        take_error(PyExc_TypeError);
        // A Python-level method receives self.
        let obj = eval(c"type('K', (), {'m': lambda self, x=None: (type(self).__name__, x)})()");
        let m = pystr(c"m");
        let r = PyObject_CallMethodNoArgs(obj, m);
        assert_eq!(to_string(r), "('K', None)");
        Py_DECREF(r);
        let r = PyObject_CallMethodOneArg(obj, m, one);
        assert_eq!(to_string(r), "('K', 1)");
        Py_DECREF(r);

        for o in [s, upper, split, sep, nope, one, obj, m] {
            Py_DECREF(o);
        }
    });
}
