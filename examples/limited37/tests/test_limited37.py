import os
import platform
import sys

import pytest

import limited37


@pytest.mark.skipif(
    sys.implementation.name == "pypy",
    reason="PyPy has no stable ABI: the module is built for PyPy's own version",
)
def test_module_file_is_abi3():
    # `.abi3.so`, or from 3.15 the multiarch `.abi3-x86_64-linux-gnu.so`; never abi3t.
    name = os.path.basename(limited37.__file__)
    assert name.startswith("limited37.abi3") and not name.startswith("limited37.abi3t"), name


def test_constants():
    assert limited37.ANSWER == 42
    assert limited37.ABI == "abi3-py37"
    assert limited37.__doc__ == "Functions built once for the CPython 3.7 stable ABI."


def test_version_is_the_running_interpreter():
    assert limited37.version() == sys.version
    assert limited37.version().startswith(platform.python_version())


@pytest.mark.parametrize(
    "a, b", [(1, 2), (-5, 3), (0, 0), (2**62, 2**62 - 1), (-(2**63), 0)]
)
def test_add(a, b):
    assert limited37.add(a, b) == a + b


def test_add_overflow():
    with pytest.raises(OverflowError) as info:
        limited37.add(2**63 - 1, 1)
    assert str(info.value) == "add: the sum does not fit in a C long"
    # PyArg_ParseTuple's own check for an argument beyond a C long.
    with pytest.raises(OverflowError, match="too large|too big"):
        limited37.add(2**64, 1)


def test_add_argument_errors_come_from_pyarg_parsetuple():
    with pytest.raises(TypeError, match=r"add\(\)"):  # the ":add" in the format
        limited37.add(1)
    with pytest.raises(TypeError, match="integer"):
        limited37.add("1", 2)


@pytest.mark.parametrize("name", ["world", "wörld ✓", "", "a\0b"])
def test_greet(name):
    assert limited37.greet(name) == "Hello, " + name + "!"


def test_greet_errors():
    with pytest.raises(TypeError) as info:
        limited37.greet(b"bytes")
    assert str(info.value) == "greet() argument must be str"
    with pytest.raises(UnicodeEncodeError):
        limited37.greet("\ud800")
    with pytest.raises(TypeError, match="exactly one argument"):
        limited37.greet()


@pytest.mark.parametrize("args", [(), (1,), (None, "x", 3.0)])
def test_count(args):
    assert limited37.count(*args) == len(args)


def test_pick_returns_the_object_itself_with_balanced_refcounts():
    item = object()
    before = sys.getrefcount(item)
    for _ in range(1000):
        assert limited37.pick(1, "a", item, "c") is item
    assert sys.getrefcount(item) == before


def test_pick_errors():
    with pytest.raises(IndexError) as info:
        limited37.pick(3, "a", "b", "c")
    assert str(info.value) == "pick() index out of range"
    with pytest.raises(IndexError):
        limited37.pick(-1, "a")
    with pytest.raises(TypeError) as info:
        limited37.pick()
    assert str(info.value) == "pick() needs an index"
    with pytest.raises(TypeError):
        limited37.pick("0", "a")
