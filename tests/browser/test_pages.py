"""GraphiQL, Swagger UI and the demo plan's trail report, opened in a real headless Chromium on
`spoor serve` with the demo loaded: each renders what it is for, and no request leaves the
machine (tests/browser/conftest.py records them; screenshots go to test-artifacts/browser/)."""

import json
from typing import Any

from tests.browser.conftest import Demo, Visit

# Swagger UI took up to 11 s to lay out its 95 operations on a loaded two-core machine: room
# for twice that, and a broken page still fails within the minute.
RENDERED_WITHIN_MS = 30_000
QUERY = "{ plans(first: 5) { totalCount } }"
# A bar of a Plotly bar chart: a path in a point of its trace.
BAR = "g.point path"


def assert_stayed_home(visit: Visit) -> None:
    assert visit.requested, "the page made no request at all: was it opened?"
    assert visit.outside() == [], f"requests left the machine: {visit.outside()}"


def test_graphiql_runs_a_query_and_shows_its_answer(visit: Visit, demo: Demo) -> None:
    page = visit.page
    page.goto(f"{demo.base}/graphql", wait_until="load")
    editor = page.locator(".graphiql-query-editor .CodeMirror")
    editor.wait_for(timeout=RENDERED_WITHIN_MS)
    # Set through the editor's own API: typed keys would meet its bracket auto-closing.
    editor.evaluate("(node, query) => node.CodeMirror.setValue(query)", QUERY)
    page.locator(".graphiql-execute-button").click()
    response = page.locator(".graphiql-response .CodeMirror")
    response.get_by_text('"totalCount"').wait_for(timeout=RENDERED_WITHIN_MS)
    shown = response.evaluate("node => node.CodeMirror.getValue()")
    visit.screenshot("graphiql")
    answer = json.loads(shown)
    assert "errors" not in answer, shown
    # The demo plan is published, so it is counted without a key.
    assert answer["data"]["plans"]["totalCount"] >= 1, shown
    assert_stayed_home(visit)


def test_swagger_ui_renders_the_operations(visit: Visit, demo: Demo) -> None:
    page = visit.page
    page.goto(f"{demo.base}/docs", wait_until="load")
    operations = page.locator(".swagger-ui .opblock")
    operations.first.wait_for(timeout=RENDERED_WITHIN_MS)
    page.wait_for_load_state("networkidle")
    paths = page.locator(".swagger-ui .opblock-summary-path").all_inner_texts()
    # The first screenful: the whole page is some 13,000 pixels of operations and schemas.
    visit.screenshot("docs", full_page=False)
    assert operations.count() >= 10, f"only {operations.count()} operations shown"
    assert any("/api/v1/plans" in path for path in paths), paths
    assert_stayed_home(visit)


def test_the_report_draws_the_sankey_and_the_bars(visit: Visit, demo: Demo) -> None:
    page = visit.page
    answered = page.goto(f"{demo.base}/plans/{demo.summary.plan_id}/report", wait_until="load")
    assert answered is not None and answered.status == 200, answered and answered.status
    # Plotly draws the Sankey's nodes and links as SVG inside the element it is given.
    page.locator("#sankey g.sankey-node").first.wait_for(timeout=RENDERED_WITHIN_MS)
    page.wait_for_load_state("networkidle")
    sankey = _drawn(page, "#sankey", "g.sankey-node", "path.sankey-link")
    charts = [chart.get_attribute("id") for chart in page.locator('[id^="coverage-"]').all()]
    bars = {chart: _drawn(page, f"#{chart}", BAR)[BAR] for chart in charts}
    plotted = {chart: _plotted(page, chart) for chart in ["sankey", *charts]}
    visit.screenshot("report")
    assert sankey["g.sankey-node"] > 0 and sankey["path.sankey-link"] > 0, sankey
    assert {"coverage-channel", "coverage-theme"} <= set(charts), charts
    assert [chart for chart, drawn in bars.items() if drawn == 0] == [], bars
    assert all(total > 0 for total in plotted.values()), plotted
    # Every input has one channel: the bars stack up to the demo's inputs, none left out.
    assert plotted["coverage-channel"] == demo.summary.inputs, plotted
    assert_stayed_home(visit)


def test_a_request_that_would_leave_is_seen_and_refused(visit: Visit, demo: Demo) -> None:
    """The tests above would pass vacuously if the recording missed what leaves: it does not."""
    page = visit.page
    page.goto(f"{demo.base}/healthz")
    away = "https://cdn.example.invalid/chart.js"
    failed = page.evaluate("url => fetch(url).then(() => false, () => true)", away)
    assert failed, "the request was let through"
    assert visit.outside() == [away]


def _drawn(page: Any, element: str, *marks: str) -> dict[str, int]:
    """How many of each SVG mark Plotly drew inside the element, with a non-zero size (a mark
    Plotly lays out but cannot size, for want of numbers, has none)."""
    return {
        mark: page.locator(element).evaluate(
            """(node, mark) => [...node.querySelectorAll(mark)].filter(shape => {
                   const box = shape.getBoundingClientRect();
                   return box.width > 0 && box.height > 0;
               }).length""",
            mark,
        )
        for mark in marks
    }


def _plotted(page: Any, element_id: str) -> int:
    """The sum of the numbers a chart was given: its bars' lengths, or its links' widths (Plotly
    keeps a chart's traces on its element, as `data`)."""
    total: int = page.locator(f"#{element_id}").evaluate(
        """node => node.data
               .flatMap(trace => trace.type === "sankey" ? trace.link.value : trace.x)
               .reduce((sum, n) => sum + n, 0)"""
    )
    return total
