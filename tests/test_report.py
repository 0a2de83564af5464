"""The trail report: the API's own numbers (read here over GraphQL) on one page that fetches
nothing, in the plan's language; public for a published plan without anyone's name or the
municipality's reasons, not found for a draft; and written to a file by `spoor report`."""

import asyncio
import re
import uuid
from datetime import date
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from api.cli import main
from api.demo.loader import DEMO_ADMIN_KEY, load_demo
from api.domain.vocabulary import PlanStatus
from api.services import plans
from api.services.caller import Caller
from api.services.tenants import create_tenant
from api.store.database import Database
from api.store.models import Input, Link, ParticipationMoment
from tests.builders import SmallPlan, make_small_plan
from tests.surfaces.graphql_calls import bearer, gid, root

NUMBERS = """
query Numbers($id: ID!) {
  plan(id: $id) {
    coverage {
      totalInputs reachedInputs
      byChannel { value: channel total reached notRetained }
      byParticipantType { value: participantType total reached notRetained }
      byMoment { value total reached notRetained }
      byTheme { value total reached notRetained }
    }
    goals(first: 50) { edges { node {
      code progress actionPlans(first: 50) { edges { node { code progress } } }
    } } }
  }
}
"""
DIMENSIONS = {"channel": "byChannel", "participant_type": "byParticipantType",
              "moment": "byMoment", "theme": "byTheme"}  # fmt: skip
CHARTS = ("sankey", "coverage-channel", "coverage-participant-type", "coverage-moment",
          "coverage-theme", "progress")  # fmt: skip
FIGURE_ROW = re.compile(
    r'<tr data-value="([^"]*)"><th scope="row">([^<]*)</th><td class="total">(\d+)</td>'
    r'<td class="reached">(\d+)</td><td class="not-retained">(\d+)</td><td class="open">(\d+)</td>'
)
PROGRESS_ROW = re.compile(
    r'<tr class="(goal|action-plan)" data-code="([^"]*)">.*?<td class="progress">([^<]*)</td>'
)


async def report(client: httpx.AsyncClient, plan_id: uuid.UUID, key: str | None = None) -> str:
    response = await client.get(f"/plans/{plan_id}/report", headers=bearer(key))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def figures(page: str) -> dict[str, dict[str, tuple[int, int, int, int]]]:
    """Each coverage table's rows: value → (total, reached, not retained, open)."""
    found: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    for chunk in page.split('<table class="figures" data-dimension="')[1:]:
        dimension, table = chunk.split('"', 1)[0], chunk.split("</table>", 1)[0]
        found[dimension] = {
            unescape(value): (int(total), int(reached), int(dropped), int(still_open))
            for value, _, total, reached, dropped, still_open in FIGURE_ROW.findall(table)
        }
    return found


def progress_of(page: str) -> dict[str, str]:
    return {code: shown for _, code, shown in PROGRESS_ROW.findall(page)}


class Fetches(HTMLParser):
    """Everything a browser would fetch for a page: the URLs of its elements and styles."""

    ATTRIBUTES = {"src", "href", "srcset", "action", "formaction", "data", "poster", "xlink:href",
                  "background", "manifest", "ping"}  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.scripts_with_src = 0
        self.styles: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in self.ATTRIBUTES and value is not None:
                self.urls.append(value)
            if name == "style" and value:
                self.styles.append(value)
        self.scripts_with_src += tag == "script" and any(name == "src" for name, _ in attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)


def assert_fetches_nothing(page: str) -> None:
    parser = Fetches()
    parser.feed(page)
    remote = [url for url in parser.urls if re.match(r"\s*(https?:)?//", url, re.IGNORECASE)]
    assert remote == [] and parser.scripts_with_src == 0
    assert all(url.startswith(("data:", "#")) for url in parser.urls), parser.urls
    styles = "\n".join(parser.styles).lower()
    assert "@import" not in styles and "url(" not in styles and "@font-face" not in styles
    assert re.search(r"<script[^>]*\ssrc\s*=", page, re.IGNORECASE) is None
    assert re.search(r"<link[^>]*href\s*=\s*[\"']?\s*(https?:)?//", page, re.IGNORECASE) is None


def without_scripts(page: str) -> str:
    """The page's own text and markup, less the inlined charting library and chart data."""
    return re.sub(r"<script>.*?</script>", "", page, flags=re.DOTALL)


async def test_the_demo_report_shows_the_apis_numbers_and_no_names_without_a_key(
    database: Database, client: httpx.AsyncClient
) -> None:
    async with database.unit_of_work() as uow:
        demo = await load_demo(uow, progress=None)
        await uow.commit()
    api = await root(client, NUMBERS, {"id": gid("Plan", demo.plan_id)}, DEMO_ADMIN_KEY)
    page = await report(client, demo.plan_id, DEMO_ADMIN_KEY)

    assert_fetches_nothing(page)
    assert '<html lang="nl">' in page and "Sociaal beleidsplan Herent 2022-2027" in page
    for chart in CHARTS:
        assert page.count(f'id="{chart}"') == 1, chart
    coverage, shown = api["coverage"], figures(page)
    for dimension, field in DIMENSIONS.items():
        expected = {
            share["value"].lower(): (
                share["total"], share["reached"], share["notRetained"],
                share["total"] - share["reached"] - share["notRetained"],
            )
            for share in coverage[field]
        }  # fmt: skip
        assert {value.lower(): row for value, row in shown[dimension].items()} == expected
    assert sum(row[0] for row in shown["channel"].values()) == coverage["totalInputs"]
    assert sum(row[1] for row in shown["channel"].values()) == coverage["reachedInputs"]
    summary = re.search(r'data-figure="reached-inputs"><dd>(\d+)</dd>', page)
    assert summary is not None and int(summary.group(1)) == coverage["reachedInputs"]

    rolled_up = {}
    for goal in (edge["node"] for edge in api["goals"]["edges"]):
        rolled_up[goal["code"]] = goal["progress"]
        for action_plan in (edge["node"] for edge in goal["actionPlans"]["edges"]):
            rolled_up[action_plan["code"]] = action_plan["progress"]
    assert len(rolled_up) == 5 + 8 and any(value for value in rolled_up.values())
    expected_progress = {
        code: "onbekend" if v is None else f"{v}%" for code, v in rolled_up.items()
    }
    assert progress_of(page) == expected_progress

    # The adoption, as the demo's story dates it, and a log that verifies.
    assert re.search(r'data-history="adopted"><dt>[^<]*</dt><dd>28/06/2022</dd>', page)
    assert 'data-log="intact"' in page

    async with database.unit_of_work() as uow:
        reasons = set((await uow.session.scalars(select(Input.status_reason))).all()) - {None}
        names = {
            *(await uow.session.scalars(select(ParticipationMoment.facilitator))).all(),
            *(await uow.session.scalars(select(Link.author))).all(),
        } - {None}
    keyed = without_scripts(page)
    assert reasons and any(reason in unescape(keyed) for reason in reasons)

    public = await report(client, demo.plan_id)
    assert_fetches_nothing(public)
    assert figures(public) == shown and progress_of(public) == progress_of(page)
    text = unescape(public)  # the diagram's labels too: they are in the chart data
    assert [reason for reason in reasons if reason in text] == []
    assert [name for name in names if name in text] == []
    assert "Openbare versie" in public


async def test_a_drafts_report_is_not_found_without_a_key_and_a_published_ones_is_public(
    database: Database, client: httpx.AsyncClient, caller: Caller, small_plan: SmallPlan
) -> None:
    missing = await client.get(f"/plans/{small_plan.plan_id}/report")
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    unknown = await client.get(f"/plans/{uuid.uuid4()}/report", headers=bearer("spk_not_a_key"))
    assert unknown.status_code == 401

    async with database.unit_of_work() as uow:
        await plans.set_plan_status(
            uow,
            caller,
            plans.SetPlanStatus(plan_id=small_plan.plan_id, status=PlanStatus.PUBLISHED),
        )
        await uow.commit()
    page = await report(client, small_plan.plan_id)
    assert_fetches_nothing(page)
    assert "test facilitator" not in page  # the caller who made everything
    assert re.search(r'data-history="published"><dt>[^<]*</dt><dd>\d\d/\d\d/\d{4}</dd>', page)
    english = (await client.get(f"/plans/{small_plan.plan_id}/report?lang=en")).text
    assert '<html lang="en">' in english and "Trail report" in english


@pytest.mark.committed  # `spoor report` reads the database on connections of its own
async def test_spoor_report_writes_the_page_to_a_file(
    database: Database, database_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    async with database.unit_of_work() as uow:
        tenant = await create_tenant(uow, name="Gemeente Kortenberg")
        made = await make_small_plan(uow, Caller(tenant_id=tenant.id, actor="Els Peeters"))
        await uow.commit()
    monkeypatch.setenv("SPOOR_DATABASE_URL", database_url)
    out = tmp_path / "plan.html"

    await asyncio.to_thread(main, ["report", str(made.plan_id), "--out", str(out)])

    page = out.read_text(encoding="utf-8")
    assert f"wrote {out}" in capsys.readouterr().out
    assert_fetches_nothing(page)
    assert 'id="sankey"' in page and "Sociaal plan" in page  # a draft: the owner reads it
    assert f"{date.today():%Y}" in page
    with pytest.raises(SystemExit) as ended:
        await asyncio.to_thread(main, ["report", str(uuid.uuid4()), "--out", str(out)])
    assert ended.value.code == 2
