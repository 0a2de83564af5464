"""The table of value limits: what each kind of value may be, how a refusal names the field,
and that every write command of every use case can be measured whatever values it carries."""

import importlib
import inspect
import pkgutil
import re
import typing
from dataclasses import dataclass, is_dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import api.services
from api.domain.errors import ValidationFailed
from api.domain.measures import (
    MEASURES,
    Text,
    check_arguments,
    check_command,
    measure_of,
    one_line,
    surface_name,
)
from api.services import actions, feedback, inputs, participation, plans
from api.services.privacy import ContactDetails

PLAN = plans.CreatePlan(title="Plan", period_start=date(2024, 1, 1), period_end=date(2025, 1, 1))


def refusal(command: object) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as raised:
        check_command(command)
    return raised.value


def write_commands() -> set[type]:
    """The command class of every use case in api.services: its parameter `command`."""
    found = set()
    for module_info in pkgutil.iter_modules(api.services.__path__):
        module = importlib.import_module(f"api.services.{module_info.name}")
        for _, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__:
                hints = typing.get_type_hints(getattr(function, "__wrapped__", function))
                if is_dataclass(hints.get("command")):  # not the runner's type variable
                    found.add(hints["command"])
    return found


def test_the_write_commands_are_found() -> None:
    names = {command.__name__ for command in write_commands()}
    assert {"CreatePlan", "PublishFeedback", "SetProgress", "CreateInput", "CreateKey"} <= names
    assert len(names) >= 25


@pytest.mark.parametrize("command", sorted(write_commands(), key=lambda c: c.__name__))
@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(data=st.data())
def test_any_command_is_measured_or_refused_by_name(command: type, data: st.DataObject) -> None:
    # Whatever its fields hold (NaN, a naive moment, a surrogate, year 1), a command is either
    # accepted or refused naming a field: never a field the table forgot (LookupError), never
    # an exception of the measuring itself.
    instance = data.draw(st.from_type(command))
    try:
        check_command(instance)
    except ValidationFailed as error:
        assert error.field and error.field in str(error)


@pytest.mark.parametrize(
    ("name", "limit"),
    [("title", 300), ("description", 10_000), ("text", 10_000), ("rationale", 2_000),
     ("reason", 1_000), ("name", 200), ("facilitator", 200), ("place", 200), ("code", 20),
     ("external_id", 200), ("search", 200), ("receipt_code", 40)],
)  # fmt: skip
def test_texts_have_their_length(name: str, limit: int) -> None:
    measure = MEASURES[name]
    assert isinstance(measure, Text) and measure.max_length == limit
    measure.check("x" * limit, surface_name(name))
    with pytest.raises(ValidationFailed, match=f"longer than {limit}") as raised:
        measure.check("x" * (limit + 1), surface_name(name))
    assert raised.value.field == surface_name(name)


def test_a_command_names_the_field_as_the_surfaces_do() -> None:
    assert refusal(plans.CreatePlan(**{**PLAN.__dict__, "title": "x" * 301})).field == "title"
    translated = {"nl": "Plan", "fr": "x" * 301}
    assert refusal(plans.CreatePlan(**{**PLAN.__dict__, "title": translated})).field == "title.fr"
    moment = participation.CreateMoment(
        plan_id=None, title="Workshop", held_on=date(2024, 1, 1), method="workshop",  # type: ignore[arg-type]
        participant_count=-1,
    )  # fmt: skip
    assert refusal(moment).field == "participantCount"
    phases = (plans.PhaseDates("analysis", date(2024, 1, 1), date(2201, 1, 1)),)  # type: ignore[arg-type]
    assert refusal(plans.CreatePlan(**{**PLAN.__dict__, "phases": phases})).field == (
        "phases[0].endsOn"
    )
    many = actions.UpdateAction(action_id=None, owners=(None,) * 101)  # type: ignore[arg-type]
    assert refusal(many).field == "ownerIds"
    contact = ContactDetails(email="a\x00@example.org")
    made = inputs.CreateInput(
        plan_id=None, text="t", channel="survey", participant_type="citizen", contact=contact,  # type: ignore[arg-type]
    )  # fmt: skip
    assert refusal(made).field == "contact.email"
    # The same field name, another measure for one command: a published answer is shorter.
    answer = feedback.PublishFeedback(subject_id=None, text={"nl": "x" * 5_001})  # type: ignore[arg-type]
    assert refusal(answer).field == "text.nl"
    check_command(inputs.CreateInput(plan_id=None, text="x" * 5_001, channel="survey",  # type: ignore[arg-type]
                                     participant_type="citizen"))  # fmt: skip


@pytest.mark.parametrize(
    ("text", "what"),
    [("a\x00b", "U+0000"), ("a\ud800b", "surrogate"), ("\udfff", "surrogate"), ("a\x1bb", "U+001B"),
     ("a\x7fb", "U+007F"), ("a\x85b", "U+0085")],
)  # fmt: skip
def test_text_holds_no_nul_surrogate_or_control_character(text: str, what: str) -> None:
    for name in ("description", "search", "title"):
        with pytest.raises(ValidationFailed, match=re.escape(what)):
            check_arguments(**{name: text})


def test_tabs_and_line_breaks_only_where_text_has_lines() -> None:
    check_arguments(description="Eerst dit,\r\nen dan\tdat.", reason="een\nreden")
    for name in ("external_id", "code", "name", "search"):
        with pytest.raises(ValidationFailed, match="one line"):
            check_arguments(**{name: "a\nb"})
    check_arguments(title="Ünïcödé — 漢字 🚲")  # any character that is one, of any plane


@pytest.mark.parametrize(
    "budget",
    [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity"), Decimal("-Infinity"), Decimal("1e1000"),
     Decimal("1e-1000"), Decimal("0.001"), Decimal(10**12), Decimal(-1), float("inf"), True, "5"],
)  # fmt: skip
def test_budgets_are_finite_in_range_and_to_the_cent(budget: object) -> None:
    with pytest.raises(ValidationFailed, match="finite number") as raised:
        check_command(actions.UpdateAction(action_id=None, budget=budget))  # type: ignore[arg-type]
    assert raised.value.field == "budget"


def test_numbers_in_range_pass() -> None:
    check_command(actions.UpdateAction(action_id=None, budget=Decimal("999999999999.99"),  # type: ignore[arg-type]
                                       weight=Decimal("0.01")))  # fmt: skip
    check_command(actions.UpdateAction(action_id=None, budget=0, weight=Decimal("2.50")))  # type: ignore[arg-type]
    for wrong in (Decimal(0), Decimal(1_000_000), Decimal("1.005")):
        assert refusal(actions.UpdateAction(action_id=None, weight=wrong)).field == "weight"  # type: ignore[arg-type]
    wrong_numbers = [("progress", 101), ("progress", -1), ("first", 101), ("depth", 7),
                     ("expected_version", 2**31), ("after_seq", 2**63), ("progress", 1.5),
                     ("progress", True)]  # fmt: skip
    for name, wrong in wrong_numbers:
        with pytest.raises(ValidationFailed, match="from"):
            check_arguments(**{name: wrong})


@pytest.mark.parametrize(
    "moment",
    [datetime(2024, 1, 1), datetime(1899, 12, 31, 23, tzinfo=UTC), datetime(2201, 1, 1, tzinfo=UTC),
     datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=14))),
     datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-14))),
     datetime(1900, 1, 1, 1, tzinfo=timezone(timedelta(hours=14)))],
)  # fmt: skip
def test_moments_have_a_time_zone_and_a_year_spoor_means(moment: datetime) -> None:
    with pytest.raises(ValidationFailed) as raised:
        check_arguments(as_of=moment)
    assert raised.value.field == "asOf"


def test_days_fall_in_the_years_spoor_means() -> None:
    check_arguments(
        since=datetime(1900, 1, 1, tzinfo=UTC), until=datetime(2200, 12, 31, tzinfo=UTC)
    )
    check_command(
        plans.CreatePlan(title="P", period_start=date(1900, 1, 1), period_end=date(2200, 12, 31))
    )
    for wrong in (date(1899, 12, 31), date(2201, 1, 1), date(1, 1, 1), date(9999, 12, 31)):
        with pytest.raises(ValidationFailed, match="1900 to 2200"):
            check_command(plans.CreatePlan(title="P", period_start=wrong, period_end=wrong))


def test_a_read_may_have_a_measure_of_its_own() -> None:
    check_arguments("receipt", code="HRNT-2021-DEM0-1")
    with pytest.raises(ValidationFailed, match="longer than 40"):
        check_arguments("receipt", code="x" * 41)
    assert measure_of("code", "x", owner="receipt") is not measure_of("code", "x")


def test_a_field_without_a_measure_is_a_programming_error() -> None:
    @dataclass(frozen=True)
    class Unmeasured:
        nickname: str

    with pytest.raises(LookupError, match="nickname"):
        check_command(Unmeasured("x"))
    check_command(Unmeasured(None))  # type: ignore[arg-type]  # nothing given, nothing to measure


def test_a_value_taken_as_it_comes_is_made_one_line() -> None:
    assert one_line("  Sofie\tPeeters\x00\x85\ud800 ", 200) == "Sofie Peeters"
    assert one_line("x" * 300, 200) == "x" * 200
    MEASURES["name"].check(one_line("a\nb\x1b\udfffc", 200), "name")
