"""Choosing: the random picks every operation of the walk draws on."""

import random
import uuid
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from api.domain.trail import NodeKind
from api.domain.vocabulary import Phase
from api.services.caller import Caller
from tests.events.walk.model import Model, NodeModel

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

    def external_id_taken(
        self, kind: NodeKind, external_id: str | None, node_id: uuid.UUID | None = None
    ) -> bool:
        """Whether a node of the kind, other than the one given, already holds the id."""
        return external_id is not None and any(
            other.external_id == external_id and other.id != node_id for other in self.nodes(kind)
        )
