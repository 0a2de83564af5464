"""The SSRF guard: only public addresses, https unless the operator allows a network, every
address a name resolves to checked, and the connection made to the address checked."""

import ipaddress
from collections.abc import Sequence

import pytest

from api.domain.errors import ValidationFailed
from api.domain.webhooks import IPAddress
from api.services import webhooks
from api.services.caller import Caller
from api.services.runner import run_write
from api.store.database import Database
from api.webhooks.guard import Guard, guarding_with
from api.webhooks.sender import Sender
from tests.builders import snapshot
from tests.webhooks.conftest import ALLOWED, Names
from tests.webhooks.receiver import Receiver

REFUSED = [
    "https://127.0.0.1/hook",  # loopback
    "https://127.8.9.10/hook",
    "https://10.1.2.3/hook",  # private
    "https://172.16.0.1/hook",
    "https://192.168.1.1/hook",
    "https://169.254.169.254/latest/meta-data",  # link-local: a cloud's metadata service
    "https://100.64.0.1/hook",  # carrier-grade NAT
    "https://224.0.0.1/hook",  # multicast
    "https://240.0.0.1/hook",  # reserved
    "https://0.0.0.0/hook",  # unspecified
    "https://[::1]/hook",
    "https://[::]/hook",
    "https://[fe80::1]/hook",
    "https://[fd00::1]/hook",
    "https://[ff02::1]/hook",
    "https://[::ffff:8.8.8.8]/hook",  # IPv4-mapped, even of a public address
    "https://[2002:a00:1::1]/hook",  # 6to4 around 10.0.0.1
    "https://[64:ff9b::a00:1]/hook",  # NAT64 around 10.0.0.1
    "https://internal.test/hook",  # a name that resolves to a private address
    "https://mixed.test/hook",  # one of its addresses is private
    "https://nowhere.test/hook",  # no address at all
    "http://8.8.8.8/hook",  # plain http to a public address
    "https://user:secret@8.8.8.8/hook",  # credentials in the URL
    "ftp://8.8.8.8/hook",
    "not a url",
]


class Counted(Names):
    """The test's DNS, counting lookups."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses |= {
            "internal.test": ["10.0.0.8"],
            "mixed.test": ["93.184.215.14", "192.168.0.3"],
            "public.test": ["93.184.215.14"],
        }
        self.lookups: list[str] = []

    async def __call__(self, host: str, port: int) -> Sequence[IPAddress]:
        self.lookups.append(host)
        return await super().__call__(host, port)


@pytest.mark.parametrize("url", REFUSED)
async def test_a_url_that_leads_anywhere_but_a_public_address_is_refused(url: str) -> None:
    with pytest.raises(ValidationFailed) as refused:
        await Guard(resolver=Counted()).check(url)
    assert refused.value.field == "url"


async def test_a_public_address_passes_and_is_the_one_to_connect_to() -> None:
    names = Counted()
    target = await Guard(resolver=names).check("https://public.test:8443/hook?x=1")
    assert target.address == ipaddress.ip_address("93.184.215.14")
    assert str(target.request_url()) == "https://93.184.215.14:8443/hook?x=1"
    assert target.host_header() == "public.test:8443"
    assert target.request_extensions() == {"sni_hostname": "public.test"}
    assert names.lookups == ["public.test"]


async def test_an_allowed_network_is_reached_over_plain_http_too() -> None:
    guard = Guard(ALLOWED, resolver=Counted())
    assert str((await guard.check("http://127.0.0.1:9/hook")).address) == "127.0.0.1"
    with pytest.raises(ValidationFailed, match="loopback"):
        await guard.check("http://127.0.0.2:9/hook")  # outside the allowed /32


async def test_a_blocked_url_is_refused_at_creation_naming_url_and_changes_nothing(
    database: Database, caller: Caller
) -> None:
    before = await snapshot(database)
    with guarding_with(Guard(resolver=Counted())):
        for url in ("https://10.0.0.1/hook", "https://internal.test/hook"):
            command = webhooks.CreateEndpoint(url=url)
            with pytest.raises(ValidationFailed) as refused:
                await run_write(database, caller, webhooks.create_endpoint, command)
            assert refused.value.field == "url"
    assert await snapshot(database) == before


async def test_a_delivery_connects_to_the_checked_address_with_the_name_as_host(
    receiver: Receiver,
) -> None:
    # `hooks.test` exists only in the test's DNS: the request reaching the receiver went to
    # the address the guard checked, not to one the system looked up again.
    names = Counted()
    sender = Sender(Guard(ALLOWED, resolver=names), total_timeout=2)
    try:
        outcome = await sender.send("endpoint", receiver.url_for("hooks.test"), b"{}", {})
    finally:
        await sender.close()
    assert outcome.delivered, outcome
    assert names.lookups == ["hooks.test"]
    assert receiver.received[0].headers["host"] == f"hooks.test:{receiver.port}"
