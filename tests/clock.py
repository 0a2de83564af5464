"""Time that a test moves forward instead of sleeping."""

from datetime import UTC, datetime, timedelta


class MovableClock:
    """The system's time, plus however far the test has moved it on (a `Clock`)."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead

    def advance(self, by: timedelta) -> None:
        """Let `by` pass at once, for every unit of work that reads this clock."""
        self.ahead += by
