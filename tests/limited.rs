//! The stable-ABI paths (build with an `abi3-py3X` feature): the singletons through
//! `_Py_TrueStruct` or, from 3.13, `Py_GetConstantBorrowed`; modules; compat fallbacks.
//! Uses only limited-API calls, so it does not share tests/common.
#![cfg(Py_LIMITED_API)]

use pyffi::*;
use std::ptr;
use std::sync::Once;

fn with_gil<R>(f: impl FnOnce() -> R) -> R {
    static INIT: Once = Once::new();
    INIT.call_once(|| unsafe {
        Py_InitializeEx(0);
        PyEval_SaveThread();
    });
    unsafe {
        let state = PyGILState_Ensure();
        let r = f();
        PyGILState_Release(state);
        r
    }
}

unsafe fn eval(src: &std::ffi::CStr) -> *mut PyObject {
    let code = Py_CompileString(src.as_ptr(), c"<limited>".as_ptr(), Py_eval_input);
    assert!(!code.is_null());
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), PyEval_GetBuiltins()),
        0
    );
    let r = PyEval_EvalCode(code, globals, globals);
    Py_DECREF(globals);
    Py_DECREF(code);
    assert!(!r.is_null());
    r
}

#[test]
fn singletons() {
    with_gil(|| unsafe {
        let t = eval(c"True");
        let f = eval(c"False");
        let e = eval(c"...");
        assert_eq!((t, f, e), (Py_True(), Py_False(), Py_Ellipsis()));
        assert_eq!((PyBool_Check(t), PyBool_Check(e)), (1, 0));
        assert_eq!((Py_IsTrue(t), Py_IsFalse(f), Py_IsTrue(f)), (1, 1, 0));
        Py_DECREF(t);
        Py_DECREF(f);
        Py_DECREF(e);
    });
}

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c"answer".as_ptr(),
        ml_meth: PyMethodDefPointer {
            PyCFunction: answer,
        },
        ml_flags: METH_NOARGS,
        ml_doc: ptr::null(),
    },
    PyMethodDef::zeroed(),
];

unsafe extern "C" fn answer(_slf: *mut PyObject, _args: *mut PyObject) -> *mut PyObject {
    PyLong_FromLong(42)
}

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"limited_mod".as_ptr(),
    m_doc: ptr::null(),
    m_size: 0,
    m_methods: &raw mut METHODS as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[test]
fn module_and_compat() {
    with_gil(|| unsafe {
        let m = PyModule_Create(&raw mut MODULE);
        assert!(!m.is_null());
        assert_eq!((PyModule_Check(m), PyModule_CheckExact(m)), (1, 1));
        let func = PyObject_GetAttrString(m, c"answer".as_ptr());
        assert_eq!(PyCFunction_Check(func), 1);
        let r = compat::PyObject_CallNoArgs(func);
        assert_eq!(PyLong_AsLong(r), 42);
        Py_DECREF(r);
        Py_DECREF(func);

        // PyIter_NextItem's type check and message without the type's fields.
        let list = eval(c"[1]");
        let mut item = Py_None();
        assert_eq!(compat::PyIter_NextItem(list, &mut item), -1);
        assert!(item.is_null());
        assert_eq!(PyErr_ExceptionMatches(PyExc_TypeError), 1);
        let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        PyErr_Fetch(&mut t, &mut v, &mut tb);
        PyErr_NormalizeException(&mut t, &mut v, &mut tb);
        let s = PyObject_Str(v);
        let expected = PyUnicode_FromString(c"expected an iterator, got 'list'".as_ptr());
        assert_eq!(PyObject_RichCompareBool(s, expected, Py_EQ), 1);
        for o in [s, expected, t, v, tb, list] {
            Py_XDECREF(o);
        }
        let tuple = eval(c"(7,)");
        let it = PyObject_GetIter(tuple);
        Py_DECREF(tuple);
        assert_eq!(compat::PyIter_NextItem(it, &mut item), 1);
        assert_eq!(PyLong_AsLong(item), 7);
        Py_DECREF(item);
        assert_eq!(compat::PyIter_NextItem(it, &mut item), 0);
        Py_DECREF(it);
        Py_DECREF(m);
    });
}
