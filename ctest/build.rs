//! Generates the layout and constant checks: reads pyffi's sources with the
//! cfgs pyffi's build script chose (`DEP_PYTHON_CFGS`), and writes
//!
//! - a C file that has the compiler compute, from the same interpreter's
//!   headers, the size and alignment of every declared struct, union, enum
//!   and typedef, every field's offset, size and type, every constant's
//!   value, every function's and static's type, and every bit-field's bits;
//! - Rust code computing the same with `size_of`, `align_of`, `offset_of!`…
//!
//! `tests/layout.rs` compares them one by one.
//!
//! Headers: those of the interpreter pyffi was built for (its sysconfig
//! `include` path), or `PYFFI_CTEST_INCLUDE` (dirs separated like PATH) for
//! headers without an interpreter; `PYFFI_CTEST_DEFINES` adds `NAME[=VALUE]`
//! defines (comma-separated). `Py_LIMITED_API`, `Py_GIL_DISABLED` and
//! `Py_DEBUG` are defined from the cfgs.

#[path = "buildrs/cfg.rs"]
mod cfg;
#[path = "buildrs/cscan.rs"]
mod cscan;
#[path = "buildrs/ctype.rs"]
mod ctype;
#[path = "buildrs/emit.rs"]
mod emit;
#[path = "buildrs/rust.rs"]
mod rust;

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    for var in [
        "PYFFI_CTEST_INCLUDE",
        "PYFFI_CTEST_DEFINES",
        "DEP_PYTHON_CFGS",
        "DEP_PYTHON_PYO3_CONFIG",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=buildrs");

    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest.parent().unwrap().join("src");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());

    let cfg_list = env::var("DEP_PYTHON_CFGS")
        .map_err(|_| "DEP_PYTHON_CFGS is not set: pyffi's build script did not run".to_string())?;
    let cfgs = cfg::Cfgs::new(&cfg_list);
    let config = pyo3_config()?;

    let (includes, from) = match env::var_os("PYFFI_CTEST_INCLUDE") {
        Some(dirs) if !dirs.is_empty() => (
            env::split_paths(&dirs).collect::<Vec<_>>(),
            "PYFFI_CTEST_INCLUDE".to_string(),
        ),
        _ => {
            let exe = config.iter().find(|(k, _)| k == "executable").map(|(_, v)| v.clone()).ok_or(
                "pyffi's configuration names no interpreter to ask for its headers: set PYFFI_CTEST_INCLUDE",
            )?;
            (interpreter_includes(&exe)?, exe)
        }
    };
    for dir in &includes {
        if !dir.join("Python.h").exists() && !dir.join("pyconfig.h").exists() {
            eprintln!(
                "warning: {} has neither Python.h nor pyconfig.h",
                dir.display()
            );
        }
    }

    let mut defines: Vec<(String, Option<String>)> = Vec::new();
    if cfgs.has("Py_LIMITED_API") {
        defines.push((
            "Py_LIMITED_API".into(),
            Some(format!("0x030{:X}0000", cfgs.minor())),
        ));
    }
    if cfgs.has("Py_GIL_DISABLED") {
        defines.push(("Py_GIL_DISABLED".into(), Some("1".into())));
    }
    if cfgs.has("py_sys_config=\"Py_DEBUG\"") {
        defines.push(("Py_DEBUG".into(), Some("1".into())));
    }
    if let Ok(extra) = env::var("PYFFI_CTEST_DEFINES") {
        for d in extra.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match d.split_once('=') {
                Some((k, v)) => defines.push((k.into(), Some(v.into()))),
                None => defines.push((d.into(), None)),
            }
        }
    }

    let krate = rust::read(&src, &cfgs)?;
    for f in &krate.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }

    let get = |key: &str| {
        config
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
    };
    let libpython = match (get("lib_dir"), get("lib_name"), get("shared").as_deref()) {
        (Some(dir), Some(name), Some("true")) if !dir.is_empty() => {
            let path = PathBuf::from(dir).join(format!("lib{name}.so"));
            path.exists().then(|| path.display().to_string())
        }
        _ => None,
    };
    let setup = emit::Setup {
        libpython,
        includes,
        defines,
        out,
        describe: format!(
            "cfgs [{}]; headers from {}; version {}",
            cfgs.describe(),
            from,
            config
                .iter()
                .find(|(k, _)| k == "version")
                .map_or("?", |(_, v)| v.as_str())
        ),
    };
    emit::generate(&setup, &krate, &cfgs)
}

/// `DEP_PYTHON_PYO3_CONFIG`: pyo3-build-config's `key=value` lines, hex-encoded.
fn pyo3_config() -> Result<Vec<(String, String)>, String> {
    let hex = env::var("DEP_PYTHON_PYO3_CONFIG")
        .map_err(|_| "DEP_PYTHON_PYO3_CONFIG is not set".to_string())?;
    if hex.len() % 2 != 0 {
        return Err("DEP_PYTHON_PYO3_CONFIG is not hex".into());
    }
    let bytes: Result<Vec<u8>, _> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16))
        .collect();
    let text = String::from_utf8(bytes.map_err(|e| format!("DEP_PYTHON_PYO3_CONFIG: {e}"))?)
        .map_err(|e| format!("DEP_PYTHON_PYO3_CONFIG: {e}"))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect())
}

fn interpreter_includes(exe: &str) -> Result<Vec<PathBuf>, String> {
    let script = "import sysconfig\np = sysconfig.get_paths()\nprint(p['include'])\nprint(p.get('platinclude', p['include']))";
    let output = Command::new(exe)
        .args(["-c", script])
        .output()
        .map_err(|e| format!("cannot run {exe}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{exe} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let p = PathBuf::from(line.trim());
        if !dirs.contains(&p) {
            dirs.push(p);
        }
    }
    Ok(dirs)
}
