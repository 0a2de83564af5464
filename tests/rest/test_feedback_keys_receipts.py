"""Feedback published and withdrawn, a citizen's receipt read without a key, and API keys
issued, listed and revoked by admins, over REST."""

import httpx

from tests.rest.conftest import V1, bearer, created, new_plan


async def test_feedback_reaches_the_receipt_until_it_is_withdrawn(
    client: httpx.AsyncClient, writer: dict[str, str]
) -> None:
    plan = await new_plan(client, writer)
    said = await created(
        client, f"/plans/{plan['id']}/inputs",
        {"text": "Een zitbank aan de kerk", "channel": "letter", "participant_type": "citizen"},
        writer,
    )  # fmt: skip
    await client.post(
        f"{V1}/plans/{plan['id']}/status", json={"status": "published"}, headers=writer
    )
    answer = await created(
        client, "/feedback", {"subject_id": said["id"], "text": {"nl": "Komt er in 2023"}}, writer
    )
    assert answer["subject_kind"] == "input" and answer["subject_id"] == said["id"]

    receipt = await client.get(f"{V1}/receipts/{said['receipt_code']}")  # no key
    assert receipt.status_code == 200, receipt.text
    body = receipt.json()
    assert body["status"] == "received" and body["plan_title"] == "Sociaal plan"
    assert [(note["text"], note["author"]) for note in body["feedback"]] == [
        ("Komt er in 2023", "the municipality")
    ]
    withdrawn = await client.delete(
        f"{V1}/feedback/{answer['id']}", params={"reason": "fout"}, headers=writer
    )
    assert withdrawn.status_code == 204
    assert (await client.get(f"{V1}/receipts/{said['receipt_code']}")).json()["feedback"] == []
    unknown = await client.get(f"{V1}/receipts/NOPE-0000-0000-0")
    assert unknown.status_code == 404 and unknown.json()["code"] == "not_found"


async def test_too_many_receipt_lookups_are_refused_with_retry_after(
    client: httpx.AsyncClient,
) -> None:
    answers = [await client.get(f"{V1}/receipts/NOPE-0000-0000-{n}") for n in range(11)]
    assert [a.status_code for a in answers] == [404] * 10 + [429]
    assert int(answers[-1].headers["Retry-After"]) > 0
    assert answers[-1].json()["code"] == "rate_limited"


async def test_admins_issue_list_and_revoke_keys(
    client: httpx.AsyncClient, admin: dict[str, str], writer: dict[str, str]
) -> None:
    headers = {**admin, "Idempotency-Key": "key-for-cms"}
    issued = await client.post(
        f"{V1}/api-keys", json={"name": "cms", "scopes": ["read"]}, headers=headers
    )
    assert issued.status_code == 201, issued.text
    secret = issued.json()["secret"]
    assert secret.startswith("spk_")
    replayed = await client.post(
        f"{V1}/api-keys", json={"name": "cms", "scopes": ["read"]}, headers=headers
    )
    assert replayed.json() == {**issued.json(), "secret": None}  # a secret is shown once

    assert (await client.get(f"{V1}/plans", headers=bearer(secret))).status_code == 200
    listed = (await client.get(f"{V1}/api-keys", headers=admin)).json()
    assert "cms" in [key["name"] for key in listed["items"]]
    assert (await client.get(f"{V1}/api-keys", headers=writer)).status_code == 403
    assert (await client.get(f"{V1}/api-keys")).status_code == 401
    refused = await client.post(
        f"{V1}/api-keys", json={"name": "x", "scopes": ["admin"]}, headers=writer
    )
    assert refused.status_code == 403

    key_id = issued.json()["key"]["id"]
    revoked = await client.delete(f"{V1}/api-keys/{key_id}", headers=admin)
    assert revoked.status_code == 200 and revoked.json()["revoked_at"]
    assert (await client.get(f"{V1}/plans", headers=bearer(secret))).status_code == 401
