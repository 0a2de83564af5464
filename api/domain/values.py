"""Checks on single values of plan items, as the use cases take them.

A use case calls these on the fields it takes: a progress, a weight or a budget (to the cent),
a period whose end does not come before its start, a code (SD1, A1.2.3), a required text, a
client's external id and a number of people. A value is held to its measure in
api/domain/measures.py, stripped or rounded as Spoor keeps it, and a refusal names the field as
the surfaces do.
"""

from datetime import date
from decimal import Decimal

from api.domain.errors import ValidationFailed
from api.domain.measures import (
    BUDGET,
    CODE,
    EXTERNAL_ID,
    HEADCOUNT,
    MEASURES,
    PROGRESS,
    WEIGHT,
    Text,
)

# Weights and budgets are stored to the cent; values leave the domain in that form.
CENT = Decimal("0.01")


def check_progress(progress: int) -> int:
    """Progress is a whole percentage from 0 to 100."""
    PROGRESS.check(progress, "progress")
    return progress


def check_weight(weight: Decimal | int | None) -> Decimal | None:
    """A weight, when set, is a positive number, to two decimals."""
    if weight is None:
        return None
    WEIGHT.check(weight, "weight")
    return Decimal(weight).quantize(CENT)


def check_budget(budget: Decimal | int | None) -> Decimal | None:
    """A budget, when set, is an amount in euros of zero or more, to the cent."""
    if budget is None:
        return None
    BUDGET.check(budget, "budget")
    return Decimal(budget).quantize(CENT)


def check_period(starts_on: date | None, ends_on: date | None, *, field: str = "endsOn") -> None:
    """An end date, when both are known, does not come before the start."""
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise ValidationFailed("the end date comes before the start date", field=field)


def check_code(code: str | None, *, field: str = "code") -> str | None:
    """A short code such as SD1 or A1.2.3: no spaces, at most 20 characters."""
    if code is None:
        return None
    CODE.check(code, field)
    code = code.strip()
    if not code or any(c.isspace() for c in code):
        raise ValidationFailed(
            f"a code is 1 to {CODE.max_length} characters without spaces, such as SD1 or A1.2.3",
            field=field,
        )
    return code


def check_text(text: str, *, field: str, max_length: int | None = None) -> str:
    """A required free text: within its measure (MEASURES by `field`, or `max_length`), and
    not blank."""
    found = MEASURES.get(field)
    measure = (
        found if isinstance(found, Text) and max_length is None else Text(max_length or 10_000)
    )
    measure.check(text, field)
    text = text.strip()
    if not text:
        raise ValidationFailed(f"{field} may not be empty", field=field)
    return text


def check_external_id(external_id: str | None, *, field: str = "externalId") -> str | None:
    """A client's own id for an item, when given: one line of at most 200 characters."""
    if external_id is None:
        return None
    EXTERNAL_ID.check(external_id, field)
    return check_text(external_id, field=field, max_length=EXTERNAL_ID.max_length)


def check_count(count: int | None, *, field: str) -> int | None:
    """A number of people, when known, is zero or more."""
    if count is not None:
        HEADCOUNT.check(count, field)
    return count
