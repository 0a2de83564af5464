"""Access: API keys, their scopes, and what each scope allows."""

import hashlib
import secrets
from collections.abc import Iterable
from enum import StrEnum

from api.domain.errors import Forbidden, ValidationFailed

KEY_PREFIX = "spk_"


class Scope(StrEnum):
    READ = "read"
    WRITE = "write"
    ADMIN = "admin"
    WEBHOOKS = "webhooks"


ALL_SCOPES = frozenset(Scope)


def new_key() -> str:
    """A fresh API key: a recognisable prefix and 256 random bits."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def key_digest(key: str) -> str:
    """What is stored of a key. Keys are random and long, so a plain SHA-256 suffices."""
    return hashlib.sha256(key.encode()).hexdigest()


def check_scopes(scopes: Iterable[str]) -> frozenset[Scope]:
    """A non-empty set of known scopes."""
    checked = set()
    for scope in scopes:
        try:
            checked.add(Scope(scope))
        except ValueError:
            choices = ", ".join(s.value for s in Scope)
            raise ValidationFailed(
                f"{scope!r} is not a scope; use {choices}", field="scopes"
            ) from None
    if not checked:
        raise ValidationFailed("a key needs at least one scope", field="scopes")
    return frozenset(checked)


def require_scope(held: Iterable[str], needed: Scope) -> None:
    """Refuse unless the caller's key carries the scope (admin carries every scope)."""
    held = set(held)
    if needed not in held and Scope.ADMIN not in held:
        raise Forbidden(f"this key lacks the {needed} scope")


def rate_window(now_seconds: float, window_seconds: int) -> tuple[int, int]:
    """The fixed window a moment falls in (its start, in epoch seconds) and the seconds left."""
    start = int(now_seconds // window_seconds) * window_seconds
    return start, max(1, start + window_seconds - int(now_seconds))
