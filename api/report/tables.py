"""The report's numbers as tables: beside each chart, so that the figures can be read (and
printed, and found by a program) exactly, and in the progress and history sections. Every text
from the plan is escaped: titles and reasons are written by people."""

from collections import Counter
from collections.abc import Mapping, Sequence
from html import escape

from api.report.contents import ActionLine, Contents, Element, GoalPart
from api.report.labels import day, term
from api.services.coverage import Share
from api.services.plan_log import PlanLog


def _cells(tag: str, values: Sequence[object], classes: Sequence[str] = ()) -> str:
    found = []
    for position, value in enumerate(values):
        name = classes[position] if position < len(classes) else ""
        attribute = f' class="{name}"' if name else ""
        found.append(f"<{tag}{attribute}>{escape(str(value))}</{tag}>")
    return "".join(found)


def coverage_table(
    dimension: str, shares: Sequence[Share], names: Sequence[str], words: Mapping[str, str]
) -> str:
    """A row per value: total, reached, not retained, open."""
    head = _cells(
        "th",
        [
            words[f"by_{dimension}"],
            words["total"],
            words["reached"],
            words["not_retained"],
            words["open"],
        ],
    )
    rows = "".join(
        f'<tr data-value="{escape(share.value)}"><th scope="row">{escape(name)}</th>'
        + _cells(
            "td",
            [share.total, share.reached, share.not_retained, share.open],
            ["total", "reached", "not-retained", "open"],
        )
        + "</tr>"
        for share, name in zip(shares, names, strict=True)
    )
    return (
        f'<table class="figures" data-dimension="{dimension}"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table>"
    )


def summary(contents: Contents, words: Mapping[str, str]) -> str:
    """The key figures: inputs reached, not retained and open; the plan's commitments."""
    covered = contents.coverage
    decided = sum(1 for item in covered.unreached if item.decided)
    action_plans = sum(len(part.action_plans) for part in contents.goals)
    actions = sum(
        len(part.direct_actions) + sum(len(lines) for _, lines in part.action_plans)
        for part in contents.goals
    )
    figures = [
        ("total-inputs", words["inputs"], covered.total_inputs),
        ("reached-inputs", words["reached"], covered.reached_inputs),
        ("not-retained-inputs", words["not_retained"], decided),
        ("open-inputs", words["open"], covered.total_inputs - covered.reached_inputs - decided),
        ("goals", words["goals"], len(contents.goals)),
        ("action-plans", words["action_plans"], action_plans),
        ("actions", words["actions"], actions),
    ]
    shown = "".join(
        f'<div class="figure" data-figure="{key}"><dd>{value}</dd><dt>{escape(label)}</dt></div>'
        for key, label, value in figures
    )
    return f'<dl class="summary">{shown}</dl>'


def reasons_table(contents: Contents, words: Mapping[str, str]) -> str:
    """Why inputs were not retained, most frequent first; a note for who may not read them."""
    if not contents.reasons:
        return ""
    if not contents.sees_names:
        return f'<p class="note">{escape(words["reasons_hidden"])}</p>'
    counted = Counter(reason or words["no_reason"] for reason in contents.reasons.values())
    rows = "".join(
        f"<tr><td>{escape(reason)}</td><td class='count'>{count}</td></tr>"
        for reason, count in sorted(counted.items(), key=lambda pair: (-pair[1], pair[0]))
    )
    head = _cells("th", [words["reason"], words["count"]])
    return f'<table class="reasons"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def _progress(value: int | None, words: Mapping[str, str]) -> str:
    return words["unknown"] if value is None else f"{value}%"


def _flag(priority: bool, words: Mapping[str, str]) -> str:
    return f' <span class="priority">{escape(words["priority"])}</span>' if priority else ""


def _element_row(element: Element, kind: str, words: Mapping[str, str]) -> str:
    flag = _flag(element.priority, words)
    return (
        f'<tr class="{kind}" data-code="{escape(element.code or "")}">'
        f'<th scope="row">{escape(element.code or "")}</th>'
        f"<td>{escape(element.title)}{flag}</td><td></td>"
        f'<td class="progress">{_progress(element.progress, words)}</td><td></td></tr>'
    )


def _action_rows(
    lines: Sequence[ActionLine], words: Mapping[str, str], terms: Mapping[str, str]
) -> str:
    rows = []
    for line in lines:
        flag = (
            f' <span class="priority">{escape(words["priority"])}</span>' if line.priority else ""
        )
        rows.append(
            f'<tr class="action" data-code="{escape(line.code or "")}" data-status="{line.status}">'
            f'<th scope="row">{escape(line.code or "")}</th><td>{escape(line.title)}{flag}</td>'
            f'<td class="status">{escape(term(terms, line.status))}</td>'
            f'<td class="progress">{line.progress}%</td>'
            f'<td class="actors">{escape(", ".join(line.actors))}</td></tr>'
        )
    return "".join(rows)


def progress_table(
    goals: Sequence[GoalPart], words: Mapping[str, str], terms: Mapping[str, str]
) -> str:
    """Every goal and action plan with its rolled-up progress; under each, its actions."""
    head = _cells(
        "th", [words["code"], words["title"], words["status"], words["progress"], words["owners"]]
    )
    body = []
    for part in goals:
        body.append(_element_row(part.goal, "goal", words))
        for element, lines in part.action_plans:
            body.append(_element_row(element, "action-plan", words))
            body.append(_action_rows(lines, words, terms))
        if part.direct_actions:
            body.append(
                f'<tr class="direct"><td></td><td colspan="4">'
                f"{escape(words['direct_actions'])}</td></tr>"
            )
            body.append(_action_rows(part.direct_actions, words, terms))
    rows = "".join(body)
    return f'<table class="structure"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'


def history(log: PlanLog, words: Mapping[str, str], terms: Mapping[str, str], lang: str) -> str:
    """The plan's milestones, changes since the latest, and the verdict on its log."""
    not_yet = words["not_yet"]
    check = log.verification
    verdict = (
        words["log_intact"].format(checked=check.checked)
        if check.broken is None
        else words["log_broken"].format(seq=check.broken.seq, problem=check.broken.problem)
    )
    items = [
        ("created", words["created_at"], day(log.created_at, lang) or not_yet),
        ("published", words["published_at"], day(log.published_at, lang) or not_yet),
        ("adopted", words["adopted_at"], day(log.adopted_at, lang) or not_yet),
        (
            "changes-since",
            f"{words['changes_since']} {term(terms, log.since)}",
            str(log.changes_since),
        ),
        ("last-change", words["last_change"], day(log.last_change_at, lang) or not_yet),
        ("events", words["events"], str(log.events)),
        ("log", words["log"], verdict),
    ]
    shown = "".join(
        f'<div data-history="{key}"><dt>{escape(label)}</dt><dd>{escape(value)}</dd></div>'
        for key, label, value in items
    )
    state = "intact" if check.broken is None else "broken"
    return f'<dl class="history" data-log="{state}">{shown}</dl>'
