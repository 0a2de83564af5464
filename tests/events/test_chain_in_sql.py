"""The chain extended in the database: the same bytes, the same hashes, as the Python verifier's."""

import uuid
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from sqlalchemy import text

from api.domain.events import canonical, chain_hash, digest
from api.services import audit
from api.services.caller import Caller
from api.store.database import Database
from api.store.events import EventDraft, append_events, header_of

UTC_MINUS_FIVE = timezone(-timedelta(hours=5))
AWKWARD = '"quoted" \\back\\slash\n\t\r\b\f \x01\x1f\x7f é ñ € 𝄞 \u2028 {"not":"json"}'
PREV = "ab" * 32


def _row(**changes: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "tenant_id": uuid.uuid4(), "seq": 12, "id": uuid.uuid4(), "type": "input.created",
        "type_version": 1, "occurred_at": datetime(2026, 3, 4, 5, 6, 7, 890, tzinfo=UTC),
        "actor_id": "Anne De Smet", "actor_kind": "user", "request_id": "req-1",
        "reason": "because", "subject_kind": "input", "subject_id": uuid.uuid4(),
        "plan_id": uuid.uuid4(), "touches": [uuid.uuid4()], "payload_hash": digest(b"{}"),
    }  # fmt: skip
    return row | changes


ROWS = {
    "plain": _row(),
    "awkward text": _row(actor_id=AWKWARD, reason=AWKWARD, request_id=AWKWARD),
    "nulls": _row(plan_id=None, reason=None, request_id=None),
    "whole second": _row(occurred_at=datetime(2026, 3, 4, 5, 6, 7, tzinfo=UTC)),
    "another zone": _row(occurred_at=datetime(2026, 3, 4, 23, 59, 59, 1, UTC_MINUS_FIVE)),
    "two touched": _row(touches=[uuid.uuid4(), uuid.uuid4(), uuid.uuid4()]),
    "big numbers": _row(seq=2**62, type_version=2**31 - 1),
    "empty strings": _row(actor_id="", reason="", request_id=""),
}  # fmt: skip

HEADER = text(
    "SELECT event_header(:tenant_id, :seq, :id, :type, :type_version, :occurred_at, :actor_id,"
    " :actor_kind, :request_id, :reason, :subject_kind, :subject_id, :plan_id,"
    " CAST(:touches AS uuid[]), :payload_hash)"
)


@pytest.mark.parametrize("name", ROWS)
async def test_the_database_writes_and_hashes_the_canonical_header(
    database: Database, name: str
) -> None:
    row = ROWS[name]
    async with database.unit_of_work() as uow:
        header = await uow.session.scalar(HEADER, row)
        hashed = await uow.session.scalar(
            text("SELECT event_chain_hash(:prev, :header)"), {"prev": PREV, "header": header}
        )
    assert header == canonical(header_of(row)).decode()
    assert hashed == chain_hash(PREV, header_of(row))


def _draft(caller: Caller, **changes: Any) -> EventDraft:
    subject = uuid.uuid4()
    fields: dict[str, Any] = {
        "tenant_id": caller.tenant_id, "type": "tenant.created", "subject_kind": "tenant",
        "subject_id": subject, "plan_id": None, "actor_id": caller.actor, "actor_kind": "user",
        "payload": {"before": {"name": "a"}, "after": {"name": AWKWARD}},
    }  # fmt: skip
    return EventDraft(**(fields | changes))


async def test_events_with_any_text_verify(database: Database, caller: Caller) -> None:
    drafts = [
        _draft(caller, reason=AWKWARD, request_id=AWKWARD, actor_id=AWKWARD),
        _draft(caller, plan_id=uuid.uuid4(), touches=[uuid.uuid4(), uuid.uuid4()]),
        _draft(caller, reason=None, request_id=None),
    ]
    async with database.unit_of_work() as uow:
        await append_events(uow.session, drafts, clock=lambda: datetime.now(UTC))
        await uow.commit()
    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, caller.tenant_id)
    assert report.intact and report.checked == 1 + len(drafts)  # tenant.created first


async def test_a_chain_hashed_in_python_goes_on_in_the_database(
    database: Database, caller: Caller
) -> None:
    """A log written before the database hashed (by Python, as the verifier does) goes on."""
    await _append_as_python_did(database, caller, reason=AWKWARD)
    async with database.unit_of_work() as uow:
        await append_events(uow.session, [_draft(caller)], clock=lambda: datetime.now(UTC))
        await uow.commit()
    async with database.unit_of_work() as uow:
        report = await audit.verify_log(uow, caller.tenant_id)
    assert report.intact and report.checked == 3


async def test_time_never_goes_back_as_numbers_go_up(database: Database, caller: Caller) -> None:
    """The clock is read before the head is locked, so a writer that read it earlier may number
    its event later: it then takes the previous event's time."""
    async with database.unit_of_work() as uow:
        past = datetime.now(UTC) - timedelta(hours=1)
        await append_events(uow.session, [_draft(caller)], clock=lambda: past)
        await uow.commit()
    async with database.unit_of_work() as uow:
        times = (
            await uow.session.scalars(
                text("SELECT occurred_at FROM event WHERE tenant_id = :t ORDER BY seq"),
                {"t": caller.tenant_id},
            )
        ).all()
        report = await audit.verify_log(uow, caller.tenant_id)
    assert len(times) == 2 and times[1] == times[0] > past
    assert report.intact


async def _append_as_python_did(database: Database, caller: Caller, **changes: Any) -> None:
    """Append one event the way Spoor did before the database hashed: every value and hash
    computed in Python, then inserted."""
    async with database.unit_of_work() as uow:
        session = uow.session
        head = (
            await session.execute(
                text("SELECT last_seq, last_hash FROM event_head WHERE tenant_id = :t"),
                {"t": caller.tenant_id},
            )
        ).one()
        payload = canonical({"before": None, "after": {"name": "x"}}).decode()
        row = _row(
            tenant_id=caller.tenant_id, seq=head.last_seq + 1, actor_kind="user",
            occurred_at=datetime.now(UTC), payload_hash=digest(payload.encode()), **changes,
        )  # fmt: skip
        row["hash"] = chain_hash(head.last_hash, header_of(row))
        await session.execute(
            text(
                "INSERT INTO event (tenant_id, seq, id, type, type_version, occurred_at,"
                " actor_id, actor_kind, request_id, reason, subject_kind, subject_id, plan_id,"
                " touches, payload, payload_hash, prev_hash, hash) VALUES (:tenant_id, :seq,"
                " :id, :type, :type_version, :occurred_at, :actor_id, :actor_kind, :request_id,"
                " :reason, :subject_kind, :subject_id, :plan_id, CAST(:touches AS uuid[]),"
                " CAST(:payload AS jsonb), :payload_hash, :prev, :hash)"
            ),
            row | {"payload": payload, "prev": head.last_hash},
        )
        await session.execute(
            text("UPDATE event_head SET last_seq = :seq, last_hash = :hash WHERE tenant_id = :t"),
            {"seq": row["seq"], "hash": row["hash"], "t": caller.tenant_id},
        )
        await uow.commit()
