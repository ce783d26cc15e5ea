"""The C extension, the one thing pyproject.toml cannot yet declare but as an
experiment: add_fact's common case (graph/_addfact.c). Optional: without a
compiler the install goes on, and ingest runs the same Python code, slower."""

from setuptools import Extension, setup

setup(ext_modules=[Extension("graph._addfact", ["graph/_addfact.c"], optional=True, extra_compile_args=["-O2"])])
