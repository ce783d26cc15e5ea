"""`fkg`: the command line.

Exit codes: 0 ok, 1 error (bad input, failed run), 2 usage. Errors are one
line on stderr naming the input and the problem, never a traceback. Options
override the settings (`service.settings`: FKG_STORE, FKG_BACKEND …).
"""

from __future__ import annotations

import json
import logging
import sys

import click

from api.cli import build, query, serve
from api.cli.common import CONTEXT, fail, first_settings

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


@click.group("fkg", invoke_without_command=True, no_args_is_help=True, context_settings=CONTEXT)
@click.option("--version", "show_version", is_flag=True, help="Print the version and exit.")
@click.option("--log-level", help="debug, info, warning, error (FKG_LOG_LEVEL).")
@click.option("--log-json", is_flag=True, help="Log as JSON lines (FKG_LOG_JSON).")
def app(show_version: bool, log_level: str | None, log_json: bool) -> None:
    """fintech-kg: a knowledge graph of Chinese fintech entities from financial news."""
    if show_version:
        click.echo(f"fkg {_version()}")
        raise click.exceptions.Exit(0)
    first = first_settings()
    log_level = log_level or first.log_level
    log_json = log_json or first.log_json
    level = getattr(logging, log_level.upper(), None)
    if not isinstance(level, int):
        raise fail(f"--log-level: unknown level {log_level!r}", 2)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_JsonFormatter() if log_json else logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=level, handlers=[handler], force=True)


for _command in (*build.COMMANDS, *query.COMMANDS, *serve.COMMANDS):
    app.add_command(_command)


def run() -> None:
    """Console-script entry: click's usage errors exit 2, others 1."""
    try:
        app.main(prog_name="fkg", standalone_mode=True)
    except KeyboardInterrupt:
        click.echo("fkg: interrupted", err=True)
        sys.exit(130)
