"""What a caller without a key sees: the personal-name policy, in one place.

No person's name reaches an anonymous caller, from any field, trace, receipt or subscription:
not a participant's (their contact details never leave the contact table), not a moment's
facilitator, not the author of a link or of feedback, not the person behind a key (the actor of
an event, or the `X-Spoor-Actor` a writer sent), not a key's name. Free text that the
municipality writes for itself and does not publish (why an input was not retained, the reason
given for a change) is kept from anonymous callers too, since it often names someone.
Organisations stay visible: the municipality, its departments and its partners (actors).

Anonymous callers read published and adopted plans only; a receipt shows an input's status,
and what it reached and the feedback on it only once its plan is published. A caller with a
key of the municipality sees everything of its own tenant, names included.

Every surface asks these functions; none decides on its own.
"""

from collections.abc import Mapping
from typing import Any

from api.domain.events import SUBJECT_FIELDS, SubjectKind
from api.domain.feedback import PUBLIC_AUTHOR
from api.services.caller import Caller
from api.services.plans import PUBLIC_STATUSES
from api.store.models import Event

__all__ = [
    "PUBLIC_AUTHOR",
    "PUBLIC_STATE_FIELDS",
    "author",
    "personal",
    "public_event",
    "public_payload",
    "sees_names",
    "shows_outcome",
]


def sees_names(caller: Caller | None) -> bool:
    """Whether a caller may read people's names: any caller with a key (it reads its own
    municipality's items only)."""
    return caller is not None


def author(caller: Caller | None, name: str) -> str:
    """Who made a link or published feedback, as the caller may see it: for an anonymous
    caller, the municipality (the link or answer is the municipality's, whoever typed it)."""
    return name if sees_names(caller) else PUBLIC_AUTHOR


def personal(caller: Caller | None, value: str | None) -> str | None:
    """A field that may name a person (a facilitator, a status reason, an input's reference
    elsewhere): the value for a keyed caller, nothing for an anonymous one."""
    return value if sees_names(caller) else None


def shows_outcome(plan_status: str) -> bool:
    """Whether a receipt shows what its input reached and the feedback on it: only once the
    plan is published, never what a draft holds."""
    return plan_status in PUBLIC_STATUSES


# What an anonymous subscriber may see of an input's state: nothing a person wrote or that
# points at them (its text and title, its contact, its external reference, its status reason).
PUBLIC_INPUT_FIELDS = frozenset({
    "plan_id", "kind", "code", "channel", "moment_id", "participant_type", "language",
    "submitted_at", "status", "version",
})  # fmt: skip


def _all_but(kind: SubjectKind, *names: str) -> frozenset[str]:
    return frozenset(SUBJECT_FIELDS[kind]) - set(names)


# Each subject's recorded state as an anonymous reader sees it in an event. A subject that is
# not listed shows nothing, so a new kind of subject is private until someone decides.
PUBLIC_STATE_FIELDS: dict[str, frozenset[str]] = {
    SubjectKind.TENANT: _all_but(SubjectKind.TENANT),  # a municipality
    SubjectKind.PLAN: _all_but(SubjectKind.PLAN),
    SubjectKind.MOMENT: _all_but(SubjectKind.MOMENT, "facilitator"),
    SubjectKind.ACTOR: _all_but(SubjectKind.ACTOR),  # departments and partners
    SubjectKind.INPUT: PUBLIC_INPUT_FIELDS,
    SubjectKind.FINDING: _all_but(SubjectKind.FINDING),
    SubjectKind.THEME: _all_but(SubjectKind.THEME),
    SubjectKind.GOAL: _all_but(SubjectKind.GOAL),
    SubjectKind.ACTION_PLAN: _all_but(SubjectKind.ACTION_PLAN),
    SubjectKind.ACTION: _all_but(SubjectKind.ACTION),
    SubjectKind.LINK: _all_but(SubjectKind.LINK, "author"),
    # A contact's state only says which details exist; even that is nobody else's business.
    SubjectKind.CONTACT: frozenset(),
    # A key's name often names the person who holds it.
    SubjectKind.API_KEY: frozenset(),
    SubjectKind.FEEDBACK: _all_but(SubjectKind.FEEDBACK, "author"),
}


def public_payload(subject_kind: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """An event's before and after states without the fields that may identify a person."""
    keep = PUBLIC_STATE_FIELDS.get(subject_kind, frozenset())
    return {
        side: None if state is None else {name: state[name] for name in state if name in keep}
        for side, state in payload.items()
    }


def public_event(event: Event) -> Event:
    """The event as an anonymous reader sees it: no personal fields, no names, no reasons.

    The actor becomes its kind (an actor names the person behind a key) and the reason, free
    text, is left out. The copy belongs to no session and is never written.
    """
    copy = Event(**{column.key: getattr(event, column.key) for column in Event.__table__.columns})
    copy.actor_id = event.actor_kind
    copy.reason = None
    copy.payload = public_payload(event.subject_kind, event.payload)
    return copy
