"""A JSON Schema for every event type, generated from the catalogue.

The catalogue (`events.CATALOGUE`) names each type's subject, and `events.SUBJECT_FIELDS` the
fields of that subject's state; this module adds what each field holds as JSON, so that an
integrator can validate what the REST feed hands out. A schema describes one event as the feed
serves it: the envelope (who, when, which subject) and the payload's `before` and `after`.

Types whose verb makes a subject (`created`, `published`) have no `before`; those that end one
(`deleted`, `withdrawn`) no `after`; any other change has both.
"""

from enum import StrEnum
from typing import Any

from api.domain.access import Scope
from api.domain.events import CATALOGUE, SUBJECT_FIELDS, EventSpec, SubjectKind
from api.domain.feedback import FeedbackSubject
from api.domain.status import ActionStatus, InputStatus
from api.domain.trail import NodeKind
from api.domain.vocabulary import (
    ActorKind,
    Channel,
    Decision,
    Language,
    ParticipantType,
    Phase,
    PlanStatus,
)

JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
Schema = dict[str, Any]

STARTS = frozenset({"created", "published"})
ENDS = frozenset({"deleted", "withdrawn"})


def _string(**extra: Any) -> Schema:
    return {"type": "string", **extra}


def _nullable(schema: Schema) -> Schema:
    return {"anyOf": [schema, {"type": "null"}]}


def _vocabulary(values: type[StrEnum]) -> Schema:
    return {"type": "string", "enum": [member.value for member in values]}


UUID = _string(format="uuid")
DATE = _string(format="date")
DATE_TIME = _string(format="date-time")
# Exact amounts travel as text, as the log keeps them ("1250.00"), never as binary floats.
DECIMAL = _string(pattern=r"^-?[0-9]+(\.[0-9]+)?$")
VERSION = {"type": "integer", "minimum": 1}
# A translated text: Dutch always, other languages when given.
TRANSLATED = {
    "type": "object",
    "properties": {language.value: {"type": "string"} for language in Language},
    "required": [Language.NL.value],
    "additionalProperties": False,
}
PHASE_SPAN = {  # [phase, starts on, ends on]
    "type": "array",
    "prefixItems": [_vocabulary(Phase), DATE, DATE],
    "items": False,
    "minItems": 3,
}

# What a field holds, by name; a subject that differs says so in SUBJECT_TYPES below.
FIELD_TYPES: dict[str, Schema] = {
    "plan_id": UUID,
    "code": _nullable(_string()),
    "title": TRANSLATED,
    "description": _nullable(TRANSLATED),
    "priority": {"type": "boolean"},
    "external_id": _nullable(_string()),
    "version": VERSION,
    "name": _string(),
    "period_start": DATE,
    "period_end": DATE,
    "phases": {"type": "array", "items": PHASE_SPAN},
    "phase": _nullable(_vocabulary(Phase)),
    "held_on": DATE,
    "method": _vocabulary(Channel),
    "facilitator": _nullable(_string()),
    "participant_count": _nullable({"type": "integer", "minimum": 0}),
    "place": _nullable(_string()),
    "online": {"type": "boolean"},
    "text": _string(),
    "channel": _vocabulary(Channel),
    "moment_id": _nullable(UUID),
    "participant_type": _vocabulary(ParticipantType),
    "language": _vocabulary(Language),
    "submitted_at": DATE_TIME,
    "status_reason": _nullable(_string()),
    "contact_id": _nullable(UUID),
    "parent_id": _nullable(UUID),
    "progress": {"type": "integer", "minimum": 0, "maximum": 100},
    "weight": _nullable(DECIMAL),
    "starts_on": _nullable(DATE),
    "ends_on": _nullable(DATE),
    "budget": _nullable(DECIMAL),
    "owners": {"type": "array", "items": UUID},
    "partners": {"type": "array", "items": UUID},
    "source_id": UUID,
    "source_kind": _vocabulary(NodeKind),
    "target_id": UUID,
    "target_kind": _vocabulary(NodeKind),
    "rationale": _nullable(_string()),
    "decision": _vocabulary(Decision),
    "author": _string(),
    "has_name": {"type": "boolean"},
    "has_email": {"type": "boolean"},
    "has_phone": {"type": "boolean"},
    "scopes": {"type": "array", "items": _vocabulary(Scope), "minItems": 1},
    "expires_at": _nullable(DATE_TIME),
    "revoked_at": _nullable(DATE_TIME),
    "subject_id": UUID,
    "published_at": DATE_TIME,
    "url": _string(format="uri"),
    "event_types": {"type": "array", "items": _string(), "minItems": 1},
    "enabled": {"type": "boolean"},
    "disabled_reason": _nullable(_string()),
    "secret_rotated_at": _nullable(DATE_TIME),
}

SUBJECT_TYPES: dict[SubjectKind, dict[str, Schema]] = {
    SubjectKind.PLAN: {"status": _vocabulary(PlanStatus)},
    SubjectKind.MOMENT: {"title": _string()},
    SubjectKind.ACTOR: {"kind": _vocabulary(ActorKind)},
    # An input has no title of its own: its text is what it says.
    SubjectKind.INPUT: {"title": {"type": "null"}, "status": _vocabulary(InputStatus)},
    SubjectKind.ACTION: {"status": _vocabulary(ActionStatus)},
    SubjectKind.API_KEY: {"plan_id": _nullable(UUID)},
    SubjectKind.FEEDBACK: {"subject_kind": _vocabulary(FeedbackSubject), "text": TRANSLATED},
    SubjectKind.WEBHOOK_ENDPOINT: {"description": _nullable(_string()), "plan_id": _nullable(UUID)},
}

# Fields added to a subject's state after events were already logged (external ids on
# findings, themes, goals and action plans): older events lack them, and they read as null.
ADDED_LATER = frozenset({"external_id"})


def field_type(subject: SubjectKind, name: str) -> Schema:
    """What one field of a subject's state holds, as JSON Schema."""
    if name in SUBJECT_TYPES.get(subject, {}):
        return SUBJECT_TYPES[subject][name]
    if name == "kind" and subject.value in {kind.value for kind in NodeKind}:
        return {"const": subject.value}  # a node's kind is its subject
    if name not in FIELD_TYPES:
        raise LookupError(f"no JSON type is declared for {subject}.{name}")
    return FIELD_TYPES[name]


def state_schema(subject: SubjectKind) -> Schema:
    """A subject's recorded state: every field SUBJECT_FIELDS lists, nothing else."""
    fields = SUBJECT_FIELDS[subject]
    return {
        "type": "object",
        "properties": {name: field_type(subject, name) for name in fields},
        "required": [name for name in fields if name not in ADDED_LATER],
        "additionalProperties": False,
    }


def change_shape(event_type: str) -> tuple[bool, bool]:
    """Whether an event of this type has a state before, and one after."""
    verb = event_type.rpartition(".")[2]
    return verb not in STARTS, verb not in ENDS


def event_schema(spec: EventSpec) -> Schema:
    """The JSON Schema of one event type as the REST feed serves its events."""
    state = state_schema(spec.subject)
    has_before, has_after = change_shape(spec.type)
    return {
        "$schema": JSON_SCHEMA_DIALECT,
        "$id": f"urn:spoor:event:{spec.type}:{spec.version}",
        "title": spec.type,
        "description": spec.description,
        "type": "object",
        "properties": {
            "seq": {"type": "integer", "minimum": 1},
            "id": UUID,
            "type": {"const": spec.type},
            "type_version": {"const": spec.version},
            "occurred_at": DATE_TIME,
            "actor_id": _string(),
            "actor_kind": _string(),
            "reason": _nullable(_string()),
            "request_id": _nullable(_string()),
            "subject_kind": {"const": spec.subject.value},
            "subject_id": UUID,
            "plan_id": _nullable(UUID),
            "redacted": {"type": "boolean"},
            "payload": {
                "type": "object",
                "properties": {
                    "before": state if has_before else {"type": "null"},
                    "after": state if has_after else {"type": "null"},
                },
                "required": ["before", "after"],
                "additionalProperties": False,
            },
        },
        "required": [
            "seq",
            "id",
            "type",
            "type_version",
            "occurred_at",
            "actor_id",
            "actor_kind",
            "subject_kind",
            "subject_id",
            "plan_id",
            "payload",
        ],
    }


def event_schemas() -> dict[str, Schema]:
    """Every type of the catalogue and its schema, by type name."""
    return {name: event_schema(CATALOGUE[name]) for name in sorted(CATALOGUE)}
