"""Runs the embed program (path in $EMBED_BIN) and checks its output and exit status."""

import os
import subprocess

import pytest

EMBED = os.environ.get("EMBED_BIN")
# The Python the program was built for (its minor version), when known.
EXPECTED_VERSION = os.environ.get("EMBED_PYTHON_VERSION")


def embed(*args, cwd=None):
    if not EMBED:
        pytest.fail("set EMBED_BIN to the built embed program")
    return subprocess.run(
        [EMBED, *args], capture_output=True, text=True, timeout=60, cwd=cwd
    )


def test_demo_calls_python_from_rust():
    run = embed()
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "describe() returned \"rust: 4 numbers, scaled total 100\""
    assert lines[1] == "2 ** 100 = " + str(2**100)
    assert lines[2].startswith("Python 3.")
    if EXPECTED_VERSION:
        assert lines[2].startswith("Python " + EXPECTED_VERSION + ".")
    assert run.stderr == ""


def test_code_runs_as_main_with_argv():
    run = embed("-c", "import sys; print(__name__, sys.argv, 6 * 7)", "a", "b c")
    assert (run.returncode, run.stdout, run.stderr) == (
        0,
        "__main__ ['-c', 'a', 'b c'] 42\n",
        "",
    )


def test_exception_prints_traceback_and_exits_1():
    run = embed("-c", "x = 1\n1 / 0")
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith("Traceback (most recent call last):\n")
    assert run.stderr.rstrip().endswith("ZeroDivisionError: division by zero")


def test_syntax_error_exits_1():
    run = embed("-c", "def (:")
    assert run.returncode == 1
    assert "SyntaxError" in run.stderr


@pytest.mark.parametrize("status", [0, 3, 255])
def test_system_exit_status(status):
    run = embed("-c", "raise SystemExit(%d)" % status)
    assert (run.returncode, run.stdout, run.stderr) == (status, "", "")


def test_system_exit_with_message():
    run = embed("-c", "import sys; sys.exit('bye')")
    assert (run.returncode, run.stderr) == (1, "bye\n")


def test_interpreter_is_finalized_after_an_error():
    # atexit handlers only run if Py_FinalizeEx runs.
    code = "import atexit\natexit.register(print, 'finalized')\nraise KeyError('k')"
    run = embed("-c", code)
    assert run.returncode == 1
    assert run.stdout == "finalized\n"
    assert "KeyError: 'k'" in run.stderr


def test_output_is_flushed_on_success():
    code = "import atexit, sys\natexit.register(print, 'finalized')\nsys.stdout.write('partial')"
    run = embed("-c", code)
    assert (run.returncode, run.stdout) == (0, "partialfinalized\n")


def test_script_file(tmp_path):
    script = tmp_path / "script.py"
    script.write_text(
        "import sys\n"
        "print(__file__ == sys.argv[0], sys.argv[1:])\n"
        "def fail():\n"
        "    raise ValueError('from the script')\n"
        "if sys.argv[1:] == ['fail']:\n"
        "    fail()\n"
    )
    run = embed(str(script), "x")
    assert (run.returncode, run.stdout, run.stderr) == (0, "True ['x']\n", "")
    run = embed(str(script), "fail")
    assert run.returncode == 1
    assert 'File "%s", line 4, in fail' % script in run.stderr
    assert run.stderr.rstrip().endswith("ValueError: from the script")


@pytest.mark.parametrize(
    "args, message",
    [(["-c"], "-c needs an argument"), (["-x"], "unknown option -x"), (["/nonexistent.py"], "cannot read /nonexistent.py")],
)
def test_usage_errors_exit_2(args, message):
    run = embed(*args)
    assert run.returncode == 2
    assert run.stderr.startswith("embed: " + message)
    assert "usage: embed" in run.stderr
