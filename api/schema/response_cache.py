"""An exact cache of GraphQL query answers, and what a GET's answer tells caches in front.

Every change passes through the event log, so an answer is a function of the question (the
document, its variables and operation name), the caller's access (tenant, key scopes and plan
binding, or none), the locale, and the version of what the caller can read
(services/versions.py: the tenant's last committed event seq, or for an anonymous reader the
heads of the tenants that publish). The version is read first in the request's own read
transaction, before any read of the answer: a write committed before the request started is
in the version, so an answer kept under an older version is never found again; one committing
meanwhile can make the answer newer than its version, never older. Nothing has to be cleared
when something is written, and processes need not tell each other: each keeps its own answers
(an LRU bounded by bytes) and asks PostgreSQL for the version.

Kept: answers to queries that have no errors. Never kept: mutations and subscriptions; answers
with errors; documents that ask for a receipt (a counted lookup outside the read transaction)
or for webhook endpoints, deliveries or attempts (the dispatcher changes those without an
event); answers whose resolvers left the request's read transaction.

Over GET (a persisted query's hash included) an answer carries an ETag, the digest of its
bytes, and a matching If-None-Match gets 304. Cache-Control is `no-cache` for both kinds of
reader: a browser or CDN keeps the answer but asks again each time, which costs a 304 and one
statement when nothing changed; a max-age would let it serve an answer older than the last
write. Keyed answers are `private`, anonymous ones `public`; both vary by Authorization and
Accept-Language.
"""

import hashlib
import json
from contextlib import suppress
from dataclasses import dataclass
from enum import Enum
from typing import Any

from cachetools import LRUCache
from graphql import (
    GraphQLError,
    GraphQLSchema,
    OperationType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    get_named_type,
    get_operation_ast,
    parse,
    visit,
)
from graphql.language import FieldNode

from api.services.versions import Access

# Types whose state changes without an event, or that answer outside the read transaction.
UNCACHEABLE_TYPES = frozenset({"Receipt", "WebhookEndpoint", "WebhookDelivery", "WebhookAttempt"})
VARY = "Authorization, Accept-Language"
# What an entry costs besides its body and key: the objects that hold them.
_ENTRY_OVERHEAD = 200


@dataclass(frozen=True, slots=True)
class Answer:
    """An answer's bytes, as sent, and the ETag that names them."""

    body: bytes
    etag: str

    @classmethod
    def of(cls, body: bytes) -> "Answer":
        return cls(body, '"' + hashlib.blake2b(body, digest_size=16).hexdigest() + '"')


class AnswerCache:
    """Answers by question and version, the least recently used dropped past `max_bytes`."""

    def __init__(self, max_bytes: int) -> None:
        self._answers: LRUCache[bytes, Answer] = LRUCache(max_bytes, getsizeof=_size)
        # Counted for the bench and the tests, which show that answers were found at all.
        self.hits = self.misses = 0

    def get(self, key: bytes) -> Answer | None:
        found = self._answers.get(key)
        if found is None:
            self.misses += 1
        else:
            self.hits += 1
        return found

    def put(self, key: bytes, answer: Answer) -> None:
        with suppress(ValueError):  # larger than the whole cache: answered, not kept
            self._answers[key] = answer


def _size(answer: Answer) -> int:
    return len(answer.body) + _ENTRY_OVERHEAD


def answer_key(
    *,
    query: str,
    variables: dict[str, Any] | None,
    operation_name: str | None,
    access: Access | None,
    locale: str | None,
    version: str,
) -> bytes:
    """The key of an answer: a digest of the question and the access, then the version."""
    who = (
        None
        if access is None
        else [str(access.tenant_id), sorted(access.scopes), str(access.plan_id or "")]
    )
    question = json.dumps(
        [query, variables, operation_name, who, locale],
        sort_keys=True,
        separators=(",", ":"),
        ensure_ascii=False,
    )
    return hashlib.blake2b(question.encode(), digest_size=32).digest() + version.encode()


class Keeping(Enum):
    """Whether a document's answers may be kept, and under what."""

    NEVER = "never"
    # Only introspection (`__typename`, `__schema`): the same answer until the schema changes.
    ALWAYS = "always"
    BY_VERSION = "by version"


class Cacheability:
    """Which documents' answers may be kept: queries touching no uncacheable type. Learnt once
    per document and operation name, so a repeated question costs a dictionary lookup."""

    def __init__(self, schema: GraphQLSchema, *, documents: int = 1024) -> None:
        self._schema = schema
        self._known: LRUCache[tuple[str, str | None], Keeping] = LRUCache(documents)

    def of(self, query: str, operation_name: str | None) -> Keeping:
        known = self._known.get((query, operation_name))
        if known is None:
            known = self._known[(query, operation_name)] = self._learn(query, operation_name)
        return known

    def _learn(self, query: str, operation_name: str | None) -> Keeping:
        try:
            document = parse(query)
        except GraphQLError:
            return Keeping.NEVER  # Strawberry answers it with the error
        operation = get_operation_ast(document, operation_name)
        if operation is None or operation.operation != OperationType.QUERY:
            return Keeping.NEVER
        type_info = TypeInfo(self._schema)
        touched = _TouchedTypes(type_info)
        # Every operation and fragment of the document, used or not: a superset is safe.
        visit(document, TypeInfoVisitor(type_info, touched))
        if touched.names & UNCACHEABLE_TYPES:
            return Keeping.NEVER
        return Keeping.BY_VERSION if touched.data else Keeping.ALWAYS


class _TouchedTypes(Visitor):
    """The types of every field selected and of what it is selected on, and whether any field
    reads data rather than the schema."""

    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.names: set[str] = set()
        self.data = False

    def enter_field(self, node: FieldNode, *_: object) -> None:
        parent = self.type_info.get_parent_type()
        # Introspection: `__typename`, `__schema`, `__type` and the fields of their types.
        schema_only = node.name.value.startswith("__") or (
            parent is not None and parent.name.startswith("__")
        )
        self.data = self.data or not schema_only
        for found in (parent, self.type_info.get_type()):
            if found is not None:
                self.names.add(get_named_type(found).name)


def not_modified(if_none_match: str | None, etag: str) -> bool:
    """Whether If-None-Match names this ETag (or any, `*`): compared weakly, as RFC 9110 asks
    for this header. Starlette has no parser of its own to reuse."""
    if not if_none_match:
        return False
    tags = (tag.strip() for tag in if_none_match.split(","))
    return any(tag == "*" or tag.removeprefix("W/") == etag for tag in tags)


def cache_headers(answer: Answer, *, keyed: bool) -> dict[str, str]:
    """What a GET's answer tells browsers and CDNs (see the module's docstring)."""
    return {
        "ETag": answer.etag,
        "Cache-Control": "private, no-cache" if keyed else "public, no-cache",
        "Vary": VARY,
    }
