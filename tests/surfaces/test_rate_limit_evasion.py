"""Rate limits a client cannot steer: forwarding headers count only from SPOOR_TRUSTED_PROXIES,
invented keys count against their client address, and every counter has a short name."""

from collections.abc import AsyncIterator, Callable, Sequence

import httpx
import pytest
from sqlalchemy import func, select

from api.app import create_app
from api.http.identity import RateLimits
from api.services.caller import Caller
from api.services.limits import client_bucket
from api.settings import Settings, proxy_networks
from api.store.database import Database
from api.store.models import RateWindow
from tests.served import served
from tests.surfaces.graphql_calls import issue_key

QUERY = {"query": "{ plans { totalCount } }"}
RECEIPT = {"query": '{ receipt(code: "ABCD-EFGH-JKMN-P") { status } }'}
LIMITS = RateLimits(per_key=5, per_anonymous_client=3, window_seconds=3600)
# Long enough for the receipt limit (10 a minute) to be the one that refuses.
GENEROUS = RateLimits(per_key=1000, per_anonymous_client=1000, window_seconds=3600)


def _forwarded(n: int) -> dict[str, str]:
    """A different client address each time, as a client rotating the header would claim."""
    return {"X-Forwarded-For": f"203.0.113.{n % 250}, 198.51.100.{n % 250}"}


Clients = Callable[..., httpx.AsyncClient]


@pytest.fixture
def app_for(database: Database) -> Clients:
    """An HTTP client of the app, with its rates and trusted proxies, seen from `peer`."""

    def make(
        rates: RateLimits = LIMITS, trusted: Sequence[str] = (), peer: str = "127.0.0.1"
    ) -> httpx.AsyncClient:
        app = create_app(database, rates=rates, trusted_proxies=trusted)
        transport = httpx.ASGITransport(app=app, client=(peer, 4321))
        return httpx.AsyncClient(transport=transport, base_url="http://spoor.test")

    return make


@pytest.fixture
async def untrusting(app_for: Clients) -> AsyncIterator[httpx.AsyncClient]:
    async with app_for() as http:
        yield http


async def _shared(http: httpx.AsyncClient, database: Database) -> None:
    """Share the app's counts now, as it does every second while it runs (its lifespan)."""
    await http._transport.app.state.rates.share(database)  # type: ignore[attr-defined]


async def _counters(http: httpx.AsyncClient, database: Database) -> list[str]:
    await _shared(http, database)
    async with database.unit_of_work() as uow:
        return list(await uow.session.scalars(select(RateWindow.bucket)))


async def test_rotating_x_forwarded_for_escapes_no_limit(untrusting: httpx.AsyncClient) -> None:
    statuses = [
        (await untrusting.post("/graphql", json=QUERY, headers=_forwarded(n))).status_code
        for n in range(5)
    ]
    assert statuses == [200, 200, 200, 429, 429]
    forwarded = {"Forwarded": "for=203.0.113.9", "X-Real-IP": "203.0.113.9"}
    assert (await untrusting.post("/graphql", json=QUERY, headers=forwarded)).status_code == 429


async def test_rotating_x_forwarded_for_escapes_no_receipt_limit(app_for: Clients) -> None:
    async with app_for(GENEROUS) as http:
        answers = [
            (await http.post("/graphql", json=RECEIPT, headers=_forwarded(n))).json()
            for n in range(11)
        ]
    messages = [answer["errors"][0]["message"] for answer in answers]
    assert all("no input" in message for message in messages[:10]), messages
    assert "too many receipt lookups" in messages[10]


async def test_a_trusted_proxy_is_believed_about_its_clients(app_for: Clients) -> None:
    async with app_for(trusted=["127.0.0.0/8"]) as http:
        rotating = [
            (await http.post("/graphql", json=QUERY, headers=_forwarded(n))).status_code
            for n in range(6)
        ]
        same = [
            (await http.post("/graphql", json=QUERY, headers=_forwarded(7))).status_code
            for _ in range(4)
        ]
    # Each forwarded client has its own count: the proxy's many clients are not one.
    assert rotating == [200] * 6
    assert same == [200, 200, 200, 429]


async def test_a_trusted_proxys_receipt_lookups_count_per_forwarded_client(
    app_for: Clients,
) -> None:
    async with app_for(GENEROUS, trusted=["127.0.0.1"]) as http:
        for n in range(12):
            answer = (await http.post("/graphql", json=RECEIPT, headers=_forwarded(n))).json()
            assert "no input" in answer["errors"][0]["message"], answer


async def test_a_peer_outside_the_trusted_networks_is_not_believed(app_for: Clients) -> None:
    async with app_for(trusted=["10.0.0.0/8"], peer="192.0.2.1") as http:
        statuses = [
            (await http.post("/graphql", json=QUERY, headers=_forwarded(n))).status_code
            for n in range(4)
        ]
    assert statuses == [200, 200, 200, 429]


async def test_invented_keys_share_one_counter_and_are_limited(
    untrusting: httpx.AsyncClient, database: Database
) -> None:
    statuses = [
        (
            await untrusting.post(
                "/graphql", json=QUERY, headers={"Authorization": f"Bearer spk_made_up_{n}"}
            )
        ).status_code
        for n in range(300)
    ]
    assert statuses[:3] == [401] * 3 and set(statuses[3:]) == {429}
    assert await _counters(untrusting, database) == ["client:127.0.0.1"]
    # The same address, without a key, is as limited: failures and anonymous reads are one.
    assert (await untrusting.post("/graphql", json=QUERY)).status_code == 429


async def test_a_key_that_authenticates_counts_on_its_own(
    untrusting: httpx.AsyncClient, database: Database, caller: Caller
) -> None:
    issued = await issue_key(database, caller, ["read"])
    anonymous = [(await untrusting.post("/graphql", json=QUERY)).status_code for _ in range(4)]
    assert anonymous == [200, 200, 200, 429]
    # The address is exhausted, yet a real key from it has its own (larger) allowance.
    key = {"Authorization": f"Bearer {issued.key}", "X-Spoor-Actor": "Jan Janssens"}
    keyed = [
        (await untrusting.post("/graphql", json=QUERY, headers=key)).status_code for _ in range(6)
    ]
    assert keyed == [200] * 5 + [429]
    # Counted by the key's id, not by what was sent.
    assert sorted(await _counters(untrusting, database)) == [
        "client:127.0.0.1",
        f"key:{issued.record.id}",
    ]


async def test_no_header_makes_a_long_counter_name(app_for: Clients, database: Database) -> None:
    huge = "x" * 8192
    async with app_for(trusted=["127.0.0.1"]) as http:
        for headers in (
            {"Authorization": f"Bearer {huge}"},
            {"Authorization": huge},
            {"X-Forwarded-For": huge},
            {"X-Forwarded-For": f"{huge}:80, 127.0.0.1"},
            {"X-Spoor-Actor": huge},
        ):
            response = await http.post("/graphql", json=QUERY, headers=headers)
            assert response.status_code in (200, 401), response.text
        await http.post("/graphql", json=RECEIPT, headers={"X-Forwarded-For": huge})
        await _shared(http, database)
    async with database.unit_of_work() as uow:
        longest = await uow.session.scalar(select(func.max(func.length(RateWindow.bucket))))
    assert longest is not None and longest <= 50


def test_counter_names_are_short_and_group_an_ipv6_subscriber() -> None:
    assert client_bucket("client", "192.0.2.7") == "client:192.0.2.7"
    assert client_bucket("client", "::ffff:192.0.2.7") == "client:192.0.2.7"
    # One /64 is one subscriber, who can rotate through it at will.
    first = client_bucket("client", "2001:db8:1:2::1")
    assert first == client_bucket("receipt", "2001:db8:1:2:ffff::9").replace("receipt", "client")
    assert first == "client:2001:db8:1:2::/64"
    assert first != client_bucket("client", "2001:db8:1:3::1")
    odd = client_bucket("client", "unix:/run/spoor.sock" * 500)
    assert odd.startswith("client:~") and len(odd) < 50


def test_trusted_proxies_are_addresses_or_networks(monkeypatch: pytest.MonkeyPatch) -> None:
    assert Settings().trusted_proxies == ()
    monkeypatch.setenv("SPOOR_TRUSTED_PROXIES", " 10.0.0.5, 10.1.0.0/16 ,::1")
    assert Settings().trusted_proxies == ("10.0.0.5/32", "10.1.0.0/16", "::1/128")
    for wrong in ("localhost", "*", "10.0.0.300"):
        with pytest.raises(ValueError, match="not an IP address or network"):
            proxy_networks(wrong)


async def _flood(base: str, headers: list[dict[str, str]]) -> list[tuple[int, str]]:
    """Receipt lookups, each with its headers: the status and any error of each answer."""
    answers = []
    async with httpx.AsyncClient(base_url=base) as http:
        for sent in headers:
            response = await http.post("/graphql", json=RECEIPT, headers=sent)
            errors = response.json().get("errors") if response.status_code == 200 else None
            answers.append((response.status_code, errors[0]["message"] if errors else ""))
    return answers


@pytest.mark.committed  # `spoor serve` in a child process, with uvicorn's own proxy handling
async def test_spoor_serve_believes_forwarding_headers_only_from_trusted_proxies(
    database_url: str,
) -> None:
    # 32 lookups under limits of 15 requests and 10 lookups a window: even if a window ends
    # midway, one side holds 16 of them.
    rotating = [_forwarded(n) for n in range(32)]
    with served(database_url, rate_limit_per_anonymous_client="15") as base:
        answers = await _flood(base, rotating)
    assert 429 in [status for status, _ in answers]
    assert any("too many receipt lookups" in message for _, message in answers)
    with served(
        database_url, rate_limit_per_anonymous_client="15", trusted_proxies="127.0.0.1"
    ) as base:
        answers = await _flood(base, rotating)
    assert answers == [(200, "no input has this receipt code")] * 32
