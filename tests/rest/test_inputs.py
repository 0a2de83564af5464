"""Inputs over REST: recorded, listed with GraphQL's filters and keyset pages, read by id and by
external id, corrected, reviewed and removed; each answer as the item with its ETag."""

import httpx

from tests.rest.conftest import V1, Json, created, new_plan


async def _input(
    client: httpx.AsyncClient, plan: Json, headers: dict[str, str], **given: object
) -> Json:
    body = {"text": "Te weinig huurwoningen", "channel": "workshop", "participant_type": "citizen"}
    return await created(client, f"/plans/{plan['id']}/inputs", {**body, **given}, headers)


async def test_an_input_is_recorded_read_corrected_reviewed_and_removed(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    made = await _input(client, plan, writer, external_id="CASE-1")
    assert made["receipt_code"]
    assert made["status"] == "received"
    path = f"{V1}/plans/{plan['id']}/inputs/{made['id']}"

    read = await client.get(path, headers=writer)
    assert read.json() == {**made, "receipt_code": None}
    by_external = await client.get(
        f"{V1}/plans/{plan['id']}/inputs/by-external-id/CASE-1", headers=writer
    )
    assert by_external.json()["id"] == made["id"]

    corrected = await client.patch(
        path, json={"text": "Te weinig sociale huurwoningen"}, headers=writer
    )
    assert corrected.status_code == 200, corrected.text
    assert corrected.json()["text"] == "Te weinig sociale huurwoningen"

    skipped = await client.post(f"{path}/status", json={"status": "addressed"}, headers=writer)
    assert skipped.status_code == 409, skipped.text  # not from received: the status machine
    await client.post(f"{path}/status", json={"status": "in_review"}, headers=writer)
    refused = await client.post(f"{path}/status", json={"status": "not_retained"}, headers=writer)
    assert refused.status_code == 422, refused.text  # not_retained needs a reason
    reviewed = await client.post(
        f"{path}/status",
        json={"status": "not_retained", "reason": "buiten bevoegdheid"},
        headers=writer,
    )
    assert reviewed.json()["status"] == "not_retained"
    assert reviewed.json()["status_reason"] == "buiten bevoegdheid"

    gone = await client.delete(path, params={"reason": "dubbel"}, headers=writer)
    assert gone.status_code == 204, gone.text
    assert (await client.get(path, headers=writer)).status_code == 404


async def test_inputs_are_listed_with_filters_and_followed_page_by_page(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    made = [
        await _input(client, plan, writer, text=f"Input {n}", channel=channel)
        for n, channel in enumerate(["workshop", "email", "workshop", "workshop", "survey"])
    ]
    url = f"{V1}/plans/{plan['id']}/inputs?channel=workshop&limit=2"
    seen: list[str] = []
    pages = 0
    while url:
        response = await client.get(url, headers=writer)
        assert response.status_code == 200, response.text
        body = response.json()
        assert body["total_count"] == 3
        seen += [item["id"] for item in body["items"]]
        pages += 1
        if body["next"] is None:
            assert "Link" not in response.headers
            break
        link = response.headers["Link"]
        assert link.startswith("<") and link.endswith('>; rel="next"')
        url = link[1 : link.index(">")]
        assert httpx.URL(url).params["after"] == body["next"]
    assert pages == 2
    assert seen == [item["id"] for item in made if item["channel"] == "workshop"]
    searched = await client.get(
        f"{V1}/plans/{plan['id']}/inputs", params={"search": "Input 4"}, headers=writer
    )
    assert [item["id"] for item in searched.json()["items"]] == [made[4]["id"]]


async def test_an_input_of_another_plan_is_not_found_under_this_one(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan, other = await new_plan(client, writer), await new_plan(client, writer)
    made = await _input(client, plan, writer)
    elsewhere = f"{V1}/plans/{other['id']}/inputs/{made['id']}"
    assert (await client.get(elsewhere, headers=writer)).status_code == 404
    changed = await client.patch(elsewhere, json={"text": "x"}, headers=writer)
    assert changed.status_code == 404
    assert (
        await client.get(f"{V1}/plans/{plan['id']}/inputs/{made['id']}", headers=writer)
    ).json()["text"] != "x"
