"""The C extension, the one thing pyproject.toml cannot yet declare but as an
experiment: the row buffer ingest's writer hands SQLite (graph/store/_rowbuffer.c,
linked with the system's SQLite, the library Python's sqlite3 uses). Optional:
without a compiler or SQLite's headers the install goes on, and bulk writes
use executemany, slower."""

from setuptools import Extension, setup

setup(ext_modules=[
    Extension("graph.store._rowbuffer", ["graph/store/_rowbuffer.c"], libraries=["sqlite3"], optional=True,
              extra_compile_args=["-O2"]),
])
