"""What propagates along the plan structure: priority upward, progress rolled up."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal


def propagate_priority(
    flagged: Iterable[object], parents_of: Mapping[object, Iterable[object]]
) -> set[object]:
    """Every node that is priority: flagged itself, or above a priority node.

    A priority action makes its action plan and goal priority (BBC 2020), so priority climbs the
    structure; `parents_of` maps a node to the nodes directly above it.
    """
    priority: set[object] = set()
    stack = list(flagged)
    while stack:
        node = stack.pop()
        if node not in priority:
            priority.add(node)
            stack.extend(parents_of.get(node, ()))
    return priority


@dataclass(frozen=True)
class ActionProgress:
    """What roll-up needs of one action."""

    progress: int
    weight: Decimal | None
    dropped: bool = False


def roll_up_progress(actions: Iterable[ActionProgress]) -> int | None:
    """The progress of an action plan or goal from its actions, as a whole percentage.

    Actions with a weight count by their weight; those without count as weight 1. Dropped
    actions no longer count. With no countable action the progress is unknown (None).
    """
    total_weight = Decimal(0)
    weighted = Decimal(0)
    for action in actions:
        if action.dropped:
            continue
        weight = action.weight if action.weight is not None else Decimal(1)
        total_weight += weight
        weighted += weight * action.progress
    if total_weight == 0:
        return None
    return int((weighted / total_weight).to_integral_value())
