"""A malformed WebSocket message ends that connection with graphql-transport-ws's 4400, read by
the same strict JSON reader as HTTP bodies; the server goes on serving."""

import asyncio
import logging
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed
from websockets.typing import Subprotocol

from api.app import create_app

# A real server: its own connections, so it reads what the test committed.
pytestmark = pytest.mark.committed


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[str]:
    listening = socket.create_server(("127.0.0.1", 0))
    served = uvicorn.Server(uvicorn.Config(create_app(database_url), log_level="warning"))
    task = asyncio.create_task(served.serve(sockets=[listening]))
    yield f"127.0.0.1:{listening.getsockname()[1]}"
    served.should_exit = True
    await task


MALFORMED = ["[" * 5000 + "]" * 5000, '{"type": "connection_init", "payload": {"x": NaN}}', "{"]


async def test_a_malformed_message_closes_with_4400(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    for message in MALFORMED:
        with caplog.at_level(logging.INFO):
            async with connect(
                f"ws://{server}/graphql", subprotocols=[Subprotocol("graphql-transport-ws")]
            ) as connection:
                await connection.send(message)
                with pytest.raises(ConnectionClosed) as closed:
                    await asyncio.wait_for(connection.recv(), 5)
        assert closed.value.rcvd is not None and closed.value.rcvd.code == 4400, message[:40]
    assert [record for record in caplog.records if record.levelno >= logging.ERROR] == []
    async with httpx.AsyncClient() as http:
        assert (await http.get(f"http://{server}/healthz")).status_code == 200
