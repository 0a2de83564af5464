"""Operations of the walk on actions: their dates, amounts, actors, status and progress."""

from datetime import date
from typing import Any

from api.domain.errors import Conflict, IllegalTransition, ValidationFailed
from api.domain.status import ACTION_TRANSITIONS, ActionStatus
from api.domain.trail import NodeKind
from api.services import actions
from tests.events.walk.choosing import Choosing
from tests.events.walk.model import Attempt, NodeModel, first, known


def ends_before_start(starts_on: date | None, ends_on: date | None) -> bool:
    return starts_on is not None and ends_on is not None and ends_on < starts_on


class ActionOperations(Choosing):
    """Creating and changing actions, moving them through their statuses, setting progress."""

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
        priority = self.chance(0.2)
        external_id = fields.get("external_id")
        bad_field = bad_weight or bad_budget or any(bad)
        creation, retry = self.creation(NodeKind.ACTION, plan_id, external_id, bad_field, taken)
        refusal = (
            first(
                (ends_before_start(starts_on, ends_on), ValidationFailed),
                (unknown_actor, ValidationFailed),
            )
            or creation
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
                actions.CreateAction(
                    owners=owners,
                    partners=partners,
                    starts_on=starts_on,
                    ends_on=ends_on,
                    weight=weight,
                    budget=budget,
                    priority=priority,
                    **fields,
                ),
            ),
            refusal,
            then,
            f"{fields} {starts_on}..{ends_on} w={weight} b={budget}",
            None if refusal else retry,
        )

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
                kwargs["external_id"] = f"ACTION-{self.rng.randrange(12)}"
                taken = self.external_id_taken(NodeKind.ACTION, kwargs["external_id"], node.id)
        starts_on = kwargs.get("starts_on") or node.starts_on
        ends_on = kwargs.get("ends_on") or node.ends_on
        refusal = first(
            (ends_before_start(starts_on, ends_on), ValidationFailed),
            (unknown_actor, ValidationFailed),
            (taken, Conflict),
            (bad_amount, ValidationFailed),
        )

        def then(_: Any) -> None:
            node.starts_on, node.ends_on = starts_on, ends_on
            node.external_id = kwargs.get("external_id") or node.external_id

        return Attempt(
            "update_action",
            lambda uow: actions.update_action(
                uow, self.caller, actions.UpdateAction(action_id=node.id, **kwargs)
            ),
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
                uow, self.caller, actions.SetActionStatus(action_id=node.id, status=wanted)
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
                uow, self.caller, actions.SetProgress(action_id=node.id, progress=progress)
            ),
            ValidationFailed if not 0 <= progress <= 100 else None,
            detail=str(progress),
        )
