"""Actions over REST, as a project system syncs them: made with their owners by its own ids,
read back by them, changed (texts and own fields at once), and reported on with If-Match."""

import httpx

from tests.rest.conftest import V1, created, new_plan
from tests.statements import counted_statements


async def test_an_action_is_synced_by_its_external_id(
    client: httpx.AsyncClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    owner = await created(client, "/actors", {"name": "OCMW", "kind": "department"}, admin)
    partner = await created(client, "/actors", {"name": "CAW", "kind": "partner"}, admin)
    made = await created(
        client, f"/plans/{plan['id']}/actions",
        {"code": "A1.1.1", "title": "Sociaal verhuurkantoor", "budget": "12500.50",
         "starts_on": "2023-01-01", "owner_ids": [owner["id"]], "external_id": "PRJ-17"},
        writer,
    )  # fmt: skip
    assert made["status"] == "proposed" and made["progress"] == 0
    assert made["budget"] == "12500.50"
    assert [actor["name"] for actor in made["owners"]] == ["OCMW"]

    base = f"{V1}/plans/{plan['id']}/actions"
    synced = await client.get(f"{base}/by-external-id/PRJ-17", headers=writer)
    assert synced.json() == made
    etag = synced.headers["ETag"]

    changed = await client.patch(
        f"{base}/{made['id']}",
        json={"title": "Sociaal verhuurkantoor uitbreiden", "ends_on": "2025-12-31",
              "partner_ids": [partner["id"]]},
        headers={**writer, "If-Match": etag},
    )  # fmt: skip
    assert changed.status_code == 200, changed.text
    action = changed.json()
    assert action["title"]["nl"] == "Sociaal verhuurkantoor uitbreiden"
    assert action["ends_on"] == "2025-12-31" and action["starts_on"] == "2023-01-01"
    assert [a["name"] for a in action["owners"]] == ["OCMW"]
    assert [a["name"] for a in action["partners"]] == ["CAW"]

    stale = await client.post(
        f"{base}/{made['id']}/progress", json={"progress": 40}, headers={**writer, "If-Match": etag}
    )
    assert stale.status_code == 412
    planned = await client.post(
        f"{base}/{made['id']}/status", json={"status": "planned"},
        headers={**writer, "If-Match": changed.headers["ETag"]},
    )  # fmt: skip
    assert planned.status_code == 200, planned.text
    progressed = await client.post(
        f"{base}/{made['id']}/progress", json={"progress": 40},
        headers={**writer, "If-Match": planned.headers["ETag"]},
    )  # fmt: skip
    assert progressed.json()["progress"] == 40
    out_of_range = await client.post(
        f"{base}/{made['id']}/progress", json={"progress": 140}, headers=writer
    )
    assert out_of_range.status_code == 422
    assert out_of_range.json()["errors"][0]["field"] == "progress"
    listed = (await client.get(base, headers=writer)).json()
    assert [item["progress"] for item in listed["items"]] == [40]

    unknown_owner = await client.patch(
        f"{base}/{made['id']}", json={"owner_ids": [plan["id"]]}, headers=writer
    )
    assert unknown_owner.status_code == 422
    assert unknown_owner.json()["errors"][0]["field"] == "owner_ids"


async def test_a_page_of_actions_costs_the_same_statements_whatever_its_size(
    client: httpx.AsyncClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    owner = await created(client, "/actors", {"name": "OCMW", "kind": "department"}, admin)
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]

    async def cost(size: int) -> int:
        while (await client.get(f"{V1}/plans/{plan['id']}/actions", headers=writer)).json()[
            "total_count"
        ] < size:
            count = (await client.get(f"{V1}/plans/{plan['id']}/actions", headers=writer)).json()
            await created(
                client, f"/plans/{plan['id']}/actions",
                {"code": f"A{count['total_count']}", "title": "Doen", "owner_ids": [owner["id"]]},
                writer,
            )  # fmt: skip
        with counted_statements(engine, ignoring="rate_window") as seen:
            listed = await client.get(f"{V1}/plans/{plan['id']}/actions?limit=50", headers=writer)
        assert len(listed.json()["items"]) == size
        assert all(item["owners"][0]["name"] == "OCMW" for item in listed.json()["items"])
        return len(seen)

    assert await cost(2) == await cost(12)
