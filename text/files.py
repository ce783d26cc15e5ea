"""Files written whole or not at all, with the permissions of ordinary files.

Output is built beside its destination and renamed over it only when
complete, so a crash or an error leaves the old file (or nothing) in place,
never half of a new one. `tempfile` creates private files (0600) and
directories (0700); what we write is an ordinary output, so it gets what
`open()` or `mkdir` would give it under the user's umask. Extraction writes
facts, its jieba tag cache and graph exports write through here.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, BinaryIO, TextIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextmanager
def atomic_text(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text stream whose content replaces `path` when the block ends
    without an error; on an error `path` is left as it was."""
    with _atomic(path, "w", "utf-8") as f:
        yield f


@contextmanager
def atomic_bytes(path: Path) -> Iterator[BinaryIO]:
    """`atomic_text` for bytes (a cache file)."""
    with _atomic(path, "wb", None) as f:
        yield f


@contextmanager
def _atomic(path: Path, mode: str, encoding: str | None) -> Iterator[Any]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, mode, encoding=encoding) as f:
            yield f
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_directory(path: Path) -> Iterator[Path]:
    """A fresh directory to fill, which replaces `path` (a directory, or
    nothing) when the block ends without an error. A directory cannot be
    renamed over a non-empty one, so the old one is moved aside first and
    removed last: a crash in between leaves it beside `path`, not lost."""
    if path.exists() and not path.is_dir():
        raise FileExistsError(f"{path}: exists and is not a directory")
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        yield tmp
        os.chmod(tmp, 0o777 & ~_umask())
        aside = None
        if path.is_dir():
            aside = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", dir=path.parent))
            os.replace(path, aside)  # onto the empty directory just made: a name nobody else holds
        try:
            os.replace(tmp, path)
        except BaseException:
            if aside is not None:
                os.replace(aside, path)
            raise
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    if aside is not None:
        shutil.rmtree(aside, ignore_errors=True)
