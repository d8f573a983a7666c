//! `string_sum.sum_as_string(a, b)` returns `str(a + b)` for two ints that
//! fit in 32 bits.
//!
//! Written with nothing but the raw C API, spelled as pyo3-ffi spells it: the
//! dependency is pyffi renamed to `pyo3_ffi`, and no line here knows that.

use std::ffi::CString;
use std::os::raw::{c_int, c_long};
use std::ptr;

use pyo3_ffi::*;

static mut METHODS: [PyMethodDef; 2] = [
    PyMethodDef {
        ml_name: c_str!("sum_as_string").as_ptr(),
        ml_meth: PyMethodDefPointer {
            PyCFunctionFast: sum_as_string,
        },
        ml_flags: METH_FASTCALL,
        // The first lines give `inspect.signature` its `(a, b, /)`.
        ml_doc: c_str!(
            "sum_as_string($module, a, b, /)\n--\n\nReturn str(a + b) for two ints that fit in 32 bits."
        )
        .as_ptr(),
    },
    // CPython stops at the first entry whose name is NULL.
    PyMethodDef::zeroed(),
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c_str!("string_sum").as_ptr(),
    m_doc: c_str!("Adds two 32-bit ints and returns the sum as a str.").as_ptr(),
    m_size: 0,
    m_methods: ptr::addr_of_mut!(METHODS) as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

/// Called by the import system: the name must be `PyInit_` + the module name.
#[allow(non_snake_case)]
#[no_mangle]
pub unsafe extern "C" fn PyInit_string_sum() -> *mut PyObject {
    let module = PyModule_Create(ptr::addr_of_mut!(MODULE));
    if module.is_null() {
        return ptr::null_mut();
    }
    // The module keeps no state, so a free-threaded interpreter need not
    // re-enable the GIL when importing it.
    #[cfg(Py_GIL_DISABLED)]
    if PyUnstable_Module_SetGIL(module, Py_MOD_GIL_NOT_USED) < 0 {
        Py_DECREF(module);
        return ptr::null_mut();
    }
    module
}

/// Raises `exception` with `message` (which may not contain NUL).
unsafe fn raise(exception: *mut PyObject, message: String) {
    let message = CString::new(message).unwrap_or_default();
    PyErr_SetString(exception, message.as_ptr());
}

/// Reads argument `position` (1-based) as an i32, or raises and returns None.
unsafe fn int_argument(arg: *mut PyObject, position: usize) -> Option<i32> {
    if PyLong_Check(arg) == 0 {
        raise(
            PyExc_TypeError,
            format!("sum_as_string expected an int for positional argument {position}"),
        );
        return None;
    }
    let mut overflow: c_int = 0;
    let value: c_long = PyLong_AsLongAndOverflow(arg, &mut overflow);
    if value == -1 && overflow == 0 && !PyErr_Occurred().is_null() {
        return None;
    }
    // `c_long` is 64 bits on most Unix targets and 32 on Windows: checking
    // the i32 range here gives the same answer on both.
    match i32::try_from(value) {
        Ok(value) if overflow == 0 => Some(value),
        _ => {
            raise_does_not_fit(arg);
            None
        }
    }
}

/// OverflowError "cannot fit <str(arg)> in 32 bits".
unsafe fn raise_does_not_fit(arg: *mut PyObject) {
    let text = PyObject_Str(arg);
    if text.is_null() {
        return; // str() raised: let that error through.
    }
    let mut len: Py_ssize_t = 0;
    let utf8 = PyUnicode_AsUTF8AndSize(text, &mut len);
    if !utf8.is_null() {
        // CPython's UTF-8 buffer lives as long as `text` and is valid UTF-8.
        let bytes = std::slice::from_raw_parts(utf8.cast::<u8>(), len as usize);
        let digits = String::from_utf8_lossy(bytes);
        raise(PyExc_OverflowError, format!("cannot fit {digits} in 32 bits"));
    }
    Py_DECREF(text);
}

/// `METH_FASTCALL`: the positional arguments arrive as a C array.
unsafe extern "C" fn sum_as_string(
    _module: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    if nargs != 2 {
        PyErr_SetString(
            PyExc_TypeError,
            c_str!("sum_as_string expected 2 positional arguments").as_ptr(),
        );
        return ptr::null_mut();
    }
    let args = std::slice::from_raw_parts(args, 2);
    let Some(a) = int_argument(args[0], 1) else {
        return ptr::null_mut();
    };
    let Some(b) = int_argument(args[1], 2) else {
        return ptr::null_mut();
    };
    let Some(sum) = a.checked_add(b) else {
        PyErr_SetString(
            PyExc_OverflowError,
            c_str!("arguments too large to add").as_ptr(),
        );
        return ptr::null_mut();
    };
    let text = sum.to_string();
    PyUnicode_FromStringAndSize(text.as_ptr().cast(), text.len() as Py_ssize_t)
}
