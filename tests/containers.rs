//! The inline functions of `tupleobject.h`, `listobject.h`, `dictobject.h`,
//! `setobject.h`, `rangeobject.h`, `iterobject.h` and `memoryobject.h` against a live
//! interpreter: type checks, the unchecked accessors, and who owns which reference.

mod common;

// Most of these tests read struct fields the limited API hides.
#[cfg_attr(Py_LIMITED_API, allow(unused_imports))]
use common::{eval, fresh, table, take_error, to_string, with_gil, with_obj};
use pyffi::*;

#[test]
fn tuple_and_list_checks() {
    with_gil(|| unsafe {
        let tuple_sub = c"__import__('collections').namedtuple('P', 'x y')(1, 2)";
        table(
            PyTuple_Check,
            "PyTuple_Check",
            &[
                (c"(1,)", 1),
                (c"()", 1),
                (tuple_sub, 1),
                (c"[1]", 0),
                (c"'ab'", 0),
            ],
        );
        table(
            PyTuple_CheckExact,
            "PyTuple_CheckExact",
            &[(c"(1,)", 1), (tuple_sub, 0), (c"[1]", 0)],
        );
        let list_sub = c"type('L', (list,), {})([1])";
        table(
            PyList_Check,
            "PyList_Check",
            &[(c"[]", 1), (list_sub, 1), (c"(1,)", 0), (c"{}", 0)],
        );
        table(
            PyList_CheckExact,
            "PyList_CheckExact",
            &[(c"[]", 1), (list_sub, 0), (c"(1,)", 0)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn tuple_set_item_steals_and_get_item_borrows() {
    with_gil(|| unsafe {
        let a = fresh(12345.678);
        let b = fresh(12345.678);
        Py_INCREF(a); // keep our own reference to watch the count
        Py_INCREF(b);
        let t = PyTuple_New(2);
        PyTuple_SET_ITEM(t, 0, a);
        PyTuple_SET_ITEM(t, 1, b);
        // Stolen: the tuple owns the references we passed, no new one was taken.
        assert_eq!(Py_REFCNT(a), 2);
        assert_eq!(PyTuple_GET_SIZE(t), 2);
        // Borrowed: same object, count unchanged.
        assert_eq!(PyTuple_GET_ITEM(t, 0), a);
        assert_eq!(PyTuple_GET_ITEM(t, 1), b);
        assert_eq!(Py_REFCNT(a), 2);
        assert_eq!(PyTuple_GetItem(t, 1), b);
        assert_eq!(to_string(t), "(12345.678, 12345.678)");
        // Out of range: the checked function raises, the macro is not asked.
        assert!(PyTuple_GetItem(t, 2).is_null());
        take_error(PyExc_IndexError);
        // Releasing the tuple releases the stolen references.
        Py_DECREF(t);
        assert_eq!(Py_REFCNT(a), 1);
        assert_eq!(Py_REFCNT(b), 1);
        Py_DECREF(a);
        Py_DECREF(b);

        with_obj(c"tuple(range(10))", |t| {
            assert_eq!(PyTuple_GET_SIZE(t), 10);
            for i in 0..10 {
                assert_eq!(PyLong_AsLong(PyTuple_GET_ITEM(t, i)), i as _);
            }
        });
        with_obj(c"()", |t| assert_eq!(PyTuple_GET_SIZE(t), 0));
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn list_set_item_steals_and_get_item_borrows() {
    with_gil(|| unsafe {
        let a = fresh(12345.678);
        Py_INCREF(a);
        let l = PyList_New(3);
        assert_eq!(PyList_GET_SIZE(l), 3);
        PyList_SET_ITEM(l, 0, a);
        assert_eq!(Py_REFCNT(a), 2);
        for i in 1..3 {
            PyList_SET_ITEM(l, i, PyLong_FromLong(i as _));
        }
        assert_eq!(PyList_GET_ITEM(l, 0), a);
        assert_eq!(Py_REFCNT(a), 2);
        assert_eq!(to_string(l), "[12345.678, 1, 2]");
        // SET_ITEM does not release what it overwrites: take the old item back first.
        let old = PyList_GET_ITEM(l, 0);
        let b = fresh(12345.678);
        PyList_SET_ITEM(l, 0, b);
        assert_eq!(old, a);
        assert_eq!(Py_REFCNT(a), 2, "the overwritten item was not released");
        Py_DECREF(a); // the list's former reference, now ours to drop
        assert_eq!(PyList_GET_ITEM(l, 0), b);
        // The size follows appends.
        assert_eq!(PyList_Append(l, a), 0);
        assert_eq!(PyList_GET_SIZE(l), 4);
        assert_eq!(Py_REFCNT(a), 2, "PyList_Append takes its own reference");
        assert_eq!(PyList_GET_ITEM(l, 3), a);
        assert!(PyList_GetItem(l, 4).is_null());
        take_error(PyExc_IndexError);
        Py_DECREF(l);
        assert_eq!(Py_REFCNT(a), 1);
        Py_DECREF(a);
    });
}

#[test]
fn dict_checks() {
    with_gil(|| unsafe {
        let ordered = c"__import__('collections').OrderedDict(a=1)";
        table(
            PyDict_Check,
            "PyDict_Check",
            &[(c"{}", 1), (ordered, 1), (c"[]", 0), (c"{1}", 0)],
        );
        table(
            PyDict_CheckExact,
            "PyDict_CheckExact",
            &[(c"{}", 1), (ordered, 0)],
        );
        let (keys, values, items) = (c"{1: 2}.keys()", c"{1: 2}.values()", c"{1: 2}.items()");
        table(
            PyDictKeys_Check,
            "PyDictKeys_Check",
            &[(keys, 1), (values, 0), (items, 0), (c"{1}", 0)],
        );
        table(
            PyDictValues_Check,
            "PyDictValues_Check",
            &[(keys, 0), (values, 1), (items, 0)],
        );
        table(
            PyDictItems_Check,
            "PyDictItems_Check",
            &[(keys, 0), (values, 0), (items, 1)],
        );
        // Values views are not sets.
        table(
            PyDictViewSet_Check,
            "PyDictViewSet_Check",
            &[(keys, 1), (values, 0), (items, 1), (c"{1}", 0)],
        );
        // OrderedDict's views subclass the dict views.
        table(
            PyDictKeys_Check,
            "PyDictKeys_Check",
            &[(c"__import__('collections').OrderedDict(a=1).keys()", 1)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn dict_get_size() {
    with_gil(|| unsafe {
        let d = PyDict_New();
        assert_eq!(PyDict_GET_SIZE(d), 0);
        for i in 0..100 {
            let k = PyLong_FromLong(i);
            assert_eq!(PyDict_SetItem(d, k, k), 0);
            Py_DECREF(k);
            assert_eq!(PyDict_GET_SIZE(d), i as Py_ssize_t + 1);
        }
        assert_eq!(PyDict_DelItemString(d, c"missing".as_ptr()), -1);
        take_error(PyExc_KeyError);
        let k = PyLong_FromLong(7);
        assert_eq!(PyDict_DelItem(d, k), 0);
        Py_DECREF(k);
        assert_eq!(PyDict_GET_SIZE(d), 99);
        assert_eq!(PyDict_GET_SIZE(d), PyDict_Size(d));
        Py_DECREF(d);
        // A subclass keeps its items in the same place.
        with_obj(c"__import__('collections').OrderedDict(a=1, b=2)", |d| {
            assert_eq!(PyDict_GET_SIZE(d), 2)
        });
    });
}

#[test]
fn set_checks() {
    with_gil(|| unsafe {
        let (set, fset) = (c"{1, 2}", c"frozenset((1,))");
        let (set_sub, fset_sub) = (c"type('S', (set,), {})()", c"type('F', (frozenset,), {})()");
        table(
            PySet_Check,
            "PySet_Check",
            &[(set, 1), (set_sub, 1), (fset, 0), (fset_sub, 0), (c"{}", 0)],
        );
        table(
            PyFrozenSet_Check,
            "PyFrozenSet_Check",
            &[(fset, 1), (fset_sub, 1), (set, 0), (c"()", 0)],
        );
        table(
            PyFrozenSet_CheckExact,
            "PyFrozenSet_CheckExact",
            &[(fset, 1), (fset_sub, 0), (set, 0)],
        );
        table(
            PyAnySet_Check,
            "PyAnySet_Check",
            &[(set, 1), (fset, 1), (set_sub, 1), (fset_sub, 1), (c"[]", 0)],
        );
        table(
            PyAnySet_CheckExact,
            "PyAnySet_CheckExact",
            &[(set, 1), (fset, 1), (set_sub, 0), (fset_sub, 0)],
        );
        #[cfg(Py_3_10)]
        table(
            PySet_CheckExact,
            "PySet_CheckExact",
            &[(set, 1), (set_sub, 0), (fset, 0)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn set_get_size() {
    with_gil(|| unsafe {
        let s = PySet_New(std::ptr::null_mut());
        assert_eq!(PySet_GET_SIZE(s), 0);
        for i in 0..50 {
            let k = PyLong_FromLong(i % 25);
            assert_eq!(PySet_Add(s, k), 0);
            Py_DECREF(k);
        }
        assert_eq!(PySet_GET_SIZE(s), 25);
        assert_eq!(PySet_GET_SIZE(s), PySet_Size(s));
        Py_DECREF(s);
        with_obj(c"frozenset('abcabc')", |f| assert_eq!(PySet_GET_SIZE(f), 3));
    });
}

#[test]
fn range_iter_and_memoryview_checks() {
    with_gil(|| unsafe {
        table(
            PyRange_Check,
            "PyRange_Check",
            &[
                (c"range(3)", 1),
                (c"range(0)", 1),
                (c"[0, 1, 2]", 0),
                (c"iter(range(3))", 0),
            ],
        );
        // iter() of an object with only __getitem__ is a sequence iterator; iter(f, sentinel)
        // is a callable iterator.
        let seq_iter = c"iter(type('G', (), {'__getitem__': lambda s, i: i})())";
        let call_iter = c"iter(int, 1)";
        table(
            PySeqIter_Check,
            "PySeqIter_Check",
            &[(seq_iter, 1), (call_iter, 0), (c"iter([])", 0)],
        );
        table(
            PyCallIter_Check,
            "PyCallIter_Check",
            &[(call_iter, 1), (seq_iter, 0), (c"iter(())", 0)],
        );
        table(
            PyMemoryView_Check,
            "PyMemoryView_Check",
            &[
                (c"memoryview(b'ab')", 1),
                (c"b'ab'", 0),
                (c"bytearray()", 0),
            ],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn memoryview_buffer_and_base() {
    with_gil(|| unsafe {
        // Not a literal: free-threaded 3.13 makes code constants immortal.
        let base = eval(c"bytes(bytearray(b'memory'))");
        let before = Py_REFCNT(base);
        let mv = PyMemoryView_FromObject(base);
        assert_eq!(Py_REFCNT(base), before + 1, "the view holds its exporter");
        let view = PyMemoryView_GET_BUFFER(mv);
        assert_eq!((*view).len, 6);
        assert_eq!((*view).readonly, 1);
        assert_eq!(
            std::slice::from_raw_parts((*view).buf.cast::<u8>(), 6),
            b"memory"
        );
        assert_eq!(
            (*view).buf.cast::<std::ffi::c_char>().cast_const(),
            PyBytes_AS_STRING(base)
        );
        // Borrowed: no reference is taken.
        assert_eq!(PyMemoryView_GET_BASE(mv), base);
        assert_eq!(Py_REFCNT(base), before + 1);
        Py_DECREF(mv);
        assert_eq!(Py_REFCNT(base), before);
        Py_DECREF(base);
        // A view made from raw memory has no exporter.
        let mut raw = *b"xyz";
        let mv = PyMemoryView_FromMemory(raw.as_mut_ptr().cast(), 3, PyBUF_READ);
        assert!(PyMemoryView_GET_BASE(mv).is_null());
        assert_eq!((*PyMemoryView_GET_BUFFER(mv)).len, 3);
        Py_DECREF(mv);
    });
}
