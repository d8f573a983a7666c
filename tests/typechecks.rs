//! The type-check macros of the smaller object headers (slice, traceback, capsule, cell,
//! code, function, frame, generators, context variables, weak references) and the
//! struct-sequence accessors, against a live interpreter.
#![cfg(not(PyPy))]

mod common;

use common::{eval, table, take_error, with_gil, with_obj};
use pyffi::*;

#[test]
fn always_available_checks() {
    with_gil(|| unsafe {
        table(
            PySlice_Check,
            "PySlice_Check",
            &[(c"slice(1, 2)", 1), (c"range(2)", 0), (c"(1, 2)", 0)],
        );
        let capsule = PyCapsule_New(8 as *mut std::ffi::c_void, c"pyffi.test".as_ptr(), None);
        assert_eq!(PyCapsule_CheckExact(capsule), 1);
        Py_DECREF(capsule);
        table(
            PyCapsule_CheckExact,
            "PyCapsule_CheckExact",
            &[(c"object()", 0)],
        );
    });
}

#[test]
fn traceback_check() {
    with_gil(|| unsafe {
        // A real traceback: the one an exception carries after it was raised.
        assert!(PyRun_SimpleString(c"try:\n    1 // 0\nexcept ZeroDivisionError as e:\n    __import__('builtins')._pyffi_tb = e.__traceback__\n".as_ptr()) == 0);
        table(
            PyTraceBack_Check,
            "PyTraceBack_Check",
            &[(c"__import__('builtins')._pyffi_tb", 1), (c"None", 0)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn interpreter_object_checks() {
    with_gil(|| unsafe {
        let f = c"(lambda x: x)";
        table(
            PyFunction_Check,
            "PyFunction_Check",
            &[(f, 1), (c"len", 0), (c"type", 0)],
        );
        table(
            PyCode_Check,
            "PyCode_Check",
            &[(c"(lambda x: x).__code__", 1), (f, 0)],
        );
        table(
            PyCell_Check,
            "PyCell_Check",
            &[
                (c"(lambda y: (lambda: y))(1).__closure__[0]", 1),
                (c"(1,)", 0),
            ],
        );
        table(
            PyFrame_Check,
            "PyFrame_Check",
            &[(c"__import__('sys')._getframe()", 1), (f, 0)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn generator_and_coroutine_checks() {
    with_gil(|| unsafe {
        let gen = c"(x for x in ())";
        assert_eq!(PyRun_SimpleString(c"async def _pyffi_c():\n    pass\nasync def _pyffi_ag():\n    yield 1\nimport builtins\nbuiltins._pyffi_c = _pyffi_c\nbuiltins._pyffi_ag = _pyffi_ag\n".as_ptr()), 0);
        table(PyGen_Check, "PyGen_Check", &[(gen, 1), (c"iter(())", 0)]);
        table(
            PyGen_CheckExact,
            "PyGen_CheckExact",
            &[(gen, 1), (c"[]", 0)],
        );
        // The coroutine is closed before it is dropped, so no "never awaited" warning.
        let c = eval(c"_pyffi_c()");
        assert_eq!(PyCoro_CheckExact(c), 1);
        assert_eq!(PyGen_Check(c), 0);
        let closed = PyObject_CallMethod(c, c"close".as_ptr(), std::ptr::null());
        Py_XDECREF(closed);
        Py_DECREF(c);
        table(PyCoro_CheckExact, "PyCoro_CheckExact", &[(gen, 0)]);
        table(
            PyAsyncGen_CheckExact,
            "PyAsyncGen_CheckExact",
            &[(c"_pyffi_ag()", 1), (gen, 0)],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn context_checks() {
    with_gil(|| unsafe {
        let var = c"__import__('contextvars').ContextVar('pyffi_v')";
        table(
            PyContext_CheckExact,
            "PyContext_CheckExact",
            &[(c"__import__('contextvars').copy_context()", 1), (var, 0)],
        );
        table(
            PyContextVar_CheckExact,
            "PyContextVar_CheckExact",
            &[(var, 1), (c"{}", 0)],
        );
        table(
            PyContextToken_CheckExact,
            "PyContextToken_CheckExact",
            &[
                (c"__import__('contextvars').ContextVar('pyffi_w').set(1)", 1),
                (var, 0),
            ],
        );
    });
}

#[test]
fn weakref_checks() {
    with_gil(|| unsafe {
        assert_eq!(PyRun_SimpleString(c"import builtins, weakref\nclass _PyffiT:\n    def __call__(self): pass\nclass _PyffiN: pass\nclass _PyffiRef(weakref.ref): pass\nbuiltins._pyffi_o = _PyffiT()\nbuiltins._pyffi_n = _PyffiN()\nbuiltins._pyffi_refs = (weakref.ref(_pyffi_o), _PyffiRef(_pyffi_o), weakref.proxy(_pyffi_o), weakref.proxy(_pyffi_n))\n".as_ptr()), 0);
        let (r, sub, callable_proxy, proxy) = (
            c"_pyffi_refs[0]",
            c"_pyffi_refs[1]",
            c"_pyffi_refs[2]",
            c"_pyffi_refs[3]",
        );
        table(
            PyWeakref_CheckRef,
            "PyWeakref_CheckRef",
            &[(r, 1), (sub, 1), (proxy, 0), (c"_pyffi_o", 0)],
        );
        table(
            PyWeakref_CheckRefExact,
            "PyWeakref_CheckRefExact",
            &[(r, 1), (sub, 0), (proxy, 0)],
        );
        table(
            PyWeakref_CheckProxy,
            "PyWeakref_CheckProxy",
            &[(proxy, 1), (callable_proxy, 1), (r, 0)],
        );
        // The two proxy types: callable or not.
        assert_eq!(
            PyRun_SimpleString(c"assert type(_pyffi_refs[2]) is not type(_pyffi_refs[3])".as_ptr()),
            0
        );
        table(
            PyWeakref_Check,
            "PyWeakref_Check",
            &[
                (r, 1),
                (sub, 1),
                (proxy, 1),
                (callable_proxy, 1),
                (c"_pyffi_o", 0),
            ],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn struct_sequence_items() {
    with_gil(|| unsafe {
        let st = eval(c"__import__('time').gmtime(0)");
        let year = PyStructSequence_GET_ITEM(st, 0);
        assert_eq!(PyLong_AsLong(year), 1970);
        // SET_ITEM steals and does not release the old item: only for a fresh slot, as
        // in a new instance (of struct_time: PyStructSequence_NewType is broken in 3.7/3.8).
        let s = PyStructSequence_New(Py_TYPE(st));
        assert!(!s.is_null());
        let v = PyFloat_FromDouble(1234.5);
        PyStructSequence_SET_ITEM(s, 0, v);
        assert_eq!(PyStructSequence_GET_ITEM(s, 0), v);
        assert_eq!(Py_REFCNT(v), 1, "the sequence owns the only reference");
        Py_DECREF(s);
        Py_DECREF(st);
    });
}

/// `attr` of `obj` as a new reference (panics if it raises).
#[cfg(not(Py_LIMITED_API))]
unsafe fn attr(obj: *mut PyObject, name: &std::ffi::CStr) -> *mut PyObject {
    let v = PyObject_GetAttrString(obj, name.as_ptr());
    assert!(!v.is_null(), "getattr {name:?} raised");
    v
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn function_field_accessors() {
    with_gil(|| unsafe {
        assert_eq!(PyRun_SimpleString(c"def _pyffi_outer():\n    y = 1\n    def f(a, b=2, *, c=3) -> int:\n        return a + y\n    return f\nimport builtins\nbuiltins._pyffi_f = _pyffi_outer()\n".as_ptr()), 0);
        let f = eval(c"_pyffi_f");
        type Accessor = unsafe fn(*mut PyObject) -> *mut PyObject;
        let cases: [(Accessor, &std::ffi::CStr); 7] = [
            (PyFunction_GET_CODE, c"__code__"),
            (PyFunction_GET_GLOBALS, c"__globals__"),
            (PyFunction_GET_MODULE, c"__module__"),
            (PyFunction_GET_DEFAULTS, c"__defaults__"),
            (PyFunction_GET_KW_DEFAULTS, c"__kwdefaults__"),
            (PyFunction_GET_CLOSURE, c"__closure__"),
            // Read after the attribute: 3.14 computes annotations lazily and caches them in the field.
            (PyFunction_GET_ANNOTATIONS, c"__annotations__"),
        ];
        let mut seen = Vec::new();
        for (get, name) in cases {
            let want = attr(f, name);
            let before = Py_REFCNT(want);
            let got = get(f);
            assert_eq!(got, want, "{name:?}");
            assert_eq!(Py_REFCNT(want), before, "{name:?}: a borrowed reference");
            assert!(!seen.contains(&got), "{name:?} read another field");
            seen.push(got);
            Py_DECREF(want);
        }
        assert_eq!(_PyFunction_CAST(f).cast::<PyObject>(), f);
        Py_DECREF(f);
    });
}

#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[test]
fn frame_locals_proxy_check() {
    with_gil(|| unsafe {
        table(
            PyFrameLocalsProxy_Check,
            "PyFrameLocalsProxy_Check",
            &[
                (c"(lambda: __import__('sys')._getframe().f_locals)()", 1),
                (c"{}", 0),
                (c"globals()", 0),
            ],
        );
    });
}

#[cfg(not(Py_LIMITED_API))]
unsafe extern "C" fn keep_extra(_: *mut std::ffi::c_void) {}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn code_extra_slots() {
    with_gil(|| unsafe {
        #[cfg(Py_3_12)]
        let index = PyUnstable_Eval_RequestCodeExtraIndex(keep_extra);
        #[cfg(not(Py_3_12))]
        let index = _PyEval_RequestCodeExtraIndex(keep_extra);
        assert!(index >= 0);
        let code = eval(c"(lambda: 0).__code__");
        let mut got: *mut std::ffi::c_void = 8 as *mut _;
        assert_eq!(PyUnstable_Code_GetExtra(code, index, &mut got), 0);
        assert!(got.is_null(), "no extra stored yet");
        assert_eq!(PyUnstable_Code_SetExtra(code, index, 0x1230 as *mut _), 0);
        assert_eq!(PyUnstable_Code_GetExtra(code, index, &mut got), 0);
        assert_eq!(got as usize, 0x1230);
        #[cfg(Py_3_12)]
        #[allow(deprecated)]
        {
            assert_eq!(_PyCode_SetExtra(code, index, 0x4560 as *mut _), 0);
            assert_eq!(_PyCode_GetExtra(code, index, &mut got), 0);
            assert_eq!(got as usize, 0x4560);
        }
        Py_DECREF(code);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn thread_specific_storage_from_its_static_initializer() {
    with_gil(|| unsafe {
        let mut key = Py_tss_NEEDS_INIT;
        assert_eq!(PyThread_tss_is_created(&mut key), 0);
        assert_eq!(PyThread_tss_create(&mut key), 0);
        assert_eq!(PyThread_tss_is_created(&mut key), 1);
        assert_eq!(PyThread_tss_set(&mut key, 0x70 as *mut _), 0);
        assert_eq!(PyThread_tss_get(&mut key) as usize, 0x70);
        PyThread_tss_delete(&mut key);
        assert_eq!(PyThread_tss_is_created(&mut key), 0);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn getenv_reads_the_environment() {
    // Set before the interpreter reads anything; no other test reads this variable.
    std::env::set_var("PYFFI_TEST_GETENV", "seen");
    with_gil(|| unsafe {
        let v = Py_GETENV(c"PYFFI_TEST_GETENV".as_ptr());
        assert!(!v.is_null());
        assert_eq!(std::ffi::CStr::from_ptr(v), c"seen");
        assert!(Py_GETENV(c"PYFFI_TEST_GETENV_UNSET".as_ptr()).is_null());
    });
}

/// `PySlice_GetIndicesEx` (C's macro over `PySlice_Unpack` and `PySlice_AdjustIndices`):
/// the indices and length of `slice.indices(length)`, and -1 with `*slicelength` zeroed
/// for a zero step.
#[test]
fn slice_get_indices_ex() {
    with_gil(|| unsafe {
        let cases: [(&std::ffi::CStr, Py_ssize_t, [Py_ssize_t; 4]); 3] = [
            (c"slice(1, None, 2)", 10, [1, 10, 2, 5]),
            (c"slice(-3, None)", 5, [2, 5, 1, 3]),
            (c"slice(None, None, -1)", 4, [3, -1, -1, 4]),
        ];
        for (expr, length, want) in cases {
            with_obj(expr, |s| {
                let (mut start, mut stop, mut step, mut len) = (0, 0, 0, 0);
                assert_eq!(
                    PySlice_GetIndicesEx(s, length, &mut start, &mut stop, &mut step, &mut len),
                    0
                );
                assert_eq!([start, stop, step, len], want, "{expr:?} over {length}");
            });
        }
        with_obj(c"slice(None, None, 0)", |s| {
            let (mut start, mut stop, mut step, mut len) = (0, 0, 0, 7);
            assert_eq!(
                PySlice_GetIndicesEx(s, 3, &mut start, &mut stop, &mut step, &mut len),
                -1
            );
            assert_eq!(len, 0);
            take_error(PyExc_ValueError);
        });
    });
}
