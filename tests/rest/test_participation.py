"""Participation moments (per plan) and actors (per municipality) over REST."""

import httpx

from tests.rest.conftest import V1, created, new_plan


async def test_a_moment_is_recorded_corrected_and_removed(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    moment = await created(
        client, f"/plans/{plan['id']}/moments",
        {"title": "Gesprekstafel Winksele", "held_on": "2022-03-15", "method": "workshop",
         "phase": "citizen_consultation", "facilitator": "Sofie", "participant_count": 23},
        writer,
    )  # fmt: skip
    base = f"{V1}/plans/{plan['id']}/moments"
    assert (await client.get(f"{base}/{moment['id']}", headers=writer)).json() == moment
    by_phase = await client.get(base, params={"phase": "analysis"}, headers=writer)
    assert by_phase.json()["items"] == []
    assert (await client.get(base, headers=writer)).json()["total_count"] == 1
    said = await created(
        client, f"/plans/{plan['id']}/inputs",
        {"text": "Meer speelpleinen", "channel": "workshop", "participant_type": "citizen",
         "moment_id": moment["id"]},
        writer,
    )  # fmt: skip
    assert said["moment_id"] == moment["id"]
    corrected = await client.patch(
        f"{base}/{moment['id']}", json={"participant_count": 25}, headers=writer
    )
    assert corrected.json()["participant_count"] == 25
    letters = await client.patch(
        f"{base}/{moment['id']}", json={"method": "letter"}, headers=writer
    )
    assert letters.status_code == 422 and letters.json()["errors"][0]["field"] == "method"
    used = await client.delete(f"{base}/{moment['id']}", headers=writer)
    assert used.status_code == 409
    await client.delete(f"{V1}/plans/{plan['id']}/inputs/{said['id']}", headers=writer)
    assert (await client.delete(f"{base}/{moment['id']}", headers=writer)).status_code == 204


async def test_actors_belong_to_the_municipality(
    client: httpx.AsyncClient, writer: dict[str, str], admin: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    actor = await created(
        client, "/actors", {"name": "Dienst Welzijn", "kind": "department"}, writer
    )
    taken = await client.post(
        f"{V1}/actors", json={"name": "Dienst Welzijn", "kind": "partner"}, headers=writer
    )
    assert taken.status_code == 409 and taken.json()["errors"][0]["field"] == "name"
    listed = await client.get(f"{V1}/plans/{plan['id']}/actors", headers=writer)
    assert [a["name"] for a in listed.json()["items"]] == ["Dienst Welzijn"]
    renamed = await client.patch(
        f"{V1}/actors/{actor['id']}",
        json={"name": "Welzijn"},
        headers={**writer, "If-Match": '"1"'},
    )
    assert renamed.json()["name"] == "Welzijn"
    assert (await client.get(f"{V1}/actors/{actor['id']}", headers=writer)).json() == renamed.json()
    assert (await client.delete(f"{V1}/actors/{actor['id']}", headers=writer)).status_code == 204
    assert (await client.get(f"{V1}/actors/{actor['id']}", headers=writer)).status_code == 404
