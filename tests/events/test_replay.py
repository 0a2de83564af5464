"""Replay: folding a tenant's event log must rebuild exactly the state the tables hold.

A seeded random walk drives every write service, valid calls and refused ones alike, with a
small model of the tenant predicting which calls must be refused and why.
"""

import random
from collections import Counter

import pytest

from api.domain.errors import DomainError
from api.domain.trail import NodeKind
from api.services import audit
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import snapshot
from tests.events.walk.log import differences, log_mark
from tests.events.walk.walk import Walk

SEED = 20_261_126
OPERATIONS = 1_200


# 1,200 writes to the same few rows: in one transaction none of their old versions could be
# pruned, and each lookup would walk them all (rolled back, the test takes twice as long).
@pytest.mark.committed
async def test_replay_rebuilds_the_current_state_after_many_random_operations(
    database: Database, caller: Caller
) -> None:
    """Whatever sequence of writes, valid or refused, the log alone rebuilds every subject."""
    walk = Walk(random.Random(SEED), caller)
    tally: Counter[tuple[str, str]] = Counter()
    refusals: Counter[str] = Counter()
    mark = await log_mark(database, caller.tenant_id)
    for number in range(OPERATIONS):
        attempt = walk.next_attempt()
        where = f"operation {number}: {attempt.name}({attempt.detail})"
        rows_before = None
        if attempt.refusal is not None and walk.chance(0.1):
            rows_before = await snapshot(database)
        try:
            async with database.unit_of_work() as uow:
                result = await attempt.call(uow)
                await uow.commit()
        except DomainError as error:
            assert attempt.refusal is not None, f"{where} was refused: {error!r}"
            assert isinstance(error, attempt.refusal), f"{where}: {error!r}, not {attempt.refusal}"
            tally[attempt.name, "refused"] += 1
            refusals[type(error).__name__] += 1
            assert await log_mark(database, caller.tenant_id) == mark, f"{where} left events"
            if rows_before is not None:
                assert await snapshot(database) == rows_before, f"{where} left rows"
        else:
            assert attempt.refusal is None, f"{where} should be refused ({attempt.refusal})"
            if attempt.retry is not None:
                # A create repeating an external id of its plan returns that node, unchanged.
                assert result.id == attempt.retry.id, f"{where} did not return the earlier node"
                assert await log_mark(database, caller.tenant_id) == mark, f"{where} left events"
                tally[attempt.name, "retried"] += 1
                continue
            attempt.then(result)
            tally[attempt.name, "done"] += 1
            now = await log_mark(database, caller.tenant_id)
            assert now.events > mark.events, f"{where} left no event"
            assert now.events == now.last_seq, f"{where} left a gap in the sequence"
            mark = now

    async with database.unit_of_work() as uow:
        replayed = await audit.replay(uow, caller.tenant_id)
        current = await audit.current_state(uow, caller.tenant_id)
        verification = await audit.verify_log(uow, caller.tenant_id)
    assert differences(replayed, current) == []
    assert replayed == current
    assert verification.intact, verification.broken
    assert verification.checked == mark.events
    assert verification.redacted > 0

    # The model agrees with the tables, so its predictions were about the real state.
    model = walk.model
    kinds = Counter(kind for kind, _ in current)
    assert kinds["plan"] == len(model.plans)
    assert kinds["moment"] == len(model.moments)
    assert kinds["actor"] == len(model.actors)
    assert kinds["contact"] == model.contacts
    assert kinds["link"] == len(model.links)
    for kind in NodeKind:
        assert kinds[kind.value] == len(walk.nodes(kind)), kind

    # Enough of every kind of write succeeded, and was refused, for the run to mean something.
    done = {name: tally[name, "done"] for name in Walk.WEIGHTS}
    assert all(count >= 3 for count in done.values()), tally
    minimum = {"create_link": 20, "delete_link": 5, "delete_node": 5, "redact_input": 5}
    assert all(done[name] >= count for name, count in minimum.items()), tally
    assert done["erase_participant"] >= 3, tally
    # Creates that repeated an external id of their plan returned the earlier node.
    retried = {name: count for (name, outcome), count in tally.items() if outcome == "retried"}
    assert {"create_input", "create_action"} <= set(retried), tally
    assert sum(retried.values()) >= 5, tally
    assert sum(refusals.values()) >= 100, refusals
    assert min(refusals.values()) >= 3, refusals
    assert set(refusals) >= {
        "ValidationFailed",
        "NotFound",
        "Conflict",
        "IllegalTransition",
        "LinkNotAllowed",
        "CycleDetected",
        "CrossPlanLink",
        "DuplicateLink",
    }, refusals
