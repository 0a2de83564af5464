"""The contract's closed vocabularies as GraphQL enums, its scalars, and translatable texts.

Every value Spoor stores from a fixed list is an enum here, in arguments and in results, so a
generated client gets a union of literals instead of a string. The enums are the domain's own
(api/domain), registered with Strawberry: GraphQL names the members (ONLINE_TABLE), the
services receive the members themselves.
"""

import datetime
import decimal
import re
from enum import Enum
from typing import Self

import strawberry
from strawberry.types.scalar import ScalarDefinition

from api.domain.access import Scope as KeyScope
from api.domain.events import EventType, SubjectKind
from api.domain.status import ActionStatus, InputStatus
from api.domain.trail import LinkKind, NodeKind
from api.domain.vocabulary import (
    ActorKind,
    Channel,
    Decision,
    Language,
    ParticipantType,
    Phase,
    PlanStatus,
)
from api.domain.webhooks import DeliveryStatus

__all__ = [
    "SCALARS", "ActionStatus", "ActorKind", "Channel", "Decision", "DeliveryStatus", "EventType",
    "InputStatus",
    "KeyScope", "Language", "LinkKind", "NodeKind", "ParticipantType", "Phase", "PlanStatus",
    "StructureKind", "SubjectKind", "TranslatedText", "TranslatedTextInput", "translated",
]  # fmt: skip

for vocabulary_enum, description in (
    (PlanStatus, "Where a plan stands: drafted, published, or adopted by the council."),
    (Phase, "The phases of a participatory plan."),
    (Channel, "How an input reached the municipality; also the method of a moment."),
    (ParticipantType, "Who gave an input."),
    (Language, "A language Spoor keeps texts in."),
    (ActorKind, "An internal department or an external partner."),
    (Decision, "What was decided about a link: was its source taken up?"),
    (InputStatus, "Where an input is in review."),
    (ActionStatus, "Where an action stands: proposed through done, or dropped."),
    (NodeKind, "The kinds of item on the trail."),
    (LinkKind, "The kind of a link: the kinds of its two ends."),
    (SubjectKind, "What an event is about."),
    (EventType, "The type of an event, from the catalogue in api/domain/events.py."),
    (DeliveryStatus, "Where one event's delivery to a webhook endpoint stands."),
):
    strawberry.enum(vocabulary_enum, description=description)
strawberry.enum(KeyScope, name="KeyScope", description="What an API key may do.")


@strawberry.enum(description="The kinds of item `createNode` adds (actions: `createAction`).")
class StructureKind(Enum):
    FINDING = NodeKind.FINDING.value
    THEME = NodeKind.THEME.value
    GOAL = NodeKind.GOAL.value
    ACTION_PLAN = NodeKind.ACTION_PLAN.value


# The scalars' text forms, strictly (Python's fromisoformat takes more: week dates, 20220601).
# A malformed value is refused as the variable or literal it is, before anything runs; the
# range a value must fall in is the domain's (api/domain/measures.py). A DateTime may come
# without its offset here so that the use case can name the field that needs one.
_FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})?", re.ASCII
)
_NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,6})?", re.ASCII)


def _date(value: object) -> datetime.date:
    if not isinstance(value, str) or not _FULL_DATE.fullmatch(value):
        raise ValueError("a Date is a string such as 2022-06-01 (RFC 3339 full-date)")
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{value} is not a day of the calendar: {error}") from None


def _datetime(value: object) -> datetime.datetime:
    if not isinstance(value, str) or not _DATE_TIME.fullmatch(value):
        raise ValueError(
            "a DateTime is a string such as 2022-06-01T20:00:00+02:00 (RFC 3339 date-time)"
        )
    try:
        return datetime.datetime.fromisoformat(value.upper())
    except ValueError as error:
        raise ValueError(f"{value} is not a moment of the calendar: {error}") from None


def _decimal(value: object) -> decimal.Decimal:
    # A JSON number arrives as an int or a float (1e400 as infinity); text is the safe form.
    text = str(value) if isinstance(value, int | float) and not isinstance(value, bool) else value
    if not isinstance(text, str) or len(text) > 60 or not _NUMBER.fullmatch(text):
        raise ValueError('a Decimal is a finite number, sent as a string such as "12500.50"')
    return decimal.Decimal(text)


# The built-in scalars again, each naming the specification of its text form.
SCALARS: dict[object, ScalarDefinition] = {
    datetime.date: strawberry.scalar(
        name="Date",
        description="A calendar date, as RFC 3339's full-date: 2022-06-01.",
        specified_by_url="https://datatracker.ietf.org/doc/html/rfc3339#section-5.6",
        serialize=datetime.date.isoformat,
        parse_value=_date,
    ),
    datetime.datetime: strawberry.scalar(
        name="DateTime",
        description="A moment with its offset, as RFC 3339's date-time: 2022-06-01T20:00:00+02:00.",
        specified_by_url="https://datatracker.ietf.org/doc/html/rfc3339#section-5.6",
        serialize=datetime.datetime.isoformat,
        parse_value=_datetime,
    ),
    decimal.Decimal: strawberry.scalar(
        name="Decimal",
        description='An exact decimal number, sent as a string: "12500.50".',
        specified_by_url="https://speleotrove.com/decimal/daconvs.html#reftostr",
        serialize=str,
        parse_value=_decimal,
    ),
}


@strawberry.type(description="A text in each language it was given in; Dutch is always there.")
class TranslatedText:
    nl: str
    fr: str | None
    en: str | None
    de: str | None

    @classmethod
    def of(cls, values: dict[str, str] | None) -> Self | None:
        if not values:
            return None
        return cls(
            nl=values.get("nl", ""), fr=values.get("fr"), en=values.get("en"), de=values.get("de")
        )


@strawberry.input(description="A text in Dutch, and in any of French, English and German.")
class TranslatedTextInput:
    nl: str
    fr: str | None = None
    en: str | None = None
    de: str | None = None

    def as_mapping(self) -> dict[str, str]:
        given = {"nl": self.nl, "fr": self.fr, "en": self.en, "de": self.de}
        return {language: text for language, text in given.items() if text is not None}


def translated(value: TranslatedTextInput | None) -> dict[str, str] | None:
    """The mapping a service takes, from the typed input (None stays None)."""
    return value.as_mapping() if value is not None else None
