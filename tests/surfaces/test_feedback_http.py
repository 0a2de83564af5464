"""Feedback over HTTP: published and withdrawn with a key, typed failures that change nothing,
and the citizen's receipt showing it without a key, at a cost that does not grow with links."""

import json
import uuid

import httpx

from api.services import feedback, inputs, links, plans, structure
from api.services.caller import Caller
from api.store import trail as trail_store
from api.store.database import Database
from tests.builders import SmallPlan, snapshot
from tests.statements import counted_statements
from tests.surfaces.test_mutations import _call, _key, gid

PUBLISH = """
mutation Publish($subject: ID!, $text: TranslatedTextInput!) {
  publishFeedback(input: {subjectId: $subject, text: $text,
                          reason: "besproken in de stuurgroep"}) {
    __typename
    ... on Feedback {
      id subjectId subjectKind text(locale: EN) textTranslations { nl en } publishedAt author
    }
    ... on Error { message field errorCode }
  }
}
"""
WITHDRAW = """
mutation Withdraw($id: ID!) {
  withdrawFeedback(input: {feedbackId: $id, reason: "verkeerde input"}) {
    __typename
    ... on Feedback { id text }
    ... on Error { message field errorCode }
  }
}
"""
RECEIPT = """
query Receipt($code: String!) {
  receipt(code: $code, locale: EN) {
    status
    feedback { text publishedOn author answers code title }
  }
}
"""


async def _input_link(database: Database, caller: Caller, plan: SmallPlan) -> uuid.UUID:
    """The small plan's link from its input to its finding."""
    async with database.unit_of_work() as uow:
        [link] = await trail_store.links_touching(
            uow.session, tenant_id=caller.tenant_id, node_id=plan.input_id
        )
    return link.id


async def test_a_writer_publishes_on_an_input_and_a_link_and_withdraws(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    writer = await _key(database, caller, ["read", "write"])
    text = {"nl": "We namen dit op in actie A1.1.1.", "en": "We took this up in A1.1.1."}
    on_input = await _call(
        client, PUBLISH, {"subject": gid("Input", small_plan.input_id), "text": text}, writer
    )
    assert on_input["__typename"] == "Feedback"
    assert on_input["subjectId"] == gid("Input", small_plan.input_id)
    assert (on_input["subjectKind"], on_input["text"]) == ("INPUT", text["en"])
    assert on_input["textTranslations"] == text
    assert on_input["author"] == "Sofie (participatie) (key cms)"
    link_id = await _input_link(database, caller, small_plan)
    on_link = await _call(
        client,
        PUBLISH,
        {"subject": str(link_id), "text": {"nl": "Gebundeld tot één bevinding."}},
        writer,
    )
    assert (on_link["subjectKind"], on_link["subjectId"]) == ("LINK", gid("Link", link_id))
    assert on_link["text"] == "Gebundeld tot één bevinding."  # no English: Dutch
    withdrawn = await _call(client, WITHDRAW, {"id": on_input["id"]}, writer)
    assert withdrawn == {"__typename": "Feedback", "id": on_input["id"], "text": text["nl"]}
    again = await _call(client, WITHDRAW, {"id": on_input["id"]}, writer)
    assert again["__typename"] == "NotFoundError"


async def test_without_a_write_key_or_with_bad_input_nothing_changes(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    reader = await _key(database, caller, ["read"])
    writer = await _key(database, caller, ["write"])
    subject = gid("Input", small_plan.input_id)
    before = await snapshot(database)
    for headers in ({}, reader):
        answer = await _call(client, PUBLISH, {"subject": subject, "text": {"nl": "x"}}, headers)
        assert answer["__typename"] == "ForbiddenError"
    # A text without Dutch, or no text at all, is refused by the schema before anything runs.
    for text in ({"en": "Heard"}, 42, "x"):
        response = await client.post(
            "/graphql",
            json={"query": PUBLISH, "variables": {"subject": subject, "text": text}},
            headers=writer,
        )
        body = response.json()
        assert body.get("data") is None and "$text" in body["errors"][0]["message"], body
    x = {"nl": "x"}
    cases = [
        ({"subject": subject, "text": {"nl": "   "}}, "ValidationError", "text"),
        ({"subject": gid("Goal", small_plan.goal_id), "text": x}, "ValidationError", "subjectId"),
        ({"subject": str(uuid.uuid4()), "text": x}, "NotFoundError", "subjectId"),
        ({"subject": "not-an-id", "text": x}, "NotFoundError", "subjectId"),
    ]
    for variables, typename, field in cases:
        answer = await _call(client, PUBLISH, variables, writer)
        assert (answer["__typename"], answer["field"]) == (typename, field), variables
    unknown = await _call(client, WITHDRAW, {"id": str(uuid.uuid4())}, writer)
    assert unknown["__typename"] == "NotFoundError"
    assert await snapshot(database) == before


async def _trail_with_feedback(database: Database, caller: Caller, plan: SmallPlan) -> str:
    """A fresh input linked to the finding and the theme, with feedback on the input and on
    every link along its trail, in a published plan (a draft's receipt shows no feedback); its
    receipt code."""
    async with database.unit_of_work() as uow:
        item = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=plan.plan_id,
                text="Meer sociale woningen in Veltem",
                channel="letter",
                participant_type="citizen",
            ),
        )
        subjects = [item.id]
        for source, target in [
            (item.id, plan.finding_id),
            (item.id, plan.theme_id),
            (plan.theme_id, plan.goal_id),
            (plan.goal_id, plan.action_plan_id),
            (plan.action_plan_id, plan.action_id),
        ]:
            link = await links.create_link(
                uow, caller, links.CreateLink(source_id=source, target_id=target)
            )
            subjects.append(link.id)
        for number, subject in enumerate(subjects):
            await feedback.publish_feedback(
                uow,
                caller,
                feedback.PublishFeedback(subject_id=subject, text={"nl": f"Antwoord {number}"}),
            )
        await plans.set_plan_status(
            uow, caller, plans.SetPlanStatus(plan_id=plan.plan_id, status="published")
        )
        await uow.commit()
    assert item.receipt_code is not None
    return item.receipt_code


async def test_the_receipt_shows_feedback_along_the_trail_without_a_key(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    code = await _trail_with_feedback(database, caller, small_plan)
    response = await client.post("/graphql", json={"query": RECEIPT, "variables": {"code": code}})
    receipt = response.json()["data"]["receipt"]
    notes = receipt["feedback"]
    # The finding → goal link lies on the trail too, but carries no feedback.
    assert [note["text"] for note in notes] == [f"Antwoord {n}" for n in range(6)]
    assert {note["author"] for note in notes} == {"the municipality"}
    assert [(note["answers"], note["code"], note["title"]) for note in notes] == [
        ("INPUT", None, None),
        ("FINDING", None, "Huur is duur"),
        ("THEME", None, "Wonen"),
        ("GOAL", "SD1", "Wonen"),
        ("ACTION_PLAN", "AP1.1", "Huuraanbod"),
        ("ACTION", "A1.1.1", "Sociaal verhuurkantoor uitbreiden"),
    ]
    assert all(note["publishedOn"] == notes[0]["publishedOn"] for note in notes)
    assert caller.actor not in json.dumps(receipt)


async def _receipt_statements(client: httpx.AsyncClient, code: str) -> tuple[int, int]:
    """How many statements a receipt costs, and how many feedback notes it shows."""
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]
    # The lookup limit counts the request apart from it; that is not the receipt's cost.
    with counted_statements(engine, ignoring="rate_window") as seen:
        response = await client.post(
            "/graphql", json={"query": RECEIPT, "variables": {"code": code}}
        )
    body = response.json()
    assert "errors" not in body, body
    return len(seen), len(body["data"]["receipt"]["feedback"])


async def test_the_receipts_statement_count_does_not_grow_with_the_links(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        lone = await inputs.create_input(
            uow,
            caller,
            inputs.CreateInput(
                plan_id=small_plan.plan_id,
                text="Eén link",
                channel="survey",
                participant_type="citizen",
            ),
        )
        goal = await structure.create_goal(
            uow, caller, structure.CreateGoal(plan_id=small_plan.plan_id, code="SD2", title="Zorg")
        )
        link = await links.create_link(
            uow, caller, links.CreateLink(source_id=lone.id, target_id=goal.id)
        )
        await feedback.publish_feedback(
            uow, caller, feedback.PublishFeedback(subject_id=link.id, text="Gehoord")
        )
        await uow.commit()
    assert lone.receipt_code is not None
    many = await _trail_with_feedback(database, caller, small_plan)
    await _receipt_statements(client, lone.receipt_code)  # warm up the pool's first connection
    few_statements, few_notes = await _receipt_statements(client, lone.receipt_code)
    many_statements, many_notes = await _receipt_statements(client, many)
    assert (few_notes, many_notes) == (1, 6)
    assert few_statements == many_statements
