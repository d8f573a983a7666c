"""Not a CPython header: every public name of the headers is in pyffi or on a list (issue 9).

    python3 tests/header_names.py [--quick] [CONFIG...]   (default: every configuration)
    python3 tests/header_names.py --write-pending           (every configuration)

For each configuration (named as gen/inventory.py names them; fnmatch patterns work) it
takes gen/inventory.py's names, builds a probe crate on pyffi with `use pyffi::NAME;` for
each (one `cargo check`, PYO3_CONFIG_FILE for that configuration) and fails on:

  - a name that pyffi lacks and that neither gen/omissions.tsv (C-only, with the reason)
    nor gen/inventory-pending.tsv (Rust can express it, not written yet) lists;
  - a list entry that no longer applies: the name is in pyffi, or in no header of a
    configuration the entry names (both directions, so the lists cannot go stale).

It prints per configuration: names, provided, omitted, pending, and coverage (provided
+ omitted, of all; pending names count as not covered). --write-pending rewrites
gen/inventory-pending.tsv with every name that is neither provided nor omitted, in
exactly the configurations where it is missing. --quick checks 3.13 and abi3-py37 only, for tests/run.sh. Target
dirs: $HEADER_NAMES_WORK (default $TMPDIR/pyffi-header-names), one per configuration.
"""
import fnmatch
import os
import pathlib
import re
import subprocess
import sys
import tempfile

REPO = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "gen"))
import inventory  # noqa: E402

WORK = pathlib.Path(os.environ.get("HEADER_NAMES_WORK") or
                    pathlib.Path(tempfile.gettempdir()) / "pyffi-header-names")
OMISSIONS = REPO / "gen" / "omissions.tsv"
PENDING = REPO / "gen" / "inventory-pending.tsv"
QUICK = ["3.13", "abi3-py37"]


class Entry:
    """A list line: a name (or `<header.h>` for every name of a header), the configurations
    it holds in (fnmatch patterns, comma-separated, or `all`), and why."""

    def __init__(self, path, lineno, name, configs, why):
        self.where = "%s:%d" % (path.name, lineno)
        self.name, self.why = name, why
        self.configs = [c.strip() for c in configs.split(",")]
        self.used = False

    def holds(self, config):
        return self.configs == ["all"] or any(fnmatch.fnmatchcase(config, p) for p in self.configs)

    def covers(self, config, name, header):
        if not self.holds(config):
            return False
        if self.name.startswith("<"):
            return header == self.name[1:-1]
        return fnmatch.fnmatchcase(name, self.name)


def load(path, need_reason):
    entries = []
    for i, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or not cols[0] or not cols[1] or (need_reason and len(cols[2].split()) < 3):
            sys.exit("error: %s:%d: want NAME<TAB>CONFIGS<TAB>REASON (a reason of a few words); got %r"
                     % (path, i, line))
        entries.append(Entry(path, i, *cols))
    return entries


def pyo3_config(path, c):
    flags = [f for f, on in (("Py_GIL_DISABLED", c.ft), ("Py_DEBUG", c.debug)) if on]
    path.write_text("implementation=%s\nversion=3.%d\nshared=true\npointer_width=64\nbuild_flags=%s\n"
                    "suppress_build_script_link_lines=true\n"
                    % ("PyPy" if c.pypy else "CPython", c.minor, ",".join(flags)))


def provided(c, names):
    """The subset of names that `use pyffi::NAME;` resolves under configuration c."""
    crate = WORK / "probe"
    (crate / "src").mkdir(parents=True, exist_ok=True)
    features = ["abi3-py3%d" % m for m in range(7, 16)] + ["abi3t-py315"]
    (crate / "Cargo.toml").write_text(
        '[package]\nname = "header-names-probe"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
        '[dependencies]\npyffi = { path = "%s" }\n\n[features]\n%s\n\n[workspace]\n'
        % (REPO, "\n".join('%s = ["pyffi/%s"]' % (f, f) for f in features)))
    # The workspace's lock file: the same dependency versions, all in cargo's cache.
    (crate / "Cargo.lock").write_bytes((REPO / "Cargo.lock").read_bytes())
    order = sorted(names)
    # Line i + 2 imports order[i]: an unresolved import's line names it.
    (crate / "src/lib.rs").write_text("#![allow(unused_imports, deprecated)]\n" +
                                      "".join("use pyffi::%s;\n" % n for n in order))
    cfg = WORK / (c.name + ".pyo3-config")
    pyo3_config(cfg, c)
    env = dict(os.environ, PYO3_CONFIG_FILE=str(cfg), CARGO_TARGET_DIR=str(WORK / "target" / c.name))
    cmd = ["cargo", "check", "--offline", "-q", "--message-format=short",
           "--manifest-path", str(crate / "Cargo.toml")]
    if c.limited:
        cmd += ["--features", "abi3%s-py3%d" % ("t" if c.ft else "", c.minor)]
    p = subprocess.run(cmd, env=env, capture_output=True, text=True)
    missing = set()
    for m in re.finditer(r"src/lib\.rs:(\d+):\d+: error\[E04(?:32|25)\]", p.stderr):
        missing.add(order[int(m.group(1)) - 2])
    other = [l for l in p.stderr.splitlines() if "error" in l and "src/lib.rs" not in l
             and not l.startswith("error: could not compile")]
    if p.returncode and (other or not missing):
        sys.exit("error: %s: the probe does not build for another reason:\n%s" % (c.name, p.stderr[-3000:]))
    return set(names) - missing


def main():
    args = sys.argv[1:]
    pats = [a for a in args if not a.startswith("--")] or (QUICK if "--quick" in args else [])
    configs = inventory.select(pats)
    omitted, pending = load(OMISSIONS, True), load(PENDING, False)
    WORK.mkdir(parents=True, exist_ok=True)
    write = "--write-pending" in args
    if write and pats:
        sys.exit("error: --write-pending needs every configuration: give no CONFIG")
    if write:
        pending = []
    failures, rows, unlisted = [], [], {}
    for c in configs:
        names, left_out = inventory.inventory(c)
        for h, why in sorted(left_out.items()):
            if not any(e.name == "<%s>" % h and e.holds(c.name) for e in omitted):
                failures.append("%s: %s does not preprocess after Python.h (%s) and is not on %s"
                                % (c.name, h, why, OMISSIONS.name))
        for e in omitted:
            if e.name.startswith("<") and e.name[1:-1] in left_out and e.holds(c.name):
                e.used = True
        have = provided(c, names)
        counts = {"omitted": 0, "pending": 0}
        for n, (kind, header) in sorted(names.items()):
            for lst, key in ((omitted, "omitted"), (pending, "pending")):
                hit = next((e for e in lst if e.covers(c.name, n, header)), None)
                if hit:
                    hit.used = True
                    if n in have and not hit.name.startswith("<") and "*" not in hit.name:
                        failures.append("%s: %s is in pyffi but listed in %s: remove the entry"
                                        % (c.name, n, hit.where))
                    elif n not in have:
                        counts[key] += 1
                    break
            else:
                if n not in have:
                    u = unlisted.setdefault(n, [[], kind, header])
                    u[0].append(c.name)
                    failures.append("%s: %s (%s, %s) is neither in pyffi nor on a list"
                                    % (c.name, n, kind, header))
        by_kind = {k: (sum(1 for n, v in names.items() if v[0] == k and n in have),
                       sum(1 for v in names.values() if v[0] == k)) for k in inventory.KINDS}
        total, ok = len(names), len(have)
        rows.append((c.name, total, ok, counts["omitted"], counts["pending"], by_kind))
        print("%s: %d names, %d provided, %d omitted, %d pending: %.1f%% covered (%s)"
              % (c.name, total, ok, counts["omitted"], counts["pending"],
                 100.0 * (ok + counts["omitted"]) / total,
                 ", ".join("%s %d/%d" % (k, a, b) for k, (a, b) in by_kind.items())), flush=True)
    # An entry that matched nothing in any configuration it names is stale; only judged when
    # every configuration ran.
    if not pats:
        for e in omitted + pending:
            if not e.used:
                failures.append("%s: %s matches no missing name of its configurations: remove it"
                                % (e.where, e.name))
    if write:
        head = [l for l in PENDING.read_text().splitlines() if l.startswith("#")] if PENDING.exists() else []
        body = ["%s\t%s\t%s, %s" % (n, ",".join(cs), k, h) for n, (cs, k, h) in sorted(unlisted.items())]
        PENDING.write_text("\n".join(head + body) + "\n")
        print("wrote %s: %d names" % (PENDING, len(body)))
        failures = [f for f in failures if "neither in pyffi nor on a list" not in f]
    for f in failures:
        print("FAIL " + f)
    print("header-names: %d configuration(s), %d failure(s); %d omission entries, %d pending entries"
          % (len(configs), len(failures), len(omitted), len(pending)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
