"""Where Spoor reads the time from: the system's clock, or one a test moves forward."""

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]
"""The current moment, with a time zone."""


def system_clock() -> datetime:
    return datetime.now(UTC)
