"""The demo's content as typed records: what each file under api/demo/data holds.

Plain dicts with declared keys (typed dicts), checked by pydantic as they are read, so a reader
of the content (the loader, a test that counts what the demo holds) indexes them as data.
"""

from datetime import date
from typing import Annotated, Literal, NamedTuple, NotRequired

from pydantic import AfterValidator, AwareDatetime, ConfigDict, Field, with_config

# pydantic reads typed dicts of typing_extensions only, before Python 3.12.
from typing_extensions import TypedDict

from api.domain.status import ActionStatus
from api.domain.vocabulary import ActorKind, Channel, Decision, Language, ParticipantType, Phase

# Unknown keys are refused: a misspelt optional key would otherwise be silently left out.
STRICT = ConfigDict(extra="forbid", str_strip_whitespace=True)


def _in_known_languages(texts: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(texts) - {language.value for language in Language})
    if unknown:
        raise ValueError(f"unknown language(s): {', '.join(unknown)}")
    if Language.NL.value not in texts:
        raise ValueError("a Dutch (nl) text is required")
    return texts


# A text in several languages, Dutch always among them.
Translations = Annotated[dict[str, str], AfterValidator(_in_known_languages)]
# Keys name what the files refer to each other by (a moment, an actor, a theme, a goal, ...).
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
Percent = Annotated[int, Field(ge=0, le=100)]


@with_config(STRICT)
class PlanFields(TypedDict):
    title: Translations
    description: Translations
    period_start: date
    period_end: date


@with_config(STRICT)
class PhaseDates(TypedDict):
    phase: Phase
    starts_on: date
    ends_on: date


@with_config(STRICT)
class Milestone(TypedDict):
    """A moment of the story and the change recorded then, with its reason (and its actor)."""

    at: AwareDatetime
    reason: str
    actor: NotRequired[str]


@with_config(STRICT)
class Story(TypedDict):
    """The milestones of the plan's making, in the order they came."""

    started: Milestone
    themes: Milestone
    findings: Milestone
    published: Milestone
    goals: Milestone
    action_plans: Milestone
    actions: Milestone
    adopted: Milestone


@with_config(STRICT)
class Processing(TypedDict):
    letters_after_days: Annotated[int, Field(gt=0)]


@with_config(STRICT)
class Receipt(TypedDict):
    """The receipt code printed at every start, on one input, and the answer published to it."""

    input: str
    code: str
    published_at: AwareDatetime
    reason: str
    text: Translations


@with_config(STRICT)
class PlanFile(TypedDict):
    plan: PlanFields
    phases: list[PhaseDates]
    story: Story
    processing: Processing
    receipt: Receipt


@with_config(STRICT)
class Moment(TypedDict):
    """A participation moment, with the window its inputs were given in and when they were
    processed."""

    key: Key
    phase: Phase
    title: str
    held_on: date
    method: Channel
    facilitator: str
    participant_count: Annotated[int, Field(gt=0)]
    place: NotRequired[str]
    online: bool
    opens_at: AwareDatetime
    closes_at: AwareDatetime
    processed_at: AwareDatetime


@with_config(STRICT)
class Actor(TypedDict):
    key: Key
    name: str
    kind: ActorKind


@with_config(STRICT)
class ParticipationFile(TypedDict):
    moments: list[Moment]
    actors: list[Actor]


@with_config(STRICT)
class Theme(TypedDict):
    key: Key
    title: Translations
    parent: NotRequired[Key]


@with_config(STRICT)
class Finding(TypedDict):
    key: Key
    code: str
    title: Translations
    description: Translations


class Answer(NamedTuple):
    """A finding or theme a goal answers, and why."""

    key: Key
    rationale: str


@with_config(STRICT)
class Goal(TypedDict):
    key: Key
    code: str
    title: Translations
    description: Translations
    priority: bool
    findings: list[Answer]
    themes: list[Answer]
    # The findings and themes the board took up only in part; the others it adopted.
    partly_adopted: NotRequired[list[Key]]


@with_config(STRICT)
class ActionPlan(TypedDict):
    key: Key
    code: str
    goal: Key
    title: Translations
    rationale: str


@with_config(STRICT)
class StructureFile(TypedDict):
    themes: list[Theme]
    findings: list[Finding]
    goals: list[Goal]
    action_plans: list[ActionPlan]


@with_config(STRICT)
class Update(TypedDict):
    """A step an action took after the plan's adoption: a new status, or progress reported."""

    at: AwareDatetime
    status: NotRequired[ActionStatus]
    progress: NotRequired[Percent]
    reason: str


@with_config(STRICT)
class Action(TypedDict):
    key: Key
    code: str
    action_plan: Key
    title: Translations
    description: Translations
    weight: NotRequired[Annotated[int, Field(gt=0)]]
    starts_on: date
    ends_on: NotRequired[date]
    budget: NotRequired[Annotated[int, Field(ge=0)]]
    owners: list[Key]
    partners: list[Key]
    priority: bool
    rationale: str
    updates: NotRequired[list[Update]]


@with_config(STRICT)
class ActionsFile(TypedDict):
    actions: list[Action]


@with_config(STRICT)
class Contact(TypedDict):
    name: NotRequired[str]
    email: NotRequired[str]


# What became of an input: linked to what it reached; not retained, with a reason; being
# reviewed; or still open, as it arrived.
Outcome = Literal["linked", "not_retained", "in_review", "open"]


@with_config(STRICT)
class Input(TypedDict):
    """One row of an inputs file; `moment` is the file's (None for letters and e-mail)."""

    external_id: str
    moment: Key | None
    submitted_at: AwareDatetime
    participant_type: ParticipantType
    channel: Channel
    language: Language
    text: str
    theme: Key | None
    finding: Key | None
    target: Key | None
    outcome: Outcome
    decision: Decision | None
    rationale: str | None
    reason: str | None
    contact: Contact | None
