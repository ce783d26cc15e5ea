"""Running the app under uvicorn, with TCP_NODELAY on every worker's connections.

With more than one worker, uvicorn (0.54; its issue #3149) binds the
listening socket itself and leaves its `proto` at 0. Accepted sockets
inherit it, and asyncio turns TCP_NODELAY on only for sockets that say
IPPROTO_TCP, so Nagle's algorithm met the client's delayed ACK and every
keep-alive request after the first waited about 40 ms (bench/README.md).
One worker is unaffected: asyncio binds that socket from getaddrinfo.
"""

from __future__ import annotations

import contextlib
import socket

import uvicorn
from uvicorn.supervisors import Multiprocess


class TcpConfig(uvicorn.Config):
    """uvicorn's configuration whose listening TCP socket says it is TCP."""

    def bind_socket(self) -> socket.socket:
        return as_tcp(super().bind_socket())


def as_tcp(sock: socket.socket) -> socket.socket:
    """The same listening socket, its protocol stated (what accepted sockets inherit)."""
    if sock.family in (socket.AF_INET, socket.AF_INET6) and sock.proto != socket.IPPROTO_TCP:
        return socket.socket(sock.family, sock.type, socket.IPPROTO_TCP, fileno=sock.detach())
    return sock


def run_uvicorn(factory: str, host: str, port: int, workers: int) -> None:
    """Serve the app `factory` builds ("module:function") with `workers` processes."""
    if workers == 1:
        uvicorn.run(factory, factory=True, host=host, port=port, log_level="warning")
        return
    config = TcpConfig(factory, factory=True, host=host, port=port, workers=workers, log_level="warning")
    with contextlib.suppress(KeyboardInterrupt):
        Multiprocess(config, sockets=[config.bind_socket()]).run()
