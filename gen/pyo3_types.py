#!/usr/bin/env python3
"""Checks that pyffi's items have the types of pyo3-ffi 0.30.1's, configuration by configuration.

For each configuration of ../shared/pyo3-ffi-0.30.1-api/NAME.tsv: writes a PYO3_CONFIG_FILE
(no interpreter needed), runs rustdoc's JSON output on pyo3-ffi 0.30.1 and on pyffi with it,
and compares every public root item of pyo3-ffi with pyffi's item of the same name, after
expanding every type alias (the crates' own and the C types of core/std/libc on x86_64
Linux). Prints one line per difference, `ITEM<TAB>kind<TAB>pyo3-ffi: T<TAB>pyffi: T`, then
`pyo3-types NAME: N items compared, D differences (E listed as header-proven)`. Exits 1 when
a difference is not listed in gen/pyo3-types-differences.md. Names pyffi lacks are the name
check's business (gen/pyo3_names.py): counted, not failed.

Usage: python3 gen/pyo3_types.py [--pyffi DIR] [--all | NAME...]   (no NAME: --all;
           --pyffi: check the pyffi in DIR instead of this checkout)
       python3 gen/pyo3_types.py --self-test          (the comparison on two synthetic crates)
Environment: PYFFI_CACHE_ROOT (default /var/cache/pyffi): sources, target dirs and JSON go to
$PYFFI_CACHE_ROOT/pyo3-types; PYFFI_HEADERS (default $PYFFI_CACHE_ROOT/headers): the header sets
the listed differences quote; CARGO_HOME (default ~/.cargo): where pyo3-ffi 0.30.1 is found.
"""
import fnmatch, hashlib, json, os, pathlib, re, shutil, subprocess, sys

REPO = pathlib.Path(__file__).resolve().parent.parent
API = REPO.parent / "shared" / "pyo3-ffi-0.30.1-api"
EXCEPTIONS = REPO / "gen" / "pyo3-types-differences.md"
CACHE_ROOT = pathlib.Path(os.environ.get("PYFFI_CACHE_ROOT", "/var/cache/pyffi"))
CACHE = CACHE_ROOT / "pyo3-types"
HEADERS = pathlib.Path(os.environ.get("PYFFI_HEADERS", CACHE_ROOT / "headers"))
PYO3_FFI = "pyo3-ffi-0.30.1"
PYFFI = REPO  # the pyffi checked: this checkout, or --pyffi DIR


class Fail(Exception):
    """One line for the user, saying what to do."""


# NAME -> (config-file lines, cargo features). Versions and build flags as the tsv was made;
# pyo3-build-config adds Py_REF_DEBUG to Py_DEBUG itself.
def _cfg(impl, version, flags=""):
    return [f"implementation={impl}", f"version={version}", "shared=true", "pointer_width=64",
            f"build_flags={flags}", "suppress_build_script_link_lines=true"]


CONFIGS = {
    "cpython-3.9": (_cfg("CPython", "3.9"), []),
    "cpython-3.12": (_cfg("CPython", "3.12"), []),
    "cpython-3.13": (_cfg("CPython", "3.13"), []),
    "cpython-3.13-debug": (_cfg("CPython", "3.13", "Py_DEBUG,Py_REF_DEBUG"), []),
    "cpython-3.14": (_cfg("CPython", "3.14"), []),
    "cpython-3.14t": (_cfg("CPython", "3.14", "Py_GIL_DISABLED"), []),
    "cpython-3.15": (_cfg("CPython", "3.15"), []),
    "abi3-py39": (_cfg("CPython", "3.9"), ["abi3-py39"]),
    "abi3-py312": (_cfg("CPython", "3.12"), ["abi3-py312"]),
    "abi3-py315": (_cfg("CPython", "3.15"), ["abi3-py315"]),
    "abi3t-py315": (_cfg("CPython", "3.15"), ["abi3t-py315"]),
    "pypy-3.11": (_cfg("PyPy", "3.11"), []),
    "graalpy-3.12": (_cfg("GraalVM", "3.12"), []),  # pyo3-build-config spells GraalPy so
}

# External aliases met in the two crates, on x86_64-unknown-linux-gnu. Anything else fails
# loudly: add it here once its definition is known.
C_TYPES = {
    "c_char": "i8", "c_schar": "i8", "c_uchar": "u8", "c_short": "i16", "c_ushort": "u16",
    "c_int": "i32", "c_uint": "u32", "c_long": "i64", "c_ulong": "u64", "c_longlong": "i64",
    "c_ulonglong": "u64", "c_float": "f32", "c_double": "f64", "size_t": "usize",
    "ssize_t": "isize", "ptrdiff_t": "isize", "intptr_t": "isize", "uintptr_t": "usize",
    "wchar_t": "i32", "int8_t": "i8", "int16_t": "i16", "int32_t": "i32", "int64_t": "i64",
    "uint8_t": "u8", "uint16_t": "u16", "uint32_t": "u32", "uint64_t": "u64", "time_t": "i64",
    "clock_t": "i64", "off_t": "i64", "pid_t": "i32", "uid_t": "u32", "gid_t": "u32",
    "mode_t": "u32", "suseconds_t": "i64", "socklen_t": "u32", "pthread_t": "u64",
    "pthread_key_t": "u32", "c_size_t": "usize", "c_ssize_t": "isize", "c_ptrdiff_t": "isize",
}
STD_CRATES = {"core", "std", "alloc", "libc"}
# `<Self as Trait>::Name` projections, on x86_64 Linux: pyo3-ffi picks the atomic of c_ulong's
# width this way.
PROJECTIONS = {("GetAtomicCULong", "AtomicCULongType", "Type"): "AtomicU64"}
INT_SUFFIX = re.compile(r"^(-?)(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9_]+)(?:[iu](?:8|16|32|64|128|size))?$")


# ---------------------------------------------------------------------------------------
# Reading one crate's rustdoc JSON


class Crate:
    def __init__(self, doc, label):
        self.label = label
        self.ix = doc["index"]
        self.paths = doc.get("paths", {})
        self.crates = doc.get("external_crates", {})
        self._modules = {}
        self.exports = self._exports(doc["root"])

    def item(self, i):
        return self.ix.get(str(i))

    def lookup(self, path):
        """Item id of a root name or of `module::name` (pyo3-ffi's `compat`, `structmember`)."""
        *mods, last = path.split("::")
        ex = self.exports
        for m in mods:
            i = ex.get(m)
            if i is None or self.kind_of(i) != "module":
                return None
            if i not in self._modules:
                self._modules[i] = self._exports(i)
            ex = self._modules[i]
        return ex.get(last)

    def _exports(self, root):
        """Public names of the root module -> item id, following `pub use` and globs.

        As rustc resolves them: a name defined or imported by name wins over a glob; two
        globs bringing different items under one name make it ambiguous (not exported)."""
        explicit, globbed, ambiguous = {}, {}, set()
        seen = set()

        def module(mid, top):
            if mid in seen:
                return
            seen.add(mid)
            for i in self.item(mid)["inner"]["module"]["items"]:
                it = self.item(i)
                if it is None or it["visibility"] != "public":
                    continue
                kind, inner = next(iter(it["inner"].items()))
                if kind == "use":
                    if inner["id"] is None:
                        continue
                    if inner["is_glob"]:
                        target = self.item(inner["id"])
                        if target is not None and "module" in target["inner"]:
                            module(inner["id"], False)
                        continue
                    add(inner["name"], inner["id"], top)
                elif kind != "impl":
                    add(it["name"], i, top)

        def add(name, i, top):
            i = str(i)
            if top:
                explicit[name] = i
            elif name in globbed and globbed[name] != i:
                ambiguous.add(name)
            else:
                globbed[name] = i

        module(str(root), True)
        out = {n: i for n, i in globbed.items() if n not in ambiguous}
        out.update(explicit)
        return out

    def kind_of(self, i):
        it = self.item(i)
        if it is not None:
            return next(iter(it["inner"]))
        p = self.paths.get(str(i))
        return p["kind"] if p else None


# ---------------------------------------------------------------------------------------
# Canonical types: aliases expanded, nominal types by name, rendered as Rust


class Canon:
    """Renders types of one crate canonically. `names` maps a nominal type's name to the
    name it is compared under (aliases of a struct make one class, see nominal_classes)."""

    def __init__(self, crate, names):
        self.c = crate
        self.names = names

    def ty(self, t, generics=None, depth=0):
        if depth > 50:
            raise Fail(f"{self.c.label}: type alias cycle near {json.dumps(t)[:200]}")
        generics = generics or {}
        (k, v), = t.items()
        if k == "primitive":
            return v
        if k == "generic":
            return generics.get(v, v)
        if k == "tuple":
            return "(" + ", ".join(self.ty(x, generics, depth) for x in v) + (",)" if len(v) == 1 else ")")
        if k == "raw_pointer":
            return ("*mut " if v["is_mutable"] else "*const ") + self.ty(v["type"], generics, depth)
        if k == "borrowed_ref":
            return "&" + ("mut " if v["is_mutable"] else "") + self.ty(v["type"], generics, depth)
        if k == "array":
            return f"[{self.ty(v['type'], generics, depth)}; {v['len']}]"
        if k == "slice":
            return f"[{self.ty(v, generics, depth)}]"
        if k == "function_pointer":
            return self.fn_sig(v["header"], v["sig"], generics, depth)
        if k == "resolved_path":
            return self.path(v, generics, depth)
        if k == "qualified_path":
            self_name = v["self_type"].get("resolved_path", {}).get("path", "?").split("::")[-1]
            trait = (v.get("trait") or {}).get("path", "?").split("::")[-1]
            key = (self_name, trait, v["name"])
            if key in PROJECTIONS:
                return PROJECTIONS[key]
            raise Fail(f"{self.c.label}: projection <{self_name} as {trait}>::{v['name']} unknown: "
                       "add what it is on x86_64 Linux to PROJECTIONS in gen/pyo3_types.py")
        raise Fail(f"{self.c.label}: type form {k!r} not handled by gen/pyo3_types.py: {json.dumps(t)[:200]}")

    def fn_sig(self, header, sig, generics, depth, generic_params=""):
        abi = header["abi"]
        s = ("const " if header.get("is_const") else "") + ("unsafe " if header["is_unsafe"] else "")
        if abi != "Rust":
            name = next(iter(abi)) if isinstance(abi, dict) else abi
            s += f'extern "{name}" '
        args = [self.ty(a, generics, depth) for _, a in sig["inputs"]]
        if sig["is_c_variadic"]:
            args.append("...")
        s += f"fn{generic_params}(" + ", ".join(args) + ")"
        if sig["output"] is not None:
            out = self.ty(sig["output"], generics, depth)
            if out != "()":
                s += " -> " + out
        return s

    def args(self, v, generics, depth):
        a = v.get("args")
        if not a:
            return []
        if "angle_bracketed" not in a:
            raise Fail(f"{self.c.label}: generic arguments {json.dumps(a)[:200]} not handled")
        out = []
        for x in a["angle_bracketed"]["args"]:
            if "type" in x:
                out.append(self.ty(x["type"], generics, depth))
            elif "const" in x:
                out.append(x["const"].get("value") or x["const"]["expr"])
            # lifetimes do not change what a C declaration means
        return out

    def path(self, v, generics, depth):
        i = str(v["id"]) if v.get("id") is not None else None
        it = self.c.item(i) if i else None
        args = self.args(v, generics, depth)
        if it is not None and "type_alias" in it["inner"]:
            ta = it["inner"]["type_alias"]
            params = [p["name"] for p in ta["generics"]["params"] if "type" in p["kind"]]
            sub = dict(zip(params, args))
            return self.ty(ta["type"], sub, depth + 1)
        p = self.c.paths.get(i) if i else None
        last = (p["path"][-1] if p else v["path"].split("::")[-1])
        kind = it and next(iter(it["inner"])) or (p and p["kind"])
        if kind == "type_alias":  # external alias
            crate = self.c.crates.get(str(p["crate_id"]), {}).get("name")
            if crate in STD_CRATES and last in C_TYPES and not args:
                return C_TYPES[last]
            raise Fail(f"{self.c.label}: unknown external type alias {'::'.join(p['path'])}: "
                       "add its x86_64 Linux definition to C_TYPES in gen/pyo3_types.py")
        if kind in ("struct", "union", "enum") or kind is None or kind in ("trait", "primitive"):
            name = self.names.get(last, last)
            return name + (f"<{', '.join(args)}>" if args else "")
        raise Fail(f"{self.c.label}: path {v['path']} of kind {kind} not handled")


def alias_target_nominal(crate, i, depth=0):
    """If item i is a type alias whose expansion is a bare struct/union/enum, its name."""
    it = crate.item(i)
    if it is None or "type_alias" not in it["inner"] or depth > 50:
        return None
    t = it["inner"]["type_alias"]["type"]
    if "resolved_path" not in t or t["resolved_path"].get("args"):
        return None
    j = str(t["resolved_path"]["id"])
    k = crate.kind_of(j)
    if k == "type_alias":
        return alias_target_nominal(crate, j, depth + 1)
    jt = crate.item(j)
    if k in ("struct", "union", "enum") and jt is not None:
        return jt["name"]  # the crate's own types only: `type X = c_void` makes no class
    return None


def nominal_classes(a, b):
    """One name per class of nominal types made equal by aliases: if a crate exports
    `type Py_buffer = bufferinfo`, `bufferinfo` is compared as `Py_buffer`. The alias
    itself is still compared with the other crate's item at its definition."""
    parent = {}

    def find(x):
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    nominal_a = {n for n, i in a.exports.items() if a.kind_of(i) in ("struct", "union", "enum")}
    for crate in (a, b):
        for n, i in crate.exports.items():
            s = alias_target_nominal(crate, i)
            it = crate.item(i)
            if s is None and it is not None and crate.kind_of(i) in ("struct", "union", "enum"):
                s = it["name"]  # `pub use _PyWeakReference as PyWeakReference`
            if s and s != n:
                ra, rb = find(n), find(s)
                if ra != rb:
                    # the class is named after pyo3-ffi's struct when there is one
                    keep, drop = (ra, rb) if ra in nominal_a or rb not in nominal_a else (rb, ra)
                    parent[drop] = keep
    return {x: find(x) for x in parent}


# ---------------------------------------------------------------------------------------
# Comparing items


def const_value(c):
    """A constant's value as compared: integers evaluated, else rustdoc's text."""
    v = c["const"]["value"]
    if v is not None:
        m = INT_SUFFIX.match(v.strip())
        if m:
            return str(int(m.group(1) + m.group(2).replace("_", ""), 0)), True
        return v, True
    e = c["const"]["expr"]
    if e == "_":
        return None, False
    m = INT_SUFFIX.match(e.strip())
    if m:
        return str(int(m.group(1) + m.group(2).replace("_", ""), 0)), True
    return e, True


def fn_render(canon, it):
    f = it["inner"]["function"]
    params = [p for p in f["generics"]["params"] if "type" in p["kind"]]
    # generics compared by position: fn<T>(*mut T) equals fn<U>(*mut U)
    gen = {p["name"]: f"T{n}" for n, p in enumerate(params)}
    gp = ""
    if params:
        parts = []
        for p in params:
            bounds = [canon.c.paths.get(str(b["trait_bound"]["trait"]["id"]), {}).get("path", ["?"])[-1]
                      for b in p["kind"]["type"]["bounds"] if "trait_bound" in b]
            parts.append(gen[p["name"]] + (": " + " + ".join(bounds) if bounds else ""))
        gp = "<" + ", ".join(parts) + ">"
    return canon.fn_sig(f["header"], f["sig"], gen, 0, gp)


def fields(canon, it):
    """(field list [(name, type)], has private fields) of a struct or union."""
    inner = it["inner"]
    if "struct" in inner:
        k = inner["struct"]["kind"]
        if k == "unit":
            return [], False
        if "tuple" in k:
            fl = k["tuple"]
            out = [(str(n), canon.ty(canon.c.item(f)["inner"]["struct_field"])) for n, f in enumerate(fl) if f is not None]
            return out, any(f is None for f in fl)
        k = k["plain"]
        ids, stripped = k["fields"], k["has_stripped_fields"]
    else:
        u = inner["union"]
        ids, stripped = u["fields"], u["has_stripped_fields"]
    out = []
    for f in ids:
        fi = canon.c.item(f)
        out.append((fi["name"], canon.ty(fi["inner"]["struct_field"])))
    return out, stripped


def variants(crate, it):
    out, nxt = [], 0
    for v in it["inner"]["enum"]["variants"]:
        vi = crate.item(v)
        d = vi["inner"]["variant"]["discriminant"]
        if d is not None:
            val, _ = const_value({"const": d})
            try:
                nxt = int(val)
            except ValueError:
                nxt = val
        out.append(f"{vi['name']} = {nxt}")
        nxt = nxt + 1 if isinstance(nxt, int) else f"{nxt}+1"
    return out


def describe(canon, it, shown=False):
    """(kind, rendering) of an item, the rendering being what is compared (shown=True:
    what is printed when the two items are of different kinds)."""
    kind, inner = next(iter(it["inner"].items()))
    if kind == "function":
        return "fn", fn_render(canon, it)
    if kind == "static":
        return "static", ("mut " if inner["is_mutable"] else "") + canon.ty(inner["type"])
    if kind == "type_alias":
        t = inner["type"]
        if shown and "resolved_path" in t and canon.c.kind_of(t["resolved_path"]["id"]) in ("struct", "union", "enum"):
            # shown by its own name: the class name would hide what the alias names
            return "type", t["resolved_path"]["path"].split("::")[-1]
        return "type", canon.ty(t)
    if kind == "constant":
        v, _ = const_value(inner)
        return "const", f"{canon.ty(inner['type'])} = {v if v is not None else '_'}"
    if kind in ("struct", "union"):
        fl, stripped = fields(canon, it)
        body = ", ".join(f"{n}: {t}" for n, t in fl) + (", .." if stripped else "")
        return kind, "{" + body + "}"
    if kind == "enum":
        return "enum", "{" + ", ".join(variants(canon.c, it)) + "}"
    if kind == "macro":
        return "macro", "macro"
    return kind, kind


# Traits compared: what pyo3-ffi implements (or the compiler derives for it), pyffi must
# too; the ones every type gets from a blanket impl, and the compiler's markers, aside.
IGNORED_TRAITS = {"StructuralPartialEq", "Freeze", "UnsafeUnpin"}


def traits(crate, it):
    """Names of the traits a struct, union or enum implements."""
    inner = next(iter(it["inner"].values()))
    out = set()
    for i in inner.get("impls", []) if isinstance(inner, dict) else []:
        imp = crate.item(i)
        if imp is None:
            continue
        imp = imp["inner"].get("impl", {})
        t = imp.get("trait")
        if t is None:
            # An inherent impl: its public functions (`PyMutex::new`) count as "fn NAME".
            for j in imp.get("items", []):
                m = crate.item(j)
                if m is not None and m.get("visibility") == "public" and "function" in m["inner"]:
                    out.add("fn " + m["name"])
            continue
        if imp.get("blanket_impl") is not None:
            continue
        n = t["path"].split("::")[-1]
        if n not in IGNORED_TRAITS:
            out.add(("!" if imp.get("is_negative") else "") + n)
    return out


def compare_item(name, ca, cb, ia, ib):
    d, valued = _compare_item(name, ca, cb, ia, ib)
    a, b = ca.c.item(ia), cb.c.item(ib)
    if a is not None and b is not None and any(k in a["inner"] for k in ("struct", "union", "enum")):
        # A negative auto trait pyffi lacks (`!Send`) makes pyffi's type usable in more
        # places, not fewer: only the traits pyo3-ffi's users can rely on count.
        lacking = {t for t in traits(ca.c, a) - traits(cb.c, b) if not t.startswith("!")}
        if lacking:
            d.append((name, "traits", ", ".join(sorted(traits(ca.c, a))), "lacks " + ", ".join(sorted(lacking))))
    return d, valued


def _compare_item(name, ca, cb, ia, ib):
    """Differences between pyo3-ffi's item ia and pyffi's ib: [(item, kind, a, b)]."""
    a, b = ca.c.item(ia), cb.c.item(ib)
    if a is None or b is None:
        # re-exports of another crate's item (both sides must name the same one)
        def shown(canon, i, it):
            if it is not None:
                return "%s %s" % describe(canon, it, True)
            return "::".join(canon.c.paths.get(i, {}).get("path", ["<not documented>"]))
        sa, sb = shown(ca, ia, a), shown(cb, ib, b)
        return ([] if sa == sb else [(name, "item", sa, sb)]), True
    ka, ra = describe(ca, a)
    kb, rb = describe(cb, b)
    if ka != kb:
        return [(name, "kind", "%s %s" % describe(ca, a, True), "%s %s" % describe(cb, b, True))], True
    if ka == "const":
        va, ok_a = const_value(a["inner"]["constant"])
        vb, ok_b = const_value(b["inner"]["constant"])
        ta, tb = ra.split(" = ")[0], rb.split(" = ")[0]
        if ta != tb:  # one line, the values shown with the types
            return [(name, "const-type", ra, rb)], ok_a and ok_b
        if ok_a and ok_b and va != vb:
            return [(name, "const-value", va, vb)], True
        return [], ok_a and ok_b
    if ka in ("struct", "union"):
        fa, sa = fields(ca, a)
        fb, sb = fields(cb, b)
        out = []
        na, nb = [n for n, _ in fa], [n for n, _ in fb]
        da, db = dict(fa), dict(fb)
        if sa and not sb:
            # pyo3-ffi hides fields: those it shows must be pyffi's, in the same order
            it = iter(nb)
            if not all(n in it for n in na):
                out.append((name, f"{ka}-fields", ", ".join(na) + ", ..", ", ".join(nb)))
        elif na != nb or sa != sb:
            out.append((name, f"{ka}-fields", ", ".join(na) + (", .." if sa else ""),
                        ", ".join(nb) + (", .." if sb else "")))
        for n in na:
            if n in db and da[n] != db[n]:
                out.append((f"{name}.{n}", "field", da[n], db[n]))
        return out, True
    if ra != rb:
        return [(name, ka, ra, rb)], True
    return [], True


# ---------------------------------------------------------------------------------------
# The list of header-proven differences


def load_exceptions(path=EXCEPTIONS):
    """Entries `- `CONFIG-GLOB` · `ITEM` · `include/FILE.h:LINE`` followed by the header line
    (a ```c block or a `> ` quote); each header line is checked against the header set."""
    if not path.exists():
        return []
    out = []
    lines = path.read_text().splitlines()
    entry = re.compile(r"^- `([^`]+)` · `([^`]+)` · `(3\.\d+|pypy3\.\d+)/include/([^`:]+):(\d+)`")
    for n, line in enumerate(lines):
        m = entry.match(line)
        if not m:
            if line.startswith("- `"):
                raise Fail(f"{path}:{n + 1}: not an entry (- `CONFIG-GLOB` · `ITEM` · `3.X/include/FILE.h:LINE`)")
            continue
        glob, item, ver, header, lineno = m.groups()
        quoted = None
        for follow in lines[n + 1:n + 4]:
            q = re.match(r"^\s*> ?(.*)$", follow)
            if q:
                quoted = " ".join(q.group(1).strip().strip("`").split())
                break
        if not quoted:
            raise Fail(f"{path}:{n + 1}: entry {item} has no `> header line` quote under it")
        hfile = HEADERS / ver / "include" / header
        if not hfile.exists():
            raise Fail(f"{path}:{n + 1}: {hfile} does not exist (run gen/fetch-headers.sh)")
        hlines = hfile.read_text(errors="replace").splitlines()
        k = int(lineno)
        if k > len(hlines) or quoted not in " ".join(hlines[k - 1].split()):
            raise Fail(f"{path}:{n + 1}: {hfile}:{k} does not read `{quoted}`")
        out.append((glob, item))
    return out


def listed(exceptions, config, item):
    return any(fnmatch.fnmatchcase(config, g) and item == i for g, i in exceptions)


# ---------------------------------------------------------------------------------------
# Building the JSON


def run(cmd, env, cwd, what):
    r = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if r.returncode != 0:
        tail = "\n".join(r.stdout.splitlines()[-25:])
        raise Fail(f"{what} failed ({' '.join(cmd)}):\n{tail}")
    return r.stdout


def pyo3_ffi_source():
    """pyo3-ffi 0.30.1's unpacked source in cargo's registry; fetched through a scratch
    crate in the cache when it is not there yet."""
    home = pathlib.Path(os.environ.get("CARGO_HOME", pathlib.Path.home() / ".cargo"))
    found = sorted((home / "registry" / "src").glob(f"*/{PYO3_FFI}"))
    if found:
        return found[-1]
    scratch = CACHE / "fetch-pyo3-ffi"
    (scratch / "src").mkdir(parents=True, exist_ok=True)
    (scratch / "Cargo.toml").write_text('[package]\nname = "fetch-pyo3-ffi"\nversion = "0.0.0"\nedition = "2021"\n'
                                        '[dependencies]\npyo3-ffi = "=0.30.1"\n[workspace]\n')
    (scratch / "src" / "lib.rs").write_text("")
    r = subprocess.run(["cargo", "fetch"], cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    found = sorted((home / "registry" / "src").glob(f"*/{PYO3_FFI}"))
    if not found:
        last = (r.stdout.strip().splitlines() or ["no output"])[-1]
        raise Fail(f"{PYO3_FFI} is not in {home}/registry/src and `cargo fetch` in {scratch} did not bring it "
                   f"({last}): run `cargo fetch` in a crate depending on pyo3-ffi = \"=0.30.1\"")
    return found[-1]


def src_hash():
    h = hashlib.sha256()
    for top in ("Cargo.toml", "Cargo.lock", "build.rs", "buildrs", "src"):
        p = PYFFI / top
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file():
                h.update(str(f.relative_to(PYFFI)).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def rustdoc(manifest, target, config_file, features, crate_file, out, extra=()):
    env = dict(os.environ, PYO3_CONFIG_FILE=str(config_file), RUSTC_BOOTSTRAP="1", CARGO_TARGET_DIR=str(target))
    for k in ("PYO3_PYTHON", "PYO3_CROSS_LIB_DIR", "PYO3_CROSS_PYTHON_VERSION", "PYO3_NO_PYTHON", "CARGO_BUILD_JOBS"):
        env.pop(k, None)
    cmd = ["nice", "-n", "10", "cargo", "rustdoc", "--quiet", "-j", "2", "--manifest-path", str(manifest), "--lib", *extra]
    if features:
        cmd += ["--features", ",".join(features)]
    cmd += ["--", "-Z", "unstable-options", "--output-format", "json"]
    run(cmd, env, manifest.parent, f"rustdoc of {manifest.parent.name}")
    # the cfgs its build script chose: the newest build-script output naming this config file
    outputs = [o for o in (target / "debug" / "build").glob("*/output")
               if f"rerun-if-changed={config_file}" in o.read_text(errors="replace")]
    if not outputs:
        raise Fail(f"no build-script output of {manifest.parent.name} names {config_file}: cannot tell its cfgs")
    newest = max(outputs, key=lambda o: o.stat().st_mtime)
    cfgs = sorted({l.split("=", 1)[1] for l in newest.read_text().splitlines()
                   if l.startswith(("cargo:rustc-cfg=", "cargo::rustc-cfg="))})
    out.with_suffix(".cfgs").write_text("\n".join(cfgs) + "\n")
    produced = target / "doc" / crate_file
    tmp = out.with_suffix(".tmp")
    shutil.copyfile(produced, tmp)
    tmp.replace(out)


def docs_for(name):
    lines, features = CONFIGS[name]
    for d in ("configs", "json"):
        (CACHE / d).mkdir(parents=True, exist_ok=True)
    cfg = CACHE / "configs" / f"{name}.pyo3-config"
    text = "\n".join(lines) + "\n"
    if not cfg.exists() or cfg.read_text() != text:
        cfg.write_text(text)
    src = CACHE / PYO3_FFI
    if not (src / "Cargo.toml").exists():
        tmp = CACHE / (PYO3_FFI + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        shutil.copytree(pyo3_ffi_source(), tmp)
        for f in tmp.rglob("*"):  # the registry's copy is read-only
            f.chmod(f.stat().st_mode | 0o200)
        tmp.replace(src)
    # pyo3-ffi never changes: its JSON is cached by configuration
    a = CACHE / "json" / f"pyo3-ffi-{name}.json"
    if not a.exists() or not a.with_suffix(".cfgs").exists():
        rustdoc(src / "Cargo.toml", CACHE / "target-pyo3-ffi", cfg, features, "pyo3_ffi.json", a)
    # pyffi's JSON is cached by a hash of its sources; older ones are removed
    h = src_hash()
    b = CACHE / "json" / f"pyffi-{name}-{h}.json"
    if not b.exists() or not b.with_suffix(".cfgs").exists():
        for old in (CACHE / "json").glob(f"pyffi-{name}-*.*"):
            old.unlink()
        rustdoc(PYFFI / "Cargo.toml", CACHE / "target-pyffi", cfg, features, "pyffi.json", b, ["-p", "pyffi"])
    same_cfgs(name, a.with_suffix(".cfgs"), b.with_suffix(".cfgs"))
    return json.loads(a.read_text()), json.loads(b.read_text())


# The cfgs that select declarations in both crates (pyffi also sets Py_3_7/Py_3_8, pyo3-ffi
# some of its own): the two builds must agree on these, or the comparison means nothing.
SHARED_CFG = re.compile(r'^(Py_3_(9|1\d)|Py_LIMITED_API|Py_GIL_DISABLED|PyPy|GraalPy|py_sys_config=.*)$')


def same_cfgs(name, fa, fb):
    ca = {c for c in fa.read_text().split() if SHARED_CFG.match(c)}
    cb = {c for c in fb.read_text().split() if SHARED_CFG.match(c)}
    if ca != cb:
        raise Fail(f"{name}: pyo3-ffi was built with cfgs {sorted(ca - cb)} and pyffi with {sorted(cb - ca)} "
                   f"that the other lacks: fix CONFIGS in gen/pyo3_types.py or pyffi's build script")


# ---------------------------------------------------------------------------------------


def load_tsv(name):
    rows = (API / f"{name}.tsv").read_text().splitlines()[1:]
    return [tuple(r.split("\t")) for r in rows if r]


def _strip_option(t):
    """t with every `Option<...>` wrapper removed (its brackets matched)."""
    while True:
        k = t.find("Option<")
        if k < 0:
            return t
        depth, j = 0, k + 6
        for j in range(k + 6, len(t)):
            depth += {"<": 1, ">": -1}.get(t[j], 0) if t[j - 1:j + 1] != "->" else 0
            if depth == 0:
                break
        t = t[:k] + t[k + 7:j] + t[j + 1:]


CAUSES = [  # (cause, normalisation that removes it), in the order they are applied
    ("Option around a fn pointer", _strip_option),
    ('ABI (extern "C" vs Rust fn)', lambda t: t.replace('extern "C" fn', "fn")),
    ("unsafe or not", lambda t: t.replace("unsafe ", "")),
    ("pointer constness", lambda t: t.replace("*const ", "*mut ")),
    ("signedness", lambda t: re.sub(r"\b[iu](8|16|32|64|size)\b", r"int\1", t)),
    ("integer width", lambda t: re.sub(r"\b(int|[iu])(8|16|32|64|size)\b", r"\1", t)),
    ("pointee type", lambda t: re.sub(r"(\*mut )+(?!(int|[iu])(8|16|32|64|size)?\b|f32\b|f64\b)[A-Za-z_]\w*", "*mut _", t)),
]


def cause(kind, ta, tb):
    """Why two renderings differ, for the summary: the causes whose normalisation is
    needed to make them equal, or `other type`."""
    if kind in ("kind", "const-value", "union-fields", "struct-fields", "item"):
        return kind

    def norm(t, skip=None):
        for c, f in CAUSES:
            if c != skip:
                t = f(t)
        return t

    if norm(ta) != norm(tb):
        return "other " + ("constant type" if kind == "const-type" else "type")
    return " + ".join(c for c, _ in CAUSES if norm(ta, c) != norm(tb, c))


def compare(name, doc_a, doc_b, names, exceptions, out=print):
    """Prints the differences and the summary line; returns the number not listed."""
    a, b = Crate(doc_a, "pyo3-ffi"), Crate(doc_b, "pyffi")
    classes = nominal_classes(a, b)
    ca, cb = Canon(a, classes), Canon(b, classes)
    compared = missing = unvalued = 0
    diffs = []
    absent = [n for n in names if a.lookup(n) is None]
    if absent:
        raise Fail(f"{name}: pyo3-ffi's rustdoc does not export {len(absent)} names of {name}.tsv "
                   f"({', '.join(absent[:5])}...): the configuration in gen/pyo3_types.py does not match the tsv's")
    # Every root name pyo3-ffi's documentation exports, beyond the tsv's (which lacks some).
    names = list(dict.fromkeys(list(names) + sorted(a.exports)))
    for n in names:
        ia, ib = a.lookup(n), b.lookup(n)
        if ib is None:
            missing += 1
            continue
        compared += 1
        d, valued = compare_item(n, ca, cb, ia, ib)
        unvalued += not valued
        diffs += d
    proven = 0
    causes = {}
    for item, kind, ta, tb in diffs:
        ok = listed(exceptions, name, item)
        proven += ok
        out(f"{item}\t{kind}\tpyo3-ffi: {ta}\tpyffi: {tb}" + ("\t(header-proven)" if ok else ""))
        c = cause(kind, ta, tb)
        causes[c] = causes.get(c, 0) + 1
    out(f"pyo3-types {name}: {compared} items compared, {len(diffs)} differences ({proven} listed as header-proven); "
        f"{missing} names missing in pyffi (see gen/pyo3_names.py), {unvalued} constants compared by type only")
    if causes:
        out(f"pyo3-types {name} by cause: " + ", ".join(f"{n} {c}" for c, n in sorted(causes.items(), key=lambda x: -x[1])))
    return len(diffs) - proven


def check(name, exceptions):
    if name not in CONFIGS:
        raise Fail(f"unknown configuration {name!r}: use one of {', '.join(CONFIGS)} or --all")
    if (API / f"{name}.tsv").exists():
        names = [n for _, n in load_tsv(name)]
    else:
        # Without the name lists (a checkout outside the workspace), every name pyo3-ffi's
        # documentation exports is still compared; only the lists' cross-check is lost.
        print(f"pyo3-types {name}: {API / (name + '.tsv')} not found: comparing the names pyo3-ffi's docs export")
        names = []
    try:
        doc_a, doc_b = docs_for(name)
    except Fail as e:
        if name.startswith("graalpy"):
            print(f"pyo3-types {name}: not checked: pyffi (or pyo3-ffi) does not build for GraalPy: {str(e).splitlines()[0]}")
            return 0
        raise
    fv = (doc_a.get("format_version"), doc_b.get("format_version"))
    if fv[0] != fv[1]:
        raise Fail(f"rustdoc JSON format versions differ ({fv[0]} vs {fv[1]}): remove {CACHE / 'json'} and rerun")
    return compare(name, doc_a, doc_b, names, exceptions)


# ---------------------------------------------------------------------------------------
# Self-test: two synthetic crates differing in one pointer's constness and one Option


def _synthetic(const_ptr, option_fnptr):
    P = lambda path, i, args=None: {"resolved_path": {"path": path, "id": i, "args": args}}
    c_int = P("core::ffi::c_int", 90)
    obj = P("PyObject", 2)
    ptr = {"raw_pointer": {"is_mutable": not const_ptr, "type": obj}}
    mut_obj = {"raw_pointer": {"is_mutable": True, "type": obj}}
    fnptr = {"function_pointer": {"sig": {"inputs": [["_", mut_obj]], "output": c_int, "is_c_variadic": False},
                                  "generic_params": [], "header": {"is_const": False, "is_unsafe": True, "is_async": False, "abi": {"C": {"unwind": False}}}}}
    if option_fnptr:
        fnptr = P("Option", 91, {"angle_bracketed": {"args": [{"type": fnptr}], "constraints": []}})
    g = {"params": [], "where_predicates": []}
    hdr = {"is_const": False, "is_unsafe": True, "is_async": False, "abi": {"C": {"unwind": False}}}
    pub = lambda i, name, inner: {"id": i, "crate_id": 0, "name": name, "visibility": "public", "inner": inner}
    index = {
        "0": pub(0, "root", {"module": {"is_crate": True, "items": [1, 9], "is_stripped": False}}),
        "1": pub(1, "object", {"module": {"is_crate": False, "items": [2, 3, 4, 5, 6, 7, 8], "is_stripped": False}}),
        "9": pub(9, None, {"use": {"source": "self::object", "name": "object", "id": 1, "is_glob": True}}),
        "2": pub(2, "PyObject", {"struct": {"kind": {"plain": {"fields": [], "has_stripped_fields": False}}, "generics": g, "impls": []}}),
        # a local alias to c_int, so that `Py_ssize_t`-like expansion is exercised
        "3": pub(3, "myint", {"type_alias": {"type": c_int if const_ptr else {"primitive": "i32"}, "generics": g}}),
        "4": pub(4, "PyObject_Check", {"function": {"sig": {"inputs": [["o", ptr]], "output": P("myint", 3), "is_c_variadic": False},
                                                     "generics": g, "header": hdr, "has_body": False}}),
        "5": pub(5, "visitproc", {"type_alias": {"type": fnptr, "generics": g}}),
        "6": pub(6, "Py_LT", {"constant": {"type": c_int, "const": {"expr": "0", "value": "0i32" if const_ptr else None, "is_literal": True}}}),
        "7": pub(7, "PyArg_Parse", {"function": {"sig": {"inputs": [["o", {"raw_pointer": {"is_mutable": True, "type": obj}}]], "output": c_int, "is_c_variadic": True},
                                                  "generics": g, "header": hdr, "has_body": False}}),
        "8": pub(8, "Py_FLAG", {"constant": {"type": {"primitive": "u64"}, "const": {"expr": "1 << 3" if const_ptr else "8", "value": "8u64", "is_literal": False}}}),
    }
    paths = {"90": {"crate_id": 1, "path": ["core", "ffi", "c_int"], "kind": "type_alias"},
             "91": {"crate_id": 1, "path": ["core", "option", "Option"], "kind": "enum"},
             "2": {"crate_id": 0, "path": ["root", "object", "PyObject"], "kind": "struct"}}
    return {"root": 0, "index": index, "paths": paths, "external_crates": {"1": {"name": "core"}}, "format_version": 57}


def self_test():
    names = ["PyObject", "myint", "PyObject_Check", "visitproc", "Py_LT", "PyArg_Parse", "Py_FLAG"]
    lines = []
    bad = compare("self-test", _synthetic(True, False), _synthetic(False, True), names, [], lines.append)
    print("\n".join(lines))
    got = {tuple(l.split("\t")[:2]) for l in lines if not l.startswith("pyo3-types ")}
    want = {("PyObject_Check", "fn"), ("visitproc", "type")}
    causes = [l for l in lines if " by cause: " in l]
    ok = (got == want and bad == 2 and len(causes) == 1
          and "1 pointer constness" in causes[0] and "1 Option around a fn pointer" in causes[0])
    print(f"self-test: differences {'as expected' if ok else 'WRONG'}: want {sorted(want)}, got {sorted(got)}")
    clean = []
    bad_same = compare("self-test", _synthetic(True, False), _synthetic(True, False), names, [], clean.append)
    ok &= bad_same == 0 and len(clean) == 1
    print(f"self-test: identical crates give {bad_same} differences")
    proven = compare("self-test", _synthetic(True, False), _synthetic(False, True), names,
                     [("self-*", "PyObject_Check"), ("self-*", "visitproc")], lambda l: None)
    ok &= proven == 0
    print(f"self-test: listed differences leave {proven} failing")
    entries = load_exceptions()  # the real list must parse and its header lines must check
    print(f"self-test: {EXCEPTIONS.name}: {len(entries)} entries, each header line as quoted")
    import tempfile
    with tempfile.TemporaryDirectory() as tmp:  # a misquoted header line is refused
        bogus = pathlib.Path(tmp) / "bogus.md"
        bogus.write_text("- `cpython-*` · `Py_MARSHAL_VERSION` · `3.12/include/marshal.h:16`\n"
                         "  > #define Py_MARSHAL_VERSION 5\n")
        try:
            load_exceptions(bogus)
            refused = False
        except Fail:
            refused = True
    ok &= refused
    print(f"self-test: a misquoted header line is {'refused' if refused else 'ACCEPTED'}")
    print(f"self-test: {'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


def main(argv):
    global PYFFI
    if argv == ["--self-test"]:
        return self_test()
    if argv[:1] == ["--pyffi"]:
        if len(argv) < 2 or not (pathlib.Path(argv[1]) / "Cargo.toml").is_file():
            raise Fail("--pyffi needs a directory holding pyffi's Cargo.toml (e.g. an unpacked `git archive`)")
        PYFFI = pathlib.Path(argv[1]).resolve()
        argv = argv[2:]
    if not argv or argv == ["--all"]:
        argv = list(CONFIGS)
    elif any(a.startswith("-") for a in argv):
        raise Fail(f"unknown option {next(a for a in argv if a.startswith('-'))}: usage: gen/pyo3_types.py [--pyffi DIR] [--all | NAME...] | --self-test")
    exceptions = load_exceptions()
    bad = 0
    for name in argv:
        bad += check(name, exceptions)
    return 1 if bad else 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Fail as e:
        print(f"gen/pyo3_types.py: {e}", file=sys.stderr)
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
