"""Reading the REST event feed as an integrator does: page after page, following `next`."""

from typing import Any

import httpx

from tests.surfaces.graphql_calls import bearer

Json = dict[str, Any]


async def feed(client: httpx.AsyncClient, key: str | None, **params: Any) -> Json:
    """One page of the feed; it must be answered."""
    response = await client.get("/api/v1/events", params=params, headers=bearer(key))
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


async def read_to_the_end(
    client: httpx.AsyncClient, key: str, *, after: int = 0, limit: int = 100, **params: Any
) -> tuple[list[Json], int]:
    """Every event after `after`, following each full page's `Link: rel="next"` until a short
    page; and the `after` to ask with next time."""
    events: list[Json] = []
    url = "/api/v1/events"
    query: dict[str, Any] | None = {"after": after, "limit": limit, **params}
    while True:
        response = await client.get(url, params=query, headers=bearer(key))
        assert response.status_code == 200, response.text
        page = response.json()
        events += page["events"]
        link = response.links["next"]["url"]
        assert f"after={page['next']}" in link
        if len(page["events"]) < limit:
            return events, int(page["next"])
        url, query = link, None
