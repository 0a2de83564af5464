"""Replay: folding a tenant's event log must rebuild exactly the state the tables hold.

A seeded random walk drives every write service, valid calls and refused ones alike, with a
small model of the tenant predicting which calls must be refused and why; a table of single
calls pins down exactly which events each write appends, and that a refused one appends none.
"""

import random
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from api.domain.errors import (
    Conflict,
    CrossPlanLink,
    CycleDetected,
    DomainError,
    DuplicateLink,
    IllegalTransition,
    LinkNotAllowed,
    NotFound,
    ValidationFailed,
)
from api.domain.status import ACTION_TRANSITIONS, INPUT_TRANSITIONS, ActionStatus, InputStatus
from api.domain.trail import ALLOWED_LINKS, NodeKind
from api.domain.vocabulary import (
    MOMENT_METHODS,
    Channel,
    Decision,
    Language,
    ParticipantType,
    Phase,
    PlanStatus,
)
from api.services import actions, audit, inputs, links, participation, plans, privacy, structure
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database
from api.store.models import Base
from api.store.unit_of_work import UnitOfWork

T = TypeVar("T")
Refusal = type[DomainError] | None

SEED = 20_261_126
OPERATIONS = 1_200
MAX_PLANS = 4
WORDS = (
    "huur",
    "wonen",
    "buurt",
    "fiets",
    "jeugd",
    "zorg",
    "eenzaamheid",
    "armoede",
    "park",
    "school",
    "bus",
    "energie",
    "senioren",
    "sport",
    "cultuur",
    "werk",
    "taal",
    "mantelzorg",
)
CODE_PREFIXES = {
    NodeKind.FINDING: "B",
    NodeKind.THEME: "T",
    NodeKind.GOAL: "SD",
    NodeKind.ACTION_PLAN: "AP",
    NodeKind.ACTION: "A",
}


class LogMark(NamedTuple):
    """How many events a tenant's log holds and its last sequence number."""

    events: int
    last_seq: int | None


async def log_mark(database: Database, tenant_id: uuid.UUID) -> LogMark:
    async with database.unit_of_work() as uow:
        row = (
            await uow.session.execute(
                text("SELECT count(*), max(seq) FROM event WHERE tenant_id = :t"),
                {"t": tenant_id},
            )
        ).one()
    return LogMark(row[0], row[1])


async def new_events(
    database: Database, tenant_id: uuid.UUID, after: int | None
) -> list[tuple[str, uuid.UUID]]:
    """The type and subject of every event after a sequence number, in log order."""
    async with database.unit_of_work() as uow:
        rows = await uow.session.execute(
            text(
                "SELECT type, subject_id FROM event WHERE tenant_id = :t AND seq > :s ORDER BY seq"
            ),
            {"t": tenant_id, "s": after or 0},
        )
        return [(row[0], row[1]) for row in rows]


async def all_rows(database: Database) -> dict[str, str]:
    """Every row of every table, to see that a refused call changed nothing at all."""
    async with database.unit_of_work() as uow:
        rows = {}
        for table in Base.metadata.sorted_tables:
            result = await uow.session.execute(
                text(
                    "SELECT coalesce(string_agg(t::text, '|' ORDER BY t::text), '')"
                    f" FROM {table.name} t"
                )
            )
            rows[table.name] = result.scalar_one()
        return rows


def differences(replayed: dict[Any, Any], current: dict[Any, Any]) -> list[str]:
    """What replay got wrong, field by field, so a failure says where to look."""
    found = []
    for key in sorted(set(replayed) | set(current)):
        was, now = replayed.get(key), current.get(key)
        if was == now:
            continue
        if was is None or now is None:
            found.append(f"{key}: replayed {was!r}, tables {now!r}")
            continue
        fields = sorted(name for name in set(was) | set(now) if was.get(name) != now.get(name))
        found += [
            f"{key}.{name}: replayed {was.get(name)!r}, tables {now.get(name)!r}" for name in fields
        ]
    return found


# The model: what the walk knows of the tenant, enough to predict every refusal.


@dataclass
class PlanModel:
    status: PlanStatus
    start: date
    end: date


@dataclass
class NodeModel:
    id: uuid.UUID
    kind: NodeKind
    plan_id: uuid.UUID
    code: str | None = None
    status: str | None = None
    parent_id: uuid.UUID | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    external_id: str | None = None


@dataclass
class Model:
    plans: dict[uuid.UUID, PlanModel] = field(default_factory=dict)
    moments: dict[uuid.UUID, uuid.UUID] = field(default_factory=dict)
    actors: dict[str, uuid.UUID] = field(default_factory=dict)
    nodes: dict[uuid.UUID, NodeModel] = field(default_factory=dict)
    links: dict[uuid.UUID, tuple[uuid.UUID, uuid.UUID]] = field(default_factory=dict)
    gone: list[uuid.UUID] = field(default_factory=list)
    live_contacts: Counter[str] = field(default_factory=Counter)
    contacts: int = 0


@dataclass
class Attempt:
    """One service call, the refusal the model predicts for it, and what success changes."""

    name: str
    call: Callable[[UnitOfWork], Awaitable[Any]]
    refusal: Refusal = None
    then: Callable[[Any], None] = lambda _: None
    detail: str = ""


def first(*checks: tuple[bool, type[DomainError]]) -> Refusal:
    """The refusal of the first failing check, in the order the service makes them."""
    return next((refusal for failed, refusal in checks if failed), None)


def known(vocabulary: type[StrEnum], value: str) -> bool:
    return value in {member.value for member in vocabulary}


class Walk:
    """Chooses the next service call at random, from what the model says exists."""

    WEIGHTS = {
        "create_plan": 2,
        "update_plan": 3,
        "set_plan_status": 2,
        "create_moment": 3,
        "create_actor": 2,
        "create_input": 12,
        "update_input": 4,
        "set_input_status": 5,
        "create_finding": 4,
        "create_theme": 4,
        "create_goal": 4,
        "create_action_plan": 4,
        "create_action": 6,
        "update_node": 5,
        "update_action": 5,
        "move_theme": 3,
        "set_action_status": 4,
        "set_progress": 3,
        "create_link": 14,
        "update_link": 4,
        "delete_link": 3,
        "delete_node": 3,
        "redact_input": 2,
        "erase_participant": 2,
    }

    def __init__(self, rng: random.Random, caller: Caller) -> None:
        self.rng = rng
        self.caller = caller
        self.model = Model()

    def next_attempt(self) -> Attempt:
        names, weights = list(self.WEIGHTS), list(self.WEIGHTS.values())
        while True:
            name = "create_plan" if not self.model.plans else self.rng.choices(names, weights)[0]
            attempt: Attempt | None = getattr(self, name)()
            if attempt is not None:
                return attempt

    # Choosing.

    def chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def pick(self, items: Sequence[T]) -> T | None:
        return items[self.rng.randrange(len(items))] if items else None

    def any_plan(self) -> uuid.UUID:
        return self.rng.choice(list(self.model.plans))

    def unknown_id(self) -> uuid.UUID:
        if self.model.gone and self.chance(0.7):
            return self.rng.choice(self.model.gone)
        return uuid.UUID(int=self.rng.getrandbits(128))

    def nodes(self, *kinds: NodeKind, plan_id: uuid.UUID | None = None) -> list[NodeModel]:
        return [
            node
            for node in self.model.nodes.values()
            if node.kind in kinds and (plan_id is None or node.plan_id == plan_id)
        ]

    def sentence(self) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(3, 9))).capitalize()

    def title(self) -> tuple[str | dict[str, str], bool]:
        """A title, plain or translated, and whether it is one the services refuse."""
        if self.chance(0.04):
            return {"en": self.sentence()}, True
        if self.chance(0.3):
            return {"nl": self.sentence(), "en": self.sentence()}, False
        return self.sentence(), False

    def day(self, year: int = 2023) -> date:
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(5 * 365))

    def phases(self, start: date) -> list[tuple[str, date, date]]:
        chosen = self.rng.sample(list(Phase), self.rng.randint(0, 3))
        return [
            (phase.value, start + timedelta(days=30 * i), start + timedelta(days=30 * i + 20))
            for i, phase in enumerate(chosen)
        ]

    def code_taken(self, node: NodeModel, code: str) -> bool:
        return any(
            other.code == code
            for other in self.nodes(node.kind, plan_id=node.plan_id)
            if other.id != node.id
        )

    def actor_ids(self) -> list[uuid.UUID]:
        known = list(self.model.actors.values())
        return self.rng.sample(known, self.rng.randint(0, min(3, len(known))))

    def money(self) -> Decimal | int:
        """An amount in euros, whole or to the cent: replay must give it back as stored."""
        if self.chance(0.3):
            return self.rng.randrange(200_000)
        return Decimal(f"{self.rng.randrange(200_000)}.{self.rng.randrange(100):02d}")

    def weight(self) -> Decimal | int:
        if self.chance(0.3):
            return self.rng.randint(1, 20)
        return Decimal(f"{self.rng.randint(1, 20)}.{self.rng.choice((0, 5, 25, 50)):02d}")

    def bad_weight(self) -> Decimal | int:
        refused: list[Decimal | int] = [0, Decimal("-1.00"), Decimal("1.234"), 1_000_000]
        return self.rng.choice(refused)

    def bad_budget(self) -> Decimal | int:
        refused: list[Decimal | int] = [-5, Decimal("12.345"), 10**12]
        return self.rng.choice(refused)

    def moment_for(self, plan_id: uuid.UUID) -> tuple[uuid.UUID | None, bool]:
        """A moment, usually of this plan; whether it belongs to another plan."""
        if not self.model.moments:
            return None, False
        own = [m for m, p in self.model.moments.items() if p == plan_id]
        moment = self.rng.choice(own) if own and self.chance(0.85) else None
        moment = moment or self.rng.choice(list(self.model.moments))
        return moment, self.model.moments[moment] != plan_id

    # Plans, moments and actors.

    def create_plan(self) -> Attempt:
        start = date(2020 + self.rng.randrange(5), 1, 1)
        end = date(start.year + 5, 12, 31)
        phases = self.phases(start) if self.chance(0.5) else []
        refusal: Refusal = None
        if self.model.plans and (len(self.model.plans) >= MAX_PLANS or self.chance(0.15)):
            flaw = self.rng.randrange(3)
            if flaw == 0:
                end = start - timedelta(days=1)
            elif flaw == 1:
                phases = [("analysis", start, start + timedelta(days=9))] * 2
            else:
                phases = [("kickoff", start, start)]
            refusal = ValidationFailed
        title = self.sentence()

        def then(plan: Any) -> None:
            self.model.plans[plan.id] = PlanModel(PlanStatus.DRAFT, start, end)

        return Attempt(
            "create_plan",
            lambda uow: plans.create_plan(
                uow, self.caller, title=title, period_start=start, period_end=end, phases=phases
            ),
            refusal,
            then,
            f"{start}..{end} {phases}",
        )

    def update_plan(self) -> Attempt:
        plan_id = self.any_plan()
        plan = self.model.plans[plan_id]
        kwargs: dict[str, Any] = {}
        refusal: Refusal = None
        end = plan.end
        match self.rng.randrange(4):
            case 0:
                kwargs["title"], bad = self.title()
                refusal = ValidationFailed if bad else None
            case 1:
                kwargs["description"] = self.rng.choice(["", self.sentence()])
            case 2:
                end = plan.start + timedelta(days=self.rng.randrange(-800, 3_000))
                kwargs["period_end"] = end
                refusal = ValidationFailed if end < plan.start else None
            case _:
                kwargs["phases"] = self.phases(plan.start)
                if self.chance(0.1):
                    kwargs["phases"] = [("strategic_note", plan.start, plan.start)] * 2
                    refusal = ValidationFailed

        def then(_: Any) -> None:
            plan.end = end

        return Attempt(
            "update_plan",
            lambda uow: plans.update_plan(uow, self.caller, plan_id=plan_id, **kwargs),
            refusal,
            then,
            repr(kwargs),
        )

    def set_plan_status(self) -> Attempt:
        plan_id = self.any_plan()
        plan = self.model.plans[plan_id]
        allowed = plans.PLAN_TRANSITIONS[plan.status]
        if allowed and self.chance(0.5):
            wanted = self.rng.choice(sorted(allowed)).value
        else:
            wanted = self.rng.choice([*(s.value for s in PlanStatus), "archived"])
        refusal = first(
            (not known(PlanStatus, wanted), ValidationFailed),
            (known(PlanStatus, wanted) and PlanStatus(wanted) not in allowed, IllegalTransition),
        )

        def then(_: Any) -> None:
            plan.status = PlanStatus(wanted)

        return Attempt(
            "set_plan_status",
            lambda uow: plans.set_plan_status(uow, self.caller, plan_id=plan_id, status=wanted),
            refusal,
            then,
            f"{plan.status} -> {wanted}",
        )

    def create_moment(self) -> Attempt:
        plan_id = self.any_plan()
        methods = sorted(MOMENT_METHODS) if self.chance(0.85) else list(Channel)
        method = self.rng.choice(methods)
        count = self.rng.choice([None, self.rng.randrange(5, 300), -1 if self.chance(0.2) else 0])
        phase = self.rng.choice([None, *(p.value for p in Phase)])
        refusal = first(
            (method not in MOMENT_METHODS, ValidationFailed),
            (count is not None and count < 0, ValidationFailed),
        )
        title, held_on, online = self.sentence(), self.day(), self.chance(0.3)

        def then(moment: Any) -> None:
            self.model.moments[moment.id] = plan_id

        return Attempt(
            "create_moment",
            lambda uow: participation.create_moment(
                uow,
                self.caller,
                plan_id=plan_id,
                title=title,
                held_on=held_on,
                method=method.value,
                phase=phase,
                participant_count=count,
                online=online,
            ),
            refusal,
            then,
            f"{method} {count}",
        )

    def create_actor(self) -> Attempt:
        name = f"Dienst {self.rng.randrange(15)}"
        kind = "ngo" if self.chance(0.05) else self.rng.choice(["department", "partner"])
        refusal = first((kind == "ngo", ValidationFailed), (name in self.model.actors, Conflict))

        def then(actor: Any) -> None:
            self.model.actors[name] = actor.id

        return Attempt(
            "create_actor",
            lambda uow: participation.create_actor(uow, self.caller, name=name, kind=kind),
            refusal,
            then,
            f"{name} {kind}",
        )

    # Inputs.

    def create_input(self) -> Attempt:
        plan_id = self.any_plan()
        moment, other_plan = self.moment_for(plan_id) if self.chance(0.3) else (None, False)
        external_id = f"EXT-{self.rng.randrange(60)}" if self.chance(0.2) else None
        taken = external_id is not None and any(
            n.external_id == external_id for n in self.nodes(NodeKind.INPUT)
        )
        body = "   " if self.chance(0.03) else self.sentence()
        contact, email = None, None
        if self.chance(0.4):
            email = f"deelnemer{self.rng.randrange(8)}@example.org"
            if self.chance(0.05):
                email = "geen adres"
            contact = ContactDetails(
                name=self.rng.choice([None, "An Peeters", "  "]),
                email=self.rng.choice([email, f" {email.upper()} "]) if self.chance(0.8) else None,
                phone=self.rng.choice([None, "016 12 34 56"]),
            )
        refusal = first(
            (other_plan, ValidationFailed),
            (taken, Conflict),
            (not body.strip(), ValidationFailed),
            (
                contact is not None and contact.email is not None and "@" not in contact.email,
                ValidationFailed,
            ),
        )
        channel = self.rng.choice(list(Channel)).value
        participant_type = self.rng.choice(list(ParticipantType)).value
        language = self.rng.choice(list(Language)).value
        submitted_at = None
        if self.chance(0.5):
            # In UTC: an aware time in another zone is replayed wrongly (see the bug tests).
            submitted_at = datetime.combine(self.day(), datetime.min.time(), UTC) + timedelta(
                microseconds=self.rng.randrange(86_400 * 10**6)
            )

        def then(item: Any) -> None:
            self.model.nodes[item.id] = NodeModel(
                item.id, NodeKind.INPUT, plan_id, status="received", external_id=external_id
            )
            if contact is not None:
                self.model.contacts += 1
                if contact.email is not None:
                    self.model.live_contacts[contact.email.strip().lower()] += 1

        return Attempt(
            "create_input",
            lambda uow: inputs.create_input(
                uow,
                self.caller,
                plan_id=plan_id,
                text=body,
                channel=channel,
                participant_type=participant_type,
                language=language,
                moment_id=moment,
                submitted_at=submitted_at,
                external_id=external_id,
                contact=contact,
            ),
            refusal,
            then,
            f"moment={moment} external_id={external_id} contact={contact}",
        )

    def update_input(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        input_id = node.id if self.chance(0.95) else self.unknown_id()
        kwargs: dict[str, Any] = {}
        other_plan, taken, bad_channel = False, False, False
        for what in self.rng.sample(range(5), self.rng.randint(1, 2)):
            if what == 0:
                kwargs["text"] = self.sentence()
            elif what == 1:
                bad_channel = self.chance(0.1)
                kwargs["channel"] = "fax" if bad_channel else self.rng.choice(list(Channel)).value
            elif what == 2:
                kwargs["language"] = self.rng.choice(list(Language)).value
            elif what == 3:
                kwargs["moment_id"], other_plan = self.moment_for(node.plan_id)
            else:
                kwargs["external_id"] = f"EXT-{self.rng.randrange(60)}"
                taken = any(
                    n.external_id == kwargs["external_id"] and n.id != node.id
                    for n in self.nodes(NodeKind.INPUT)
                )
        refusal = first(
            (input_id != node.id, NotFound),
            (other_plan, ValidationFailed),
            (taken, Conflict),
            (bad_channel, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.external_id = kwargs.get("external_id") or node.external_id

        return Attempt(
            "update_input",
            lambda uow: inputs.update_input(uow, self.caller, input_id=input_id, **kwargs),
            refusal,
            then,
            repr(kwargs),
        )

    def set_input_status(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        current = InputStatus(str(node.status))
        if self.chance(0.6):
            wanted = self.rng.choice(sorted(INPUT_TRANSITIONS[current])).value
        else:
            wanted = self.rng.choice([*(s.value for s in InputStatus), "closed"])
        reason = None
        if (wanted == InputStatus.NOT_RETAINED and self.chance(0.8)) or self.chance(0.2):
            reason = self.rng.choice(["Valt buiten de bevoegdheid van de gemeente", "  "])
        known_ = known(InputStatus, wanted)
        refusal = first(
            (not known_, ValidationFailed),
            (known_ and InputStatus(wanted) not in INPUT_TRANSITIONS[current], IllegalTransition),
            (wanted == InputStatus.NOT_RETAINED and not (reason or "").strip(), ValidationFailed),
        )

        def then(_: Any) -> None:
            node.status = wanted

        return Attempt(
            "set_input_status",
            lambda uow: inputs.set_input_status(
                uow, self.caller, input_id=node.id, status=wanted, reason=reason
            ),
            refusal,
            then,
            f"{current} -> {wanted} ({reason!r})",
        )

    # The plan's structure.

    def new_node(self, kind: NodeKind) -> tuple[uuid.UUID, dict[str, Any], list[bool], bool]:
        """A plan and the fields every kind of node shares; the format checks that fail, and
        whether the code is taken (checked last, after the plan is loaded)."""
        plan_id = self.any_plan()
        code: str | None = f"{CODE_PREFIXES[kind]}{self.rng.randint(1, 24)}"
        if kind in (NodeKind.FINDING, NodeKind.THEME) and self.chance(0.5):
            code = None
        bad_code = self.chance(0.03)
        if bad_code:
            code = "S D 1"
        title, bad_title = self.title()
        fields = {"plan_id": plan_id, "code": code, "title": title}
        if self.chance(0.3):
            fields["description"] = self.sentence()
        probe = NodeModel(uuid.uuid4(), kind, plan_id)
        taken = code is not None and not bad_code and self.code_taken(probe, code)
        return plan_id, fields, [bad_code, bad_title], taken

    def created(
        self, kind: NodeKind, plan_id: uuid.UUID, code: str | None
    ) -> Callable[[Any], None]:
        def then(node: Any) -> None:
            self.model.nodes[node.id] = NodeModel(node.id, kind, plan_id, code=code)

        return then

    def create_finding(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.FINDING)
        return Attempt(
            "create_finding",
            lambda uow: structure.create_finding(uow, self.caller, **fields),
            first((any(bad), ValidationFailed), (taken, Conflict)),
            self.created(NodeKind.FINDING, plan_id, fields["code"]),
            repr(fields),
        )

    def create_goal(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.GOAL)
        fields["priority"] = self.chance(0.3)
        return Attempt(
            "create_goal",
            lambda uow: structure.create_goal(uow, self.caller, **fields),
            first((any(bad), ValidationFailed), (taken, Conflict)),
            self.created(NodeKind.GOAL, plan_id, fields["code"]),
            repr(fields),
        )

    def create_action_plan(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.ACTION_PLAN)
        return Attempt(
            "create_action_plan",
            lambda uow: structure.create_action_plan(uow, self.caller, **fields),
            first((any(bad), ValidationFailed), (taken, Conflict)),
            self.created(NodeKind.ACTION_PLAN, plan_id, fields["code"]),
            repr(fields),
        )

    def create_theme(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.THEME)
        parent_refusal: Refusal = None
        if self.chance(0.4):
            parent = self.pick(self.nodes(NodeKind.THEME))
            fields["parent_id"] = parent.id if parent else None
            parent_refusal = ValidationFailed if parent and parent.plan_id != plan_id else None
            if self.chance(0.1):
                fields["parent_id"] = self.unknown_id()
                parent_refusal = NotFound
        parent_id = fields.get("parent_id")

        def then(theme: Any) -> None:
            self.created(NodeKind.THEME, plan_id, fields["code"])(theme)
            self.model.nodes[theme.id].parent_id = parent_id

        return Attempt(
            "create_theme",
            lambda uow: structure.create_theme(uow, self.caller, **fields),
            parent_refusal or first((any(bad), ValidationFailed), (taken, Conflict)),
            then,
            repr(fields),
        )

    def create_action(self) -> Attempt:
        plan_id, fields, bad, taken = self.new_node(NodeKind.ACTION)
        owners, partners = self.actor_ids(), self.actor_ids()
        unknown_actor = self.chance(0.05)
        if unknown_actor:
            partners.append(self.unknown_id())
        starts_on = self.day() if self.chance(0.5) else None
        ends_on = self.day() if self.chance(0.5) else None
        weight = self.weight() if self.chance(0.5) else None
        budget = self.money() if self.chance(0.5) else None
        bad_weight, bad_budget = self.chance(0.04), self.chance(0.04)
        weight = self.bad_weight() if bad_weight else weight
        budget = self.bad_budget() if bad_budget else budget
        external_id = f"ACT-{self.rng.randrange(40)}" if self.chance(0.3) else None
        priority = self.chance(0.2)
        external_taken = external_id is not None and any(
            n.external_id == external_id for n in self.nodes(NodeKind.ACTION)
        )
        refusal = first(
            (
                starts_on is not None and ends_on is not None and ends_on < starts_on,
                ValidationFailed,
            ),
            (unknown_actor, ValidationFailed),
            (external_taken, Conflict),
            (bad_weight or bad_budget or any(bad), ValidationFailed),
            (taken, Conflict),
        )

        def then(action: Any) -> None:
            self.model.nodes[action.id] = NodeModel(
                action.id,
                NodeKind.ACTION,
                plan_id,
                code=fields["code"],
                status="proposed",
                starts_on=starts_on,
                ends_on=ends_on,
                external_id=external_id,
            )

        return Attempt(
            "create_action",
            lambda uow: actions.create_action(
                uow,
                self.caller,
                owners=owners,
                partners=partners,
                starts_on=starts_on,
                ends_on=ends_on,
                weight=weight,
                budget=budget,
                external_id=external_id,
                priority=priority,
                **fields,
            ),
            refusal,
            then,
            f"{fields} {starts_on}..{ends_on} w={weight} b={budget} ext={external_id}",
        )

    def update_node(self) -> Attempt | None:
        kinds = [NodeKind.INPUT] if self.chance(0.05) else list(CODE_PREFIXES)
        node = self.pick(self.nodes(*kinds))
        if node is None:
            return None
        kwargs: dict[str, Any] = {}
        bad = False
        for what in self.rng.sample(range(4), self.rng.randint(1, 2)):
            if what == 0:
                code = f"{CODE_PREFIXES.get(node.kind, 'X')}{self.rng.randint(1, 40)}"
                if self.chance(0.05):
                    code, bad = "", True
                # A code another node of the kind holds fails with an IntegrityError instead
                # of a Conflict (see the bug tests), so the walk keeps to free codes.
                if not self.code_taken(node, code):
                    kwargs["code"] = code
            elif what == 1:
                kwargs["title"], bad_title = self.title()
                bad = bad or bad_title
            elif what == 2:
                kwargs["description"] = self.rng.choice(["", self.sentence()])
            else:
                kwargs["priority"] = self.chance(0.5)
        refusal = first(
            (node.kind is NodeKind.INPUT, ValidationFailed),
            (
                "priority" in kwargs and node.kind in (NodeKind.FINDING, NodeKind.THEME),
                ValidationFailed,
            ),
            (bad, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.code = kwargs.get("code", node.code)

        return Attempt(
            "update_node",
            lambda uow: structure.update_node(uow, self.caller, node_id=node.id, **kwargs),
            refusal,
            then,
            f"{node.kind} {kwargs}",
        )

    def move_theme(self) -> Attempt | None:
        theme = self.pick(self.nodes(NodeKind.THEME))
        if theme is None:
            return None
        refusal: Refusal = None
        choice = self.rng.random()
        parent: uuid.UUID | None = None
        if choice < 0.7:
            same_plan = self.pick(self.nodes(NodeKind.THEME, plan_id=theme.plan_id))
            parent = same_plan.id if same_plan else None
            ancestor = parent
            while ancestor is not None:
                if ancestor == theme.id:
                    refusal = CycleDetected
                    break
                ancestor = self.model.nodes[ancestor].parent_id
        elif choice < 0.85:
            other = self.pick([t for t in self.nodes(NodeKind.THEME) if t.plan_id != theme.plan_id])
            parent = other.id if other else None
            refusal = ValidationFailed if other else None
        elif choice < 0.9:
            not_a_theme = self.pick(self.nodes(NodeKind.INPUT, NodeKind.GOAL))
            parent = not_a_theme.id if not_a_theme else None
            refusal = NotFound if not_a_theme else None

        def then(_: Any) -> None:
            theme.parent_id = parent

        return Attempt(
            "move_theme",
            lambda uow: structure.move_theme(uow, self.caller, theme_id=theme.id, parent_id=parent),
            refusal,
            then,
            f"{theme.id} under {parent}",
        )

    # Actions.

    def update_action(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.ACTION))
        if node is None:
            return None
        kwargs: dict[str, Any] = {}
        unknown_actor, bad_amount, taken = False, False, False
        for what in self.rng.sample(range(6), self.rng.randint(1, 3)):
            if what == 0:
                bad_amount = bad_amount or self.chance(0.1)
                kwargs["weight"] = self.bad_weight() if bad_amount else self.weight()
            elif what == 1:
                bad_amount = bad_amount or self.chance(0.1)
                kwargs["budget"] = self.bad_budget() if bad_amount else self.money()
            elif what == 2:
                if self.chance(0.6):
                    kwargs["starts_on"] = self.day()
                if self.chance(0.6):
                    kwargs["ends_on"] = self.day()
            elif what in (3, 4):
                role = "owners" if what == 3 else "partners"
                kwargs[role] = self.actor_ids()
                if self.chance(0.05):
                    kwargs[role].append(self.unknown_id())
                    unknown_actor = True
            else:
                kwargs["external_id"] = f"ACT-{self.rng.randrange(40)}"
                taken = any(
                    n.external_id == kwargs["external_id"] and n.id != node.id
                    for n in self.nodes(NodeKind.ACTION)
                )
        starts_on = kwargs.get("starts_on") or node.starts_on
        ends_on = kwargs.get("ends_on") or node.ends_on
        refusal = first(
            (
                starts_on is not None and ends_on is not None and ends_on < starts_on,
                ValidationFailed,
            ),
            (unknown_actor, ValidationFailed),
            (taken, Conflict),
            (bad_amount, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.starts_on, node.ends_on = starts_on, ends_on
            node.external_id = kwargs.get("external_id") or node.external_id

        return Attempt(
            "update_action",
            lambda uow: actions.update_action(uow, self.caller, action_id=node.id, **kwargs),
            refusal,
            then,
            repr(kwargs),
        )

    def set_action_status(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.ACTION))
        if node is None:
            return None
        current = ActionStatus(str(node.status))
        allowed = ACTION_TRANSITIONS[current]
        if allowed and self.chance(0.6):
            wanted = self.rng.choice(sorted(allowed)).value
        else:
            wanted = self.rng.choice([*(s.value for s in ActionStatus), "paused"])
        known_ = known(ActionStatus, wanted)
        refusal = first(
            (not known_, ValidationFailed),
            (known_ and ActionStatus(wanted) not in allowed, IllegalTransition),
        )

        def then(_: Any) -> None:
            node.status = wanted

        return Attempt(
            "set_action_status",
            lambda uow: actions.set_action_status(
                uow, self.caller, action_id=node.id, status=wanted
            ),
            refusal,
            then,
            f"{current} -> {wanted}",
        )

    def set_progress(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.ACTION))
        if node is None:
            return None
        progress = self.rng.choice([-1, 101, 250]) if self.chance(0.1) else self.rng.randint(0, 100)
        return Attempt(
            "set_progress",
            lambda uow: actions.set_progress(
                uow, self.caller, action_id=node.id, progress=progress
            ),
            ValidationFailed if not 0 <= progress <= 100 else None,
            detail=str(progress),
        )

    # Links.

    def link_ends(self) -> tuple[uuid.UUID, uuid.UUID, Refusal] | None:
        """Two ends for a link, mostly allowed ones, and the refusal they must meet."""
        nodes = list(self.model.nodes.values())
        if len(nodes) < 2:
            return None
        choice = self.rng.random()
        if choice < 0.6:
            plan_id = self.any_plan()
            pairs = [
                (s, t)
                for s, t in sorted(ALLOWED_LINKS)
                if self.nodes(s, plan_id=plan_id) and self.nodes(t, plan_id=plan_id)
            ]
            if not pairs:
                return None
            source_kind, target_kind = self.rng.choice(pairs)
            source = self.rng.choice(self.nodes(source_kind, plan_id=plan_id))
            target = self.rng.choice(self.nodes(target_kind, plan_id=plan_id))
        elif choice < 0.72 and self.model.links:
            source_id, target_id = self.rng.choice(list(self.model.links.values()))
            return source_id, target_id, DuplicateLink
        elif choice < 0.8 and len(self.model.plans) > 1:
            here, there = self.rng.sample(list(self.model.plans), 2)
            pairs = [
                (s, t)
                for s, t in sorted(ALLOWED_LINKS)
                if self.nodes(s, plan_id=here) and self.nodes(t, plan_id=there)
            ]
            if not pairs:
                return None
            source_kind, target_kind = self.rng.choice(pairs)
            source = self.rng.choice(self.nodes(source_kind, plan_id=here))
            target = self.rng.choice(self.nodes(target_kind, plan_id=there))
            return source.id, target.id, CrossPlanLink
        elif choice < 0.84:
            return self.unknown_id(), self.rng.choice(nodes).id, NotFound
        else:
            source, target = self.rng.choice(nodes), self.rng.choice(nodes)
        linked = (source.id, target.id) in self.model.links.values()
        refusal = first(
            (source.id == target.id, CycleDetected),
            ((source.kind, target.kind) not in ALLOWED_LINKS, LinkNotAllowed),
            (source.plan_id != target.plan_id, CrossPlanLink),
            (linked, DuplicateLink),
        )
        return source.id, target.id, refusal

    def create_link(self) -> Attempt | None:
        ends = self.link_ends()
        if ends is None:
            return None
        source_id, target_id, refusal = ends
        decision = self.rng.choice([*(d.value for d in Decision), "maybe"] + ["proposed"] * 3)
        refusal = refusal or (ValidationFailed if decision == "maybe" else None)
        rationale = self.rng.choice([None, "  ", self.sentence()])
        author = self.rng.choice([None, "Werkgroep wonen"])

        def then(link: Any) -> None:
            self.model.links[link.id] = (source_id, target_id)

        return Attempt(
            "create_link",
            lambda uow: links.create_link(
                uow,
                self.caller,
                source_id=source_id,
                target_id=target_id,
                rationale=rationale,
                decision=decision,
                author=author,
            ),
            refusal,
            then,
            f"{source_id} -> {target_id} {decision}",
        )

    def existing_link(self) -> tuple[uuid.UUID, Refusal] | None:
        if not self.model.links:
            return None
        if self.chance(0.1):
            return self.unknown_id(), NotFound
        return self.rng.choice(list(self.model.links)), None

    def update_link(self) -> Attempt | None:
        chosen = self.existing_link()
        if chosen is None:
            return None
        link_id, refusal = chosen
        rationale = self.rng.choice([None, " ", self.sentence()])
        decision = self.rng.choice([None, *(d.value for d in Decision), "maybe"])
        refusal = refusal or (ValidationFailed if decision == "maybe" else None)
        return Attempt(
            "update_link",
            lambda uow: links.update_link(
                uow, self.caller, link_id=link_id, rationale=rationale, decision=decision
            ),
            refusal,
            detail=f"{link_id} {decision} {rationale!r}",
        )

    def delete_link(self) -> Attempt | None:
        chosen = self.existing_link()
        if chosen is None:
            return None
        link_id, refusal = chosen

        def then(_: Any) -> None:
            del self.model.links[link_id]
            self.model.gone.append(link_id)

        return Attempt(
            "delete_link",
            lambda uow: links.delete_link(uow, self.caller, link_id=link_id),
            refusal,
            then,
            str(link_id),
        )

    def delete_node(self) -> Attempt | None:
        node = self.pick(list(self.model.nodes.values()))
        if node is None:
            return None
        node_id = node.id if self.chance(0.93) else self.unknown_id()
        has_children = any(t.parent_id == node.id for t in self.nodes(NodeKind.THEME))
        refusal = first((node_id != node.id, NotFound), (has_children, Conflict))

        def then(_: Any) -> None:
            del self.model.nodes[node.id]
            for link_id, ends in list(self.model.links.items()):
                if node.id in ends:
                    del self.model.links[link_id]
                    self.model.gone.append(link_id)
            self.model.gone.append(node.id)

        return Attempt(
            "delete_node",
            lambda uow: structure.delete_node(uow, self.caller, node_id=node_id),
            refusal,
            then,
            f"{node.kind} {node_id}",
        )

    # Personal data.

    def redact_input(self) -> Attempt | None:
        node = self.pick(self.nodes(NodeKind.INPUT))
        if node is None:
            return None
        input_id = node.id if self.chance(0.9) else self.unknown_id()
        reason = " " if self.chance(0.05) else "Verzoek van de deelnemer"
        refusal = first((not reason.strip(), ValidationFailed), (input_id != node.id, NotFound))
        return Attempt(
            "redact_input",
            lambda uow: privacy.redact_input(uow, self.caller, input_id=input_id, reason=reason),
            refusal,
            detail=str(input_id),
        )

    def erase_participant(self) -> Attempt:
        email = f"deelnemer{self.rng.randrange(8)}@example.org"
        asked = self.rng.choice([email, f"  {email.upper()}"])
        reason = " " if self.chance(0.05) else "Recht op vergetelheid"
        refusal = first(
            (not reason.strip(), ValidationFailed),
            (self.model.live_contacts[email] == 0, NotFound),
        )

        def then(_: Any) -> None:
            self.model.live_contacts[email] = 0

        return Attempt(
            "erase_participant",
            lambda uow: privacy.erase_participant(uow, self.caller, email=asked, reason=reason),
            refusal,
            then,
            asked,
        )


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
            rows_before = await all_rows(database)
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
                assert await all_rows(database) == rows_before, f"{where} left rows"
        else:
            assert attempt.refusal is None, f"{where} should be refused ({attempt.refusal})"
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


class Log:
    """Runs one committed call at a time and reads back the events it appended."""

    def __init__(self, database: Database, tenant_id: uuid.UUID) -> None:
        self.database = database
        self.tenant_id = tenant_id

    async def expect(
        self,
        types: list[str],
        use: Callable[[UnitOfWork], Awaitable[T]],
        subjects: list[uuid.UUID] | None = None,
    ) -> T:
        before = await log_mark(self.database, self.tenant_id)
        async with self.database.unit_of_work() as uow:
            result = await use(uow)
            await uow.commit()
        after = await log_mark(self.database, self.tenant_id)
        appended = await new_events(self.database, self.tenant_id, before.last_seq)
        assert [event_type for event_type, _ in appended] == types
        assert after.events == before.events + len(types)
        assert after.last_seq == (before.last_seq or 0) + len(types)
        if subjects is not None:
            assert [subject for _, subject in appended] == subjects
        return result

    async def refused(
        self, refusal: type[DomainError], use: Callable[[UnitOfWork], Awaitable[object]]
    ) -> None:
        before = await log_mark(self.database, self.tenant_id)
        with pytest.raises(refusal):
            async with self.database.unit_of_work() as uow:
                await use(uow)
                await uow.commit()
        assert await log_mark(self.database, self.tenant_id) == before


async def test_every_write_leaves_exactly_its_events(database: Database, caller: Caller) -> None:
    """Each write appends its own events, in order, and nothing else; a refusal appends none."""
    log, who = Log(database, caller.tenant_id), caller
    assert [t for t, _ in await new_events(database, caller.tenant_id, None)] == ["tenant.created"]
    start = date(2022, 1, 1)

    plan = await log.expect(
        ["plan.created"],
        lambda uow: plans.create_plan(
            uow,
            who,
            title="Sociaal plan",
            period_start=start,
            period_end=date(2027, 12, 31),
            phases=[("analysis", start, date(2022, 3, 31))],
        ),
    )
    await log.expect(
        ["plan.updated"],
        lambda uow: plans.update_plan(
            uow, who, plan_id=plan.id, phases=[("citizen_consultation", start, date(2022, 6, 30))]
        ),
    )
    await log.refused(
        IllegalTransition,
        lambda uow: plans.set_plan_status(uow, who, plan_id=plan.id, status="adopted"),
    )
    await log.expect(
        ["plan.status_changed"],
        lambda uow: plans.set_plan_status(uow, who, plan_id=plan.id, status="published"),
    )
    moment = await log.expect(
        ["moment.created"],
        lambda uow: participation.create_moment(
            uow, who, plan_id=plan.id, title="Buurtgesprek", held_on=start, method="workshop"
        ),
    )
    owner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(uow, who, name="Sociale dienst", kind="department"),
    )
    partner = await log.expect(
        ["actor.created"],
        lambda uow: participation.create_actor(uow, who, name="CAW", kind="partner"),
    )

    item = await log.expect(
        ["input.created"],
        lambda uow: inputs.create_input(
            uow,
            who,
            plan_id=plan.id,
            text="Te weinig betaalbare huur",
            channel="workshop",
            participant_type="citizen",
            moment_id=moment.id,
            external_id="EXT-1",
        ),
    )
    await log.refused(
        Conflict,
        lambda uow: inputs.create_input(
            uow,
            who,
            plan_id=plan.id,
            text="Nog eens",
            channel="survey",
            participant_type="citizen",
            external_id="EXT-1",
        ),
    )
    contact = ContactDetails(name="An Peeters", email="an@example.org")
    with_contact = await log.expect(
        ["contact.created", "input.created"],
        lambda uow: inputs.create_input(
            uow,
            who,
            plan_id=plan.id,
            text="Meer fietspaden",
            channel="email",
            participant_type="citizen",
            contact=contact,
        ),
    )
    await log.expect(
        ["contact.created", "input.created"],
        lambda uow: inputs.create_input(
            uow,
            who,
            plan_id=plan.id,
            text="Ook meer fietsenstallingen",
            channel="letter",
            participant_type="citizen",
            contact=contact,
        ),
    )
    await log.expect(
        ["input.updated"],
        lambda uow: inputs.update_input(
            uow, who, input_id=item.id, text="Te weinig betaalbare huurwoningen"
        ),
    )
    await log.expect(
        ["input.status_changed"],
        lambda uow: inputs.set_input_status(uow, who, input_id=item.id, status="in_review"),
    )

    finding = await log.expect(
        ["finding.created"],
        lambda uow: structure.create_finding(uow, who, plan_id=plan.id, title="Huur is duur"),
    )
    theme = await log.expect(
        ["theme.created"],
        lambda uow: structure.create_theme(uow, who, plan_id=plan.id, title="Wonen"),
    )
    sub_theme = await log.expect(
        ["theme.created"],
        lambda uow: structure.create_theme(
            uow, who, plan_id=plan.id, title="Huren", parent_id=theme.id
        ),
    )
    goal = await log.expect(
        ["goal.created"],
        lambda uow: structure.create_goal(
            uow, who, plan_id=plan.id, code="SD1", title="Betaalbaar wonen"
        ),
    )
    action_plan = await log.expect(
        ["action_plan.created"],
        lambda uow: structure.create_action_plan(
            uow, who, plan_id=plan.id, code="AP1", title="Huuraanbod"
        ),
    )
    action = await log.expect(
        ["action.created"],
        lambda uow: actions.create_action(
            uow,
            who,
            plan_id=plan.id,
            code="A1",
            title="Sociaal verhuurkantoor",
            owners=[owner.id],
            partners=[partner.id],
        ),
    )
    await log.expect(
        ["goal.updated"],
        lambda uow: structure.update_node(
            uow, who, node_id=goal.id, title={"nl": "Betaalbaar wonen", "en": "Affordable housing"}
        ),
    )
    await log.expect(
        ["action.updated"],
        lambda uow: actions.update_action(
            uow, who, action_id=action.id, owners=[partner.id], budget=Decimal("1500.00")
        ),
    )
    await log.expect(
        ["action.status_changed"],
        lambda uow: actions.set_action_status(uow, who, action_id=action.id, status="planned"),
    )
    await log.expect(
        ["action.progress_changed"],
        lambda uow: actions.set_progress(uow, who, action_id=action.id, progress=40),
    )
    await log.refused(
        ValidationFailed,
        lambda uow: actions.set_progress(uow, who, action_id=action.id, progress=101),
    )

    to_finding = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(uow, who, source_id=item.id, target_id=finding.id),
    )
    to_theme = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(uow, who, source_id=item.id, target_id=theme.id),
    )
    finding_goal = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(uow, who, source_id=finding.id, target_id=goal.id),
    )
    goal_plan = await log.expect(
        ["link.created"],
        lambda uow: links.create_link(uow, who, source_id=goal.id, target_id=action_plan.id),
    )
    await log.refused(
        DuplicateLink,
        lambda uow: links.create_link(uow, who, source_id=item.id, target_id=finding.id),
    )
    await log.refused(
        LinkNotAllowed,
        lambda uow: links.create_link(uow, who, source_id=finding.id, target_id=action_plan.id),
    )
    await log.expect(
        ["link.updated"],
        lambda uow: links.update_link(
            uow, who, link_id=to_finding.id, decision="adopted", rationale="Zo besproken"
        ),
    )

    # A theme with a sub-theme is kept, and so is its link: nothing of the removal is logged.
    await log.refused(Conflict, lambda uow: structure.delete_node(uow, who, node_id=theme.id))
    await log.expect(
        ["theme.moved"],
        lambda uow: structure.move_theme(uow, who, theme_id=sub_theme.id, parent_id=None),
    )
    await log.expect(
        ["link.deleted", "theme.deleted"],
        lambda uow: structure.delete_node(uow, who, node_id=theme.id),
        subjects=[to_theme.id, theme.id],
    )
    await log.expect(
        ["link.deleted"],
        lambda uow: links.delete_link(uow, who, link_id=to_finding.id),
        subjects=[to_finding.id],
    )
    await log.expect(
        ["link.deleted", "link.deleted", "goal.deleted"],
        lambda uow: structure.delete_node(uow, who, node_id=goal.id),
        subjects=[finding_goal.id, goal_plan.id, goal.id],
    )
    await log.refused(NotFound, lambda uow: structure.delete_node(uow, who, node_id=goal.id))

    await log.refused(
        ValidationFailed,
        lambda uow: privacy.redact_input(uow, who, input_id=with_contact.id, reason="  "),
    )
    await log.expect(
        ["input.redacted"],
        lambda uow: privacy.redact_input(
            uow, who, input_id=with_contact.id, reason="Verzoek van de deelnemer"
        ),
        subjects=[with_contact.id],
    )
    await log.expect(
        ["contact.erased", "contact.erased"],
        lambda uow: privacy.erase_participant(
            uow, who, email="AN@example.org", reason="Vergetelheid"
        ),
    )
    await log.refused(
        NotFound,
        lambda uow: privacy.erase_participant(
            uow, who, email="an@example.org", reason="Vergetelheid"
        ),
    )

    async with database.unit_of_work() as uow:
        assert await audit.replay(uow, caller.tenant_id) == await audit.current_state(
            uow, caller.tenant_id
        )
        assert (await audit.verify_log(uow, caller.tenant_id)).intact


# Regressions: bugs the walk once found, each kept as a test of its own.


async def test_replay_matches_a_submission_time_given_in_another_zone(
    database: Database, caller: Caller
) -> None:
    brussels = datetime(2024, 3, 1, 10, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow, caller, title="P", period_start=date(2022, 1, 1), period_end=date(2027, 1, 1)
        )
        await inputs.create_input(
            uow,
            caller,
            plan_id=plan.id,
            text="Meer bankjes",
            channel="survey",
            participant_type="citizen",
            submitted_at=brussels,
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        replayed = await audit.replay(uow, caller.tenant_id)
        assert differences(replayed, await audit.current_state(uow, caller.tenant_id)) == []


async def test_update_node_refuses_a_taken_code_as_a_conflict(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow, caller, title="P", period_start=date(2022, 1, 1), period_end=date(2027, 1, 1)
        )
        await structure.create_goal(uow, caller, plan_id=plan.id, code="SD1", title="Een")
        other = await structure.create_goal(uow, caller, plan_id=plan.id, code="SD2", title="Twee")
        await uow.commit()
    async with database.unit_of_work() as uow:
        with pytest.raises(Conflict):
            await structure.update_node(uow, caller, node_id=other.id, code="SD1")


async def test_create_moment_refuses_a_count_too_large_to_store(
    database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow, caller, title="P", period_start=date(2022, 1, 1), period_end=date(2027, 1, 1)
        )
        await uow.commit()
    async with database.unit_of_work() as uow:
        with pytest.raises(ValidationFailed):
            await participation.create_moment(
                uow,
                caller,
                plan_id=plan.id,
                title="Infomarkt",
                held_on=date(2022, 5, 1),
                method="workshop",
                participant_count=10**10,
            )
