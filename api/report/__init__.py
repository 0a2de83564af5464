"""The trail report: a plan's trail, coverage, progress and history on one printable page that
needs nothing from the internet (`GET /plans/{id}/report`, `spoor report PLAN`).

`gather` reads what the page shows through the services the APIs use (it needs a unit of work);
`render` writes the page from that (pure, and slow enough to run off the event loop).
"""

from api.report.contents import Contents, gather
from api.report.labels import language_of
from api.report.page import render

__all__ = ["Contents", "gather", "language_of", "render"]
