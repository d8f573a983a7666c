//! Finds the Python that pyffi is built for, checks that pyffi supports it,
//! and tells rustc (cfgs, link lines) and dependent build scripts
//! (`DEP_PYTHON_PYO3_CONFIG`, `DEP_PYTHON_CFGS`) about it.
//!
//! Every failure is one `error: …` line on stderr naming the fix: no panics.

// The helpers live in `buildrs/`, not `build/`: `/build` is git-ignored in this repo.
#[path = "buildrs/emit.rs"]
mod emit;
#[path = "buildrs/fail.rs"]
mod fail;
#[path = "buildrs/features.rs"]
mod features;
#[path = "buildrs/resolve.rs"]
mod resolve;
#[path = "buildrs/sysconfigdata.rs"]
mod sysconfigdata;
#[path = "buildrs/validate.rs"]
mod validate;

use fail::Fail;

/// Everything read from the environment outside cargo's own variables, so
/// that changing any of them reruns this script (pyo3-build-config only
/// registers the ones it happens to read on the path it takes).
const ENV_INPUTS: &[&str] = &[
    "PYO3_CONFIG_FILE",
    "PYO3_CROSS",
    "PYO3_CROSS_LIB_DIR",
    "PYO3_CROSS_PYTHON_VERSION",
    "PYO3_CROSS_PYTHON_IMPLEMENTATION",
    "_PYTHON_SYSCONFIGDATA_NAME",
    "PYO3_PYTHON",
    "PYO3_NO_PYTHON",
    "PYO3_BUILD_EXTENSION_MODULE",
    "PYO3_ENVIRONMENT_SIGNATURE",
    "PYO3_USE_ABI3_FORWARD_COMPATIBILITY",
    "PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY",
    "VIRTUAL_ENV",
    "CONDA_PREFIX",
    "PATH",
];

fn main() {
    fail::install_panic_hook();
    // Declared first and always, so a failed or partial run never leaves
    // `unexpected_cfgs` warnings behind.
    emit::declare_cfgs();
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=buildrs");
    for var in ENV_INPUTS {
        println!("cargo:rerun-if-env-changed={var}");
    }
    if let Err(fail) = run() {
        fail.exit();
    }
}

fn run() -> Result<(), Fail> {
    let requested = features::Requested::from_env();
    let target = resolve::target_triple()?;
    let linking = resolve::links_libpython(&target)?;
    let resolved = resolve::resolve(&requested, &target, linking)?;
    let build = validate::validate(resolved, &requested)?;
    emit::emit(&build, linking)
}
