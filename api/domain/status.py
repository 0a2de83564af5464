"""Status machines for inputs and actions."""

from enum import StrEnum

from api.domain.errors import IllegalTransition, ValidationFailed


class InputStatus(StrEnum):
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    ADDRESSED = "addressed"
    NOT_RETAINED = "not_retained"


class ActionStatus(StrEnum):
    PROPOSED = "proposed"
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


INPUT_TRANSITIONS: dict[InputStatus, frozenset[InputStatus]] = {
    InputStatus.RECEIVED: frozenset({InputStatus.IN_REVIEW}),
    # A decision can be revisited, so a decided input may go back to review.
    InputStatus.IN_REVIEW: frozenset({InputStatus.ADDRESSED, InputStatus.NOT_RETAINED}),
    InputStatus.ADDRESSED: frozenset({InputStatus.IN_REVIEW}),
    InputStatus.NOT_RETAINED: frozenset({InputStatus.IN_REVIEW}),
}

ACTION_TRANSITIONS: dict[ActionStatus, frozenset[ActionStatus]] = {
    ActionStatus.PROPOSED: frozenset({ActionStatus.PLANNED, ActionStatus.DROPPED}),
    ActionStatus.PLANNED: frozenset({ActionStatus.IN_PROGRESS, ActionStatus.DROPPED}),
    ActionStatus.IN_PROGRESS: frozenset({ActionStatus.DONE, ActionStatus.DROPPED}),
    ActionStatus.DONE: frozenset(),
    ActionStatus.DROPPED: frozenset(),
}


def next_input_status(
    current: InputStatus, wanted: InputStatus, reason: str | None
) -> tuple[InputStatus, str | None]:
    """The status and reason an input ends up with; refuse what the machine forbids."""
    _check_transition("input", current, wanted, INPUT_TRANSITIONS[current])
    reason = (reason or "").strip() or None
    if wanted is InputStatus.NOT_RETAINED and reason is None:
        raise ValidationFailed(
            "an input can only be marked not_retained with a reason", field="reason"
        )
    # The reason stays with the input only when it explains a refusal; any other status
    # change keeps its reason in the event log alone.
    return wanted, reason if wanted is InputStatus.NOT_RETAINED else None


def next_action_status(current: ActionStatus, wanted: ActionStatus) -> ActionStatus:
    """The status an action ends up with; refuse what the machine forbids."""
    _check_transition("action", current, wanted, ACTION_TRANSITIONS[current])
    return wanted


def _check_transition(
    what: str, current: StrEnum, wanted: StrEnum, allowed: frozenset[StrEnum]
) -> None:
    if wanted not in allowed:
        options = ", ".join(sorted(s.value for s in allowed)) or "none, it is final"
        raise IllegalTransition(
            f"an {what} cannot go from {current} to {wanted};"
            f" from {current} it can go to: {options}",
            field="status",
        )
