"""The demo's writes: each record of its content entered through the services, as the people
of the story would have entered it."""

import uuid
from dataclasses import dataclass, field, replace

from api.demo.model import (
    Action,
    ActionPlan,
    Actor,
    Finding,
    Goal,
    Input,
    Milestone,
    Moment,
    Receipt,
    Theme,
    Update,
)
from api.domain.status import InputStatus
from api.domain.vocabulary import Decision, PlanStatus
from api.services import actions, feedback, inputs, links, participation, plans, structure
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.unit_of_work import UnitOfWork


@dataclass
class Writer:
    """Writes one plan's records, and remembers the id each key of the content was given."""

    uow: UnitOfWork
    caller: Caller
    plan_id: uuid.UUID
    receipt: Receipt
    ids: dict[str, uuid.UUID] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    async def actor(self, actor: Actor) -> None:
        command = participation.CreateActor(name=actor["name"], kind=actor["kind"])
        made = await participation.create_actor(self.uow, self.caller, command)
        self.ids[actor["key"]], self.names[actor["key"]] = made.id, actor["name"]

    async def moment(self, moment: Moment) -> None:
        command = participation.CreateMoment(
            plan_id=self.plan_id, title=moment["title"], held_on=moment["held_on"],
            method=moment["method"], phase=moment["phase"], facilitator=moment["facilitator"],
            participant_count=moment["participant_count"], place=moment.get("place"),
            online=moment["online"],
        )  # fmt: skip
        made = await participation.create_moment(self.uow, self.caller, command)
        self.ids[moment["key"]] = made.id

    async def theme(self, theme: Theme, reason: str) -> None:
        parent = theme.get("parent")
        command = structure.CreateTheme(
            plan_id=self.plan_id, title=theme["title"], reason=reason,
            parent_id=self.ids[parent] if parent else None,
        )  # fmt: skip
        self.ids[theme["key"]] = (await structure.create_theme(self.uow, self.caller, command)).id

    async def finding(self, finding: Finding, reason: str) -> None:
        command = structure.CreateFinding(
            plan_id=self.plan_id, code=finding["code"], title=finding["title"],
            description=finding["description"], reason=reason,
        )  # fmt: skip
        made = await structure.create_finding(self.uow, self.caller, command)
        self.ids[finding["key"]] = made.id

    async def goal(self, goal: Goal, reason: str) -> None:
        """A goal, linked to the findings and themes it answers."""
        command = structure.CreateGoal(
            plan_id=self.plan_id, code=goal["code"], title=goal["title"],
            description=goal["description"], priority=goal["priority"], reason=reason,
        )  # fmt: skip
        made = await structure.create_goal(self.uow, self.caller, command)
        self.ids[goal["key"]] = made.id
        partly = set(goal.get("partly_adopted", []))
        for key, rationale in [*goal["findings"], *goal["themes"]]:
            decision = Decision.PARTLY_ADOPTED if key in partly else Decision.ADOPTED
            await self.link(key, goal["key"], rationale, decision)

    async def action_plan(self, action_plan: ActionPlan, reason: str) -> None:
        command = structure.CreateActionPlan(
            plan_id=self.plan_id, code=action_plan["code"], title=action_plan["title"],
            reason=reason,
        )  # fmt: skip
        made = await structure.create_action_plan(self.uow, self.caller, command)
        self.ids[action_plan["key"]] = made.id
        await self.link(action_plan["goal"], action_plan["key"], action_plan["rationale"])

    async def action(self, action: Action, reason: str) -> None:
        command = actions.CreateAction(
            plan_id=self.plan_id, code=action["code"], title=action["title"],
            description=action["description"], priority=action["priority"],
            weight=action.get("weight"), starts_on=action["starts_on"],
            ends_on=action.get("ends_on"), budget=action.get("budget"),
            owners=tuple(self.ids[key] for key in action["owners"]),
            partners=tuple(self.ids[key] for key in action["partners"]), reason=reason,
        )  # fmt: skip
        made = await actions.create_action(self.uow, self.caller, command)
        self.ids[action["key"]] = made.id
        await self.link(action["action_plan"], action["key"], action["rationale"])

    async def input(self, row: Input) -> None:
        contact = row["contact"]
        command = inputs.CreateInput(
            plan_id=self.plan_id, text=row["text"], channel=row["channel"],
            participant_type=row["participant_type"], language=row["language"],
            moment_id=self.ids[row["moment"]] if row["moment"] else None,
            submitted_at=row["submitted_at"], external_id=row["external_id"],
            contact=ContactDetails(**contact) if contact else None,
            receipt_code=self._receipt_of(row),
        )  # fmt: skip
        self.ids[row["external_id"]] = (
            await inputs.create_input(self.uow, self.caller, command)
        ).id

    async def input_status(self, row: Input, status: InputStatus) -> None:
        """Take an input into review, or decide it (not retained, with the row's reason)."""
        command = inputs.SetInputStatus(
            input_id=self.ids[row["external_id"]], status=status, reason=row["reason"]
        )
        await inputs.set_input_status(self.uow, self.caller, command)

    async def link(
        self,
        source: str,
        target: str,
        rationale: str | None,
        decision: Decision = Decision.ADOPTED,
    ) -> None:
        command = links.CreateLink(
            source_id=self.ids[source], target_id=self.ids[target], rationale=rationale,
            decision=decision,
        )  # fmt: skip
        await links.create_link(self.uow, self.caller, command)

    async def plan_status(self, status: PlanStatus, milestone: Milestone) -> None:
        command = plans.SetPlanStatus(
            plan_id=self.plan_id, status=status, reason=milestone["reason"]
        )
        await plans.set_plan_status(self.uow, self._as(milestone.get("actor")), command)

    async def update(self, action: Action, update: Update) -> None:
        """An action's new status or progress, reported by the department that carries it."""
        action_id, reason = self.ids[action["key"]], update["reason"]
        reporter = self._as(self.names[action["owners"][0]] if action["owners"] else None)
        if "status" in update:
            status = actions.SetActionStatus(
                action_id=action_id, status=update["status"], reason=reason
            )
            await actions.set_action_status(self.uow, reporter, status)
        else:
            progress = actions.SetProgress(
                action_id=action_id, progress=update["progress"], reason=reason
            )
            await actions.set_progress(self.uow, reporter, progress)

    async def feedback(self) -> None:
        """The municipality's answer to the input whose receipt is printed."""
        command = feedback.PublishFeedback(
            subject_id=self.ids[self.receipt["input"]], text=self.receipt["text"],
            reason=self.receipt["reason"],
        )  # fmt: skip
        await feedback.publish_feedback(self.uow, self.caller, command)

    def _receipt_of(self, row: Input) -> str | None:
        return self.receipt["code"] if row["external_id"] == self.receipt["input"] else None

    def _as(self, actor: str | None) -> Caller:
        return replace(self.caller, actor=actor) if actor else self.caller
