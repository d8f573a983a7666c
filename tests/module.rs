//! Modules and builtin functions made from a `PyModuleDef` and `PyMethodDef`s, called
//! from Python with each calling convention; the method-object accessors.
mod common;

use common::{eval, take_error, to_string, with_gil};
use pyffi::*;
use std::ffi::CStr;
use std::ptr;

unsafe fn long(o: *mut PyObject) -> i64 {
    let v = PyLong_AsLongLong(o);
    assert!(
        v != -1 || PyErr_Occurred().is_null(),
        "not an int: {}",
        to_string(o)
    );
    v
}

/// Evaluates `expr` with the module `name` bound to `m`.
unsafe fn eval_with(m: *mut PyObject, name: &CStr, expr: &CStr) -> *mut PyObject {
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), PyEval_GetBuiltins()),
        0
    );
    assert_eq!(PyDict_SetItemString(globals, name.as_ptr(), m), 0);
    let r = PyRun_String(expr.as_ptr(), Py_eval_input, globals, globals);
    Py_DECREF(globals);
    r
}

unsafe fn eval_long(m: *mut PyObject, expr: &CStr) -> i64 {
    let r = eval_with(m, c"m", expr);
    if r.is_null() {
        PyErr_Print();
        panic!("{expr:?} raised");
    }
    let v = long(r);
    Py_DECREF(r);
    v
}

// METH_VARARGS: the sum of the positional ints.
unsafe extern "C" fn sum_varargs(_slf: *mut PyObject, args: *mut PyObject) -> *mut PyObject {
    let mut total = 0;
    for i in 0..PyTuple_Size(args) {
        let v = PyLong_AsLongLong(PyTuple_GetItem(args, i));
        if v == -1 && !PyErr_Occurred().is_null() {
            return ptr::null_mut();
        }
        total += v;
    }
    PyLong_FromLongLong(total)
}

// METH_VARARGS | METH_KEYWORDS: 100 * positional count + keyword count.
unsafe extern "C" fn count_kw(
    _slf: *mut PyObject,
    args: *mut PyObject,
    kwargs: *mut PyObject,
) -> *mut PyObject {
    let nkw = if kwargs.is_null() {
        0
    } else {
        PyDict_Size(kwargs)
    };
    PyLong_FromSsize_t(100 * PyTuple_Size(args) + nkw)
}

// METH_FASTCALL: 1000 * nargs + the first argument.
unsafe extern "C" fn fast(
    _slf: *mut PyObject,
    args: *mut *mut PyObject,
    nargs: Py_ssize_t,
) -> *mut PyObject {
    let first = if nargs > 0 {
        PyLong_AsLongLong(*args)
    } else {
        0
    };
    if first == -1 && !PyErr_Occurred().is_null() {
        return ptr::null_mut();
    }
    PyLong_FromLongLong(1000 * nargs as i64 + first)
}

// METH_FASTCALL | METH_KEYWORDS: 100 * positional count + keyword count, and the last
// keyword's value added.
unsafe extern "C" fn fast_kw(
    _slf: *mut PyObject,
    args: *const *mut PyObject,
    nargs: Py_ssize_t,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    let nkw = if kwnames.is_null() {
        0
    } else {
        PyTuple_Size(kwnames)
    };
    let last = if nkw > 0 {
        PyLong_AsLongLong(*args.offset(nargs + nkw - 1))
    } else {
        0
    };
    PyLong_FromLongLong(100 * nargs as i64 + nkw as i64 + last)
}

// METH_NOARGS: a fixed string; the second argument is always NULL.
unsafe extern "C" fn noargs(_slf: *mut PyObject, unused: *mut PyObject) -> *mut PyObject {
    assert!(unused.is_null());
    PyUnicode_FromString(c"no arguments".as_ptr())
}

// METH_O: the argument doubled, through Python's `*`.
unsafe extern "C" fn one(_slf: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    let two = PyLong_FromLong(2);
    let r = PyNumber_Multiply(arg, two);
    Py_DECREF(two);
    r
}

// Returns its `self` (the module for module functions), or None if NULL.
unsafe extern "C" fn get_self(slf: *mut PyObject, _unused: *mut PyObject) -> *mut PyObject {
    let r = if slf.is_null() { Py_None() } else { slf };
    Py_INCREF(r);
    r
}

const fn def(name: &'static CStr, meth: PyMethodDefPointer, flags: i32) -> PyMethodDef {
    PyMethodDef {
        ml_name: name.as_ptr(),
        ml_meth: meth,
        ml_flags: flags,
        ml_doc: ptr::null(),
    }
}

static mut METHODS: [PyMethodDef; 7] = [
    def(
        c"sum_varargs",
        PyMethodDefPointer {
            PyCFunction: sum_varargs,
        },
        METH_VARARGS,
    ),
    def(
        c"count_kw",
        PyMethodDefPointer {
            PyCFunctionWithKeywords: count_kw,
        },
        METH_VARARGS | METH_KEYWORDS,
    ),
    def(
        c"fast",
        PyMethodDefPointer {
            PyCFunctionFast: fast,
        },
        METH_FASTCALL,
    ),
    def(
        c"fast_kw",
        PyMethodDefPointer {
            PyCFunctionFastWithKeywords: fast_kw,
        },
        METH_FASTCALL | METH_KEYWORDS,
    ),
    def(
        c"noargs",
        PyMethodDefPointer {
            PyCFunction: noargs,
        },
        METH_NOARGS,
    ),
    PyMethodDef {
        ml_name: c"one".as_ptr(),
        ml_meth: PyMethodDefPointer { PyCFunction: one },
        ml_flags: METH_O,
        ml_doc: c"one(x) -> 2 * x".as_ptr(),
    },
    PyMethodDef::zeroed(),
];

static mut MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"pyffi_testmod".as_ptr(),
    m_doc: c"A module made by the pyffi tests.".as_ptr(),
    m_size: 0,
    m_methods: &raw mut METHODS as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[test]
fn method_table_sentinel_and_pointer_union() {
    let z = PyMethodDef::zeroed();
    assert!(z.ml_name.is_null() && z.ml_doc.is_null());
    assert_eq!(z.ml_flags, 0);
    assert!(z.ml_meth.as_ptr().is_null());
    assert!(z == PyMethodDef::default());
    // Every variant is the one pointer C stores.
    assert_eq!(
        std::mem::size_of::<PyMethodDefPointer>(),
        std::mem::size_of::<*mut ()>()
    );
    assert_eq!(
        std::mem::size_of::<PyMethodDef>(),
        4 * std::mem::size_of::<*mut ()>()
    );
    let a = PyMethodDefPointer {
        PyCFunction: sum_varargs,
    };
    let b = PyMethodDefPointer {
        PyCFunction: sum_varargs,
    };
    assert!(a == b);
    assert_eq!(a.as_ptr(), sum_varargs as *mut std::ffi::c_void);
    assert!(
        a != PyMethodDefPointer {
            PyCFunction: noargs
        }
    );
    assert_eq!(format!("{a:p}"), format!("{:p}", sum_varargs as *const ()));
}

#[test]
fn module_head_init() {
    let base = PyModuleDef_HEAD_INIT;
    assert!(base.m_init.is_none());
    assert_eq!(base.m_index, 0);
    assert!(base.m_copy.is_null());
    assert!(base.ob_base.ob_type.is_null());
}

#[test]
fn module_from_def_calling_conventions() {
    with_gil(|| unsafe {
        let m = PyModule_Create(&raw mut MODULE);
        assert!(!m.is_null(), "PyModule_Create failed");
        assert_eq!(PyModule_Check(m), 1);
        assert_eq!(PyModule_CheckExact(m), 1);
        assert_eq!(PyModule_GetDef(m), &raw mut MODULE);
        assert_eq!(CStr::from_ptr(PyModule_GetName(m)), c"pyffi_testmod");
        // Initialising the def made it an object of PyModuleDef_Type.
        let def = &raw const MODULE;
        assert_eq!((*def).m_base.ob_base.ob_type, &raw mut PyModuleDef_Type);

        assert_eq!(eval_long(m, c"m.sum_varargs(1, 2, 3, 4)"), 10);
        assert_eq!(eval_long(m, c"m.sum_varargs()"), 0);
        assert_eq!(eval_long(m, c"m.count_kw(1, 2, 3, a=1, b=2)"), 302);
        assert_eq!(eval_long(m, c"m.count_kw()"), 0);
        assert_eq!(eval_long(m, c"m.fast(7, 8, 9)"), 3007);
        assert_eq!(eval_long(m, c"m.fast()"), 0);
        assert_eq!(eval_long(m, c"m.fast_kw(1, x=5, y=40)"), 100 + 2 + 40);
        assert_eq!(eval_long(m, c"m.one(21)"), 42);

        let s = eval_with(m, c"m", c"m.noargs()");
        assert_eq!(to_string(s), "no arguments");
        Py_DECREF(s);
        let doc = eval_with(m, c"m", c"(m.__doc__, m.one.__doc__, m.__name__)");
        assert_eq!(
            to_string(doc),
            "('A module made by the pyffi tests.', 'one(x) -> 2 * x', 'pyffi_testmod')"
        );
        Py_DECREF(doc);

        // The interpreter checks arity for METH_NOARGS and METH_O, and the errors
        // raised inside a function propagate.
        assert!(eval_with(m, c"m", c"m.noargs(1)").is_null());
        take_error(PyExc_TypeError);
        assert!(eval_with(m, c"m", c"m.one()").is_null());
        take_error(PyExc_TypeError);
        assert!(eval_with(m, c"m", c"m.sum_varargs(1, 'x')").is_null());
        take_error(PyExc_TypeError);
        assert!(eval_with(m, c"m", c"m.fast('x')").is_null());
        take_error(PyExc_TypeError);

        Py_DECREF(m);
    });
}

static mut SPEC_MODULE: PyModuleDef = PyModuleDef {
    m_base: PyModuleDef_HEAD_INIT,
    m_name: c"pyffi_specmod".as_ptr(),
    m_doc: ptr::null(),
    m_size: 0,
    m_methods: &raw mut METHODS as *mut PyMethodDef,
    m_slots: ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

#[test]
fn module_from_def_and_spec() {
    with_gil(|| unsafe {
        let def = PyModuleDef_Init(&raw mut SPEC_MODULE);
        assert_eq!(def, (&raw mut SPEC_MODULE).cast::<PyObject>());
        let spec =
            eval(c"__import__('importlib.machinery').machinery.ModuleSpec('from_spec', None)");
        let m = PyModule_FromDefAndSpec(&raw mut SPEC_MODULE, spec);
        Py_DECREF(spec);
        assert!(!m.is_null(), "PyModule_FromDefAndSpec failed");
        assert_eq!(PyModule_ExecDef(m, &raw mut SPEC_MODULE), 0);
        // The spec names the module, not the def.
        assert_eq!(CStr::from_ptr(PyModule_GetName(m)), c"from_spec");
        assert_eq!(eval_long(m, c"m.fast(5)"), 1005);
        Py_DECREF(m);
    });
}

#[test]
fn builtin_function_objects() {
    static mut NOARGS: PyMethodDef = def(
        c"get_self",
        PyMethodDefPointer {
            PyCFunction: get_self,
        },
        METH_NOARGS,
    );
    static mut STATIC: PyMethodDef = def(
        c"get_self_static",
        PyMethodDefPointer {
            PyCFunction: get_self,
        },
        METH_NOARGS | METH_STATIC,
    );
    with_gil(|| unsafe {
        let owner = PyList_New(0);
        let f = PyCFunction_New(&raw mut NOARGS, owner);
        assert!(!f.is_null());
        assert_eq!(PyCFunction_Check(f), 1);
        assert_eq!(PyCFunction_CheckExact(f), 1);
        assert_eq!(PyCFunction_Check(owner), 0);
        assert_eq!(PyCFunction_CheckExact(owner), 0);
        assert_eq!(PyCFunction_GET_SELF(f), owner);
        assert_eq!(PyCFunction_GET_FLAGS(f), METH_NOARGS);
        assert_eq!(
            PyCFunction_GET_FUNCTION(f).as_ptr() as usize,
            get_self as *const () as usize
        );
        #[cfg(Py_3_9)]
        assert!(PyCFunction_GET_CLASS(f).is_null());
        // Calling it hands the function its self.
        let r = PyObject_CallObject(f, ptr::null_mut());
        assert_eq!(r, owner);
        Py_DECREF(r);

        // METH_STATIC: the accessor hides self.
        let module_name = PyUnicode_FromString(c"somewhere".as_ptr());
        let g = PyCFunction_NewEx(&raw mut STATIC, owner, module_name);
        assert!(!g.is_null());
        assert!(PyCFunction_GET_SELF(g).is_null());
        assert_eq!(PyCFunction_GET_FLAGS(g), METH_NOARGS | METH_STATIC);
        let modattr = PyObject_GetAttrString(g, c"__module__".as_ptr());
        assert_eq!(modattr, module_name);
        Py_DECREF(modattr);
        Py_DECREF(g);
        Py_DECREF(module_name);
        Py_DECREF(f);
        Py_DECREF(owner);
    });
}

#[cfg(all(Py_3_9, not(Py_LIMITED_API)))]
unsafe extern "C" fn defining_class(
    _slf: *mut PyObject,
    cls: *mut PyTypeObject,
    _args: *const *mut PyObject,
    nargs: Py_ssize_t,
    _kwnames: *mut PyObject,
) -> *mut PyObject {
    assert_eq!(nargs, 0);
    Py_INCREF(cls.cast());
    cls.cast()
}

// The union's PyCMethod member is outside the limited API, as in pyo3-ffi.
#[cfg(all(Py_3_9, not(Py_LIMITED_API)))]
#[test]
fn method_with_defining_class() {
    static mut METHOD: PyMethodDef = def(
        c"defining_class",
        PyMethodDefPointer {
            PyCMethod: defining_class,
        },
        METH_METHOD | METH_FASTCALL | METH_KEYWORDS,
    );
    with_gil(|| unsafe {
        let cls = &raw mut PyLong_Type;
        let f = PyCMethod_New(&raw mut METHOD, Py_None(), ptr::null_mut(), cls);
        assert!(!f.is_null());
        assert_eq!(PyCMethod_Check(f), 1);
        assert_eq!(PyCMethod_CheckExact(f), 1);
        assert_eq!(PyCFunction_Check(f), 1);
        assert_eq!(PyCFunction_CheckExact(f), 0);
        assert_eq!(PyCFunction_GET_CLASS(f), cls);
        let r = PyObject_CallObject(f, ptr::null_mut());
        assert_eq!(r, cls.cast());
        Py_DECREF(r);
        Py_DECREF(f);
    });
}

#[test]
fn module_slot_values() {
    #[cfg(Py_3_12)]
    {
        assert_eq!(Py_MOD_MULTIPLE_INTERPRETERS_NOT_SUPPORTED as usize, 0);
        assert_eq!(Py_MOD_MULTIPLE_INTERPRETERS_SUPPORTED as usize, 1);
        assert_eq!(Py_MOD_PER_INTERPRETER_GIL_SUPPORTED as usize, 2);
    }
    #[cfg(Py_3_13)]
    {
        assert_eq!(Py_MOD_GIL_USED as usize, 0);
        assert_eq!(Py_MOD_GIL_NOT_USED as usize, 1);
    }
    #[cfg(not(Py_3_15))]
    assert_eq!((Py_mod_create, Py_mod_exec), (1, 2));
    #[cfg(not(Py_3_15))]
    assert_eq!((Py_mod_multiple_interpreters, Py_mod_gil), (3, 4));
    // 3.15 renumbered the slots (the old ids stay valid under a lower limited API).
    #[cfg(Py_3_15)]
    assert_eq!(
        (
            Py_mod_create,
            Py_mod_exec,
            Py_mod_multiple_interpreters,
            Py_mod_gil
        ),
        (84, 85, 86, 87)
    );
}

static EXEC_RAN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

unsafe extern "C" fn exec_slot(module: *mut PyObject) -> std::ffi::c_int {
    EXEC_RAN.store(true, std::sync::atomic::Ordering::SeqCst);
    PyModule_AddIntConstant(module, c"answer".as_ptr(), 42)
}

#[test]
fn multi_phase_init_runs_the_exec_slot() {
    with_gil(|| unsafe {
        // The interpreter must recognise the slot id this version declares.
        static mut SLOTS: [PyModuleDef_Slot; 2] = [
            PyModuleDef_Slot {
                slot: Py_mod_exec,
                value: exec_slot as *mut std::ffi::c_void,
            },
            PyModuleDef_Slot {
                slot: 0,
                value: ptr::null_mut(),
            },
        ];
        static mut DEF: PyModuleDef = PyModuleDef {
            m_base: PyModuleDef_HEAD_INIT,
            m_name: c"pyffi_multi_phase".as_ptr(),
            m_doc: ptr::null(),
            m_size: 0,
            m_methods: ptr::null_mut(),
            m_slots: ptr::null_mut(),
            m_traverse: None,
            m_clear: None,
            m_free: None,
        };
        DEF.m_slots = ptr::addr_of_mut!(SLOTS).cast();
        // The leak check runs the test twice (tests/common): the first run set it.
        EXEC_RAN.store(false, std::sync::atomic::Ordering::SeqCst);
        let spec = eval(c"type('Spec', (), {'name': 'pyffi_multi_phase'})()");
        let m = PyModule_FromDefAndSpec(ptr::addr_of_mut!(DEF), spec);
        assert!(!m.is_null(), "PyModule_FromDefAndSpec failed");
        assert!(!EXEC_RAN.load(std::sync::atomic::Ordering::SeqCst));
        assert_eq!(PyModule_ExecDef(m, ptr::addr_of_mut!(DEF)), 0);
        assert!(EXEC_RAN.load(std::sync::atomic::Ordering::SeqCst));
        let answer = PyObject_GetAttrString(m, c"answer".as_ptr());
        assert_eq!(PyLong_AsLong(answer), 42);
        Py_DECREF(answer);
        Py_DECREF(m);
        Py_DECREF(spec);
    });
}

#[test]
fn import_module_ex() {
    with_gil(|| unsafe {
        let fromlist = eval(c"['path']");
        let os =
            PyImport_ImportModuleEx(c"os".as_ptr(), ptr::null_mut(), ptr::null_mut(), fromlist);
        Py_DECREF(fromlist);
        assert!(!os.is_null());
        let name = PyObject_GetAttrString(os, c"__name__".as_ptr());
        assert_eq!(to_string(name), "os");
        Py_DECREF(name);
        Py_DECREF(os);
        assert!(PyImport_ImportModuleEx(
            c"pyffi_no_such_module".as_ptr(),
            ptr::null_mut(),
            ptr::null_mut(),
            ptr::null_mut()
        )
        .is_null());
        take_error(PyExc_ImportError);
    });
}
