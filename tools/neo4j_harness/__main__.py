"""python -m tools.neo4j_harness test [PYTEST ARGS…] | serve | fetch

test:  start a server, run the tests marked neo4j with NEO4J_URI set, stop it
serve: start a server, print its URI and password, block until Ctrl-C
fetch: fetch the artifacts into ~/.m2 and compile the launcher (prints the version)
"""

from __future__ import annotations

import contextlib
import sys

from tools.neo4j_harness import HarnessUnavailable, Server, classpath, run_tests, version


def main(argv: list[str]) -> int:
    cmd, rest = (argv[0], argv[1:]) if argv else ("", [])
    if cmd == "test":
        return run_tests(rest, sys.executable)
    try:
        if cmd == "fetch":
            classpath()
            print(f"neo4j-harness {version()}: ready")
            return 0
        if cmd == "serve":
            with Server() as s:
                print(f"NEO4J_URI={s.uri} NEO4J_USER={s.user} NEO4J_PASSWORD={s.password}", flush=True)
                with contextlib.suppress(KeyboardInterrupt):
                    s.proc.wait() if s.proc else None
            return 0
    except HarnessUnavailable as e:
        print(f"neo4j-harness: {e}", file=sys.stderr)
        return 1
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
