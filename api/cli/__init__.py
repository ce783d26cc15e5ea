"""`fkg`: the command line.

Exit codes: 0 ok, 1 error (bad input, failed run), 2 usage. Errors are one
line on stderr naming the input and the problem, never a traceback. Options
override the settings (`service.settings`: FKG_STORE, FKG_BACKEND …).
"""

from __future__ import annotations

import json
import logging
import sys
from typing import Annotated

import typer

from api.cli import build, query, serve  # noqa: F401 - each registers its commands
from api.cli.common import app, fail, first_settings

__all__ = ["app", "run"]


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # (only --version reads it)

    try:
        return version("fintech-kg")
    except PackageNotFoundError:
        return "0.0.0+local"


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return json.dumps({"level": record.levelname.lower(), "logger": record.name, "message": record.getMessage(),
                           "time": self.formatTime(record)}, ensure_ascii=False)


@app.callback(invoke_without_command=True)
def main(
    show_version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
    log_level: Annotated[str | None, typer.Option("--log-level", help="debug, info, warning, error (FKG_LOG_LEVEL).")] = None,
    log_json: Annotated[bool, typer.Option("--log-json", help="Log as JSON lines (FKG_LOG_JSON).")] = False,
) -> None:
    if show_version:
        typer.echo(f"fkg {_version()}")
        raise typer.Exit(0)
    first = first_settings()
    log_level = log_level or first.log_level
    log_json = log_json or first.log_json
    level = getattr(logging, log_level.upper(), None)
    if not isinstance(level, int):
        raise fail(f"--log-level: unknown level {log_level!r}", 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_json else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)


def run() -> None:
    """Console-script entry: typer's usage errors exit 2, others 1."""
    try:
        app(standalone_mode=True)
    except KeyboardInterrupt:
        typer.echo("fkg: interrupted", err=True)
        sys.exit(130)
