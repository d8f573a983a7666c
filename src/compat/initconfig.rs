//! Shims for `Include/cpython/initconfig.h`: `PyConfig_Get` and `PyConfig_GetInt` (3.14).
//!
//! Before 3.14 an option's current value is where 3.14's function reads it: the options
//! Python code can change are attributes of `sys` or `sys.flags`, and the rest are in the
//! interpreter's configuration, which 3.8-3.13 hand out as a dict (`_Py_GetConfigsAsDict`,
//! a private export). 3.7, PyPy and GraalPy have no such dict: there only the options kept
//! in `sys` can be read, and the others raise ValueError as unknown names do.
//!
//! Option names and value types are 3.14's (its `PyConfig_Names()` and the table of the
//! [configuration options](https://docs.python.org/3/c-api/init_config.html#configuration-options));
//! an option a version does not have is an unknown name there.

// Imports: written by pyffi-gen from the names used here.
#[cfg(not(Py_3_14))]
use core::ffi::{c_char, c_int, c_long};
#[cfg(not(Py_3_14))]
use crate::object::{PyObject, PyObject_GetAttrString, PyObject_IsTrue};
#[cfg(all(Py_3_10, not(Py_3_14)))]
use crate::refcount::Py_NewRef;
#[cfg(all(Py_3_10, not(Py_3_14), not(PyPy), not(GraalPy)))]
use crate::refcount::Py_XNewRef;
#[cfg(not(Py_3_14))]
use crate::refcount::Py_DECREF;
#[cfg(not(Py_3_14))]
use crate::pyerrors::{
    PyErr_Clear, PyErr_ExceptionMatches, PyErr_Format, PyErr_Occurred, PyExc_AttributeError,
    PyExc_RuntimeError, PyExc_TypeError, PyExc_ValueError,
};
#[cfg(all(Py_3_13, not(Py_3_14)))]
use crate::longobject::PyLong_AsInt;
#[cfg(not(Py_3_14))]
use crate::longobject::PyLong_Check;
#[cfg(not(Py_3_14))]
use crate::boolobject::PyBool_FromLong;
#[cfg(all(Py_3_8, not(Py_3_14), not(PyPy), not(GraalPy)))]
use crate::dictobject::PyDict_GetItemString;
#[cfg(not(Py_3_14))]
use crate::sysmodule::PySys_GetObject;
#[cfg(not(Py_3_14))]
use crate::abstract_::PyObject_CallObject;
#[cfg(not(Py_3_13))]
use crate::compat::longobject::PyLong_AsInt;
#[cfg(all(Py_3_8, not(Py_3_10), not(PyPy)))]
use crate::compat::refcount::Py_XNewRef;
#[cfg(not(Py_3_10))]
use crate::compat::refcount::Py_NewRef;

#[cfg(not(Py_3_14))]
use core::ffi::CStr;
#[allow(unused_imports)]
use core::ptr;

// --- PyConfig_Get, PyConfig_GetInt: 3.14 ---

#[cfg(Py_3_14)]
pub use crate::{PyConfig_Get, PyConfig_GetInt};

#[cfg(all(not(Py_3_14), Py_3_8, not(any(PyPy, GraalPy))))]
extern "C" {
    /// `{"global_config": …, "pre_config": …, "config": …}`, a new dict on each call.
    fn _Py_GetConfigsAsDict() -> *mut PyObject;
}

/// How 3.14 hands out an option's value.
#[cfg(not(Py_3_14))]
#[derive(Clone, Copy)]
enum Kind {
    /// `True` or `False` (the configuration keeps an int before 3.13).
    Bool,
    /// As kept: an int, a str or None, a list or a dict.
    Value,
}

/// Where an option's current value is before 3.14.
#[cfg(not(Py_3_14))]
#[derive(Clone, Copy)]
enum Kept {
    /// `sys.<attr>`, the object itself.
    Sys(&'static CStr),
    /// `not sys.<attr>`.
    NotSys(&'static CStr),
    /// `sys.<attr>()`.
    SysCall(&'static CStr),
    /// `sys.flags.<attr>`, negated if the flag is true.
    Flag(&'static CStr, bool),
    /// The configuration dict under the option's own name; where there is none, the
    /// `sys.flags` attribute if one is given.
    Config(Option<(&'static CStr, bool)>),
}

#[cfg(not(Py_3_14))]
use Kind::{Bool, Value};
#[cfg(not(Py_3_14))]
use Kept::{Config, Flag, NotSys, Sys, SysCall};

/// Every option 3.14 has that an older version can have, with where it is kept there.
#[cfg(not(Py_3_14))]
const OPTIONS: &[(&CStr, Kind, Kept)] = &[
    (c"allocator", Value, Config(None)),
    (c"argv", Value, Sys(c"argv")),
    (c"base_exec_prefix", Value, Sys(c"base_exec_prefix")),
    (c"base_executable", Value, Sys(c"_base_executable")),
    (c"base_prefix", Value, Sys(c"base_prefix")),
    (c"buffered_stdio", Bool, Config(None)),
    (c"bytes_warning", Value, Flag(c"bytes_warning", false)),
    (c"check_hash_pycs_mode", Value, Config(None)),
    (c"code_debug_ranges", Bool, Config(None)),
    (c"coerce_c_locale", Bool, Config(None)),
    (c"coerce_c_locale_warn", Bool, Config(None)),
    (c"configure_c_stdio", Bool, Config(None)),
    (c"configure_locale", Bool, Config(None)),
    (c"cpu_count", Value, Config(None)),
    (c"dev_mode", Bool, Config(Some((c"dev_mode", false)))),
    (c"dump_refs", Bool, Config(None)),
    (c"dump_refs_file", Value, Config(None)),
    (c"exec_prefix", Value, Sys(c"exec_prefix")),
    (c"executable", Value, Sys(c"executable")),
    (c"faulthandler", Bool, Config(None)),
    (c"filesystem_encoding", Value, Config(None)),
    (c"filesystem_errors", Value, Config(None)),
    (c"hash_seed", Value, Config(None)),
    (c"home", Value, Config(None)),
    (c"import_time", Value, Config(None)),
    (c"inspect", Bool, Flag(c"inspect", false)),
    (c"install_signal_handlers", Bool, Config(None)),
    (
        c"int_max_str_digits",
        Value,
        SysCall(c"get_int_max_str_digits"),
    ),
    (c"interactive", Bool, Flag(c"interactive", false)),
    (c"isolated", Bool, Config(Some((c"isolated", false)))),
    (c"legacy_windows_fs_encoding", Bool, Config(None)),
    (c"legacy_windows_stdio", Bool, Config(None)),
    (c"malloc_stats", Bool, Config(None)),
    (c"module_search_paths", Value, Sys(c"path")),
    (c"optimization_level", Value, Flag(c"optimize", false)),
    (c"orig_argv", Value, Config(None)),
    (c"parse_argv", Bool, Config(None)),
    (c"parser_debug", Bool, Flag(c"debug", false)),
    (c"pathconfig_warnings", Bool, Config(None)),
    (c"perf_profiling", Value, Config(None)),
    (c"platlibdir", Value, Sys(c"platlibdir")),
    (c"prefix", Value, Sys(c"prefix")),
    (c"program_name", Value, Config(None)),
    (c"pycache_prefix", Value, Sys(c"pycache_prefix")),
    (c"quiet", Bool, Flag(c"quiet", false)),
    (c"run_command", Value, Config(None)),
    (c"run_filename", Value, Config(None)),
    (c"run_module", Value, Config(None)),
    (c"run_presite", Value, Config(None)),
    (c"safe_path", Bool, Config(Some((c"safe_path", false)))),
    (c"show_ref_count", Bool, Config(None)),
    (c"site_import", Bool, Config(Some((c"no_site", true)))),
    (c"skip_source_first_line", Bool, Config(None)),
    (c"stdio_encoding", Value, Config(None)),
    (c"stdio_errors", Value, Config(None)),
    (c"stdlib_dir", Value, Sys(c"_stdlib_dir")),
    (c"tracemalloc", Value, Config(None)),
    (c"use_environment", Bool, Flag(c"ignore_environment", true)),
    (c"use_frozen_modules", Bool, Config(None)),
    (c"use_hash_seed", Bool, Config(None)),
    (
        c"user_site_directory",
        Bool,
        Config(Some((c"no_user_site", true))),
    ),
    (c"utf8_mode", Bool, Config(Some((c"utf8_mode", false)))),
    (c"verbose", Value, Flag(c"verbose", false)),
    (c"warn_default_encoding", Bool, Config(None)),
    (c"warnoptions", Value, Sys(c"warnoptions")),
    (c"write_bytecode", Bool, NotSys(c"dont_write_bytecode")),
    (c"xoptions", Value, Sys(c"_xoptions")),
    (c"_pystats", Bool, Config(None)),
];

/// NULL with ValueError, as 3.14 answers a name it does not know.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn unknown(name: *const c_char) -> *mut PyObject {
    PyErr_Format(
        PyExc_ValueError,
        c"unknown config option name: %s".as_ptr(),
        name,
    );
    ptr::null_mut()
}

/// A new reference to `sys.<attr>`, or NULL with RuntimeError if sys has lost it.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn sys_attr(attr: &CStr) -> *mut PyObject {
    let value = PySys_GetObject(attr.as_ptr());
    if value.is_null() {
        PyErr_Format(PyExc_RuntimeError, c"lost sys.%s".as_ptr(), attr.as_ptr());
        return ptr::null_mut();
    }
    Py_NewRef(value)
}

/// A new reference to `sys.flags.<attr>`.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn sys_flag(attr: &CStr) -> *mut PyObject {
    let flags = sys_attr(c"flags");
    if flags.is_null() {
        return flags;
    }
    let value = PyObject_GetAttrString(flags, attr.as_ptr());
    Py_DECREF(flags);
    value
}

/// A new reference to the option's entry in the configuration dict, NULL with no
/// exception if this version has no such option, NULL with one on error.
#[cfg(all(not(Py_3_14), Py_3_8, not(any(PyPy, GraalPy))))]
#[inline]
unsafe fn config_entry(name: &CStr) -> *mut PyObject {
    let configs = _Py_GetConfigsAsDict();
    if configs.is_null() {
        return configs;
    }
    let mut value = ptr::null_mut();
    // Most options are in "config"; the locale and allocator ones in "pre_config".
    for part in [c"config", c"pre_config"] {
        let dict = PyDict_GetItemString(configs, part.as_ptr());
        if !dict.is_null() {
            value = PyDict_GetItemString(dict, name.as_ptr());
            if !value.is_null() {
                break;
            }
        }
    }
    let value = Py_XNewRef(value);
    Py_DECREF(configs);
    value
}

/// 3.7, PyPy and GraalPy: no configuration dict.
#[cfg(all(not(Py_3_14), not(all(Py_3_8, not(any(PyPy, GraalPy))))))]
#[inline]
unsafe fn config_entry(_name: &CStr) -> *mut PyObject {
    ptr::null_mut()
}

/// `bool(value)` for `negate` false, `not value` for true; steals `value`.
#[cfg(not(Py_3_14))]
#[inline]
unsafe fn to_bool(value: *mut PyObject, negate: bool) -> *mut PyObject {
    if value.is_null() {
        return value;
    }
    let truth = PyObject_IsTrue(value);
    Py_DECREF(value);
    if truth < 0 {
        return ptr::null_mut();
    }
    PyBool_FromLong(((truth == 1) != negate) as c_long)
}

/// The current value of configuration option `name` (a new reference), or NULL with
/// ValueError for a name this version does not have.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyConfig_Get`](https://docs.python.org/3/c-api/init_config.html#c.PyConfig_Get) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyConfig_Get(name: *const c_char) -> *mut PyObject {
    let wanted = CStr::from_ptr(name);
    let Some(&(_, kind, kept)) = OPTIONS.iter().find(|(option, _, _)| *option == wanted) else {
        return unknown(name);
    };
    let (value, negate) = match kept {
        Sys(attr) => (sys_attr(attr), false),
        NotSys(attr) => (sys_attr(attr), true),
        SysCall(attr) => {
            let f = PySys_GetObject(attr.as_ptr());
            if f.is_null() {
                // Versions before the limit on int digits (3.11, and the 3.7-3.10
                // security releases from September 2022).
                return unknown(name);
            }
            (PyObject_CallObject(f, ptr::null_mut()), false)
        }
        Flag(attr, negate) => (sys_flag(attr), negate),
        Config(flag) => {
            let value = config_entry(wanted);
            match (value.is_null(), flag) {
                (false, _) => (value, false),
                (true, _) if !PyErr_Occurred().is_null() => return value,
                (true, Some((attr, negate))) if !cfg!(all(Py_3_8, not(any(PyPy, GraalPy)))) => {
                    let value = sys_flag(attr);
                    // A flag this version does not have: an option it does not have.
                    if value.is_null() && PyErr_ExceptionMatches(PyExc_AttributeError) != 0 {
                        PyErr_Clear();
                        return unknown(name);
                    }
                    (value, negate)
                }
                (true, _) => return unknown(name),
            }
        }
    };
    match kind {
        Bool => to_bool(value, negate),
        Value => value,
    }
}

/// Option `name` as a C int in `*value`: 0, or -1 with TypeError if it is no int,
/// OverflowError if it does not fit, ValueError if there is no such option.
#[cfg(not(Py_3_14))]
#[inline]
///
/// C API: [`PyConfig_GetInt`](https://docs.python.org/3/c-api/init_config.html#c.PyConfig_GetInt) (docs: added 3.14). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyConfig_GetInt(name: *const c_char, value: *mut c_int) -> c_int {
    let obj = PyConfig_Get(name);
    if obj.is_null() {
        return -1;
    }
    if PyLong_Check(obj) == 0 {
        Py_DECREF(obj);
        PyErr_Format(
            PyExc_TypeError,
            c"config option %s is not an int".as_ptr(),
            name,
        );
        return -1;
    }
    let result = PyLong_AsInt(obj);
    Py_DECREF(obj);
    if result == -1 && !PyErr_Occurred().is_null() {
        return -1;
    }
    *value = result;
    0
}
