"""Priority propagates upward; progress rolls up, weighted where weights are set."""

from decimal import Decimal

from api.domain.rollup import ActionProgress, propagate_priority, roll_up_progress


def test_a_priority_action_makes_its_action_plan_and_goal_priority() -> None:
    parents = {"A1.1.1": ["AP1.1"], "AP1.1": ["SD1"], "A2.1.1": ["AP2.1"], "AP2.1": ["SD2"]}
    assert propagate_priority(["A1.1.1"], parents) == {"A1.1.1", "AP1.1", "SD1"}


def test_priority_reaches_every_parent_of_a_shared_node() -> None:
    parents = {"A": ["AP1", "SD2"], "AP1": ["SD1"]}
    assert propagate_priority(["A"], parents) == {"A", "AP1", "SD1", "SD2"}


def test_nothing_flagged_means_nothing_priority() -> None:
    assert propagate_priority([], {"A": ["AP"]}) == set()


def test_unweighted_progress_is_the_mean() -> None:
    assert roll_up_progress([ActionProgress(0, None), ActionProgress(50, None)]) == 25


def test_weights_count() -> None:
    actions = [ActionProgress(100, Decimal(3)), ActionProgress(0, Decimal(1))]
    assert roll_up_progress(actions) == 75


def test_unweighted_actions_count_as_weight_one_beside_weighted_ones() -> None:
    actions = [ActionProgress(100, Decimal(2)), ActionProgress(10, None)]
    assert roll_up_progress(actions) == 70


def test_dropped_actions_do_not_count() -> None:
    actions = [ActionProgress(100, None), ActionProgress(0, None, dropped=True)]
    assert roll_up_progress(actions) == 100


def test_no_actions_means_unknown_progress() -> None:
    assert roll_up_progress([]) is None
    assert roll_up_progress([ActionProgress(40, None, dropped=True)]) is None
