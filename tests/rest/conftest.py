"""What the REST tests share: keys for the test's municipality, and a plan made over REST."""

from typing import Any

import httpx
import pytest

from api.services import keys
from api.services.caller import Caller
from api.store.database import Database

V1 = "/api/v1"
Json = dict[str, Any]


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


async def issue(database: Database, caller: Caller, *scopes: str, plan_id: Any = None) -> str:
    """A new key of the caller's municipality, as the header that sends it."""
    async with database.unit_of_work() as uow:
        issued = await keys.create_key(
            uow, caller, keys.CreateKey(name="system", scopes=scopes, plan_id=plan_id)
        )
        await uow.commit()
    return issued.key


@pytest.fixture
async def admin(database: Database, caller: Caller) -> dict[str, str]:
    """The headers of a key that may do anything in the test's municipality."""
    return bearer(await issue(database, caller, "admin", "read", "write"))


@pytest.fixture
async def writer(database: Database, caller: Caller) -> dict[str, str]:
    return bearer(await issue(database, caller, "read", "write"))


@pytest.fixture
async def reader(database: Database, caller: Caller) -> dict[str, str]:
    return bearer(await issue(database, caller, "read"))


async def created(
    client: httpx.AsyncClient, path: str, body: Json, headers: dict[str, str]
) -> Json:
    """POST a create and return what it made, checking the answer says where it lives."""
    response = await client.post(V1 + path, json=body, headers=headers)
    assert response.status_code == 201, response.text
    assert response.headers["Location"].endswith(response.json()["id"])
    made: Json = response.json()
    return made


PLAN = {"title": "Sociaal plan", "period_start": "2022-01-01", "period_end": "2027-12-31"}


async def new_plan(client: httpx.AsyncClient, headers: dict[str, str], **given: Any) -> Json:
    return await created(client, "/plans", {**PLAN, **given}, headers)
