//! Not a CPython header: gives the benchmark crate the `Py_*` cfgs of its target, as
//! examples/string-sum/build.rs does, and `bench_pyffi` when it is built on pyffi.

fn main() {
    for minor in 7..=15 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    for name in [
        "Py_LIMITED_API",
        "Py_GIL_DISABLED",
        "PyPy",
        "GraalPy",
        "bench_pyffi",
    ] {
        println!("cargo::rustc-check-cfg=cfg({name})");
    }
    println!(
        r#"cargo::rustc-check-cfg=cfg(py_sys_config, values("Py_DEBUG", "Py_REF_DEBUG", "Py_TRACE_REFS", "COUNT_ALLOCS"))"#
    );
    if std::env::var("CARGO_PKG_NAME").as_deref() == Ok("benchmod-pyffi") {
        println!("cargo:rustc-cfg=bench_pyffi");
    }
    // pyo3-build-config 0.30 handles 3.9 and newer; for abi3-py37 pyffi's build script
    // hands its cfgs on directly (DEP_PYTHON_CFGS).
    match std::env::var("DEP_PYTHON_CFGS") {
        Ok(cfgs) if !cfgs.split(',').any(|cfg| cfg == "Py_3_9") => {
            for cfg in cfgs.split(',').filter(|cfg| !cfg.is_empty()) {
                println!("cargo:rustc-cfg={cfg}");
            }
        }
        _ => pyo3_build_config::use_pyo3_cfgs(),
    }
}
