"""Not a CPython header: checks that pyffi inlines wherever C's headers inline (issue 11, item 3).

    python3 tests/inline_like_c.py [CONFIG...]     (default: every configuration below)

For each configuration it lists the names that the headers define as a function-like
macro over an exported function of the same name (`Py_NewRef`, `Py_Is`, ...), and keeps
those whose expansion does not call that function: a C caller gets the inline form. Then
it builds a probe cdylib on pyffi (PYO3_CONFIG_FILE for that configuration, headers from
$PYFFI_HEADERS) with one function calling each name. The check fails for a name where
the probe's machine code calls the exported function, that is, where pyffi gives only the
extern declaration. Names that pyffi lacks, or that take arguments the probe cannot make
up, are listed but do not fail.

Configurations: 3.X (GIL), 3.Xt (free-threaded), abi3-py3X (the limited API of 3.X, with
3.X's headers, as the generator reads them).
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADERS = os.environ.get("PYFFI_HEADERS",
                         os.path.join(os.environ.get("PYFFI_CACHE_ROOT", "/var/cache/pyffi"), "headers"))
CONFIGS = (["3.%d" % m for m in range(7, 16)] + ["3.%dt" % m for m in range(13, 16)]
           + ["abi3-py3%d" % m for m in range(7, 16)])
WORK = os.environ.get("INLINE_TEST_WORK") or os.path.join(tempfile.gettempdir(), "pyffi-inline-like-c")


def parse_config(name):
    limited = name.startswith("abi3-")
    minor = int(name[len("abi3-py3"):] if limited else name[2:].rstrip("t"))
    return minor, limited, name.endswith("t") and not limited


def c_flags(minor, limited, ft):
    d = os.path.join(HEADERS, "3.%d" % minor)
    flags = ["-DNDEBUG", "-I" + os.path.join(d, "include")]  # a release build: no assert()
    if os.path.isdir(os.path.join(d, "root/usr/include")):
        flags.append("-idirafter" + os.path.join(d, "root/usr/include"))
    if limited:
        flags.append("-DPy_LIMITED_API=0x03%02x0000" % minor)
    if ft:
        flags.append("-DPy_GIL_DISABLED=1")
    return flags


def cpp(flags, text, extra=()):
    return subprocess.run(["gcc", "-E", "-P", *extra, *flags, "-x", "c", "-"], input=text,
                          capture_output=True, text=True, check=True).stdout


def prototypes(pre):
    """Names declared by a non-static prototype at file scope of preprocessed C."""
    names, depth, buf = set(), 0, []
    for ch in pre:
        if depth == 0:
            if ch == "{":
                text = "".join(buf).rstrip()
                if text.endswith(")") or re.search(r"\)\s*__attribute__.*\)$", text):
                    buf = []  # a function definition: its body is skipped, then a new declaration
                    depth = 1
                    continue
                depth = 1
                buf.append(" ")
            elif ch == ";":
                decl = " ".join("".join(buf).split())
                buf = []
                if decl.startswith(("typedef", "static")) or "=" in decl:
                    continue
                m = re.search(r"\b([A-Za-z_]\w*)\s*\((?:[^()]|\([^()]*\))*\)\s*(?:__attribute__\s*\(\(.*\)\))?\s*$", decl)
                if m and not re.search(r"\(\s*\*", decl[:m.start(1) + 1]):
                    names.add(m.group(1))
            else:
                buf.append(ch)
        else:
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
    return names


def inline_names(minor, limited, ft):
    """{name: arity} of the macros over an exported function that C expands inline."""
    flags = c_flags(minor, limited, ft)
    pre = cpp(flags, "#include <Python.h>\n")
    exported = prototypes(pre)
    macros = {}
    for line in cpp(flags, "#include <Python.h>\n", ["-dM"]).splitlines():
        m = re.match(r"#define (\w+)\(([^)]*)\)", line)
        # Python's own names: libc's headers have macros over their functions too.
        if m and m.group(1) in exported and re.match(r"_?Py", m.group(1)):
            params = [p for p in m.group(2).split(",") if p.strip()]
            macros[m.group(1)] = len(params)
    probe = "#include <Python.h>\n" + "".join(
        "BENCH_PROBE_%s %s(%s) BENCH_PROBE_END\n" % (n, n, ", ".join("a%d" % i for i in range(k)))
        for n, k in sorted(macros.items()))
    out = cpp(flags, probe)
    inline, calls = {}, {}
    for n, k in macros.items():
        m = re.search(r"BENCH_PROBE_%s\b(.*?)BENCH_PROBE_END" % n, out, re.S)
        body = m.group(1) if m else ""
        called = sorted(e for e in exported
                        if re.match(r"_?Py", e) and re.search(r"\b%s\s*\(" % re.escape(e), body))
        if called:
            calls[n] = called  # C calls an exported function too: nothing to inline
        else:
            inline[n] = k
    return inline, calls


def pyo3_config(path, minor, ft):
    with open(path, "w") as f:
        f.write("implementation=CPython\nversion=3.%d\nshared=true\npointer_width=64\n"
                "build_flags=%s\nsuppress_build_script_link_lines=true\n"
                % (minor, "Py_GIL_DISABLED" if ft else ""))


def rust_probe(config, minor, limited, ft, names):
    """{name: 'extern' | 'inline' | 'absent: why'} from pyffi's code for each name."""
    crate = os.path.join(WORK, "probe")
    os.makedirs(os.path.join(crate, "src"), exist_ok=True)
    with open(os.path.join(crate, "Cargo.toml"), "w") as f:
        f.write('[package]\nname = "inline-probe"\nversion = "0.0.0"\nedition = "2021"\npublish = false\n\n'
                '[lib]\ncrate-type = ["cdylib"]\n\n[dependencies]\n'
                'pyffi = { path = "%s", features = ["extension-module"] }\n\n'
                '[features]\n%s\n\n[workspace]\n'
                % (ROOT, "\n".join('abi3-py3%d = ["pyffi/abi3-py3%d"]' % (m, m) for m in range(7, 16))))
    cfg = os.path.join(WORK, config + ".pyo3-config")
    pyo3_config(cfg, minor, ft)
    env = dict(os.environ, PYO3_CONFIG_FILE=cfg, CARGO_TARGET_DIR=os.path.join(WORK, "target"))
    env.setdefault("CARGO_BUILD_JOBS", "1")
    cmd = ["cargo", "build", "--release", "--offline", "--manifest-path", os.path.join(crate, "Cargo.toml")]
    if limited:
        cmd += ["--features", "abi3-py3%d" % minor]
    result = {}
    todo = dict(names)
    for _ in range(4):
        lines = ["#![allow(unused_unsafe, clippy::all)]", "use core::mem::zeroed;"]
        where = {}
        for n, k in sorted(todo.items()):
            where[len(lines) + 1] = n
            lines.append("#[no_mangle] pub unsafe extern \"C\" fn probe_%s() { let _ = pyffi::%s(%s); }"
                         % (n, n, ", ".join(["zeroed()"] * k)))
        with open(os.path.join(crate, "src/lib.rs"), "w") as f:
            f.write("\n".join(lines) + "\n")
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        if p.returncode == 0:
            break
        bad = {}
        for m in re.finditer(r"^(error\[(E\d+)\][^\n]*|error: [^\n]*)\n\s*--> src/lib.rs:(\d+)", p.stderr, re.M):
            line = int(m.group(3))
            if line in where:
                bad[where[line]] = m.group(1)
        if not bad:
            sys.exit("%s: the probe does not build:\n%s" % (config, p.stderr[-3000:]))
        for n, why in bad.items():
            result[n] = "absent: " + ("not in pyffi" if "E0425" in why else why)
            todo.pop(n)
    else:
        sys.exit("%s: the probe still does not build" % config)
    so = os.path.join(WORK, "target/release/libinline_probe.so")
    dis = subprocess.run(["objdump", "-d", "--no-show-raw-insn", so], capture_output=True, text=True,
                         check=True).stdout
    for n in todo:
        m = re.search(r"<probe_%s>:\n(.*?)(?:\n\n|\Z)" % n, dis, re.S)
        body = m.group(1) if m else ""
        # A call or tail call through the GOT names its target: <Py_NewRef> or <Py_NewRef@plt>.
        result[n] = "extern" if re.search(r"<%s(@plt)?>" % re.escape(n), body) else "inline"
    return result


def main():
    configs = sys.argv[1:] or CONFIGS
    os.makedirs(WORK, exist_ok=True)
    failures = 0
    for config in configs:
        minor, limited, ft = parse_config(config)
        if not os.path.isdir(os.path.join(HEADERS, "3.%d" % minor, "include")):
            print("%s: skipped, no headers in %s" % (config, HEADERS))
            continue
        inline, calls = inline_names(minor, limited, ft)
        got = rust_probe(config, minor, limited, ft, inline)
        bad = sorted(n for n, v in got.items() if v == "extern")
        absent = sorted(n for n, v in got.items() if v.startswith("absent"))
        ok = sorted(n for n, v in got.items() if v == "inline")
        failures += len(bad)
        print("%s: %d macros over exported functions, C inlines %d" % (config, len(inline) + len(calls), len(inline)))
        print("  inline in pyffi too: %s" % (", ".join(ok) or "-"))
        print("  FAIL, pyffi calls the exported function where C inlines: %s" % (", ".join(bad) or "-"))
        if absent:
            print("  not probed: %s" % "; ".join("%s (%s)" % (n, got[n][8:]) for n in absent))
        if calls:
            print("  C calls an exported function too: %s" % ", ".join(sorted(calls)))
    print("inline-like-c: %d failure(s) in %d configuration(s)" % (failures, len(configs)))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
