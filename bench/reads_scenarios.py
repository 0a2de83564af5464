"""The read benchmark's scenarios, and how each side answers them (see `bench.reads`)."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import httpx
import orjson

from bench.graphql import gid
from bench.load import Call
from bench.wire import StatementCounter

Data = dict[str, Any]  # the `data` of a GraphQL answer

GOAL_PAGE = """query GoalPage($id: ID!) { node(id: $id) { ... on Goal { code title
  actionPlans { edges { node { code title
    actions { edges { node { code title status progress } } } } } } } } }"""

# 100 goals a page (the most `first` allows), each with at most 5 action plans of at most 10
# actions: about 33,000 of the cost limit's 50,000. The demo's goals have at most 2 action plans
# of at most 4 actions; the floor's answer holds every one, so a cut would show.
STRUCTURE = """query Structure($id: ID!, $after: String) { plan(id: $id) {
  goals(first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { code title
    actionPlans(first: 5) { edges { node { code title
      actions(first: 10) { edges { node { code title status progress } } } } } } } } } } }"""


@dataclass(frozen=True)
class Subject:
    """The plan of one scale, as loaded, and the goal whose page is read."""

    copies: int
    tenant_id: uuid.UUID
    plan_id: uuid.UUID
    goal_id: uuid.UUID
    goal_code: str
    counts: dict[str, int]
    load_seconds: float
    ok: bool


@dataclass(frozen=True)
class Side:
    """A running server that answers the scenarios: Spoor, or the floor."""

    name: str
    base: str
    pid: int
    counter: StatementCounter | None  # counting what it sends PostgreSQL, for a twin

    @property
    def is_floor(self) -> bool:
        return self.name == "floor"


def _nodes(connection: Data) -> list[Data]:
    return [edge["node"] for edge in connection["edges"]]


def _goal_summary(data: Data) -> dict[str, int]:
    plans = _nodes(data["node"]["actionPlans"])
    return {"action_plans": len(plans), "actions": sum(len(_nodes(p["actions"])) for p in plans)}


def _structure_summary(data: Data) -> dict[str, int]:
    goals = _nodes(data["plan"]["goals"])
    plans = [plan for goal in goals for plan in _nodes(goal["actionPlans"])]
    actions = sum(len(_nodes(plan["actions"])) for plan in plans)
    return {"goals": len(goals), "action_plans": len(plans), "actions": actions}


@dataclass(frozen=True)
class Scenario:
    """One read: its GraphQL query, its floor's path, and how to sum its answer up."""

    name: str
    query: str
    node: Callable[[Subject], str]  # the global id the query names
    floor_path: Callable[[Subject], str]
    summary: Callable[[Data], dict[str, int]]
    paged: tuple[str, ...] = ()  # the path in `data` of a connection paged through, if any

    def load_call(self, side: Side, subject: Subject) -> Call:
        """One request of the load: the answer, read no further than paging needs."""
        if side.is_floor:
            path = self.floor_path(subject)

            async def floor(http: httpx.AsyncClient) -> None:
                (await http.get(path)).raise_for_status()

            return floor
        node = self.node(subject)
        if self.paged:
            # Page to the end, reading of each page only where the next starts: the floor's
            # client reads nothing of its answer, so the load generator's own CPU stays small
            # beside Spoor's (parsing every page whole cost it more than Spoor cost to serve it).
            async def whole(http: httpx.AsyncClient) -> None:
                after = None
                while True:
                    variables = {"id": node, "after": after}
                    response = await http.post(
                        "/graphql", json={"query": self.query, "variables": variables}
                    )
                    response.raise_for_status()
                    found = orjson.loads(response.content)["data"]
                    for key in self.paged:
                        found = found[key]
                    if not found["pageInfo"]["hasNextPage"]:
                        return
                    after = found["pageInfo"]["endCursor"]

            return whole
        body = {"query": self.query, "variables": {"id": node}}

        async def single(http: httpx.AsyncClient) -> None:
            (await http.post("/graphql", json=body)).raise_for_status()

        return single


SCENARIOS = (
    Scenario(
        "goal page",
        GOAL_PAGE,
        node=lambda s: gid("Goal", s.goal_id),
        floor_path=lambda s: f"/goal/{s.tenant_id}/{s.goal_id}",
        summary=_goal_summary,
    ),
    Scenario(
        "plan structure",
        STRUCTURE,
        node=lambda s: gid("Plan", s.plan_id),
        floor_path=lambda s: f"/structure/{s.tenant_id}/{s.plan_id}",
        summary=_structure_summary,
        paged=("plan", "goals"),
    ),
)


async def _graphql(http: httpx.AsyncClient, query: str, variables: dict[str, Any]) -> Data:
    response = await http.post("/graphql", json={"query": query, "variables": variables})
    body = response.json() if response.status_code == 200 else {}
    if response.status_code != 200 or body.get("errors"):
        raise RuntimeError(f"GraphQL answered {response.status_code}: {response.text[:2000]}")
    data: Data = body["data"]
    return data


async def answer_of(
    side: Side, scenario: Scenario, subject: Subject, http: httpx.AsyncClient
) -> tuple[Data, int]:
    """The side's whole answer, and how many HTTP requests it took. A paged connection is read
    to its end, its pages' edges joined into the first's and its pageInfo dropped."""
    if side.is_floor:
        response = await http.get(scenario.floor_path(subject))
        response.raise_for_status()
        floor_data: Data = response.json()["data"]
        return floor_data, 1
    node = scenario.node(subject)
    data = await _graphql(http, scenario.query, {"id": node})
    requests = 1
    if scenario.paged:
        whole = data
        for key in scenario.paged:
            whole = whole[key]
        page_info = whole.pop("pageInfo")
        while page_info["hasNextPage"]:
            page = await _graphql(
                http, scenario.query, {"id": node, "after": page_info["endCursor"]}
            )
            requests += 1
            for key in scenario.paged:
                page = page[key]
            whole["edges"] += page["edges"]
            page_info = page["pageInfo"]
    return data, requests


def first_difference(found: Any, expected: Any, path: str = "data") -> str:
    """Where two answers first differ, for the report."""
    if isinstance(found, dict) and isinstance(expected, dict):
        for key in sorted(set(found) | set(expected)):
            if found.get(key, "<missing>") != expected.get(key, "<missing>"):
                return first_difference(found.get(key), expected.get(key), f"{path}.{key}")
    elif isinstance(found, list) and isinstance(expected, list):
        for index, (one, other) in enumerate(zip(found, expected, strict=False)):
            if one != other:
                return first_difference(one, other, f"{path}[{index}]")
        return f"{path}: {len(found)} items, the floor {len(expected)}"
    return f"{path}: {found!r}, the floor {expected!r}"
