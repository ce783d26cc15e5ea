"""The settings as pydantic reads them: every variable validated, a bad one
reported by name. `service.settings` is where the environment is read; it
hands out `Settings` (imported from here when first asked for), so that a
command that needs only the settings every command reads first (`fkg extract`)
never imports pydantic (bench/extract_bench.py).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

if TYPE_CHECKING:
    from graph.neo4j.load import Neo4jConfig


class Neo4jSettings(BaseSettings):
    """The Neo4j connection: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD,
    NEO4J_DATABASE, or NEO4J_AUTH as `user/password` (what the Neo4j image
    and docker-compose.yml take)."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", extra="ignore", env_ignore_empty=True)

    uri: str | None = None
    user: str | None = None
    password: str | None = None
    auth: str = ""
    database: str | None = None

    def config(self, uri: str | None = None, user: str | None = None, password: str | None = None) -> Neo4jConfig:
        """The connection, command-line values first; no URI is a one-line error."""
        from graph.neo4j.load import Neo4jConfig, Neo4jUnavailable

        uri = uri or self.uri
        if not uri:
            raise Neo4jUnavailable("no Neo4j URI: pass --uri or set NEO4J_URI (e.g. bolt://localhost:7687)")
        auth_user, _, auth_password = self.auth.partition("/")
        return Neo4jConfig(uri, user or self.user or auth_user or "neo4j",
                           password if password is not None else self.password or auth_password, self.database)


class Settings(BaseSettings):
    """Every setting, with the variable that sets it: FKG_ and the name in
    capitals; the Neo4j connection's NEO4J_* (`Neo4jSettings`)."""

    model_config = SettingsConfigDict(env_prefix="FKG_", extra="ignore", env_ignore_empty=True)

    store: Path = Field(Path("fkg.sqlite"), description="the embedded store")
    backend: Literal["embedded", "neo4j"] = Field("embedded", description="the backend `serve` and `ask` use")
    host: str = Field("127.0.0.1", description="where `serve` listens")
    port: int = Field(8000, ge=1, le=65535)
    workers: int | None = Field(None, ge=1, description="`serve`'s processes (default: the machine's cores)")
    cluster: str | None = Field(None, description="the Dask scheduler `fkg extract --engine dask` sends its tasks to")
    aliases: Path | None = Field(None, description="the curated alias table (default: the bundled one)")
    log_level: str = "warning"
    log_json: bool = False
    progress: bool = Field(False, description="a progress bar even when stderr is not a terminal")
    cypher_timeout: float = Field(10.0, gt=0, description="seconds a /cypher query may run (Neo4j)")
    cypher_row_limit: int = Field(1000, ge=1, description="rows a /cypher answer keeps (Neo4j)")
    cache_dir: Path | None = Field(None, description="where the jieba tag table and the extractor's compiled patterns are cached (default: $XDG_CACHE_HOME/fintech-kg)")
    xdg_cache_home: Path | None = Field(None, validation_alias="XDG_CACHE_HOME")
    neo4j: Neo4jSettings = Field(default_factory=Neo4jSettings)

    def serve_workers(self) -> int:
        return self.workers or os.cpu_count() or 1
