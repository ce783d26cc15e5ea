"""`python -m api.cli`: the same as `fkg`."""

from api.cli import run

run()
