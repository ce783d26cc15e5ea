"""The configuration, in one place: environment variables, read once.

The CLI and the HTTP app read `Settings()` and hand what each part needs
down to it (a store path, a Neo4j config, a timeout); nothing below reads
the environment. Command-line options override these. The bundled data (the
curated alias table, the sample corpus) is package data (`fkg_data`, which
setup.py installs from `data/`), found wherever fkg is installed.

`Settings` is pydantic's (`service.settings_model`), imported when first
asked for: importing pydantic-settings and validating every field is a few
per cent of a short `fkg extract` (bench/extract_bench.py), which reads only
the settings every command reads first (`start_settings`).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from service.settings_model import Neo4jSettings, Settings

__all__ = ["Neo4jSettings", "Settings", "StartSettings", "bundled", "bundled_path", "start_settings"]


def __getattr__(name: str) -> Any:
    """`Settings` and `Neo4jSettings`, from pydantic's module once asked for."""
    if name in ("Settings", "Neo4jSettings"):
        from service import settings_model

        return getattr(settings_model, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True)
class StartSettings:
    """The settings every command reads before its own work, as `Settings` has them
    (the rule of the cache directory is here alone: `Settings` is read down to
    these by `of`)."""

    log_level: str = "warning"
    log_json: bool = False
    progress: bool = False
    cache_dir: Path | None = None
    xdg_cache_home: Path | None = None

    @classmethod
    def of(cls, settings: Settings) -> StartSettings:
        """The same fields of the full, validated settings."""
        return cls(**{f.name: getattr(settings, f.name) for f in fields(cls)})

    def jieba_cache_dir(self) -> Path:
        """FKG_CACHE_DIR, else $XDG_CACHE_HOME/fintech-kg, else ~/.cache/fintech-kg."""
        return self.cache_dir or (self.xdg_cache_home or Path.home() / ".cache") / "fintech-kg"


#: the variables `StartSettings` reads, as `Settings` spells them (it also takes other cases: those go to it)
_START_FIELDS = {"FKG_LOG_LEVEL": "log_level", "FKG_LOG_JSON": "log_json", "FKG_PROGRESS": "progress",
                 "FKG_CACHE_DIR": "cache_dir", "XDG_CACHE_HOME": "xdg_cache_home"}
#: the words pydantic reads as a boolean, in any case
_TRUE = frozenset({"1", "on", "t", "true", "y", "yes"})
_FALSE = frozenset({"0", "off", "f", "false", "n", "no"})


def start_settings() -> StartSettings | None:
    """The settings every command reads first, when the environment sets only
    those (in `Settings`' spelling) and sets them to values `Settings` reads the
    same way; else None, and the caller reads `Settings`, which validates every
    variable and names a bad one (so a bad FKG_PORT stops `fkg extract` as before)."""
    values: dict[str, Any] = {}
    for key, value in os.environ.items():
        if not key.lower().startswith("fkg_") and key.lower() != "xdg_cache_home":
            continue
        if value == "":
            continue  # (env_ignore_empty: the default)
        field = _START_FIELDS.get(key)
        if field is None:
            return None
        if field in ("log_json", "progress"):
            if value.lower() not in _TRUE | _FALSE:
                return None
            values[field] = value.lower() in _TRUE
        elif field in ("cache_dir", "xdg_cache_home"):
            values[field] = Path(value)
        else:
            values[field] = value
    return StartSettings(**values)


def bundled(name: str) -> Traversable:
    """A file of the bundled data: `aliases.tsv`, `corpus/articles.jsonl`."""
    return resources.files("fkg_data").joinpath(name)


@contextmanager
def bundled_path(name: str) -> Iterator[Path]:
    """A bundled file as a path on disk, while the block runs."""
    with resources.as_file(bundled(name)) as path:
        yield path
