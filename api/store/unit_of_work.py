"""The unit of work: one transaction per use case, rolled back unless committed."""

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Table, bindparam, delete, inspect, text, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from api.domain.errors import StaleVersion
from api.domain.events import SUBJECT_FIELDS, SubjectKind
from api.store.bulk_insert import insert_unnested
from api.store.changes import Acting, Owner, Part, attach, draft_about, draft_event, part_key
from api.store.clock import Clock, system_clock
from api.store.events import EventDraft, append_events, events_about, rewrite_payloads
from api.store.models import Base, Node
from api.store.snapshots import State, plain, snapshot, snapshots

# The role API requests run as, which row-level security binds (db/migrations, 0006).
APP_ROLE = "spoor_app"


class Turns:
    """Units of work that share one connection take turns: a connection runs one statement at
    a time, and a unit holds its connection from start to end."""

    def __init__(self, *, patience: float = 30.0) -> None:
        self._lock = asyncio.Lock()
        self._holder: asyncio.Task[object] | None = None
        self._patience = patience

    async def take(self) -> None:
        # A unit opened inside another would wait for it forever: say so instead.
        task = asyncio.current_task()
        if task is not None and task is self._holder:
            raise RuntimeError("units of work that share one connection cannot nest")
        try:
            async with asyncio.timeout(self._patience):
                await self._lock.acquire()
        except TimeoutError:
            raise RuntimeError("a unit of work waited too long for the shared connection") from None
        self._holder = task

    def give_back(self) -> None:
        self._holder = None
        self._lock.release()


class UnitOfWork:
    """One session in one transaction; leaving without `commit()` rolls everything back.

    Use cases record an event for every change they make; `commit()` appends them to the event
    log in the same transaction as the changes, so no committed change can miss its event and
    a rolled-back change leaves none.
    """

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        log_events: bool = True,
        as_app: bool = False,
        clock: Clock = system_clock,
        turns: Turns | None = None,
        starts_as_app: bool = False,
    ) -> None:
        self._sessions = sessions
        self.clock = clock
        self._turns = turns
        # API requests run as the role row-level security binds; maintenance runs as the owner.
        self._as_app = as_app
        # Whether each transaction of these sessions begins as APP_ROLE with no tenant (the
        # connection's own settings, see Database.connect), so an API unit sends nothing to
        # begin; else both are set at the start of each unit.
        self._starts_as_app = starts_as_app
        # The tenant this unit acts for now (None: none), so act_for sends only a change.
        self._tenant: uuid.UUID | None = None
        # Only the write benchmark turns this off, to measure what the log costs.
        self._log_events = log_events
        self.pending: list[EventDraft] = []
        # An AsyncSession is not safe for concurrent use; GraphQL resolvers run concurrently,
        # so whoever shares a unit of work across tasks takes this lock around each use.
        self.lock = asyncio.Lock()

    async def __aenter__(self) -> Self:
        if self._turns is not None:
            await self._turns.take()
        self.session = self._sessions()
        self._tenant = None
        try:
            await self.session.begin()
            # Role 'none' is the session's own user (the owner).
            if self._starts_as_app:
                if not self._as_app:
                    await self.session.execute(text("SELECT set_config('role', 'none', true)"))
            else:
                # A unit that joins a longer transaction (a test's) would otherwise inherit role
                # and tenant from the units before it.
                await self.session.execute(
                    text("SELECT set_config('role', :role, true), set_config(:tenant, '', true)"),
                    {"role": APP_ROLE if self._as_app else "none", "tenant": "spoor.tenant_id"},
                )
        except BaseException:
            await self._end()
            raise
        return self

    async def act_for(self, tenant_id: uuid.UUID | None) -> None:
        """Let PostgreSQL show this transaction one tenant's rows (None: public rows only)."""
        if tenant_id == self._tenant:
            return
        await self.session.execute(
            text("SELECT set_config('spoor.tenant_id', :tenant, true)"),
            {"tenant": str(tenant_id) if tenant_id else ""},
        )
        self._tenant = tenant_id

    def acted_for(self, tenant_id: uuid.UUID | None) -> None:
        """Note that a statement of this unit set the tenant in passing, as the key lookup does
        (api/store/access.py), so that act_for need not send it again."""
        self._tenant = tenant_id

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.pending = []
        await self._end()
        if isinstance(exc, StaleDataError):
            # Two writers read the same version and both changed it: the later one loses.
            raise StaleVersion("the item changed while this change was made; retry") from exc

    async def _end(self) -> None:
        try:
            # Closing returns the connection with its transaction rolled back, and detaches the
            # records with their loaded values, so an answer can be read after the unit ends.
            await self.session.close()
        finally:
            if self._turns is not None:
                self._turns.give_back()

    def record(self, draft: EventDraft) -> None:
        """Queue an event; it is written at commit, or dropped with a rollback."""
        self.pending.append(draft)

    # Writes. Every write of a use case goes through one of these, which records its event.

    async def add(
        self,
        record: Base,
        *,
        caller: Acting,
        event: str,
        reason: str | None = None,
        parts: Iterable[Part] = (),
    ) -> None:
        """Insert a new record (with `parts`, the rows its state carries: plan phases, action
        actors) and record its creation."""
        self.session.add(record)
        await self.session.flush()
        rows = list(parts)
        if rows:
            if not isinstance(record, Owner):
                raise TypeError(f"a {type(record).__name__} has no parts")
            await self._add_parts(record, rows)
        await self._recorded(caller, event, record, None, reason)

    async def add_all(
        self, records: Iterable[Base], *, caller: Acting, event: str, reason: str | None = None
    ) -> None:
        """Insert new records in one go, each recorded by an event of its own."""
        added = list(records)
        self.session.add_all(added)
        await self.session.flush()
        for record, after in zip(added, await snapshots(self.session, added), strict=True):
            self.record(draft_event(caller, event, record, before=None, after=after, reason=reason))

    async def insert_nodes(
        self,
        model: type[Node],
        rows: Sequence[dict[str, Any]],
        *,
        caller: Acting,
        event: str,
        reason: str | None = None,
    ) -> None:
        """Insert new nodes of one kind given as their values (every column a node's state
        holds, by attribute name), each recorded as created: one statement per table, and no
        records built, which a sync of thousands would spend most of its time on."""
        mapper = inspect(model)
        kind = SubjectKind(str(mapper.polymorphic_identity))
        for table in mapper.tables:
            names = [column.key for column in table.columns if rows and column.key in rows[0]]
            await insert_unnested(
                self.session, table, [{name: row[name] for name in names} for row in rows]
            )
        for row in rows:
            state = {field: plain(row[field]) for field in SUBJECT_FIELDS[kind]}
            self.record(
                draft_about(
                    caller, event, kind, tenant_id=row["tenant_id"], subject_id=row["id"],
                    plan_id=row["plan_id"], touches=[row["id"]], before=None, after=state,
                    reason=reason,
                )
            )  # fmt: skip

    @asynccontextmanager
    async def change(
        self, record: Base, *, caller: Acting, event: str, reason: str | None = None
    ) -> AsyncIterator[None]:
        """Change a loaded record inside the block; its states before and after are recorded.

        An error inside the block records nothing (and the unit is then rolled back).
        """
        before = await snapshot(self.session, record)
        yield
        await self.session.flush()
        await self._recorded(caller, event, record, before, reason)

    @asynccontextmanager
    async def change_all(
        self, records: Sequence[Base], *, caller: Acting, event: str, reason: str | None = None
    ) -> AsyncIterator[None]:
        """Change many records inside the block; each record's states before and after are
        recorded in an event of its own.

        The changes are written with one UPDATE per table and set of changed columns, however
        many records there are. Such an UPDATE cannot tell one row's lost race from another's,
        so the records must have been read with a lock (`FOR UPDATE`): no one else can change
        them meanwhile, and their versions are moved on here.
        """
        befores = await snapshots(self.session, records)
        yield
        await self._update_in_bulk(records)
        afters = await snapshots(self.session, records)
        for record, before, after in zip(records, befores, afters, strict=True):
            if before != after:
                self.record(
                    draft_event(caller, event, record, before=before, after=after, reason=reason)
                )

    async def _update_in_bulk(self, records: Sequence[Base]) -> None:
        # One executemany per table and set of columns. Not the ORM's flush, nor its bulk
        # UPDATE: with a version column both send one statement per row, to check each row's
        # count, which the lock held on the records makes needless.
        batches: dict[tuple[Table, frozenset[str]], list[dict[str, Any]]] = {}
        written: list[tuple[Base, dict[str, Any]]] = []
        for record in records:
            state = inspect(record)
            changed = {a.key: a.value for a in state.attrs if a.history.has_changes()}
            if not changed:
                continue
            mapper = state.mapper
            tables: dict[Table, dict[str, Any]] = {}
            for name, value in changed.items():
                column = mapper.get_property(name).columns[0]
                tables.setdefault(column.table, {})[column.name] = value
            if mapper.version_id_col is not None:
                version = mapper.get_property_by_column(mapper.version_id_col).key
                tables.setdefault(mapper.version_id_col.table, {})
                changed[version] = getattr(record, version) + 1
            for table, values in tables.items():
                keys = {
                    f"key_{column.name}": getattr(record, mapper.get_property_by_column(column).key)
                    for column in table.primary_key
                }
                batch = batches.setdefault((table, frozenset(values)), [])
                batch.append(keys | {f"new_{name}": value for name, value in values.items()})
            written.append((record, changed))
        for (table, names), rows in batches.items():
            statement = (
                update(table)
                .where(*(column == bindparam(f"key_{column.name}") for column in table.primary_key))
                .values({name: bindparam(f"new_{name}") for name in names})
            )
            if "version" in table.c:
                statement = statement.values(version=table.c.version + 1)
            with self.session.no_autoflush:  # else the flush writes each record first
                await self.session.execute(statement, rows)
        for record, changed in written:
            # Written: the session must not write these values again at its next flush.
            for name, value in changed.items():
                set_committed_value(record, name, value)
            self.session.expire(record, ["updated_at"])

    async def replace_parts(self, owner: Owner, parts: Iterable[Part]) -> None:
        """Inside `change`: replace the rows an owner's state carries by these."""
        model, column = part_key(owner)
        await self.session.execute(
            delete(model).where(
                model.tenant_id == owner.tenant_id, model.__table__.c[column] == owner.id
            )
        )
        # The parts are the owner's state, so its version moves with them.
        owner.updated_at = self.clock()
        await self._add_parts(owner, parts)

    async def delete(
        self, record: Base, *, caller: Acting, event: str, reason: str | None = None
    ) -> None:
        """Delete a loaded record; its last state is recorded as the state before."""
        before = await snapshot(self.session, record)
        await self.session.delete(record)
        await self.session.flush()
        self.record(draft_event(caller, event, record, before=before, after=None, reason=reason))

    async def redact(
        self,
        *,
        tenant_id: uuid.UUID,
        subject_id: uuid.UUID,
        rewrite: Callable[[dict[str, Any]], dict[str, Any]],
    ) -> None:
        """Rewrite the payload of every event about a subject, logged or still pending.

        The log's one allowed change, for the law's sake: the hash chain covers each payload's
        hash, not the payload, so it still verifies.
        """
        past = await events_about(self.session, tenant_id=tenant_id, subject_id=subject_id)
        await rewrite_payloads(
            self.session,
            tenant_id=tenant_id,
            payloads={event.seq: rewrite(event.payload) for event in past},
            redacted_at=self.clock(),
        )
        for draft in self.pending:
            if draft.subject_id == subject_id:
                draft.payload = rewrite(draft.payload)

    async def _add_parts(self, owner: Owner, parts: Iterable[Part]) -> None:
        rows = list(parts)
        attach(owner, rows)
        self.session.add_all(rows)
        await self.session.flush()

    async def _recorded(
        self, caller: Acting, event: str, record: Base, before: State | None, reason: str | None
    ) -> None:
        after = await snapshot(self.session, record)
        self.record(draft_event(caller, event, record, before=before, after=after, reason=reason))

    async def write_events(self) -> None:
        """Append the events recorded so far now, at the clock's time, ahead of the commit: a
        loader that retells a past timeline (the demo) stamps each step with its own moment."""
        if self.pending and self._log_events:
            await append_events(self.session, self.pending, clock=self.clock)
        self.pending = []

    async def commit(self) -> None:
        await self.write_events()
        await self.session.commit()
