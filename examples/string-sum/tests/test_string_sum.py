import inspect
import os
import sys
import sysconfig

import pytest

import string_sum

I32_MIN = -(2**31)
I32_MAX = 2**31 - 1


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (5, 20, "25"),
        (0, 0, "0"),
        (-7, 3, "-4"),
        (-7, -8, "-15"),
        (I32_MAX, 0, "2147483647"),
        (I32_MIN, 0, "-2147483648"),
        (I32_MAX, I32_MIN, "-1"),
        (I32_MAX - 1, 1, "2147483647"),
        (I32_MIN + 1, -1, "-2147483648"),
        (True, 2, "3"),  # bool is an int subclass, as in `True + 2`
    ],
)
def test_sum(a, b, expected):
    result = string_sum.sum_as_string(a, b)
    assert type(result) is str
    assert result == expected == str(a + b)


def test_module_metadata():
    assert string_sum.__name__ == "string_sum"
    assert string_sum.__doc__ == "Adds two 32-bit ints and returns the sum as a str."
    # PyPy 3.9 keeps `$module` in the text signature as a parameter named `module`.
    old_pypy = sys.implementation.name == "pypy" and sys.version_info < (3, 10)
    params = "(module, a, b, /)" if old_pypy else "(a, b, /)"
    assert str(inspect.signature(string_sum.sum_as_string)) == params


@pytest.mark.parametrize("args", [(), (1,), (1, 2, 3)])
def test_wrong_argument_count(args):
    with pytest.raises(TypeError) as info:
        string_sum.sum_as_string(*args)
    assert str(info.value) == "sum_as_string expected 2 positional arguments"


def test_keyword_arguments_refused():
    with pytest.raises(TypeError, match="keyword arguments"):
        string_sum.sum_as_string(a=1, b=2)


@pytest.mark.parametrize(
    "a, b, position",
    [("1", 2, 1), (1, 2.0, 2), (None, None, 1), (1, [2], 2)],
)
def test_not_an_int(a, b, position):
    with pytest.raises(TypeError) as info:
        string_sum.sum_as_string(a, b)
    assert str(info.value) == (
        f"sum_as_string expected an int for positional argument {position}"
    )


@pytest.mark.parametrize(
    "a, b, culprit",
    [
        (I32_MAX + 1, 0, I32_MAX + 1),
        (0, I32_MIN - 1, I32_MIN - 1),
        (2**63, 1, 2**63),  # beyond a C long as well
        (1, -(2**100), -(2**100)),
    ],
)
def test_argument_over_32_bits(a, b, culprit):
    with pytest.raises(OverflowError) as info:
        string_sum.sum_as_string(a, b)
    assert str(info.value) == f"cannot fit {culprit} in 32 bits"


@pytest.mark.parametrize("a, b", [(I32_MAX, 1), (I32_MIN, -1), (I32_MAX, I32_MAX)])
def test_sum_over_32_bits(a, b):
    with pytest.raises(OverflowError) as info:
        string_sum.sum_as_string(a, b)
    assert str(info.value) == "arguments too large to add"


def test_built_for_the_requested_abi():
    # The scripts set STRING_SUM_ABI3 for the abi3 wheels they build; the file
    # name tells which ABI the import system took the module for. maturin puts
    # the extension in a package of the same name (string_sum/string_sum.*.so),
    # setuptools-rust at the top level.
    extension = getattr(string_sum, "string_sum", string_sum)
    filename = os.path.basename(extension.__file__)
    if os.environ.get("STRING_SUM_ABI3"):
        assert filename == "string_sum.abi3.so"
    else:
        assert filename == "string_sum" + sysconfig.get_config_var("EXT_SUFFIX")
