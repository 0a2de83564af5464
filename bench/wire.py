"""SQL statements counted on the wire: a proxy in front of PostgreSQL that counts what a process
asks of it, whatever library sends it.

PostgreSQL itself cannot say how many statements a client ran here: pg_stat_statements needs a
library loaded at server start, which the embedded server does not ship, and its per-database
counters count transactions and rows, not statements. A hook in SQLAlchemy would miss what
bypasses its cursor events (the pool's pre-ping) and needs a debug mode in Spoor. So a process
under count connects through this proxy, which reads the frontend protocol on its way to the
server and counts every simple Query message and every Execute message: each is one statement
run, BEGIN, COMMIT, SET, pre-pings and the driver's type introspection included. Parse and Bind
run nothing and are not counted; a simple Query holding several statements separated by `;`
counts once. The proxy answers a request for TLS with "no", so that it can read the messages.
"""

import asyncio
import struct
import threading
from contextlib import suppress
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

SSL_REQUEST = 80877103
GSSENC_REQUEST = 80877104
PROTOCOL_3 = 196608
RUNS = frozenset({b"Q", b"E"})  # simple Query, Execute


def postgres_address(url: str) -> tuple[str | None, str | int]:
    """Where the server of `url` listens: (None, a unix socket's path) or (host, port)."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    port = int(query.get("port") or parts.port or 5432)
    host = query.get("host") or parts.hostname or "localhost"
    if host.startswith("/"):
        return None, f"{host}/.s.PGSQL.{port}"
    return host, port


class StatementCounter:
    """A proxy to the server of one URL, counting the statements sent through it.

    It runs on an event loop in a thread of its own, so that whoever waits for a process that
    connects through it (a blocking wait for a server to come up) does not stall it.
    """

    def __init__(self, url: str) -> None:
        self.url = url
        self.statements = 0
        self._loop = asyncio.new_event_loop()
        self._server: asyncio.Server | None = None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)

    def start(self) -> str:
        """Start listening; return the URL to give the process under count."""
        self._thread.start()
        started = asyncio.run_coroutine_threadsafe(
            asyncio.start_server(self._accept, "127.0.0.1", 0), self._loop
        )
        self._server = started.result(timeout=10)
        port = self._server.sockets[0].getsockname()[1]
        parts = urlsplit(self.url)
        query = [(k, v) for k, v in parse_qsl(parts.query) if k not in {"host", "port"}]
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" if "@" in parts.netloc else ""
        return urlunsplit(
            parts._replace(netloc=f"{netloc}127.0.0.1:{port}", query=urlencode(query))
        )

    def stop(self) -> None:
        if self._server is not None:
            self._loop.call_soon_threadsafe(self._server.close)
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host, where = postgres_address(self.url)
        if host is None:
            upstream = await asyncio.open_unix_connection(str(where))
        else:
            upstream = await asyncio.open_connection(host, int(where))
        server_reader, server_writer = upstream
        try:
            await asyncio.gather(
                self._from_client(reader, writer, server_writer),
                _pipe(server_reader, writer),
            )
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            for each in (writer, server_writer):
                each.close()
                with suppress(ConnectionError):
                    await each.wait_closed()

    async def _from_client(
        self,
        client: asyncio.StreamReader,
        to_client: asyncio.StreamWriter,
        to_server: asyncio.StreamWriter,
    ) -> None:
        # The startup messages carry no type byte: a length, then a code.
        while True:
            head = await client.readexactly(8)
            length, code = struct.unpack("!ii", head)
            body = await client.readexactly(length - 8)
            if code in (SSL_REQUEST, GSSENC_REQUEST):
                to_client.write(b"N")  # no encryption: the messages must stay readable
                await to_client.drain()
                continue
            to_server.write(head + body)
            await to_server.drain()
            if code != PROTOCOL_3:
                return  # a cancel request: nothing follows
            break
        while True:
            head = await client.readexactly(5)
            body = await client.readexactly(int.from_bytes(head[1:], "big") - 4)
            if head[:1] in RUNS:
                self.statements += 1
            to_server.write(head + body)
            await to_server.drain()
            if head[:1] == b"X":  # Terminate
                return


async def _pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
    while chunk := await source.read(65536):
        sink.write(chunk)
        await sink.drain()
    sink.close()
