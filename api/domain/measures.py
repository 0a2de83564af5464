"""Value limits at the edge of the domain.

One table, MEASURES, says what every named value a use case takes may be: the longest text,
the characters text may hold, the range and precision of numbers, the years of dates, the
number of items in a list. `check_command` walks a write command against it (the runner,
api/services/runner.py, does so before every use case runs) and `check_arguments` checks the
arguments of a read; both name a refused value as the surfaces do (`participantCount`,
`title.fr`, `phases[0].endsOn`). Rules that need more than one value (a status machine, a
unique code, an end after a start) stay with the use cases.

Why these limits: a title is read in a list, a text is a letter or a form, a reason or a
rationale is a paragraph, and every write lives forever in the append-only event log. Text
holds no NUL (PostgreSQL refuses it), no lone surrogate (not a character: it has no UTF-8) and
no control character but tab, line feed and carriage return; a one-line value (names, codes,
ids, search) holds none at all. Numbers are finite and fit their columns. Dates and moments fall
in the years 1900 to 2200 (PostgreSQL holds far more, but no plan means anything outside, and
an offset cannot push such a moment past what Python or PostgreSQL hold); a moment has an offset.
"""

import dataclasses
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Protocol

from api.domain.errors import ValidationFailed

FIRST_YEAR, LAST_YEAR = 1900, 2200
LARGEST_INT = 2**31 - 1  # GraphQL's Int, and PostgreSQL's integer
LARGEST_BIGINT = 2**63 - 1  # PostgreSQL's bigint: event sequence numbers

# C0 and C1 control characters (but tab, line feed, carriage return) and lone surrogates.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_NOT_ONE_LINE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


class Measure(Protocol):
    def check(self, value: object, field: str) -> None:
        """Raise ValidationFailed, naming `field`, when `value` does not fit."""


@dataclass(frozen=True)
class Text:
    """A text of at most `max_length` characters; a mapping of language → text is checked
    language by language (`title.fr`). One line: no line breaks or tabs either."""

    max_length: int
    one_line: bool = False

    def check(self, value: object, field: str) -> None:
        if isinstance(value, Mapping):
            for language, text in value.items():
                LANGUAGE.check(language, field)
                self.check(text, f"{field}.{language}")
            return
        if not isinstance(value, str):
            raise ValidationFailed(f"{field} must be text", field=field)
        if len(value) > self.max_length:
            raise ValidationFailed(
                f"{field} is longer than {self.max_length} characters ({len(value)} given)",
                field=field,
            )
        found = (_NOT_ONE_LINE if self.one_line else _NOT_TEXT).search(value)
        if found is None:
            return
        code = ord(found.group())
        if 0xD800 <= code <= 0xDFFF:
            what = f"a lone surrogate (U+{code:04X}), which is not a character"
        elif self.one_line:
            what = f"the control character U+{code:04X}; it is one line, without any"
        else:
            what = f"the control character U+{code:04X}; only tabs and line breaks are allowed"
        raise ValidationFailed(f"{field} holds {what}", field=field)


@dataclass(frozen=True)
class Whole:
    """A whole number from `low` to `high`."""

    low: int
    high: int

    def check(self, value: object, field: str) -> None:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationFailed(
                f"{field} must be a whole number from {self.low:,} to {self.high:,}", field=field
            )
        if not self.low <= value <= self.high:
            raise ValidationFailed(
                f"{field} must be from {self.low:,} to {self.high:,}", field=field
            )


@dataclass(frozen=True)
class Amount:
    """A finite decimal number, above (or from) `low` and below `high`, to `places` decimals."""

    low: Decimal
    high: Decimal
    places: int
    low_included: bool = True

    def check(self, value: object, field: str) -> None:
        number = _decimal(value)
        above = number is not None and (
            number >= self.low if self.low_included else number > self.low
        )
        if (
            number is None
            or not (above and number < self.high)
            or not _has_places(number, self.places)
        ):
            low = "from" if self.low_included else "greater than"
            raise ValidationFailed(
                f"{field} must be a finite number {low} {self.low}, below {self.high:,},"
                f" with at most {self.places} decimals",
                field=field,
            )


@dataclass(frozen=True)
class Day:
    """A calendar date in the years Spoor means."""

    def check(self, value: object, field: str) -> None:
        if isinstance(value, datetime) or not isinstance(value, date):
            raise ValidationFailed(f"{field} must be a date", field=field)
        if not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationFailed(
                f"{field} must fall in the years {FIRST_YEAR} to {LAST_YEAR}", field=field
            )


@dataclass(frozen=True)
class Moment:
    """A moment with its offset from UTC, in the years Spoor means."""

    def check(self, value: object, field: str) -> None:
        if not isinstance(value, datetime):
            raise ValidationFailed(f"{field} must be a date and time", field=field)
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationFailed(
                f"{field} needs a time zone (an offset such as +02:00 or Z)", field=field
            )
        # Checked before converting: near year 1 or 9999 an offset overflows Python's datetime.
        if not FIRST_YEAR <= value.year <= LAST_YEAR or not (
            FIRST_YEAR <= value.astimezone(UTC).year <= LAST_YEAR
        ):
            raise ValidationFailed(
                f"{field} must fall in the years {FIRST_YEAR} to {LAST_YEAR}", field=field
            )


@dataclass(frozen=True)
class Many:
    """A list of at most `max_items`, each item checked with `each` (records: field by field)."""

    max_items: int
    each: Measure | None = None

    def check(self, value: object, field: str) -> None:
        if isinstance(value, str | bytes | Mapping) or not isinstance(
            value, Sequence | set | frozenset
        ):
            raise ValidationFailed(f"{field} must be a list", field=field)
        if len(value) > self.max_items:
            raise ValidationFailed(
                f"{field} holds more than {self.max_items} items ({len(value)} given)", field=field
            )
        for index, item in enumerate(value):
            _check(item, f"{field}[{index}]", self.each)


class CheckedByItsUseCase:
    """Items their use case checks one by one, to name every bad one (a bulk sync's rows)."""

    def check(self, value: object, field: str) -> None:
        pass


LANGUAGE = Text(8, one_line=True)  # the keys of a translated text: nl, fr, en, de
WORD = Text(50, one_line=True)  # a member of a vocabulary, by value; the use case parses it
DAY, MOMENT = Day(), Moment()
VERSION = Whole(0, LARGEST_INT)
FEEDBACK_TEXT = Text(5_000)  # an answer the municipality publishes, in each language
CODE = Text(20, one_line=True)  # SD1, A1.2.3 (values.check_code says how a code looks)
EXTERNAL_ID = Text(200, one_line=True)
RECEIPT_CODE = Text(40, one_line=True)  # 13 characters, with dashes or spaces
TRACE_DEPTH = Whole(1, 6)  # links followed from a node, each way
PROGRESS = Whole(0, 100)
HEADCOUNT = Whole(0, 10_000_000)
WEIGHT = Amount(Decimal(0), Decimal(1_000_000), places=2, low_included=False)  # numeric(8, 2)
BUDGET = Amount(Decimal(0), Decimal(10**12), places=2)  # euro, numeric(14, 2)

VOCABULARIES = ("status", "channel", "participant_type", "language", "decision", "method",
                "phase", "kind")  # fmt: skip

# By field name (a use case's `snake_case`); `Owner.field` (a command's class, or a read's name)
# where one field differs from the others of its name.
MEASURES: dict[str, Measure] = {
    # Texts, in characters.
    "title": Text(300),  # of a plan, an item of the trail (each language), a moment
    "description": Text(10_000),
    "text": Text(10_000),  # an input, as a citizen wrote it
    "PublishFeedback.text": FEEDBACK_TEXT,
    "rationale": Text(2_000),
    "reason": Text(1_000),
    "name": Text(200, one_line=True),  # an actor, a key, a tenant, a participant
    "facilitator": Text(200, one_line=True),
    "author": Text(500, one_line=True),  # a person's name and a key's: "Sofie (key cms)"
    "place": Text(200, one_line=True),
    "code": CODE,
    "external_id": EXTERNAL_ID,
    "receipt_code": RECEIPT_CODE,
    "receipt.code": RECEIPT_CODE,
    "preset": Text(200, one_line=True),  # a key the demo and imports bring along
    "email": Text(320, one_line=True),
    "url": Text(2_000, one_line=True),  # a webhook endpoint's
    "phone": Text(40, one_line=True),
    # Vocabularies: short words the use case parses into its enum.
    **dict.fromkeys(VOCABULARIES, WORD),
    # Lists.
    "scopes": Many(10, each=WORD),
    "types": Many(100, each=WORD),  # event types a plan's events are narrowed to
    "event_types": Many(100, each=Text(100, one_line=True)),  # a webhook's, with wildcards
    "owners": Many(100),
    "partners": Many(100),
    "input_ids": Many(500),
    "phases": Many(20),
    "rows": Many(10_000, each=CheckedByItsUseCase()),  # a bulk sync's rows
    "row": Whole(0, 10_001),  # a row's number as the sender counts (a CSV header is 1)
    # Numbers.
    "progress": PROGRESS,
    "participant_count": HEADCOUNT,
    "expected_version": VERSION,
    "weight": WEIGHT,
    "budget": BUDGET,
    # Reads.
    "search": Text(200, one_line=True),
    "actor": Text(200, one_line=True),  # who an event names, as a filter
    "after": Text(200, one_line=True),  # a cursor Spoor gave out
    "first": Whole(0, 100),
    "depth": TRACE_DEPTH,
    "after_seq": Whole(0, LARGEST_BIGINT),  # the event a live feed resumes after
}
# Every date is a Day and every moment a Moment, whatever its name.
BY_TYPE: tuple[tuple[type, Measure], ...] = ((datetime, MOMENT), (date, DAY))
# A command's name for a field where the surfaces name it otherwise.
SURFACE_NAMES = {"owners": "ownerIds", "partners": "partnerIds"}


def one_line(text: str, max_length: int) -> str:
    """A value Spoor takes as it comes (a name in a header) made one line of text: control
    characters and lone surrogates become spaces, runs of spaces one, cut at `max_length`."""
    return " ".join(_NOT_ONE_LINE.sub(" ", text).split())[:max_length]


def check_command(command: object) -> None:
    """Check every value of a write command (a dataclass) against MEASURES, nested ones too."""
    _check_record(command, prefix="")


def check_arguments(owner: str | None = None, /, **values: object) -> None:
    """Check the named arguments of a read, such as check_arguments(search=..., first=...)."""
    for name, value in values.items():
        _check(value, surface_name(name), measure_of(name, value, owner=owner))


def measure_of(name: str, value: object, *, owner: str | None = None) -> Measure | None:
    """The measure of a field: the owner's own, else the field name's, else its type's."""
    found = MEASURES.get(f"{owner}.{name}") if owner else None
    found = found or MEASURES.get(name)
    if found is None:
        found = next((m for kind, m in BY_TYPE if isinstance(value, kind)), None)
    return found


def surface_name(name: str) -> str:
    """`participant_count` as the surfaces spell it: `participantCount`."""
    first, *rest = SURFACE_NAMES.get(name, name).split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def _check(value: object, field: str, measure: Measure | None) -> None:
    if value is None or isinstance(value, uuid.UUID | Enum):
        return  # nothing to measure: the surfaces parsed these already
    if isinstance(measure, CheckedByItsUseCase):
        return
    if _is_record(value):
        _check_record(value, prefix=f"{field}.")
        return
    if measure is None and isinstance(value, bool):
        return  # a yes or a no (priority, online)
    if measure is None:
        # A field no one measured: a new field needs its line in MEASURES (a test says so).
        raise LookupError(f"no measure for {field!r} ({type(value).__name__}) in MEASURES")
    measure.check(value, field)


def _check_record(record: object, *, prefix: str) -> None:
    owner = type(record).__name__
    for name, value in _fields(record):
        measure = measure_of(name, value, owner=owner)
        _check(value, prefix + surface_name(name), measure)


def _is_record(value: object) -> bool:
    return (dataclasses.is_dataclass(value) and not isinstance(value, type)) or (
        isinstance(value, tuple) and hasattr(value, "_fields")
    )


def _fields(record: object) -> list[tuple[str, object]]:
    if dataclasses.is_dataclass(record) and not isinstance(record, type):
        return [(f.name, getattr(record, f.name)) for f in dataclasses.fields(record)]
    assert isinstance(record, tuple)
    names: tuple[str, ...] = record._fields  # type: ignore[attr-defined]  # a NamedTuple
    return list(zip(names, record, strict=True))


def _decimal(value: object) -> Decimal | None:
    """`value` as a finite Decimal, or None when it is no finite number."""
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float):
        return None
    number = Decimal(str(value)) if isinstance(value, float) else Decimal(value)
    return number if number.is_finite() else None


def _has_places(number: Decimal, places: int) -> bool:
    # Only for a number already in range: quantizing 1e1000 would raise, not answer.
    exponent = number.as_tuple().exponent
    return isinstance(exponent, int) and (
        exponent >= -places or number == number.quantize(Decimal(1).scaleb(-places))
    )
