//! Runs `cargo check` on this package with good and bad Python setups and
//! checks what its build script tells cargo: the cfgs, link lines and
//! metadata it emits, and for bad input one `error:` line naming the fix,
//! with no panic. The bad-input cases are data (build_script/error_cases.rs),
//! which tests/dependent_errors.rs also runs through a dependent crate.
//!
//! Each case also runs with pyo3-ffi 0.30.1, the crate pyffi replaces: a
//! scratch crate that depends on it (from the local cargo registry,
//! `--offline`) and forwards pyffi's feature names is checked with the same
//! features and environment, and the case records what pyo3-ffi did
//! (`Pyo3Ffi`): where pyo3-ffi builds, pyffi must build; where it fails,
//! pyffi fails too, or builds on purpose (pyffi also supports CPython 3.7,
//! 3.8, 3.13t and PyPy 3.9/3.10). That crate and its target dir live outside
//! the checkout, in $PYFFI_PYO3_FFI_ORACLE (default
//! ${PYFFI_CACHE_ROOT:-/var/cache/pyffi}/pyo3-ffi-0.30.1-oracle).
//!
//! The cases share one target dir under CARGO_TARGET_TMPDIR and run one at a
//! time, so pyo3-build-config and the build script compile once per feature
//! set. They need the pyenv interpreters of the dev machine (see error_cases::PYENV) and
//! pyo3-ffi 0.30.1 in the cargo registry cache, and fail, not skip, when one
//! is missing. Most cases only need the build script to succeed;
//! `default_python3_builds`, `python_37_sets_py_3_7_only` and
//! `dependents_get_config_and_cfgs` also need the library to compile, as do
//! the cases where pyo3-ffi builds (`Pyo3Ffi::Builds`).

#[path = "build_script/error_cases.rs"]
mod error_cases;

use error_cases::{error_case, pyenv, Fixtures, Pyo3Ffi, CPYTHON_317, ERROR_CASES, PYENV};
use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex, MutexGuard, OnceLock,
    },
};

const PREFIX: &str = concat!(
    "[",
    env!("CARGO_PKG_NAME"),
    " ",
    env!("CARGO_PKG_VERSION"),
    "] "
);

fn manifest_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("build-script")
}

/// Where the cases write their fixtures (config files, fake interpreters).
fn fixtures() -> Fixtures {
    Fixtures {
        dir: scratch(),
        toolchain: Path::new(env!("CARGO")).parent().unwrap().to_owned(),
    }
}

/// Writes a pyo3-build-config config file fixture and returns its path.
fn config_file(name: &str, contents: &str) -> String {
    fixtures().config_file(name, contents)
}

struct Outcome {
    success: bool,
    stderr: String,
    stdout: String,
    /// How cargo -vv prefixes the build script's lines: `[pyffi 0.1.0] `.
    prefix: &'static str,
}

impl Outcome {
    /// The build script's stdout, as `cargo -vv` streams it.
    fn script_lines(&self) -> Vec<&str> {
        self.stdout
            .lines()
            .filter_map(|l| l.strip_prefix(self.prefix))
            .collect()
    }

    fn values(&self, directive: &str) -> Vec<&str> {
        self.script_lines()
            .into_iter()
            .filter_map(|l| l.strip_prefix(directive))
            .collect()
    }

    fn cfgs(&self) -> Vec<&str> {
        self.values("cargo:rustc-cfg=")
    }

    fn has_cfg(&self, cfg: &str) -> bool {
        self.cfgs().contains(&cfg)
    }

    fn version_cfgs(&self) -> Vec<&str> {
        self.cfgs()
            .into_iter()
            .filter(|c| c.starts_with("Py_3_"))
            .collect()
    }

    fn metadata(&self, key: &str) -> Option<&str> {
        self.values(&format!("cargo:{key}=")).into_iter().next()
    }

    /// `cargo:PYO3_CONFIG`, hex-decoded to pyo3-build-config's key=value text.
    fn pyo3_config(&self) -> String {
        let hex = self
            .metadata("PYO3_CONFIG")
            .expect("no cargo:PYO3_CONFIG line");
        let bytes: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("PYO3_CONFIG is not hex"))
            .collect();
        String::from_utf8(bytes).unwrap()
    }

    /// `pyo3_config()` as pyo3-build-config reads it back (what pyo3 sees):
    /// `build_flags` sorted (it writes them from a set) and completed with
    /// the flags the target ABI implies (its reader adds them).
    fn pyo3_config_normalized(&self) -> String {
        let config = self.pyo3_config();
        let target_abi = config
            .lines()
            .find_map(|l| l.strip_prefix("target_abi="))
            .unwrap_or_default();
        let implied = [
            (
                target_abi.contains("-abi3t-") || target_abi.contains("-free_threaded-"),
                "Py_GIL_DISABLED",
            ),
            (target_abi.ends_with("-debug"), "Py_DEBUG"),
            (target_abi.ends_with("-debug"), "Py_REF_DEBUG"),
        ];
        config
            .lines()
            .map(|line| match line.strip_prefix("build_flags=") {
                Some(flags) => {
                    let mut flags: Vec<_> = flags.split(',').filter(|f| !f.is_empty()).collect();
                    for (on, flag) in implied {
                        if on && !flags.contains(&flag) {
                            flags.push(flag);
                        }
                    }
                    flags.sort_unstable();
                    format!("build_flags={}\n", flags.join(","))
                }
                None => format!("{line}\n"),
            })
            .collect()
    }

    fn warnings(&self) -> Vec<&str> {
        self.values("cargo:warning=")
    }

    /// The lines of the failed build script's stderr, as cargo shows them.
    fn script_stderr(&self) -> Vec<&str> {
        self.stderr
            .split("--- stderr")
            .nth(1)
            .unwrap_or_else(|| panic!("no build script stderr in:\n{}", self.stderr))
            .lines()
            .take_while(|l| l.is_empty() || l.starts_with("  "))
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect()
    }

    fn script_succeeded(&self) -> bool {
        !self.stderr.contains("failed to run custom build command")
            && self.metadata("CFGS").is_some()
    }
}

static LOCK: Mutex<()> = Mutex::new(());
static RUN: AtomicUsize = AtomicUsize::new(0);

/// Holds the lock, after a first plain build of pyffi and of the pyo3-ffi
/// crate has compiled the shared dependencies and the featureless build
/// scripts (the no-Python case runs with a PATH that has no C linker).
fn serial() -> MutexGuard<'static, ()> {
    static WARM: OnceLock<()> = OnceLock::new();
    let guard = LOCK.lock().unwrap_or_else(|e| e.into_inner());
    WARM.get_or_init(|| {
        let out = cargo(&["check"], "", &[]);
        assert!(
            out.script_succeeded(),
            "warm-up `cargo check` failed:\n{}",
            out.stderr
        );
        // The checks run --offline: bring pyo3-ffi into cargo's cache first where the
        // network allows (on a fresh machine it is not there yet).
        let _ = Command::new(env!("CARGO"))
            .args(["fetch", "--quiet", "--manifest-path"])
            .arg(oracle_crate().join("Cargo.toml"))
            .status();
        let out = pyo3_ffi("", &[]);
        assert!(
            out.success,
            "warm-up `cargo check` of pyo3-ffi 0.30.1 in {} failed (is pyo3-ffi 0.30.1 in the cargo registry cache?):\n{}",
            oracle_dir().display(),
            out.stderr
        );
    });
    guard
}

/// `cargo -vv <args>` on this package with `features` and `envs`, and with
/// everything that could leak in from the test's own environment removed.
fn cargo(args: &[&str], features: &str, envs: &[(&str, &str)]) -> Outcome {
    cargo_in(manifest_dir(), args, features, envs)
}

fn cargo_in(dir: &Path, args: &[&str], features: &str, envs: &[(&str, &str)]) -> Outcome {
    cargo_at(dir, &scratch().join("target"), PREFIX, args, features, envs)
}

fn cargo_at(
    dir: &Path,
    target_dir: &Path,
    prefix: &'static str,
    args: &[&str],
    features: &str,
    envs: &[(&str, &str)],
) -> Outcome {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(args)
        .arg("-vv")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(target_dir)
        .current_dir(dir);
    if !features.is_empty() {
        cmd.args(["--features", features]);
    }
    for (name, _) in env::vars_os() {
        let Some(name) = name.to_str() else { continue };
        let leaks = name.starts_with("PYO3_")
            || (name.starts_with("CARGO") && name != "CARGO_HOME")
            || name.starts_with("RUST_")
            || matches!(
                name,
                "VIRTUAL_ENV" | "CONDA_PREFIX" | "_PYTHON_SYSCONFIGDATA_NAME" | "RUSTFLAGS"
            );
        if leaks {
            cmd.env_remove(name);
        }
    }
    // Makes the build script rerun, so -vv shows its output every time.
    let run = RUN.fetch_add(1, Ordering::SeqCst);
    cmd.env(
        "PYO3_ENVIRONMENT_SIGNATURE",
        format!("{}-{run}", std::process::id()),
    );
    cmd.envs(envs.iter().copied());
    let out = cmd.output().expect("cannot run cargo");
    // With -vv cargo streams the build script's lines to its stdout.
    Outcome {
        success: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        prefix,
    }
}

fn check(features: &str, envs: &[(&str, &str)]) -> Outcome {
    cargo(&["check"], features, envs)
}

// ---- pyo3-ffi 0.30.1 with the same input ----

const PYO3_FFI_PREFIX: &str = "[pyo3-ffi 0.30.1] ";
/// Every feature of pyo3-ffi 0.30.1 (pyffi has these and abi3-py37/38).
const PYO3_FFI_FEATURES: &[&str] = &[
    "abi3",
    "abi3-py39",
    "abi3-py310",
    "abi3-py311",
    "abi3-py312",
    "abi3-py313",
    "abi3-py314",
    "abi3-py315",
    "abi3t",
    "abi3t-py315",
    "extension-module",
    "generate-import-lib",
];

fn oracle_dir() -> PathBuf {
    if let Some(dir) = env::var_os("PYFFI_PYO3_FFI_ORACLE") {
        return PathBuf::from(dir);
    }
    let root = env::var_os("PYFFI_CACHE_ROOT").unwrap_or_else(|| "/var/cache/pyffi".into());
    Path::new(&root).join("pyo3-ffi-0.30.1-oracle")
}

/// The scratch crate: pyo3-ffi 0.30.1 and pyffi's feature names for its
/// features. Rewritten only when it changes, so its build stays fresh.
fn oracle_crate() -> PathBuf {
    let dir = oracle_dir().join("crate");
    let features: String = PYO3_FFI_FEATURES
        .iter()
        .map(|f| format!("{f} = [\"pyo3-ffi/{f}\"]\n"))
        .collect();
    let manifest = format!(
        "[package]\nname = \"pyo3-ffi-oracle\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\npyo3-ffi = \"=0.30.1\"\n\n[features]\n{features}\n[workspace]\n"
    );
    let write = |path: PathBuf, text: &str| {
        if fs::read_to_string(&path).ok().as_deref() != Some(text) {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, text).unwrap();
        }
    };
    write(dir.join("Cargo.toml"), &manifest);
    write(dir.join("src/lib.rs"), "");
    dir
}

/// `cargo check --offline` of the scratch crate, with pyffi's environment
/// scrubbing; its build script reruns on each call.
fn pyo3_ffi(features: &str, envs: &[(&str, &str)]) -> Outcome {
    // pyo3-ffi's build script watches PYO3_ENVIRONMENT_SIGNATURE only when
    // it looks for an interpreter, but PYO3_PRINT_CONFIG always, and does
    // nothing unless it is "1": a new value makes it rerun and print.
    static RERUN: AtomicUsize = AtomicUsize::new(0);
    let rerun = format!(
        "0-{}-{}",
        std::process::id(),
        RERUN.fetch_add(1, Ordering::SeqCst)
    );
    let mut envs = envs.to_vec();
    envs.push(("PYO3_PRINT_CONFIG", &rerun));
    let dir = oracle_crate();
    let target = oracle_dir().join("target");
    let args = ["check", "--offline"];
    cargo_at(&dir, &target, PYO3_FFI_PREFIX, &args, features, &envs)
}

/// Runs pyo3-ffi with `features` and `envs`, checks that it does what
/// `expected` records, and that pyffi's `out` agrees with it. Returns
/// pyo3-ffi's outcome, for comparing cfgs and configs.
fn pyo3_ffi_agrees(
    out: &Outcome,
    features: &str,
    envs: &[(&str, &str)],
    expected: Pyo3Ffi,
) -> Option<Outcome> {
    let unknown: Vec<_> = features
        .split_whitespace()
        .filter(|f| !PYO3_FFI_FEATURES.contains(f))
        .collect();
    if let Pyo3Ffi::NoSuchFeature = expected {
        assert!(
            !unknown.is_empty(),
            "pyo3-ffi has every feature of `{features}`"
        );
        return None;
    }
    assert!(unknown.is_empty(), "pyo3-ffi has no feature {unknown:?}");
    let theirs = pyo3_ffi(features, envs);
    let shown = || format!("pyo3-ffi:\n{}\npyffi:\n{}", theirs.stderr, out.stderr);
    match expected {
        Pyo3Ffi::Builds | Pyo3Ffi::BuildsWherePyffiFails(_) => {
            assert!(theirs.success, "pyo3-ffi should build: {}", shown());
        }
        Pyo3Ffi::Fails(error) | Pyo3Ffi::FailsWherePyffiBuilds(error) => {
            assert!(!theirs.success, "pyo3-ffi should fail: {}", shown());
            assert!(
                theirs.stderr.contains(error),
                "`{error}` missing from pyo3-ffi's error: {}",
                shown()
            );
        }
        Pyo3Ffi::NoSuchFeature => unreachable!(),
    }
    match expected {
        Pyo3Ffi::Builds => assert!(out.success, "pyo3-ffi builds, pyffi must: {}", shown()),
        Pyo3Ffi::FailsWherePyffiBuilds(_) => {
            assert!(out.script_succeeded(), "pyffi should build: {}", shown())
        }
        Pyo3Ffi::BuildsWherePyffiFails(why) => {
            assert!(!out.success, "pyffi should fail ({why}): {}", shown())
        }
        _ => assert!(!out.success, "pyffi should fail: {}", shown()),
    }
    Some(theirs)
}

/// pyo3-ffi's configuration for input its version check refuses
/// (free-threaded 3.13, say): what it would hand pyo3 without that check.
fn pyo3_ffi_unchecked(features: &str, envs: &[(&str, &str)]) -> Outcome {
    let mut envs = envs.to_vec();
    envs.push(("UNSAFE_PYO3_SKIP_VERSION_CHECK", "1"));
    let theirs = pyo3_ffi(features, &envs);
    assert!(
        theirs.metadata("PYO3_CONFIG").is_some(),
        "pyo3-ffi's build script failed even unchecked:\n{}",
        theirs.stderr
    );
    theirs
}

/// pyffi hands dependents (pyo3) the configuration pyo3-ffi would.
fn assert_same_config(out: &Outcome, theirs: &Outcome) {
    assert_eq!(
        out.pyo3_config_normalized(),
        theirs.pyo3_config_normalized(),
        "DEP_PYTHON_PYO3_CONFIG: pyffi's (left) is not pyo3-ffi's (right)"
    );
}

/// The same Python cfgs as pyo3-ffi's, whose versions start at 3.9 (it also
/// sets cfgs for rustc features, e.g. `cfg_select`).
fn assert_same_cfgs(out: &Outcome, theirs: &Outcome) {
    let python = |outcome: &Outcome| -> Vec<String> {
        let mut cfgs: Vec<String> = outcome
            .cfgs()
            .into_iter()
            .filter(|c| {
                c.starts_with("Py_")
                    || c.starts_with("py_sys_config=")
                    || matches!(*c, "PyPy" | "GraalPy" | "RustPython")
            })
            .filter(|c| !matches!(*c, "Py_3_7" | "Py_3_8"))
            .map(str::to_owned)
            .collect();
        cfgs.sort_unstable();
        cfgs
    };
    let (ours, them) = (python(out), python(theirs));
    assert!(
        !them.is_empty(),
        "no cfgs from pyo3-ffi:\n{}",
        theirs.stdout
    );
    assert_eq!(
        ours, them,
        "cfgs: pyffi's (left, from 3.9) are not pyo3-ffi's (right)"
    );
}

/// The build script's one warning containing every one of `words`.
fn assert_one_warning(out: &Outcome, words: &[&str]) -> String {
    let found: Vec<&str> = out
        .warnings()
        .into_iter()
        .filter(|w| words.iter().all(|word| w.contains(word)))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "want one warning with {words:?}, got {:#?}",
        out.warnings()
    );
    found[0].to_owned()
}

/// The build fails with exactly one line from the build script, an
/// `error:` containing every one of `words`, and no panic anywhere.
fn assert_one_error(out: &Outcome, words: &[&str]) -> String {
    assert!(!out.success, "the build should fail:\n{}", out.stderr);
    for bad in ["panicked", "RUST_BACKTRACE", "stack backtrace"] {
        let found = out.stderr.contains(bad) || out.stdout.contains(bad);
        assert!(!found, "`{bad}` in:\n{}\n{}", out.stdout, out.stderr);
    }
    let lines = out.script_stderr();
    assert_eq!(lines.len(), 1, "want one stderr line, got {lines:#?}");
    let line = lines[0];
    assert!(line.starts_with("error: "), "not an error line: {line}");
    for word in words {
        assert!(line.contains(word), "`{word}` missing from: {line}");
    }
    line.to_owned()
}

/// Every emitted cfg is declared with rustc-check-cfg, and `cargo:CFGS`
/// lists exactly the emitted cfgs.
fn assert_cfgs_consistent(out: &Outcome) {
    assert!(
        out.script_succeeded(),
        "build script failed:\n{}",
        out.stderr
    );
    let declared = out.values("cargo::rustc-check-cfg=");
    for cfg in out.cfgs() {
        let ok = match cfg.split_once('=') {
            None => declared.contains(&format!("cfg({cfg})").as_str()),
            Some((name, value)) => declared
                .iter()
                .any(|d| d.starts_with(&format!("cfg({name}, values(")) && d.contains(value)),
        };
        assert!(ok, "cfg `{cfg}` is not declared in {declared:#?}");
    }
    assert_eq!(out.metadata("CFGS").unwrap(), out.cfgs().join(","));
}

fn versions_up_to(minor: u8) -> Vec<String> {
    (7..=minor).map(|m| format!("Py_3_{m}")).collect()
}

const FT_313: &str = "implementation=CPython\nversion=3.13\nshared=true\nbuild_flags=Py_GIL_DISABLED\nlib_name=python3.13t\nlib_dir=/opt/python3.13t/lib\npointer_width=64\n";
const FT_314: &str = "implementation=CPython\nversion=3.14\nshared=true\nbuild_flags=Py_GIL_DISABLED\nlib_name=python3.14t\nlib_dir=/opt/python3.14t/lib\npointer_width=64\n";
const FT_315: &str = "implementation=CPython\nversion=3.15\nshared=true\nbuild_flags=Py_GIL_DISABLED\nlib_name=python3.15t\nlib_dir=/opt/python3.15t/lib\npointer_width=64\n";

// ---- bad input: one line naming the fix (the cases: build_script/error_cases.rs) ----

/// One `#[test]` per case of `ERROR_CASES`, each named as its case.
macro_rules! error_tests {
    ($($name:ident)*) => {
        $(
            #[test]
            fn $name() {
                error_test(stringify!($name));
            }
        )*
        const ERROR_TESTS: &[&str] = &[$(stringify!($name)),*];
    };
}

error_tests! {
    no_interpreter_found
    interpreter_path_that_does_not_exist
    odd_interpreter_output_is_one_line
    python_36_is_too_old
    python_27_is_too_old
    python_317_is_too_new
    abi3_on_free_threaded_317_is_too_new
    graalpy_317_is_too_new
    pointer_width_mismatch
    free_threaded_pypy_is_refused
    rustpython_is_refused
    abi3_floor_above_interpreter
    abi3_floor_above_config_file
    abi3_py38_floor_above_python_37
    config_file_missing
    config_file_relative
    config_file_unparsable
    config_file_bad_version
    no_python_without_abi3
    no_python_with_bare_abi3t
    cross_lib_dir_with_two_sysconfigdata
    cross_lib_dir_with_bad_sysconfigdata
}

/// The build fails with the case's one line, and pyo3-ffi does what the
/// case records.
fn error_test(name: &str) {
    let case = error_case(name, &fixtures());
    let _g = serial();
    let envs = case.envs();
    let out = check(case.features, &envs);
    assert_one_error(&out, &case.words());
    pyo3_ffi_agrees(&out, case.features, &envs, case.pyo3_ffi);
}

#[test]
fn every_error_case_has_a_test() {
    let cases: Vec<&str> = ERROR_CASES.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        cases, ERROR_TESTS,
        "ERROR_CASES (left) and error_tests! (right) must list the same cases, in order"
    );
}

// ---- stable ABI the target cannot have: a version-specific build, as pyo3-ffi ----

/// The build is the interpreter's own, version-specific and free-threaded,
/// with exactly one warning that names `words`.
fn assert_free_threaded_fallback(out: &Outcome, minor: u8, words: &[&str]) -> String {
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_cfgs_consistent(out);
    let mut want = versions_up_to(minor);
    want.push("Py_GIL_DISABLED".to_owned());
    assert_eq!(out.cfgs(), want);
    assert!(!out.has_cfg("Py_LIMITED_API"));
    let config = out.pyo3_config();
    let target_abi = format!("target_abi=CPython-free_threaded-3.{minor}\n");
    assert!(config.contains(&target_abi), "{config}");
    assert!(config.contains("build_flags=Py_GIL_DISABLED\n"), "{config}");
    assert_one_warning(out, words)
}

/// The case of a wheel matrix with a free-threaded interpreter: the
/// Cargo.toml that builds abi3 wheels for the GIL-enabled ones.
#[test]
fn abi3_py310_on_free_threaded_313_falls_back() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py310", &envs);
    let words = [
        "abi3-py310 ignored",
        "CPython 3.13t",
        "free-threaded",
        "version-specific",
    ];
    assert_free_threaded_fallback(&out, 13, &words);
    assert_eq!(out.values("cargo:rustc-link-lib="), ["python3.13t"]);
    let error = "does not support the free-threaded build of CPython versions below 3.14";
    let why = Pyo3Ffi::FailsWherePyffiBuilds(error);
    pyo3_ffi_agrees(&out, "abi3-py310", &envs, why);
    assert_same_config(&out, &pyo3_ffi_unchecked("abi3-py310", &envs));
}

#[test]
fn abi3_on_free_threaded_313_falls_back() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3", &envs);
    assert_free_threaded_fallback(&out, 13, &["abi3 ignored", "CPython 3.13t"]);
    let error = "does not support the free-threaded build of CPython versions below 3.14";
    pyo3_ffi_agrees(&out, "abi3", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
    assert_same_config(&out, &pyo3_ffi_unchecked("abi3", &envs));
}

/// 3.14t is the oldest free-threaded Python pyo3-ffi builds for: the same
/// cfgs and the same configuration for pyo3.
#[test]
fn abi3_py310_on_free_threaded_314_matches_pyo3_ffi() {
    let file = config_file("cpython-3.14t.cfg", FT_314);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py310", &envs);
    assert_free_threaded_fallback(&out, 14, &["abi3-py310 ignored", "CPython 3.14t"]);
    let theirs = pyo3_ffi_agrees(&out, "abi3-py310", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

/// The floor is not checked against a Python that gets no stable ABI.
#[test]
fn abi3_floor_above_free_threaded_falls_back() {
    let file = config_file("cpython-3.14t.cfg", FT_314);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py315", &envs);
    assert_free_threaded_fallback(&out, 14, &["abi3-py315 ignored", "CPython 3.14t"]);
    let theirs = pyo3_ffi_agrees(&out, "abi3-py315", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_config(&out, &theirs);
}

#[test]
fn abi3_on_free_threaded_debug_keeps_debug() {
    let file = config_file(
        "cpython-3.14td.cfg",
        "implementation=CPython\nversion=3.14\nshared=true\nbuild_flags=Py_GIL_DISABLED,Py_DEBUG\nlib_name=python3.14td\npointer_width=64\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py311", &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert!(out.has_cfg("Py_GIL_DISABLED") && !out.has_cfg("Py_LIMITED_API"));
    assert!(out.has_cfg(r#"py_sys_config="Py_DEBUG""#));
    let config = out.pyo3_config();
    assert!(
        config.contains("target_abi=CPython-free_threaded-3.14-debug\n"),
        "{config}"
    );
    assert_one_warning(&out, &["abi3-py311 ignored", "CPython 3.14t"]);
    let theirs = pyo3_ffi_agrees(&out, "abi3-py311", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn abi3_on_free_threaded_315_falls_back_and_suggests_abi3t() {
    let file = config_file("cpython-3.15t.cfg", FT_315);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py39", &envs);
    let words = [
        "abi3-py39 ignored",
        "CPython 3.15t",
        "cannot load abi3",
        "enable abi3t",
    ];
    assert_free_threaded_fallback(&out, 15, &words);
    let theirs = pyo3_ffi_agrees(&out, "abi3-py39", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn abi3t_below_315_falls_back() {
    let python = pyenv("3.11.7", "python3.11");
    let _g = serial();
    let envs = [("PYO3_PYTHON", python.as_str())];
    let out = check("abi3t", &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert_eq!(out.cfgs(), versions_up_to(11));
    assert!(out
        .pyo3_config()
        .contains("target_abi=CPython-gil_enabled-3.11\n"));
    assert_one_warning(
        &out,
        &["abi3t ignored", "CPython 3.11", "3.15", "abi3-py3X"],
    );
    let theirs = pyo3_ffi_agrees(&out, "abi3t", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn abi3t_on_free_threaded_313_falls_back() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3t", &envs);
    assert_free_threaded_fallback(&out, 13, &["abi3t ignored", "CPython 3.13t"]);
    let error = "does not support the free-threaded build of CPython versions below 3.14";
    pyo3_ffi_agrees(&out, "abi3t", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
    assert_same_config(&out, &pyo3_ffi_unchecked("abi3t", &envs));
}

/// A config file that asks for abi3 itself on a free-threaded build:
/// pyo3-build-config falls back (with its own warning) before pyffi sees it.
#[test]
fn config_file_abi3_target_on_free_threaded_314() {
    let file = config_file(
        "cpython-3.14t-abi3.cfg",
        "implementation=CPython\nversion=3.14\nshared=true\ntarget_abi=CPython-abi3-3.14\nbuild_flags=Py_GIL_DISABLED\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert!(out.has_cfg("Py_GIL_DISABLED") && !out.has_cfg("Py_LIMITED_API"));
    let theirs = pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

// ---- good input: the cfgs and lines emitted ----

#[test]
fn default_python3_builds() {
    let _g = serial();
    let out = cargo(&["build"], "", &[]);
    assert!(out.success, "{}", out.stderr);
    assert_cfgs_consistent(&out);
    let config = out.pyo3_config();
    let minor: u8 = config
        .lines()
        .find_map(|l| l.strip_prefix("version=3."))
        .expect("no version in PYO3_CONFIG")
        .parse()
        .unwrap();
    assert_eq!(out.version_cfgs(), versions_up_to(minor.min(15)));
    assert!(!out.has_cfg("Py_LIMITED_API") && !out.has_cfg("Py_GIL_DISABLED"));
    assert!(
        config.contains("target_abi=CPython-gil_enabled-3."),
        "{config}"
    );
    // Embedding: link libpython and record its directory as rpath.
    let lib_dir = config
        .lines()
        .find_map(|l| l.strip_prefix("lib_dir="))
        .unwrap();
    assert_eq!(
        out.values("cargo:rustc-link-lib="),
        [format!("python3.{minor}")]
    );
    assert_eq!(
        out.values("cargo:rustc-link-search="),
        [format!("native={lib_dir}")]
    );
    assert_eq!(
        out.values("cargo:rustc-link-arg="),
        [format!("-Wl,-rpath,{lib_dir}")]
    );
    let theirs = pyo3_ffi_agrees(&out, "", &[], Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn python_37_sets_py_3_7_only() {
    let python = pyenv("3.7.16", "python3.7");
    let _g = serial();
    let envs = [("PYO3_PYTHON", python.as_str())];
    let out = check("", &envs);
    assert!(out.success, "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert!(
        out.has_cfg("Py_3_7") && !out.has_cfg("Py_3_8"),
        "{:?}",
        out.cfgs()
    );
    assert_eq!(out.metadata("CFGS"), Some("Py_3_7"));
    assert_eq!(out.values("cargo:rustc-link-lib="), ["python3.7m"]);
    assert_eq!(
        out.values("cargo:rustc-link-arg="),
        [format!("-Wl,-rpath,{PYENV}/3.7.16/lib")]
    );
    assert!(out.pyo3_config().contains("version=3.7\n"));
    let error = "version (3.7) is lower than PyO3's minimum supported version (3.9)";
    pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
}

#[test]
fn abi3_py37_sets_limited_api_and_py_3_7_only() {
    let _g = serial();
    let out = check("abi3-py37", &[]);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_LIMITED_API"]);
    assert!(
        out.pyo3_config().contains("target_abi=CPython-abi3-3.7\n"),
        "{}",
        out.pyo3_config()
    );
    pyo3_ffi_agrees(&out, "abi3-py37", &[], Pyo3Ffi::NoSuchFeature);
}

#[test]
fn abi3_py37_with_python_37() {
    let python = pyenv("3.7.16", "python3.7");
    let _g = serial();
    let envs = [("PYO3_PYTHON", python.as_str())];
    let out = check("abi3-py37", &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_LIMITED_API"]);
    pyo3_ffi_agrees(&out, "abi3-py37", &envs, Pyo3Ffi::NoSuchFeature);
}

#[test]
fn bare_abi3_uses_interpreter_version() {
    let python = pyenv("3.9.18", "python3.9");
    let _g = serial();
    let envs = [("PYO3_PYTHON", python.as_str())];
    let out = check("abi3", &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_3_8", "Py_3_9", "Py_LIMITED_API"]);
    let theirs = pyo3_ffi_agrees(&out, "abi3", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn abi3t_with_free_threaded_315() {
    let file = config_file("cpython-3.15t.cfg", FT_315);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3t", &envs);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(15);
    want.extend(["Py_LIMITED_API".to_owned(), "Py_GIL_DISABLED".to_owned()]);
    assert_eq!(out.cfgs(), want);
    assert!(out
        .pyo3_config()
        .contains("target_abi=CPython-abi3t-3.15\n"));
    assert!(out.warnings().is_empty(), "{:?}", out.warnings());
    let theirs = pyo3_ffi_agrees(&out, "abi3t", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

/// From 3.15 abi3t wins over abi3, also on a GIL-enabled Python.
#[test]
fn abi3t_and_abi3_on_315_choose_abi3t() {
    let file = config_file(
        "cpython-3.15.cfg",
        "implementation=CPython\nversion=3.15\nshared=true\nlib_name=python3.15\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let features = "abi3t abi3-py310";
    let out = check(features, &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert!(out.has_cfg("Py_LIMITED_API") && out.has_cfg("Py_GIL_DISABLED"));
    assert!(out
        .pyo3_config()
        .contains("target_abi=CPython-abi3t-3.15\n"));
    let theirs = pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn free_threaded_313_version_specific() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(13);
    want.push("Py_GIL_DISABLED".to_owned());
    assert_eq!(out.cfgs(), want);
    assert_eq!(out.values("cargo:rustc-link-lib="), ["python3.13t"]);
    assert!(out.warnings().is_empty(), "{:?}", out.warnings());
    let error = "does not support the free-threaded build of CPython versions below 3.14";
    pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
}

#[test]
fn python_316_builds_with_a_warning() {
    let file = config_file(
        "cpython-3.16.cfg",
        "implementation=CPython\nversion=3.16\nshared=true\nlib_name=python3.16\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    assert_eq!(out.version_cfgs(), versions_up_to(15));
    let warning = concat!(
        "warning: ",
        env!("CARGO_PKG_NAME"),
        "@",
        env!("CARGO_PKG_VERSION"),
        ": CPython 3.16"
    );
    assert!(
        out.stderr.contains(warning),
        "no 3.16 warning in:\n{}",
        out.stderr
    );
    pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::Builds);
}

/// A stable-ABI build is for its floor: the interpreter may be newer than
/// pyffi's declarations.
#[test]
fn python_317_with_abi3_floor_builds() {
    let file = config_file("cpython-3.17.cfg", CPYTHON_317);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3-py310", &envs);
    assert!(out.success, "{}", out.stderr);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(10);
    want.push("Py_LIMITED_API".to_owned());
    assert_eq!(out.cfgs(), want);
    assert!(out.warnings().is_empty(), "{:?}", out.warnings());
    let theirs = pyo3_ffi_agrees(&out, "abi3-py310", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

/// Bare abi3 on a Python newer than 3.15 builds for abi3-py315.
#[test]
fn python_317_with_bare_abi3_builds_for_315() {
    let file = config_file("cpython-3.17.cfg", CPYTHON_317);
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("abi3", &envs);
    assert!(out.success, "{}", out.stderr);
    assert!(out.pyo3_config().contains("target_abi=CPython-abi3-3.15\n"));
    assert_one_warning(&out, &["CPython 3.17", "abi3-py315"]);
    let theirs = pyo3_ffi_agrees(&out, "abi3", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

/// pyo3-ffi's way to build for a Python it does not know yet; pyffi uses
/// its newest declarations (pyo3-ffi sets Py_3_16 and Py_3_17 as well).
#[test]
fn python_317_with_forward_compatibility_builds() {
    let file = config_file("cpython-3.17.cfg", CPYTHON_317);
    let _g = serial();
    let envs = [
        ("PYO3_CONFIG_FILE", file.as_str()),
        ("PYO3_USE_ABI3_FORWARD_COMPATIBILITY", "1"),
    ];
    let out = check("", &envs);
    assert!(out.success, "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert_eq!(out.cfgs(), versions_up_to(15));
    assert_one_warning(
        &out,
        &["CPython 3.17", "PYO3_USE_ABI3_FORWARD_COMPATIBILITY=1"],
    );
    let theirs = pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_config(&out, &theirs);
}

#[test]
fn debug_build_flags() {
    let file = config_file(
        "cpython-3.12-debug.cfg",
        "version=3.12\nbuild_flags=Py_DEBUG\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    assert!(out.has_cfg(r#"py_sys_config="Py_DEBUG""#));
    assert!(
        out.has_cfg(r#"py_sys_config="Py_REF_DEBUG""#),
        "Py_DEBUG implies Py_REF_DEBUG"
    );
    assert!(
        !out.has_cfg(r#"py_sys_config="Py_TRACE_REFS""#),
        "not implied since 3.8"
    );
    assert_eq!(out.values("cargo:rustc-link-lib="), ["python3.12d"]);
    let theirs = pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn debug_37_implies_trace_refs() {
    let file = config_file(
        "cpython-3.7-debug.cfg",
        "version=3.7\nbuild_flags=Py_DEBUG\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    assert_eq!(
        out.cfgs(),
        [
            "Py_3_7",
            r#"py_sys_config="Py_DEBUG""#,
            r#"py_sys_config="Py_REF_DEBUG""#,
            r#"py_sys_config="Py_TRACE_REFS""#
        ]
    );
    let error = "version (3.7) is lower than PyO3's minimum supported version (3.9)";
    pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
}

/// pyo3-build-config does not ask for `Py_TRACE_REFS`; pyffi asks the
/// interpreter whether it has `sys.getobjects`, which only that build has.
/// The fake answers pyo3-build-config's two queries as a 3.12 with
/// Py_REF_DEBUG (which Py_TRACE_REFS implies) and that probe as
/// a trace-refs build would; a real one cannot be had here.
#[test]
fn trace_refs_interpreter_sets_trace_refs() {
    let fx = fixtures();
    let executable = fx.dir.join("trace-refs-python");
    let script = format!(
        "#!/bin/sh\nif [ \"$1\" = -S ]; then echo True; exit; fi\ncase \"$(cat)\" in\n*get_config_vars*) printf '0\\n1\\n0\\n0\\n' ;;\n*) printf 'implementation CPython\\nversion_major 3\\nversion_minor 12\\nshared True\\npython_framework_prefix \\nexecutable {}\\ncalcsize_pointer 8\\nmingw False\\ncygwin False\\ngil_disabled 0\\ndebug False\\n' ;;\nesac\n",
        executable.display()
    );
    let fake = fx.fake_python("trace-refs-python", &script);
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", fake.to_str().unwrap())]);
    assert!(out.success, "{}", out.stderr);
    assert_cfgs_consistent(&out);
    assert!(out.has_cfg(r#"py_sys_config="Py_TRACE_REFS""#));
    assert!(
        out.has_cfg(r#"py_sys_config="Py_REF_DEBUG""#),
        "Py_TRACE_REFS implies Py_REF_DEBUG"
    );
    assert!(!out.has_cfg(r#"py_sys_config="Py_DEBUG""#));
    assert!(
        out.pyo3_config().contains("Py_TRACE_REFS"),
        "dependents see it too:\n{}",
        out.pyo3_config()
    );
}

#[test]
fn pypy_links_pypy_c() {
    let file = config_file(
        "pypy-3.10.cfg",
        "implementation=PyPy\nversion=3.10\nshared=true\nlib_dir=/opt/pypy/lib\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(10);
    want.push("PyPy".to_owned());
    assert_eq!(out.cfgs(), want);
    assert_eq!(out.values("cargo:rustc-link-lib="), ["pypy3.10-c"]);
    let error = "version (3.10) is lower than PyO3's minimum supported version (3.11)";
    pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::FailsWherePyffiBuilds(error));
}

#[test]
fn pypy_ignores_abi3() {
    let file = config_file(
        "pypy-3.11.cfg",
        "implementation=PyPy\nversion=3.11\nshared=true\nlib_dir=/opt/pypy/lib\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    for features in ["abi3-py37", "abi3-py39"] {
        let out = check(features, &envs);
        assert!(out.script_succeeded(), "{}", out.stderr);
        // PyPy has no stable ABI: a build for its own version, with a warning.
        let mut want = versions_up_to(11);
        want.push("PyPy".to_owned());
        assert_eq!(out.cfgs(), want);
        assert_one_warning(&out, &["PyPy 3.11", "no stable ABI"]);
        assert!(out
            .pyo3_config()
            .contains("target_abi=PyPy-gil_enabled-3.11\n"));
        if features == "abi3-py39" {
            // pyo3-ffi warns likewise, but sets Py_LIMITED_API and hands
            // pyo3 target_abi=PyPy-abi3-3.11 (pyffi has no PyPy
            // declarations under Py_LIMITED_API).
            let theirs = pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::Builds).unwrap();
            assert!(theirs.has_cfg("Py_LIMITED_API"), "{:?}", theirs.cfgs());
            assert!(theirs.pyo3_config().contains("target_abi=PyPy-abi3-3.11\n"));
        } else {
            pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::NoSuchFeature);
        }
    }
}

#[test]
fn graalpy_config() {
    let file = config_file(
        "graalpy-3.11.cfg",
        "implementation=GraalVM\nversion=3.11\nshared=true\n",
    );
    let _g = serial();
    let envs = [("PYO3_CONFIG_FILE", file.as_str())];
    let out = check("", &envs);
    assert_cfgs_consistent(&out);
    assert!(out.has_cfg("GraalPy") && out.has_cfg("Py_3_11") && !out.has_cfg("Py_3_12"));
    let theirs = pyo3_ffi_agrees(&out, "", &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn extension_module_does_not_link() {
    let _g = serial();
    for (features, envs) in [
        ("extension-module", vec![]),
        ("", vec![("PYO3_BUILD_EXTENSION_MODULE", "1")]),
    ] {
        let out = check(features, &envs);
        assert!(out.script_succeeded(), "{}", out.stderr);
        assert!(
            out.values("cargo:rustc-link-lib=").is_empty(),
            "{:?}",
            out.script_lines()
        );
        assert!(out.values("cargo:rustc-link-search=").is_empty());
        assert!(out.values("cargo:rustc-link-arg=").is_empty());
        assert!(out.metadata("PYO3_CONFIG").is_some());
        pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::Builds);
    }
}

#[test]
fn no_python_with_abi3_floor() {
    let _g = serial();
    let features = "abi3-py39 extension-module";
    let envs = [("PYO3_NO_PYTHON", "1")];
    let out = check(features, &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_3_8", "Py_3_9", "Py_LIMITED_API"]);
    let theirs = pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn no_python_with_abi3t_floor() {
    let _g = serial();
    let features = "abi3t-py315 extension-module";
    let envs = [("PYO3_NO_PYTHON", "1")];
    let out = check(features, &envs);
    assert!(out.script_succeeded(), "{}", out.stderr);
    let mut want = versions_up_to(15);
    want.extend(["Py_LIMITED_API".to_owned(), "Py_GIL_DISABLED".to_owned()]);
    assert_eq!(out.cfgs(), want);
    let theirs = pyo3_ffi_agrees(&out, features, &envs, Pyo3Ffi::Builds).unwrap();
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

/// `PYO3_CROSS_LIB_DIR` with no Python on PATH: pyffi reads the target's
/// `_sysconfigdata*.py` itself (pyo3-build-config runs a host Python on it)
/// and gets what pyo3-ffi gets from the same lib dir with one. tests/cross.sh
/// builds and imports modules this way.
#[test]
fn cross_lib_dir_needs_no_python() {
    pyenv("3.12.1", "python3.12");
    let lib_dir = format!("{PYENV}/3.12.1/lib");
    let path = fixtures().path_without_python();
    let _g = serial();
    let cross = [("PYO3_CROSS_LIB_DIR", lib_dir.as_str())];
    let out = check("", &[cross[0], ("PATH", path.as_str())]);
    assert_cfgs_consistent(&out);
    assert_eq!(out.version_cfgs(), versions_up_to(12));
    let theirs = pyo3_ffi("", &cross);
    assert!(theirs.success, "pyo3-ffi:\n{}", theirs.stderr);
    assert_same_cfgs(&out, &theirs);
    assert_same_config(&out, &theirs);
}

#[test]
fn every_env_input_reruns_the_script() {
    let _g = serial();
    let out = check("", &[]);
    let watched = out.values("cargo:rerun-if-env-changed=");
    for var in [
        "PYO3_CONFIG_FILE",
        "PYO3_CROSS",
        "PYO3_CROSS_LIB_DIR",
        "PYO3_CROSS_PYTHON_VERSION",
        "PYO3_CROSS_PYTHON_IMPLEMENTATION",
        "PYO3_PYTHON",
        "PYO3_NO_PYTHON",
        "PYO3_BUILD_EXTENSION_MODULE",
        "PYO3_USE_ABI3_FORWARD_COMPATIBILITY",
        "PYO3_USE_STABLE_ABI_FORWARD_COMPATIBILITY",
        "VIRTUAL_ENV",
        "CONDA_PREFIX",
        "PATH",
    ] {
        assert!(watched.contains(&var), "no rerun-if-env-changed={var}");
    }
}

/// A crate depending on pyffi reads DEP_PYTHON_PYO3_CONFIG through
/// `pyo3_build_config::get()` and DEP_PYTHON_CFGS directly (the way that
/// also works for 3.7/3.8, where `use_pyo3_cfgs()` refuses the config).
#[test]
fn dependents_get_config_and_cfgs() {
    let python = pyenv("3.7.16", "python3.7");
    let dir = scratch().join("dependent");
    fs::create_dir_all(dir.join("src")).unwrap();
    fs::write(
        dir.join("Cargo.toml"),
        format!(
            r#"[package]
name = "pyffi-dependent"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
pyffi = {{ path = "{}" }}

[build-dependencies]
pyo3-build-config = "=0.30.1"

[workspace]
"#,
            manifest_dir().display()
        ),
    )
    .unwrap();
    fs::write(
        dir.join("build.rs"),
        r#"fn main() {
    let config = pyo3_build_config::get();
    println!("cargo:warning=dependent sees Python {} {}", config.version(), config.target_abi());
    for minor in 7..=15 {
        println!("cargo::rustc-check-cfg=cfg(Py_3_{minor})");
    }
    println!("cargo::rustc-check-cfg=cfg(Py_LIMITED_API)");
    let cfgs = std::env::var("DEP_PYTHON_CFGS").unwrap();
    for cfg in cfgs.split(',').filter(|c| !c.is_empty()) {
        println!("cargo::rustc-cfg={cfg}");
    }
}
"#,
    )
    .unwrap();
    fs::write(
        dir.join("src/lib.rs"),
        "#[cfg(not(all(Py_3_7, Py_LIMITED_API)))]\ncompile_error!(\"cfgs missing\");\n#[cfg(Py_3_8)]\ncompile_error!(\"Py_3_8 set for abi3-py37\");\n",
    )
    .unwrap();
    let _g = serial();
    let out = cargo_in(
        &dir,
        &["check", "--features", "pyffi/abi3-py37"],
        "",
        &[("PYO3_PYTHON", &python)],
    );
    assert!(out.success, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("dependent sees Python 3.7 CPython-abi3-3.7"),
        "{}",
        out.stderr
    );
}
