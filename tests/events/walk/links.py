"""Operations of the walk on links between nodes."""

import uuid
from typing import Any

from api.domain.errors import (
    CrossPlanLink,
    CycleDetected,
    DuplicateLink,
    LinkNotAllowed,
    NotFound,
    ValidationFailed,
)
from api.domain.trail import ALLOWED_LINKS
from api.domain.vocabulary import Decision
from api.services import links
from tests.events.walk.choosing import Choosing
from tests.events.walk.model import Attempt, NodeModel, Refusal, first


class LinkOperations(Choosing):
    """Linking nodes, allowed pairs and refused ones, and changing or deleting links."""

    def allowed_ends(self, here: uuid.UUID, there: uuid.UUID) -> tuple[NodeModel, NodeModel] | None:
        """A source in one plan and a target in another (or the same) of kinds that may link."""
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
        return source, target

    def link_ends(self) -> tuple[uuid.UUID, uuid.UUID, Refusal] | None:
        """Two ends for a link, mostly allowed ones, and the refusal they must meet."""
        nodes = list(self.model.nodes.values())
        if len(nodes) < 2:
            return None
        choice = self.rng.random()
        if choice < 0.6:
            plan_id = self.any_plan()
            ends = self.allowed_ends(plan_id, plan_id)
            if ends is None:
                return None
            source, target = ends
        elif choice < 0.72 and self.model.links:
            source_id, target_id = self.rng.choice(list(self.model.links.values()))
            return source_id, target_id, DuplicateLink
        elif choice < 0.8 and len(self.model.plans) > 1:
            here, there = self.rng.sample(list(self.model.plans), 2)
            ends = self.allowed_ends(here, there)
            if ends is None:
                return None
            return ends[0].id, ends[1].id, CrossPlanLink
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
                links.CreateLink(
                    source_id=source_id,
                    target_id=target_id,
                    rationale=rationale,
                    decision=decision,
                    author=author,
                ),
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
                uow,
                self.caller,
                links.UpdateLink(link_id=link_id, rationale=rationale, decision=decision),
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
            lambda uow: links.delete_link(uow, self.caller, links.DeleteLink(link_id=link_id)),
            refusal,
            then,
            str(link_id),
        )
