//! The target's `_sysconfigdata*.py`, read without running Python.
//!
//! pyo3-build-config 0.30.1 reads the file found under `PYO3_CROSS_LIB_DIR`
//! by running a host interpreter on it, so cross-compiling fails on a host
//! with no Python ("no Python 3.x interpreter found"). The file is one dict
//! literal (`build_time_vars = {...}`), of which the few values needed are
//! read here; the config is then made as `InterpreterConfig::from_sysconfigdata`
//! makes it.

use std::{fs, path::Path};

use pyo3_build_config::{
    find_all_sysconfigdata, BuildFlag, BuildFlags, CrossCompileConfig, InterpreterConfig,
    InterpreterConfigBuilder, PythonAbiBuilder, PythonImplementation, PythonVersion,
};

use crate::fail::{chain, join};

/// The value of `key` in the file's `build_time_vars` dict, quotes removed.
/// sysconfig writes the dict with `pprint`: one `'KEY': value,` line per key.
/// pprint splits a long value with spaces into a parenthesized run of strings
/// (compiler flags, say); such a value counts as absent rather than be read
/// in part.
fn var<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    for line in text.lines() {
        let line = line.strip_prefix("build_time_vars = {").unwrap_or(line);
        let Some(rest) = line.trim_start().strip_prefix('\'') else {
            continue;
        };
        if let Some(value) = rest.strip_prefix(key).and_then(|r| r.strip_prefix("': ")) {
            let value = value.trim_end().trim_end_matches([',', '}']);
            return (!value.starts_with('(')).then(|| value.trim_matches(['\'', '"']));
        }
    }
    None
}

/// The config, and whether the target has `Py_TRACE_REFS`.
pub fn config(cross: &CrossCompileConfig) -> Result<(InterpreterConfig, bool), String> {
    let lib_dir = cross.lib_dir.as_deref().unwrap_or(Path::new(""));
    let mut paths = find_all_sysconfigdata(cross).map_err(|error| chain(&error))?;
    let path = match paths.len() {
        0 => return Err(format!("no _sysconfigdata*.py in {}", lib_dir.display())),
        1 => paths.remove(0),
        _ => {
            let mut found = Vec::new();
            for p in &paths {
                found.push(p.display().to_string());
            }
            let found = join(&found, ", ");
            return Err(format!(
                "several _sysconfigdata*.py in {} ({}); set _PYTHON_SYSCONFIGDATA_NAME to the file name without .py, or PYO3_CROSS_PYTHON_VERSION",
                lib_dir.display(),
                found
            ));
        }
    };
    let text = fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {} ({error})", path.display()))?;
    let cross_lib_dir = cross.lib_dir.as_ref().map(|d| d.display().to_string());
    let config =
        from_vars(&text, cross_lib_dir).map_err(|why| format!("{}: {why}", path.display()))?;
    Ok((config, var(&text, "Py_TRACE_REFS") == Some("1")))
}

/// As pyo3-build-config's `from_sysconfigdata`, with the cross lib dir
/// in place of `LIBDIR` as it puts it.
fn from_vars(text: &str, lib_dir: Option<String>) -> Result<InterpreterConfig, String> {
    let get = |key: &str| var(text, key);
    let need = |key: &str| {
        get(key).ok_or_else(|| format!("no `'{key}': value` line in its build_time_vars dict"))
    };
    let soabi = need("SOABI")?;
    let implementation = if soabi.starts_with("pypy") {
        PythonImplementation::PyPy
    } else if soabi.starts_with("cpython") {
        PythonImplementation::CPython
    } else if soabi.starts_with("graalpy") {
        PythonImplementation::GraalPy
    } else {
        return Err(format!("unsupported Python interpreter (SOABI {soabi})"));
    };
    let version: PythonVersion = need("VERSION")?
        .parse()
        .map_err(|error| format!("could not parse VERSION ({})", chain(&error)))?;
    let shared = match get("Py_ENABLE_SHARED") {
        Some("1" | "true" | "True") => true,
        Some("0" | "false" | "False") => false,
        _ => {
            return Err(
                "expected a bool (1/true/True or 0/false/False) for Py_ENABLE_SHARED".into(),
            )
        }
    };
    let framework = get("PYTHONFRAMEWORK").is_some_and(|f| !f.is_empty());
    let mut flags = BuildFlags::new();
    for flag in [
        BuildFlag::Py_DEBUG,
        BuildFlag::Py_REF_DEBUG,
        BuildFlag::Py_GIL_DISABLED,
        BuildFlag::COUNT_ALLOCS,
    ] {
        if get(&flag.to_string()) == Some("1") {
            flags.0.insert(flag);
        }
    }
    let debug = flags.0.contains(&BuildFlag::Py_DEBUG);
    if debug {
        flags.0.insert(BuildFlag::Py_REF_DEBUG);
    }
    let mut abi = PythonAbiBuilder::new(implementation, version);
    if flags.0.contains(&BuildFlag::Py_GIL_DISABLED) {
        abi = abi.free_threaded();
    }
    if debug {
        abi = abi.debug();
    }
    let abi = abi.finalize().map_err(|error| chain(&error))?;
    let ld_version = get("LDVERSION");
    let (t, d) = (
        if abi.kind().is_free_threaded() {
            "t"
        } else {
            ""
        },
        if abi.is_debug() { "d" } else { "" },
    );
    let (major, minor) = (version.major, version.minor);
    let lib_name = match (implementation, ld_version) {
        (PythonImplementation::CPython, Some(ld)) => format!("python{ld}"),
        (PythonImplementation::CPython, None) => format!("python{major}.{minor}{t}{d}"),
        (PythonImplementation::PyPy, Some(ld)) => format!("pypy{ld}-c"),
        (PythonImplementation::PyPy, None) => format!("pypy{major}.{minor}-c"),
        _ => "python-native".to_owned(),
    };
    let pointer_width = get("SIZEOF_VOID_P")
        .and_then(|bytes| bytes.parse::<u32>().ok())
        .map(|bytes| bytes * 8);
    InterpreterConfigBuilder::new(implementation, version)
        .target_abi(abi)
        .shared(shared || framework)
        .pointer_width(pointer_width)
        .lib_name(lib_name)
        .lib_dir(lib_dir.or_else(|| get("LIBDIR").map(str::to_owned)))
        .python_framework_prefix(get("PYTHONFRAMEWORKPREFIX").map(str::to_owned))
        .build_flags(flags)
        .finalize()
        .map_err(|error| chain(&error))
}
