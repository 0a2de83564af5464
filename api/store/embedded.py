"""The embedded PostgreSQL: a real server from the pgserver wheel, in a local data folder."""

from pathlib import Path
from urllib.parse import quote

import pgserver


def start_embedded(data_dir: Path) -> str:
    """Start (or join) the server in `data_dir` and return a connection URL for it.

    pgserver shares one server between the processes that use the same folder and stops it
    when the last of them exits.
    """
    data_dir = data_dir.resolve()
    data_dir.mkdir(parents=True, exist_ok=True)
    pgserver.get_server(data_dir / "pg")  # type: ignore[attr-defined]
    # The server listens on a unix socket inside its data folder; no TCP port is opened.
    return f"postgresql://postgres@/postgres?host={quote(str(data_dir / 'pg'))}"
