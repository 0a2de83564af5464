"""Checks on values: progress, weights, budgets, periods, codes and translations."""

from datetime import date
from decimal import Decimal

import pytest

from api.domain.errors import ValidationFailed
from api.domain.translatable import resolve, translations
from api.domain.values import check_budget, check_code, check_period, check_progress, check_weight
from api.domain.vocabulary import Channel, parse


@pytest.mark.parametrize("progress", [0, 55, 100])
def test_progress_in_range(progress: int) -> None:
    assert check_progress(progress) == progress


@pytest.mark.parametrize("progress", [-1, 101, 1000, True, 50.5])
def test_progress_out_of_range(progress: object) -> None:
    with pytest.raises(ValidationFailed, match="0 to 100") as error:
        check_progress(progress)  # type: ignore[arg-type]
    assert error.value.field == "progress"


def test_weights_and_budgets() -> None:
    assert check_weight(2) == Decimal(2)
    assert check_budget(Decimal("1500.50")) == Decimal("1500.50")
    for bad_weight in (0, -1):
        with pytest.raises(ValidationFailed):
            check_weight(bad_weight)
    for bad_budget in (Decimal("-1"), Decimal("0.001")):
        with pytest.raises(ValidationFailed):
            check_budget(bad_budget)


def test_periods_and_codes() -> None:
    check_period(date(2022, 1, 1), date(2022, 1, 1))
    with pytest.raises(ValidationFailed):
        check_period(date(2022, 1, 2), date(2022, 1, 1))
    assert check_code(" SD1 ") == "SD1"
    for bad in ("", "S D1", "x" * 21):
        with pytest.raises(ValidationFailed):
            check_code(bad)


def test_translations_need_dutch_and_known_languages() -> None:
    assert translations("Wonen", field="title") == {"nl": "Wonen"}
    assert translations({"nl": "Wonen", "en": "Housing"}, field="title")["en"] == "Housing"
    with pytest.raises(ValidationFailed, match="Dutch"):
        translations({"en": "Housing"}, field="title")
    with pytest.raises(ValidationFailed, match="unknown language"):
        translations({"nl": "Wonen", "xx": "?"}, field="title")


def test_resolving_falls_back_to_dutch() -> None:
    values = {"nl": "Wonen", "en": "Housing"}
    assert resolve(values, "en") == "Housing"
    assert resolve(values, "fr") == "Wonen"
    assert resolve(values, None) == "Wonen"
    assert resolve(None, "en") is None


def test_unknown_vocabulary_lists_the_choices() -> None:
    assert parse(Channel, "survey", field="channel") is Channel.SURVEY
    with pytest.raises(ValidationFailed, match="online_table"):
        parse(Channel, "carrier pigeon", field="channel")


def test_accept_language_picks_the_best_known_language() -> None:
    from api.domain.translatable import preferred_language

    assert preferred_language("fr-BE,fr;q=0.9,nl;q=0.8") == "fr"
    assert preferred_language("es, en-GB;q=0.5, nl;q=0.7") == "nl"
    assert preferred_language("es") is None
    assert preferred_language(None) is None
    assert preferred_language("de;q=bad, en;q=0.1") == "en"
