"""A document is parsed and validated once per process: a repeat is answered by the verdict the
first request reached, and the limits refuse a repeat exactly as they refused the first."""

import uuid
from collections.abc import Iterator

import httpx
import pytest
from graphql import OperationDefinitionNode

from api.schema.app import MAX_TOKENS
from api.schema.cost import QueryCostLimiter
from tests.surfaces.graphql_calls import post

COSTLY = """
query {name} {{ plans(first: 100) {{ edges {{ node {{ inputs(first: 100) {{ edges {{ node {{
  incomingLinks(first: 100) {{ edges {{ node {{ id }} }} }} }} }} }} }} }} }} }}
"""


@pytest.fixture
def judged(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The operations the cost rule judged (each rule runs on every validation, with the rest)."""
    names: list[str] = []
    judge = QueryCostLimiter.enter_operation_definition

    def counted(rule: QueryCostLimiter, node: OperationDefinitionNode, *rest: object) -> None:
        names.append(node.name.value if node.name else "")
        judge(rule, node, *rest)

    monkeypatch.setattr(QueryCostLimiter, "enter_operation_definition", counted)
    yield names


def _unique(prefix: str) -> str:
    """An operation name no other request of this process has sent, so its text is new."""
    return f"{prefix}{uuid.uuid4().hex}"


async def test_a_repeated_document_is_validated_once(
    client: httpx.AsyncClient, judged: list[str]
) -> None:
    name = _unique("Again")
    for _ in range(3):
        body = await post(client, f"query {name} {{ __typename }}")
        assert body == {"data": {"__typename": "Query"}}
    assert judged == [name]


async def test_a_refused_document_is_refused_again_by_its_kept_verdict(
    client: httpx.AsyncClient, judged: list[str]
) -> None:
    name = _unique("Costly")
    first, second = [await post(client, COSTLY.format(name=name)) for _ in range(2)]
    assert first["data"] is None and first["errors"][0]["extensions"]["code"] == "query_too_costly"
    assert second == first
    assert judged == [name]


async def test_variables_do_not_change_a_kept_verdict(
    client: httpx.AsyncClient, judged: list[str]
) -> None:
    # `first` given as a variable is judged at its most (cost.VARIABLE_FIRST) whatever it is,
    # so the verdict on the text holds for every value sent with it.
    name = _unique("Paged")
    query = f"query {name}($n: Int) {{ plans(first: $n) {{ totalCount }} }}"
    for n in (1, 100):
        body = await post(client, query, {"n": n})
        assert body["data"]["plans"]["totalCount"] >= 0, body
    assert judged == [name]


async def test_too_many_tokens_are_refused_every_time(client: httpx.AsyncClient) -> None:
    # The token limit works while parsing: a document over it is never parsed, nor kept.
    many = f"query {_unique('Many')} {{ " + " ".join(["__typename"] * MAX_TOKENS) + " }"
    for _ in range(2):
        body = await post(client, many)
        assert "token" in body["errors"][0]["message"].lower(), body
