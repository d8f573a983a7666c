#!/usr/bin/env python3
"""Writes gen/param-names.tsv: parameter names for the functions whose header declarations
leave a parameter unnamed (CPython's `PyObject *`, PyPy's `arg0`), which the generator
gives to bindgen's synthesized `argN` (gen/src/params.rs).

The names come from CPython's documentation of each function (its `.. c:function::`
signatures), or failing that from the function's definition in CPython's C sources
(Objects/, Python/, Modules/, Parser/). Only names are carried over. Sources, most
preferred first (Debian's mirror holds no source package of 3.14 or 3.15, so their docs
come from the built HTML of their -doc packages):

  doc3.15  python3.15-doc 3.15.2-1 (sid), usr/share/doc/python3.15/html/c-api/*.html
  doc3.14  python3.14-doc 3.14.10-1 (sid), the same
  doc3.13  python3.13 3.13.15-1 (sid, source), Doc/c-api/*.rst of the orig tarball
  doc3.11  python3.11 3.11.2-6+deb12u8 (bookworm, source), the same
  doc3.9   python3.9 3.9.2-1 (bullseye, source; the oldest the mirror has), the same
  src3.13, src3.11, src3.9: the C sources of those orig tarballs

A function gets one row per source whose parameter count and pointer levels no more
preferred source gives: the generator takes the first row whose count and pointer levels
match the declaration's (the count alone can mislead: PyPy 3.11's PyCode_New has as many
parameters as CPython 3.11's documented one, not the same ones).

Usage:
  python3 gen/param_names.py --fetch DIR   downloads and unpacks the sources into DIR
                                           (a private apt configuration; nothing installed)
  python3 gen/param_names.py DIR           writes gen/param-names.tsv from DIR and the
                                           header sets ($PYFFI_HEADERS, /var/cache/pyffi/headers)
"""
import html, os, pathlib, re, subprocess, sys

REPO = pathlib.Path(__file__).resolve().parent.parent
OUT = REPO / "gen" / "param-names.tsv"
HEADERS = pathlib.Path(os.environ.get("PYFFI_HEADERS") or
                       pathlib.Path(os.environ.get("PYFFI_CACHE_ROOT", "/var/cache/pyffi")) / "headers")
MIRROR = os.environ.get("PYFFI_MIRROR", "http://deb.debian.org/debian")

SOURCE_PKGS = {"3.13": "python3.13=3.13.15-1", "3.11": "python3.11=3.11.2-6+deb12u8", "3.9": "python3.9=3.9.2-1"}
DOC_DEBS = {"3.15": "python3.15-doc=3.15.2-1", "3.14": "python3.14-doc=3.14.10-1"}
C_DIRS = ("Objects", "Python", "Modules", "Parser")

QUALIFIERS = {"const", "volatile", "restrict", "struct", "union", "enum", "register"}
BUILTINS = {"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool", "bool"}


def fetch(dest):
    dest = pathlib.Path(dest).resolve()
    apt = dest / "apt"
    for d in ("etc/sources.list.d", "etc/preferences.d", "lists/partial", "cache/archives/partial"):
        (apt / d).mkdir(parents=True, exist_ok=True)
    (apt / "status").touch()
    key = "[signed-by=/usr/share/keyrings/debian-archive-keyring.gpg]"
    (apt / "etc/sources.list").write_text(
        "".join(f"deb-src {key} {MIRROR} {s} main\n" for s in ("bullseye", "bookworm", "sid"))
        + f"deb {key} {MIRROR} sid main\n")
    opts = ["-o", "Acquire::Check-Valid-Until=false", "-o", f"Dir::Etc::sourcelist={apt}/etc/sources.list",
            "-o", f"Dir::Etc::sourceparts={apt}/etc/sources.list.d", "-o", f"Dir::Etc::preferences={apt}/etc/preferences",
            "-o", f"Dir::Etc::preferencesparts={apt}/etc/preferences.d", "-o", f"Dir::State::lists={apt}/lists",
            "-o", f"Dir::State::status={apt}/status", "-o", f"Dir::Cache={apt}/cache", "-o", "APT::Sandbox::User=root"]
    dl = dest / "dl"
    dl.mkdir(exist_ok=True)
    subprocess.run(["apt-get", *opts, "update", "-qq"], check=True)
    subprocess.run(["apt-get", *opts, "source", "--download-only", "-qq", *SOURCE_PKGS.values()], cwd=dl, check=True)
    subprocess.run(["apt-get", *opts, "download", "-qq", *DOC_DEBS.values()], cwd=dl, check=True)
    for v, pkg in SOURCE_PKGS.items():
        name, ver = pkg.split("=")
        tarball = next(dl.glob(f"{name}_{ver.split('-')[0]}.orig.tar.*"))
        out = dest / f"python{v}"
        out.mkdir(exist_ok=True)
        members = [f"*/{d}" for d in ("Doc/c-api", *C_DIRS)]
        subprocess.run(["tar", "-xf", tarball, "-C", out, "--strip-components=1", "--wildcards", *members], check=True)
    for v, pkg in DOC_DEBS.items():
        deb = next(dl.glob(f"{pkg.replace('=', '_')}_*.deb"))
        subprocess.run(["dpkg-deb", "-x", deb, dest / f"doc{v}"], check=True)


def strip_comments(text):
    # Keeps string and character literals, so that "/*" inside one starts no comment.
    pat = r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|/\*.*?\*/|//[^\n]*'
    return re.sub(pat, lambda m: m.group(0) if m.group(0)[0] in "\"'" else " ", text, flags=re.S)


def balanced(text, start):
    """The text inside the parentheses opening at text[start], and the index after them."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    return None, len(text)


def split_params(inner):
    parts, depth, cur = [], 0, ""
    for ch in inner:
        depth += ch in "(["
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += ch
    parts.append(cur.strip())
    if parts in ([""], ["void"]):
        return []
    return [p for p in parts if p != "..."]


def param_name(decl):
    """The name a C parameter declaration gives, or None where it gives only a type."""
    decl = re.sub(r"\bPy_UNUSED\(\s*(\w+)\s*\)", r"\1", decl)
    fp = re.search(r"\(\s*\*\s*(?:const\s+)?(\w*)\s*\)\s*\(", decl)
    if fp:
        return fp.group(1) or None
    decl = re.sub(r"\[[^\]]*\]", "", decl)
    words = [w for w in re.findall(r"[A-Za-z_]\w*", decl) if w not in QUALIFIERS]
    if not words or words[-1] in BUILTINS:
        return None
    named = [w for w in words if w not in BUILTINS]
    return words[-1] if len(named) >= 2 or len(named) < len(words) else None


def declarator(decl):
    """The parameter's name as the table writes it: a `*` per pointer level (an array
    parameter is a pointer), `(*name)` for a function pointer; None where it has no name."""
    name = param_name(decl)
    if name is None:
        return None
    if re.search(r"\(\s*\*", decl):
        return f"(*{name})"
    stars = decl.count("*") + len(re.findall(r"\[[^\]]*\]", decl))
    return "*" * stars + name


def unnamed_in_headers():
    """Functions some header set declares with a parameter that has no real name."""
    out = set()
    for h in HEADERS.glob("*/include/**/*.h"):
        text = strip_comments(h.read_text(errors="replace"))
        for m in re.finditer(r"\bPyAPI_FUNC\s*\(", text):
            _, end = balanced(text, m.end() - 1)
            n = re.match(r"\s*(\w+)\s*\(", text[end:])
            if not n:
                continue
            inner, _ = balanced(text, end + n.end() - 1)
            params = split_params(inner or "")
            names = [param_name(p) for p in params]
            if any(x is None or re.fullmatch(r"arg\d+", x) for x in names):
                name = n.group(1)
                out.add(re.sub(r"^(_?)PyPy", r"\1Py", name) if re.match(r"_?PyPy.", name) else name)
    return out


def signature(text):
    """(function, parameter names) of a C signature, or None if a parameter is unnamed."""
    m = re.search(r"(\w+)\s*\(", text)
    if not m:
        return None
    inner, _ = balanced(text, m.end() - 1)
    if inner is None:
        return None
    names = [declarator(p) for p in split_params(inner)]
    return (m.group(1), names) if all(names) else None


def rst_signatures(path):
    lines = path.read_text(errors="replace").splitlines()
    i = 0
    while i < len(lines):
        m = re.match(r"\s*\.\. c:function::\s*(.*)", lines[i])
        i += 1
        if not m:
            continue
        sigs, cur = [], m.group(1)
        while True:
            while cur.endswith("\\") and i < len(lines):
                cur = cur[:-1] + " " + lines[i].strip()
                i += 1
            sigs.append(cur)
            # Further signatures of the same directive follow on indented lines.
            if i < len(lines) and lines[i].strip() and lines[i][:1].isspace() and not lines[i].strip().startswith(":"):
                cur = lines[i].strip()
                i += 1
            else:
                break
        yield from sigs


def html_signatures(path):
    text = path.read_text(errors="replace")
    for m in re.finditer(r'<dt class="sig sig-object c"[^>]*>(.*?)</dt>', text, re.S):
        yield html.unescape(re.sub(r"<[^>]+>", "", m.group(1))).replace("¶", "").strip()


def doc_names(root, v):
    sigs = []
    rst = root / f"python{v}" / "Doc" / "c-api"
    if rst.is_dir():
        for p in sorted(rst.glob("*.rst")):
            sigs += rst_signatures(p)
    else:
        for p in sorted((root / f"doc{v}").glob("usr/share/doc/python*/html/c-api/*.html")):
            sigs += html_signatures(p)
    found = {}
    for s in sigs:
        sig = signature(s)
        if sig:
            found.setdefault(sig[0], []).append(sig[1])
    return found


def source_names(root, v, wanted):
    found = {}
    pat = re.compile(r"^(?![#\s])[^;{}()\n]*?\b(\w+)\s*\(", re.M)
    for d in C_DIRS:
        for p in sorted((root / f"python{v}" / d).rglob("*.c")):
            text = strip_comments(p.read_text(errors="replace"))
            for m in pat.finditer(text):
                if m.group(1) not in wanted:
                    continue
                inner, end = balanced(text, m.end() - 1)
                if inner is None or not re.match(r"\s*\{", text[end:]):
                    continue
                names = [declarator(x) for x in split_params(inner)]
                if all(names):
                    found.setdefault(m.group(1), []).append(names)
    return found


def main(root):
    root = pathlib.Path(root)
    wanted = unnamed_in_headers()
    sources = [(f"doc{v}", doc_names(root, v)) for v in ("3.15", "3.14", "3.13", "3.11", "3.9")]
    sources += [(f"src{v}", source_names(root, v, wanted)) for v in ("3.13", "3.11", "3.9")]
    rows = []
    for fn in sorted(wanted):
        seen = set()
        for label, found in sources:
            for names in found.get(fn, []):
                # What the generator matches: pointer levels (a function pointer is none).
                shape = tuple(len(n) - len(n.lstrip("*")) for n in names)
                if shape not in seen:
                    seen.add(shape)
                    rows.append("\t".join([fn, label, *names]))
    head = [
        "# Parameter names for functions whose headers leave parameters unnamed; written by",
        "# gen/param_names.py (see there for the sources). Columns: function, source, then each",
        "# parameter's name with a `*` per pointer level, `(*name)` for a function pointer.",
    ]
    OUT.write_text("\n".join(head + rows) + "\n")
    print(f"{OUT.relative_to(REPO)}: {len(rows)} rows for {len({r.split(chr(9))[0] for r in rows})} of "
          f"{len(wanted)} functions declared with unnamed parameters")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--fetch":
        fetch(sys.argv[2])
    elif len(sys.argv) == 2 and not sys.argv[1].startswith("-"):
        main(sys.argv[1])
    else:
        sys.exit(__doc__)
