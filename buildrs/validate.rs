//! Checks the resolved Python against what pyffi supports, then applies the
//! requested stable ABI: the result is what `emit` prints.

use std::{collections::HashSet, env};

use pyo3_build_config::{
    BuildFlag, InterpreterConfig, InterpreterConfigBuilder, PythonAbiBuilder, PythonImplementation,
    PythonVersion, StableAbi,
};

use crate::{
    fail::{chain, Fail},
    features::{Floor, Kind, Requested},
    resolve::{implementation_name, Resolved, Source},
};

/// The oldest CPython with declarations.
pub const OLDEST_MINOR: u8 = 7;
/// The newest Python with declarations; the one after builds with a warning.
pub const NEWEST_MINOR: u8 = 15;
/// The free-threaded stable ABI (abi3t) starts here.
const ABI3T_MINOR: u8 = 15;

pub struct Build {
    /// The final configuration, handed on as `DEP_PYTHON_PYO3_CONFIG`.
    pub config: InterpreterConfig,
    /// `Py_3_7` up to `Py_3_{cfg_minor}` are set.
    pub cfg_minor: u8,
    /// `py_sys_config` values.
    pub flags: Vec<&'static str>,
    pub warnings: Vec<String>,
}

pub fn validate(resolved: Resolved, requested: &Requested) -> Result<Build, Fail> {
    let mut warnings = resolved.warnings.clone();
    check_version(&resolved, &mut warnings)?;
    check_pointer_width(&resolved)?;
    let stable = select_stable_abi(&resolved, requested)?;

    let config = &resolved.config;
    let abi = config.target_abi();
    let minor = config.version().minor;
    let names: HashSet<String> = config
        .build_flags()
        .0
        .iter()
        .map(|f| f.to_string())
        .collect();
    let debug = abi.is_debug() || names.contains("Py_DEBUG");
    // Before 3.8, Py_DEBUG turned on Py_TRACE_REFS (bpo-36465).
    let trace_refs = resolved.trace_refs || names.contains("Py_TRACE_REFS") || (debug && minor < 8);
    // Both imply Py_REF_DEBUG in CPython's headers.
    let ref_debug = debug || trace_refs || names.contains("Py_REF_DEBUG");
    let flags: Vec<&'static str> = [
        (debug, "Py_DEBUG"),
        (ref_debug, "Py_REF_DEBUG"),
        (trace_refs, "Py_TRACE_REFS"),
        (names.contains("COUNT_ALLOCS"), "COUNT_ALLOCS"),
    ]
    .into_iter()
    .filter_map(|(on, name)| on.then_some(name))
    .collect();

    let (target_abi, cfg_minor) = match stable {
        Some((kind, floor)) => {
            let kind = match kind {
                Kind::Abi3 => StableAbi::Abi3,
                Kind::Abi3t => StableAbi::Abi3t,
            };
            let version = PythonVersion {
                major: 3,
                minor: floor,
            };
            let builder = PythonAbiBuilder::new(abi.implementation(), version).stable_abi(kind);
            let builder = if debug { builder.debug() } else { builder };
            (builder.finalize().map_err(internal)?, floor)
        }
        None => (abi, minor.min(NEWEST_MINOR)),
    };

    let mut build_flags = config.build_flags().clone();
    for (on, name) in [(ref_debug, "Py_REF_DEBUG"), (trace_refs, "Py_TRACE_REFS")] {
        if on && !names.contains(name) {
            build_flags
                .0
                .insert(name.parse::<BuildFlag>().unwrap_or_else(|e| match e {}));
        }
    }
    let final_config = InterpreterConfigBuilder::new(config.implementation(), config.version())
        .target_abi(target_abi)
        .shared(config.shared())
        .lib_name(config.lib_name().map(str::to_owned))
        .lib_dir(config.lib_dir().map(str::to_owned))
        .executable(config.executable().map(str::to_owned))
        .pointer_width(config.pointer_width())
        .build_flags(build_flags)
        .suppress_build_script_link_lines(config.suppress_build_script_link_lines())
        .extra_build_script_lines(config.extra_build_script_lines().to_vec())
        .python_framework_prefix(config.python_framework_prefix().map(str::to_owned))
        .finalize()
        .map_err(internal)?;

    Ok(Build {
        config: final_config,
        cfg_minor,
        flags,
        warnings,
    })
}

fn internal(error: pyo3_build_config::pyo3_build_script_impl::errors::Error) -> Fail {
    Fail::new(format!("{}: report this to pyffi", chain(&error)))
}

fn check_version(resolved: &Resolved, warnings: &mut Vec<String>) -> Result<(), Fail> {
    let implementation = resolved.config.target_abi().implementation();
    let oldest = match implementation {
        PythonImplementation::CPython => OLDEST_MINOR,
        PythonImplementation::PyPy => 9,
        PythonImplementation::GraalPy => 10,
        PythonImplementation::RustPython => {
            return Err(Fail::new(format!(
                "{} is not supported by pyffi: {}",
                resolved.describe(),
                resolved.use_instead("CPython, PyPy or GraalPy")
            )))
        }
    };
    let version = resolved.config.version();
    let describe = resolved.describe();
    let name = implementation_name(implementation);
    let newest = NEWEST_MINOR + 1;
    if (version.major, version.minor) < (3, oldest) {
        let fix = resolved.use_instead(&format!("{name} 3.{oldest} or newer"));
        return Err(Fail::new(format!(
            "{describe} is too old: pyffi needs {name} 3.{oldest} or newer: {fix}"
        )));
    }
    if (version.major, version.minor) > (3, newest) {
        let fix = resolved.use_instead(&format!("Python 3.{NEWEST_MINOR} or older"));
        return Err(Fail::new(format!(
            "{describe} is too new: pyffi supports Python up to 3.{NEWEST_MINOR} (3.{newest} with a warning): {fix}, or update pyffi"
        )));
    }
    if version.minor == newest {
        warnings.push(format!(
            "{describe} is newer than pyffi's declarations (3.{NEWEST_MINOR}): building with the 3.{NEWEST_MINOR} ones, which may not match; update pyffi when it supports 3.{newest}"
        ));
    }
    Ok(())
}

fn check_pointer_width(resolved: &Resolved) -> Result<(), Fail> {
    let Some(python_bits) = resolved.config.pointer_width() else {
        return Ok(());
    };
    let target_bits = env::var("CARGO_CFG_TARGET_POINTER_WIDTH").ok();
    let Some(target_bits) = target_bits.and_then(|bits| bits.parse::<u32>().ok()) else {
        return Ok(());
    };
    if python_bits == target_bits {
        return Ok(());
    }
    let target = env::var("TARGET").unwrap_or_default();
    Err(Fail::new(format!(
        "{} is {python_bits}-bit but the target {target} is {target_bits}-bit: {}, or build for a {python_bits}-bit --target",
        resolved.describe(),
        resolved.use_instead(&format!("a {target_bits}-bit Python"))
    )))
}

/// The stable ABI and its floor minor version, if the features ask for one.
fn select_stable_abi(
    resolved: &Resolved,
    requested: &Requested,
) -> Result<Option<(Kind, u8)>, Fail> {
    let abi = resolved.config.target_abi();
    let minor = resolved.config.version().minor;
    let free_threaded = abi.kind().is_free_threaded();
    // pyo3-build-config builds PyPy and GraalPy at their own version even
    // under abi3-py3X: they have no stable ABI across versions.
    let own_version = abi.implementation() != PythonImplementation::CPython;
    let floor_of = |floor: Floor| match floor {
        _ if own_version => minor.min(NEWEST_MINOR),
        Floor::Interpreter => minor.min(NEWEST_MINOR),
        Floor::Minor(floor) => floor,
    };
    let describe = resolved.describe();
    if own_version && (requested.abi3.is_some() || requested.abi3t.is_some()) {
        // As pyo3 does: the module is built for this interpreter's own version.
        println!("cargo:warning=pyffi: {describe} has no stable ABI; the abi3 features are ignored and the build is for its own version");
        return Ok(None);
    }

    if let Some(floor) = requested.abi3t {
        if minor >= ABI3T_MINOR {
            return Ok(Some((Kind::Abi3t, floor_of(floor))));
        }
        if requested.abi3.is_none() {
            let fix = match resolved.source {
                Source::NoPython => "enable abi3t-py315 instead of bare abi3t".to_owned(),
                _ => format!(
                    "{}, or drop the abi3t feature",
                    resolved.use_instead(&format!("Python 3.{ABI3T_MINOR} or newer"))
                ),
            };
            return Err(Fail::new(format!(
                "the abi3t feature needs Python 3.{ABI3T_MINOR} or newer (the free-threaded stable ABI starts there), but the target is {describe}: {fix}"
            )));
        }
    }
    let Some(floor) = requested.abi3 else {
        return Ok(None);
    };
    if free_threaded {
        return Err(Fail::new(if minor < ABI3T_MINOR {
            format!("the abi3 feature targets GIL-enabled Python, but {describe} is free-threaded, which has no stable ABI before 3.{ABI3T_MINOR}: drop the abi3 features for a version-specific build, or use abi3t with a Python 3.{ABI3T_MINOR}+")
        } else {
            format!("the abi3 feature targets GIL-enabled Python, but {describe} is free-threaded and cannot load abi3 modules: use the abi3t feature instead of abi3")
        }));
    }
    let floor = floor_of(floor);
    if floor > minor {
        return Err(Fail::new(format!(
            "feature abi3-py3{floor} needs Python 3.{floor} or newer, but the target is {describe}: {}, or enable a lower abi3-py3X feature",
            resolved.use_instead(&format!("Python 3.{floor} or newer"))
        )));
    }
    Ok(Some((Kind::Abi3, floor)))
}
