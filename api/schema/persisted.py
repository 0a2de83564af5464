"""Persisted queries by hash, as Apollo's automatic persisted queries send them.

A client sends `extensions: {"persistedQuery": {"version": 1, "sha256Hash": "<hex>"}}` without
the query, usually over GET so that a browser or CDN can keep the answer. Known hash: the query
it stands for runs. Unknown: the answer is the error PERSISTED_QUERY_NOT_FOUND (HTTP 200, which
Apollo's clients expect), and the client sends the query again with its hash; Spoor checks the
hash and remembers the query. Strawberry has no such support of its own, so it is done here, in
the view, where the response cache needs the query's text before anything runs.

The queries are remembered per process, in a store bounded by bytes: a process that does not
know a hash (a new one, or one behind a load balancer that saw the query elsewhere) costs the
client one more round trip, never a wrong answer, because the hash is checked against the text.
"""

import hashlib
import re
from contextlib import suppress
from dataclasses import replace

from cachetools import LRUCache
from cross_web import HTTPException
from graphql import GraphQLError
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

PERSISTED_QUERY_NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
# Room for some thousands of documents of the size MAX_TOKENS allows.
DEFAULT_BYTES = 8 * 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}")


class PersistedQueries:
    """The queries this process has seen by hash, the least recently used forgotten first."""

    def __init__(self, max_bytes: int = DEFAULT_BYTES) -> None:
        self._queries: LRUCache[str, str] = LRUCache(max_bytes, getsizeof=len)

    def resolve(self, data: GraphQLRequestData) -> GraphQLRequestData | None:
        """The request with its query: as sent (remembered under its hash, if one came with it),
        or the one remembered under its hash; None when that hash is unknown here.

        A hash that is not a SHA-256 in hex, or not that of the query sent with it, is refused
        (400), as is a version other than 1.
        """
        wanted = _hash_asked(data.extensions)
        if wanted is None:
            return data
        if data.query is not None:
            if hashlib.sha256(data.query.encode()).hexdigest() != wanted:
                raise HTTPException(400, "the persistedQuery sha256Hash is not that of the query")
            if wanted not in self._queries:
                # A document larger than the whole store runs, and is not kept.
                with suppress(ValueError):
                    self._queries[wanted] = data.query
            return data
        known = self._queries.get(wanted)
        return None if known is None else replace(data, query=known)


def _hash_asked(extensions: dict[str, object] | None) -> str | None:
    asked = (extensions or {}).get("persistedQuery")
    if asked is None:
        return None
    if not isinstance(asked, dict) or asked.get("version") != 1:
        raise HTTPException(400, "extensions.persistedQuery must be {version: 1, sha256Hash}")
    wanted = asked.get("sha256Hash")
    if not isinstance(wanted, str) or not _SHA256.fullmatch(wanted):
        raise HTTPException(400, "extensions.persistedQuery.sha256Hash must be 64 hex digits")
    return wanted


def not_found() -> ExecutionResult:
    """The answer to an unknown hash, in the form Apollo's clients retry on."""
    error = GraphQLError("PersistedQueryNotFound", extensions={"code": PERSISTED_QUERY_NOT_FOUND})
    return ExecutionResult(data=None, errors=[error])
