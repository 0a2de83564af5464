"""The streams of the trail diagram, counted from the traceability matrix's paths: from each
channel through the findings and themes, goals and action plans to the actions, a stream per
link and decision, as wide as the number of inputs that passed along it. The inputs that reached
nothing flow from their channel into "not retained" or "still open"; the reasons for not
retaining them, each given once or a few times, are a table under the diagram rather than a
crowd of thin streams in it."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field

from api.report.contents import Contents
from api.report.labels import term
from api.services.exports import PLACES, Step

# What a stream into a node says: the decision on the links it stands for; or, for what reached
# nothing, which sink it flows into.
NOT_RETAINED, OPEN = "not_retained", "open"
# Beside a node there is room for a code and a few words; its hover and the tables say it whole.
LONGEST_LABEL = 34
# Action plans and actions are many and their codes say where they sit: the code alone.
BY_CODE = {"action_plan", "action"}


@dataclass
class Flows:
    """Nodes (label and column) and streams (source, target, kind, inputs), as Plotly's Sankey
    takes them."""

    labels: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # whole, for the hover
    columns: list[str] = field(default_factory=list)  # channel, via, goal, ..., sink
    streams: dict[tuple[int, int, str], set[uuid.UUID]] = field(default_factory=dict)
    _index: dict[tuple[str, ...], int] = field(default_factory=dict)

    def node(self, key: tuple[str, ...], title: str, column: str, code: str | None = None) -> int:
        if key not in self._index:
            self._index[key] = len(self.labels)
            self.labels.append(code if code and column in BY_CODE else shorten(title))
            self.titles.append(title)
            self.columns.append(column)
        return self._index[key]

    def flow(self, source: int, target: int, kind: str, input_id: uuid.UUID) -> None:
        self.streams.setdefault((source, target, kind), set()).add(input_id)


def trail_flows(contents: Contents, words: Mapping[str, str], terms: Mapping[str, str]) -> Flows:
    """The diagram's nodes and streams for a plan's report."""
    flows = Flows()
    for row in contents.matrix.paths:
        at = flows.node(("channel", row.input.channel), term(terms, row.input.channel), "channel")
        for place in PLACES:
            step = row.steps.get(place)
            if step is None:
                continue
            reached = flows.node(_step_key(step), _step_label(step), place, step.code)
            flows.flow(at, reached, step.decision, row.input.id)
            at = reached
    _unreached_flows(flows, contents, words, terms)
    return flows


def _unreached_flows(
    flows: Flows, contents: Contents, words: Mapping[str, str], terms: Mapping[str, str]
) -> None:
    """Inputs that reached nothing: into "not retained" (decided) or "still open"."""
    for row in contents.matrix.unreached:
        channel = term(terms, row.input.channel)
        source = flows.node(("channel", row.input.channel), channel, "channel")
        sink = NOT_RETAINED if row.input.id in contents.reasons else OPEN
        flows.flow(source, flows.node(("sink", sink), words[sink], "sink"), sink, row.input.id)


def _step_key(step: Step) -> tuple[str, ...]:
    return (step.kind, step.code or "", step.title or "")


def _step_label(step: Step) -> str:
    return " ".join(part for part in (step.code, step.title) if part)


def shorten(label: str) -> str:
    """A label short enough to sit beside a node; the table below the diagram has it whole."""
    return label if len(label) <= LONGEST_LABEL else label[: LONGEST_LABEL - 1].rstrip() + "…"
