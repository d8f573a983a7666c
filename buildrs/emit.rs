//! Everything printed for cargo: the cfgs and their declarations, link
//! lines, and the metadata dependents read as `DEP_PYTHON_PYO3_CONFIG` and
//! `DEP_PYTHON_CFGS`.

use std::env;

use pyo3_build_config::{PythonAbiKind, PythonImplementation};

use crate::{
    fail::{chain, join, Fail},
    validate::{Build, NEWEST_MINOR, OLDEST_MINOR},
};

/// Every cfg and value this script can set, whatever this build sets.
pub fn declare_cfgs() {
    for minor in OLDEST_MINOR..=NEWEST_MINOR {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    for name in ["Py_LIMITED_API", "Py_GIL_DISABLED", "PyPy", "GraalPy"] {
        println!("cargo::rustc-check-cfg=cfg({name})");
    }
    println!(
        r#"cargo::rustc-check-cfg=cfg(py_sys_config, values("Py_DEBUG", "Py_REF_DEBUG", "Py_TRACE_REFS", "COUNT_ALLOCS"))"#
    );
}

/// The exact `rustc-cfg` strings for this build.
pub fn cfgs(build: &Build) -> Vec<String> {
    let abi = build.config.target_abi();
    let mut cfgs = Vec::new();
    for minor in OLDEST_MINOR..=build.cfg_minor {
        cfgs.push(format!("Py_3_{minor}"));
    }
    if matches!(abi.kind(), PythonAbiKind::Stable(_)) {
        cfgs.push("Py_LIMITED_API".to_owned());
    }
    if abi.kind().is_free_threaded() {
        cfgs.push("Py_GIL_DISABLED".to_owned());
    }
    match abi.implementation() {
        PythonImplementation::PyPy => cfgs.push("PyPy".to_owned()),
        PythonImplementation::GraalPy => cfgs.push("GraalPy".to_owned()),
        _ => {}
    }
    for flag in &build.flags {
        cfgs.push(format!("py_sys_config=\"{flag}\""));
    }
    cfgs
}

pub fn emit(build: &Build, linking: bool) -> Result<(), Fail> {
    for warning in &build.warnings {
        println!("cargo:warning={warning}");
    }
    let cfgs = cfgs(build);
    for cfg in &cfgs {
        println!("cargo:rustc-cfg={cfg}");
    }
    // pyo3-build-config 0.30's `use_pyo3_cfgs()` refuses configs below 3.9;
    // dependents of such builds read the same cfgs from DEP_PYTHON_CFGS.
    println!("cargo:CFGS={}", join(&cfgs, ","));

    if linking && !build.config.suppress_build_script_link_lines() {
        link_libpython(build);
    }
    for line in build.config.extra_build_script_lines() {
        println!("{line}");
    }
    build.config.to_cargo_dep_env().map_err(|error| {
        Fail::new(format!(
            "cannot write DEP_PYTHON_PYO3_CONFIG ({}): report this to pyffi",
            chain(&error)
        ))
    })
}

fn link_libpython(build: &Build) {
    let config = &build.config;
    let Some(name) = config.lib_name() else {
        println!(
            "cargo:warning=not linking libpython: without an interpreter its name is unknown; set PYO3_BUILD_EXTENSION_MODULE=1 when building an extension module, or let the build find a Python to embed"
        );
        return;
    };
    // pyo3-build-config reports unset sysconfig values as "".
    let lib_dir = config.lib_dir().filter(|dir| !dir.is_empty());
    if let Some(dir) = lib_dir {
        println!("cargo:rustc-link-search=native={dir}");
    }
    println!("cargo:rustc-link-lib={name}");

    // Record where this libpython lives: another Python may ship a library
    // with the same soname (pyenv's and Debian's libpython3.11.so.1.0).
    let var = |name| env::var(name).unwrap_or_default();
    let (os, family) = (var("CARGO_CFG_TARGET_OS"), var("CARGO_CFG_TARGET_FAMILY"));
    let unix = family.split(',').any(|f| f == "unix");
    let wasm = family.split(',').any(|f| f == "wasm");
    if !unix || os == "cygwin" || (wasm && os != "emscripten") {
        return;
    }
    if let Some(dir) = lib_dir {
        println!("cargo:rustc-link-arg=-Wl,-rpath,{dir}");
    }
    if matches!(os.as_str(), "macos" | "ios") {
        if let Some(prefix) = config.python_framework_prefix().filter(|p| !p.is_empty()) {
            println!("cargo:rustc-link-arg=-Wl,-rpath,{prefix}");
        }
    }
}
