//! Embeds CPython through pyffi: starts the interpreter, runs Python code,
//! calls into Python objects from Rust, and exits with an honest status.
//!
//! ```text
//! embed                      the demo: define a Python function, call it from Rust
//! embed -c CODE [ARG ...]    run CODE as __main__
//! embed FILE [ARG ...]       run the script FILE as __main__
//! ```
//!
//! Exit status: 0 on success; on an uncaught exception the traceback is
//! printed (PyErr_Print), the interpreter finalized and the status is 1;
//! `SystemExit` exits with its code, as `python` does; 2 for bad usage; 120 if
//! finalization itself fails.

use std::ffi::{CStr, CString};
use std::io::Write;
use std::os::raw::c_char;
use std::process::ExitCode;

use pyffi::*;

const USAGE: &str = "usage: embed [-c CODE | FILE] [ARG ...]";

enum Job {
    Demo,
    Code(CString),
    Script { path: String, source: CString },
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (job, argv) = match parse(&args) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("embed: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    unsafe {
        // 0: leave signal handling to the host program.
        Py_InitializeEx(0);
        let ok = set_argv(&argv).is_some() && run(&job).is_some();
        if !ok {
            // Prints the traceback, or for SystemExit finalizes and exits
            // the process with its code, as `python` would.
            PyErr_Print();
        }
        // Runs atexit handlers, flushes sys.stdout and sys.stderr.
        if Py_FinalizeEx() < 0 {
            return ExitCode::from(120);
        }
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }
}

/// Returns the job and `sys.argv`.
fn parse(args: &[String]) -> Result<(Job, Vec<String>), String> {
    let c_string = |text: &str, what: &str| {
        CString::new(text).map_err(|_| format!("{what} contains a NUL character"))
    };
    match args.first().map(String::as_str) {
        None => Ok((Job::Demo, vec!["embed".to_owned()])),
        Some("-h" | "--help") => Err("help requested".to_owned()),
        Some("-c") => {
            let code = args.get(1).ok_or("-c needs an argument")?;
            let mut argv = vec!["-c".to_owned()];
            argv.extend_from_slice(&args[2..]);
            Ok((Job::Code(c_string(code, "CODE")?), argv))
        }
        Some(option) if option.starts_with('-') => Err(format!("unknown option {option}")),
        Some(path) => {
            let source = std::fs::read_to_string(path)
                .map_err(|error| format!("cannot read {path}: {error}"))?;
            let source = c_string(&source, path)?;
            Ok((Job::Script { path: path.to_owned(), source }, args.to_vec()))
        }
    }
}

/// Owns one strong reference and releases it when dropped.
struct Owned(*mut PyObject);

impl Owned {
    /// Takes a new reference; None (with the Python error set) for NULL.
    unsafe fn new(object: *mut PyObject) -> Option<Owned> {
        // Not `then_some`: that would build, then drop, an Owned(NULL).
        if object.is_null() {
            None
        } else {
            Some(Owned(object))
        }
    }
}

impl Drop for Owned {
    fn drop(&mut self) {
        unsafe { Py_DECREF(self.0) }
    }
}

/// A new `str` from Rust text.
unsafe fn py_str(text: &str) -> Option<Owned> {
    Owned::new(PyUnicode_FromStringAndSize(
        text.as_ptr().cast::<c_char>(),
        text.len() as Py_ssize_t,
    ))
}

/// Copies a `str` out into Rust.
unsafe fn rust_string(object: *mut PyObject) -> Option<String> {
    let mut len: Py_ssize_t = 0;
    let data = PyUnicode_AsUTF8AndSize(object, &mut len);
    if data.is_null() {
        return None;
    }
    let bytes = std::slice::from_raw_parts(data.cast::<u8>(), len as usize);
    Some(String::from_utf8_lossy(bytes).into_owned())
}

/// `sys.argv = argv`, built item by item from Rust strings.
unsafe fn set_argv(argv: &[String]) -> Option<()> {
    let list = Owned::new(PyList_New(argv.len() as Py_ssize_t))?;
    for (index, arg) in argv.iter().enumerate() {
        let item = py_str(arg)?;
        // PyList_SetItem steals the item's reference.
        let item = std::mem::ManuallyDrop::new(item);
        if PyList_SetItem(list.0, index as Py_ssize_t, item.0) < 0 {
            return None;
        }
    }
    (PySys_SetObject(c"argv".as_ptr(), list.0) == 0).then_some(())
}

/// The globals of `__main__` (borrowed), where the code runs.
unsafe fn main_globals() -> Option<*mut PyObject> {
    let main = PyImport_AddModule(c"__main__".as_ptr()); // borrowed
    if main.is_null() {
        return None;
    }
    let globals = PyModule_GetDict(main); // borrowed
    (!globals.is_null()).then_some(globals)
}

unsafe fn run(job: &Job) -> Option<()> {
    let globals = main_globals()?;
    match job {
        Job::Demo => demo(globals),
        Job::Code(code) => {
            Owned::new(PyRun_String(code.as_ptr(), Py_file_input, globals, globals))?;
            Some(())
        }
        Job::Script { path, source } => {
            let file = py_str(path)?;
            if PyDict_SetItemString(globals, c"__file__".as_ptr(), file.0) < 0 {
                return None;
            }
            // Compiled under its own name, so tracebacks point into the file.
            let filename = CString::new(path.as_str()).ok()?;
            let code = Owned::new(Py_CompileString(
                source.as_ptr(),
                filename.as_ptr(),
                Py_file_input,
            ))?;
            Owned::new(PyEval_EvalCode(code.0, globals, globals))?;
            Some(())
        }
    }
}

const DEMO_SOURCE: &CStr = c"
def describe(name, numbers, scale=1):
    total = sum(numbers) * scale
    return '%s: %d numbers, scaled total %d' % (name, len(numbers), total)
";

/// Defines `describe` in Python, calls it with arguments built in Rust,
/// and reads the result back; then evaluates an expression.
unsafe fn demo(globals: *mut PyObject) -> Option<()> {
    Owned::new(PyRun_String(DEMO_SOURCE.as_ptr(), Py_file_input, globals, globals))?;
    let describe = PyDict_GetItemString(globals, c"describe".as_ptr()); // borrowed
    if describe.is_null() {
        PyErr_SetString(PyExc_NameError, c"the demo did not define describe()".as_ptr());
        return None;
    }

    // describe("rust", [1, 2, 3, 4], scale=10)
    let numbers = Owned::new(PyList_New(0))?;
    for n in 1..=4 {
        let n = Owned::new(PyLong_FromLong(n))?;
        // PyList_Append takes a reference of its own.
        if PyList_Append(numbers.0, n.0) < 0 {
            return None;
        }
    }
    let args = Owned::new(PyTuple_New(2))?;
    // PyTuple_SetItem steals the item's reference, even when it fails.
    let name = std::mem::ManuallyDrop::new(py_str("rust")?);
    Py_INCREF(numbers.0);
    let set_name = PyTuple_SetItem(args.0, 0, name.0);
    let set_numbers = PyTuple_SetItem(args.0, 1, numbers.0);
    if set_name < 0 || set_numbers < 0 {
        return None;
    }
    let kwargs = Owned::new(PyDict_New())?;
    let scale = Owned::new(PyLong_FromLong(10))?;
    if PyDict_SetItemString(kwargs.0, c"scale".as_ptr(), scale.0) < 0 {
        return None;
    }
    let result = Owned::new(PyObject_Call(describe, args.0, kwargs.0))?;
    let mut out = std::io::stdout();
    // A closed pipe is no reason to panic with the interpreter running.
    let _ = writeln!(out, "describe() returned {:?}", rust_string(result.0)?);

    let power = Owned::new(PyRun_String(c"2 ** 100".as_ptr(), Py_eval_input, globals, globals))?;
    let text = Owned::new(PyObject_Str(power.0))?;
    let _ = writeln!(out, "2 ** 100 = {}", rust_string(text.0)?);

    let version = CStr::from_ptr(Py_GetVersion()).to_string_lossy();
    let _ = writeln!(out, "Python {}", version.split_whitespace().next().unwrap_or("?"));
    Some(())
}
