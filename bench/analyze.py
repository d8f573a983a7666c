"""Not a CPython header: reads the callgrind dumps of one driver run (bench/run.sh).

    python3 analyze.py MODULE.so DUMP_PREFIX RESULTS.json OUT.json

Dump DUMP_PREFIX.<k> covers exactly one call of a bench_* function (callgrind runs with
--collect-atstart=no and --toggle-collect/--dump-after on each of them). For the measured
calls (the second half of the dumps, see driver.py) it writes, per case:
  ir       the instructions executed in the module's own object (its functions and
           PLT stubs): the callee's instructions in libpython are not counted;
  out      the functions outside the module that the module's code called;
  helpers  functions of the module itself, other than the entry point, that were called
           (an FFI helper that was not inlined shows up here).
"""
import json
import os
import sys


def parse(path, module):
    ir = 0
    out, helpers = set(), set()
    ob = fn = None
    cob = cfn = None
    after_calls = False
    entry = None
    with open(path) as f:
        for line in f:
            if line.startswith("desc: Trigger: --dump-after="):
                entry = line.split("=", 1)[1].strip()
                continue
            c = line[:1]
            if c.isdigit() or c in "+-*":
                if after_calls:
                    after_calls = False
                    if ob == module:
                        if cob == module:
                            if cfn != fn:
                                helpers.add(cfn)
                        else:
                            out.add(cfn)
                    cob = cfn = None
                elif ob == module:
                    ir += int(line.split()[1])
                continue
            key, _, value = line.rstrip("\n").partition("=")
            if key == "ob":
                ob = os.path.realpath(value) if value.startswith("/") else value
            elif key == "fn":
                fn = value
            elif key == "cob":
                cob = os.path.realpath(value) if value.startswith("/") else value
            elif key == "cfn":
                cfn = value
                if cob is None:
                    cob = ob
            elif key == "calls":
                after_calls = True
    # A PLT stub or a bench_ entry is the module's own; anything else is a helper.
    helpers = {h for h in helpers if not h.startswith("bench_") and "@plt" not in h
               and not h.startswith("0x")}
    return entry, ir, out, helpers


def main():
    module, prefix, results_path, out_path = sys.argv[1:5]
    module = os.path.realpath(module)
    results = json.load(open(results_path))
    n = len(results)
    rows = []
    for i, (name, fn, value) in enumerate(results):
        entry, ir, out, helpers = parse("%s.%d" % (prefix, n + i + 1), module)
        if entry != "bench_" + fn:
            # Two functions with the same code share one address and one name (rustc
            # merges them; gcc -fipa-icf makes one jump to the other): keep them distinct.
            sys.exit("analyze.py: dump %d was made by %s, expected bench_%s" % (n + i + 1, entry, fn))
        rows.append({"case": name, "ir": ir, "out": sorted(out), "helpers": sorted(helpers),
                     "result": value})
    json.dump(rows, open(out_path, "w"), indent=1)


if __name__ == "__main__":
    main()
