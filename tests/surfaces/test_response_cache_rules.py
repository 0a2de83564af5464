"""The response cache's rules, without a database: which documents' answers may be kept, what
keys keep apart, how answers are bounded, and how If-None-Match is read."""

import uuid
from typing import Any

import pytest

from api.schema.app import schema
from api.schema.response_cache import (
    Answer,
    AnswerCache,
    Cacheability,
    Keeping,
    answer_key,
    not_modified,
)
from api.services.caller import Caller
from api.services.versions import Access
from api.settings import Settings

KNOWN = Cacheability(schema._schema)


@pytest.mark.parametrize(
    ("document", "keeping"),
    [
        ("{ plans { edges { node { title } } } }", Keeping.BY_VERSION),
        ("query Goal($id: ID!) { node(id: $id) { ... on Goal { title } } }", Keeping.BY_VERSION),
        ("{ __typename }", Keeping.ALWAYS),
        ("{ __schema { types { name } } }", Keeping.ALWAYS),
        # Never a mutation, nor a subscription, nor a document that does not parse.
        ('mutation { revokeApiKey(input: {keyId: "x"}) { __typename } }', Keeping.NEVER),
        ('subscription { planEvents(planId: "x") { type } }', Keeping.NEVER),
        ("{ plans {", Keeping.NEVER),
        # A receipt is a counted lookup outside the read transaction.
        ('{ receipt(code: "x") { status } }', Keeping.NEVER),
        ('query { ...R } fragment R on Query { receipt(code: "x") { status } }', Keeping.NEVER),
        # The dispatcher changes endpoints, deliveries and attempts without an event.
        ("{ webhookEndpoints { edges { node { enabled } } } }", Keeping.NEVER),
        ('{ node(id: "x") { ... on WebhookEndpoint { failingSince } } }', Keeping.NEVER),
        ('{ webhookEndpoint(id: "x") { id } }', Keeping.NEVER),
    ],
)
def test_which_documents_answers_may_be_kept(document: str, keeping: Keeping) -> None:
    assert KNOWN.of(document, None) is keeping


def test_the_operation_asked_for_decides() -> None:
    document = "query Read { __typename } mutation Write { __typename }"
    assert KNOWN.of(document, "Read") is Keeping.ALWAYS
    assert KNOWN.of(document, "Write") is Keeping.NEVER
    assert KNOWN.of(document, "Missing") is Keeping.NEVER


def test_keys_keep_apart_what_answers_depend_on() -> None:
    tenant, plan = uuid.uuid4(), uuid.uuid4()
    reader = Caller(tenant_id=tenant, actor="a", scopes=frozenset({"read"}))
    asked: dict[str, Any] = {
        "query": "{ plans { totalCount } }",
        "variables": {"a": 1, "b": 2},
        "operation_name": None,
        "access": Access.of(reader),
        "locale": None,
        "version": "1",
    }
    changes: list[dict[str, Any]] = [
        {
            "access": Access.of(
                Caller(tenant_id=uuid.uuid4(), actor="a", scopes=frozenset({"read"}))
            )
        },
        {
            "access": Access.of(
                Caller(tenant_id=tenant, actor="a", scopes=frozenset({"read", "admin"}))
            )
        },
        {
            "access": Access.of(
                Caller(tenant_id=tenant, actor="a", scopes=frozenset({"read"}), plan_id=plan)
            )
        },
        {"access": None},
        {"locale": "en"},
        {"version": "2"},
        {"variables": {"a": 2, "b": 2}},
        {"operation_name": "Other"},
        {"query": "{ plans { totalCount } } "},
    ]
    keys = {answer_key(**asked)} | {answer_key(**(asked | change)) for change in changes}
    assert len(keys) == len(changes) + 1
    # Neither the actor's name nor the order the variables came in.
    renamed = Caller(tenant_id=tenant, actor="b", scopes=frozenset({"read"}))
    same = asked | {"access": Access.of(renamed), "variables": {"b": 2, "a": 1}}
    assert answer_key(**same) == answer_key(**asked)


def test_answers_are_bounded_by_bytes_the_least_recently_used_dropped_first() -> None:
    kept = AnswerCache(max_bytes=3 * (1000 + 200))
    for name in (b"a", b"b", b"c"):
        kept.put(name, Answer.of(b"x" * 1000))
    assert kept.get(b"a") is not None  # now the most recently used
    kept.put(b"d", Answer.of(b"y" * 1000))
    assert [kept.get(name) is not None for name in (b"a", b"b", b"c", b"d")] == [
        True, False, True, True,
    ]  # fmt: skip
    kept.put(b"huge", Answer.of(b"z" * 10_000))  # larger than the whole cache: not kept
    assert kept.get(b"huge") is None and kept.get(b"d") is not None


def test_if_none_match_is_compared_weakly() -> None:
    etag = Answer.of(b"{}").etag
    assert not_modified(etag, etag)
    assert not_modified(f'"x", W/{etag}', etag)
    assert not_modified("*", etag)
    assert not not_modified(None, etag) and not not_modified('"x"', etag)


def test_the_switch_and_the_bound_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings(_env_file=None).response_cache_bytes == 64 * 1024 * 1024  # type: ignore[call-arg]
    monkeypatch.setenv("SPOOR_RESPONSE_CACHE", "off")
    assert Settings(_env_file=None).response_cache_bytes == 0  # type: ignore[call-arg]
    monkeypatch.setenv("SPOOR_RESPONSE_CACHE", "on")
    monkeypatch.setenv("SPOOR_RESPONSE_CACHE_MEGABYTES", "8")
    assert Settings(_env_file=None).response_cache_bytes == 8 * 1024 * 1024  # type: ignore[call-arg]
