"""The configuration, in one place: environment variables, read once.

The CLI and the HTTP app read `Settings()` and hand what each part needs
down to it (a store path, a Neo4j config, a timeout); nothing below reads
the environment. Command-line options override these. The bundled data (the
curated alias table, the sample corpus) is package data (`fkg_data`, which
setup.py installs from `data/`), found wherever fkg is installed.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every setting, with the variable that sets it: FKG_ and the name in
    capitals (the Neo4j connection's NEO4J_* variables are read by
    `graph.neo4j.load.Neo4jConfig.from_env`)."""

    model_config = SettingsConfigDict(env_prefix="FKG_", extra="ignore", env_ignore_empty=True)

    store: Path = Field(Path("fkg.sqlite"), description="the embedded store")
    backend: Literal["embedded", "neo4j"] = Field("embedded", description="the backend `serve` and `ask` use")
    host: str = Field("127.0.0.1", description="where `serve` listens")
    port: int = Field(8000, ge=1, le=65535)
    workers: int | None = Field(None, ge=1, description="`serve`'s processes (default: the machine's cores)")
    aliases: Path | None = Field(None, description="the curated alias table (default: the bundled one)")
    log_level: str = "warning"
    log_json: bool = False
    progress: bool = Field(False, description="a progress bar even when stderr is not a terminal")

    def serve_workers(self) -> int:
        return self.workers or os.cpu_count() or 1


def bundled(name: str) -> Traversable:
    """A file of the bundled data: `aliases.tsv`, `corpus/articles.jsonl`."""
    return resources.files("fkg_data").joinpath(name)


@contextmanager
def bundled_path(name: str) -> Iterator[Path]:
    """A bundled file as a path on disk, while the block runs."""
    with resources.as_file(bundled(name)) as path:
        yield path
