//! The interpreter a build is for, as pyffi's build script chose it: its
//! pyo3 configuration, its header directories and the defines its cfgs imply.
//! Shared by ctest's and difftest's build scripts.

use std::env;
use std::path::PathBuf;
use std::process::Command;

use crate::cfg::Cfgs;

/// The header directories: `PYFFI_CTEST_INCLUDE` (dirs separated like PATH), else
/// the configured interpreter's sysconfig `include`; and where they came from.
pub fn includes(config: &[(String, String)]) -> Result<(Vec<PathBuf>, String), String> {
    let (includes, from) = match env::var_os("PYFFI_CTEST_INCLUDE") {
        Some(dirs) if !dirs.is_empty() => (
            env::split_paths(&dirs).collect::<Vec<_>>(),
            "PYFFI_CTEST_INCLUDE".to_string(),
        ),
        _ => {
            let exe = config.iter().find(|(k, _)| k == "executable").map(|(_, v)| v.clone()).ok_or(
                "pyffi's configuration names no interpreter to ask for its headers: set PYFFI_CTEST_INCLUDE",
            )?;
            (interpreter_includes(&exe)?, exe)
        }
    };
    for dir in &includes {
        if !dir.join("Python.h").exists() && !dir.join("pyconfig.h").exists() {
            eprintln!(
                "warning: {} has neither Python.h nor pyconfig.h",
                dir.display()
            );
        }
    }
    Ok((includes, from))
}

/// `Py_LIMITED_API`, `Py_GIL_DISABLED` and `Py_DEBUG` from the cfgs, then
/// `PYFFI_CTEST_DEFINES` (`NAME[=VALUE]`, comma-separated).
pub fn defines(cfgs: &Cfgs) -> Vec<(String, Option<String>)> {
    let mut defines: Vec<(String, Option<String>)> = Vec::new();
    if cfgs.has("Py_LIMITED_API") {
        defines.push((
            "Py_LIMITED_API".into(),
            Some(format!("0x030{:X}0000", cfgs.minor())),
        ));
    }
    if cfgs.has("Py_GIL_DISABLED") {
        defines.push(("Py_GIL_DISABLED".into(), Some("1".into())));
    }
    if cfgs.has("py_sys_config=\"Py_DEBUG\"") {
        defines.push(("Py_DEBUG".into(), Some("1".into())));
    }
    if let Ok(extra) = env::var("PYFFI_CTEST_DEFINES") {
        for d in extra.split(',').map(str::trim).filter(|d| !d.is_empty()) {
            match d.split_once('=') {
                Some((k, v)) => defines.push((k.into(), Some(v.into()))),
                None => defines.push((d.into(), None)),
            }
        }
    }
    defines
}

/// `DEP_PYTHON_PYO3_CONFIG`: pyo3-build-config's `key=value` lines, hex-encoded.
pub fn pyo3_config() -> Result<Vec<(String, String)>, String> {
    let hex = env::var("DEP_PYTHON_PYO3_CONFIG")
        .map_err(|_| "DEP_PYTHON_PYO3_CONFIG is not set".to_string())?;
    if hex.len() % 2 != 0 {
        return Err("DEP_PYTHON_PYO3_CONFIG is not hex".into());
    }
    let bytes: Result<Vec<u8>, _> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16))
        .collect();
    let text = String::from_utf8(bytes.map_err(|e| format!("DEP_PYTHON_PYO3_CONFIG: {e}"))?)
        .map_err(|e| format!("DEP_PYTHON_PYO3_CONFIG: {e}"))?;
    Ok(text
        .lines()
        .filter_map(|l| l.split_once('=').map(|(k, v)| (k.to_owned(), v.to_owned())))
        .collect())
}

fn interpreter_includes(exe: &str) -> Result<Vec<PathBuf>, String> {
    let script = "import sysconfig\np = sysconfig.get_paths()\nprint(p['include'])\nprint(p.get('platinclude', p['include']))";
    let output = Command::new(exe)
        .args(["-c", script])
        .output()
        .map_err(|e| format!("cannot run {exe}: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "{exe} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let mut dirs: Vec<PathBuf> = Vec::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let p = PathBuf::from(line.trim());
        if !dirs.contains(&p) {
            dirs.push(p);
        }
    }
    Ok(dirs)
}
