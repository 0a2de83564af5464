"""The per-request context: the request's scope on the database, and its dataloaders."""

import uuid
from collections.abc import Awaitable, Callable
from functools import cached_property
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from api.domain.trail import NodeKind
from api.http.scope import RequestScope
from api.services import browsing, progress, reading
from api.services.caller import Caller
from api.services.runner import UnitOfWork, UnitsOfWork, WriteUseCase
from api.store.models import Actor, Input, Node, ParticipationMoment, Theme
from api.store.reads import OriginCounts

T = TypeVar("T")
C = TypeVar("C")
K = TypeVar("K")
V = TypeVar("V")
Key = tuple[uuid.UUID, uuid.UUID]  # (tenant, id) of a plan or a node


class SpoorContext(BaseContext):
    """What every resolver of one request shares; built fresh for each request.

    Over a WebSocket there is no request scope: a subscription opens short units of work of its
    own on `units`, for as long as it streams.
    """

    def __init__(self, scope: RequestScope | None, units: UnitsOfWork, *, request_id: str) -> None:
        super().__init__()
        self.scope = scope
        self.units = units
        self.request_id = request_id
        # Set from Accept-Language; a field's own `locale` argument wins over it.
        self.locale: str | None = None
        # Whether a use ran apart from the request's read transaction: the response cache then
        # keeps no answer, which is no longer a function of that transaction's version.
        self.went_apart = False
        # Whether the hot shapes are built whole in SQL (api/schema/compiled.py).
        self.compiled_reads = True
        self.compiled_shapes: dict[Any, Any] = {}  # each selection read once (compiled.py)

    # The dataloaders, each made when a resolver first asks for it: a request uses few of them.

    @cached_property
    def compiled(self) -> DataLoader[reading.CompiledKey, Any]:
        return self._loader(reading.compiled_pages_of)

    @cached_property
    def goals(self) -> DataLoader[Key, list[Node]]:
        return self._loader(reading.goals_of)

    @cached_property
    def action_plans(self) -> DataLoader[Key, list[Node]]:
        return self._loader(lambda uow, keys: reading.targets_of(uow, keys, NodeKind.ACTION_PLAN))

    @cached_property
    def actions(self) -> DataLoader[Key, list[Node]]:
        return self._loader(lambda uow, keys: reading.targets_of(uow, keys, NodeKind.ACTION))

    @cached_property
    def origin_counts(self) -> DataLoader[Key, OriginCounts]:
        return self._loader(reading.origin_counts_of)

    @cached_property
    def progress(self) -> DataLoader[Key, int | None]:
        return self._loader(progress.progress_of)

    @cached_property
    def first_origins(self) -> DataLoader[tuple[Key, int], list[Input]]:
        return self._loader(reading.first_origins_of)

    @cached_property
    def input_pages(
        self,
    ) -> DataLoader[tuple[Key, reading.InputQuery], tuple[list[Input], bool, int]]:
        return self._loader(reading.input_pages_of)

    @cached_property
    def links_around(self) -> DataLoader[Key, browsing.Around]:
        return self._loader(browsing.links_around_of)

    @cached_property
    def nodes(self) -> DataLoader[Key, Node | None]:
        return self._loader(browsing.nodes_of)

    @cached_property
    def part_pages(self) -> DataLoader[tuple[Key, browsing.PartQuery], browsing.Parts]:
        return self._loader(browsing.part_pages_of)

    @cached_property
    def sub_themes(self) -> DataLoader[Key, list[Theme]]:
        return self._loader(browsing.sub_themes_of)

    @cached_property
    def moments(self) -> DataLoader[Key, ParticipationMoment | None]:
        return self._loader(browsing.moments_by_key)

    @cached_property
    def actors(self) -> DataLoader[uuid.UUID, list[Actor]]:
        return self._loader(browsing.actors_of)

    @cached_property
    def action_actors(self) -> DataLoader[Key, list[tuple[str, Actor]]]:
        return self._loader(browsing.actors_of_actions)

    @property
    def caller(self) -> Caller | None:
        """None for an anonymous reader, who sees published plans only."""
        return self.scope.caller if self.scope else None

    def _loader(
        self, fetch: Callable[[UnitOfWork, list[K]], Awaitable[dict[K, V]]]
    ) -> DataLoader[K, V]:
        """A loader that answers a batch of keys with one read of the request."""

        async def load(keys: list[K]) -> list[V]:
            found = await self.read(lambda uow: fetch(uow, keys))
            return [found[key] for key in keys]

        return DataLoader(load_fn=load)

    def _scope(self) -> RequestScope:
        if self.scope is None:
            raise RuntimeError("a WebSocket has no request scope; subscriptions use `units`")
        return self.scope

    async def read(self, use: Callable[[UnitOfWork], Awaitable[T]]) -> T:
        """One read in the request's read unit of work (resolvers and loaders share it)."""
        return await self._scope().read(use)

    async def write(self, use_case: WriteUseCase[C, T], command: C) -> T:
        """One write use case on its command, in a unit of work of its own, through the shared
        runner (which checks the command first)."""
        return await self._scope().write(use_case, command)

    async def apart(self, use: Callable[[UnitsOfWork], Awaitable[T]]) -> T:
        """Units of work of their own, the request's reads ended first."""
        self.went_apart = True
        return await self._scope().apart(use)
