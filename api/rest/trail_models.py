"""The items of the trail as REST shows them: inputs, findings, themes, goals, action plans,
actions and the links between them, and how a row becomes one.

What an anonymous caller may not read (a person's name, an input's reference elsewhere, the
municipality's own notes) is left out as GraphQL leaves it out: both ask api/services/disclosure.
"""

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from api.domain.status import ActionStatus, InputStatus
from api.domain.vocabulary import (
    ActorKind,
    ActorRole,
    Channel,
    Decision,
    Language,
    ParticipantType,
)
from api.rest.conventions import Page, TranslatedText
from api.services import browsing, disclosure
from api.services.caller import Caller
from api.services.runner import UnitOfWork
from api.store import models


class Input(BaseModel):
    """One contribution from a participant."""

    kind: Literal["input"] = "input"
    id: uuid.UUID
    plan_id: uuid.UUID
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")
    external_id: str | None = Field(
        description="Its id in the system it came from; shown only with a key, as it points at"
        " the participant's case there."
    )
    text: str
    channel: Channel
    participant_type: ParticipantType
    status: InputStatus
    status_reason: str | None = Field(
        description="Why it was not retained; the municipality's own note, shown only with a key."
    )
    receipt_code: str | None = Field(
        description="The citizen's receipt code: in the answer that created it, never again."
    )
    submitted_at: datetime
    language: Language
    moment_id: uuid.UUID | None = Field(description="The participation moment it came from.")


class Element(BaseModel):
    """What findings, themes, goals, action plans and actions share."""

    id: uuid.UUID
    plan_id: uuid.UUID
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")
    external_id: str | None = Field(description="Its id in the system it came from, if given.")
    code: str | None = Field(description="A short code such as SD1, AP1.2 or A1.2.3.")
    title: TranslatedText
    description: TranslatedText | None
    priority: bool = Field(description="Whether it was itself flagged as priority.")


class Finding(Element):
    """A challenge synthesised from several inputs."""

    kind: Literal["finding"] = "finding"


class Theme(Element):
    """A node of the plan's theme taxonomy."""

    kind: Literal["theme"] = "theme"
    parent_id: uuid.UUID | None = Field(description="The theme it sits under; none at the top.")


class Goal(Element):
    """A strategic goal."""

    kind: Literal["goal"] = "goal"


class ActionPlan(Element):
    """A group of actions under a goal."""

    kind: Literal["action_plan"] = "action_plan"


class ActorRef(BaseModel):
    """A department or partner carrying an action."""

    id: uuid.UUID
    name: str
    kind: ActorKind


class Action(Element):
    """A concrete action, with who carries it and how far it has come."""

    kind: Literal["action"] = "action"
    status: ActionStatus
    progress: int = Field(description="A whole percentage.")
    weight: Decimal | None = Field(description="Its weight in its action plan's progress.")
    budget: Decimal | None = Field(description="In euro.")
    starts_on: date | None
    ends_on: date | None
    owners: list[ActorRef] = Field(description="The departments that own it, by name.")
    partners: list[ActorRef] = Field(description="The partners that help carry it, by name.")


TrailItem = Annotated[
    Input | Finding | Theme | Goal | ActionPlan | Action, Field(discriminator="kind")
]


class Link(BaseModel):
    """A link along the trail, from what rests on to what it supports."""

    id: uuid.UUID
    plan_id: uuid.UUID
    kind: str = Field(description="The kinds of its two ends, such as input_to_finding.")
    source_id: uuid.UUID
    source_kind: str
    target_id: uuid.UUID
    target_kind: str
    rationale: str | None = Field(description="Why the two are linked.")
    decision: Decision
    author: str = Field(description="Who made it; without a key, 'the municipality'.")
    version: int = Field(description="Its version, also its ETag; If-Match it to change it safely.")


class InputPage(Page[Input]):
    pass


class FindingPage(Page[Finding]):
    pass


class ThemePage(Page[Theme]):
    pass


class GoalPage(Page[Goal]):
    pass


class ActionPlanPage(Page[ActionPlan]):
    pass


class ActionPage(Page[Action]):
    pass


class LinkPage(Page[Link]):
    pass


def input_of(row: models.Input, caller: Caller | None) -> Input:
    return Input(
        id=row.id, plan_id=row.plan_id, version=row.version,
        external_id=disclosure.personal(caller, row.external_id), text=row.text,
        channel=Channel(row.channel), participant_type=ParticipantType(row.participant_type),
        status=InputStatus(row.status),
        status_reason=disclosure.personal(caller, row.status_reason),
        receipt_code=row.receipt_code, submitted_at=row.submitted_at,
        language=Language(row.language), moment_id=row.moment_id,
    )  # fmt: skip


def _element_fields(row: models.Node) -> dict[str, Any]:
    return {
        "id": row.id, "plan_id": row.plan_id, "version": row.version,
        "external_id": row.external_id, "code": row.code,
        "title": TranslatedText.of(row.title), "description": TranslatedText.of(row.description),
        "priority": row.priority,
    }  # fmt: skip


_SHAPES: dict[str, type[Finding | Goal | ActionPlan]] = {
    "finding": Finding,
    "goal": Goal,
    "action_plan": ActionPlan,
}


def element_of(row: models.Node) -> Finding | Theme | Goal | ActionPlan:
    """A finding, theme, goal or action plan (actions need their actors: `shown_items`)."""
    fields = _element_fields(row)
    if isinstance(row, models.Theme):
        return Theme(parent_id=row.parent_id, **fields)
    shape: type[Finding | Goal | ActionPlan] = _SHAPES[row.kind]
    return shape(**fields)


def action_of(row: models.Action, actors: Sequence[tuple[str, models.Actor]]) -> Action:
    def refs(role: ActorRole) -> list[ActorRef]:
        return [
            ActorRef(id=actor.id, name=actor.name, kind=ActorKind(actor.kind))
            for part, actor in actors
            if part == role.value
        ]

    return Action(
        status=ActionStatus(row.status), progress=row.progress, weight=row.weight,
        budget=row.budget, starts_on=row.starts_on, ends_on=row.ends_on,
        owners=refs(ActorRole.OWNER), partners=refs(ActorRole.PARTNER),
        **_element_fields(row),
    )  # fmt: skip


async def shown_items(
    uow: UnitOfWork, caller: Caller | None, rows: Sequence[models.Node]
) -> list[Input | Finding | Theme | Goal | ActionPlan | Action]:
    """Nodes of any kind as REST shows them; the actors of every action in one read."""
    action_keys = [(row.tenant_id, row.id) for row in rows if isinstance(row, models.Action)]
    actors = await browsing.actors_of_actions(uow, action_keys) if action_keys else {}
    shown: list[Input | Finding | Theme | Goal | ActionPlan | Action] = []
    for row in rows:
        if isinstance(row, models.Input):
            shown.append(input_of(row, caller))
        elif isinstance(row, models.Action):
            shown.append(action_of(row, actors.get((row.tenant_id, row.id), [])))
        else:
            shown.append(element_of(row))
    return shown


def link_of(row: models.Link, caller: Caller | None) -> Link:
    return Link(
        id=row.id, plan_id=row.plan_id, kind=row.kind, source_id=row.source_id,
        source_kind=row.source_kind, target_id=row.target_id, target_kind=row.target_kind,
        rationale=row.rationale, decision=Decision(row.decision),
        author=disclosure.author(caller, row.author), version=row.version,
    )  # fmt: skip
