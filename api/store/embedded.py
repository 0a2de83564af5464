"""The embedded PostgreSQL: a real server from the pgserver wheel, in a local data folder."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pgserver


@dataclass
class EmbeddedServer:
    """A running embedded server and the URL to reach it."""

    url: str
    handle: Any

    def stop(self) -> None:
        """Let go of the server; the last process to let go stops it."""
        self.handle.cleanup()


def start_embedded(data_dir: Path) -> EmbeddedServer:
    """Start (or join) the server in `data_dir`.

    pgserver shares one server between the processes that use the same folder. The server
    listens on a unix socket inside its data folder; no TCP port is opened.
    """
    pgdata = data_dir.resolve() / "pg"
    pgdata.parent.mkdir(parents=True, exist_ok=True)
    handle = pgserver.get_server(pgdata)  # type: ignore[attr-defined]
    return EmbeddedServer(f"postgresql://postgres@/postgres?host={quote(str(pgdata))}", handle)
