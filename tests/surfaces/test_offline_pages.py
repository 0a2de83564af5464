"""GraphiQL, Swagger UI and ReDoc load every script and style from Spoor itself, so they work
on a machine without internet access; every asset they name is served."""

import re

import httpx
import pytest

from api.app import create_app
from api.store.database import Database

PAGES = ("/graphql", "/docs", "/redoc")
# What a browser fetches: scripts, styles, images and fonts named by src/href or url().
FETCHED = re.compile(r"""(?:src|href)\s*=\s*["']([^"']+)["']|url\(\s*["']?([^"')]+)""")
TYPES = {".js": "javascript", ".css": "text/css"}


def _fetched(html: str) -> list[str]:
    return [a or b for a, b in FETCHED.findall(html) if not (a or b).startswith(("data:", "#"))]


@pytest.mark.parametrize("path", PAGES)
async def test_a_page_loads_its_assets_from_spoor_only(
    client: httpx.AsyncClient, path: str
) -> None:
    page = await client.get(path, headers={"Accept": "text/html"})
    assert page.status_code == 200, page.text[:300]
    assets = _fetched(page.text)
    assert assets, "the page names no asset: it would render nothing"
    outside = [url for url in assets if re.match(r"^(https?:)?//", url)]
    assert outside == [], f"{path} loads from outside: {outside}"
    for url in assets:
        if url.startswith("/static/"):
            served = await client.get(url)
            assert served.status_code == 200, url
            kind = next((t for end, t in TYPES.items() if url.endswith(end)), "")
            assert kind in served.headers["content-type"], (url, served.headers["content-type"])


async def test_the_cdn_setting_loads_them_from_their_cdns(database: Database) -> None:
    app = create_app(database, assets_from_cdn=True)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as client:
        for path in PAGES:
            page = await client.get(path, headers={"Accept": "text/html"})
            assert any(url.startswith("https://") for url in _fetched(page.text)), path


async def test_the_vendored_assets_name_their_licences() -> None:
    from api.http.assets import VENDOR

    for folder in (path for path in VENDOR.iterdir() if path.is_dir()):
        names = {path.name for path in folder.iterdir()}
        assert names & {"LICENSE", "LICENCE"}, f"{folder.name} has no licence beside it"
