"""Not a CPython header: calls each function of one build of the benchmark module.

    python driver.py MODULE.so RESULTS.json

Each case runs once as a warm-up and once measured, in the order of CASES: under
callgrind, bench/run.sh dumps the counts when each bench_* function returns, so dump
number len(cases) + i holds the measured call of case i. The results are written to
RESULTS.json so that run.sh can check that every variant returns the same values.
"""
import importlib.machinery
import importlib.util
import json
import sys

N = 1000


def load(path):
    loader = importlib.machinery.ExtensionFileLoader("benchmod", path)
    spec = importlib.util.spec_from_file_location("benchmod", path, loader=loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def cases(m):
    ints = list(range(N))
    mortal = object()
    mixed = [1, "a", 2.0, (), [], {}, None, True, False, b"x"] * (N // 10)
    out = [
        ("noop", "noop", ()),
        ("incdec (mortal)", "incdec", ([object() for _ in range(N)],)),
        ("incdec (immortal)", "incdec", ([None] * N,)),
        ("list_sum", "list_sum", (ints,)),
        ("list_reverse", "list_reverse", (list(ints),)),
        ("tuple_fsum", "tuple_fsum", (tuple(i * 0.5 for i in range(N)),)),
        ("count_types", "count_types", (mixed,)),
        ("is_counts", "is_counts", (mixed,)),
        ("dict_sum", "dict_sum", ({str(i): i for i in range(N)},)),
        ("utf8_len", "utf8_len", (["h\u00e9llo \u20ac%d" % i for i in range(N)],)),
        ("ucs_sum", "ucs_sum", ("h\u00e9llo\u20ac" * (N // 5),)),
        ("bytes_sum", "bytes_sum", (bytes(range(256)) * 4,)),
        ("make_tuple", "make_tuple", (N,)),
        ("make_list", "make_list", (mortal, N)),
    ]
    if hasattr(m, "vcall"):
        out.append(("vcall", "vcall", (abs, -5, N)))
    if hasattr(m, "crit_sum"):
        out.append(("crit_sum", "crit_sum", (ints,)))
    return out


def describe(m, value):
    """A JSON-able form of a result, the same for every variant."""
    if value is m:
        return "<module>"
    if isinstance(value, (tuple, list)):
        return [type(value).__name__, len(value), [describe(m, v) for v in value[:3]]]
    if isinstance(value, (int, float, str)) or value is None:
        return value
    return type(value).__name__


def main():
    m = load(sys.argv[1])
    todo = cases(m)
    for _, fn, args in todo:  # warm-up: caches (UTF-8), lazy binding, specialisation
        getattr(m, fn)(*args)
    results = []
    for name, fn, args in todo:
        value = getattr(m, fn)(*args)
        if fn == "list_reverse":  # reversed twice: back in order
            value = args[0][:3] + args[0][-3:]
        results.append([name, fn, describe(m, value)])
    with open(sys.argv[2], "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main()
