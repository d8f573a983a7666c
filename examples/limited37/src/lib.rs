//! `limited37`: an extension module written only to the stable ABI of
//! CPython 3.7 (pyffi feature `abi3-py37`). One build imports on every
//! CPython from 3.7 on.

use std::os::raw::{c_char, c_long};
use std::ptr;

use pyffi::*;

// Everything below must come from the 3.7 limited API; pyffi only declares
// that subset under `Py_LIMITED_API` without `Py_3_9`.
#[cfg(any(not(Py_LIMITED_API), Py_3_8))]
compile_error!("limited37 must be built for the 3.7 stable ABI (pyffi feature abi3-py37)");

static mut METHODS: [PyMethodDef; 6] = [
    PyMethodDef {
        ml_name: c_str!("add").as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: add },
        ml_flags: METH_VARARGS,
        ml_doc: c_str!("add(a, b) -> int: a + b for two ints that fit in a C long.").as_ptr(),
    },
    PyMethodDef {
        ml_name: c_str!("greet").as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: greet },
        ml_flags: METH_O,
        ml_doc: c_str!("greet(name) -> str: 'Hello, <name>!'.").as_ptr(),
    },
    PyMethodDef {
        ml_name: c_str!("count").as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: count },
        ml_flags: METH_VARARGS,
        ml_doc: c_str!("count(*args) -> int: how many arguments were passed.").as_ptr(),
    },
    PyMethodDef {
        ml_name: c_str!("pick").as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: pick },
        ml_flags: METH_VARARGS,
        ml_doc: c_str!("pick(index, *items): items[index], the object itself.").as_ptr(),
    },
    PyMethodDef {
        ml_name: c_str!("version").as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: version },
        ml_flags: METH_NOARGS,
        ml_doc: c_str!("version() -> str: Py_GetVersion() of the running interpreter.").as_ptr(),
    },
    PyMethodDef::zeroed(),
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c_str!("limited37").as_ptr(),
    m_doc: c_str!("Functions built once for the CPython 3.7 stable ABI.").as_ptr(),
    m_size: 0,
    m_methods: ptr::addr_of_mut!(METHODS) as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[allow(non_snake_case)]
#[no_mangle]
pub unsafe extern "C" fn PyInit_limited37() -> *mut PyObject {
    let module = PyModule_Create(ptr::addr_of_mut!(MODULE));
    if module.is_null() {
        return ptr::null_mut();
    }
    if PyModule_AddIntConstant(module, c_str!("ANSWER").as_ptr(), 42) < 0
        || PyModule_AddStringConstant(module, c_str!("ABI").as_ptr(), c_str!("abi3-py37").as_ptr())
            < 0
    {
        Py_DECREF(module);
        return ptr::null_mut();
    }
    module
}

/// `add(a, b)`: arguments parsed by PyArg_ParseTuple ("l" = C long).
unsafe extern "C" fn add(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let (mut a, mut b): (c_long, c_long) = (0, 0);
    if PyArg_ParseTuple(args, c_str!("ll:add").as_ptr(), &mut a, &mut b) == 0 {
        return ptr::null_mut();
    }
    match a.checked_add(b) {
        Some(sum) => PyLong_FromLong(sum),
        None => {
            PyErr_SetString(PyExc_OverflowError, c_str!("add: the sum does not fit in a C long").as_ptr());
            ptr::null_mut()
        }
    }
}

/// `greet(name)`: str in, str out, through UTF-8 bytes (PyUnicode_AsUTF8
/// is not in the limited API before 3.10).
unsafe extern "C" fn greet(_module: *mut PyObject, name: *mut PyObject) -> *mut PyObject {
    if PyUnicode_Check(name) == 0 {
        PyErr_SetString(PyExc_TypeError, c_str!("greet() argument must be str").as_ptr());
        return ptr::null_mut();
    }
    let utf8 = PyUnicode_AsUTF8String(name);
    if utf8.is_null() {
        return ptr::null_mut(); // e.g. a lone surrogate: UnicodeEncodeError
    }
    let data = PyBytes_AsString(utf8);
    let len = PyBytes_Size(utf8);
    let result = if data.is_null() || len < 0 {
        ptr::null_mut()
    } else {
        let name = std::slice::from_raw_parts(data.cast::<u8>(), len as usize);
        let mut text = b"Hello, ".to_vec();
        text.extend_from_slice(name);
        text.push(b'!');
        // Sized, so that a name with "\0" in it survives.
        PyUnicode_FromStringAndSize(text.as_ptr().cast::<c_char>(), text.len() as Py_ssize_t)
    };
    Py_DECREF(utf8);
    result
}

/// `count(*args)`: the size of the argument tuple.
unsafe extern "C" fn count(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let n = PyTuple_Size(args);
    if n < 0 {
        return ptr::null_mut();
    }
    PyLong_FromSsize_t(n)
}

/// `pick(index, *items)`: returns a new reference to `items[index]`.
unsafe extern "C" fn pick(_module: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let n = PyTuple_Size(args);
    if n < 1 {
        PyErr_SetString(PyExc_TypeError, c_str!("pick() needs an index").as_ptr());
        return ptr::null_mut();
    }
    let index = PyLong_AsSsize_t(PyTuple_GetItem(args, 0));
    if index == -1 && !PyErr_Occurred().is_null() {
        return ptr::null_mut();
    }
    if index < 0 || index >= n - 1 {
        PyErr_SetString(PyExc_IndexError, c_str!("pick() index out of range").as_ptr());
        return ptr::null_mut();
    }
    // PyTuple_GetItem lends its reference: the caller gets one of its own.
    let item = PyTuple_GetItem(args, index + 1);
    if !item.is_null() {
        Py_INCREF(item);
    }
    item
}

/// `version()`: METH_NOARGS still receives an (always NULL) second argument.
unsafe extern "C" fn version(_module: *mut PyObject, _unused: *mut PyObject) -> *mut PyObject {
    PyUnicode_FromString(Py_GetVersion())
}
