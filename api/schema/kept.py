"""Kept answers, sent before anything else of the request runs.

A repeated GraphQL query whose answer the response cache keeps (api/schema/response_cache.py)
costs no more than finding it: read the question; learn, in one statement outside any
transaction, who the key stands for and the version of what they can read
(versions.standing_of); count the request against the rate limit; send the bytes kept. Routing,
FastAPI's dependencies, Strawberry's handling and the read transaction are skipped, and nothing
of the answer's meaning is: an answer is found only under the question, the caller's access,
the locale and that version, exactly as the view (api/schema/view.py) keeps it.

The question is read from what the edge has already read (a POST's body is parsed once, by
api/http/malformed.py, and the body itself is left for the ordinary way). Everything else goes
on its ordinary way untouched: a request this reading does not take for a plain query, a
mutation, a document whose answers are never kept, a key that opens no tenant (refused there in
its own words), a request over its rate limit (counted again and refused there: a refused
request counts twice). A miss takes the reader's Standing along in the ASGI scope, so the
version is read once.

Installed inside the edge (api/http/malformed.py has checked the body and the query string,
api/http/outage.py turns a failing statement into 503), only when answers are kept.
"""

from typing import Any

import orjson
from cross_web import HTTPException
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send
from strawberry.http import GraphQLRequestData

from api.domain.errors import Unauthenticated
from api.domain.translatable import preferred_language
from api.http.identity import RateLimiter, bearer_key, count_request
from api.http.malformed import GRAPHQL_PATH, JSON_BODY
from api.schema.response_cache import AnswerCache, Keeping, answer_key
from api.schema.view import STANDING, SpoorGraphQL, kept_response
from api.services import versions
from api.store.database import Database


class SendKeptAnswers:
    """ASGI middleware: answer a kept GraphQL query at once, or hand the request on."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        answers: AnswerCache,
        router: SpoorGraphQL,
        database: Database,
        rates: RateLimiter,
    ) -> None:
        self.app = app
        self.answers = answers
        self.router = router
        self.database = database
        self.rates = rates

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != GRAPHQL_PATH:
            await self.app(scope, receive, send)
            return
        if not await self._answered(Request(scope, receive), send):
            await self.app(scope, receive, send)

    async def _answered(self, request: Request, send: Send) -> bool:
        asked = _question(request)
        if asked is not None:
            try:
                asked = self.router.persisted.resolve(asked)
            except HTTPException:
                asked = None  # refused on the ordinary way
        if asked is None or asked.query is None:
            return False
        keeping = self.router.cacheability.of(asked.query, asked.operation_name)
        if keeping is Keeping.NEVER:
            return False
        header = request.headers.get("Authorization")
        try:
            key = None if header is None else bearer_key(header)
        except Unauthenticated:
            return False
        standing = await versions.standing_of(self.database, key)
        if standing is None:
            return False
        found = self.answers.get(
            answer_key(
                query=asked.query,
                variables=asked.variables,
                operation_name=asked.operation_name,
                access=standing.access,
                locale=preferred_language(request.headers.get("Accept-Language")),
                version=standing.version if keeping is Keeping.BY_VERSION else "schema",
            )
        )
        if found is None:
            request.scope[STANDING] = standing
            return False
        if count_request(request, self.rates, standing.key_id) is not None:
            return False
        response = kept_response(request, found, keyed=standing.access is not None)
        await response(request.scope, request.receive, send)
        return True


def _question(request: Request) -> GraphQLRequestData | None:
    """The query asked, as the GraphQL-over-HTTP spec lets it come (a JSON body over POST, the
    query string over GET); None for anything else, which the ordinary way reads itself."""
    if request.method == "POST":
        # The body's JSON value as the edge read it; the body itself stays for the ordinary way.
        given: Any = request.scope.get(JSON_BODY)
    elif request.method == "GET":
        params = request.query_params
        if "query" not in params and "extensions" not in params:
            return None  # the GraphiQL page
        try:
            given = {
                "query": params.get("query"),
                "operationName": params.get("operationName"),
                "variables": _json_or_none(params.get("variables")),
                "extensions": _json_or_none(params.get("extensions")),
            }
        except ValueError:
            return None
    else:
        return None
    if not isinstance(given, dict):
        return None
    query, variables = given.get("query"), given.get("variables")
    operation_name, extensions = given.get("operationName"), given.get("extensions")
    if not (
        isinstance(query, str | None)
        and isinstance(variables, dict | None)
        and isinstance(operation_name, str | None)
        and isinstance(extensions, dict | None)
    ):
        return None
    return GraphQLRequestData(query, variables, operation_name, extensions)


def _json_or_none(given: str | None) -> Any:
    return None if given is None else orjson.loads(given)
