"""A plan's inputs over GraphQL: filters, Dutch full-text search and keyset pages."""

import httpx

from api.demo import content
from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.store.database import Database
from tests.surfaces.test_mutations import gid

INPUTS = """
query Inputs($id: ID!, $first: Int!, $after: String, $channel: Channel,
             $participantType: ParticipantType, $status: InputStatus, $reached: Boolean,
             $search: String) {
  plan(id: $id) {
    inputs(first: $first, after: $after, channel: $channel, participantType: $participantType,
           status: $status, reached: $reached, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { text channel participantType status } }
    }
  }
}
"""


async def _inputs(client: httpx.AsyncClient, plan: str, **arguments: object) -> dict[str, object]:
    variables = {"id": plan, "first": 100, **arguments}
    response = await client.post(
        "/graphql",
        json={"query": INPUTS, "variables": variables},
        headers={"Authorization": f"Bearer {DEMO_ADMIN_KEY}"},
    )
    body = response.json()
    assert "errors" not in body, body
    return body["data"]["plan"]["inputs"]  # type: ignore[no-any-return]


async def test_filters_search_and_pages(client: httpx.AsyncClient, database: Database) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow)
        await uow.commit()
    plan = gid("Plan", demo.plan_id)

    surveys = await _inputs(client, plan, channel="SURVEY")
    expected = sum(1 for e in content.INPUTS if e["channel"] == "survey")
    assert surveys["totalCount"] == expected
    assert {edge["node"]["channel"] for edge in surveys["edges"]} == {"SURVEY"}  # type: ignore[attr-defined]

    not_retained = await _inputs(client, plan, status="NOT_RETAINED")
    assert not_retained["totalCount"] == sum(
        1 for e in content.INPUTS if e["outcome"] == "not_retained"
    )
    assert {edge["node"]["status"] for edge in not_retained["edges"]} == {"NOT_RETAINED"}  # type: ignore[attr-defined]
    unreached = await _inputs(client, plan, reached=False)
    reached = await _inputs(client, plan, reached=True)
    assert unreached["totalCount"] + reached["totalCount"] == len(content.INPUTS)  # type: ignore[operator]
    assert unreached["totalCount"] >= not_retained["totalCount"]  # type: ignore[operator]

    # Dutch stemming: "woningen" also finds "woning"; compounds such as "woningnood" are words
    # of their own.
    housing = await _inputs(client, plan, search="woningen")
    texts = [edge["node"]["text"].lower() for edge in housing["edges"]]  # type: ignore[attr-defined]
    candidates = sum(1 for e in content.INPUTS if "woning" in e["text"].lower())
    assert 0 < len(texts) <= candidates and all("woning" in text for text in texts)
    assert (await _inputs(client, plan, search="xylofoon"))["totalCount"] == 0

    seen: list[str] = []
    after = None
    while True:
        page = await _inputs(client, plan, first=50, after=after)
        seen += [edge["node"]["text"] for edge in page["edges"]]  # type: ignore[attr-defined]
        if not page["pageInfo"]["hasNextPage"]:  # type: ignore[index]
            break
        after = page["pageInfo"]["endCursor"]  # type: ignore[index]
    assert len(seen) == len(set(seen)) == len(content.INPUTS)
