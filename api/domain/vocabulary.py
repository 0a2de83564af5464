"""The closed vocabularies of the domain: every enumerated value Spoor stores."""

from enum import StrEnum
from typing import TypeVar

from api.domain.errors import ValidationFailed

E = TypeVar("E", bound=StrEnum)


def parse(vocabulary: type[E], value: str | E, *, field: str) -> E:
    """The vocabulary's member for `value`, or a validation error that lists the choices."""
    try:
        return vocabulary(value)
    except ValueError:
        choices = ", ".join(member.value for member in vocabulary)
        raise ValidationFailed(f"{value!r} is not one of: {choices}", field=field) from None


class PlanStatus(StrEnum):
    DRAFT = "draft"
    PUBLISHED = "published"
    ADOPTED = "adopted"


class Phase(StrEnum):
    """The phases of a participatory policy plan, in the order they normally run."""

    ANALYSIS = "analysis"
    STAKEHOLDER_TALKS = "stakeholder_talks"
    CITIZEN_CONSULTATION = "citizen_consultation"
    TARGET_GROUP_QUESTIONING = "target_group_questioning"
    STRATEGIC_NOTE = "strategic_note"
    GOALS_TO_ACTIONS = "goals_to_actions"


class Channel(StrEnum):
    """How an input reached the municipality; also the method of a participation moment."""

    ONLINE_TABLE = "online_table"
    WORKSHOP = "workshop"
    SURVEY = "survey"
    INTERVIEW = "interview"
    TARGET_GROUP_VISIT = "target_group_visit"
    EMAIL = "email"
    LETTER = "letter"


# A participation moment is a session; e-mail and letters arrive outside any session.
MOMENT_METHODS = frozenset(Channel) - {Channel.EMAIL, Channel.LETTER}


class ParticipantType(StrEnum):
    CITIZEN = "citizen"
    STAKEHOLDER = "stakeholder"
    CIVIL_SERVANT = "civil_servant"
    BOARD_MEMBER = "board_member"
    TARGET_GROUP = "target_group"


class Language(StrEnum):
    NL = "nl"
    FR = "fr"
    EN = "en"
    DE = "de"


DEFAULT_LANGUAGE = Language.NL


class ActorKind(StrEnum):
    DEPARTMENT = "department"
    PARTNER = "partner"


class ActorRole(StrEnum):
    """The part an actor plays in an action."""

    OWNER = "owner"
    PARTNER = "partner"


class Decision(StrEnum):
    """What was decided about a link: did the target take up the source?"""

    PROPOSED = "proposed"
    ADOPTED = "adopted"
    PARTLY_ADOPTED = "partly_adopted"
    NOT_ADOPTED = "not_adopted"
