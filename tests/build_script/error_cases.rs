//! Not a test crate: the build script's bad-input cases as data, shared by
//! tests/build_script.rs (each case on pyffi itself, and on pyo3-ffi 0.30.1)
//! and tests/dependent_errors.rs (each case through a crate that depends on
//! pyffi, as pyo3 users meet them).

use std::{
    fs,
    path::{Path, PathBuf},
};

pub const PYENV: &str = "/root/.pyenv/versions";

/// A CPython past the newest pyffi supports, even with a warning.
pub const CPYTHON_317: &str =
    "implementation=CPython\nversion=3.17\nshared=true\nlib_name=python3.17\npointer_width=64\n";

/// What pyo3-ffi 0.30.1 does with a case's input, as observed.
#[derive(Clone, Copy, Debug)]
pub enum Pyo3Ffi {
    /// Its build (script and library) completes: pyffi's must too.
    Builds,
    /// It fails with this text in its error: pyffi fails too.
    Fails(&'static str),
    /// It fails with this text in its error, but pyffi supports the
    /// configuration and builds (pyffi starts at 3.7, free-threaded 3.13,
    /// PyPy 3.9; pyo3-ffi at 3.9, 3.14t, PyPy 3.11).
    FailsWherePyffiBuilds(&'static str),
    /// It builds, but pyffi refuses: pyffi has no declarations for this.
    BuildsWherePyffiFails(&'static str),
    /// It has no such feature (pyffi's abi3-py37, abi3-py38).
    NoSuchFeature,
}

/// Where a case may write its fixtures, and the toolchain's bin dir (for a
/// PATH with cargo and rustc but no Python).
pub struct Fixtures {
    pub dir: PathBuf,
    pub toolchain: PathBuf,
}

impl Fixtures {
    /// Writes a pyo3-build-config config file and returns its path.
    pub fn config_file(&self, name: &str, contents: &str) -> String {
        let dir = self.dir.join("configs");
        fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        fs::write(&path, contents).unwrap();
        path.to_str().unwrap().to_owned()
    }
}

/// A pyenv interpreter, which must exist: a missing one fails the test.
pub fn pyenv(version: &str, exe: &str) -> String {
    let path = format!("{PYENV}/{version}/bin/{exe}");
    assert!(
        Path::new(&path).is_file(),
        "this test needs {path} (pyenv install {version})"
    );
    path
}

/// One bad input: the build fails with one `error:` line containing every
/// one of `words`.
pub struct ErrorCase {
    pub features: &'static str,
    pub envs: Vec<(&'static str, String)>,
    pub words: Vec<String>,
    pub pyo3_ffi: Pyo3Ffi,
}

impl ErrorCase {
    fn new(features: &'static str, envs: &[(&'static str, &str)], words: &[&str]) -> Self {
        ErrorCase {
            features,
            envs: envs.iter().map(|&(k, v)| (k, v.to_owned())).collect(),
            words: words.iter().map(|&w| w.to_owned()).collect(),
            pyo3_ffi: Pyo3Ffi::NoSuchFeature,
        }
    }

    fn pyo3_ffi(mut self, what: Pyo3Ffi) -> Self {
        self.pyo3_ffi = what;
        self
    }

    pub fn envs(&self) -> Vec<(&str, &str)> {
        self.envs.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }

    pub fn words(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// Makes a case's input (writing its fixtures).
pub type MakeCase = fn(&Fixtures) -> ErrorCase;

/// Every case, by its test's name; made on demand, so that a missing
/// interpreter fails only the cases that need it.
pub const ERROR_CASES: &[(&str, MakeCase)] = &[
    ("no_interpreter_found", no_interpreter_found),
    (
        "interpreter_path_that_does_not_exist",
        interpreter_path_that_does_not_exist,
    ),
    (
        "odd_interpreter_output_is_one_line",
        odd_interpreter_output_is_one_line,
    ),
    ("python_36_is_too_old", python_36_is_too_old),
    ("python_27_is_too_old", python_27_is_too_old),
    ("python_317_is_too_new", python_317_is_too_new),
    (
        "abi3_on_free_threaded_317_is_too_new",
        abi3_on_free_threaded_317_is_too_new,
    ),
    ("graalpy_317_is_too_new", graalpy_317_is_too_new),
    ("pointer_width_mismatch", pointer_width_mismatch),
    (
        "free_threaded_pypy_is_refused",
        free_threaded_pypy_is_refused,
    ),
    ("rustpython_is_refused", rustpython_is_refused),
    ("abi3_floor_above_interpreter", abi3_floor_above_interpreter),
    ("abi3_floor_above_config_file", abi3_floor_above_config_file),
    (
        "abi3_py38_floor_above_python_37",
        abi3_py38_floor_above_python_37,
    ),
    ("config_file_missing", config_file_missing),
    ("config_file_relative", config_file_relative),
    ("config_file_unparsable", config_file_unparsable),
    ("config_file_bad_version", config_file_bad_version),
    ("no_python_without_abi3", no_python_without_abi3),
    ("no_python_with_bare_abi3t", no_python_with_bare_abi3t),
    (
        "cross_lib_dir_with_two_sysconfigdata",
        cross_lib_dir_with_two_sysconfigdata,
    ),
    (
        "cross_lib_dir_with_bad_sysconfigdata",
        cross_lib_dir_with_bad_sysconfigdata,
    ),
];

pub fn error_case(name: &str, fixtures: &Fixtures) -> ErrorCase {
    let (_, make) = ERROR_CASES
        .iter()
        .find(|(n, _)| *n == name)
        .unwrap_or_else(|| panic!("no error case {name} in ERROR_CASES"));
    make(fixtures)
}

impl Fixtures {
    /// Only the toolchain (cargo, rustc) on PATH: no python, no python3.
    pub fn path_without_python(&self) -> String {
        let empty = self.dir.join("empty-bin");
        fs::create_dir_all(&empty).unwrap();
        format!("{}:{}", self.toolchain.display(), empty.display())
    }

    /// An executable shell script `name` with `script` as its text, for a
    /// fake interpreter.
    pub fn fake_python(&self, name: &str, script: &str) -> PathBuf {
        fs::create_dir_all(&self.dir).unwrap();
        let fake = self.dir.join(name);
        fs::write(&fake, script).unwrap();
        #[cfg(unix)]
        {
            let mut perms = fs::metadata(&fake).unwrap().permissions();
            std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
            fs::set_permissions(&fake, perms).unwrap();
        }
        fake
    }

    /// A cross lib dir holding `files` (name, contents) under `python3.12/`.
    fn lib_dir(&self, name: &str, files: &[(&str, &str)]) -> String {
        let dir = self.dir.join("lib-dirs").join(name);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("python3.12")).unwrap();
        for (file, contents) in files {
            fs::write(dir.join("python3.12").join(file), contents).unwrap();
        }
        dir.to_str().unwrap().to_owned()
    }
}

fn no_interpreter_found(fx: &Fixtures) -> ErrorCase {
    let path = fx.path_without_python();
    ErrorCase::new(
        "",
        &[("PATH", &path)],
        &["no Python interpreter found", "PYO3_PYTHON"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("no Python 3.x interpreter found"))
}

fn interpreter_path_that_does_not_exist(_: &Fixtures) -> ErrorCase {
    ErrorCase::new(
        "",
        &[("PYO3_PYTHON", "/nonexistent/python3")],
        &["/nonexistent/python3", "No such file", "PYO3_PYTHON"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "failed to run the Python interpreter at /nonexistent/python3",
    ))
}

/// pyo3-build-config panics on interpreter output it does not expect; the
/// user still gets one line.
fn odd_interpreter_output_is_one_line(fx: &Fixtures) -> ErrorCase {
    let fake = fx.fake_python(
        "fake-python",
        "#!/bin/sh\ncat >/dev/null\nprintf 'implementation CPython\\nversion_major 3\\nversion_minor 11\\nshared True\\nexecutable /x\\ncalcsize_pointer 8\\nmingw False\\ncygwin False\\ngil_disabled maybe\\ndebug False\\n'\n",
    );
    ErrorCase::new(
        "",
        &[("PYO3_PYTHON", fake.to_str().unwrap())],
        &[
            "fake-python",
            "Unknown Py_GIL_DISABLED value",
            "PYO3_PYTHON",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("Unknown Py_GIL_DISABLED value"))
}

fn python_36_is_too_old(_: &Fixtures) -> ErrorCase {
    let python = pyenv("3.6.15", "python3.6");
    ErrorCase::new(
        "",
        &[("PYO3_PYTHON", &python)],
        &["CPython 3.6", "too old", "3.7 or newer", "PYO3_PYTHON"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "version (3.6) is lower than PyO3's minimum supported version (3.9)",
    ))
}

fn python_27_is_too_old(_: &Fixtures) -> ErrorCase {
    let python = pyenv("2.7.18", "python2.7");
    ErrorCase::new(
        "",
        &[("PYO3_PYTHON", &python)],
        &["CPython 2.7", "too old", "PYO3_PYTHON"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "version (2.7) is lower than PyO3's minimum supported version",
    ))
}

fn python_317_is_too_new(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file("cpython-3.17.cfg", CPYTHON_317);
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &[
            "CPython 3.17",
            "too new",
            "3.15",
            "PYO3_CONFIG_FILE",
            "PYO3_USE_ABI3_FORWARD_COMPATIBILITY=1",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "(3.17) is newer than PyO3's maximum supported version (3.15)",
    ))
}

/// A free-threaded 3.17 cannot have abi3: the fallback build is for 3.17t,
/// which is too new.
fn abi3_on_free_threaded_317_is_too_new(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file(
        "cpython-3.17t.cfg",
        "implementation=CPython\nversion=3.17\nshared=true\nbuild_flags=Py_GIL_DISABLED\npointer_width=64\n",
    );
    ErrorCase::new(
        "abi3-py310",
        &[("PYO3_CONFIG_FILE", &file)],
        &[
            "CPython 3.17t",
            "too new",
            "PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY=1",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "(3.17) is newer than PyO3's maximum supported version (3.15)",
    ))
}

/// pyo3-ffi's build script accepts GraalPy 3.17, but its library then
/// does not compile.
fn graalpy_317_is_too_new(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file(
        "graalpy-3.17.cfg",
        "implementation=GraalVM\nversion=3.17\nshared=true\n",
    );
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &["GraalPy 3.17", "too new"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("could not compile `pyo3-ffi`"))
}

fn pointer_width_mismatch(fx: &Fixtures) -> ErrorCase {
    // The opposite of the (host) target the tests build for.
    let (python, target) = if cfg!(target_pointer_width = "64") {
        (32, 64)
    } else {
        (64, 32)
    };
    let file = fx.config_file(
        "wrong-width.cfg",
        &format!("implementation=CPython\nversion=3.11\nshared=true\nlib_name=python3.11\npointer_width={python}\n"),
    );
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &[
            &format!("is {python}-bit"),
            &format!("is {target}-bit"),
            "--target",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("does not match your python interpreter"))
}

fn free_threaded_pypy_is_refused(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file(
        "pypy-3.13t.cfg",
        "implementation=PyPy\nversion=3.13\nshared=true\nbuild_flags=Py_GIL_DISABLED\n",
    );
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &["PyPy 3.13t", "only CPython", "PYO3_CONFIG_FILE"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "PyO3 only supports the free-threaded build of CPython",
    ))
}

/// pyo3-ffi 0.30.1 declares RustPython (abi3t only); pyffi does not.
fn rustpython_is_refused(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file(
        "rustpython-3.15.cfg",
        "implementation=RustPython\nversion=3.15\nshared=true\n",
    );
    ErrorCase::new(
        "abi3t",
        &[("PYO3_CONFIG_FILE", &file)],
        &["RustPython", "not supported", "PYO3_CONFIG_FILE"],
    )
    .pyo3_ffi(Pyo3Ffi::BuildsWherePyffiFails(
        "pyffi has no RustPython declarations",
    ))
}

fn abi3_floor_above_interpreter(_: &Fixtures) -> ErrorCase {
    let python = pyenv("3.11.7", "python3.11");
    ErrorCase::new(
        "abi3-py312",
        &[("PYO3_PYTHON", &python)],
        &[
            "abi3-py312",
            "3.12 or newer",
            "CPython 3.11",
            "lower abi3-py3X",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "cannot set a minimum Python version 3.12 higher than the interpreter version 3.11",
    ))
}

/// The same from a config file, with a floor far above it.
fn abi3_floor_above_config_file(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file(
        "cpython-3.11.cfg",
        "implementation=CPython\nversion=3.11\nshared=true\nlib_name=python3.11\n",
    );
    ErrorCase::new(
        "abi3-py315",
        &[("PYO3_CONFIG_FILE", &file)],
        &[
            "abi3-py315",
            "3.15 or newer",
            "CPython 3.11",
            "PYO3_CONFIG_FILE",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "cannot set a minimum Python version 3.15 higher than the interpreter version 3.11",
    ))
}

fn abi3_py38_floor_above_python_37(_: &Fixtures) -> ErrorCase {
    let python = pyenv("3.7.16", "python3.7");
    ErrorCase::new(
        "abi3-py38",
        &[("PYO3_PYTHON", &python)],
        &["abi3-py38", "CPython 3.7"],
    )
    .pyo3_ffi(Pyo3Ffi::NoSuchFeature)
}

fn config_file_missing(fx: &Fixtures) -> ErrorCase {
    let missing = fx.dir.join("configs/does-not-exist.cfg");
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", missing.to_str().unwrap())],
        &[
            "PYO3_CONFIG_FILE=",
            "does-not-exist.cfg",
            "cannot be read",
            "unset it",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "failed to parse contents of PYO3_CONFIG_FILE",
    ))
}

fn config_file_relative(_: &Fixtures) -> ErrorCase {
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", "python.cfg")],
        &["PYO3_CONFIG_FILE=python.cfg", "absolute path"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("PYO3_CONFIG_FILE must be an absolute path"))
}

fn config_file_unparsable(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file("garbage.cfg", "this is not a config file\n");
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &["garbage.cfg", "not a valid pyo3 config file", "key=value"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "failed to parse contents of PYO3_CONFIG_FILE",
    ))
}

fn config_file_bad_version(fx: &Fixtures) -> ErrorCase {
    let file = fx.config_file("bad-version.cfg", "version=3.x\n");
    ErrorCase::new(
        "",
        &[("PYO3_CONFIG_FILE", &file)],
        &["bad-version.cfg", "not a valid pyo3 config file", "3.x"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails(
        "failed to parse contents of PYO3_CONFIG_FILE",
    ))
}

fn no_python_without_abi3(_: &Fixtures) -> ErrorCase {
    ErrorCase::new(
        "",
        &[("PYO3_NO_PYTHON", "1")],
        &["PYO3_NO_PYTHON", "abi3-py3X"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("Neither abi3 or abi3t features are enabled"))
}

fn no_python_with_bare_abi3t(_: &Fixtures) -> ErrorCase {
    ErrorCase::new(
        "abi3t extension-module",
        &[("PYO3_NO_PYTHON", "1")],
        &["PYO3_NO_PYTHON", "abi3t-py315"],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("Neither abi3 or abi3t features are enabled"))
}

/// pyo3-build-config refuses two sysconfigdata before it looks for a host
/// Python to read one, so with none the user still learns how to choose.
fn cross_lib_dir_with_two_sysconfigdata(fx: &Fixtures) -> ErrorCase {
    let vars = "build_time_vars = {'SOABI': 'cpython-312-x86_64-linux-gnu', 'VERSION': '3.12', 'Py_ENABLE_SHARED': 1}\n";
    let lib_dir = fx.lib_dir(
        "two-sysconfigdata",
        &[
            ("_sysconfigdata__linux_x86_64-linux-gnu.py", vars),
            ("_sysconfigdata_d_linux_x86_64-linux-gnu.py", vars),
        ],
    );
    let path = fx.path_without_python();
    ErrorCase::new(
        "",
        &[("PYO3_CROSS_LIB_DIR", &lib_dir), ("PATH", &path)],
        &[
            "Detected multiple possible Python versions",
            "_sysconfigdata_d_linux_x86_64-linux-gnu.py",
            "_PYTHON_SYSCONFIGDATA_NAME",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("Detected multiple possible Python versions"))
}

fn cross_lib_dir_with_bad_sysconfigdata(fx: &Fixtures) -> ErrorCase {
    let lib_dir = fx.lib_dir(
        "bad-sysconfigdata",
        &[(
            "_sysconfigdata__linux_x86_64-linux-gnu.py",
            "build_time_vars = dict(SOABI='cpython-312')\n",
        )],
    );
    let path = fx.path_without_python();
    ErrorCase::new(
        "",
        &[("PYO3_CROSS_LIB_DIR", &lib_dir), ("PATH", &path)],
        &[
            "PYO3_CROSS",
            "_sysconfigdata__linux_x86_64-linux-gnu.py",
            "no `'SOABI': value` line",
        ],
    )
    .pyo3_ffi(Pyo3Ffi::Fails("no Python 3.x interpreter found"))
}
