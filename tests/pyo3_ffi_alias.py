"""Checks that pyo3-ffi/Cargo.toml, pyffi under the package name `pyo3-ffi`
for maturin, is still pyffi: the same sources, build script, links, features,
dependencies and `[package.metadata]` as ../Cargo.toml, a version that pyo3
0.30.1's `=0.30.1` and a `pyo3-ffi = "0.30"` requirement both accept, and no
member of pyffi's workspace. The interpreter ranges in the metadata must be
the ones the build script accepts (buildrs/validate.rs).

    python3 tests/pyo3_ffi_alias.py

Prints one line per difference and exits 1 if there is any.
"""

import json
import os
import re
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ALIAS = os.path.join(REPO, "pyo3-ffi")
PYO3_FFI_VERSION = "0.30.1"


def metadata(manifest_dir):
    """cargo's view of the package in manifest_dir, and its workspace's members."""
    out = subprocess.run(
        ["cargo", "metadata", "--no-deps", "--format-version", "1",
         "--manifest-path", os.path.join(manifest_dir, "Cargo.toml")],
        stdout=subprocess.PIPE, check=True, universal_newlines=True,
    ).stdout
    meta = json.loads(out)
    manifest = os.path.join(manifest_dir, "Cargo.toml")
    package = next(p for p in meta["packages"] if p["manifest_path"] == manifest)
    members = [p["manifest_path"] for p in meta["packages"] if p["id"] in meta["workspace_members"]]
    return package, members, meta["workspace_root"]


def target(package, kind):
    return next(t for t in package["targets"] if kind in t["kind"])


def dependencies(package):
    keys = ("name", "req", "kind", "optional", "uses_default_features", "features", "target", "rename")
    return sorted(json.dumps({k: d.get(k) for k in keys}, sort_keys=True) for d in package["dependencies"])


def validate_constants():
    """(oldest CPython minor, newest minor, oldest PyPy minor) of buildrs/validate.rs."""
    text = open(os.path.join(REPO, "buildrs", "validate.rs")).read()
    found = [re.search(pattern, text) for pattern in (
        r"pub const OLDEST_MINOR: u8 = (\d+);",
        r"pub const NEWEST_MINOR: u8 = (\d+);",
        r"PythonImplementation::PyPy => (\d+),",
    )]
    if not all(found):
        sys.exit("error: buildrs/validate.rs no longer has OLDEST_MINOR, NEWEST_MINOR or the PyPy minimum")
    return tuple(int(m.group(1)) for m in found)


def main():
    pyffi, pyffi_members, _ = metadata(REPO)
    alias, _, alias_root = metadata(ALIAS)
    problems = []

    def same(what, ours, theirs):
        if ours == theirs:
            return
        if isinstance(ours, dict) and isinstance(theirs, dict):
            # Only the entries that differ, or the line gets too long to read.
            keys = sorted(k for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k))
            ours = {k: ours.get(k, "(missing)") for k in keys}
            theirs = {k: theirs.get(k, "(missing)") for k in keys}
        problems.append("%s: pyo3-ffi/Cargo.toml has %r, Cargo.toml has %r" % (what, ours, theirs))

    def expect(what, got, want):
        if got != want:
            problems.append("%s: %r, expected %r" % (what, got, want))

    expect("package name", alias["name"], "pyo3-ffi")
    expect("version", alias["version"], "%s+pyffi.%s" % (PYO3_FFI_VERSION, pyffi["version"]))
    expect("publish", alias["publish"], [])
    for key in ("links", "features", "edition", "rust_version", "metadata"):
        same(key, alias[key], pyffi[key])
    same("dependencies", dependencies(alias), dependencies(pyffi))
    expect("lib name", target(alias, "lib")["name"], "pyo3_ffi")

    # The same files, reached through symlinks, not copies.
    for kind in ("lib", "custom-build"):
        same("%s source" % kind, os.path.realpath(target(alias, kind)["src_path"]),
             os.path.realpath(target(pyffi, kind)["src_path"]))
    for name in ("src", "build.rs", "buildrs"):
        path = os.path.join(ALIAS, name)
        expect("pyo3-ffi/%s is a symlink to" % name,
               os.readlink(path) if os.path.islink(path) else "(not a symlink)", "../" + name)

    expect("workspace root of pyo3-ffi/", alias_root, ALIAS)
    if os.path.join(ALIAS, "Cargo.toml") in pyffi_members:
        problems.append("pyo3-ffi/ is a member of pyffi's workspace")

    oldest, newest, pypy_oldest = validate_constants()
    meta = pyffi["metadata"] or {}
    expect("[package.metadata.cpython]", meta.get("cpython"),
           {"min-version": "3.%d" % oldest, "max-version": "3.%d" % newest})
    expect("[package.metadata.pypy] min-version",
           (meta.get("pypy") or {}).get("min-version"), "3.%d" % pypy_oldest)

    for problem in problems:
        print("error: " + problem)
    if problems:
        return 1
    print("pyo3-ffi alias: the same package as pyffi (%d features, %s)" % (len(pyffi["features"]), alias["version"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
