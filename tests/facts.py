#!/usr/bin/env python3
"""Fails when a public item of src/ lacks the `/// C API: …` line pyffi-gen writes above it
(gen/src/facts.rs); prints the counts.
With --doc, also builds the docs (stable, and nightly with --cfg docsrs when that
toolchain is installed) and fails on any rustdoc warning."""
import os, pathlib, re, subprocess, sys

REPO = pathlib.Path(__file__).resolve().parent.parent
ITEM = re.compile(r'^\s*pub (?:unsafe |extern "C" |const (?=fn |unsafe ))*(?:fn|static|const|struct|enum|union|type) (?:mut )?(?!mut\b)(\w+)')
MANAGED = re.compile(r'^\s*/// (C API: .*)$')

missing, total, linked, declared, refs, abi = [], 0, 0, 0, 0, 0
for f in sorted((REPO / "src").rglob("*.rs")):
    lines = f.read_text().splitlines()
    for i, line in enumerate(lines):
        m = ITEM.match(line)
        if not m:
            continue
        total += 1
        block, j = [], i - 1
        while j >= 0 and MANAGED.match(lines[j]):
            block.insert(0, MANAGED.match(lines[j]).group(1))
            j -= 1
        if not any(b.startswith("C API: ") for b in block):
            missing.append(f"{f.relative_to(REPO)}:{i + 1}: {m.group(1)}")
            continue
        text = " ".join(block)
        linked += "https://docs.python.org/3/c-api/" in text
        declared += "https://docs.python.org/3/c-api/" not in text and "Declared in [`Include/" in text
        refs += "reference" in text
        abi += "stable abi since" in text.lower()
print(f"facts: {total} public items; {linked} with a docs.python.org link, {declared} more with a link "
      f"to their header, {total - linked - declared} with neither; {refs} with reference facts; "
      f"{abi} in the stable ABI")
if missing:
    print(f"error: {len(missing)} public items lack their facts block; run the generator "
          f"(bash gen/regenerate.sh):", file=sys.stderr)
    print("\n".join(missing[:20]), file=sys.stderr)
    sys.exit(1)

if "--doc" in sys.argv:
    runs = [(["cargo", "doc", "--no-deps", "-q"], {})]
    if subprocess.run(["rustup", "run", "nightly", "rustc", "-V"], capture_output=True).returncode == 0:
        runs.append((["cargo", "+nightly", "doc", "--no-deps", "-q"], {"RUSTDOCFLAGS": "--cfg docsrs -D warnings"}))
    for cmd, env in runs:
        r = subprocess.run(cmd, cwd=REPO, env={**os.environ, **env}, capture_output=True, text=True)
        if r.returncode != 0 or "warning" in r.stderr:
            print(f"error: `{' '.join(cmd)}` warned or failed:\n{r.stderr[-3000:]}", file=sys.stderr)
            sys.exit(1)
        print(f"ok: {' '.join(cmd)} {env.get('RUSTDOCFLAGS', '')}: no warnings")
