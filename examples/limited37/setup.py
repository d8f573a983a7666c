"""Builds `limited37` with setuptools-rust, always for the 3.7 stable ABI:
file limited37.abi3.so, wheel tag cp37-abi3 (the crate enables pyffi's
abi3-py37 feature itself)."""

from setuptools import setup
from setuptools_rust import Binding, RustExtension

setup(
    rust_extensions=[
        RustExtension(
            "limited37",
            path="Cargo.toml",
            binding=Binding.NoBinding,
            py_limited_api=True,
        )
    ],
    options={"bdist_wheel": {"py_limited_api": "cp37"}},
    zip_safe=False,
)
