"""An unexpected failure in a REST route is masked as problem+json with the request id, never
a bare text/plain 500."""

import httpx

from api.app import create_app
from api.store.database import Database


async def test_an_unexpected_error_is_a_masked_problem_with_the_request_id(
    database: Database,
) -> None:
    app = create_app(database)

    @app.get("/api/v1/broken-on-purpose")
    async def broken_on_purpose() -> None:
        raise RuntimeError("a programming error, with a secret detail")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://spoor.test") as http:
        response = await http.get("/api/v1/broken-on-purpose", headers={"X-Request-Id": "req-500"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "internal_error"
    assert "req-500" in body["detail"]
    assert "secret" not in response.text
