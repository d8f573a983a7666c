//! Where the Python configuration comes from, in the order pyo3-ffi users
//! know: `PYO3_CONFIG_FILE`; `PYO3_CROSS_*` when cross-compiling;
//! `PYO3_NO_PYTHON` (abi3 builds only); else an interpreter: `PYO3_PYTHON`,
//! `VIRTUAL_ENV`, `CONDA_PREFIX`, then `python` / `python3` on PATH.
//! pyo3-build-config does the finding; this module turns its errors and
//! panics into one line that names the fix.

use std::{
    env, fs,
    path::Path,
    process::{Command, Stdio},
};

use pyo3_build_config::{
    pyo3_build_script_impl as pyo3_impl, InterpreterConfig, InterpreterConfigBuilder,
    PythonImplementation, PythonVersion, Triple,
};

use crate::{
    fail::{catch, chain, Fail},
    features::{self, Kind, Requested},
    sysconfigdata,
};

pub enum Source {
    ConfigFile(String),
    Cross,
    /// How the interpreter was chosen, e.g. `PYO3_PYTHON=/usr/bin/python3`.
    Host(String),
    NoPython,
}

pub struct Resolved {
    /// The target Python as it is: no stable ABI applied yet.
    pub config: InterpreterConfig,
    pub source: Source,
    /// Asked here because pyo3-build-config does not ask interpreters for it.
    pub trace_refs: bool,
    pub warnings: Vec<String>,
}

impl Resolved {
    /// Names the Python for messages, e.g. `CPython 3.13t (/usr/bin/python3.13t)`.
    pub fn describe(&self) -> String {
        let abi = self.config.target_abi();
        let t = if abi.kind().is_free_threaded() {
            "t"
        } else {
            ""
        };
        let origin = match (&self.source, self.config.executable()) {
            (Source::ConfigFile(path), _) => format!("from PYO3_CONFIG_FILE={path}"),
            (Source::Cross, _) => "cross-compiling, from PYO3_CROSS_*".to_owned(),
            (Source::Host(_), Some(executable)) => executable.to_owned(),
            (Source::Host(origin), None) => origin.clone(),
            (Source::NoPython, _) => "PYO3_NO_PYTHON".to_owned(),
        };
        let name = implementation_name(abi.implementation());
        format!("{name} {}{t} ({origin})", self.config.version())
    }

    /// How to build for `python` (e.g. "a 64-bit Python") instead.
    pub fn use_instead(&self, python: &str) -> String {
        use_instead(&self.source, python)
    }
}

fn use_instead(source: &Source, python: &str) -> String {
    match source {
        Source::ConfigFile(_) => format!("point PYO3_CONFIG_FILE at a config for {python}"),
        Source::Cross => {
            format!("set PYO3_CROSS_LIB_DIR / PYO3_CROSS_PYTHON_VERSION for {python}")
        }
        Source::Host(_) => format!("set PYO3_PYTHON to {python}"),
        Source::NoPython => format!("unset PYO3_NO_PYTHON to use {python}"),
    }
}

pub fn implementation_name(implementation: PythonImplementation) -> &'static str {
    match implementation {
        PythonImplementation::CPython => "CPython",
        PythonImplementation::PyPy => "PyPy",
        PythonImplementation::GraalPy => "GraalPy",
        PythonImplementation::RustPython => "RustPython",
    }
}

pub fn target_triple() -> Result<Triple, Fail> {
    catch(pyo3_impl::target_triple_from_env).map_err(|panic| {
        Fail::new(format!(
            "cannot read the target triple from TARGET ({panic}): run this build script through cargo"
        ))
    })
}

/// False for extension modules (feature `extension-module` or
/// `PYO3_BUILD_EXTENSION_MODULE`) on targets whose loader provides libpython.
pub fn links_libpython(target: &Triple) -> Result<bool, Fail> {
    catch(|| pyo3_impl::is_linking_libpython_for_target(target)).map_err(|panic| {
        Fail::new(format!(
            "cannot tell whether to link libpython ({panic}): report this to pyffi"
        ))
    })
}

pub fn resolve(requested: &Requested, target: &Triple, linking: bool) -> Result<Resolved, Fail> {
    features::hide_from_pyo3_build_config();

    if let Some(path) = env::var_os("PYO3_CONFIG_FILE") {
        check_config_file(Path::new(&path))?;
        let source = Source::ConfigFile(path.to_string_lossy().into_owned());
        return from_pyo3(target, source);
    }

    let cross = catch(|| pyo3_build_config::cross_compiling_from_to(&Triple::host(), target))
        .map_err(|panic| cross_fail(&panic))?
        .map_err(|error| cross_fail(&chain(&error)))?;
    if let Some(cross) = cross {
        pass_floor_as_cross_version(requested, cross.lib_dir.is_none());
        return match pyo3_config(target) {
            // pyo3-build-config runs a host Python to read the target's
            // sysconfigdata; without one, read it here.
            Err(cause)
                if cross.lib_dir.is_some() && cause.contains(NO_INTERPRETER) && !no_python() =>
            {
                let (config, trace_refs) =
                    sysconfigdata::config(&cross).map_err(|cause| cross_fail(&cause))?;
                Ok(Resolved {
                    config,
                    source: Source::Cross,
                    trace_refs,
                    warnings: Vec::new(),
                })
            }
            result => resolved(result, Source::Cross),
        };
    }

    if no_python() {
        return without_interpreter(requested, "PYO3_NO_PYTHON is set", Vec::new());
    }

    match from_pyo3(target, Source::Host(host_origin().0)) {
        // As pyo3-build-config does: an abi3 extension module with a known
        // floor does not need an interpreter, so a broken one only warns.
        Err(fail) if !linking && requested.explicit_floor().is_some() => {
            let warning = format!(
                "no working Python interpreter ({}); building for the stable ABI without one",
                fail.message()
            );
            without_interpreter(requested, "no interpreter", vec![warning])
        }
        Err(fail) => Err(fail),
        Ok(mut resolved) => {
            resolved.trace_refs = asks_trace_refs(&resolved.config);
            Ok(resolved)
        }
    }
}

fn no_python() -> bool {
    env::var_os("PYO3_NO_PYTHON").is_some()
}

/// Checked here so a missing file gets a message about the file, not about
/// pyo3's parser.
fn check_config_file(path: &Path) -> Result<(), Fail> {
    let shown = path.display();
    if !path.is_absolute() {
        return Err(Fail::new(format!(
            "PYO3_CONFIG_FILE={shown} is a relative path: set it to the file's absolute path"
        )));
    }
    match fs::metadata(path) {
        Ok(meta) if meta.is_file() => Ok(()),
        Ok(_) => Err(Fail::new(format!(
            "PYO3_CONFIG_FILE={shown} is not a file: point PYO3_CONFIG_FILE at a pyo3 config file, or unset it"
        ))),
        Err(error) => Err(Fail::new(format!(
            "PYO3_CONFIG_FILE={shown} cannot be read ({error}): point PYO3_CONFIG_FILE at an existing pyo3 config file, or unset it"
        ))),
    }
}

fn cross_fail(cause: &str) -> Fail {
    Fail::new(format!(
        "cannot configure cross-compiling from PYO3_CROSS_* ({cause}): set PYO3_CROSS_LIB_DIR to the target's Python lib dir and/or PYO3_CROSS_PYTHON_VERSION (e.g. 3.12), or use PYO3_CONFIG_FILE"
    ))
}

/// When cross-compiling with nothing to read the target version from,
/// pyo3-build-config takes the abi3-py3X floor; the features are hidden from
/// it, so hand it the floor the way a user would.
fn pass_floor_as_cross_version(requested: &Requested, no_lib_dir: bool) {
    if env::var_os("PYO3_CROSS_PYTHON_VERSION").is_none() && (no_lib_dir || no_python()) {
        if let Some((_, minor)) = requested.explicit_floor() {
            env::set_var("PYO3_CROSS_PYTHON_VERSION", format!("3.{minor}"));
        }
    }
}

/// Which interpreter pyo3-build-config will pick, and how to pick another.
fn host_origin() -> (String, &'static str) {
    let set = |name| env::var_os(name).map(|value| value.to_string_lossy().into_owned());
    match (set("PYO3_PYTHON"), set("VIRTUAL_ENV"), set("CONDA_PREFIX")) {
        (Some(python), _, _) => (
            format!("PYO3_PYTHON={python}"),
            "set PYO3_PYTHON to a working Python 3.7+ interpreter, or unset it",
        ),
        (None, Some(venv), None) => (
            format!("of VIRTUAL_ENV={venv}"),
            "activate a working virtualenv, unset VIRTUAL_ENV, or set PYO3_PYTHON",
        ),
        (None, None, Some(conda)) => (
            format!("of CONDA_PREFIX={conda}"),
            "activate a working conda env, unset CONDA_PREFIX, or set PYO3_PYTHON",
        ),
        _ => (
            "found on PATH".to_owned(),
            "install Python 3.7+ or set PYO3_PYTHON=/path/to/python3",
        ),
    }
}

/// pyo3-build-config's error when it finds no interpreter to run.
const NO_INTERPRETER: &str = "no Python 3.x interpreter found";

fn from_pyo3(target: &Triple, source: Source) -> Result<Resolved, Fail> {
    resolved(pyo3_config(target), source)
}

/// pyo3-build-config's config, or why it has none.
fn pyo3_config(target: &Triple) -> Result<InterpreterConfig, String> {
    match catch(|| pyo3_impl::resolve_build_config(target)) {
        Ok(Ok(built)) => Ok(built.interpreter_config),
        Ok(Err(error)) => Err(chain(&error)),
        Err(panic) => Err(format!("pyo3-build-config failed: {panic}")),
    }
}

fn resolved(config: Result<InterpreterConfig, String>, source: Source) -> Result<Resolved, Fail> {
    match config {
        Ok(config) => Ok(Resolved {
            config,
            source,
            trace_refs: false,
            warnings: Vec::new(),
        }),
        Err(cause) => Err(explain(&source, &cause)),
    }
}

fn explain(source: &Source, cause: &str) -> Fail {
    // pyo3-build-config fails on RustPython without the abi3t feature, which
    // it does not see here.
    if cause.contains("RustPython only supports") {
        return Fail::new(format!(
            "RustPython is not supported by pyffi (it has no RustPython declarations): {}",
            use_instead(source, "CPython, PyPy or GraalPy")
        ));
    }
    match source {
        Source::ConfigFile(path) => {
            let cause = cause
                .strip_prefix("failed to parse contents of PYO3_CONFIG_FILE: ")
                .unwrap_or(cause);
            Fail::new(format!(
                "PYO3_CONFIG_FILE={path} is not a valid pyo3 config file ({cause}): fix it (key=value lines, at least version=3.X) or unset PYO3_CONFIG_FILE"
            ))
        }
        Source::Cross => cross_fail(cause),
        Source::Host(_) if cause == NO_INTERPRETER => Fail::new(
            "no Python interpreter found (no PYO3_PYTHON, VIRTUAL_ENV or CONDA_PREFIX, and no Python 3 `python` or `python3` on PATH): install Python 3.7+ or set PYO3_PYTHON=/path/to/python3",
        ),
        Source::Host(origin) => {
            let fix = host_origin().1;
            Fail::new(format!(
                "cannot query the Python interpreter {origin} ({cause}): {fix}"
            ))
        }
        Source::NoPython => Fail::new(format!("{cause}: report this to pyffi")),
    }
}

/// A config for the abi3 floor alone, as pyo3-build-config makes when there
/// is no interpreter: CPython at the floor version, GIL-enabled.
fn without_interpreter(
    requested: &Requested,
    why: &str,
    warnings: Vec<String>,
) -> Result<Resolved, Fail> {
    let Some((kind, minor)) = requested.explicit_floor() else {
        return Err(Fail::new(
            if requested.abi3.is_none() && requested.abi3t.is_some() {
                format!("{why}, but bare `abi3t` takes its version from an interpreter: enable abi3t-py315 instead, or unset PYO3_NO_PYTHON")
            } else if requested.any() {
                format!("{why}, but bare `abi3`/`abi3t` takes its version from an interpreter: enable an abi3-py3X feature (e.g. abi3-py39) instead, or unset PYO3_NO_PYTHON")
            } else {
                format!("{why}, but only abi3 builds can do without an interpreter: enable an abi3-py3X feature (e.g. abi3-py39), or unset PYO3_NO_PYTHON")
            },
        ));
    };
    let version = PythonVersion { major: 3, minor };
    // Unix needs no name (extension modules do not link); Windows links the
    // stable-ABI DLL.
    let windows = env::var("CARGO_CFG_TARGET_OS").is_ok_and(|os| os == "windows");
    let lib_name = windows.then(|| match kind {
        Kind::Abi3 => "python3".to_owned(),
        Kind::Abi3t => "python3t".to_owned(),
    });
    let config = InterpreterConfigBuilder::new(PythonImplementation::CPython, version)
        .lib_name(lib_name)
        .finalize()
        .map_err(|error| Fail::new(format!("{}: report this to pyffi", chain(&error))))?;
    Ok(Resolved {
        config,
        source: Source::NoPython,
        trace_refs: false,
        warnings,
    })
}

/// `Py_TRACE_REFS` changes every object's layout, but pyo3-build-config
/// does not ask for it, so ask the interpreter directly. Only that build has
/// `sys.getobjects`. `-S` skips `site`: about 20 ms a run on pyenv's 3.11
/// here, where importing `sysconfig` with `site` took about 110 ms.
fn asks_trace_refs(config: &InterpreterConfig) -> bool {
    let Some(python) = config.executable() else {
        return false;
    };
    let out = Command::new(python)
        .args(["-S", "-c", "import sys; print(hasattr(sys, 'getobjects'))"])
        .stderr(Stdio::null())
        .output();
    matches!(out, Ok(out) if out.status.success() && out.stdout.starts_with(b"True"))
}
