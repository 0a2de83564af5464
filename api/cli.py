"""The `spoor` command: serve, migrate, seed, deliver webhooks, and write the generated
schemas."""

import argparse
import asyncio
import atexit
import gc
import signal
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from api.settings import Settings

if TYPE_CHECKING:
    from api.demo.loader import DemoSummary
    from api.report import Contents


def database_url(settings: Settings) -> str:
    """The configured database, or the embedded one, started on demand and stopped at exit."""
    if settings.database_url:
        return settings.database_url
    from api.startup import first_start, step
    from api.store.embedded import start_embedded

    if first_start(settings.data_dir):
        step(f"setting up the embedded PostgreSQL in {settings.data_dir}/ (first start only)")
    server = start_embedded(settings.data_dir)
    atexit.register(server.stop)
    return server.url


def migrate(settings: Settings) -> str:
    from api.store.migrations import upgrade

    url = database_url(settings)
    upgrade(url)
    return url


def seed_demo(url: str) -> "DemoSummary":
    from api.demo.loader import load_demo_into

    return asyncio.run(load_demo_into(url))


def serve(settings: Settings, *, demo: bool) -> None:
    import uvicorn

    from api.app import create_app
    from api.demo.loader import DEMO_ADMIN_KEY, DEMO_RECEIPT, DEMO_TENANT
    from api.http.identity import RateLimits
    from api.startup import AnnouncingServer, Demo, banner

    url = migrate(settings)
    shown = None
    if demo:
        summary = seed_demo(url)
        shown = Demo(DEMO_TENANT, summary.tenant_id, summary.plan_id, DEMO_ADMIN_KEY, DEMO_RECEIPT)
    base = f"http://{settings.host}:{settings.port}"
    # uvicorn shuts down gracefully on SIGTERM and then raises the signal again; exiting through
    # Python (rather than the default handler) lets the embedded PostgreSQL stop with us.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    rates = RateLimits(settings.rate_limit_per_key, settings.rate_limit_per_anonymous_client)
    app = create_app(
        url,
        rates=rates,
        pool_size=settings.database_pool_size,
        trusted_proxies=settings.trusted_proxies,
        webhook_worker=settings.worker == "on",
        response_cache_bytes=settings.response_cache_bytes,
        compiled_reads=settings.compiled_reads == "on",
        assets_from_cdn=settings.assets_from_cdn,
    )
    # uvicorn would believe X-Forwarded-For from 127.0.0.1 (or FORWARDED_ALLOW_IPS) by itself;
    # the app reads forwarding headers from SPOOR_TRUSTED_PROXIES only.
    config = uvicorn.Config(
        app,
        host=settings.host,
        port=settings.port,
        log_level=settings.log_level,
        proxy_headers=False,
        forwarded_allow_ips=[],
    )
    # What startup made (the schema, the models, the routes) lives as long as the process:
    # frozen, the collector's full passes no longer walk it, which held up one request in a few
    # hundred for about 100 ms (bench/reads.py: the goal page's p99 went from 156 to 43 ms).
    gc.collect()
    gc.freeze()
    AnnouncingServer(config, banner(base, shown)).run()


def run_worker(url: str, settings: Settings) -> None:
    """Deliver webhooks until SIGTERM or Ctrl-C; as many workers as wanted may run at once."""
    from api.webhooks.guard import Guard
    from api.webhooks.worker import Worker

    async def work() -> None:
        worker = Worker.connect(url, guard=Guard.from_settings(settings))
        loop = asyncio.get_running_loop()
        for stopping in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(stopping, worker.stop)
        print("Spoor's webhook worker is running", flush=True)
        await worker.run()

    asyncio.run(work())


def create_tenant(url: str, name: str) -> None:
    """Register a tenant and print its first admin key, which is shown only this once."""
    from api.services.keys import create_tenant_with_admin_key
    from api.store.database import Database

    async def create() -> None:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.unit_of_work() as uow:
                issued = await create_tenant_with_admin_key(uow, name=name)
                await uow.commit()
        finally:
            await database.dispose()
        print(f"tenant {name!r} created ({issued.record.tenant_id})")
        print(f"admin key (shown only now; store it safely): {issued.key}")

    asyncio.run(create())


def audit_verify(url: str, *, tenant: str | None) -> int:
    """Verify the hash chain; the exit status is 0 only when every log is intact."""
    from api.services.audit import verify_tenants
    from api.store.database import Database

    async def verify() -> int:
        database = Database.connect(url, pool_size=1)
        try:
            async with database.unit_of_work() as uow:
                reports = await verify_tenants(uow, tenant=tenant)
        finally:
            await database.dispose()
        for report in reports:
            if report.broken is not None:
                print(
                    f"tenant {report.tenant_id}: BROKEN at sequence number {report.broken.seq}:"
                    f" {report.broken.problem} ({report.checked} events verified before it)"
                )
                return 1
            print(
                f"tenant {report.tenant_id}: intact, {report.checked} events"
                f" ({report.redacted} with a redacted payload)"
            )
        return 0

    return asyncio.run(verify())


def write_report(url: str, plan: uuid.UUID, out: Path, *, language: str | None) -> None:
    """Write a plan's trail report, as its municipality reads it (names and reasons included)."""
    from api import report
    from api.services.plans import maintainer_of
    from api.store.database import Database

    async def gather() -> "Contents":
        database = Database.connect(url, pool_size=1)
        try:
            async with database.unit_of_work() as uow:
                caller = await maintainer_of(uow, plan, actor="spoor report")
                return await report.gather(
                    uow, caller, plan_id=plan, language=report.language_of(language)
                )
        finally:
            await database.dispose()

    out.write_text(report.render(asyncio.run(gather())), encoding="utf-8")
    print(f"wrote {out} ({out.stat().st_size // 1024} KB)")


def export_schemas() -> None:
    from api.export import write_schemas

    for path in write_schemas():
        print(f"wrote {path}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="spoor", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    serve_command = commands.add_parser("serve", help="migrate, then serve the API")
    serve_command.add_argument(
        "--demo", action="store_true", help="load the demo plan when the database holds none"
    )
    commands.add_parser("migrate", help="bring the database schema up to date")
    commands.add_parser("worker", help="migrate, then deliver webhooks (any number may run)")
    seed = commands.add_parser("seed", help="load example data")
    seed.add_argument("dataset", choices=["demo"])
    tenant = commands.add_parser("tenant", help="manage tenants")
    tenant.add_argument("action", choices=["create"])
    tenant.add_argument("name", help="the tenant's name, e.g. 'Gemeente Herent'")
    audit = commands.add_parser("audit", help="check the event log")
    audit.add_argument("action", choices=["verify"])
    audit.add_argument("--tenant", help="the tenant's name or id (default: every tenant)")
    written = commands.add_parser("report", help="write a plan's trail report as an HTML page")
    written.add_argument("plan", type=uuid.UUID, help="the plan's id")
    written.add_argument("--out", type=Path, required=True, help="the file to write (plan.html)")
    written.add_argument("--lang", choices=["nl", "fr", "en", "de"], help="default: the plan's")
    schema = commands.add_parser("schema", help="the generated GraphQL and OpenAPI schemas")
    schema.add_argument("action", choices=["export"])
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    from api.domain.errors import DomainError
    from api.startup import quiet_logs

    arguments = _parser().parse_args(argv)
    settings = Settings()
    quiet_logs(settings.log_level)
    try:
        _run(arguments, settings)
    except DomainError as error:
        print(f"spoor: {error.message}", file=sys.stderr)
        sys.exit(2)


def _run(arguments: argparse.Namespace, settings: Settings) -> None:
    if arguments.command == "serve":
        serve(settings, demo=arguments.demo)
    elif arguments.command == "worker":
        run_worker(migrate(settings), settings)
    elif arguments.command == "migrate":
        migrate(settings)
        print("the database schema is up to date")
    elif arguments.command == "seed":
        print(seed_demo(migrate(settings)))
    elif arguments.command == "tenant":
        create_tenant(migrate(settings), arguments.name)
    elif arguments.command == "audit":
        sys.exit(audit_verify(migrate(settings), tenant=arguments.tenant))
    elif arguments.command == "report":
        write_report(migrate(settings), arguments.plan, arguments.out, language=arguments.lang)
    elif arguments.command == "schema":
        export_schemas()
