//! `compat::` shims for frames, code objects and thread states (outside the limited
//! API): the native function where the version has it, else the crate's fallback.
#![cfg(not(Py_LIMITED_API))]
mod common;

use common::{eval, take_error, to_string, with_gil};
use pyffi::*;
use std::ptr;

#[test]
fn frame_accessors() {
    common::with_gil(|| unsafe {
        // A finished frame of a lambda with one local, called from the eval frame.
        let frame: *mut PyFrameObject =
            eval(c"(lambda x: __import__('sys')._getframe())(5)").cast();
        let code = compat::PyFrame_GetCode(frame);
        let name = PyObject_GetAttrString(code.cast(), c"co_name".as_ptr());
        assert_eq!(to_string(name), "<lambda>");
        Py_DECREF(name);
        assert_eq!(compat::_PyFrame_GetCodeBorrow(frame), code);

        let varnames = compat::PyCode_GetVarnames(code);
        assert_eq!(to_string(varnames), "('x',)");
        Py_DECREF(varnames);
        for get in [compat::PyCode_GetCellvars, compat::PyCode_GetFreevars] {
            let t = get(code);
            assert_eq!(to_string(t), "()");
            Py_DECREF(t);
        }
        let bytecode = compat::PyCode_GetCode(code);
        assert_eq!(PyBytes_Check(bytecode), 1);
        assert!(PyBytes_Size(bytecode) > 0);
        Py_DECREF(bytecode);
        Py_DECREF(code.cast());

        let back = compat::PyFrame_GetBack(frame);
        assert!(!back.is_null());
        assert_eq!(compat::_PyFrame_GetBackBorrow(frame), back);
        // The eval frame is the outermost.
        assert!(compat::PyFrame_GetBack(back).is_null());
        Py_DECREF(back.cast());

        let locals = compat::PyFrame_GetLocals(frame);
        assert_eq!(to_string(locals), "{'x': 5}");
        Py_DECREF(locals);
        let globals = compat::PyFrame_GetGlobals(frame);
        assert_eq!(PyDict_Check(globals), 1);
        assert!(!PyDict_GetItemString(globals, c"__builtins__".as_ptr()).is_null());
        Py_DECREF(globals);
        let builtins = compat::PyFrame_GetBuiltins(frame);
        let len = PyMapping_GetItemString(builtins, c"len".as_ptr());
        assert!(!len.is_null());
        Py_DECREF(len);
        Py_DECREF(builtins);
        assert!(compat::PyFrame_GetLasti(frame) >= 0);

        let x = compat::PyFrame_GetVarString(frame, c"x".as_ptr());
        assert_eq!(PyLong_AsLong(x), 5);
        Py_DECREF(x);
        assert!(compat::PyFrame_GetVarString(frame, c"nope".as_ptr()).is_null());
        take_error(PyExc_NameError);
        let name = PyUnicode_FromString(c"x".as_ptr());
        let x = compat::PyFrame_GetVar(frame, name);
        assert_eq!(PyLong_AsLong(x), 5);
        Py_DECREF(x);
        Py_DECREF(name);
        let name = PyUnicode_FromString(c"nope".as_ptr());
        assert!(compat::PyFrame_GetVar(frame, name).is_null());
        take_error(PyExc_NameError);
        Py_DECREF(name);
        Py_DECREF(frame.cast());
    });
}

#[test]
fn thread_state_accessors() {
    with_gil(|| unsafe {
        let ts = PyThreadState_Get();
        // PyPy 3.9's thread state keeps no frame or id: no shims there.
        #[cfg(any(not(PyPy), Py_3_11))]
        {
            // No Python code is running on this thread; on PyPy the tests run inside the
            // Python call that started them (pypy-tests/).
            let frame = compat::PyThreadState_GetFrame(ts);
            assert_eq!(frame.is_null(), !cfg!(PyPy));
            Py_XDECREF(frame.cast());
            assert_eq!(
                compat::_PyThreadState_GetFrameBorrow(ts).is_null(),
                !cfg!(PyPy)
            );
            let id = compat::PyThreadState_GetID(ts);
            assert!(id > 0, "thread state id {id}");
            assert_eq!(compat::PyThreadState_GetID(ts), id);
        }
        let interp = compat::PyThreadState_GetInterpreter(ts);
        assert!(!interp.is_null());
        assert_eq!(interp, compat::PyInterpreterState_Get());
        let _ = ptr::null::<()>();
    });
}
