"""A quiet, helpful start: `spoor serve --demo` prints one banner once it listens (addresses,
the demo municipality, its key and receipt code, queries to try), and neither the database's
nor the migrations' INFO lines; `spoor audit verify --tenant` takes a name or an id."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import httpx
import pytest

from api.cli import main
from api.demo.loader import DEMO_ADMIN_KEY, DEMO_RECEIPT, DEMO_TENANT
from api.store.database import Database
from tests.served import HEALTHY_WITHIN, free_port

pytestmark = pytest.mark.committed


def test_the_banner_comes_once_when_the_server_listens(database_url: str, tmp_path: Path) -> None:
    port = free_port()
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    env = {**os.environ, "SPOOR_DATABASE_URL": database_url, "SPOOR_PORT": str(port),
           "SPOOR_WORKER": "off"}  # fmt: skip
    env.pop("SPOOR_LOG_LEVEL", None)  # the default a newcomer gets
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-m", "api", "serve", "--demo"], env=env, stdout=stdout, stderr=stderr
        )
        try:
            deadline = time.monotonic() + HEALTHY_WITHIN
            while "Spoor is ready" not in out.read_text() and time.monotonic() < deadline:
                assert process.poll() is None, err.read_text()[-2000:]
                time.sleep(0.2)
            banner = out.read_text()
            # Printed once it listens: a request right after the banner is answered.
            assert httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5).status_code == 200
        finally:
            process.terminate()
            process.wait(timeout=30)
    assert banner.count("Spoor is ready") == 1
    base = f"http://127.0.0.1:{port}"
    wanted = (f"{base}/graphql", f"{base}/docs", "/report", DEMO_TENANT, DEMO_ADMIN_KEY,
              DEMO_RECEIPT, "plans(first: 5)")  # fmt: skip
    for shown in wanted:
        assert shown in banner, shown
    logs = err.read_text()
    assert "INFO:alembic" not in logs and "INFO alembic" not in logs
    assert "pgserver" not in logs and "initdb" not in logs
    assert "demo 1/" in logs  # the demo's loading shows its progress


async def test_audit_verify_takes_a_tenant_by_name_or_by_id(
    database: Database, database_url: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    from api.services.tenants import create_tenant

    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Gemeente Bertem")
        await uow.commit()
    monkeypatch.setenv("SPOOR_DATABASE_URL", database_url)
    for named in ("Gemeente Bertem", str(tenant.id)):
        with pytest.raises(SystemExit) as ended:
            await _in_thread(["audit", "verify", "--tenant", named])
        assert ended.value.code == 0
        assert f"tenant {tenant.id}: intact" in capsys.readouterr().out
    with pytest.raises(SystemExit) as ended:
        await _in_thread(["audit", "verify", "--tenant", str(uuid.uuid4())])
    assert ended.value.code == 2
    assert "no tenant named or numbered" in capsys.readouterr().err


async def _in_thread(argv: list[str]) -> None:
    """The command runs its own event loop, so it runs beside the test's."""
    import asyncio

    await asyncio.to_thread(main, argv)
