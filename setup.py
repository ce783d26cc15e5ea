"""The C extensions, the one thing pyproject.toml cannot yet declare but as an
experiment: add_fact's common case (graph/_addfact.c), and the row buffer the
ingest writer hands SQLite without JSON (graph/_rowbuffer.c, linked with the
system's SQLite, the library Python's sqlite3 uses). Optional: without a
compiler or SQLite's headers the install goes on, and ingest runs the same
Python code, slower."""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("graph._addfact", ["graph/_addfact.c"], optional=True, extra_compile_args=["-O2"]),
    Extension("graph._rowbuffer", ["graph/_rowbuffer.c"], libraries=["sqlite3"], optional=True, extra_compile_args=["-O2"]),
])
