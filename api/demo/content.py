"""The demo's content, read once from its data files (api/demo/data) and checked.

The plan of Herent 2022-2027, its phases, moments and structure follow the real process (2021-
2022, facilitated by Avansa Oost-Brabant); the inputs, names and e-mail addresses are invented.
"""

from api.demo.checks import check_demo
from api.demo.files import read_demo

DEMO = check_demo(read_demo())

PLAN = DEMO.plan
PHASES = DEMO.phases
MOMENTS = DEMO.moments
ACTORS = DEMO.actors
THEMES = DEMO.themes
FINDINGS = DEMO.findings
GOALS = DEMO.goals
ACTION_PLANS = DEMO.action_plans
ACTIONS = DEMO.actions
INPUTS = DEMO.inputs
