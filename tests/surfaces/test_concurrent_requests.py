"""Many concurrent requests through a small pool: each request holds one connection at a time,
so twenty writers share two connections without waiting on each other."""

import asyncio

import httpx
import pytest

from api.services.caller import Caller
from api.store.database import Database
from tests.served import served
from tests.surfaces.graphql_calls import bearer, issue_key

CREATE_PLAN = """
mutation Draft($title: String!) {
  createPlan(input: {title: {nl: $title}, periodStart: "2022-01-01", periodEnd: "2027-12-31"}) {
    __typename ... on Plan { id title }
  }
}
"""
WRITERS = 20


@pytest.mark.committed  # `spoor serve` in a child process, on connections of its own
async def test_twenty_concurrent_mutations_succeed_with_a_pool_of_two_connections(
    database_url: str, database: Database, caller: Caller
) -> None:
    key = (await issue_key(database, caller, ["read", "write"])).key
    with served(database_url, database_pool_size="2") as base:
        async with httpx.AsyncClient(base_url=base, timeout=60) as http:

            async def draft(number: int) -> httpx.Response:
                return await http.post(
                    "/graphql",
                    json={"query": CREATE_PLAN, "variables": {"title": f"Plan {number}"}},
                    headers=bearer(key),
                )

            answers = await asyncio.gather(*(draft(n) for n in range(WRITERS)))
            listed = await http.post(
                "/graphql", json={"query": "{ plans { totalCount } }"}, headers=bearer(key)
            )
    assert all(answer.json().get("data") for answer in answers), answers[0].text
    results = [answer.json()["data"]["createPlan"] for answer in answers]
    assert all(answer.status_code == 200 for answer in answers)
    assert [r["__typename"] for r in results] == ["Plan"] * WRITERS
    assert sorted(r["title"] for r in results) == sorted(f"Plan {n}" for n in range(WRITERS))
    assert listed.json()["data"]["plans"]["totalCount"] == WRITERS
