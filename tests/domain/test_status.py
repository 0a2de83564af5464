"""The status machines of inputs and actions."""

import pytest

from api.domain.errors import IllegalTransition, ValidationFailed
from api.domain.status import (
    ActionStatus,
    InputStatus,
    next_action_status,
    next_input_status,
)


def test_an_input_is_reviewed_then_decided() -> None:
    assert next_input_status(InputStatus.RECEIVED, InputStatus.IN_REVIEW, None) == (
        InputStatus.IN_REVIEW,
        None,
    )
    assert next_input_status(InputStatus.IN_REVIEW, InputStatus.ADDRESSED, None)[0] is (
        InputStatus.ADDRESSED
    )
    assert next_input_status(
        InputStatus.IN_REVIEW, InputStatus.NOT_RETAINED, " buiten bevoegdheid "
    ) == (
        InputStatus.NOT_RETAINED,
        "buiten bevoegdheid",
    )


def test_a_decision_can_be_reopened() -> None:
    assert next_input_status(InputStatus.ADDRESSED, InputStatus.IN_REVIEW, None)[0] is (
        InputStatus.IN_REVIEW
    )


@pytest.mark.parametrize("reason", [None, "", "   "])
def test_not_retained_needs_a_reason(reason: str | None) -> None:
    with pytest.raises(ValidationFailed, match="reason") as error:
        next_input_status(InputStatus.IN_REVIEW, InputStatus.NOT_RETAINED, reason)
    assert error.value.field == "reason"


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (InputStatus.RECEIVED, InputStatus.ADDRESSED),
        (InputStatus.RECEIVED, InputStatus.NOT_RETAINED),
        (InputStatus.ADDRESSED, InputStatus.NOT_RETAINED),
        (InputStatus.IN_REVIEW, InputStatus.RECEIVED),
        (InputStatus.IN_REVIEW, InputStatus.IN_REVIEW),
    ],
)
def test_illegal_input_transitions(current: InputStatus, wanted: InputStatus) -> None:
    with pytest.raises(IllegalTransition):
        next_input_status(current, wanted, "a reason")


def test_an_action_runs_from_proposal_to_done() -> None:
    status = ActionStatus.PROPOSED
    for wanted in (ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE):
        status = next_action_status(status, wanted)
    assert status is ActionStatus.DONE


@pytest.mark.parametrize(
    ("current", "wanted"),
    [
        (ActionStatus.PROPOSED, ActionStatus.DONE),
        (ActionStatus.PROPOSED, ActionStatus.IN_PROGRESS),
        (ActionStatus.DONE, ActionStatus.IN_PROGRESS),
        (ActionStatus.DROPPED, ActionStatus.PLANNED),
        (ActionStatus.IN_PROGRESS, ActionStatus.PLANNED),
    ],
)
def test_illegal_action_transitions(current: ActionStatus, wanted: ActionStatus) -> None:
    with pytest.raises(IllegalTransition, match=f"from {current} to {wanted}"):
        next_action_status(current, wanted)


@pytest.mark.parametrize("current", list(ActionStatus))
def test_any_unfinished_action_can_be_dropped(current: ActionStatus) -> None:
    if current in (ActionStatus.DONE, ActionStatus.DROPPED):
        with pytest.raises(IllegalTransition):
            next_action_status(current, ActionStatus.DROPPED)
    else:
        assert next_action_status(current, ActionStatus.DROPPED) is ActionStatus.DROPPED
