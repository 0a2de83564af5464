"""The report's charts, drawn by Plotly (plotly.py builds each figure; plotly.js, inlined once in
the page by api/report/page.py, draws it): the trail as a Sankey diagram, coverage as stacked
bars, progress as bars. Each chart is a <div> with a stable id, for readers, print and tests:
`sankey`, `coverage-channel`, `coverage-participant-type`, `coverage-moment`,
`coverage-theme` and `progress`."""

from collections.abc import Mapping, Sequence
from functools import cache

import plotly.graph_objects as go
import plotly.io
import plotly.offline

from api.report.contents import GoalPart
from api.report.flows import NOT_RETAINED, OPEN, Flows
from api.services.coverage import Share

# System fonts only: a font the page would fetch is a request that leaves it.
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"
# Each decision its colour, the same in the diagram, the bars and the legend.
COLOURS = {
    "adopted": "#2e7d32",
    "partly_adopted": "#f9a825",
    "not_adopted": "#c62828",
    "proposed": "#78909c",
    NOT_RETAINED: "#8d6e63",
    OPEN: "#b0bec5",
}
REACHED = "#2e7d32"
COLUMN_COLOURS = {
    "channel": "#37474f",
    "via": "#5c6bc0",
    "goal": "#00838f",
    "action_plan": "#00897b",
    "action": "#43a047",
    "sink": "#8d6e63",
}
# Every chart is as wide as the page's column, so that it prints as it shows: a chart redrawn
# for paper (Plotly's responsive mode) is redrawn after the browser has laid the paper out.
# The print stylesheet scales the charts to A4 (api/report/page.py).
WIDTH = 1000
# Nothing is fetched or sent: no Plotly logo link, no "send to Chart Studio", no MathJax.
CONFIG = {"displaylogo": False, "responsive": False, "showSendToCloud": False}


@cache
def plotly_js() -> str:
    """The plotly.js bundle that plotly.py ships, to inline in the page (read once)."""
    return str(plotly.offline.get_plotlyjs())


def _html(figure: go.Figure, element_id: str, height: int) -> str:
    figure.update_layout(
        width=WIDTH,
        height=height,
        font={"family": FONT, "size": 13},
        template="simple_white",
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
    )
    return str(
        plotly.io.to_html(
            figure,
            include_plotlyjs=False,
            full_html=False,
            div_id=element_id,
            config=CONFIG,
            default_width=f"{WIDTH}px",
            default_height=f"{height}px",
            include_mathjax=False,
            validate=True,
        )
    )


def _translucent(colour: str, alpha: float = 0.45) -> str:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha})"


def sankey(flows: Flows, meanings: Mapping[str, str], unit: str) -> str:
    """The trail: a stream per link and decision, as wide as the inputs that passed along it;
    `meanings` names each kind of stream (a decision, or a sink of what reached nothing)."""
    keys = list(flows.streams)
    meaning = [meanings.get(kind, kind.replace("_", " ")) for _, _, kind in keys]
    figure = go.Figure(
        go.Sankey(
            arrangement="snap",
            valueformat="d",
            node={
                "label": flows.labels,
                "customdata": flows.titles,
                "color": [COLUMN_COLOURS.get(column, "#607d8b") for column in flows.columns],
                # Each node at its step along the trail, not pushed right for having no
                # onward link: what reached nothing stays beside the findings and themes.
                "align": "left",
                "pad": 9,
                "thickness": 14,
                "hovertemplate": f"%{{customdata}}<br>%{{value}} {unit}<extra></extra>",
            },
            link={
                "source": [source for source, _, _ in keys],
                "target": [target for _, target, _ in keys],
                "value": [len(flows.streams[key]) for key in keys],
                "color": [_translucent(COLOURS.get(kind, "#90a4ae")) for _, _, kind in keys],
                "customdata": meaning,
                "hovertemplate": "%{source.label} → %{target.label}<br>%{value} "
                + unit
                + " · %{customdata}<extra></extra>",
            },
        )
    )
    # Findings, themes and the two sinks share a column; actions are the other crowded one.
    crowded = max(
        flows.columns.count("action"),
        sum(flows.columns.count(column) for column in ("via", "sink")),
    )
    return _html(figure, "sankey", max(480, 26 * crowded + 60))


def coverage_bars(
    element_id: str, shares: Sequence[Share], names: Sequence[str], words: Mapping[str, str]
) -> str:
    """Stacked bars per value: reached, not retained, still open; `names` label the values."""
    figure = go.Figure()
    for key, colour, counts in (
        ("reached", REACHED, [share.reached for share in shares]),
        ("not_retained", COLOURS[NOT_RETAINED], [share.not_retained for share in shares]),
        ("open", COLOURS[OPEN], [share.open for share in shares]),
    ):
        figure.add_trace(
            go.Bar(
                name=words[key],
                y=list(names),
                x=counts,
                orientation="h",
                marker={"color": colour},
                text=[str(n) if n else "" for n in counts],
                textposition="inside",
                insidetextanchor="middle",
                hovertemplate=f"%{{y}}<br>{words[key]}: %{{x}}<extra></extra>",
            )
        )
    figure.update_layout(
        barmode="stack",
        legend={
            "orientation": "h",
            "traceorder": "normal",
            "y": -0.12 if len(shares) > 3 else -0.3,
        },
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={"title": {"text": words["inputs"]}},
    )
    return _html(figure, element_id, 90 + 28 * max(len(shares), 1))


def progress_bars(goals: Sequence[GoalPart], words: Mapping[str, str]) -> str:
    """Each goal and action plan's rolled-up progress, in the plan's order."""
    names, values, colours = [], [], []
    for part in goals:
        rows = [
            (part.goal, "goal"),
            *((element, "action_plan") for element, _ in part.action_plans),
        ]
        for element, kind in rows:
            indent = "" if kind == "goal" else "    "
            names.append(indent + " ".join(p for p in (element.code, element.title[:40]) if p))
            values.append(element.progress or 0)
            colours.append(COLUMN_COLOURS[kind])
    figure = go.Figure(
        go.Bar(
            y=names,
            x=values,
            orientation="h",
            marker={"color": colours},
            text=[f"{value}%" for value in values],
            textposition="outside",
            hovertemplate="%{y}: %{x}%<extra></extra>",
            cliponaxis=False,
        )
    )
    figure.update_layout(
        yaxis={"autorange": "reversed", "automargin": True},
        xaxis={"range": [0, 110], "title": {"text": words["progress"] + " (%)"}},
        showlegend=False,
    )
    return _html(figure, "progress", 60 + 24 * max(len(names), 1))
