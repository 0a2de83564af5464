"""The first read surface, over HTTP: health, GraphQL plans, GraphiQL and the OpenAPI docs."""

from datetime import date

import httpx

from api.services import plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import make_small_plan

PLANS = """
query Plans($first: Int, $after: String) {
  plans(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id title status inputs { totalCount } } }
  }
}
"""


async def _published_plans(database: Database, caller: Caller, count: int) -> list[str]:
    titles = []
    async with database.unit_of_work() as uow:
        for number in range(count):
            made = await make_small_plan(uow, caller, title=f"Plan {number}")
            await plans.set_plan_status(
                uow, caller, plans.SetPlanStatus(plan_id=made.plan_id, status="published")
            )
            titles.append(f"Plan {number}")
        await make_small_plan(uow, caller, title="Nog een kladversie")
        await uow.commit()
    return titles


async def test_health(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}


async def test_plans_are_paged_by_cursor_and_drafts_stay_hidden(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    titles = await _published_plans(database, caller, 3)
    seen: list[str] = []
    after = None
    for _ in range(3):
        response = await client.post(
            "/graphql", json={"query": PLANS, "variables": {"first": 2, "after": after}}
        )
        body = response.json()
        assert "errors" not in body, body
        connection = body["data"]["plans"]
        assert connection["totalCount"] == 3
        for edge in connection["edges"]:
            assert edge["node"]["status"] == "PUBLISHED"
            assert edge["node"]["inputs"] == {"totalCount": 1}
            seen.append(edge["node"]["title"])
        if not connection["pageInfo"]["hasNextPage"]:
            break
        after = connection["pageInfo"]["endCursor"]
    assert seen == titles


async def test_a_forged_cursor_is_a_clear_error(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/graphql", json={"query": PLANS, "variables": {"first": 2, "after": "bm9wZQ=="}}
    )
    body = response.json()
    assert body["data"] is None
    assert "cursor" in body["errors"][0]["message"]


async def test_a_page_size_beyond_the_cap_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post("/graphql", json={"query": PLANS, "variables": {"first": 1000}})
    assert "first must be from 0 to 100" in response.json()["errors"][0]["message"]


async def test_graphiql_opens_on_get(client: httpx.AsyncClient) -> None:
    response = await client.get("/graphql", headers={"Accept": "text/html"})
    assert response.status_code == 200
    assert "graphiql" in response.text.lower()


async def test_openapi_and_docs(client: httpx.AsyncClient) -> None:
    document = (await client.get("/openapi.json")).json()
    assert "/healthz" in document["paths"]
    assert (await client.get("/docs")).status_code == 200


async def test_titles_follow_accept_language_and_the_locale_argument(
    client: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    async with database.unit_of_work() as uow:
        plan = await plans.create_plan(
            uow,
            caller,
            plans.CreatePlan(
                title={"nl": "Sociaal plan", "fr": "Plan social"},
                period_start=date(2022, 1, 1),
                period_end=date(2027, 1, 1),
            ),
        )
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan.id, status="published")
        )
        await uow.commit()
    query = """{ plans { edges { node {
        title en: title(locale: EN) nl: title(locale: NL) titleTranslations { nl fr en de }
    } } } }"""
    response = await client.post(
        "/graphql", json={"query": query}, headers={"Accept-Language": "fr-BE,fr;q=0.9"}
    )
    node = response.json()["data"]["plans"]["edges"][0]["node"]
    assert node == {
        "title": "Plan social",
        "en": "Sociaal plan",
        "nl": "Sociaal plan",
        "titleTranslations": {"nl": "Sociaal plan", "fr": "Plan social", "en": None, "de": None},
    }
