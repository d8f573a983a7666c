#!/usr/bin/env python3
"""Fails if a public name of pyffi contains `bindgen` (in any case).

bindgen's inventions (`__BindgenBitfieldUnit`, numbered anonymous types such as
`_ts__bindgen_ty_1`, fields such as `_bindgen_align`) are no C API, and their names
change when bindgen or a header does. The generator replaces them (gen/src/anon.rs);
this check reads every `src/**/*.rs`, generated and hand-written parts alike, and
lists each `pub` declaration (item, field, `use`) whose line names one. Comments and
string literals do not count. A `pub` item of a private module counts too: the check
errs on the strict side. Usage: python3 tests/no_bindgen_names.py [SRC_DIR]
"""
import pathlib
import re
import sys

REPO = pathlib.Path(__file__).resolve().parent.parent

# `pub` but not `pub(crate)` / `pub(super)` / `pub(in ...)`.
PUBLIC = re.compile(r"(?<![\w:])pub(?!\s*\()\b")
BINDGEN = re.compile(r"\b\w*bindgen\w*\b", re.IGNORECASE)


# What to blank out: line comments, (nested) block comments, string and char literals.
TOKEN = re.compile(r"""//[^\n]*|/\*|(?<!\w)[bc]?r(#*)"|(?<!\w)[bc]?"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])'""", re.S)


def blank(s):
    return "".join(ch if ch == "\n" else " " for ch in s)


def code_only(text):
    """The text with comments and literals blanked out, lines kept."""
    out, i = [], 0
    while True:
        m = TOKEN.search(text, i)
        if not m:
            out.append(text[i:])
            return "".join(out)
        out.append(text[i:m.start()])
        tok, j = m.group(0), m.end()
        if tok == "/*":
            depth = 1
            while j < len(text) and depth:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
        elif m.group(1) is not None:  # raw string: up to `"` and as many `#`
            k = text.find('"' + m.group(1), j)
            j = len(text) if k < 0 else k + 1 + len(m.group(1))
        out.append(blank(text[m.start():j]))
        i = j


def public_bindgen_names(src):
    found = []
    for path in sorted(src.rglob("*.rs")):
        lines = code_only(path.read_text()).splitlines()
        for no, line in enumerate(lines, 1):
            if not PUBLIC.search(line):
                continue
            for m in BINDGEN.finditer(line):
                found.append(f"{path.relative_to(src.parent)}:{no}: {m.group(0)}")
    return found


def main():
    src = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else REPO / "src"
    found = public_bindgen_names(src)
    if found:
        print(f"no-bindgen-names: {len(found)} public declarations name bindgen's inventions:")
        for f in found:
            print(f"  {f}")
        print("fix the generator (gen/src/anon.rs), not src/")
        return 1
    print(f"no-bindgen-names: ok (no public name in {src} contains `bindgen`)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
