"""Builds the Rust extension module `string_sum` with setuptools-rust.

STRING_SUM_ABI3=py310 (or py311 ... py315) builds for the stable ABI of that
Python version and newer: cargo feature abi3-py310, file string_sum.abi3.so,
wheel tag cp310-abi3. Unset or empty: a build for this interpreter only.
"""

import os
import re

from setuptools import setup
from setuptools_rust import Binding, RustExtension

abi3 = os.environ.get("STRING_SUM_ABI3", "").strip()
if abi3 and not re.fullmatch(r"py3(1[0-5])", abi3):
    raise SystemExit(
        f"STRING_SUM_ABI3={abi3!r}: expected py310 ... py315 "
        "(string-sum needs PyUnicode_AsUTF8AndSize, stable from 3.10), or unset"
    )

setup(
    rust_extensions=[
        RustExtension(
            "string_sum",
            path="../Cargo.toml",
            # Plain cdylib: pyffi is not pyo3, so no pyo3/* features are added.
            binding=Binding.NoBinding,
            features=[f"abi3-{abi3}"] if abi3 else [],
            py_limited_api=bool(abi3),
        )
    ],
    options={"bdist_wheel": {"py_limited_api": "cp" + abi3[2:]}} if abi3 else {},
    zip_safe=False,
)
