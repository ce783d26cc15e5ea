"""What pyproject.toml cannot declare: the packages with the bundled data
mapped in (`data/` is installed as the package `fkg_data`, so an installed
fkg finds its alias table and sample corpus through importlib.resources),
and the C extension: the row buffer ingest's writer hands SQLite
(graph/store/_rowbuffer.c, linked with the system's SQLite, the library
Python's sqlite3 uses). The extension is optional: without a compiler or
SQLite's headers the install goes on, and bulk writes use executemany."""

from setuptools import Extension, find_packages, setup

setup(
    # the pages' static directories are listed as packages of data (setuptools warns about a directory it would ignore)
    packages=[*find_packages(include=["schema*", "text*", "extract*", "graph*", "service*", "api*"]), "fkg_data", "fkg_data.corpus",
              "api.explorer.static", "graph.export.static"],
    package_dir={"fkg_data": "data"},
    ext_modules=[Extension("graph.store._rowbuffer", ["graph/store/_rowbuffer.c"], libraries=["sqlite3"], optional=True,
                           extra_compile_args=["-O2"])],
)
