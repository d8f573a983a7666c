//! Every bad-input case of the build script (build_script/error_cases.rs)
//! tried the way pyo3 users meet it: `cargo check` of a crate that depends
//! on pyffi by path, with `PYO3_CONFIG_FILE`, `PYO3_PYTHON` and the rest set
//! in that crate's environment. Cargo's output must carry pyffi's one
//! `error:` line, and no panic or backtrace text from any build script.
//!
//! The dependent has a build script of its own that, like pyo3's, needs
//! pyffi's `DEP_PYTHON_PYO3_CONFIG`: if pyffi's build script ever let bad
//! input through, the failure would be that script's panic.
//!
//! The dependent and its target dir (shared by all cases, so only pyffi's
//! build script reruns) live under CARGO_TARGET_TMPDIR. Needs the same
//! pyenv interpreters as tests/build_script.rs.

#[path = "build_script/error_cases.rs"]
#[allow(dead_code, reason = "tests/build_script.rs uses the rest")]
mod error_cases;

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
};

use error_cases::{Fixtures, ERROR_CASES};

const FEATURES: &[&str] = &[
    "abi3",
    "abi3-py37",
    "abi3-py38",
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

const BUILD_RS: &str = r#"// Like pyo3's build script: it cannot work without pyffi's config.
fn main() {
    let config = std::env::var("DEP_PYTHON_PYO3_CONFIG")
        .expect("pyffi's build script succeeded without DEP_PYTHON_PYO3_CONFIG");
    assert!(!config.is_empty(), "DEP_PYTHON_PYO3_CONFIG is empty");
}
"#;

fn scratch() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("dependent-errors")
}

/// The dependent crate, with pyffi's features under the same names.
/// Rewritten only when it changes, so its build stays fresh.
fn dependent() -> PathBuf {
    let dir = scratch().join("crate");
    let features: String = FEATURES
        .iter()
        .map(|f| format!("{f} = [\"pyffi/{f}\"]\n"))
        .collect();
    let pyffi = env!("CARGO_MANIFEST_DIR").replace('\\', "/");
    let manifest = format!(
        "[package]\nname = \"pyffi-dependent\"\nversion = \"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[dependencies]\npyffi = {{ path = \"{pyffi}\" }}\n\n[features]\n{features}\n[workspace]\n"
    );
    for (path, text) in [
        ("Cargo.toml", manifest.as_str()),
        ("build.rs", BUILD_RS),
        ("src/lib.rs", "pub use pyffi;\n"),
    ] {
        let path = dir.join(path);
        if fs::read_to_string(&path).ok().as_deref() != Some(text) {
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(&path, text).unwrap();
        }
    }
    dir
}

struct Outcome {
    success: bool,
    stderr: String,
}

/// `cargo check` of the dependent with `features` and `envs`, and nothing
/// from this test's own environment that could change the outcome.
fn check(features: &str, envs: &[(&str, &str)], run: usize) -> Outcome {
    let dir = dependent();
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(["check", "--offline", "--manifest-path"])
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(scratch().join("target"))
        .current_dir(&dir);
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
    // A new value reruns pyffi's build script (it watches this variable).
    cmd.env(
        "PYO3_ENVIRONMENT_SIGNATURE",
        format!("dependent-{}-{run}", std::process::id()),
    );
    cmd.envs(envs.iter().copied());
    let out = cmd.output().expect("cannot run cargo");
    Outcome {
        success: out.status.success(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// What is wrong with `out` for a case whose error line must contain
/// `words`, or None.
fn problem(out: &Outcome, words: &[&str]) -> Option<String> {
    if out.success {
        return Some("the build succeeded".to_owned());
    }
    for bad in ["panicked at", "RUST_BACKTRACE", "stack backtrace"] {
        if out.stderr.contains(bad) {
            return Some(format!("`{bad}` in cargo's output"));
        }
    }
    let failed = concat!(
        "failed to run custom build command for `pyffi v",
        env!("CARGO_PKG_VERSION"),
        " ("
    );
    if !out.stderr.contains(failed) {
        return Some(format!("no `{failed}` in cargo's output"));
    }
    // The failed script's stderr, as cargo shows it: indented, after `--- stderr`.
    let lines: Vec<&str> = out
        .stderr
        .split("--- stderr")
        .nth(1)
        .unwrap_or_default()
        .lines()
        .take_while(|l| l.is_empty() || l.starts_with("  "))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    match lines.as_slice() {
        [line] if line.starts_with("error: ") => words
            .iter()
            .find(|word| !line.contains(*word))
            .map(|word| format!("`{word}` missing from: {line}")),
        _ => Some(format!("want one `error:` line, got {lines:#?}")),
    }
}

#[test]
fn every_build_script_error_is_one_line_through_a_dependent() {
    let fixtures = Fixtures {
        dir: scratch().join("fixtures"),
        toolchain: Path::new(env!("CARGO")).parent().unwrap().to_owned(),
    };
    // Compiles the shared dependencies and both build scripts with a full
    // PATH (the no-interpreter case has no C linker on its PATH).
    let warm = check("", &[], 0);
    assert!(
        warm.success,
        "warm-up `cargo check` of {} failed:\n{}",
        dependent().display(),
        warm.stderr
    );
    let mut failures = Vec::new();
    for (run, (name, make)) in ERROR_CASES.iter().enumerate() {
        let case = make(&fixtures);
        let out = check(case.features, &case.envs(), run + 1);
        if let Some(problem) = problem(&out, &case.words()) {
            failures.push(format!("{name}: {problem}\n{}", out.stderr));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases fail through a dependent:\n\n{}",
        failures.len(),
        ERROR_CASES.len(),
        failures.join("\n\n")
    );
    println!(
        "{} cases, each one line through a dependent",
        ERROR_CASES.len()
    );
}
