import os
import sysconfig

import pytest

import pyo3_hello


def test_greet():
    assert pyo3_hello.greet("pyffi") == "Hello, pyffi!"
    assert pyo3_hello.greet("") == "Hello, !"


def test_greet_wants_a_str():
    with pytest.raises(TypeError):
        pyo3_hello.greet(3)


def test_counter_counts():
    counter = pyo3_hello.Counter()
    assert counter.value == 0
    assert [counter.increment() for _ in range(3)] == [1, 2, 3]
    assert counter.value == 3
    assert repr(counter) == "Counter(3)"


def test_counter_start_and_overflow():
    counter = pyo3_hello.Counter(2**63 - 2)
    assert counter.increment() == 2**63 - 1
    with pytest.raises(OverflowError, match="counter overflow"):
        counter.increment()
    assert counter.value == 2**63 - 1


def test_counter_value_is_read_only():
    with pytest.raises(AttributeError):
        pyo3_hello.Counter().value = 5


def test_counter_is_a_class():
    assert isinstance(pyo3_hello.Counter, type)
    assert pyo3_hello.Counter.__module__ == "pyo3_hello"
    assert pyo3_hello.Counter.increment.__doc__.startswith("Adds one")


def test_built_for_the_requested_abi():
    # PYO3_HELLO_ABI3 is set by the scripts for the abi3 wheel they build.
    filename = os.path.basename(pyo3_hello.pyo3_hello.__file__)
    if os.environ.get("PYO3_HELLO_ABI3"):
        assert filename == "pyo3_hello.abi3.so"
    else:
        assert filename == "pyo3_hello" + sysconfig.get_config_var("EXT_SUFFIX")
