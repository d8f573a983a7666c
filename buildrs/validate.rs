//! Checks the resolved Python against what pyffi supports, then applies the
//! requested stable ABI: the result is what `emit` prints.

use std::env;

use pyo3_build_config::{
    BuildFlag, InterpreterConfig, InterpreterConfigBuilder, PythonAbiBuilder, PythonImplementation,
    PythonVersion, StableAbi,
};

use crate::{
    fail::{chain, join, Fail},
    features::{Floor, Kind, Requested},
    resolve::{implementation_name, Resolved},
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
    check_implementation(&resolved)?;
    check_pointer_width(&resolved)?;
    let stable = select_stable_abi(&resolved, requested, &mut warnings)?;
    check_newest(&resolved, stable, requested, &mut warnings)?;

    let config = &resolved.config;
    let abi = config.target_abi();
    let minor = config.version().minor;
    let mut names = Vec::new();
    for f in &config.build_flags().0 {
        names.push(f.to_string());
    }
    let has = |flag: &str| names.contains(&flag.to_owned());
    let debug = abi.is_debug() || has("Py_DEBUG");
    // Before 3.8, Py_DEBUG turned on Py_TRACE_REFS (bpo-36465).
    let trace_refs = resolved.trace_refs || has("Py_TRACE_REFS") || (debug && minor < 8);
    // Both imply Py_REF_DEBUG in CPython's headers.
    let ref_debug = debug || trace_refs || has("Py_REF_DEBUG");
    let mut flags: Vec<&'static str> = Vec::new();
    for (on, name) in [
        (debug, "Py_DEBUG"),
        (ref_debug, "Py_REF_DEBUG"),
        (trace_refs, "Py_TRACE_REFS"),
        (has("COUNT_ALLOCS"), "COUNT_ALLOCS"),
    ] {
        if on {
            flags.push(name);
        }
    }

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
        if on && !has(name) {
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

/// The implementation and the oldest version; the newest is checked once
/// the ABI is known (`check_newest`), as pyo3-ffi checks the version it
/// builds for, not the interpreter's.
fn check_implementation(resolved: &Resolved) -> Result<(), Fail> {
    let abi = resolved.config.target_abi();
    let implementation = abi.implementation();
    let oldest = match implementation {
        PythonImplementation::CPython => OLDEST_MINOR,
        PythonImplementation::PyPy => 9,
        PythonImplementation::GraalPy => 10,
        PythonImplementation::RustPython => {
            return Err(Fail::new(format!(
                "{} is not supported by pyffi (it has no RustPython declarations): {}",
                resolved.describe(),
                resolved.use_instead("CPython, PyPy or GraalPy")
            )))
        }
    };
    let version = resolved.config.version();
    let describe = resolved.describe();
    let name = implementation_name(implementation);
    if (version.major, version.minor) < (3, oldest) {
        let fix = resolved.use_instead(&format!("{name} 3.{oldest} or newer"));
        return Err(Fail::new(format!(
            "{describe} is too old: pyffi needs {name} 3.{oldest} or newer: {fix}"
        )));
    }
    if abi.kind().is_free_threaded() && implementation != PythonImplementation::CPython {
        let fix = resolved.use_instead(&format!("a {name} without Py_GIL_DISABLED"));
        return Err(Fail::new(format!(
            "{describe} is free-threaded, but only CPython has a free-threaded build: {fix}"
        )));
    }
    Ok(())
}

/// pyo3-ffi refuses versions past the next one unless told to build anyway
/// (`PYO3_USE_*_FORWARD_COMPATIBILITY=1`), but a stable-ABI build is for
/// its floor, which pyffi declares.
fn check_newest(
    resolved: &Resolved,
    stable: Option<(Kind, u8)>,
    requested: &Requested,
    warnings: &mut Vec<String>,
) -> Result<(), Fail> {
    let abi = resolved.config.target_abi();
    let version = resolved.config.version();
    let describe = resolved.describe();
    let next = NEWEST_MINOR + 1;
    if stable.is_some() || (version.major, version.minor) <= (3, NEWEST_MINOR) {
        return Ok(());
    }
    let declarations =
        format!("building with the 3.{NEWEST_MINOR} declarations, which may not match");
    // PyPy and GraalPy under abi3 features: pyo3-build-config targets their
    // version capped at 3.15, which pyo3-ffi accepts.
    let capped = requested.any() && abi.implementation() != PythonImplementation::CPython;
    if version.minor == next || capped {
        warnings.push(format!(
            "{describe} is newer than pyffi's declarations (3.{NEWEST_MINOR}): {declarations}; update pyffi when it supports 3.{}",
            version.minor
        ));
        return Ok(());
    }
    let set = |name: &str| env::var_os(name).is_some_and(|value| value == "1");
    let free_threaded = abi.kind().is_free_threaded();
    let (var, other) = if free_threaded {
        ("PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY", "abi3t")
    } else {
        ("PYO3_USE_ABI3_FORWARD_COMPATIBILITY", "an abi3 feature")
    };
    let forced = match abi.implementation() {
        PythonImplementation::GraalPy => false,
        _ if free_threaded => set("PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY"),
        _ => {
            set("PYO3_USE_ABI3_FORWARD_COMPATIBILITY")
                || set("PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY")
        }
    };
    if forced {
        warnings.push(format!(
            "{describe} is newer than pyffi's declarations (3.{NEWEST_MINOR}), and {var}=1 asks to build anyway: {declarations}; do not distribute the result"
        ));
        return Ok(());
    }
    let fix = resolved.use_instead(&format!("Python 3.{NEWEST_MINOR} or older"));
    let anyway = if abi.implementation() == PythonImplementation::GraalPy {
        String::new()
    } else {
        format!(
            ", enable {other}, set {var}=1 to build with the 3.{NEWEST_MINOR} declarations anyway"
        )
    };
    Err(Fail::new(format!(
        "{describe} is too new: pyffi supports Python up to 3.{NEWEST_MINOR} (3.{next} with a warning): {fix}{anyway}, or update pyffi"
    )))
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

/// The stable ABI and its floor minor version, if the features ask for one
/// the target can have. As pyo3-build-config 0.30.1 chooses: from 3.15,
/// abi3t before abi3 and only abi3t on a free-threaded Python; before 3.15,
/// abi3 on a GIL-enabled Python only. A target that can have none of the
/// requested ones gets a build for its own version, with a warning.
fn select_stable_abi(
    resolved: &Resolved,
    requested: &Requested,
    warnings: &mut Vec<String>,
) -> Result<Option<(Kind, u8)>, Fail> {
    if !requested.any() {
        return Ok(None);
    }
    let abi = resolved.config.target_abi();
    let minor = resolved.config.version().minor;
    let describe = resolved.describe();
    // pyo3-build-config builds PyPy and GraalPy at their own version even
    // under abi3-py3X: they have no stable ABI across versions.
    if abi.implementation() != PythonImplementation::CPython {
        warnings.push(format!("{describe} has no stable ABI; the abi3 features are ignored and the build is for its own version"));
        return Ok(None);
    }
    let free_threaded = abi.kind().is_free_threaded();
    let abi3 = requested
        .abi3
        .filter(|_| !free_threaded)
        .map(|f| (Kind::Abi3, f));
    let abi3t = requested.abi3t.map(|f| (Kind::Abi3t, f));
    let chosen = if minor >= ABI3T_MINOR {
        abi3t.or(abi3)
    } else {
        abi3
    };
    let Some((kind, floor)) = chosen else {
        warnings.push(fallback_warning(&describe, requested, free_threaded, minor));
        return Ok(None);
    };
    let floor = match floor {
        Floor::Minor(floor) => floor,
        Floor::Interpreter if minor > NEWEST_MINOR => {
            warnings.push(format!(
                "{describe} is newer than pyffi's declarations: bare `{}` builds for {}-py3{NEWEST_MINOR}, the newest stable ABI pyffi declares",
                kind.feature(),
                kind.feature()
            ));
            NEWEST_MINOR
        }
        Floor::Interpreter => minor,
    };
    // Only abi3 can get here with a floor above the target (abi3t's is 3.15).
    if floor > minor {
        return Err(Fail::new(format!(
            "feature abi3-py3{floor} needs Python 3.{floor} or newer, but the target is {describe}: {}, or enable a lower abi3-py3X feature",
            resolved.use_instead(&format!("Python 3.{floor} or newer"))
        )));
    }
    Ok(Some((kind, floor)))
}

/// Why the requested stable ABI does not apply, in one line.
fn fallback_warning(
    describe: &str,
    requested: &Requested,
    free_threaded: bool,
    minor: u8,
) -> String {
    let features = requested.feature_names();
    let features = join(&features, " and ");
    let t = if free_threaded { "t" } else { "" };
    let (why, hint) = match (free_threaded, minor < ABI3T_MINOR) {
        (false, _) => (
            format!("the free-threaded stable ABI (abi3t) starts at Python 3.{ABI3T_MINOR}"),
            "; enable abi3-py3X for a stable-ABI build",
        ),
        (true, true) => (
            format!("free-threaded Python has no stable ABI before 3.{ABI3T_MINOR}"),
            "",
        ),
        (true, false) => (
            "a free-threaded Python cannot load abi3 modules".to_owned(),
            "; enable abi3t for a free-threaded stable-ABI build",
        ),
    };
    format!(
        "{features} ignored for {describe}: {why}, so the build is version-specific (for 3.{minor}{t} only), as with pyo3{hint}"
    )
}
