//! Gives this crate the `Py_*` cfgs of the Python that pyffi was built for,
//! so `#[cfg(Py_GIL_DISABLED)]` in src/lib.rs means what it says.

fn main() {
    declare_cfgs();
    // pyo3-build-config 0.30 only handles 3.9 and newer; for an older target
    // (3.7, 3.8, abi3-py37, abi3-py38) pyffi's build script hands its cfgs on
    // directly: DEP_PYTHON_CFGS, comma-separated `rustc-cfg` strings.
    match std::env::var("DEP_PYTHON_CFGS") {
        Ok(cfgs) if !cfgs.split(',').any(|cfg| cfg == "Py_3_9") => {
            for cfg in cfgs.split(',').filter(|cfg| !cfg.is_empty()) {
                println!("cargo:rustc-cfg={cfg}");
            }
        }
        _ => pyo3_build_config::use_pyo3_cfgs(),
    }
}

/// Every cfg either path can set, so rustc's `unexpected_cfgs` lint knows them.
fn declare_cfgs() {
    for minor in 7..=15 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    for name in ["Py_LIMITED_API", "Py_GIL_DISABLED", "PyPy", "GraalPy"] {
        println!("cargo::rustc-check-cfg=cfg({name})");
    }
    println!(
        r#"cargo::rustc-check-cfg=cfg(py_sys_config, values("Py_DEBUG", "Py_REF_DEBUG", "Py_TRACE_REFS", "COUNT_ALLOCS"))"#
    );
}
