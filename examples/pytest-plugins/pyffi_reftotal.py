"""pytest plugin of the examples' tests (examples/steps.sh loads it): on a debug build of
CPython (sys.gettotalrefcount exists), every test that passed runs four more times, each
between two counts of the interpreter's total reference count after a collection. It
fails if each of the last three moves it more than a call that does nothing does: a
reference leaked per call shows in every run. Allowed: what pytest's own first run
leaves (modules imported, strings interned, the extension module loaded) is cached, and
the unrecorded run warms the loop itself; a move in some runs only is a deferred
cleanup, not a leak (subprocess reaps a finished child on a later call, freeing two
references then: [0, -2, 0] was seen on 3.11d). The embed example's tests run the
program in a child process: pyffi's code never runs in this interpreter, and on 3.14d
`subprocess.run` itself moves the total by 1 to 4 on every call, so examples/run.sh
turns the check off for them (PYFFI_REFTOTAL=0).
Release builds: nothing is done.
"""

import gc
import os
import sys

import pytest

REPEATS = 3


def _total():
    gc.collect()
    return sys.gettotalrefcount()


def _moves(call):
    # One round more, unrecorded, to warm up the loop itself; the list never grows.
    moves = [0] * (REPEATS + 1)
    for i in range(REPEATS + 1):
        before = _total()
        call()
        moves[i] = _total() - before
    return moves[1:]


if hasattr(sys, "gettotalrefcount") and os.environ.get("PYFFI_REFTOTAL") != "0":

    @pytest.hookimpl(wrapper=True)
    def pytest_pyfunc_call(pyfuncitem):
        # A test that fails is reported as it is, unrepeated.
        result = yield
        func = pyfuncitem.obj
        names = pyfuncitem._fixtureinfo.argnames
        kwargs = {name: pyfuncitem.funcargs[name] for name in names}
        # What measuring itself moves (the counts' own ints), to compare against.
        idle = _moves(lambda: None)
        moves = _moves(lambda: func(**kwargs))
        if all(m > i for m, i in zip(moves, idle)):
            pytest.fail(
                f"sys.gettotalrefcount() moved by {moves} over {REPEATS} more runs of "
                f"{pyfuncitem.name} (by {idle} around a call that does nothing)",
                pytrace=False,
            )
        return result
