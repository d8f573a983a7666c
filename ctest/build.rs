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
#[path = "buildrs/python.rs"]
mod python;
#[path = "buildrs/rust.rs"]
mod rust;

use std::env;
use std::path::PathBuf;

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
    let config = python::pyo3_config()?;

    let (includes, from) = python::includes(&config)?;
    let defines = python::defines(&cfgs);

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
            if path.exists() {
                Some(path.display().to_string())
            } else if name.starts_with("pypy") {
                // Debian's PyPy names /usr/bin as its lib dir; its library's name is its
                // own (no SONAME shared with another build), so the loader's search finds it.
                Some(format!("lib{name}.so"))
            } else {
                None
            }
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
