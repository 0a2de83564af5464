"""The event catalogue and the hash chain that makes the log tamper-evident.

Every change to a tenant's data is recorded as one event. An event's payload is the state of
its subject before and after the change (`{"before": ..., "after": ...}`; `before` is null on
creation, `after` is null on deletion), in the shape `SUBJECT_FIELDS` documents. Personal
contact details are never part of a payload: inputs refer to their contact by an opaque id.

The chain: each event's hash is SHA-256 over the previous event's hash and a canonical
serialisation of the event's header, in which the payload appears only as its own hash. So a
payload can be redacted (the law may require it) while the chain still verifies, and any other
change to an event, or a removed or inserted event, breaks it.
"""

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

GENESIS_HASH = "0" * 64
REDACTED = "[redacted]"


class SubjectKind(StrEnum):
    """What an event is about."""

    TENANT = "tenant"
    PLAN = "plan"
    MOMENT = "moment"
    ACTOR = "actor"
    INPUT = "input"
    FINDING = "finding"
    THEME = "theme"
    GOAL = "goal"
    ACTION_PLAN = "action_plan"
    ACTION = "action"
    LINK = "link"
    CONTACT = "contact"
    API_KEY = "api_key"
    FEEDBACK = "feedback"
    WEBHOOK_ENDPOINT = "webhook_endpoint"


_NODE = ["plan_id", "kind", "code", "title", "description", "priority", "external_id", "version"]

# The fields of each subject's state, as they appear in `before` and `after`.
SUBJECT_FIELDS: dict[SubjectKind, list[str]] = {
    SubjectKind.TENANT: ["name"],
    SubjectKind.PLAN: [
        "title",
        "description",
        "period_start",
        "period_end",
        "status",
        "phases",
        "version",
    ],
    SubjectKind.MOMENT: [
        "plan_id",
        "phase",
        "title",
        "held_on",
        "method",
        "facilitator",
        "participant_count",
        "place",
        "online",
        "version",
    ],
    SubjectKind.ACTOR: ["name", "kind", "version"],
    SubjectKind.INPUT: [
        *_NODE,
        "text",
        "channel",
        "moment_id",
        "participant_type",
        "language",
        "submitted_at",
        "status",
        "status_reason",
        "contact_id",
    ],
    SubjectKind.FINDING: _NODE,
    SubjectKind.THEME: [*_NODE, "parent_id"],
    SubjectKind.GOAL: _NODE,
    SubjectKind.ACTION_PLAN: _NODE,
    SubjectKind.ACTION: [
        *_NODE,
        "status",
        "progress",
        "weight",
        "starts_on",
        "ends_on",
        "budget",
        "owners",
        "partners",
    ],
    SubjectKind.LINK: [
        "plan_id",
        "source_id",
        "source_kind",
        "target_id",
        "target_kind",
        "rationale",
        "decision",
        "author",
        "version",
    ],
    # Only that a contact exists; its details stay in the contact table, where they can be erased.
    SubjectKind.CONTACT: ["has_name", "has_email", "has_phone"],
    # Never the key or its digest.
    SubjectKind.API_KEY: ["name", "scopes", "plan_id", "expires_at", "revoked_at"],
    # `subject_kind` is input or link; `subject_id` names that input or link.
    SubjectKind.FEEDBACK: [
        "plan_id",
        "subject_kind",
        "subject_id",
        "text",
        "author",
        "published_at",
        "version",
    ],
    # Never the signing secret: only when it was last rotated.
    SubjectKind.WEBHOOK_ENDPOINT: [
        "url",
        "description",
        "event_types",
        "plan_id",
        "enabled",
        "disabled_reason",
        "secret_rotated_at",
        "version",
    ],
}

# Subjects that end with another: the database deletes feedback with its input or link, so
# that subject's deletion event is the feedback's end too (field: where the state names it).
ENDS_WITH: dict[str, str] = {SubjectKind.FEEDBACK.value: "subject_id"}


@dataclass(frozen=True)
class EventSpec:
    """One entry of the catalogue."""

    type: str
    version: int
    subject: SubjectKind
    description: str


def _webhook_endpoint_specs() -> list[EventSpec]:
    subject = SubjectKind.WEBHOOK_ENDPOINT
    return [
        EventSpec("webhook_endpoint.created", 1, subject, "A webhook endpoint was registered."),
        EventSpec(
            "webhook_endpoint.updated", 1, subject, "A webhook endpoint's URL or filters changed."
        ),
        EventSpec(
            "webhook_endpoint.secret_rotated", 1, subject, "A webhook endpoint got a new secret."
        ),
        EventSpec(
            "webhook_endpoint.disabled",
            1,
            subject,
            "A webhook endpoint was disabled, on request or because its receiver kept failing.",
        ),
        EventSpec("webhook_endpoint.enabled", 1, subject, "A webhook endpoint was enabled again."),
        EventSpec("webhook_endpoint.deleted", 1, subject, "A webhook endpoint was removed."),
    ]


def _specs() -> dict[str, EventSpec]:
    specs: list[EventSpec] = [
        EventSpec("tenant.created", 1, SubjectKind.TENANT, "A tenant was registered."),
        EventSpec("plan.created", 1, SubjectKind.PLAN, "A plan was drafted."),
        EventSpec("plan.updated", 1, SubjectKind.PLAN, "A plan's title, period or phases changed."),
        EventSpec("plan.status_changed", 1, SubjectKind.PLAN, "A plan was published or adopted."),
        EventSpec(
            "input.status_changed", 1, SubjectKind.INPUT, "An input was reviewed or decided."
        ),
        EventSpec("input.redacted", 1, SubjectKind.INPUT, "An input's text was redacted."),
        EventSpec("theme.moved", 1, SubjectKind.THEME, "A theme moved to another parent."),
        EventSpec("action.status_changed", 1, SubjectKind.ACTION, "An action changed status."),
        EventSpec(
            "action.progress_changed", 1, SubjectKind.ACTION, "An action's progress changed."
        ),
        EventSpec("contact.created", 1, SubjectKind.CONTACT, "A participant left contact details."),
        EventSpec("contact.erased", 1, SubjectKind.CONTACT, "A participant's details were erased."),
        EventSpec("api_key.created", 1, SubjectKind.API_KEY, "An API key was issued."),
        EventSpec("api_key.revoked", 1, SubjectKind.API_KEY, "An API key was revoked."),
        EventSpec(
            "feedback.published",
            1,
            SubjectKind.FEEDBACK,
            "Feedback on an input or link was published.",
        ),
        EventSpec("feedback.withdrawn", 1, SubjectKind.FEEDBACK, "Feedback was withdrawn."),
        *_webhook_endpoint_specs(),
    ]
    for subject in (
        SubjectKind.MOMENT,
        SubjectKind.ACTOR,
        SubjectKind.INPUT,
        SubjectKind.FINDING,
        SubjectKind.THEME,
        SubjectKind.GOAL,
        SubjectKind.ACTION_PLAN,
        SubjectKind.ACTION,
        SubjectKind.LINK,
    ):
        name = subject.value.replace("_", " ")
        article = "An" if name[0] in "aeiou" else "A"
        specs += [
            EventSpec(f"{subject}.created", 1, subject, f"{article} {name} was created."),
            EventSpec(f"{subject}.updated", 1, subject, f"{article} {name}'s fields changed."),
            EventSpec(f"{subject}.deleted", 1, subject, f"{article} {name} was deleted."),
        ]
    return {spec.type: spec for spec in specs}


CATALOGUE: dict[str, EventSpec] = _specs()


def event_spec(event_type: str) -> EventSpec:
    """The catalogue entry of a type; an unknown type is a programming error."""
    return CATALOGUE[event_type]


def canonical(value: Any) -> bytes:
    """One byte string for one value: sorted keys, no spaces, ISO dates, exact decimals."""
    return json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=_plain
    ).encode()


def _plain(value: Any) -> Any:
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    raise TypeError(f"{type(value).__name__} has no canonical form")


def payload_hash(payload: Any) -> str:
    return digest(canonical(payload))


def digest(data: bytes) -> str:
    """SHA-256 in hex: the one hash of the log."""
    return hashlib.sha256(data).hexdigest()


def chain_hash(prev_hash: str, header: Mapping[str, Any]) -> str:
    """The hash of an event, from its predecessor's hash and its header (payload as hash).

    Appending computes it in the database, under the tenant's head lock (`event_header` and
    `event_chain_hash`, migration 0014), over these same bytes; this is the verifier's twin,
    and tests/events/test_chain_in_sql.py holds the two to one answer.
    """
    return hashlib.sha256(prev_hash.encode() + b"\n" + canonical(dict(header))).hexdigest()


@dataclass(frozen=True)
class ChainBreak:
    """Where and why verification failed."""

    seq: int
    problem: str


@dataclass(frozen=True)
class StoredEvent:
    """What verification needs of a stored event."""

    seq: int
    header: Mapping[str, Any]
    payload: Any
    redacted: bool
    prev_hash: str
    hash: str


class ChainVerifier:
    """Checks a tenant's events fed in sequence order; stops trusting at the first break."""

    def __init__(self) -> None:
        self.expected_prev = GENESIS_HASH
        self.expected_seq = 1
        self.checked = 0
        self.redacted = 0

    def feed(self, event: StoredEvent) -> ChainBreak | None:
        """Check the next event; the break it shows, if any."""
        if event.seq != self.expected_seq:
            return ChainBreak(event.seq, f"expected sequence number {self.expected_seq}")
        if event.prev_hash != self.expected_prev:
            return ChainBreak(event.seq, "prev_hash is not the previous event's hash")
        if chain_hash(event.prev_hash, event.header) != event.hash:
            return ChainBreak(event.seq, "the event does not match its hash")
        if event.redacted:
            self.redacted += 1
        elif payload_hash(event.payload) != event.header["payload_hash"]:
            return ChainBreak(event.seq, "the payload does not match its hash")
        self.expected_prev, self.expected_seq = event.hash, self.expected_seq + 1
        self.checked += 1
        return None


State = dict[str, Any]


def fold_states(
    changes: Iterable[tuple[str, str, State | None]],
) -> dict[tuple[str, str], State]:
    """Replay: fold (subject kind, subject id, state after) in log order into current states.

    A deleted subject takes with it what ends with it (see `ENDS_WITH`). A field added to a
    subject's state after an event was logged (as `external_id` was to findings) stood empty
    then: it folds as null.
    """
    states: dict[tuple[str, str], State] = {}
    dependants: dict[str, set[tuple[str, str]]] = {}
    for kind, subject_id, after in changes:
        if after is None:
            states.pop((kind, subject_id), None)
            for dependant in dependants.pop(subject_id, set()):
                states.pop(dependant, None)
        else:
            fields = SUBJECT_FIELDS.get(SubjectKind(kind), [])
            states[(kind, subject_id)] = {**dict.fromkeys(fields), **after}
            if kind in ENDS_WITH:
                dependants.setdefault(after[ENDS_WITH[kind]], set()).add((kind, subject_id))
    return states


# Every type of the catalogue, as a closed vocabulary: `plan.created` is PLAN_CREATED.
EventType = StrEnum(  # type: ignore[misc]
    "EventType", {name.replace(".", "_").upper(): name for name in sorted(CATALOGUE)}
)
