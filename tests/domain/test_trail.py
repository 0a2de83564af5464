"""The allowed-link matrix and why the trail can hold no cycle."""

import itertools

import pytest

from api.domain.errors import (
    CrossPlanLink,
    CycleDetected,
    DuplicateLink,
    LinkNotAllowed,
)
from api.domain.trail import ALLOWED_LINKS, RANK, NodeKind, check_link, check_theme_parent


def _check(source: NodeKind, target: NodeKind, **overrides: object) -> None:
    arguments: dict[str, object] = {
        "source_id": 1,
        "source_kind": source,
        "source_plan": "p",
        "target_id": 2,
        "target_kind": target,
        "target_plan": "p",
        "already_linked": False,
    }
    arguments.update(overrides)
    check_link(**arguments)  # type: ignore[arg-type]


@pytest.mark.parametrize(("source", "target"), sorted(ALLOWED_LINKS))
def test_allowed_pairs_pass(source: NodeKind, target: NodeKind) -> None:
    _check(source, target)


@pytest.mark.parametrize(
    ("source", "target"),
    [pair for pair in itertools.product(NodeKind, NodeKind) if pair not in ALLOWED_LINKS],
)
def test_every_other_pair_is_refused(source: NodeKind, target: NodeKind) -> None:
    with pytest.raises(LinkNotAllowed):
        _check(source, target)


def test_the_matrix_is_the_one_the_domain_describes() -> None:
    k = NodeKind
    assert {
        (k.INPUT, k.FINDING),
        (k.INPUT, k.THEME),
        (k.INPUT, k.GOAL),
        (k.INPUT, k.ACTION),
        (k.FINDING, k.GOAL),
        (k.THEME, k.GOAL),
        (k.GOAL, k.ACTION_PLAN),
        (k.ACTION_PLAN, k.ACTION),
        (k.GOAL, k.ACTION),
    } == ALLOWED_LINKS


def test_every_allowed_link_climbs_so_no_cycle_can_form() -> None:
    assert all(RANK[target] > RANK[source] for source, target in ALLOWED_LINKS)


def test_a_backward_link_is_named_a_cycle() -> None:
    with pytest.raises(CycleDetected, match="backwards"):
        _check(NodeKind.GOAL, NodeKind.FINDING)


def test_a_self_link_is_a_cycle() -> None:
    with pytest.raises(CycleDetected):
        _check(NodeKind.GOAL, NodeKind.GOAL, target_id=1)


def test_a_disallowed_pair_says_what_is_allowed() -> None:
    with pytest.raises(LinkNotAllowed, match="it can link to: goal"):
        _check(NodeKind.FINDING, NodeKind.ACTION)


def test_links_across_plans_are_refused() -> None:
    with pytest.raises(CrossPlanLink):
        _check(NodeKind.INPUT, NodeKind.FINDING, target_plan="other")


def test_duplicates_are_refused() -> None:
    with pytest.raises(DuplicateLink):
        _check(NodeKind.INPUT, NodeKind.FINDING, already_linked=True)


def test_a_theme_cannot_move_under_its_own_descendant() -> None:
    parents = {"root": None, "child": "root", "grandchild": "child"}
    with pytest.raises(CycleDetected):
        check_theme_parent("root", "grandchild", parents)
    with pytest.raises(CycleDetected):
        check_theme_parent("child", "child", parents)
    check_theme_parent("grandchild", "root", parents)
    check_theme_parent("child", None, parents)
