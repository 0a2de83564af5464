"""What the webhook tests share: a receiver on loopback, a DNS they control, a guard that
allows loopback (as SPOOR_WEBHOOK_ALLOW_NETWORKS=127.0.0.1/32 would), and a dispatcher on the
test's database and clock, with short timeouts."""

import ipaddress
import random
from collections.abc import AsyncIterator, Iterator, Sequence

import pytest

from api.domain.webhooks import IPAddress
from api.store.database import Database
from api.webhooks.dispatcher import Dispatcher
from api.webhooks.guard import Guard
from api.webhooks.sender import Sender
from tests.webhooks.receiver import Receiver

ALLOWED = (ipaddress.ip_network("127.0.0.1/32"),)
# A timed-out attempt costs the test this long in real time.
TIMEOUT_SECONDS = 0.5


class Names:
    """A DNS the test controls: host name → addresses, changed at will."""

    def __init__(self) -> None:
        self.addresses: dict[str, list[str]] = {"hooks.test": ["127.0.0.1"]}

    async def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        return [ipaddress.ip_address(a) for a in self.addresses.get(host, [])]


@pytest.fixture
def names() -> Names:
    return Names()


@pytest.fixture
def guard(names: Names) -> Guard:
    return Guard(ALLOWED, resolver=names)


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    started = Receiver()
    started.start()
    yield started
    started.stop()


@pytest.fixture
async def dispatcher(database: Database, guard: Guard) -> AsyncIterator[Dispatcher]:
    sender = Sender(guard, connect_timeout=TIMEOUT_SECONDS, total_timeout=TIMEOUT_SECONDS)
    yield Dispatcher(database, sender, chance=random.Random(20261127))
    await sender.close()
