"""Idempotent writes: a request sent again with the same Idempotency-Key gets the first answer.

The surface presents a write's answer inside the write's own unit of work, and the answer is
kept there too, so a change and the answer that reports it are committed together or not at
all: a retry after a lost answer replays it, and nothing is changed twice. When two first uses
of one key race, the database's key decides: the second finds the first's answer once that
commits (`AnsweredBefore`), and its own change is rolled back.
"""

import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, TypeVar

from api.services.caller import Caller
from api.services.runner import WriteUseCase
from api.store import idempotency as idempotency_store
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
C = TypeVar("C")

# How long an answer is replayed; a key may be used again for another request after that.
REPLAY_WINDOW = timedelta(hours=24)


@dataclass(frozen=True)
class Answer:
    """What a surface answers a write with: a status, a JSON body and headers.

    `once` names the body's fields that are shown in this answer only (a receipt code, a new
    key's secret): a replay shows them as null, so no secret is kept beside the answer. A name
    `items.receipt_code` means that field of each item of the list `items`.
    """

    status: int
    body: dict[str, Any] | None
    headers: dict[str, str] = field(default_factory=dict)
    once: tuple[str, ...] = ()

    def kept(self) -> dict[str, Any] | None:
        """The body as a replay shows it."""
        if self.body is None:
            return None
        return _without(self.body, self.once)


def _without(body: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    kept = {name: None if name in names else value for name, value in body.items()}
    for name in names:
        outer, _, inner = name.partition(".")
        items = kept.get(outer)
        if inner and isinstance(items, list):
            kept[outer] = [
                _without(item, (inner,)) if isinstance(item, dict) else item for item in items
            ]
    return kept


@dataclass(frozen=True)
class Claim:
    """An Idempotency-Key and the digest of the request that came with it."""

    key: str
    fingerprint: str


@dataclass(frozen=True)
class KeptAnswer:
    fingerprint: str
    status: int
    body: dict[str, Any] | None
    headers: dict[str, str]


class AnsweredBefore(Exception):
    """Another request with the key was answered while this one ran; its change is undone."""


Present = Callable[[UnitOfWork, Caller, T], Awaitable[Answer]]


def answering(
    use_case: WriteUseCase[C, T], present: Present[T], claim: Claim | None
) -> WriteUseCase[C, Answer]:
    """The use case, followed in its unit of work by presenting its result and, for a claimed
    key, keeping the answer; run it through the runner like the use case itself."""

    async def answered(uow: UnitOfWork, caller: Caller, command: C) -> Answer:
        result = await use_case(uow, caller, command)
        answer = await present(uow, caller, result)
        if claim is not None:
            await _keep(uow, caller, claim, answer)
        return answer

    return answered


async def _keep(uow: UnitOfWork, caller: Caller, claim: Claim, answer: Answer) -> None:
    now = uow.clock()
    kept = await idempotency_store.keep_answer(
        uow.session, tenant_id=caller.tenant_id, key=claim.key, fingerprint=claim.fingerprint,
        status=answer.status, body=answer.kept(), headers=answer.headers, now=now,
        since=now - REPLAY_WINDOW,
    )  # fmt: skip
    if not kept:
        raise AnsweredBefore(claim.key)
    if random.random() < 0.01:  # now and then, let the tenant's stale answers go
        await idempotency_store.forget_answers_before(
            uow.session, tenant_id=caller.tenant_id, moment=now - REPLAY_WINDOW
        )


async def earlier_answer(uow: UnitOfWork, caller: Caller, key: str) -> KeptAnswer | None:
    """The answer kept under the caller's key in the last day, if any."""
    found = await idempotency_store.answer_for(
        uow.session, tenant_id=caller.tenant_id, key=key, since=uow.clock() - REPLAY_WINDOW
    )
    if found is None:
        return None
    return KeptAnswer(found.fingerprint, found.status, found.body, dict(found.headers))
