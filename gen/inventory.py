#!/usr/bin/env python3
"""Not a CPython header: lists the public names of each configuration's headers (issue 9).

    python3 gen/inventory.py [--summary] [CONFIG...]   (default: every configuration)

A configuration is one of gen/src/configs.rs's, named as the generator names them:
3.X (GIL), 3.Xt (free-threaded), abi3-py3X (Py_LIMITED_API at the floor 3.X, with 3.X's
headers), abi3t-py315, 3.Xd and 3.Xtd (Py_DEBUG), pypy3.X. For each, `gcc -E -dD` reads
Python.h plus every public header it does not include (Include/*.h and Include/cpython/*.h;
a part that its own header leaves out in this configuration, such as cpython/*.h under the
limited API, is not read; another that does not preprocess is reported), and every name
defined in a file of that include directory is kept and classified:

    function    a prototype (exported by the library)
    data        a variable or a type: a typedef, or the tag of a struct, union or enum
                the headers define (with a body)
    inline      a function-like macro or a static inline function
    constant    an object-like macro
    enumerator  a C enum's constant

Underscore names are private and left out, except those pyo3-ffi 0.30.1 exposes
(../shared/pyo3-ffi-0.30.1-api/*.tsv). Under PyPy, `#define X PyPyX` over a declared
`PyPyX` counts as X, of PyPyX's kind: pyffi, like pyo3-ffi, spells it X.

Output (stdout): `config<TAB>name<TAB>kind<TAB>header` rows, or with --summary one line of
counts per configuration. tests/header_names.py builds the coverage test from this.
"""
import fnmatch
import os
import pathlib
import re
import subprocess
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent
API = REPO.parent / "shared" / "pyo3-ffi-0.30.1-api"
HEADERS = pathlib.Path(os.environ.get("PYFFI_HEADERS") or
                       pathlib.Path(os.environ.get("PYFFI_CACHE_ROOT", "/var/cache/pyffi")) / "headers")
KINDS = ("function", "data", "inline", "constant", "enumerator")


class Config:
    """One of gen/src/configs.rs's configurations: same names, defines and include dirs."""

    def __init__(self, minor, limited=False, ft=False, debug=False, pypy=False):
        self.minor, self.limited, self.ft, self.debug, self.pypy = minor, limited, ft, debug, pypy

    @property
    def name(self):
        if self.pypy:
            return "pypy3.%d" % self.minor
        if self.limited:
            s = "abi3%s-py3%d" % ("t" if self.ft else "", self.minor)
        else:
            s = "3.%d%s" % (self.minor, "t" if self.ft else "")
        return s + ("d" if self.debug else "")

    def defines(self):
        hexv = "0x03%02x0000" % self.minor
        d = []
        if self.limited:
            d.append(("Py_TARGET_ABI3T=" if self.ft else "Py_LIMITED_API=") + hexv)
        elif self.ft:
            d.append("Py_GIL_DISABLED=1")
        if self.debug:
            d.append("Py_DEBUG=1")
        return d

    def include_dir(self):
        return HEADERS / ("%s3.%d" % ("pypy" if self.pypy else "", self.minor)) / "include"

    def flags(self):
        f = ["-I%s" % self.include_dir()]
        multiarch = self.include_dir().parent / "root/usr/include"
        if multiarch.is_dir():  # Debian's pyconfig.h includes the multiarch one from there
            f.append("-I%s" % multiarch)
        return f + ["-D" + d for d in self.defines()]


def all_configs():
    """In gen/src/configs.rs's order."""
    v = [Config(m) for m in range(15, 6, -1)]
    v += [Config(m, ft=True) for m in range(15, 12, -1)]
    v += [Config(m, limited=True) for m in range(15, 6, -1)]
    v.append(Config(15, limited=True, ft=True))
    v += [Config(m, debug=True) for m in range(15, 7, -1)]
    v += [Config(m, ft=True, debug=True) for m in range(15, 12, -1)]
    v += [Config(m, pypy=True) for m in (11, 9)]
    return v


def select(patterns):
    """Configurations whose names match any of the fnmatch patterns (all for none)."""
    cs = all_configs()
    if not patterns:
        return cs
    out = [c for c in cs if any(fnmatch.fnmatchcase(c.name, p) for p in patterns)]
    unknown = [p for p in patterns if not any(fnmatch.fnmatchcase(c.name, p) for c in cs)]
    if unknown:
        sys.exit("error: no configuration named %s; names: %s" % (", ".join(unknown),
                                                                   " ".join(c.name for c in cs)))
    return out


def pyo3_private_names():
    """Underscore names pyo3-ffi 0.30.1 exposes: public for our purposes."""
    names = set()
    for f in sorted(API.glob("*.tsv")):
        for line in f.read_text().splitlines()[1:]:
            n = line.split("\t")[-1]
            if n.startswith("_"):
                names.add(n)
    return names


def gcc(config, text, extra=()):
    return subprocess.run(["gcc", "-E", *extra, *config.flags(), "-x", "c", "-"], input=text,
                          capture_output=True, text=True)


def header_files(config):
    """(headers Python.h includes, public headers it does not, {left out: why})."""
    inc = config.include_dir()
    if not (inc / "Python.h").is_file():
        sys.exit("error: %s: no %s; provision the headers first (bash gen/fetch-headers.sh)"
                 % (config.name, inc / "Python.h"))
    p = gcc(config, "#include <Python.h>\n", ["-H", "-o", "/dev/null"])
    if p.returncode:
        sys.exit("error: %s: Python.h does not preprocess:\n%s" % (config.name, p.stderr[-2000:]))
    included = {rel(config, m) for m in re.findall(r"^\.+ (\S+)", p.stderr, re.M)} - {None}
    public = sorted(str(h.relative_to(inc)) for h in list(inc.glob("*.h")) + list(inc.glob("cpython/*.h")))
    extras, failed = [], {}
    for h in public:
        if h in included or h == "Python.h":
            continue
        q = gcc(config, "#include <Python.h>\n#include <%s>\n" % h, ["-o", "/dev/null"])
        if q.returncode:
            err = [l for l in q.stderr.splitlines() if "error" in l]
            why = (err[0] if err else q.stderr.strip()[:200]).split("error: ")[-1]
            # A part of another header (cpython/X.h of X.h, pyatomic_std.h of pyatomic.h),
            # which that header leaves out in this configuration: not its names, then.
            if "must not be included directly" not in why:
                failed[h] = why
        else:
            extras.append(h)
    return included, extras, failed


def rel(config, path):
    """A path's name relative to the configuration's include dir, or None if outside it."""
    try:
        return str(pathlib.Path(os.path.normpath(path)).relative_to(config.include_dir()))
    except ValueError:
        return None


TOKEN = re.compile(r"""\s+|(?P<t>[A-Za-z_]\w*|\d[\w.]*|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|\.\.\.|->|[^\s\w])""")
SKIP_CALLS = {"__attribute__", "__asm__", "__asm", "asm", "__declspec", "_Alignas", "__typeof__",
              "__typeof", "typeof", "_Static_assert", "static_assert"}
SKIP_WORDS = {"__extension__", "__inline", "__inline__", "__restrict", "__restrict__", "restrict",
              "const", "volatile", "extern", "inline", "_Noreturn", "register", "_Thread_local",
              "__thread", "signed", "unsigned"}
C_WORDS = {"void", "char", "short", "int", "long", "float", "double", "_Bool", "struct", "union",
           "enum", "typedef", "static", "sizeof", "return", "_Complex", "_Atomic"}


def tokens(text):
    for m in TOKEN.finditer(text):
        if m.group("t"):
            yield m.group("t")


def strip_calls(toks):
    """Drops __attribute__((...)), asm(...) and the like, with their parenthesised part."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in SKIP_CALLS and i + 1 < len(toks) and toks[i + 1] == "(":
            depth, i = 0, i + 1
            while i < len(toks):
                depth += {"(": 1, ")": -1}.get(toks[i], 0)
                i += 1
                if depth == 0:
                    break
            continue
        out.append(t)
        i += 1
    return out


class Names:
    def __init__(self):
        self.kind, self.header = {}, {}

    def add(self, name, kind, header):
        # One kind per name: a C declaration wins over a macro of the same name (a macro
        # over an exported function is that function), a static inline over both.
        order = ["inline", "function", "data", "enumerator", "constant"]
        old = self.kind.get(name)
        if old is None or order.index(kind) < order.index(old):
            self.kind[name], self.header[name] = kind, header


def parse_braces(toks, header, names):
    """Records the tags and enumerators of every struct/union/enum body in toks (nested too);
    returns toks with each body replaced by `{}`."""
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        if t in ("struct", "union", "enum"):
            j = i + 1
            tag = toks[j] if j < len(toks) and re.match(r"[A-Za-z_]", toks[j]) else None
            if tag:
                j += 1
                # A tag is defined by its body: `struct stat *` in a prototype names libc's.
                if j < len(toks) and toks[j] == "{":
                    names.add(tag, "data", header)
            if j < len(toks) and toks[j] == "{":
                depth, k = 0, j
                while k < len(toks):
                    depth += {"{": 1, "}": -1}.get(toks[k], 0)
                    if depth == 0:
                        break
                    k += 1
                body = toks[j + 1:k]
                if t == "enum":
                    expect, depth = True, 0
                    for b in body:
                        if expect and depth == 0 and re.match(r"[A-Za-z_]", b):
                            names.add(b, "enumerator", header)
                        expect = False
                        depth += {"(": 1, ")": -1}.get(b, 0)
                        if b == "," and depth == 0:
                            expect = True
                else:
                    parse_braces(body, header, names)
                out += [t] + ([tag] if tag else []) + ["{", "}"]
                i = k + 1
                continue
        out.append(t)
        i += 1
    return out


def declarators(toks):
    """Splits a declaration at its top-level commas."""
    parts, cur, depth = [], [], 0
    for t in toks:
        depth += {"(": 1, ")": -1, "[": 1, "]": -1, "{": 1, "}": -1}.get(t, 0)
        if t == "," and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    return parts


def declared_name(d):
    """(name, is_function) of one declarator's tokens, or None."""
    depth = 0
    for i in range(len(d) - 2):
        # (*NAME)(...): a function pointer; (*NAME(...))(...): a function returning one.
        # At depth 0 only: a parameter's (*f)(void) names no declaration.
        if depth == 0 and d[i] == "(" and d[i + 1] == "*" and re.match(r"[A-Za-z_]", d[i + 2]):
            return d[i + 2], i + 3 < len(d) and d[i + 3] == "("
        depth += {"(": 1, ")": -1}.get(d[i], 0)
    depth = 0
    for i, t in enumerate(d):
        if t == "(":
            if depth == 0 and i > 0 and re.match(r"[A-Za-z_]", d[i - 1]) and d[i - 1] not in C_WORDS:
                return d[i - 1], True
            depth += 1
        elif t == ")":
            depth -= 1
    idents = [t for t in d if re.match(r"[A-Za-z_]\w*$", t) and t not in C_WORDS and t not in SKIP_WORDS]
    if "=" in d:
        idents = [t for t in d[:d.index("=")] if t in idents]
    if "[" in d:
        idents = [t for t in d[:d.index("[")] if t in idents]
    return (idents[-1], False) if idents else None


def parse_decl(toks, header, names, body):
    toks = strip_calls(toks)
    if not toks:
        return
    toks = parse_braces(toks, header, names)
    if body:  # a function definition: static inline in a header
        hit = declared_name(toks)
        if hit:
            names.add(hit[0], "inline" if "static" in toks else "function", header)
        return
    typedef = "typedef" in toks
    parts = declarators(toks)
    # The first declarator carries the type (`struct X {} a`, `int a`): a lone tag is no name.
    first = parts[0]
    if len(parts) == 1 and len(first) in (2, 4) and first[0] in ("struct", "union", "enum"):
        return
    for n, d in enumerate(parts):
        if n == 0:
            hit = declared_name(d)
        else:
            hit = declared_name(["int"] + d)
        if not hit:
            continue
        name, is_fn = hit
        if typedef:
            names.add(name, "data", header)
        elif is_fn:
            names.add(name, "inline" if "static" in toks else "function", header)
        else:
            names.add(name, "data", header)


def inventory(config, private=False):
    """{name: (kind, header)} of the configuration's public names (with `private`, the
    underscore names too), and {header: why} left out."""
    included, extras, failed = header_files(config)
    text = "#include <Python.h>\n" + "".join("#include <%s>\n" % h for h in extras)
    p = gcc(config, text, ["-dD"])
    if p.returncode:
        sys.exit("error: %s: the headers do not preprocess:\n%s" % (config.name, p.stderr[-2000:]))
    names, macros = Names(), {}
    header, buf = None, []
    # Top-level declarations: the preprocessed text cut at `;` and at function bodies.
    decl, depth, in_body = [], 0, False

    def flush_tokens(text, hdr):
        nonlocal decl, depth, in_body
        for t in tokens(text):
            if in_body:
                depth += {"{": 1, "}": -1}.get(t, 0)
                if depth == 0:
                    if hdr:
                        parse_decl(decl, hdr, names, True)
                    decl, in_body = [], False
                continue
            # `{` after `)` at file scope opens a function body; any other, a struct's.
            if t == "{" and depth == 0 and decl and decl[-1] == ")":
                depth, in_body = 1, True
                continue
            depth += {"{": 1, "}": -1}.get(t, 0)
            if t == ";" and depth == 0:
                if hdr:
                    parse_decl(decl, hdr, names, False)
                decl = []
                continue
            decl.append(t)

    for line in p.stdout.splitlines():
        m = re.match(r'# \d+ "([^"]*)"', line)
        if m:
            flush_tokens(" ".join(buf), header)
            buf = []
            header = rel(config, m.group(1))
            continue
        m = re.match(r"#\s*(define|undef)\s+(\w+)(\(?)(.*)", line)
        if m:
            if m.group(1) == "undef":
                macros.pop(m.group(2), None)
            elif header:
                macros[m.group(2)] = ("inline" if m.group(3) else "constant", header, m.group(4).strip())
            continue
        if line.startswith("#"):
            continue
        buf.append(line)
    flush_tokens(" ".join(buf), header)
    for name, (kind, hdr, value) in macros.items():
        target = value.strip()
        if config.pypy and kind == "constant" and re.match(r"PyPy\w+$", target) and target in names.kind:
            names.add(name, names.kind[target], hdr)  # PyPy's export under its C name
            continue
        names.add(name, kind, hdr)
    if config.pypy:
        for name in [n for n in names.kind if n.startswith("PyPy") and "Py" + n[4:] in names.kind]:
            del names.kind[name]
    allowed = pyo3_private_names()
    out = {n: (k, names.header[n]) for n, k in names.kind.items()
           if private or not n.startswith("_") or n in allowed}
    return out, failed


def main():
    args = sys.argv[1:]
    summary = "--summary" in args
    for c in select([a for a in args if not a.startswith("--")]):
        names, failed = inventory(c)
        for h, why in sorted(failed.items()):
            print("%s: %s left out: it does not preprocess after Python.h (%s)" % (c.name, h, why),
                  file=sys.stderr)
        if summary:
            counts = {k: sum(1 for v in names.values() if v[0] == k) for k in KINDS}
            print("%s: %d names: %s" % (c.name, len(names), ", ".join("%s %d" % kv for kv in counts.items())))
            continue
        for n, (k, h) in sorted(names.items()):
            print("%s\t%s\t%s\t%s" % (c.name, n, k, h))


if __name__ == "__main__":
    main()
