"""Webhooks: what an endpoint may point at, which events it asks for, how its secret looks,
and when a failed delivery is tried again.

Plain rules, no I/O: resolving a host name and connecting are the dispatcher's
(api/webhooks/guard.py), which asks these rules about every address it resolved.
"""

import base64
import ipaddress
import random
import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from enum import StrEnum
from urllib.parse import SplitResult, urlsplit

from api.domain.errors import ValidationFailed
from api.domain.events import CATALOGUE, SubjectKind

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class DeliveryStatus(StrEnum):
    """Where one event's delivery to one endpoint stands."""

    PENDING = "pending"  # waiting for its first attempt, or sent again on request
    FAILED = "failed"  # its last attempt failed; another is scheduled
    DELIVERED = "delivered"
    DEAD = "dead"  # every attempt of the schedule failed


# Deliveries still to be made: the dispatcher sends these, one endpoint's in sequence order.
OUTSTANDING = (DeliveryStatus.PENDING, DeliveryStatus.FAILED)

# Standard Webhooks' schedule: the first attempt at once, then these waits after each failure.
RETRY_DELAYS = (
    timedelta(seconds=5),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=5),
    timedelta(hours=10),
    timedelta(hours=10),
)
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
JITTER = 0.2  # each wait is drawn from ±20% of its step, so receivers are not hit in waves
# A receiver may ask for a pause (Retry-After); longer than a day is taken as a day.
LONGEST_PAUSE = timedelta(days=1)
DISABLE_AFTER_FAILING = timedelta(days=5)
ATTEMPTS_KEPT = timedelta(days=90)
ROTATION_OVERLAP = timedelta(hours=24)
RESPONSE_BODY_KEPT = 20_000  # bytes of a receiver's answer kept in the attempt log
CONNECT_TIMEOUT_SECONDS = 5.0
TOTAL_TIMEOUT_SECONDS = 15.0

SECRET_PREFIX = "whsec_"
SECRET_BYTES = 32  # Standard Webhooks asks for 24 to 64


def new_secret() -> str:
    """A fresh signing secret in the form Standard Webhooks libraries read: whsec_<base64>."""
    return SECRET_PREFIX + base64.b64encode(secrets.token_bytes(SECRET_BYTES)).decode()


def retry_at(attempts: int, now: datetime, *, chance: random.Random) -> datetime | None:
    """When to try again after the `attempts`-th attempt failed; None once the schedule is
    spent (the delivery is then dead)."""
    if attempts >= MAX_ATTEMPTS:
        return None
    step = RETRY_DELAYS[attempts - 1]
    return now + step * chance.uniform(1 - JITTER, 1 + JITTER)


def requested_pause(retry_after: str | None, now: datetime) -> timedelta | None:
    """A Retry-After header's wait (seconds, or an HTTP date), within a day; None if absent or
    unreadable, when the schedule decides."""
    if not retry_after:
        return None
    text = retry_after.strip()
    if text.isdigit():
        pause = timedelta(seconds=int(text[:9]))
    else:
        try:
            moment = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        pause = moment - now
    return min(max(pause, timedelta(0)), LONGEST_PAUSE)


# Event types an endpoint asks for: exact names, `<subject>.*` for every type of a subject, or
# `*` for everything.
EVERY_TYPE = "*"
SUBJECT_WILDCARD = ".*"
MAX_TYPE_PATTERNS = 100


def check_event_types(patterns: Iterable[str]) -> list[str]:
    """The patterns, deduplicated in their order; an unknown type or subject is refused."""
    checked = list(dict.fromkeys(pattern.strip() for pattern in patterns))
    if not checked:
        raise ValidationFailed("name at least one event type, or * for all", field="eventTypes")
    subjects = {kind.value for kind in SubjectKind}
    for pattern in checked:
        known = (
            pattern == EVERY_TYPE
            or pattern in CATALOGUE
            or (
                pattern.endswith(SUBJECT_WILDCARD)
                and pattern.removesuffix(SUBJECT_WILDCARD) in subjects
            )
        )
        if not known:
            raise ValidationFailed(
                f"{pattern!r} is not an event type (see /api/v1/event-types), a subject with .*"
                " (such as input.*), or *",
                field="eventTypes",
            )
    return checked


def matches(patterns: Sequence[str], event_type: str) -> bool:
    """Whether an endpoint with these patterns asks for an event of this type (the dispatcher's
    SQL in api/store/deliveries.py says the same)."""
    return any(
        pattern in (EVERY_TYPE, event_type)
        or (pattern.endswith(SUBJECT_WILDCARD) and event_type.startswith(pattern.removesuffix("*")))
        for pattern in patterns
    )


# Where a webhook may go.
MAX_URL_LENGTH = 2_000
CGNAT = ipaddress.ip_network("100.64.0.0/10")
NAT64 = ipaddress.ip_network("64:ff9b::/96")


def parse_endpoint_url(url: str) -> SplitResult:
    """An http(s) URL with a host and no credentials; anything else is refused naming `url`."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ValidationFailed("url is not a valid URL", field="url") from None
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ValidationFailed("url must be an https:// URL with a host", field="url")
    if parts.username is not None or parts.password is not None:
        raise ValidationFailed("url may not carry a user name or password", field="url")
    if port == 0:
        raise ValidationFailed("url names port 0", field="url")
    return parts


def literal_address(host: str) -> IPAddress | None:
    """The host as an address, when it is one rather than a name."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


def address_refusal(address: IPAddress, allowed: Sequence[IPNetwork]) -> str | None:
    """Why a webhook may not go to this address (None: it may).

    Only public addresses are allowed, so a webhook can never reach the municipality's own
    network, the machine Spoor runs on, or a cloud's metadata service; networks named in
    SPOOR_WEBHOOK_ALLOW_NETWORKS are the operator's exceptions.
    """
    if is_allowed_network(address, allowed):
        return None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return "an IPv4-mapped IPv6"
        # Addresses that carry an IPv4 address inside are judged by it as well.
        inner = address.sixtofour or (address.teredo[1] if address.teredo else None)
        if address in NAT64:
            inner = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
        if inner is not None and address_refusal(inner, allowed) is not None:
            return "an IPv6 address around a non-public IPv4"
    checks = (
        (address.is_unspecified, "an unspecified"),
        (address.is_loopback, "a loopback"),
        (address.is_link_local, "a link-local"),
        (isinstance(address, ipaddress.IPv4Address) and address in CGNAT, "a carrier-grade NAT"),
        (address.is_multicast, "a multicast"),
        (address.is_private, "a private"),
        (address.is_reserved, "a reserved"),
        (not address.is_global, "a non-public"),
    )
    return next((why for refused, why in checks if refused), None)


def is_allowed_network(address: IPAddress, allowed: Sequence[IPNetwork]) -> bool:
    """Whether an operator's exception covers the address (plain http is then allowed too)."""
    return any(address in network for network in allowed if network.version == address.version)
