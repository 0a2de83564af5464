"""Receipts: a citizen sees what became of their input, without a key or anyone's data."""

import json

import httpx

from api.demo import content
from api.demo.loader import DEMO_RECEIPT, load_demo
from api.services import inputs, links, plans
from api.services.caller import Caller
from api.services.privacy import ContactDetails
from api.store.database import Database
from tests.builders import SmallPlan

RECEIPT = """
query Receipt($code: String!) {
  receipt(code: $code) { planTitle status submittedOn reached { kind code title } }
}
"""


async def _receipt(client: httpx.AsyncClient, code: str) -> dict[str, object]:
    response = await client.post("/graphql", json={"query": RECEIPT, "variables": {"code": code}})
    assert response.status_code == 200
    return response.json()  # type: ignore[no-any-return]


async def test_a_receipt_shows_the_outcome_and_nothing_personal(
    client: httpx.AsyncClient, database: Database
) -> None:
    async with database.unit_of_work() as uow:
        await load_demo(uow)
        await uow.commit()
    # Typed carelessly, as a citizen would read it from paper.
    answer = await _receipt(client, DEMO_RECEIPT.lower().replace("-", " ").replace("0", "o"))
    receipt = answer["data"]["receipt"]  # type: ignore[index]
    assert receipt["status"] == "ADDRESSED"
    assert receipt["planTitle"] == "Sociaal beleidsplan Herent 2022-2027"
    kinds = {item["kind"] for item in receipt["reached"]}
    assert "ACTION" in kinds
    plans = await client.post("/graphql", json={"query": "{ plans { edges { node { title } } } }"})
    text = json.dumps(answer) + plans.text
    for entry in content.INPUTS:
        for detail in (entry["contact"] or {}).values():
            assert detail not in text


async def test_a_fresh_input_reaches_what_it_is_linked_to(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        item = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Meer sociale woningen in Veltem",
                channel="letter",
                participant_type="citizen",
                contact=ContactDetails(name="Mieke Claes", email="mieke@example.org"),
            ),
        )
        await links.create_link(
            uow, caller, links.CreateLink(source_id=item.id, target_id=small_plan.finding_id)
        )
        # What an input reached shows once its plan is published (test_personal_names.py).
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        )
        await uow.commit()
    assert item.receipt_code is not None and len(item.receipt_code) == 16
    receipt = (await _receipt(client, item.receipt_code))["data"]["receipt"]  # type: ignore[index]
    assert receipt["status"] == "RECEIVED"
    assert receipt["reached"] == [{"kind": "GOAL", "code": "SD1", "title": "Wonen"}]
    assert "Mieke" not in json.dumps(receipt)


async def test_unknown_and_malformed_codes(client: httpx.AsyncClient) -> None:
    unknown = await _receipt(client, "ABCD-EFGH-JKMN-P")
    assert unknown["data"] is None
    assert "no input has this receipt code" in unknown["errors"][0]["message"]  # type: ignore[index]
    malformed = await _receipt(client, "hello")
    assert "13 letters and digits" in malformed["errors"][0]["message"]  # type: ignore[index]


async def test_guessing_codes_is_slowed_down(client: httpx.AsyncClient) -> None:
    messages = [
        (await _receipt(client, "ABCD-EFGH-JKMN-P"))["errors"][0]["message"]  # type: ignore[index]
        for _ in range(11)
    ]
    assert all("no input" in message for message in messages[:10])
    assert "too many receipt lookups" in messages[10]
