"""The embedded PostgreSQL stops when Spoor does, even after an earlier Spoor was killed.

pgserver shares a server between the processes that use one data folder, listing them in a file
there; the last to leave stops it. A killed process never leaves: without pruning, a later clean
stop would leave PostgreSQL running for good.
"""

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import psutil
import pytest

from tests.served import free_port

REPOSITORY = Path(__file__).resolve().parents[1]


def _postgres_of(pgdata: Path) -> list[psutil.Process]:
    """The running postmaster (and its children) serving `pgdata`."""
    found = []
    for process in psutil.process_iter(["cmdline", "status"]):
        command = process.info["cmdline"] or []
        if process.info["status"] != psutil.STATUS_ZOMBIE and str(pgdata) in command:
            found.append(process)
    return found


def _serve(data_dir: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`spoor serve` on the embedded server in `data_dir`, healthy."""
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("SPOOR_") or key == "SPOOR_TEST_DATABASE_URL"
    }
    env |= {
        "SPOOR_DATA_DIR": str(data_dir),
        "SPOOR_PORT": str(port),
        "SPOOR_LOG_LEVEL": "warning",
        "PYTHONPATH": str(REPOSITORY),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "serve"],
        env=env,
        cwd=data_dir,  # away from a .env in the checkout
        stdout=subprocess.DEVNULL,
        stderr=(data_dir / "serve.log").open("ab"),
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        assert process.poll() is None, (data_dir / "serve.log").read_text()[-2000:]
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    process.kill()
    raise TimeoutError("spoor serve did not become healthy")


@pytest.fixture
def data_dir() -> Iterator[Path]:
    # Short: the server's unix socket lives in it. Whatever the test leaves running is stopped.
    with tempfile.TemporaryDirectory(prefix="spoor-") as made:
        path = Path(made).resolve()
        try:
            yield path
        finally:
            for process in _postgres_of(path / "pg"):
                process.kill()


def test_a_clean_stop_after_a_crash_stops_the_embedded_server(data_dir: Path) -> None:
    pgdata = data_dir / "pg"
    crashed, _ = _serve(data_dir)
    crashed.send_signal(signal.SIGKILL)
    crashed.wait(timeout=20)
    # Killed, Spoor could not stop PostgreSQL; the next Spoor joins the server it left.
    assert _postgres_of(pgdata)

    clean, base = _serve(data_dir)
    assert httpx.get(f"{base}/healthz").json() == {"status": "ok", "database": "ok"}
    clean.send_signal(signal.SIGTERM)
    assert clean.wait(timeout=60) == 0

    deadline = time.monotonic() + 20
    while _postgres_of(pgdata) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _postgres_of(pgdata) == []
