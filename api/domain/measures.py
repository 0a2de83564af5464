"""Checks on the measurable fields of plan items: progress, weight, budget, dates, codes."""

import unicodedata
from datetime import date
from decimal import Decimal

from api.domain.errors import ValidationFailed

# Weights and budgets are stored to the cent; values leave the domain in that form.
CENT = Decimal("0.01")


def check_progress(progress: int) -> int:
    """Progress is a whole percentage from 0 to 100."""
    if isinstance(progress, bool) or not isinstance(progress, int) or not 0 <= progress <= 100:
        raise ValidationFailed(
            f"progress must be a whole number from 0 to 100, not {progress!r}", field="progress"
        )
    return progress


def check_weight(weight: Decimal | int | None) -> Decimal | None:
    """A weight, when set, is a positive number."""
    if weight is None:
        return None
    weight = Decimal(weight)
    if not weight > 0 or weight != weight.quantize(CENT) or weight >= 1_000_000:
        raise ValidationFailed(
            "a weight is a number greater than 0, to two decimals", field="weight"
        )
    return weight.quantize(CENT)


def check_budget(budget: Decimal | int | None) -> Decimal | None:
    """A budget, when set, is an amount in euros of zero or more, to the cent."""
    if budget is None:
        return None
    budget = Decimal(budget)
    if budget < 0 or budget != budget.quantize(CENT) or budget >= 10**12:
        raise ValidationFailed("a budget is zero or more euros, to the cent", field="budget")
    return budget.quantize(CENT)


def check_period(starts_on: date | None, ends_on: date | None, *, field: str = "endsOn") -> None:
    """An end date, when both are known, does not come before the start."""
    if starts_on is not None and ends_on is not None and ends_on < starts_on:
        raise ValidationFailed("the end date comes before the start date", field=field)


def check_code(code: str | None, *, field: str = "code") -> str | None:
    """A short code such as SD1 or A1.2.3: no spaces, at most 20 characters."""
    if code is None:
        return None
    code = code.strip()
    if not code or len(code) > 20 or any(c.isspace() for c in code):
        raise ValidationFailed(
            "a code is 1 to 20 characters without spaces, such as SD1 or A1.2.3", field=field
        )
    return code


def check_text(text: str, *, field: str, max_length: int = 10_000) -> str:
    """A required free text: not blank, not absurdly long."""
    text = text.strip()
    if not text:
        raise ValidationFailed("this text may not be empty", field=field)
    if len(text) > max_length:
        raise ValidationFailed(f"this text is longer than {max_length} characters", field=field)
    return text


def check_external_id(external_id: str | None, *, field: str = "externalId") -> str | None:
    """A client's own id for an item, when given: at most 200 characters, none a control one."""
    if external_id is None:
        return None
    external_id = check_text(external_id, field=field, max_length=200)
    if any(unicodedata.category(c) == "Cc" for c in external_id):
        raise ValidationFailed("an external id may not hold control characters", field=field)
    return external_id


def check_count(count: int | None, *, field: str) -> int | None:
    """A number of people, when known, is zero or more."""
    if count is not None and not 0 <= count <= 10_000_000:
        raise ValidationFailed("a count is a whole number from 0 to 10,000,000", field=field)
    return count
