"""JSON Lines files read whole: gold sets, extracted facts.

A line that is not JSON is an error naming the file and line, so a caller
can report it in one line and store nothing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_jsonl(paths: list[Path]) -> list[dict[str, Any]]:
    rows = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as e:
                        raise ValueError(f"{p}:{n}: not JSON: {e.msg}") from None
    return rows
