"""The walk: every operation together, and a weighted choice of which comes next."""

from tests.events.walk.actions import ActionOperations
from tests.events.walk.inputs import InputOperations
from tests.events.walk.links import LinkOperations
from tests.events.walk.model import Attempt
from tests.events.walk.plans import PlanOperations
from tests.events.walk.structure import StructureOperations


class Walk(PlanOperations, InputOperations, StructureOperations, ActionOperations, LinkOperations):
    """Chooses the next service call at random, from what the model says exists."""

    WEIGHTS = {
        "create_plan": 2,
        "update_plan": 3,
        "set_plan_status": 2,
        "create_moment": 3,
        "create_actor": 2,
        "create_input": 12,
        "update_input": 4,
        "set_input_status": 5,
        "create_finding": 4,
        "create_theme": 4,
        "create_goal": 4,
        "create_action_plan": 4,
        "create_action": 6,
        "update_node": 5,
        "update_action": 5,
        "move_theme": 3,
        "set_action_status": 4,
        "set_progress": 3,
        "create_link": 14,
        "update_link": 4,
        "delete_link": 3,
        "delete_node": 3,
        "redact_input": 2,
        "erase_participant": 2,
    }

    def next_attempt(self) -> Attempt:
        names, weights = list(self.WEIGHTS), list(self.WEIGHTS.values())
        while True:
            name = "create_plan" if not self.model.plans else self.rng.choices(names, weights)[0]
            attempt: Attempt | None = getattr(self, name)()
            if attempt is not None:
                return attempt
