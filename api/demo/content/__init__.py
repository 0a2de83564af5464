"""Demo content: the social policy plan of Herent 2022-2027, as its trail could have looked.

Pure data for `api.demo.loader`. The plan, its phases and structure follow the real process
(Herent, 2021-2022, facilitated by Avansa Oost-Brabant); the inputs, names and e-mail addresses
are invented. All content is Dutch, with English (and for the plan French) titles. The inputs
are kept per phase, in the order they were received; the loader relies on that order.
"""

from typing import Any

from api.demo.content import (
    actions_sd1_sd2,
    actions_sd3_sd5,
    inputs_analysis,
    inputs_citizen_consultation_1,
    inputs_citizen_consultation_2,
    inputs_citizen_consultation_3,
    inputs_goals_to_actions_1,
    inputs_goals_to_actions_2,
    inputs_letters_and_email,
    inputs_stakeholder_talks,
    inputs_strategic_note,
    inputs_target_group_questioning_1,
    inputs_target_group_questioning_2,
)
from api.demo.content.goals import ACTION_PLANS, GOALS
from api.demo.content.plan import ACTORS, MOMENTS, PHASES, PLAN
from api.demo.content.themes_and_findings import FINDINGS, THEMES

ACTIONS: list[dict[str, Any]] = actions_sd1_sd2.ACTIONS + actions_sd3_sd5.ACTIONS
INPUTS: list[dict[str, Any]] = [
    *inputs_analysis.INPUTS,
    *inputs_stakeholder_talks.INPUTS,
    *inputs_citizen_consultation_1.INPUTS,
    *inputs_citizen_consultation_2.INPUTS,
    *inputs_citizen_consultation_3.INPUTS,
    *inputs_target_group_questioning_1.INPUTS,
    *inputs_target_group_questioning_2.INPUTS,
    *inputs_strategic_note.INPUTS,
    *inputs_goals_to_actions_1.INPUTS,
    *inputs_goals_to_actions_2.INPUTS,
    *inputs_letters_and_email.INPUTS,
]

__all__ = [
    "ACTIONS", "ACTION_PLANS", "ACTORS", "FINDINGS", "GOALS", "INPUTS", "MOMENTS", "PHASES",
    "PLAN", "THEMES",
]  # fmt: skip
