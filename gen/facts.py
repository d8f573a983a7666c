#!/usr/bin/env python3
"""Writes gen/facts.tsv: per C-API name, the facts the generator puts in each item's rustdoc
(gen/src/facts.rs). Only facts are carried over (page, versions, ABI status, reference
kinds); no prose. Sources, newest first:

  python3.15-doc 3.15.2-1 (sid): the built HTML, usr/share/doc/python3.15/html/c-api/*.html
      (Debian has no 3.15 source package): documenting page, version notes, the
      return-reference and stable-ABI annotations;
  python3.13 3.13.15-1 (sid, source), its orig tarball: Doc/c-api/*.rst (for items the
      3.15 docs no longer have), Misc/stable_abi.toml, Doc/data/refcounts.dat.

Columns: name, page, added, changed (comma list), deprecated, removed, abi
(`limited:3.2`, `abi:3.2` = stable ABI only, `limited-opaque:3.2`, empty), ret
(`new`/`borrowed`), stolen (comma list of parameter names).

Usage:
  python3 gen/facts.py --fetch DIR   downloads them as gen/param_names.py --fetch does (a
                                     private apt configuration; nothing installed), and
                                     unpacks Doc/data and Misc/stable_abi.toml as well
  python3 gen/facts.py DIR           writes gen/facts.tsv from DIR/python3.13 and DIR/doc3.15
"""
import html, pathlib, re, sys, tomllib

REPO = pathlib.Path(__file__).resolve().parent.parent
OUT = REPO / "gen" / "facts.tsv"
VER = r"(\d+\.\d+)"


def ver_notes(rec, kind, text):
    m = re.findall(VER, text)
    if not m:
        return
    if kind == "added":
        rec.setdefault("added", m[0])
    elif kind == "changed":
        rec.setdefault("changed", [])
        if m[0] not in rec["changed"]:
            rec["changed"].append(m[0])
    elif kind in ("deprecated", "removed", "deprecated-removed"):
        rec.setdefault("deprecated", m[0])
        if len(m) > 1 and "removed in" in text:
            rec.setdefault("removed", m[1])


def from_html(dirpath, facts):
    tok = re.compile(r'<dl class="c [^"]*">|<dl[ >]|</dl>|<dt [^>]*id="c\.(\w+)"'
                     r'|class="refcount return_(new|borrowed)_ref"'
                     r'|class="stableabi">([^<]*(?:<[^>]*>[^<]*){0,4}?)\.'
                     r'|class="versionmodified (\w+)">([^<]*)')
    for f in sorted(pathlib.Path(dirpath).glob("*.html")):
        page = f.stem
        stack = []
        for m in tok.finditer(f.read_text(errors="replace")):
            s = m.group(0)
            if s.startswith('<dl class="c '):
                stack.append([])
            elif s.startswith("<dl"):
                stack.append(None)
            elif s == "</dl>":
                if stack:
                    stack.pop()
            else:
                group = next((g for g in reversed(stack) if g is not None), None)
                if m.group(1):
                    if group is not None and m.group(1) not in facts:
                        facts[m.group(1)] = {"page": page}
                        group.append(m.group(1))
                    continue
                if not group:
                    continue
                recs = [facts[n] for n in group]
                if m.group(2):
                    for r in recs:
                        r.setdefault("ret", m.group(2))
                elif m.group(3) is not None:
                    t = re.sub(r"<[^>]*>", "", m.group(3))
                    if "Stable ABI" in t:
                        v = re.findall(VER, t)
                        kind = "limited-opaque" if "opaque" in t else "limited"
                        for r in recs:
                            r.setdefault("abi_doc", f"{kind}:{v[0] if v else '3.2'}")
                else:
                    for r in recs:
                        ver_notes(r, m.group(4), html.unescape(m.group(5)))


def html_entries(dirpath):
    """(name, signature, body) of every C entry of the HTML docs, as HTML."""
    entry = re.compile(r'<dt class="sig sig-object c" id="c\.(\w+)">(.*?)</dt>(.*?)(?=<dt class="sig|</dl>)', re.S)
    for f in sorted(pathlib.Path(dirpath).glob("*.html")):
        yield from (m.groups() for m in entry.finditer(f.read_text(errors="replace")))


def stolen_from_html(dirpath):
    """{function: [parameter]} where the function's docs entry links the glossary's "steal"
    in a sentence that does not negate it; the parameters are those the sentence names
    (all of them for "the arguments")."""
    out = {}
    for name, sig, body in html_entries(dirpath):
        params = re.findall(r'<span class="pre">(\w+)</span></span>(?:</em>)?(?:,|<span class="sig-paren">\))', sig)
        for link in re.finditer(r'term-steal"', body):
            start = max([0] + [b.end() for b in re.finditer(r"\.\s|<p>", body[:link.start()])])
            end = re.search(r"\.\s|</p>", body[link.end():])
            before = re.sub(r"<[^>]*>", "", body[start:link.start()])
            if re.search(r"\bnot\b|n[’']t\b", before):
                continue
            sentence = body[start:link.end() + end.start() if end else len(body)]
            # The words up to the next comma ("steals a reference to item, and …"),
            # else the sentence before the link ("frame is stolen").
            clause = re.split(r"[,;]|\.\s", sentence[link.end() - start:])[0]
            ems = re.findall(r"<em>(\w+)</em>", clause) or \
                re.findall(r"<em>(\w+)</em>", sentence[:link.start() - start])
            # The prose may name a macro's parameter otherwise than its signature does.
            named = [a for a in ems if a in params] or ems
            if not named and "arguments" in re.sub(r"<[^>]*>", "", sentence):
                named = params
            for a in named:
                if a not in out.setdefault(name, []):
                    out[name].append(a)
    return out


def from_rst(dirpath, facts):
    directive = re.compile(r"^\.\. c:(function|macro|type|var|data|struct|union|enum|enumerator|member):: (.*)")
    for f in sorted(pathlib.Path(dirpath).glob("*.rst")):
        page, group, sig = f.stem, [], False
        for line in f.read_text(errors="replace").splitlines():
            m = directive.match(line)
            if m:
                if not sig:
                    group = []
                name = re.findall(r"(\w+)\s*(?:\(|$|\[)", m.group(2).split("(")[0] + "(")
                name = name[-1] if name else None
                if name and name not in facts:
                    facts[name] = {"page": page, "removed_doc": True}
                    group.append(name)
                sig = True
                continue
            if sig and line.startswith("   ") and not line.strip().startswith(".."):
                sig = bool(line.strip()) and False
            if line.strip() == "":
                sig = False
            v = re.match(r"^\s+\.\. (versionadded|versionchanged|deprecated-removed|deprecated|versionremoved):: (.*)", line)
            if v and group:
                kind = {"versionadded": "added", "versionchanged": "changed", "versionremoved": "removed"}.get(v.group(1), "deprecated")
                text = v.group(2)
                if v.group(1) == "deprecated-removed":
                    text = text.replace(" ", " removed in ", 1)
                for n in group:
                    r = facts[n]
                    if kind == "removed":
                        r.setdefault("removed", text.strip())
                    else:
                        ver_notes(r, kind, text)
            elif line and not line.startswith(" "):
                group = [] if not m else group


def main(src):
    src = pathlib.Path(src)
    facts = {}
    from_html(src / "doc3.15/usr/share/doc/python3.15/html/c-api", facts)
    n15 = len(facts)
    from_rst(src / "python3.13/Doc/c-api", facts)
    abi = tomllib.loads((src / "python3.13/Misc/stable_abi.toml").read_text())
    stable = {}
    for kind, items in abi.items():
        if not isinstance(items, dict):
            continue
        for name, info in items.items():
            if not isinstance(info, dict) or "added" not in info:
                continue
            tag = "abi" if info.get("abi_only") else (
                "limited-opaque" if info.get("struct_abi_kind") == "opaque" else "limited")
            stable[name] = f"{tag}:{info['added']}"
    refs, decref = {}, {}
    for line in (src / "python3.13/Doc/data/refcounts.dat").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        parts = line.split(":")
        if len(parts) < 4:
            continue
        fn, ty, arg, rc = parts[:4]
        if not arg and ty.strip().endswith("*") and "PyObject" in ty:
            if rc == "+1":
                refs[fn] = "new"
            elif rc == "0":
                refs[fn] = "borrowed"
        elif arg and (rc == "-1" or "stolen" in parts[4:5]):
            decref.setdefault(fn, []).append(arg)
    # Stolen: the docs say so (a link to the glossary's "steal"), or refcounts.dat gives
    # the argument -1 (or marks it stolen) and the docs entry speaks of its reference; the
    # entries of PySet_Discard, PyContext_Exit and the like do not, and nor do they steal.
    stolen = stolen_from_html(src / "doc3.15/usr/share/doc/python3.15/html/c-api")
    speaks = {n for n, _, body in html_entries(src / "doc3.15/usr/share/doc/python3.15/html/c-api")
              if "reference" in re.sub(r"<[^>]*>", "", body)}
    for fn, args in decref.items():
        if fn in speaks:
            stolen.setdefault(fn, []).extend(a for a in args if a not in stolen[fn])
    names = sorted(set(facts) | set(stable) | set(refs) | set(stolen))
    rows = ["name\tpage\tadded\tchanged\tdeprecated\tremoved\tabi\tret\tstolen"]
    for n in names:
        r = facts.get(n, {})
        rows.append("\t".join([n, r.get("page", ""), r.get("added", ""), ",".join(r.get("changed", [])),
                               r.get("deprecated", ""), r.get("removed", ""),
                               stable.get(n) or r.get("abi_doc", ""), r.get("ret") or refs.get(n, ""),
                               ",".join(stolen.get(n, []))]))
    OUT.write_text("\n".join(rows) + "\n")
    print(f"gen/facts.tsv: {len(names)} names ({n15} documented in 3.15, {len(facts) - n15} only in 3.13's docs), "
          f"{len(stable)} stable-ABI entries, {len(refs)} return references, {len(stolen)} with stolen arguments")


def fetch(dest):
    sys.path.insert(0, str(REPO / "gen"))
    import param_names
    param_names.fetch(dest)
    dest = pathlib.Path(dest).resolve()
    tarball = next((dest / "dl").glob("python3.13_3.13*.orig.tar.*"))
    import subprocess
    subprocess.run(["tar", "-xf", tarball, "-C", dest / "python3.13", "--strip-components=1", "--wildcards",
                    "*/Doc/data", "*/Misc/stable_abi.toml"], check=True)


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--fetch":
        fetch(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) != 2:
        sys.exit("usage: python3 gen/facts.py DIR (unpacked sources: see the top of gen/facts.py)")
    main(sys.argv[1])
