"""What every `fkg` command shares: the app, the settings, one-line errors, progress."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from service.settings import StartSettings, start_settings

if TYPE_CHECKING:
    from service.settings import Settings

#: every option's help in one column of the terminal's width, as `fkg COMMAND --help` prints it
CONTEXT = {"help_option_names": ["--help"], "max_content_width": 120}
#: a path option or argument, given to the command as a `Path` (click checks nothing more: the command says what is wrong)
PATH = click.Path(path_type=Path)


def fail(message: str, code: int = 1) -> click.exceptions.Exit:
    click.echo(f"fkg: error: {message}", err=True)
    return click.exceptions.Exit(code)


@cache
def settings() -> Settings:
    """The environment's settings, read once; a bad value is a one-line error."""
    from pydantic import ValidationError

    from service.settings import Settings

    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(f"FKG_{'_'.join(map(str, err['loc'])).upper()}: {err['msg']}" for err in e.errors())
        raise fail(f"configuration: {problems}", 2) from None


def first_settings() -> StartSettings:
    """The settings every command reads before its own work (logging, the
    cache directory, progress): read plainly when the environment sets only
    those, without pydantic (most of a short `fkg extract`'s imports), else
    from `settings()` (so one class has the rules, such as the cache
    directory's). Not cached: the environment is read in microseconds."""
    return start_settings() or StartSettings.of(settings())


def existing_store(store: Path | None) -> Path:
    """The store a command reads (default: the settings'), which must exist: else a one-line error."""
    store = store or settings().store
    if not store.exists():
        raise fail(f"{store}: no such store (run fkg ingest first)")
    return store


def prepare_extraction() -> None:
    """What extraction takes from the settings (FKG_CACHE_DIR), set before
    the first article is read; only the commands that extract pay for the
    import, which runs here, before theirs, so that its patterns come from
    the cache (`extract.pattern_cache`); so does the lexicon, which every
    such command loads, for its tries of names (compiling the companies' one
    is a third of its load)."""
    from extract.jieba_words import set_cache_dir
    from extract.lexicon import get_lexicon
    from extract.pattern_cache import cached_compiles

    cache_dir = first_settings().jieba_cache_dir()
    set_cache_dir(cache_dir)
    with cached_compiles(cache_dir):
        import extract.pipeline  # noqa: F401

        get_lexicon()


def progress(force: bool = False) -> Any:
    """A progress bar on stderr when it is a terminal (or FKG_PROGRESS is set), else None."""
    if not (force or sys.stderr.isatty() or first_settings().progress):
        return None
    from tqdm import tqdm

    return tqdm(total=None, unit="art", file=sys.stderr, dynamic_ncols=True, leave=False)
