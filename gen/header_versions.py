#!/usr/bin/env python3
"""Not a CPython header: writes gen/header-versions.tsv, the CPython versions whose headers
define each name, for the facts line of every item (gen/src/facts.rs).

    python3 gen/header_versions.py      (reads the header sets gen/inventory.py reads)

Columns: name; first and last minor version whose headers define it in any build of that
version (GIL, free-threaded or debug: 3.X, 3.Xt, 3.Xd, 3.Xtd), last empty when the newest
has it; the first abi3 floor whose limited-API headers define it (abi3-py3X, or abi3t-py315
for a name only the free-threaded stable ABI has), empty if none. Private (underscore)
names are included. A name only PyPy's headers define has `PyPy` as its first version.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import inventory  # noqa: E402

OUT = pathlib.Path(__file__).resolve().parent / "header-versions.tsv"


def main():
    seen, limited, pypy = {}, {}, set()
    configs = inventory.all_configs()
    newest = max(c.minor for c in configs)
    for c in configs:
        names, _ = inventory.inventory(c, private=True)
        for n in names:
            if c.pypy:
                pypy.add(n)
            elif c.limited:
                limited[n] = min(limited.get(n, 99), c.minor)
            else:
                lo, hi = seen.get(n, (99, 0))
                seen[n] = (min(lo, c.minor), max(hi, c.minor))
    rows = ["# name\tfirst\tlast (empty: still in 3.%d)\tlimited API from (abi3 floor)" % newest]
    for n in sorted(pypy - set(seen) - set(limited)):
        rows.append("%s\tPyPy\t\t" % n)
    for n in sorted(set(seen) | set(limited)):
        lo, hi = seen.get(n, (limited.get(n), newest))
        last = "" if hi == newest else "3.%d" % hi
        lim = "3.%d" % limited[n] if n in limited else ""
        rows.append("%s\t3.%d\t%s\t%s" % (n, lo, last, lim))
    OUT.write_text("\n".join(rows[:1] + sorted(rows[1:])) + "\n")
    print("wrote %s: %d names" % (OUT.relative_to(OUT.parent.parent), len(rows) - 1))


if __name__ == "__main__":
    main()
