"""The trail report as one HTML page that needs nothing else: plotly.js inlined once, system
fonts, no image, font or stylesheet from anywhere, so it opens offline, from a file or from
Spoor, and prints (a print stylesheet: A4, no buttons, charts kept whole, redrawn at paper width).
"""

from collections.abc import Mapping
from html import escape
from string import Template

from api.report import charts, tables
from api.report.contents import Contents
from api.report.flows import NOT_RETAINED, OPEN, trail_flows
from api.report.labels import day, term, terms, words
from api.services.coverage import Share

# The coverage charts, by their element's id: `coverage-` and the dimension.
DIMENSIONS = ("channel", "participant_type", "moment", "theme")

STYLE = """
:root { color-scheme: light; --ink: #1f2a30; --muted: #5f6b72; --line: #d7dde0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto,
       "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 20px 48px; }
header h1 { font-size: 1.7em; margin: 0 0 4px; }
header p { margin: 2px 0; color: var(--muted); }
h2 { font-size: 1.3em; margin: 36px 0 8px; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1.05em; margin: 22px 0 4px; }
.note { color: var(--muted); margin: 4px 0 10px; }
.chart { overflow-x: auto; }
.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(130px, 1fr));
           gap: 8px; margin: 18px 0 0; }
.summary .figure { border: 1px solid var(--line); border-radius: 6px; padding: 8px 10px; }
.summary dd { margin: 0; font-size: 1.6em; font-weight: 600; }
.summary dt { color: var(--muted); font-size: .9em; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 6px 0; font-size: .9em; }
.legend span::before { content: ""; display: inline-block; width: .9em; height: .9em;
                       margin-right: 5px; vertical-align: -1px; background: var(--swatch); }
table { border-collapse: collapse; width: 100%; margin: 6px 0 14px; font-size: .9em; }
th, td { text-align: left; padding: 3px 8px; border-bottom: 1px solid var(--line);
         vertical-align: top; }
thead th { border-bottom: 2px solid var(--ink); }
td.total, td.reached, td.not-retained, td.open, td.progress, td.count
  { text-align: right; font-variant-numeric: tabular-nums; }
tr.goal { background: #eef3f4; font-weight: 600; }
tr.action-plan { background: #f7f9fa; }
tr.action th, tr.action td:nth-child(2) { padding-left: 22px; }
td.status { white-space: nowrap; }
table.figures th:first-child { width: 44%; }
.priority { font-size: .78em; font-weight: 600; color: #8a4b00; border: 1px solid #e0b070;
            border-radius: 3px; padding: 0 4px; white-space: nowrap; }
.history { display: grid; grid-template-columns: max-content 1fr; gap: 2px 18px; }
.history div { display: contents; }
.history dt { color: var(--muted); } .history dd { margin: 0; }
.history[data-log="broken"] [data-history="log"] dd { color: #c62828; font-weight: 700; }
footer { margin-top: 40px; color: var(--muted); font-size: .85em; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  h2, h3, .note, .legend { break-after: avoid; }
  .chart, table.figures, .summary, .history { break-inside: avoid; }
  /* Charts are drawn 1000 pixels wide (charts.WIDTH); A4 less its margins holds 700. */
  .chart { zoom: 0.7; overflow: visible; }
  tr { break-inside: avoid; }
  .modebar, .modebar-container { display: none !important; }
  a { color: inherit; text-decoration: none; }
}
"""

# The browser itself holds the page to its promise: nothing is fetched from anywhere, not even
# from where the page came from (the page is also a file); its inline script and styles run.
POLICY = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline';"
    " img-src data:; base-uri 'none'; form-action 'none'"
)

PAGE = Template("""<!doctype html>
<html lang="$lang">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Spoor">
<meta http-equiv="Content-Security-Policy" content="$policy">
<title>$report: $title</title>
<link rel="icon" href="data:,">
<style>$style</style>
<script>$plotly</script>
</head>
<body>
<main>
<header>
<h1>$title</h1>
<p>$report · $status_label: $status · $period_label: $period</p>
<p>$made_label $made_at$public</p>
</header>
$summary
<section id="trail">
<h2>$trail_heading</h2>
<p class="note">$trail_note</p>
<div class="legend">$legend</div>
<div class="chart">$sankey</div>
$reasons
</section>
<section id="coverage">
<h2>$coverage_heading</h2>
<p class="note">$coverage_note</p>
$coverage
</section>
<section id="progress-section">
<h2>$progress_heading</h2>
<p class="note">$progress_note</p>
<div class="chart">$progress_chart</div>
$progress_table
</section>
<section id="history">
<h2>$history_heading</h2>
$history
</section>
<footer>$made_by</footer>
</main>
</body>
</html>
""")


def render(contents: Contents) -> str:
    """The whole page for a plan's report."""
    lang = contents.language
    said, named = words(lang), terms(lang)
    meanings = _meanings(said, named)
    unit = said["inputs"].lower()
    public = "" if contents.sees_names else f" · {said['public_version']}"
    start, end = contents.period
    return PAGE.substitute(
        lang=escape(lang),
        report=escape(said["report"]),
        title=escape(contents.title),
        status_label=escape(said["status"]),
        status=escape(term(named, contents.status)),
        period_label=escape(said["period"]),
        period=escape(f"{day(start, lang)} – {day(end, lang)}"),
        made_label=escape(said["made_at"]),
        made_at=escape(day(contents.made_at, lang) or ""),
        public=escape(public),
        policy=POLICY,
        style=STYLE,
        plotly=charts.plotly_js(),
        summary=tables.summary(contents, said),
        trail_heading=escape(said["trail"]),
        trail_note=escape(said["trail_note"]),
        legend=_legend(meanings),
        sankey=charts.sankey(trail_flows(contents, said, named), meanings, unit),
        reasons=_reasons(contents, said),
        coverage_heading=escape(said["coverage"]),
        coverage_note=escape(said["coverage_note"]),
        coverage="".join(_coverage(contents, dimension, said, named) for dimension in DIMENSIONS),
        progress_heading=escape(said["progress"]),
        progress_note=escape(said["progress_note"]),
        progress_chart=charts.progress_bars(contents.goals, said),
        progress_table=tables.progress_table(contents.goals, said, named),
        history_heading=escape(said["history"]),
        history=tables.history(contents.log, said, named, lang),
        made_by=escape(said["made_by"]),
    )


def _meanings(said: Mapping[str, str], named: Mapping[str, str]) -> dict[str, str]:
    """What each kind of stream in the diagram stands for."""
    return {
        "adopted": named["decision:adopted"],
        "partly_adopted": term(named, "partly_adopted"),
        "not_adopted": term(named, "not_adopted"),
        "proposed": term(named, "proposed"),
        NOT_RETAINED: said["not_retained"],
        OPEN: said["open"],
    }


def _legend(meanings: Mapping[str, str]) -> str:
    return "".join(
        f'<span style="--swatch: {charts.COLOURS[kind]}">{escape(meaning)}</span>'
        for kind, meaning in meanings.items()
    )


def _reasons(contents: Contents, said: Mapping[str, str]) -> str:
    found = tables.reasons_table(contents, said)
    return f"<h3>{escape(said['reasons'])}</h3>{found}" if found else ""


def _coverage(
    contents: Contents, dimension: str, said: Mapping[str, str], named: Mapping[str, str]
) -> str:
    """One dimension's chart and table: `coverage-channel`, `coverage-participant-type`, ..."""
    given: list[Share] = getattr(contents.coverage, f"by_{dimension}")
    # In the reader's alphabet rather than by stored value; "no theme" and the like last.
    shown = sorted(
        ((share, _value_name(dimension, share.value, said, named)) for share in given),
        key=lambda pair: (pair[0].value.startswith("("), pair[1].casefold()),
    )
    shares, names = [share for share, _ in shown], [name for _, name in shown]
    element_id = "coverage-" + dimension.replace("_", "-")
    return (
        f"<h3>{escape(said[f'by_{dimension}'])}</h3>"
        f'<div class="chart">{charts.coverage_bars(element_id, shares, names, said)}</div>'
        + tables.coverage_table(dimension, shares, names, said)
    )


def _value_name(
    dimension: str, value: str, said: Mapping[str, str], named: Mapping[str, str]
) -> str:
    """A share's value as the reader knows it: a channel's or participant type's word, a
    theme's or moment's title (coverage's placeholders for none in the report's language)."""
    if dimension in ("channel", "participant_type"):
        return term(named, value)
    placeholders = {"(no theme)": said["no_theme"], "(no moment)": said["no_moment"]}
    return placeholders.get(value, value)
