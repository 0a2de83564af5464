"""The embedded PostgreSQL: a real server from the pgserver wheel, in a local data folder."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pgserver
import psutil
from pgserver.postgres_server import PostgresServer
from pgserver.utils import DiskList

# pgserver lists the processes using a server in this file of its data folder; the last one to
# leave stops the server. A process that was killed never leaves, so the list is pruned first.
_USERS_FILE = ".handle_pids.json"


@dataclass
class EmbeddedServer:
    """A running embedded server and the URL to reach it."""

    url: str
    handle: Any

    def stop(self) -> None:
        """Let go of the server; the last live process to let go stops it, even when others
        that used it were killed without letting go."""
        _forget_dead_users(Path(self.handle.pgdata))
        self.handle.cleanup()


def start_embedded(data_dir: Path) -> EmbeddedServer:
    """Start (or join) the server in `data_dir`.

    pgserver shares one server between the processes that use the same folder. The server
    listens on a unix socket inside its data folder; no TCP port is opened.
    """
    pgdata = data_dir.resolve() / "pg"
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    _forget_dead_users(pgdata)
    handle = pgserver.get_server(pgdata)  # type: ignore[attr-defined]
    return EmbeddedServer(f"postgresql://postgres@/postgres?host={quote(str(pgdata))}", handle)


def _forget_dead_users(pgdata: Path) -> None:
    """Take processes that no longer run off pgserver's list of the server's users."""
    with PostgresServer._lock:
        users = DiskList(pgdata / _USERS_FILE)
        listed = users.get()
        alive = [pid for pid in listed if _running(pid)]
        if alive != listed:
            users.put(alive)


def _running(pid: int) -> bool:
    # A killed child that its parent has not reaped yet still has a pid: a zombie runs nothing.
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False
