#!/usr/bin/env python3
"""Checks pyffi against the public names of pyo3-ffi 0.30.1, configuration by configuration.

Reads ../shared/pyo3-ffi-0.30.1-api/*.tsv, finds which names pyffi lacks in each
configuration by type-checking a use of every name with that configuration's cfgs,
writes tests/pyo3_names.rs (the names pyffi has, which must keep compiling) and
gen/pyo3-names-missing.md (the names it lacks, with the header that defines them).
Exits 1 when a missing name belongs to a header the crate claims to cover completely.

Usage: python3 gen/pyo3_names.py [--check]   (--check: fail if the outputs would change)
"""
import os, re, subprocess, sys, shutil, tempfile, pathlib

REPO = pathlib.Path(__file__).resolve().parent.parent
API = REPO.parent / "shared" / "pyo3-ffi-0.30.1-api"
HEADERS = pathlib.Path(os.environ.get("PYFFI_HEADERS") or
                       pathlib.Path(os.environ.get("PYFFI_CACHE_ROOT", "/var/cache/pyffi")) / "headers")

# Headers whose every name must be present (issue 2's core set).
CORE = {
    "pyport", "object", "refcount", "methodobject", "moduleobject", "modsupport",
    "longobject", "floatobject", "boolobject", "unicodeobject", "bytesobject",
    "tupleobject", "listobject", "dictobject", "abstract", "pyerrors", "import",
    "pylifecycle", "pystate", "ceval", "pythonrun", "descrobject", "structmember",
}

NOT = 'not(Py_LIMITED_API), not(Py_GIL_DISABLED), not(PyPy), not(GraalPy)'
ND = 'not(py_sys_config = "Py_DEBUG")'
# tsv name -> (cfg that selects the configuration, scratch-crate environment)
CONFIGS = {
    "cpython-3.9": (f"all(Py_3_9, not(Py_3_10), {NOT}, {ND})", {"PYV": "9"}),
    "cpython-3.12": (f"all(Py_3_12, not(Py_3_13), {NOT}, {ND})", {"PYV": "12"}),
    "cpython-3.13": (f"all(Py_3_13, not(Py_3_14), {NOT}, {ND})", {"PYV": "13"}),
    "cpython-3.13-debug": (f'all(Py_3_13, not(Py_3_14), {NOT}, py_sys_config = "Py_DEBUG")', {"PYV": "13", "PYD": "1"}),
    "cpython-3.14": (f"all(Py_3_14, not(Py_3_15), {NOT}, {ND})", {"PYV": "14"}),
    "cpython-3.14t": ("all(Py_3_14, not(Py_3_15), not(Py_LIMITED_API), Py_GIL_DISABLED, not(PyPy), not(GraalPy))", {"PYV": "14", "PYT": "1"}),
    "cpython-3.15": (f"all(Py_3_15, {NOT}, {ND})", {"PYV": "15"}),
    "abi3-py39": ("all(Py_3_9, not(Py_3_10), Py_LIMITED_API, not(Py_GIL_DISABLED), not(PyPy), not(GraalPy))", {"PYV": "9", "PYL": "1"}),
    "abi3-py312": ("all(Py_3_12, not(Py_3_13), Py_LIMITED_API, not(Py_GIL_DISABLED), not(PyPy), not(GraalPy))", {"PYV": "12", "PYL": "1"}),
    "abi3-py315": ("all(Py_3_15, Py_LIMITED_API, not(Py_GIL_DISABLED), not(PyPy), not(GraalPy))", {"PYV": "15", "PYL": "1"}),
    "abi3t-py315": ("all(Py_3_15, Py_LIMITED_API, Py_GIL_DISABLED, not(PyPy), not(GraalPy))", {"PYV": "15", "PYL": "1", "PYT": "1"}),
    "pypy-3.11": ("all(PyPy, Py_3_11, not(Py_3_12), not(Py_LIMITED_API))", {"PYV": "11", "PYP": "1"}),
}
# Versions pyo3-ffi lists no names for: what both neighbours have.
BETWEEN = {
    "cpython-3.10": ("cpython-3.9", "cpython-3.12", f"all(Py_3_10, not(Py_3_11), {NOT}, {ND})", {"PYV": "10"}),
    "cpython-3.11": ("cpython-3.9", "cpython-3.12", f"all(Py_3_11, not(Py_3_12), {NOT}, {ND})", {"PYV": "11"}),
}
NOT_CHECKED = ["graalpy-3.12"]

# Why a name stays missing, with the header evidence: (configuration prefix, name) -> reason;
# prefix "" for every configuration. Checked by hand against $PYFFI_HEADERS/3.X/include.
REASONS = {
    ("cpython", "CO_NOFREE"): "removed in 3.11: `grep -rn CO_NOFREE 3.11/include` finds nothing "
        "(last in 3.10/include/cpython/code.h:78 `#define CO_NOFREE       0x0040`); the bit is no longer set",
    ("cpython", "PyFrame_BlockSetup"): "removed in 3.11 (no block stack): absent from 3.11/include and from "
        "libpython3.11.so's exports (`nm -D`); last in 3.10/include/cpython/frameobject.h:82",
    ("cpython", "PyFrameState"): "added in 3.10 (3.10/include/cpython/frameobject.h:20 "
        "`typedef signed char PyFrameState;`): `grep -rn PyFrameState 3.9/include` finds nothing",
    ("cpython", "PyStructSequence_UnnamedField"): "3.9/3.10 declare it `extern const char * const "
        "PyStructSequence_UnnamedField;` (structseq.h:22) without PyAPI_DATA: libpython3.9.so and "
        "libpython3.10.so do not export it (`nm -D`); exported from 3.11",
    ("cpython", "_PyStatus_TYPE"): "pyo3-ffi's name for the anonymous enum of `PyStatus._type` "
        "(3.9/include/cpython/initconfig.h:11 `enum {`); the headers have no such name, pyffi declares "
        "pyo3-ffi's enum by hand (src/cpython/initconfig.rs)",
}


def reason(config, name):
    for (prefix, n), why in REASONS.items():
        if n == name and config.startswith(prefix):
            return why
    return None


def load(name):
    rows = []
    for line in (API / f"{name}.tsv").read_text().splitlines()[1:]:
        kind, n = line.split("\t")
        rows.append((kind, n))
    return rows


# Functions found to be generic (`PyObject_New::<T>`): used with `T = ()`.
GENERIC = set()


def use(kind, name):
    path = "pyffi::" + name
    if name in GENERIC:
        return f"let _ = {path}::<()>;"
    if name == "PyABIInfo_VAR":  # defines a static, like the C macro
        return f"{path}!(ABI_INFO);"
    if kind == "macro":
        return f"let _ = {path}!(\"x\");"
    if kind == "static":
        return f"let _ = unsafe {{ &raw const {path} }};"
    if kind in ("struct", "union", "enum", "type_alias"):
        return f"let _ = core::mem::size_of::<{path}>;"
    return f"let _ = {path};"


def scratch(tmp):
    """A crate whose src is pyffi's and whose build script sets cfgs from the environment."""
    d = pathlib.Path(tmp) / "crate"
    (d / "tests").mkdir(parents=True)
    (d / "src").symlink_to(REPO / "src")
    (d / "Cargo.toml").write_text('[package]\nname = "pyffi"\nversion = "0.0.0"\nedition = "2021"\n'
                                  '[dependencies]\nlibc = "0.2"\n[workspace]\n')
    (d / "build.rs").write_text(r'''fn main() {
    let v: u32 = std::env::var("PYV").unwrap().parse().unwrap();
    for m in 7..=v { println!("cargo:rustc-cfg=Py_3_{m}"); }
    let on = |k: &str| std::env::var(k).is_ok();
    if on("PYL") { println!("cargo:rustc-cfg=Py_LIMITED_API"); }
    if on("PYT") { println!("cargo:rustc-cfg=Py_GIL_DISABLED"); }
    if on("PYP") { println!("cargo:rustc-cfg=PyPy"); }
    if on("PYD") { println!("cargo:rustc-cfg=py_sys_config=\"Py_DEBUG\""); println!("cargo:rustc-cfg=py_sys_config=\"Py_REF_DEBUG\""); }
    for k in ["PYV", "PYL", "PYT", "PYD", "PYP"] { println!("cargo:rerun-if-env-changed={k}"); }
}
''')
    return d


def missing_in(crate, rows, env):
    """Names of `rows` that do not resolve under `env`'s configuration."""
    e = dict(os.environ, **env, CARGO_TARGET_DIR=str(crate.parent / "target"))
    for k in ("PYV", "PYL", "PYT", "PYD", "PYP"):
        if k not in env:
            e.pop(k, None)
    bad = set()
    # rustc reports type errors only once names resolve: check again until clean.
    for _ in range(5):
        # One function per name: rustc reports one inference error per body.
        lines = ["#![allow(unused_unsafe, unused_imports, dead_code)]"]
        where = {}
        for i, (kind, name) in enumerate(rows):
            if name in bad:
                continue
            where[len(lines) + 1] = name
            lines.append(f"fn n{i}() {{ {use(kind, name)} }}")
        (crate / "tests" / "names.rs").write_text("\n".join(lines) + "\n")
        out = subprocess.run(["cargo", "check", "--tests", "--message-format=short", "-q"], cwd=crate, env=e,
                             capture_output=True, text=True).stderr
        found = False
        for m in re.finditer(r"tests/names\.rs:(\d+):\d+: error(\[E\d+\])?", out):
            name = where.get(int(m.group(1)))
            if name is None:
                continue
            found = True
            if m.group(2) == "[E0282]" and name not in GENERIC:
                GENERIC.add(name)
            else:
                bad.add(name)
        if re.search(r": error(\[E\d+\])?:", out) and not found:
            sys.exit("error: the crate itself does not compile under " + str(env) + ":\n" + out[-3000:])
        if not found:
            return bad
    sys.exit("error: names still fail to compile after 5 rounds under " + str(env))


def header_of(name):
    """The header of the newest version that defines `name`, or '?'."""
    short = name.split("::")[-1]
    n = re.escape(short)
    pat = re.compile("|".join([
        rf"#\s*define\s+{n}\b", rf"PyAPI_FUNC\([^;]*?\)\s*{n}\s*\(", rf"static\s+inline\s[^;{{]*?\b{n}\s*\(",
        rf"PyAPI_DATA\([^)]*\)\s*{n}\b", rf"\}}\s*{n}\s*;", rf"struct\s+{n}\s*\{{", rf"typedef[^;]*?\b{n}\s*;",
        rf"typedef[^;]*?\(\s*\*\s*{n}\s*\)"]), re.M)
    enum_value = re.compile(rf"(^|[{{,])\s*{n}\s*(=|,|\}})", re.M)
    for p in (pat, enum_value):
        for v in range(15, 6, -1):
            inc = HEADERS / f"3.{v}" / "include"
            for h in sorted(inc.glob("*.h")) + sorted(inc.glob("cpython/*.h")):
                if p.search(h.read_text(errors="replace")):
                    return str(h.relative_to(inc))
    return "?"


def main():
    check = "--check" in sys.argv
    configs = {}
    for name, (cfg, env) in CONFIGS.items():
        configs[name] = (cfg, env, load(name))
    for name, (a, b, cfg, env) in BETWEEN.items():
        rb = set(load(b))
        configs[name] = (cfg, env, [r for r in load(a) if r in rb])
    tests, missing = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        crate = scratch(tmp)
        for name, (cfg, env, rows) in configs.items():
            bad = missing_in(crate, rows, env)
            present = [r for r in rows if r[1] not in bad]
            missing[name] = sorted(bad)
            print(f"{name}: {len(present)} of {len(rows)} names present", file=sys.stderr)
            body = "\n".join("    " + use(k, n) for k, n in present)
            tests.append(f"#[cfg({cfg})]\n#[test]\nfn {name.replace('-', '_').replace('.', '_')}() {{\n{body}\n    assert_eq!(NAMES_{name.replace('-', '_').replace('.', '_').upper()}, {len(present)});\n}}\n"
                         f"#[cfg({cfg})]\nconst NAMES_{name.replace('-', '_').replace('.', '_').upper()}: usize = {len(present)};\n")
    test_src = ("//! Every public name of pyo3-ffi 0.30.1 that pyffi provides, used under the configuration\n"
                "//! pyo3-ffi lists it for: a name that goes missing or changes kind fails to compile.\n"
                "//! Generated by `python3 gen/pyo3_names.py`; do not edit.\n"
                "#![allow(unused_unsafe, clippy::no_effect_underscore_binding)]\n\n" + "\n".join(tests))
    # Formatted as `cargo fmt` leaves it, so that the check and rustfmt agree.
    test_src = subprocess.run(["rustfmt", "--edition", "2021", "--config-path", str(REPO / "rustfmt.toml")],
                              input=test_src, capture_output=True, text=True, check=True).stdout
    headers = {}
    report = ["# pyo3-ffi 0.30.1 names pyffi does not provide yet", "",
              "Generated by `python3 gen/pyo3_names.py`. Not checked: " + ", ".join(NOT_CHECKED) +
              " (pyffi has no GraalPy declarations: GraalPy cannot be obtained here).",
              "Most names missing for PyPy are not declared by PyPy's own headers (pyo3-ffi declares",
              "them for PyPy too); they are listed, not required. Each CPython entry says why it stays",
              "(header paths are under $PYFFI_HEADERS, default /var/cache/pyffi/headers).", ""]
    core_missing = []
    for name, names in missing.items():
        report.append(f"## {name}: {len(names)} missing")
        report.append("")
        for n in names:
            h = headers.setdefault(n, header_of(n))
            stem = h.rsplit("/", 1)[-1].removesuffix(".h")
            # PyPy: pyo3-ffi also names much that PyPy's headers do not declare.
            if stem in CORE and not name.startswith("pypy"):
                core_missing.append(f"{name}: {n} ({h})")
            why = reason(name, n)
            report.append(f"- `{n}` ({h})" + (f": {why}" if why else ""))
        report.append("")
    outputs = {REPO / "tests" / "pyo3_names.rs": test_src, REPO / "gen" / "pyo3-names-missing.md": "\n".join(report)}
    changed = [p for p, t in outputs.items() if not p.exists() or p.read_text() != t]
    if check and changed:
        sys.exit("error: out of date: " + ", ".join(map(str, changed)) + "; run python3 gen/pyo3_names.py")
    for p, t in outputs.items():
        p.write_text(t)
    if core_missing:
        print("error: names of fully covered headers are missing:\n  " + "\n  ".join(core_missing), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
