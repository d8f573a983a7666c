//! Shared set-up for the embedding tests: one interpreter per test process, entered
//! by each test thread through the GIL state API.
//!
//! On a debug build (`sys.gettotalrefcount` exists) every outermost `with_gil` is also a
//! leak check, the way CPython's own `regrtest -R` hunts leaks: the closure runs once to
//! fill the interpreter's caches, then again between two counts of the interpreter's total
//! reference count, which must be equal. So a closure must be repeatable (`Fn`). The
//! closures run one at a time (a process-wide lock), as the total is global and the eval
//! loop hands the GIL to other threads. Each count is taken on a thread state of its own
//! (created and destroyed around it) after a full garbage collection and with the type
//! attribute cache cleared, so that neither the test's thread state, nor cyclic garbage,
//! nor the cache's references to attribute names move it. The allowances are what the
//! first run may leave behind and a second run does not add to:
//! - modules imported for the first time stay in `sys.modules` (`datetime`,
//!   `collections`, ...);
//! - strings interned for the first time stay interned (type, attribute and variable
//!   names compiled by `eval`), and from 3.12 are immortal;
//! - a module or attribute a test adds to a long-lived object (`PyImport_AddModuleRef`
//!   puts the module in `sys.modules`), which the second run finds and reuses.
//!
//! A leak of a reference on each run shows up as a difference of one or more.
//!
//! Threads a test spawns attach with [`attached`]: they must not take the lock.
#![allow(dead_code)]

use pyffi::*;
use std::cell::Cell;
use std::ffi::CStr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once, PoisonError};

static INIT: Once = Once::new();
/// Whether the interpreter keeps a total reference count (a debug build): set by `init`.
static COUNTED: AtomicBool = AtomicBool::new(false);
/// Held across each checked closure: a total count is global to the process.
static SERIAL: Mutex<()> = Mutex::new(());

thread_local! {
    /// How many `with_gil` calls are active on this thread: only the outermost checks.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

fn init() {
    // PyPy cannot embed: there the tests run inside the interpreter that imported them
    // (pypy-tests/), which is initialised already.
    if cfg!(PyPy) {
        return;
    }
    INIT.call_once(|| {
        // Initialised on a thread of its own that never ends: the main thread state
        // stays bound to it. Had a test thread initialised it and ended, a later thread
        // could get the same thread id, and a free-threaded build would then queue the
        // objects that thread owns to the dead main thread state (biased refcounting
        // finds thread states by id), where nothing merges them until a collection.
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("python-main".into())
            .spawn(move || unsafe {
                #[cfg(not(PyPy))]
                Py_InitializeEx(0);
                let counted = !PySys_GetObject(c"gettotalrefcount".as_ptr()).is_null();
                // Release the GIL taken by initialisation so that any test thread can
                // take it.
                PyEval_SaveThread();
                tx.send(counted).unwrap();
                loop {
                    std::thread::park();
                }
            })
            .expect("spawning the interpreter's main thread");
        let counted = rx.recv().expect("the interpreter failed to initialise");
        COUNTED.store(counted, Ordering::SeqCst);
    });
}

/// Runs `f` with the interpreter initialised and this thread attached (the GIL held, on
/// a GIL build), without the leak check: for threads that a test spawns.
pub fn attached<R>(f: impl FnOnce() -> R) -> R {
    init();
    // Released on unwinding too: a failing test must not keep the GIL from the others.
    struct Gil(PyGILState_STATE);
    impl Drop for Gil {
        fn drop(&mut self) {
            unsafe { PyGILState_Release(self.0) }
        }
    }
    let _gil = Gil(unsafe { PyGILState_Ensure() });
    f()
}

/// The interpreter's `sys.gettotalrefcount()` once nothing collectable or cached
/// remains, counted on a thread state of its own.
unsafe fn total_refcount() -> isize {
    attached(|| {
        // gc.collect() rather than PyGC_Collect, which the older limited APIs lack.
        let gc = PyImport_ImportModule(c"gc".as_ptr());
        let collected = PyObject_CallMethod(gc, c"collect".as_ptr(), std::ptr::null());
        assert!(!collected.is_null(), "gc.collect() raised");
        Py_DECREF(collected);
        Py_DECREF(gc);
        #[cfg(not(PyPy))]
        PyType_ClearCache();
        let f = PySys_GetObject(c"gettotalrefcount".as_ptr());
        assert!(!f.is_null(), "sys.gettotalrefcount went away");
        let n = PyObject_CallObject(f, std::ptr::null_mut());
        assert!(!n.is_null(), "sys.gettotalrefcount() raised");
        let total = PyLong_AsSsize_t(n);
        Py_DECREF(n);
        total as isize
    })
}

/// Runs `f` with the interpreter initialised and the GIL held by this thread. On a debug
/// build, runs it twice and fails if the second run moves the total reference count
/// (see the module doc).
pub fn with_gil<R>(f: impl Fn() -> R) -> R {
    init();
    if !COUNTED.load(Ordering::SeqCst) || DEPTH.with(Cell::get) > 0 {
        return attached(f);
    }
    // A test that failed while holding the lock leaves it poisoned: the others go on.
    let _serial = SERIAL.lock().unwrap_or_else(PoisonError::into_inner);
    struct Depth;
    impl Drop for Depth {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get() - 1));
        }
    }
    let run = || {
        DEPTH.with(|d| d.set(d.get() + 1));
        let _depth = Depth;
        attached(&f)
    };
    let start = unsafe { total_refcount() };
    // The warm-up run: what it leaves is cached, or leaked once (see the module doc).
    drop(run());
    let before = unsafe { total_refcount() };
    let r = run();
    let after = unsafe { total_refcount() };
    let test = std::thread::current().name().unwrap_or("?").to_owned();
    if let Some(path) = std::env::var_os("PYFFI_REFTOTAL_LOG") {
        // One line per checked closure: the figures behind the allowances. A file of its
        // own, appended in one write, since on stderr the harness's lines of parallel
        // tests split it (a CI run misread one so).
        use std::io::Write;
        let line = format!(
            "reftotal {test}: first run {:+}, second run {:+}\n",
            before - start,
            after - before
        );
        std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
            .and_then(|mut log| log.write_all(line.as_bytes()))
            .expect("PYFFI_REFTOTAL_LOG names a file this test can append to");
    }
    assert_eq!(
        after - before,
        0,
        "total reference count moved by {} in the second run of {test:?} (before {before}, after {after})",
        after - before,
    );
    r
}

/// Runs `f` attached, once and unchecked, but never beside a checked closure: for a test
/// that moves the total count on purpose (making objects immortal, say).
pub fn serial<R>(f: impl FnOnce() -> R) -> R {
    init();
    let _serial = SERIAL.lock().unwrap_or_else(PoisonError::into_inner);
    attached(f)
}

/// Whether this process checks the total reference count (a debug build).
pub fn counts_in_total() -> bool {
    init();
    COUNTED.load(Ordering::SeqCst)
}

/// Evaluates a Python expression; panics with the Python error if it raises. Limited-API
/// calls only (compile, then run the code), so every test builds under abi3 features too.
pub unsafe fn eval(expr: &CStr) -> *mut PyObject {
    let globals = PyDict_New();
    assert_eq!(
        PyDict_SetItemString(globals, c"__builtins__".as_ptr(), PyEval_GetBuiltins()),
        0
    );
    let code = Py_CompileString(expr.as_ptr(), c"<test>".as_ptr(), Py_eval_input);
    let r = if code.is_null() {
        code
    } else {
        let r = PyEval_EvalCode(code, globals, globals);
        Py_DECREF(code);
        r
    };
    Py_DECREF(globals);
    if r.is_null() {
        PyErr_Print();
        panic!("evaluating {expr:?} raised");
    }
    r
}

/// Takes the pending exception, asserting it is an instance of `kind`.
pub unsafe fn take_error(kind: *mut PyObject) {
    assert!(!PyErr_Occurred().is_null(), "expected an exception");
    assert_eq!(
        PyErr_ExceptionMatches(kind),
        1,
        "a different exception is pending"
    );
    PyErr_Clear();
}

/// The object's `str()` as a Rust string (lone surrogates escaped).
pub unsafe fn to_string(o: *mut PyObject) -> String {
    let s = PyObject_Str(o);
    assert!(!s.is_null());
    let b = PyUnicode_AsEncodedString(s, c"utf-8".as_ptr(), c"backslashreplace".as_ptr());
    assert!(!b.is_null());
    let out = CStr::from_ptr(PyBytes_AsString(b))
        .to_string_lossy()
        .into_owned();
    Py_DECREF(b);
    Py_DECREF(s);
    out
}

/// Whether the object is immortal (3.12+), so that its reference count never moves.
pub unsafe fn is_immortal(o: *mut PyObject) -> bool {
    #[cfg(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
    return _Py_IsImmortal(o) != 0;
    #[cfg(not(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED)))))]
    {
        let _ = o;
        false
    }
}

/// Runs `f` on the value of a Python expression, then drops it.
pub unsafe fn with_obj<R>(expr: &CStr, f: impl FnOnce(*mut PyObject) -> R) -> R {
    let o = eval(expr);
    let r = f(o);
    Py_DECREF(o);
    r
}

/// Asserts `check(expr)` for each (expression, expected) pair.
pub unsafe fn table(
    check: unsafe fn(*mut PyObject) -> std::ffi::c_int,
    name: &str,
    cases: &[(&CStr, i32)],
) {
    for &(expr, want) in cases {
        with_obj(expr, |o| assert_eq!(check(o), want, "{name}({expr:?})"));
    }
}

/// The object's reference count as the tests compare it: `Py_REFCNT`, less on PyPy the
/// large base (2^61) it adds for the reference its own object holds.
pub unsafe fn refcnt(o: *mut PyObject) -> Py_ssize_t {
    if cfg!(PyPy) {
        Py_REFCNT(o) % (1 << 61)
    } else {
        Py_REFCNT(o)
    }
}

/// A new float: neither cached nor immortal, so its reference count starts at 1 and moves.
pub unsafe fn fresh(value: f64) -> *mut PyObject {
    let o = PyFloat_FromDouble(value);
    assert_eq!(refcnt(o), 1);
    o
}
