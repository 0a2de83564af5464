"""The browser pages Spoor serves beside its APIs (GraphiQL at /graphql, Swagger UI at /docs,
ReDoc at /redoc), with their scripts and styles served by Spoor itself, so that they work on a
machine without internet access. `SPOOR_ASSETS_FROM_CDN=true` loads them from their public CDNs
instead, for those who prefer that.

The assets are the published builds of each project, taken from the npm registry and kept in
api/static/vendor/ with their licences (its README lists versions and sources). Swagger UI
comes from there too rather than from the `swagger-ui-bundle` package on PyPI, which ships
Swagger UI 4: that cannot read the OpenAPI 3.1 that FastAPI writes.
"""

from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

VENDOR = Path(__file__).resolve().parents[1] / "static" / "vendor"
MOUNT = "/static/vendor"


@dataclass(frozen=True)
class Asset:
    cdn: str  # where the public CDN serves it
    local: str  # its path under api/static/vendor

    def url(self, from_cdn: bool) -> str:
        return self.cdn if from_cdn else f"{MOUNT}/{self.local}"


UNPKG = "https://unpkg.com"
JSDELIVR = "https://cdn.jsdelivr.net/npm"
# What Strawberry's GraphiQL page loads, by the URL it loads it from (api/schema/view.py).
GRAPHIQL = (
    Asset(f"{UNPKG}/react@18.2.0/umd/react.production.min.js", "react/react.production.min.js"),
    Asset(f"{UNPKG}/react-dom@18.2.0/umd/react-dom.production.min.js",
          "react-dom/react-dom.production.min.js"),
    Asset(f"{UNPKG}/js-cookie@3.0.5/dist/js.cookie.min.js", "js-cookie/js.cookie.min.js"),
    Asset(f"{UNPKG}/graphiql@3.8.3/graphiql.min.css", "graphiql/graphiql.min.css"),
    Asset(f"{UNPKG}/graphiql@3.8.3/graphiql.min.js", "graphiql/graphiql.min.js"),
    Asset(f"{UNPKG}/@graphiql/plugin-explorer@1.0.2/dist/style.css",
          "graphiql-plugin-explorer/style.css"),
    Asset(f"{UNPKG}/@graphiql/plugin-explorer@1.0.2/dist/index.umd.js",
          "graphiql-plugin-explorer/index.umd.js"),
)  # fmt: skip
SWAGGER_JS = Asset(f"{JSDELIVR}/swagger-ui-dist@5.17.14/swagger-ui-bundle.js",
                   "swagger-ui/swagger-ui-bundle.js")  # fmt: skip
SWAGGER_CSS = Asset(f"{JSDELIVR}/swagger-ui-dist@5.17.14/swagger-ui.css",
                    "swagger-ui/swagger-ui.css")  # fmt: skip
REDOC_JS = Asset(f"{JSDELIVR}/redoc@2.5.0/bundles/redoc.standalone.js",
                 "redoc/redoc.standalone.js")  # fmt: skip
# No favicon to fetch from anywhere: an empty one, inline.
NO_ICON = "data:,"


def localised(html: str, assets: tuple[Asset, ...], *, from_cdn: bool) -> str:
    """A page that names the assets' CDN URLs, naming where they are to be loaded from."""
    for asset in assets:
        if asset.cdn not in html:
            # The page's maker moved on to other versions: say so, not serve a blank page.
            raise RuntimeError(f"the page no longer loads {asset.cdn}")
        html = html.replace(asset.cdn, asset.url(from_cdn))
    return html


def install_pages(app: FastAPI, *, from_cdn: bool) -> None:
    """Serve the vendored assets, /docs and /redoc (built with docs_url=redoc_url=None)."""
    app.mount(MOUNT, StaticFiles(directory=VENDOR), name="vendor")
    title = app.title

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title}: REST API",
            swagger_js_url=SWAGGER_JS.url(from_cdn), swagger_css_url=SWAGGER_CSS.url(from_cdn),
            swagger_favicon_url=NO_ICON,
        )  # fmt: skip

    @app.get("/redoc", include_in_schema=False)
    async def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{title}: REST API",
            redoc_js_url=REDOC_JS.url(from_cdn), redoc_favicon_url=NO_ICON,
            with_google_fonts=False,
        )  # fmt: skip
