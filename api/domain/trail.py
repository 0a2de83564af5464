"""The trail graph: kinds of node, which links are allowed, and why no link can close a cycle."""

from collections.abc import Hashable, Mapping
from enum import StrEnum
from typing import TypeVar

from api.domain.errors import CrossPlanLink, CycleDetected, DuplicateLink, LinkNotAllowed

K = TypeVar("K", bound=Hashable)


class NodeKind(StrEnum):
    """Every traceable item is a node of one of these kinds."""

    INPUT = "input"
    FINDING = "finding"
    THEME = "theme"
    GOAL = "goal"
    ACTION_PLAN = "action_plan"
    ACTION = "action"

    @property
    def named(self) -> str:
        """The kind with its article, as a message names it: "an action plan", "a goal"."""
        words = self.value.replace("_", " ")
        return f"{'an' if words[0] in 'aeiou' else 'a'} {words}"


# The trail runs from what was said towards what is done. Every allowed link climbs strictly in
# this order, so a chain of links can never come back to where it started: the trail is acyclic
# by construction, and no walk of the graph is needed to keep it so.
RANK: dict[NodeKind, int] = {
    NodeKind.INPUT: 0,
    NodeKind.FINDING: 1,
    NodeKind.THEME: 1,
    NodeKind.GOAL: 2,
    NodeKind.ACTION_PLAN: 3,
    NodeKind.ACTION: 4,
}

# The one definition of which links exist; the migration's check constraint mirrors it, and a
# test holds the two together.
ALLOWED_LINKS: frozenset[tuple[NodeKind, NodeKind]] = frozenset(
    {
        (NodeKind.INPUT, NodeKind.FINDING),
        (NodeKind.INPUT, NodeKind.THEME),
        (NodeKind.INPUT, NodeKind.GOAL),
        (NodeKind.INPUT, NodeKind.ACTION),
        (NodeKind.FINDING, NodeKind.GOAL),
        (NodeKind.THEME, NodeKind.GOAL),
        (NodeKind.GOAL, NodeKind.ACTION_PLAN),
        (NodeKind.ACTION_PLAN, NodeKind.ACTION),
        (NodeKind.GOAL, NodeKind.ACTION),
    }
)

# Kinds that a forward trace counts as "reached": the municipality committed to something.
COMMITMENT_KINDS = frozenset({NodeKind.GOAL, NodeKind.ACTION_PLAN, NodeKind.ACTION})


def link_kind(source: NodeKind, target: NodeKind) -> str:
    """The name of a link between two kinds, such as `input_to_finding`."""
    return f"{source.value}_to_{target.value}"


def check_link(
    *,
    source_id: object,
    source_kind: NodeKind,
    source_plan: object,
    target_id: object,
    target_kind: NodeKind,
    target_plan: object,
    already_linked: bool,
) -> None:
    """Raise the domain error that forbids this link, if any."""
    if source_id == target_id:
        raise CycleDetected("a node cannot link to itself", field="targetId")
    if (source_kind, target_kind) not in ALLOWED_LINKS:
        if RANK[target_kind] < RANK[source_kind]:
            raise CycleDetected(
                f"a link from {source_kind} to {target_kind} would run the trail backwards"
                f" (links run from input towards action); link the {target_kind} to the"
                f" {source_kind} instead",
                field="targetId",
            )
        allowed = ", ".join(sorted(t.value for s, t in ALLOWED_LINKS if s == source_kind))
        raise LinkNotAllowed(
            f"{NodeKind(source_kind).named} cannot link to {NodeKind(target_kind).named}"
            + (f"; it can link to: {allowed}" if allowed else "; it cannot be a link's source"),
            field="targetId",
        )
    if source_plan != target_plan:
        raise CrossPlanLink("both ends of a link must belong to the same plan", field="targetId")
    if already_linked:
        raise DuplicateLink(
            f"this {source_kind} is already linked to this {target_kind}", field="targetId"
        )


def check_theme_parent(theme_id: K, new_parent_id: K | None, parents: Mapping[K, K | None]) -> None:
    """Refuse a parent that is the theme itself or one of its descendants."""
    seen: set[K] = set()
    current = new_parent_id
    while current is not None:
        if current == theme_id:
            raise CycleDetected(
                "a theme cannot be placed under itself or one of its sub-themes", field="parentId"
            )
        if current in seen:  # an existing loop elsewhere must not hang us
            break
        seen.add(current)
        current = parents.get(current)


# The kinds of link, one per allowed pair: `input_to_finding`, `goal_to_action_plan`…
LinkKind = StrEnum(  # type: ignore[misc]
    "LinkKind",
    {
        f"{s.name}_TO_{t.name}": link_kind(s, t)
        for s, t in sorted(ALLOWED_LINKS, key=lambda pair: (RANK[pair[0]], RANK[pair[1]], pair))
    },
)
