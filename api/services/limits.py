"""Rate limits per API key and per client address, each counted under a short name.

A request counts against the key it authenticates with, and otherwise against its client
address: anonymous readers and failed authentications alike, so inventing keys buys nothing.
A counter's name is built from what Spoor knows (a key's id, a normalised address), never
from what a client sent, so it stays short whatever the headers hold.
"""

import hashlib
import ipaddress
import random
import uuid
from datetime import UTC, datetime, timedelta

from api.domain.access import rate_window
from api.store import limits as limit_store
from api.store.unit_of_work import UnitOfWork

WINDOW_SECONDS = 60
# An IPv6 subscriber is usually given a whole /64 and may rotate through it at will.
IPV6_PREFIX = 64


def key_bucket(key_id: uuid.UUID) -> str:
    """The counter of a key that authenticated."""
    return f"key:{key_id}"


def client_bucket(purpose: str, address: str) -> str:
    """The counter of a client address for one purpose (`client`, `receipt`): an IPv4
    address, an IPv6 /64, or for anything else (a unix socket) a digest of it."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return f"{purpose}:~{hashlib.sha256(address.encode(errors='replace')).hexdigest()[:32]}"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return f"{purpose}:{ip.ipv4_mapped}"
        return f"{purpose}:{ipaddress.IPv6Network((ip, IPV6_PREFIX), strict=False)}"
    return f"{purpose}:{ip}"


async def admit(
    uow: UnitOfWork, *, bucket: str, limit: int, window_seconds: int = WINDOW_SECONDS
) -> int | None:
    """Count the request; None when it may pass, else the seconds until it may retry."""
    start, left = rate_window(uow.clock().timestamp(), window_seconds)
    window_start = datetime.fromtimestamp(start, UTC)
    hits = await limit_store.count_hit(uow.session, bucket=bucket, window_start=window_start)
    if random.random() < 0.01:  # now and then, let old windows go
        await limit_store.forget_windows_before(uow.session, window_start - timedelta(hours=1))
    return None if hits <= limit else left
