"""Spoor served by its own command in a child process, on a free loopback port."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

HEALTHY_WITHIN = 180


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Server:
    """A running `spoor serve`: where it listens, and its process, to kill without warning."""

    base: str
    process: subprocess.Popen[bytes]

    def kill(self) -> None:
        """SIGKILL: no shutdown, no rollback by the server itself, as in a crash."""
        self.process.kill()
        self.process.wait(timeout=20)


@contextmanager
def served(database_url: str, **settings: str) -> Iterator[str]:
    """`spoor serve` against the database, with SPOOR_* settings; yields its base URL."""
    with serving(database_url, **settings) as server:
        yield server.base


@contextmanager
def serving(database_url: str, **settings: str) -> Iterator[Server]:
    """`spoor serve` against the database, with SPOOR_* settings; yields the running server,
    stopped at the end unless it was killed before."""
    port = free_port()
    env = {
        **os.environ,
        "SPOOR_DATABASE_URL": database_url,
        "SPOOR_PORT": str(port),
        "SPOOR_LOG_LEVEL": "warning",
        **{f"SPOOR_{name.upper()}": value for name, value in settings.items()},
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "serve"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(base, process)
        yield Server(base, process)
    finally:
        if process.poll() is None:
            process.terminate()
        process.wait(timeout=20)


def _wait_until_healthy(base: str, process: subprocess.Popen[bytes]) -> None:
    # Generous: on a loaded CI machine starting Python, migrating and binding can be slow.
    deadline = time.monotonic() + HEALTHY_WITHIN
    while time.monotonic() < deadline:
        if process.poll() is not None:
            assert process.stderr is not None
            raise RuntimeError("spoor serve stopped: " + process.stderr.read().decode()[-2000:])
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"spoor serve did not become healthy within {HEALTHY_WITHIN} s")
