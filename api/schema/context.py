"""The per-request context: one unit of work, shared safely, and the request's dataloaders."""

import asyncio
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from api.domain.trail import NodeKind
from api.services import browsing, reading
from api.services.caller import Caller
from api.store.database import Database
from api.store.models import Actor, Input, Node, ParticipationMoment, Theme
from api.store.reads import OriginCounts
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
Key = tuple[uuid.UUID, uuid.UUID]  # (tenant, id) of a plan or a node


class SpoorContext(BaseContext):
    """What every resolver of one request shares; built fresh for each request."""

    def __init__(
        self, uow: UnitOfWork, caller: Caller | None, database: Database, *, request_id: str
    ) -> None:
        super().__init__()
        self.request_id = request_id
        # Set from Accept-Language; a field's own `locale` argument wins over it.
        self.locale: str | None = None
        self.uow = uow
        self._running: set[asyncio.Future[Any]] = set()
        # For the few answers that must commit apart from the request (counting lookups).
        self.uow_factory = database
        # None for an anonymous reader, who sees published plans only.
        self.caller = caller
        self.goals: DataLoader[Key, list[Node]] = self._loader(reading.goals_of)
        self.action_plans: DataLoader[Key, list[Node]] = self._loader(
            lambda uow, keys: reading.targets_of(uow, keys, NodeKind.ACTION_PLAN)
        )
        self.actions: DataLoader[Key, list[Node]] = self._loader(
            lambda uow, keys: reading.targets_of(uow, keys, NodeKind.ACTION)
        )
        self.origin_counts: DataLoader[Key, OriginCounts] = self._loader(reading.origin_counts_of)
        self.first_origins: DataLoader[tuple[Key, int], list[Input]] = self._loader(
            reading.first_origins_of
        )
        self.input_pages: DataLoader[
            tuple[Key, reading.InputQuery], tuple[list[Input], bool, int]
        ] = self._loader(reading.input_pages_of)
        self.links_around: DataLoader[Key, browsing.Around] = self._loader(browsing.links_around_of)
        self.nodes: DataLoader[Key, Node | None] = self._loader(browsing.nodes_of)
        self.part_pages: DataLoader[tuple[Key, browsing.PartQuery], browsing.Parts] = self._loader(
            browsing.part_pages_of
        )
        self.sub_themes: DataLoader[Key, list[Theme]] = self._loader(browsing.sub_themes_of)
        self.moments: DataLoader[Key, ParticipationMoment | None] = self._loader(
            browsing.moments_by_key
        )
        self.actors: DataLoader[uuid.UUID, list[Actor]] = self._loader(browsing.actors_of)

    def _loader(
        self, fetch: Callable[[UnitOfWork, list[K]], Awaitable[dict[K, V]]]
    ) -> DataLoader[K, V]:
        """A loader that answers a batch of keys with one use of the request's session."""

        async def load(keys: list[K]) -> list[V]:
            found = await self.serialised(lambda uow: fetch(uow, keys))
            return [found[key] for key in keys]

        return DataLoader(load_fn=load)

    async def serialised(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        """Run one use of the request's session at a time.

        Strawberry resolves sibling fields concurrently and an AsyncSession is not safe for
        concurrent use, so every resolver and loader goes through this lock.
        """
        # Shielded: when one field fails, GraphQL cancels its siblings; a query cancelled midway
        # would leave the connection unusable, so each use runs to its end regardless, and the
        # request settles them all before its unit of work closes.
        task = asyncio.ensure_future(self._locked(use))
        self._running.add(task)
        task.add_done_callback(self._running.discard)
        return await asyncio.shield(task)

    async def _locked(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        async with self.uow.lock:
            return await use(self.uow)

    async def settle(self) -> None:
        """Wait for every use of the session still running, however its field ended."""
        while self._running:
            await asyncio.gather(*self._running, return_exceptions=True)
