//! Runs `cargo check` on this package with good and bad Python setups and
//! checks what its build script tells cargo: the cfgs, link lines and
//! metadata it emits, and for bad input one `error:` line naming the fix,
//! with no panic.
//!
//! The cases share one target dir under CARGO_TARGET_TMPDIR and run one at a
//! time, so pyo3-build-config and the build script compile once per feature
//! set. They need the pyenv interpreters of the dev machine (see PYENV) and
//! fail, not skip, when one is missing. Most cases only need the build
//! script to succeed; `default_python3_builds`, `python_37_sets_py_3_7_only`
//! and `dependents_get_config_and_cfgs` also need the library to compile.

use std::{
    env, fs,
    path::{Path, PathBuf},
    process::Command,
    sync::{
        atomic::{AtomicUsize, Ordering},
        Mutex, MutexGuard, OnceLock,
    },
};

const PYENV: &str = "/root/.pyenv/versions";
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

/// A pyenv interpreter, which must exist: a missing one fails the test.
fn pyenv(version: &str, exe: &str) -> String {
    let path = format!("{PYENV}/{version}/bin/{exe}");
    assert!(
        Path::new(&path).is_file(),
        "this test needs {path} (pyenv install {version})"
    );
    path
}

/// Writes a pyo3-build-config config file fixture and returns its path.
fn config_file(name: &str, contents: &str) -> String {
    let dir = scratch().join("configs");
    fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    fs::write(&path, contents).unwrap();
    path.to_str().unwrap().to_owned()
}

struct Outcome {
    success: bool,
    stderr: String,
    stdout: String,
}

impl Outcome {
    /// The build script's stdout, as `cargo -vv` streams it.
    fn script_lines(&self) -> Vec<&str> {
        self.stdout
            .lines()
            .filter_map(|l| l.strip_prefix(PREFIX))
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

/// Holds the lock, after a first plain build has compiled the shared
/// dependencies and the featureless build script (the no-Python case runs
/// with a PATH that has no C linker).
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
    });
    guard
}

/// `cargo -vv <args>` on this package with `features` and `envs`, and with
/// everything that could leak in from the test's own environment removed.
fn cargo(args: &[&str], features: &str, envs: &[(&str, &str)]) -> Outcome {
    cargo_in(manifest_dir(), args, features, envs)
}

fn cargo_in(dir: &Path, args: &[&str], features: &str, envs: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.args(args)
        .arg("-vv")
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .arg("--target-dir")
        .arg(scratch().join("target"))
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
    }
}

fn check(features: &str, envs: &[(&str, &str)]) -> Outcome {
    cargo(&["check"], features, envs)
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
const FT_315: &str = "implementation=CPython\nversion=3.15\nshared=true\nbuild_flags=Py_GIL_DISABLED\nlib_name=python3.15t\nlib_dir=/opt/python3.15t/lib\npointer_width=64\n";

// ---- bad input: one line naming the fix ----

#[test]
fn no_interpreter_found() {
    let _g = serial();
    // Only the toolchain (cargo, rustc) on PATH: no python, no python3.
    let toolchain = Path::new(env!("CARGO")).parent().unwrap();
    let empty = scratch().join("empty-bin");
    fs::create_dir_all(&empty).unwrap();
    let path = format!("{}:{}", toolchain.display(), empty.display());
    let out = check("", &[("PATH", &path)]);
    assert_one_error(&out, &["no Python interpreter found", "PYO3_PYTHON"]);
}

#[test]
fn interpreter_path_that_does_not_exist() {
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", "/nonexistent/python3")]);
    assert_one_error(
        &out,
        &["/nonexistent/python3", "No such file", "PYO3_PYTHON"],
    );
}

/// pyo3-build-config panics on interpreter output it does not expect; the
/// user still gets one line.
#[cfg(unix)]
#[test]
fn odd_interpreter_output_is_one_line() {
    let fake = scratch().join("fake-python");
    fs::create_dir_all(scratch()).unwrap();
    fs::write(
        &fake,
        "#!/bin/sh\ncat >/dev/null\nprintf 'implementation CPython\\nversion_major 3\\nversion_minor 11\\nshared True\\nexecutable /x\\ncalcsize_pointer 8\\nmingw False\\ncygwin False\\ngil_disabled maybe\\ndebug False\\n'\n",
    )
    .unwrap();
    let mut perms = fs::metadata(&fake).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o755);
    fs::set_permissions(&fake, perms).unwrap();
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", fake.to_str().unwrap())]);
    assert_one_error(
        &out,
        &[
            "fake-python",
            "Unknown Py_GIL_DISABLED value",
            "PYO3_PYTHON",
        ],
    );
}

#[test]
fn python_36_is_too_old() {
    let python = pyenv("3.6.15", "python3.6");
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", &python)]);
    assert_one_error(
        &out,
        &["CPython 3.6", "too old", "3.7 or newer", "PYO3_PYTHON"],
    );
}

#[test]
fn python_27_is_too_old() {
    let python = pyenv("2.7.18", "python2.7");
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", &python)]);
    assert_one_error(&out, &["CPython 2.7", "too old", "PYO3_PYTHON"]);
}

#[test]
fn python_317_is_too_new() {
    let file = config_file(
        "cpython-3.17.cfg",
        "implementation=CPython\nversion=3.17\nshared=true\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &["CPython 3.17", "too new", "3.15", "PYO3_CONFIG_FILE"],
    );
}

#[test]
fn pointer_width_mismatch() {
    // The opposite of the (host) target this test builds for.
    let (python, target) = if cfg!(target_pointer_width = "64") {
        (32, 64)
    } else {
        (64, 32)
    };
    let file = config_file(
        "wrong-width.cfg",
        &format!("implementation=CPython\nversion=3.11\nshared=true\nlib_name=python3.11\npointer_width={python}\n"),
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &[
            &format!("is {python}-bit"),
            &format!("is {target}-bit"),
            "--target",
        ],
    );
}

#[test]
fn abi3_on_free_threaded_313() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let out = check("abi3", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &[
            "abi3",
            "CPython 3.13t",
            "free-threaded",
            "drop the abi3 features",
        ],
    );
}

#[test]
fn abi3_on_free_threaded_315_suggests_abi3t() {
    let file = config_file("cpython-3.15t.cfg", FT_315);
    let _g = serial();
    let out = check("abi3-py39", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &["CPython 3.15t", "free-threaded", "abi3t feature instead"],
    );
}

#[test]
fn abi3t_below_315() {
    let _g = serial();
    let out = check("abi3t", &[]);
    assert_one_error(
        &out,
        &[
            "abi3t",
            "3.15 or newer",
            "PYO3_PYTHON",
            "drop the abi3t feature",
        ],
    );
}

#[test]
fn abi3t_on_free_threaded_313() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let out = check("abi3t", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(&out, &["abi3t", "3.15 or newer", "CPython 3.13t"]);
}

#[test]
fn abi3_floor_above_interpreter() {
    let python = pyenv("3.11.7", "python3.11");
    let _g = serial();
    let out = check("abi3-py312", &[("PYO3_PYTHON", &python)]);
    assert_one_error(
        &out,
        &[
            "abi3-py312",
            "3.12 or newer",
            "CPython 3.11",
            "lower abi3-py3X",
        ],
    );
}

#[test]
fn abi3_py38_floor_above_python_37() {
    let python = pyenv("3.7.16", "python3.7");
    let _g = serial();
    let out = check("abi3-py38", &[("PYO3_PYTHON", &python)]);
    assert_one_error(&out, &["abi3-py38", "CPython 3.7"]);
}

#[test]
fn config_file_missing() {
    let missing = scratch().join("configs/does-not-exist.cfg");
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", missing.to_str().unwrap())]);
    assert_one_error(
        &out,
        &[
            "PYO3_CONFIG_FILE=",
            "does-not-exist.cfg",
            "cannot be read",
            "unset it",
        ],
    );
}

#[test]
fn config_file_relative() {
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", "python.cfg")]);
    assert_one_error(&out, &["PYO3_CONFIG_FILE=python.cfg", "absolute path"]);
}

#[test]
fn config_file_unparsable() {
    let file = config_file("garbage.cfg", "this is not a config file\n");
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &["garbage.cfg", "not a valid pyo3 config file", "key=value"],
    );
}

#[test]
fn config_file_bad_version() {
    let file = config_file("bad-version.cfg", "version=3.x\n");
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_one_error(
        &out,
        &["bad-version.cfg", "not a valid pyo3 config file", "3.x"],
    );
}

#[test]
fn no_python_without_abi3() {
    let _g = serial();
    let out = check("", &[("PYO3_NO_PYTHON", "1")]);
    assert_one_error(&out, &["PYO3_NO_PYTHON", "abi3-py3X"]);
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
}

#[test]
fn python_37_sets_py_3_7_only() {
    let python = pyenv("3.7.16", "python3.7");
    let _g = serial();
    let out = check("", &[("PYO3_PYTHON", &python)]);
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
}

#[test]
fn abi3_py37_with_python_37() {
    let python = pyenv("3.7.16", "python3.7");
    let _g = serial();
    let out = check("abi3-py37", &[("PYO3_PYTHON", &python)]);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_LIMITED_API"]);
}

#[test]
fn bare_abi3_uses_interpreter_version() {
    let python = pyenv("3.9.18", "python3.9");
    let _g = serial();
    let out = check("abi3", &[("PYO3_PYTHON", &python)]);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_3_8", "Py_3_9", "Py_LIMITED_API"]);
}

#[test]
fn abi3t_with_free_threaded_315() {
    let file = config_file("cpython-3.15t.cfg", FT_315);
    let _g = serial();
    let out = check("abi3t", &[("PYO3_CONFIG_FILE", &file)]);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(15);
    want.extend(["Py_LIMITED_API".to_owned(), "Py_GIL_DISABLED".to_owned()]);
    assert_eq!(out.cfgs(), want);
    assert!(out
        .pyo3_config()
        .contains("target_abi=CPython-abi3t-3.15\n"));
}

#[test]
fn free_threaded_313_version_specific() {
    let file = config_file("cpython-3.13t.cfg", FT_313);
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(13);
    want.push("Py_GIL_DISABLED".to_owned());
    assert_eq!(out.cfgs(), want);
    assert_eq!(out.values("cargo:rustc-link-lib="), ["python3.13t"]);
}

#[test]
fn python_316_builds_with_a_warning() {
    let file = config_file(
        "cpython-3.16.cfg",
        "implementation=CPython\nversion=3.16\nshared=true\nlib_name=python3.16\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
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
}

#[test]
fn debug_build_flags() {
    let file = config_file(
        "cpython-3.12-debug.cfg",
        "version=3.12\nbuild_flags=Py_DEBUG\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
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
}

#[test]
fn debug_37_implies_trace_refs() {
    let file = config_file(
        "cpython-3.7-debug.cfg",
        "version=3.7\nbuild_flags=Py_DEBUG\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
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
}

#[test]
fn pypy_links_pypy_c() {
    let file = config_file(
        "pypy-3.10.cfg",
        "implementation=PyPy\nversion=3.10\nshared=true\nlib_dir=/opt/pypy/lib\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_cfgs_consistent(&out);
    let mut want = versions_up_to(10);
    want.push("PyPy".to_owned());
    assert_eq!(out.cfgs(), want);
    assert_eq!(out.values("cargo:rustc-link-lib="), ["pypy3.10-c"]);
}

#[test]
fn pypy_ignores_abi3() {
    let file = config_file(
        "pypy-3.11.cfg",
        "implementation=PyPy\nversion=3.11\nshared=true\nlib_dir=/opt/pypy/lib\n",
    );
    let _g = serial();
    let out = check("abi3-py37", &[("PYO3_CONFIG_FILE", &file)]);
    assert!(out.script_succeeded(), "{}", out.stderr);
    // PyPy has no stable ABI: a build for its own version, with a warning.
    let mut want = versions_up_to(11);
    want.push("PyPy".to_owned());
    assert_eq!(out.cfgs(), want);
    assert!(out.values("cargo:warning=").iter().any(|w| w.contains("no stable ABI")), "{}", out.stdout);
}

#[test]
fn graalpy_config() {
    let file = config_file(
        "graalpy-3.11.cfg",
        "implementation=GraalVM\nversion=3.11\nshared=true\n",
    );
    let _g = serial();
    let out = check("", &[("PYO3_CONFIG_FILE", &file)]);
    assert_cfgs_consistent(&out);
    assert!(out.has_cfg("GraalPy") && out.has_cfg("Py_3_11") && !out.has_cfg("Py_3_12"));
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
    }
}

#[test]
fn no_python_with_abi3_floor() {
    let _g = serial();
    let out = check("abi3-py39 extension-module", &[("PYO3_NO_PYTHON", "1")]);
    assert!(out.script_succeeded(), "{}", out.stderr);
    assert_eq!(out.cfgs(), ["Py_3_7", "Py_3_8", "Py_3_9", "Py_LIMITED_API"]);
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
