//! pyffi's cfgs for a crate of this workspace that depends on it (difftest, pypy-tests):
//! the names declared to `check-cfg`, and the ones set for this build (`DEP_PYTHON_CFGS`,
//! from pyffi's build script) set for the crate's own `#[cfg]`s too.

/// Declares every pyffi cfg and sets those in `cfg_list` (comma-separated).
pub fn forward_cfgs(cfg_list: &str) {
    for name in ["Py_LIMITED_API", "Py_GIL_DISABLED", "PyPy", "GraalPy"] {
        println!("cargo:rustc-check-cfg=cfg({name})");
    }
    for m in 7..=15 {
        println!("cargo:rustc-check-cfg=cfg(Py_3_{m})");
    }
    println!("cargo:rustc-check-cfg=cfg(py_sys_config, values(any()))");
    for c in cfg_list.split(',').map(str::trim).filter(|c| !c.is_empty()) {
        println!("cargo:rustc-cfg={c}");
    }
}
