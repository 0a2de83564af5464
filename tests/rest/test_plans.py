"""Plans over REST: drafted, read, changed with If-Match, published, read as they stood."""

from datetime import timedelta

import httpx

from tests.clock import MovableClock
from tests.rest.conftest import V1, new_plan


async def test_a_plan_is_drafted_read_changed_and_published(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer, description={"nl": "Over zorg", "fr": "Sur les soins"})
    assert plan["status"] == "draft"
    assert plan["title"] == {"nl": "Sociaal plan", "fr": None, "en": None, "de": None}
    assert plan["description"]["fr"] == "Sur les soins"

    read = await client.get(f"{V1}/plans/{plan['id']}", headers=writer)
    assert read.status_code == 200
    assert read.headers["ETag"] == f'"{plan["version"]}"'

    changed = await client.patch(
        f"{V1}/plans/{plan['id']}",
        json={"title": {"nl": "Sociaal beleidsplan"}, "period_end": "2026-12-31"},
        headers={**writer, "If-Match": read.headers["ETag"]},
    )
    assert changed.status_code == 200, changed.text
    assert changed.json()["title"]["nl"] == "Sociaal beleidsplan"
    assert changed.headers["ETag"] == f'"{plan["version"] + 1}"'

    published = await client.post(
        f"{V1}/plans/{plan['id']}/status", json={"status": "published"}, headers=writer
    )
    assert published.status_code == 200, published.text
    assert published.json()["status"] == "published"

    listed = (await client.get(f"{V1}/plans", headers=writer)).json()
    assert [item["id"] for item in listed["items"]] == [plan["id"]]
    assert listed["total_count"] == 1
    assert listed["next"] is None


async def test_a_plan_as_it_stood_needs_a_key(
    client: httpx.AsyncClient, writer: dict[str, str], clock: MovableClock
) -> None:
    plan = await new_plan(client, writer)
    then = clock() + timedelta(seconds=1)
    clock.advance(timedelta(seconds=2))
    await client.patch(f"{V1}/plans/{plan['id']}", json={"title": "Later"}, headers=writer)
    past = await client.get(
        f"{V1}/plans/{plan['id']}", params={"as_of": then.isoformat()}, headers=writer
    )
    assert past.status_code == 200, past.text
    assert past.json()["title"]["nl"] == "Sociaal plan"
    assert past.json()["as_of"] is not None
    anonymous = await client.get(f"{V1}/plans/{plan['id']}", params={"as_of": then.isoformat()})
    assert anonymous.status_code == 401
    assert anonymous.headers["WWW-Authenticate"].startswith("Bearer")
