"""What `spoor serve` shows while it starts: the database's and migrations' own logs only from
WARNING up (all of them with SPOOR_LOG_LEVEL=debug), a line for each long step, and one banner
once the server is ready to answer."""

import logging
import sys
import uuid
import warnings
from dataclasses import dataclass
from pathlib import Path

import uvicorn

# The libraries whose INFO lines (plugin set-up, initdb's output, each migration) are noise to
# someone starting Spoor; they still say what goes wrong.
CHATTY = ("alembic", "pgserver", "sqlalchemy", "asyncio")


def quiet_logs(level: str) -> None:
    """Log at `level`, the chatty libraries from WARNING up unless debugging."""
    logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")
    if level.lower() != "debug":
        for name in CHATTY:
            logging.getLogger(name).setLevel(logging.WARNING)
        # pgserver asks platformdirs for a runtime folder that headless machines do not set.
        warnings.filterwarnings("ignore", module="platformdirs")


def step(message: str) -> None:
    """A line about a long step, as it starts (on stderr, beside the logs)."""
    print(f"spoor: {message}", file=sys.stderr, flush=True)


def first_start(data_dir: Path) -> bool:
    """Whether the embedded PostgreSQL in data_dir is still to be created."""
    return not (data_dir / "pg" / "PG_VERSION").exists()


@dataclass(frozen=True)
class Demo:
    """What the banner says of the demo, when it is loaded."""

    tenant: str
    tenant_id: uuid.UUID
    plan_id: uuid.UUID
    admin_key: str
    receipt: str


def banner(base: str, demo: Demo | None) -> str:
    lines = [
        "",
        f"Spoor is ready on {base}",
        f"  GraphiQL        {base}/graphql",
        f"  REST docs       {base}/docs   (ReDoc: {base}/redoc, contract: {base}/openapi.json)",
    ]
    if demo is not None:
        lines += [
            f"  demo report     {base}/plans/{demo.plan_id}/report",
            "",
            f"The demo municipality is {demo.tenant!r} (tenant {demo.tenant_id}).",
            f"  admin key       {demo.admin_key}",
            "                  send it as: Authorization: Bearer <key>",
            f"  receipt code    {demo.receipt}   (a citizen's, no key needed)",
            "",
            "Try in GraphiQL:",
            "  { plans(first: 5) { totalCount edges { node { id title status } } } }",
            f'  {{ receipt(code: "{demo.receipt}") {{ status reached {{ kind code title }} }} }}',
            f"  with the key: {{ node(id: ...) }} on an id from the first query;"
            f" or curl {base}/api/v1/plans -H 'Authorization: Bearer {demo.admin_key}'",
        ]
    lines.append("")
    return "\n".join(lines)


class AnnouncingServer(uvicorn.Server):
    """uvicorn's server, printing the banner once it listens (not before: a banner printed
    before the socket is bound would invite requests that cannot be answered yet)."""

    def __init__(self, config: uvicorn.Config, text: str) -> None:
        super().__init__(config)
        self.text = text

    async def startup(self, sockets: list | None = None) -> None:  # type: ignore[type-arg]
        await super().startup(sockets)
        if self.started:
            print(self.text, flush=True)
