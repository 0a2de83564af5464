"""What the benchmarks share: a server, fresh migrated databases, and where results go."""

import asyncio
import json
import os
import platform
import sys
import tempfile
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from api.store.database import drop_database, ensure_database, with_database
from api.store.migrations import upgrade

RESULTS = Path(__file__).resolve().parent / "results"


def quiet_warnings() -> None:
    """pgserver asks platformdirs for a runtime folder that headless machines do not set."""
    warnings.filterwarnings("ignore", category=UserWarning, module="platformdirs")


@contextmanager
def server() -> Iterator[tuple[str, str]]:
    """The server's maintenance URL and what it is: the configured one, or an embedded one."""
    configured = os.environ.get("SPOOR_BENCH_DATABASE_URL")
    if configured:
        yield configured, "SPOOR_BENCH_DATABASE_URL"
        return
    from api.store.embedded import start_embedded

    # A short path: the server's unix socket lives in it.
    with tempfile.TemporaryDirectory(prefix="spoor-bench-") as data_dir:
        embedded = start_embedded(Path(data_dir))
        try:
            yield embedded.url, "embedded"
        finally:
            embedded.stop()


@contextmanager
def fresh_databases(url: str, *sides: str) -> Iterator[list[str]]:
    """One freshly migrated database per side on the server at `url`, dropped afterwards."""
    suffix = uuid.uuid4().hex[:8]
    urls = [with_database(url, f"spoor_bench_{side}_{suffix}") for side in sides]
    try:
        for database_url in urls:
            asyncio.run(ensure_database(database_url))
            upgrade(database_url)  # blocking: outside the event loop
        yield urls
    finally:
        for database_url in urls:
            asyncio.run(drop_database(database_url))


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    return {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def run_alone(
    run: Callable[[str, str], bool], failure: str = "the check failed: see above"
) -> None:
    """Run one benchmark alone, on a server of its own; exit with `failure` when its check fails."""
    quiet_warnings()
    with server() as (url, kind):
        ok = run(url, kind)
    if not ok:
        raise SystemExit(failure)


def written(name: str, results: dict[str, Any]) -> bool:
    """Write the results (write_results), say where and how long it all took; whether the
    benchmark's check held."""
    path = write_results(name, results)
    print(f"Written to {path}; {results['seconds']:.0f} s in all.")
    return bool(results["check"]["ok"])


def write_results(name: str, results: dict[str, Any]) -> Path:
    """Write bench/results/<name>.json (ignored by git) and return its path."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    ignore = RESULTS / ".gitignore"
    if not ignore.exists():
        ignore.write_text("*.json\n")
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
    return path
