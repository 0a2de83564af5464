"""Choosing: the random picks every operation of the walk draws on."""

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from api.domain.errors import Conflict, ValidationFailed
from api.domain.trail import NodeKind
from api.domain.vocabulary import Phase
from api.services.caller import Caller
from tests.events.walk.model import Model, NodeModel, Refusal, first

T = TypeVar("T")

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


class Choosing:
    """The walk's state, a random source, a caller and the model, and ways to choose from it."""

    def __init__(self, rng: random.Random, caller: Caller) -> None:
        self.rng = rng
        self.caller = caller
        self.model = Model()

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

    def new_node(self, kind: NodeKind) -> tuple[uuid.UUID, dict[str, Any], list[bool], bool]:
        """A plan and the fields every kind of node shares (an external id now and then); the
        format checks that fail, and whether the code is taken (checked after the plan is
        loaded and the external id looked up)."""
        plan_id = self.any_plan()
        code: str | None = f"{CODE_PREFIXES[kind]}{self.rng.randint(1, 24)}"
        if kind in (NodeKind.FINDING, NodeKind.THEME) and self.chance(0.5):
            code = None
        bad_code = self.chance(0.03)
        if bad_code:
            code = "S D 1"
        title, bad_title = self.title()
        fields = {"plan_id": plan_id, "code": code, "title": title}
        if self.chance(0.25):
            fields["external_id"] = f"{kind.value.upper()}-{self.rng.randrange(12)}"
        if self.chance(0.3):
            fields["description"] = self.sentence()
        probe = NodeModel(uuid.uuid4(), kind, plan_id)
        taken = code is not None and not bad_code and self.code_taken(probe, code)
        return plan_id, fields, [bad_code, bad_title], taken

    def external_id_taken(
        self, kind: NodeKind, external_id: str | None, node_id: uuid.UUID | None = None
    ) -> bool:
        """Whether a node of the kind, other than the one given, already holds the id."""
        return self.external_id_holder(kind, external_id, node_id) is not None

    def external_id_holder(
        self, kind: NodeKind, external_id: str | None, node_id: uuid.UUID | None = None
    ) -> NodeModel | None:
        return next(
            (
                other
                for other in self.nodes(kind)
                if external_id is not None
                and other.external_id == external_id
                and other.id != node_id
            ),
            None,
        )

    def creation(
        self,
        kind: NodeKind,
        plan_id: uuid.UUID,
        external_id: str | None,
        bad: bool,
        code_taken: bool,
    ) -> tuple[Refusal, NodeModel | None]:
        """The refusal of a new node once its fields are checked, in the services' order: a
        bad field, its external id on another plan's node, its code taken; and the node of
        the plan it repeats, when it is a retry (which leaves its code unchecked)."""
        retry, elsewhere = self.repeated(kind, plan_id, external_id)
        refusal = first(
            (bad, ValidationFailed),
            (elsewhere, Conflict),
            (code_taken and retry is None, Conflict),
        )
        return refusal, retry

    def repeated(
        self, kind: NodeKind, plan_id: uuid.UUID, external_id: str | None
    ) -> tuple[NodeModel | None, bool]:
        """The node of the plan a create with this external id repeats (a retry), and whether
        a node of the kind in another plan holds the id (a Conflict)."""
        holder = self.external_id_holder(kind, external_id)
        retry = holder if holder is not None and holder.plan_id == plan_id else None
        return retry, holder is not None and retry is None
