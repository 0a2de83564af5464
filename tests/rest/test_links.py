"""Links over REST: made with a rationale and decision, refused where the trail allows none,
changed and removed; many inputs tagged with a theme at once; an item's links both ways."""

import httpx

from tests.rest.conftest import V1, Json, created, new_plan


async def _input(client: httpx.AsyncClient, plan: Json, headers: dict[str, str], text: str) -> Json:
    body = {"text": text, "channel": "survey", "participant_type": "citizen"}
    return await created(client, f"/plans/{plan['id']}/inputs", body, headers)


async def test_a_link_is_made_refused_changed_and_removed(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    said = await _input(client, plan, writer, "Meer bankjes")
    goal = await created(
        client, f"/plans/{plan['id']}/goals", {"code": "SD1", "title": "Ontmoeting"}, writer
    )
    link = await created(
        client, f"/plans/{plan['id']}/links",
        {"source_id": said["id"], "target_id": goal["id"], "rationale": "Ontmoeting buiten"},
        writer,
    )  # fmt: skip
    assert link["kind"] == "input_to_goal" and link["decision"] == "proposed"
    assert link["author"].startswith("key ")
    base = f"{V1}/plans/{plan['id']}/links"

    backwards = await client.post(
        base, json={"source_id": goal["id"], "target_id": said["id"]}, headers=writer
    )
    assert backwards.status_code == 422 and backwards.json()["code"] == "cycle_detected"
    action_plan = await created(
        client, f"/plans/{plan['id']}/action-plans", {"code": "AP1", "title": "Banken"}, writer
    )
    skipping = await client.post(
        base, json={"source_id": said["id"], "target_id": action_plan["id"]}, headers=writer
    )
    assert skipping.status_code == 422 and skipping.json()["code"] == "link_not_allowed"
    twice = await client.post(
        base, json={"source_id": said["id"], "target_id": goal["id"]}, headers=writer
    )
    assert twice.status_code == 409 and twice.json()["code"] == "duplicate_link"
    other = await new_plan(client, writer)
    elsewhere = await client.post(
        f"{V1}/plans/{other['id']}/links", json={"source_id": said["id"], "target_id": goal["id"]},
        headers=writer,
    )  # fmt: skip
    assert elsewhere.status_code == 404

    decided = await client.patch(
        f"{base}/{link['id']}", json={"decision": "adopted"}, headers={**writer, "If-Match": '"1"'}
    )
    assert decided.json()["decision"] == "adopted" and decided.headers["ETag"] == '"2"'
    assert (await client.get(f"{base}/{link['id']}", headers=writer)).json() == decided.json()
    outgoing = await client.get(
        f"{V1}/nodes/{said['id']}/links", params={"direction": "outgoing"}, headers=writer
    )
    assert [item["id"] for item in outgoing.json()["items"]] == [link["id"]]
    incoming = await client.get(
        f"{V1}/nodes/{said['id']}/links", params={"direction": "incoming"}, headers=writer
    )
    assert incoming.json()["items"] == []
    assert (await client.delete(f"{base}/{link['id']}", headers=writer)).status_code == 204
    assert (await client.get(f"{base}/{link['id']}", headers=writer)).status_code == 404


async def test_inputs_are_tagged_with_a_theme_at_once(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    theme = await created(client, f"/plans/{plan['id']}/themes", {"title": "Mobiliteit"}, writer)
    said = [await _input(client, plan, writer, f"Fietspad {n}") for n in range(3)]
    path = f"{V1}/plans/{plan['id']}/themes/{theme['id']}/tags"
    tagged = await client.post(
        path, json={"input_ids": [i["id"] for i in said[:2]]}, headers=writer
    )
    assert tagged.status_code == 201, tagged.text
    assert len(tagged.json()["created"]) == 2
    again = await client.post(path, json={"input_ids": [i["id"] for i in said]}, headers=writer)
    assert [link["source_id"] for link in again.json()["created"]] == [said[2]["id"]]
    unknown = await client.post(path, json={"input_ids": [theme["id"]]}, headers=writer)
    assert unknown.status_code == 404
    assert unknown.json()["errors"][0]["field"] == "input_ids[0]"
