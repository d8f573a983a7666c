#!/usr/bin/env python3
"""Fails unless every function pythoncapi-compat backports (gen/backports.tsv) is in
pyffi's `compat` (a shim in src/compat/, or the crate root's item re-exported there) and
is called as `compat::NAME` by a test in tests/*.rs, which the matrix's embed group runs
on every interpreter. A textual check: that each shim compiles where it should is the
cargo test of each configuration."""
import pathlib, re, sys

REPO = pathlib.Path(__file__).resolve().parent.parent
# No Rust counterpart, with the reason stated in src/compat.rs.
NOT_RUST = {"Py_UNUSED"}

rows = [l.split("\t") for l in (REPO / "gen/backports.tsv").read_text().splitlines()
        if l and not l.startswith("#")][1:]
src = "".join(p.read_text() for p in sorted((REPO / "src/compat").glob("*.rs")))
compat_rs = (REPO / "src/compat.rs").read_text()
tests = "".join(p.read_text() for p in sorted((REPO / "tests").glob("*.rs")))
missing, untested = [], []
for added, kind, name in rows:
    word = re.compile(r"\b" + re.escape(name) + r"\b")
    if name in NOT_RUST:
        if not word.search(compat_rs):
            missing.append(f"{name} (src/compat.rs must say why it has no counterpart)")
        continue
    if not word.search(src):
        missing.append(name)
    elif not re.search(r"compat::" + re.escape(name) + r"\b", tests):
        untested.append(name)
print(f"backports: {len(rows)} in gen/backports.tsv; {len(rows) - len(missing) - len(untested) - len(NOT_RUST)} "
      f"in compat and called by a test, {len(NOT_RUST)} with no Rust counterpart ({', '.join(sorted(NOT_RUST))})")
for label, names in (("not in src/compat", missing), ("in compat but called by no test", untested)):
    if names:
        print(f"error: {len(names)} backports {label}: {', '.join(names)}", file=sys.stderr)
sys.exit(1 if missing or untested else 0)
