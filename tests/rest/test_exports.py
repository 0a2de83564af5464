"""The traceability matrix as CSV, XLSX and JSON: one row per path from an input to a
commitment, a row for each input that reached nothing, the same rows in every format, numbers
that agree with coverage, and a file a Belgian spreadsheet opens as it is."""

import base64
import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

import httpx
import openpyxl

from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.services import inputs, links, participation, plans
from api.services.caller import Caller
from api.store.database import Database
from tests.builders import SmallPlan
from tests.statements import counted_statements
from tests.surfaces.graphql_calls import bearer, gid, issue_key, root

BOM = b"\xef\xbb\xbf"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
Row = dict[str, str]


async def export(
    client: httpx.AsyncClient, plan_id: object, key: str | None, **params: Any
) -> httpx.Response:
    response = await client.get(
        f"/api/v1/plans/{plan_id}/export", params=params, headers=bearer(key)
    )
    assert response.status_code == 200, response.text
    return response


def csv_rows(body: bytes) -> tuple[list[str], list[Row]]:
    """The header and the rows of a CSV export, read as a spreadsheet would."""
    assert body.startswith(BOM)
    reader = csv.reader(io.StringIO(body[len(BOM) :].decode("utf-8"), newline=""), delimiter=";")
    header, *rows = list(reader)
    assert all(len(row) == len(header) for row in rows)
    return header, [dict(zip(header, row, strict=True)) for row in rows]


def sheet_rows(body: bytes, index: int) -> tuple[Any, list[str], list[list[Any]]]:
    book = openpyxl.load_workbook(io.BytesIO(body))
    sheet = book.worksheets[index]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    return sheet, header, rows


@dataclass
class Traced:
    plan: SmallPlan
    spoken: uuid.UUID  # an input no one linked
    refused: uuid.UUID  # not retained, with a reason
    moment: uuid.UUID


async def _traced(database: Database, caller: Caller, small_plan: SmallPlan) -> Traced:
    """The small plan (input → finding → goal) grown to two paths beyond the goal, a theme that
    leads nowhere, an input no one linked and one not retained."""
    p = small_plan
    async with database.unit_of_work() as uow:
        moment = await participation.create_moment(
            uow, caller, participation.CreateMoment(
                plan_id=p.plan_id, title="Workshop Wonen", held_on=date(2023, 3, 1),
                method="workshop", facilitator="Sofie Vandenberghe",
            ),
        )  # fmt: skip
        await inputs.update_input(
            uow, caller, inputs.UpdateInput(input_id=p.input_id, moment_id=moment.id)
        )
        for source, target, rationale in (
            (p.goal_id, p.action_plan_id, "Aanpak van SD1"),
            (p.action_plan_id, p.action_id, None),
            (p.goal_id, p.action_id, "Rechtstreeks"),
            (p.input_id, p.theme_id, None),  # the theme reaches no goal
        ):
            command = links.CreateLink(
                source_id=source, target_id=target, rationale=rationale, decision="adopted",
                author="Jan Schepens",
            )  # fmt: skip
            await links.create_link(uow, caller, command)
        made = []
        for text, external_id in (("Meer groen op het plein", "crm-2"), ("=1+1", "crm-3")):
            made.append(
                await inputs.create_input(
                    uow,
                    caller,
                    inputs.CreateInput(
                        plan_id=p.plan_id,
                        text=text,
                        channel="email",
                        participant_type="citizen",
                        external_id=external_id,
                    ),
                )
            )
        for status, reason in (("in_review", None), ("not_retained", "Valt buiten het plan")):
            await inputs.set_input_status(
                uow, caller,
                inputs.SetInputStatus(input_id=made[1].id, status=status, reason=reason),
            )  # fmt: skip
        await uow.commit()
    return Traced(p, made[0].id, made[1].id, moment.id)


async def test_one_row_per_path_and_one_per_input_that_reached_nothing(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    traced = await _traced(database, caller, small_plan)
    key = (await issue_key(database, caller, ["read"])).key

    response = await export(client, small_plan.plan_id, key, format="csv")

    assert response.headers["content-type"].startswith("text/csv; charset=utf-8")
    assert "attachment" in response.headers["content-disposition"]
    header, rows = csv_rows(response.content)
    assert header[:5] == ["Bereikt", "Inbreng-id", "Inbreng-code", "Extern id", "Inbreng"]
    assert {"Code doelstelling", "Titel actie", "Motivering actieplan"} <= set(header)
    paths = [row for row in rows if row["Bereikt"] == "ja"]
    assert [
        (row["Soort bevinding/thema"], row["Titel bevinding/thema"], row["Code doelstelling"],
         row["Code actieplan"], row["Code actie"])
        for row in paths
    ] == [
        ("finding", "Huur is duur", "SD1", "AP1.1", "A1.1.1"),
        ("finding", "Huur is duur", "SD1", "", "A1.1.1"),
    ]  # fmt: skip
    first = paths[0]
    assert first["Inbreng-id"] == str(small_plan.input_id)
    assert first["Participatiemoment"] == "Workshop Wonen"
    assert first["Datum moment"] == "2023-03-01"
    assert first["Begeleider"] == "Sofie Vandenberghe"
    assert (first["Beslissing actieplan"], first["Motivering actieplan"]) == (
        "adopted",
        "Aanpak van SD1",
    )
    assert first["Gekoppeld door (actieplan)"] == "Jan Schepens"
    assert first["Beslissing bevinding/thema"] == "proposed"

    unreached = {row["Inbreng-id"]: row for row in rows if row["Bereikt"] == "nee"}
    assert set(unreached) == {str(traced.spoken), str(traced.refused)}
    refused = unreached[str(traced.refused)]
    assert (refused["Status"], refused["Reden status"]) == ("not_retained", "Valt buiten het plan")
    assert refused["Extern id"] == "crm-3"
    # A text a spreadsheet would run as a formula is kept as text.
    assert refused["Inbreng"] == "'=1+1"
    assert all(row["Code doelstelling"] == "" for row in unreached.values())


async def test_xlsx_and_json_hold_the_same_rows_as_the_csv(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    traced = await _traced(database, caller, small_plan)
    key = (await issue_key(database, caller, ["read"])).key
    csv_header, rows = csv_rows(
        (await export(client, small_plan.plan_id, key, format="csv")).content
    )
    book = (await export(client, small_plan.plan_id, key, format="xlsx")).content
    found = (await export(client, small_plan.plan_id, key, format="json")).json()

    sheet, header, cells = sheet_rows(book, 0)
    assert sheet.title == "Paden" and sheet.freeze_panes == "A2"
    assert header == csv_header[1:-1]  # all but "Bereikt" and "Gekoppeld aan"
    assert sheet.column_dimensions["D"].width > len("Inbreng")  # fitted to the text
    at = {name: index for index, name in enumerate(header)}
    by_csv = [
        (r["Inbreng-id"], r["Code actieplan"], r["Code actie"])
        for r in rows
        if r["Bereikt"] == "ja"
    ]
    by_xlsx = [
        (r[at["Inbreng-id"]], r[at["Code actieplan"]] or "", r[at["Code actie"]]) for r in cells
    ]
    by_json = [
        (r["input_id"], r["action_plan_code"] or "", r["action_code"]) for r in found["paths"]
    ]
    assert by_csv == by_xlsx == by_json and len(by_csv) == 2

    sheet, header, cells = sheet_rows(book, 1)
    assert sheet.title == "Niet bereikt" and sheet.freeze_panes == "A2"
    at = {name: index for index, name in enumerate(header)}
    line = next(n for n, r in enumerate(cells) if r[at["Inbreng-id"]] == str(traced.refused))
    formula = sheet.cell(row=line + 2, column=at["Inbreng"] + 1)
    assert (formula.value, formula.data_type) == ("=1+1", "s")  # text, never a formula
    unreached_csv = sorted(r["Inbreng-id"] for r in rows if r["Bereikt"] == "nee")
    assert sorted(r[at["Inbreng-id"]] for r in cells) == unreached_csv
    assert sorted(r["input_id"] for r in found["unreached"]) == unreached_csv
    assert found["language"] == "nl" and found["plan"]["title"] == "Sociaal plan"
    assert {"status", "status_reason", "linked_to"} <= found["unreached"][0].keys()


COVERAGE = """
query Coverage($id: ID!) {
  plan(id: $id) { coverage { totalInputs reachedInputs unreached { inputId decided } } }
}
"""


def _uuid(global_id: str) -> str:
    return base64.b64decode(global_id).decode().partition(":")[2]


async def test_the_demo_export_agrees_with_coverage_in_a_fixed_number_of_statements(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow)
        await uow.commit()
    coverage = (await root(client, COVERAGE, {"id": gid("Plan", demo.plan_id)}, DEMO_ADMIN_KEY))[
        "coverage"
    ]
    engine = client._transport.app.state.database.engine  # type: ignore[attr-defined]
    with counted_statements(engine, ignoring="rate_window") as demo_statements:
        body = (await export(client, demo.plan_id, DEMO_ADMIN_KEY, format="csv")).content
    header, rows = csv_rows(body)

    assert header[0] == "Bereikt" and "Beslissing doelstelling" in header  # Dutch: the demo's
    reached = {row["Inbreng-id"] for row in rows if row["Bereikt"] == "ja"}
    unreached = [row["Inbreng-id"] for row in rows if row["Bereikt"] == "nee"]
    assert len(reached) == coverage["reachedInputs"]
    assert sorted(unreached) == sorted(_uuid(u["inputId"]) for u in coverage["unreached"])
    assert len(reached) + len(unreached) == coverage["totalInputs"]
    not_retained = {row["Inbreng-id"] for row in rows if row["Status"] == "not_retained"}
    decided = {_uuid(u["inputId"]) for u in coverage["unreached"] if u["decided"]}
    assert decided == not_retained and all(
        row["Reden status"] for row in rows if row["Status"] == "not_retained"
    )
    # One row per path: no row twice, and more paths than inputs (an input feeds several).
    paths = [tuple(row.values()) for row in rows if row["Bereikt"] == "ja"]
    assert len(set(paths)) == len(paths) > len(reached)

    sheets = openpyxl.load_workbook(
        io.BytesIO((await export(client, demo.plan_id, DEMO_ADMIN_KEY, format="xlsx")).content)
    )
    assert sheets.worksheets[0].max_row - 1 == len(paths)
    assert sheets.worksheets[1].max_row - 1 == len(unreached)
    found = (await export(client, demo.plan_id, DEMO_ADMIN_KEY, format="json")).json()
    assert (len(found["paths"]), len(found["unreached"])) == (len(paths), len(unreached))

    # The statements do not grow with the plan: the small plan costs as many as the demo.
    key = (await issue_key(database, caller, ["read"])).key
    with counted_statements(engine, ignoring="rate_window") as small_statements:
        await export(client, small_plan.plan_id, key, format="csv")
    assert len(small_statements) == len(demo_statements) <= 15


async def test_anyone_may_export_a_published_plan_without_names(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    traced = await _traced(database, caller, small_plan)
    draft = await client.get(f"/api/v1/plans/{small_plan.plan_id}/export")
    assert draft.status_code == 404
    assert draft.headers["content-type"] == "application/problem+json"
    async with database.unit_of_work() as uow:
        command = plans.SetPlanStatus(plan_id=small_plan.plan_id, status="published")
        await plans.set_plan_status(uow, caller, command)
        await uow.commit()

    _, rows = csv_rows((await export(client, small_plan.plan_id, None, format="csv")).content)

    assert {row["Inbreng-id"] for row in rows} >= {str(traced.spoken), str(traced.refused)}
    for row in rows:
        assert row["Extern id"] == row["Begeleider"] == row["Reden status"] == ""
        authors = {
            row[f"Gekoppeld door ({place})"] for place in ("bevinding/thema", "doelstelling")
        }
        assert authors <= {"", "the municipality"}, authors
    assert "Jan Schepens" not in (await export(client, small_plan.plan_id, None)).text
    assert "Sofie" not in (await export(client, small_plan.plan_id, None)).text


async def test_the_format_follows_format_else_accept_and_the_language_lang_else_accept_language(
    client: httpx.AsyncClient, database: Database, caller: Caller, small_plan: SmallPlan
) -> None:
    key = (await issue_key(database, caller, ["read"])).key
    url = f"/api/v1/plans/{small_plan.plan_id}/export"
    given = {
        None: "application/json",
        "*/*": "application/json",
        "text/csv": "text/csv",
        "text/*;q=0.5, application/json;q=0.9": "application/json",
        f"{XLSX}, */*;q=0.1": XLSX,
    }
    for accept, media_type in given.items():
        headers = {**bearer(key), **({"Accept": accept} if accept else {})}
        response = await client.get(url, headers=headers)
        assert response.status_code == 200, accept
        assert response.headers["content-type"].split(";")[0] == media_type, accept
    html = await client.get(url, headers={**bearer(key), "Accept": "text/html"})
    assert html.status_code == 406
    forced = await client.get(url + "?format=csv", headers={**bearer(key), "Accept": "text/html"})
    assert forced.headers["content-type"].startswith("text/csv")
    assert (await client.get(url + "?format=pdf", headers=bearer(key))).status_code == 422

    english, _ = csv_rows(
        (await export(client, small_plan.plan_id, key, format="csv", lang="en")).content
    )
    assert english[:3] == ["Reached", "Input id", "Input code"] and "Goal code" in english
    french = await client.get(
        url + "?format=xlsx", headers={**bearer(key), "Accept-Language": "fr-BE, nl;q=0.5"}
    )
    sheet, header, _ = sheet_rows(french.content, 0)
    assert sheet.title == "Chemins" and header[0] == "ID de la contribution"
    unknown = await client.get(url + "?lang=xx", headers=bearer(key))
    assert unknown.status_code == 422
    missing = await client.get(f"/api/v1/plans/{uuid.uuid4()}/export", headers=bearer(key))
    assert missing.status_code == 404
