//! `compat::PyConfig_Get` and `compat::PyConfig_GetInt`: the same assertions hold for
//! 3.14's functions and for the crate's fallback before it. Each option is compared with
//! where Python code reads it (`sys`, `sys.flags`).
mod common;

#[cfg(not(Py_LIMITED_API))]
mod config {
    use super::common::{eval, to_string, with_gil};
    use pyffi::*;
    use std::ffi::{c_int, CStr};
    use std::ptr;

    /// `PyConfig_Get(name)`, which must succeed (a new reference).
    unsafe fn get(name: &CStr) -> *mut PyObject {
        let value = compat::PyConfig_Get(name.as_ptr());
        if value.is_null() {
            PyErr_Print();
            panic!("PyConfig_Get({name:?}) failed");
        }
        value
    }

    /// Takes the pending exception: its type must be `kind`; returns its message.
    unsafe fn error_message(kind: *mut PyObject) -> String {
        let (mut t, mut v, mut tb) = (ptr::null_mut(), ptr::null_mut(), ptr::null_mut());
        PyErr_Fetch(&mut t, &mut v, &mut tb);
        assert!(!t.is_null(), "no exception is pending");
        PyErr_NormalizeException(&mut t, &mut v, &mut tb);
        assert_eq!(PyObject_IsInstance(v, kind), 1, "{}", to_string(v));
        let message = to_string(v);
        Py_DECREF(t);
        Py_DECREF(v);
        Py_XDECREF(tb);
        message
    }

    /// Asserts that option `name` equals the Python expression `expected`, and has its type.
    unsafe fn assert_option(name: &CStr, expected: &CStr) {
        let value = get(name);
        let want = eval(expected);
        assert_eq!(
            PyObject_RichCompareBool(value, want, Py_EQ),
            1,
            "PyConfig_Get({name:?}) = {}, {expected:?} = {}",
            to_string(value),
            to_string(want)
        );
        assert_eq!(Py_TYPE(value), Py_TYPE(want), "{name:?}: another type");
        Py_DECREF(want);
        Py_DECREF(value);
    }

    #[test]
    fn options_python_can_change_are_the_sys_objects() {
        with_gil(|| unsafe {
            for (name, attr) in [
                (c"module_search_paths", c"path"),
                (c"warnoptions", c"warnoptions"),
                (c"xoptions", c"_xoptions"),
            ] {
                let value = get(name);
                assert_eq!(value, PySys_GetObject(attr.as_ptr()), "{name:?}");
                Py_DECREF(value);
            }
            // An embedded 3.7 has no sys.argv until it is given one.
            let argv = compat::PyConfig_Get(c"argv".as_ptr());
            if PySys_GetObject(c"argv".as_ptr()).is_null() {
                assert!(argv.is_null());
                assert_eq!(error_message(PyExc_RuntimeError), "lost sys.argv");
            } else {
                assert_eq!(argv, PySys_GetObject(c"argv".as_ptr()));
                Py_DECREF(argv);
            }
            assert_option(c"prefix", c"__import__('sys').prefix");
            assert_option(c"base_exec_prefix", c"__import__('sys').base_exec_prefix");
            assert_option(c"executable", c"__import__('sys').executable");
            assert_option(
                c"write_bytecode",
                c"not __import__('sys').dont_write_bytecode",
            );
        });
    }

    #[test]
    fn flag_options_are_sys_flags_with_3_14s_types() {
        with_gil(|| unsafe {
            assert_option(c"verbose", c"__import__('sys').flags.verbose");
            assert_option(c"optimization_level", c"__import__('sys').flags.optimize");
            assert_option(c"bytes_warning", c"__import__('sys').flags.bytes_warning");
            assert_option(c"quiet", c"bool(__import__('sys').flags.quiet)");
            assert_option(c"inspect", c"bool(__import__('sys').flags.inspect)");
            assert_option(
                c"use_environment",
                c"not __import__('sys').flags.ignore_environment",
            );
            assert_option(c"isolated", c"bool(__import__('sys').flags.isolated)");
            assert_option(c"dev_mode", c"bool(__import__('sys').flags.dev_mode)");
            assert_option(c"site_import", c"not __import__('sys').flags.no_site");
        });
    }

    /// Options kept only in the interpreter's configuration: 3.8+ CPython.
    #[cfg(all(Py_3_8, not(PyPy), not(GraalPy)))]
    #[test]
    fn configuration_options() {
        with_gil(|| unsafe {
            assert_option(
                c"filesystem_encoding",
                c"__import__('sys').getfilesystemencoding()",
            );
            assert_option(
                c"filesystem_errors",
                c"__import__('sys').getfilesystemencodeerrors()",
            );
            let seed = get(c"hash_seed");
            assert_eq!(PyLong_CheckExact(seed), 1);
            Py_DECREF(seed);
            let faulthandler = get(c"faulthandler");
            assert!(faulthandler == Py_True() || faulthandler == Py_False());
            Py_DECREF(faulthandler);
            #[cfg(Py_3_10)]
            assert_option(c"orig_argv", c"__import__('sys').orig_argv");
        });
    }

    /// Without a configuration to read (3.7, PyPy), an option kept nowhere else is unknown.
    #[cfg(any(not(Py_3_8), PyPy, GraalPy))]
    #[test]
    fn configuration_options_without_a_configuration() {
        with_gil(|| unsafe {
            assert!(compat::PyConfig_Get(c"filesystem_encoding".as_ptr()).is_null());
            assert_eq!(
                error_message(PyExc_ValueError),
                "unknown config option name: filesystem_encoding"
            );
        });
    }

    #[test]
    fn unknown_and_private_names_are_value_errors() {
        with_gil(|| unsafe {
            // The configuration's private fields are not options.
            for name in [c"no_such_option", c"_init_main", c"_config_init", c""] {
                assert!(compat::PyConfig_Get(name.as_ptr()).is_null());
                assert_eq!(
                    error_message(PyExc_ValueError),
                    format!("unknown config option name: {}", name.to_str().unwrap())
                );
            }
        });
    }

    #[test]
    fn get_int_gives_ints_and_refuses_the_rest() {
        with_gil(|| unsafe {
            let mut value: c_int = -7;
            assert_eq!(compat::PyConfig_GetInt(c"verbose".as_ptr(), &mut value), 0);
            let verbose = eval(c"__import__('sys').flags.verbose");
            assert_eq!(value as std::ffi::c_long, PyLong_AsLong(verbose));
            Py_DECREF(verbose);
            // A bool option is an int too.
            value = -7;
            assert_eq!(compat::PyConfig_GetInt(c"quiet".as_ptr(), &mut value), 0);
            assert!(value == 0 || value == 1);

            value = -7;
            assert_eq!(compat::PyConfig_GetInt(c"prefix".as_ptr(), &mut value), -1);
            assert_eq!(value, -7, "left alone on error");
            assert_eq!(
                error_message(PyExc_TypeError),
                "config option prefix is not an int"
            );
            assert_eq!(
                compat::PyConfig_GetInt(c"no_such_option".as_ptr(), &mut value),
                -1
            );
            assert_eq!(
                error_message(PyExc_ValueError),
                "unknown config option name: no_such_option"
            );
        });
    }

    /// `int_max_str_digits` is the live limit (sys.set_int_max_str_digits), where the
    /// version has one (3.11, and the 3.7-3.10 security releases of September 2022 on).
    #[test]
    fn int_max_str_digits_is_the_live_limit() {
        super::common::serial(|| unsafe {
            if PySys_GetObject(c"get_int_max_str_digits".as_ptr()).is_null() {
                assert!(compat::PyConfig_Get(c"int_max_str_digits".as_ptr()).is_null());
                error_message(PyExc_ValueError);
                return;
            }
            let before = eval(c"__import__('sys').get_int_max_str_digits()");
            let set = eval(c"__import__('sys').set_int_max_str_digits(7777)");
            Py_DECREF(set);
            let mut value: c_int = 0;
            let rc = compat::PyConfig_GetInt(c"int_max_str_digits".as_ptr(), &mut value);
            let restore = PyObject_CallMethod(
                PyImport_AddModule(c"sys".as_ptr()),
                c"set_int_max_str_digits".as_ptr(),
                c"O".as_ptr(),
                before,
            );
            assert!(!restore.is_null());
            Py_DECREF(restore);
            Py_DECREF(before);
            assert_eq!((rc, value), (0, 7777));
        });
    }
}
