"""Not a CPython header: turns the measurements of bench/run.sh into markdown.

    python3 report.py WORK MODE...          the full report (bench/RESULTS.md)
    python3 report.py --quick WORK MODE     a short table; exits 1 when pyffi's module calls
                                            out where C does not, or the results differ
"""
import json
import os
import re
import statistics
import sys

VARIANTS = ["c", "clang", "clang-nsa", "pyffi", "pyo3-ffi"]
LABEL = {"c": "C (gcc -O2)", "clang": "C (clang -O2 -fno-plt)",
         "clang-nsa": "C (clang, -fno-strict-aliasing)", "pyffi": "pyffi",
         "pyo3-ffi": "pyo3-ffi 0.30.1"}


def load(work, mode):
    d = os.path.join(work, mode)
    data = {"version": "", "skipped": {}, "rows": {}, "nm": {}}
    if not os.path.isdir(d):
        data["skipped"]["mode"] = "not run"
        return data
    for name in os.listdir(d):
        path = os.path.join(d, name)
        if name == "version":
            data["version"] = open(path).read().strip()
        elif name.endswith(".skipped"):
            data["skipped"][name[:-8]] = open(path).read().strip()
        elif name.endswith(".nm"):
            data["nm"][name[:-3]] = [line.strip() for line in open(path) if line.strip()]
        elif name.endswith(".json") and not name.endswith(".results.json"):
            data["rows"][name[:-5]] = {r["case"]: r for r in json.load(open(path))}
    return data


def ratio(a, b):
    if a is None or b is None:
        return "—"
    if b == 0:
        return "%d / 0" % a if a else "1.00"
    r = a / b
    text = "%.2f" % r
    return "**%s**" % text if r > 1.005 else text


def ir(data, variant, case):
    row = data["rows"].get(variant, {}).get(case)
    return None if row is None else row["ir"]


def cases_of(datas):
    seen = []
    for data in datas:
        for case in data["rows"].get("c", {}):
            if case not in seen:
                seen.append(case)
    return seen


def extra_calls(data, variant, base="c"):
    """(case, callees) where the variant's module calls out and C's does not."""
    out = []
    c = data["rows"].get(base, {})
    for case, row in data["rows"].get(variant, {}).items():
        extra = sorted(set(row["out"]) - set(c.get(case, {}).get("out", [])))
        if extra:
            out.append((case, extra))
    return out


def mismatches(data):
    out = []
    c = data["rows"].get("c", {})
    for variant, rows in data["rows"].items():
        for case, row in rows.items():
            if case in c and row["result"] != c[case]["result"]:
                out.append("%s %s: %r vs C's %r" % (variant, case, row["result"], c[case]["result"]))
    return out


def matrix(modes, datas, num, den, title):
    lines = ["| function | " + " | ".join("%s (%s)" % (m, d["version"] or "—")
                                            for m, d in zip(modes, datas)) + " |",
             "|---" * (len(modes) + 1) + "|"]
    for case in cases_of(datas):
        cells = []
        for d in datas:
            cell = ratio(ir(d, num, case), ir(d, den, case))
            if not num.startswith("clang") and case in dict(extra_calls(d, num, den)):
                cell += " †"
            cells.append(cell)
        lines.append("| `%s` | %s |" % (case, " | ".join(cells)))
    if num.startswith("clang"):
        return ["### " + title, ""] + lines + [""]
    return ["### " + title, ""] + lines + ["", "† calls out of the module where C does not (\"Calls out of "
                                         "the module\" in bench/RESULTS.md): the callee's "
                                         "instructions are not counted.", ""]


def units(html_path, crate):
    text = open(html_path).read()
    data = json.loads(re.search(r"const UNIT_DATA = (\[.*?\n\]);", text, re.S).group(1))
    mine = {u["target"].strip() or "lib": u["duration"] for u in data if u["name"] == crate}
    total = max(u["start"] + u["duration"] for u in data)
    return {"build script compile": mine.get("build-script", 0.0),
            "build script run": mine.get("build-script (run)", 0.0),
            "lib": mine.get("lib", 0.0), "own units": sum(mine.values()), "whole build": total}


def compile_section(work):
    d = os.path.join(work, "compile")
    if not os.path.isdir(d):
        return []
    runs = {"pyffi": [], "pyo3-ffi": []}
    for name in sorted(os.listdir(d)):
        m = re.match(r"(pyffi|pyo3-ffi)\.(\d+)\.html$", name)
        if m:
            runs[m.group(1)].append(units(os.path.join(d, name), m.group(1)))
    if not runs["pyffi"] or not runs["pyo3-ffi"]:
        return []
    lines = ["## Clean build time", "",
             "A clean `cargo build --release` (CARGO_BUILD_JOBS=1, so the units run one after "
             "another) of a crate that depends only on the FFI crate (`bench/compile/`), "
             "pyffi and pyo3-ffi 0.30.1 alternately, %d runs each; the seconds are the median "
             "of cargo's `--timings` unit durations. \"Own units\" are the FFI crate's build-script "
             "compile, build-script run and lib." % len(runs["pyffi"]), "",
             "| unit | pyffi (s) | pyo3-ffi (s) | pyffi / pyo3-ffi |", "|---|---|---|---|"]
    for key in ["own units", "build script compile", "build script run", "lib", "whole build"]:
        a = statistics.median(r[key] for r in runs["pyffi"])
        b = statistics.median(r[key] for r in runs["pyo3-ffi"])
        lines.append("| %s | %.2f | %.2f | %s |" % (key, a, b, ratio(a, b) if b else "—"))
    lines.append("")
    lines.append("Every run, own units (s): pyffi %s; pyo3-ffi %s." % (
        ", ".join("%.2f" % r["own units"] for r in runs["pyffi"]),
        ", ".join("%.2f" % r["own units"] for r in runs["pyo3-ffi"])))
    return lines + [""]


def full(work, modes):
    datas = [load(work, m) for m in modes]
    present = [(m, d) for m, d in zip(modes, datas) if d["rows"]]
    pm, pd = [m for m, _ in present], [d for _, d in present]
    out = ["# Benchmark results", "",
           "Written by `bash bench/run.sh` (see bench/README.md). Each number is a ratio of "
           "callgrind instruction counts (Ir) for one call, counted in the extension module's own "
           "code only (its functions and PLT stubs, not libpython), after a warm-up call. "
           "Above 1.00 is in bold. The inputs have 1000 items (driver.py).", ""]
    out += matrix(pm, pd, "pyffi", "c", "pyffi / C (gcc -O2)")
    out += matrix(pm, pd, "pyo3-ffi", "c", "pyo3-ffi 0.30.1 / C (gcc -O2)")
    out += matrix(pm, pd, "pyffi", "clang", "pyffi / C (clang -O2 -fno-plt): the same backend as rustc")
    out += matrix(pm, pd, "pyffi", "clang-nsa", "pyffi / C (clang -O2 -fno-plt -fno-strict-aliasing): "
                  "also without C's type-based alias analysis, which Rust does not have")
    out += matrix(pm, pd, "clang", "c", "C (clang -O2 -fno-plt) / C (gcc -O2)")

    out += ["## Calls out of the module that C does not make", ""]
    any_extra = False
    for m, d in present:
        for variant in ["pyffi", "pyo3-ffi"]:
            for case, extra in extra_calls(d, variant):
                any_extra = True
                out.append("- %s, %s, `%s`: %s" % (m, variant, case, ", ".join("`%s`" % e for e in extra)))
    if not any_extra:
        out.append("None.")
    out.append("")

    out += ["## FFI helpers that were not inlined", "",
            "Functions of the Rust module other than the entry points that callgrind saw called, "
            "and the module's own symbols that `nm -C` places in the FFI crate.", ""]
    any_helper = False
    for m, d in present:
        for variant in ["pyffi", "pyo3-ffi"]:
            called = sorted({h for row in d["rows"].get(variant, {}).values() for h in row["helpers"]})
            syms = d["nm"].get(variant, [])
            if called or syms:
                any_helper = True
                out.append("- %s, %s: called %s; symbols %s" % (
                    m, variant, ", ".join("`%s`" % h for h in called) or "none",
                    ", ".join("`%s`" % s for s in syms) or "none"))
    if not any_helper:
        out.append("None: no FFI-crate symbol in any module, no helper called.")
    out.append("")

    out += ["## Same results", ""]
    for m, d in present:
        bad = mismatches(d)
        out.append("- %s: %s" % (m, "all variants returned identical results" if not bad
                                 else "MISMATCH: " + "; ".join(bad)))
    out.append("")

    out += ["## Not measured", ""]
    any_skip = False
    for m, d in zip(modes, datas):
        for what, why in sorted(d["skipped"].items()):
            any_skip = True
            out.append("- %s, %s: %s" % (m, what, why.replace("\n", " ")))
    if not any_skip:
        out.append("Nothing.")
    out.append("")

    out += compile_section(work)

    out += ["## Instructions per call", ""]
    for m, d in present:
        out += ["### %s (CPython %s)" % (m, d["version"]), "",
                "| function | " + " | ".join(LABEL[v] for v in VARIANTS) + " |",
                "|---" * (len(VARIANTS) + 1) + "|"]
        for case in d["rows"].get("c", {}):
            cells = []
            for v in VARIANTS:
                x = ir(d, v, case)
                cells.append("—" if x is None else str(x))
            out.append("| `%s` | %s |" % (case, " | ".join(cells)))
        out.append("")
    print("\n".join(out))


def quick(work, mode):
    d = load(work, mode)
    print("| function (%s, CPython %s) | C Ir | pyffi Ir | pyffi / C |" % (mode, d["version"]))
    print("|---|---|---|---|")
    for case in d["rows"].get("c", {}):
        a, b = ir(d, "pyffi", case), ir(d, "c", case)
        print("| `%s` | %s | %s | %s |" % (case, b, a, ratio(a, b)))
    fail = False
    for case, extra in extra_calls(d, "pyffi"):
        fail = True
        print("FAIL: pyffi's %s calls %s out of the module; C does not" % (case, ", ".join(extra)))
    for bad in mismatches(d):
        fail = True
        print("FAIL: different results: " + bad)
    if "pyffi" not in d["rows"]:
        fail = True
        print("FAIL: no pyffi measurement")
    sys.exit(1 if fail else 0)


def readme(readme_path, results_path):
    """Copies RESULTS.md's first table into README.md, between its two markers."""
    results = open(results_path).read()
    start = results.index("### pyffi / C (gcc -O2)")
    table = results[results.index("| function", start):results.index("### ", start + 4)].strip()
    text = open(readme_path).read()
    begin = "<!-- bench/run.sh writes the table below -->\n"
    end = "<!-- end of the table from bench/run.sh -->"
    i, j = text.index(begin) + len(begin), text.index(end)
    open(readme_path, "w").write(text[:i] + table + "\n" + text[j:])


if __name__ == "__main__":
    if sys.argv[1] == "--readme":
        readme(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--compile":
        print("\n".join(compile_section(sys.argv[2])))
    elif sys.argv[1] == "--quick":
        quick(sys.argv[2], sys.argv[3])
    else:
        full(sys.argv[1], sys.argv[2:])
