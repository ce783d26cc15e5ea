"""`fkg serve --workers N`: N processes, each with the graph loaded, share the port."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from .conftest import serving


def test_two_workers_answer_the_same_port(corpus_store: Path) -> None:
    with serving(corpus_store, "--workers", "2") as base:
        time.sleep(2)  # the second worker up too

        def ask(_i: int) -> tuple[int, int]:
            r = httpx.get(base + "/companies/普惠立信/holders", timeout=30)
            return r.status_code, httpx.get(base + "/health", timeout=30).json()["worker"]

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(ask, range(200)))
    assert {status for status, _w in answers} == {200}
    assert len({worker for _s, worker in answers}) == 2


def test_worker_connections_have_nagle_off() -> None:
    """The multi-worker listener is built by `TcpConfig`; a connection asyncio
    accepts on it must get TCP_NODELAY, or each keep-alive response waits on
    the client's delayed ACK (uvicorn 0.54 binds it with proto 0)."""
    import asyncio
    import socket

    from api.serving import TcpConfig

    sock = TcpConfig("api.app:app_from_settings", factory=True, host="127.0.0.1", port=0, workers=2).bind_socket()
    assert sock.proto == socket.IPPROTO_TCP
    seen: list[int] = []

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    async def accept_one() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(Probe, sock=sock)
        _reader, writer = await asyncio.open_connection(*sock.getsockname()[:2])
        for _ in range(100):
            if seen:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        await server.wait_closed()

    asyncio.run(accept_one())
    assert seen and seen[0] != 0
