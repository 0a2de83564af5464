"""Malformed requests are refused at the edge, before any surface reads them: 400 for a body or
query string that is not what it claims to be, 413 for a body over the size limit.

Every HTTP request passes through `RefuseMalformedRequests`, so GraphQL and REST (and whatever
comes next) hold the same line: a body is at most `MAX_BODY_BYTES`; a JSON body is UTF-8, is
JSON by the RFC (no NaN or Infinity, no byte-order mark) and nests at most `MAX_JSON_DEPTH`
deep; a query string is percent-encoded UTF-8. The answer speaks the surface's language: a
GraphQL error body under /graphql, problem+json everywhere else.
"""

import json
import logging
from collections.abc import Iterable
from urllib.parse import parse_qsl, quote

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.http.identity import request_id
from api.http.problems import problem

# Spoor's bodies are commands and GraphQL documents (at most 2,000 tokens): kilobytes. A
# megabyte leaves room for a long text in every field and bounds what one request can make
# the server hold and parse.
MAX_BODY_BYTES = 1024 * 1024
# A bulk sync (a path ending in `:bulk`) carries up to 10,000 rows: some megabytes as a
# spreadsheet writes them, more where citizens wrote at length.
MAX_BULK_BODY_BYTES = 32 * 1024 * 1024
# Spoor's deepest input is a few levels; Python's parser gives up (RecursionError) near 1,000.
MAX_JSON_DEPTH = 64
GRAPHQL_PATH = "/graphql"
# Where the edge leaves a JSON body's value, read once, for whoever inside wants it.
JSON_BODY = "spoor.json_body"

log = logging.getLogger("spoor.requests")


class MalformedRequest(Exception):
    """A request that cannot be read as what it claims to be."""

    def __init__(self, message: str, *, status: int = 400) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def decode_json(raw: str | bytes) -> object:
    """The JSON value of a request body or parameter, read strictly (RFC 8259)."""
    try:
        text = raw if isinstance(raw, str) else raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise MalformedRequest(f"the body is not valid UTF-8 (at byte {error.start})") from None
    if not text.strip():
        raise MalformedRequest("the body is empty; send a JSON object")
    try:
        value = json.loads(text, parse_constant=_refuse_constant)
    except json.JSONDecodeError as error:
        raise MalformedRequest(f"not valid JSON: {error}") from None
    except RecursionError:
        raise MalformedRequest(f"JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError:
        # Python reads integers of at most 4,300 digits (sys.get_int_max_str_digits).
        raise MalformedRequest("not valid JSON: a number too long to read") from None
    if _depth(value) > MAX_JSON_DEPTH:
        raise MalformedRequest(f"JSON nested deeper than {MAX_JSON_DEPTH} levels")
    return value


def _refuse_constant(name: str) -> object:
    # Python's parser accepts NaN, Infinity and -Infinity; JSON has no such values.
    raise MalformedRequest(f"not valid JSON: {name} is not a JSON value")


def _depth(value: object) -> int:
    """How deep arrays and objects nest, counted without recursion."""
    deepest = 0
    level: list[object] = [value]
    while level:
        containers = [item for item in level if isinstance(item, (dict, list))]
        if not containers:
            break
        deepest += 1
        if deepest > MAX_JSON_DEPTH:
            break
        level = [child for item in containers for child in _children(item)]
    return deepest


def _children(container: object) -> Iterable[object]:
    if isinstance(container, dict):
        return container.values()
    return container if isinstance(container, list) else ()


def check_query_string(raw: bytes) -> None:
    """A query string must be ASCII, its percent-escapes UTF-8."""
    try:
        parse_qsl(raw.decode("ascii"), keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise MalformedRequest("the query string is not percent-encoded UTF-8") from None


def is_json(content_type: str) -> bool:
    media_type = content_type.split(";", 1)[0].strip().lower()
    return media_type == "application/json" or media_type.endswith("+json")


def refusal(
    scope: Scope, status: int, message: str, *, request_id: str, code: str | None = None
) -> Response:
    """A client error in the surface's own format, with the request id that finds its log line."""
    code = code or ("payload_too_large" if status == 413 else "bad_request")
    if is_graphql(scope):
        return graphql_error(status, message, code=code, request_id=request_id)
    return problem(
        status,
        _TITLES.get(status, "Bad Request"),
        message,
        instance=request_instance(request_id),
        code=code,
    )


def request_instance(request_id: str) -> str:
    """A problem's `instance`: the request, named by the id its log line carries."""
    return f"urn:spoor:request:{quote(request_id, safe='')}"


def graphql_error(status: int, message: str, *, code: str, request_id: str) -> Response:
    """The GraphQL-over-HTTP answer to a request that was not executed."""
    extensions = {"code": code, "requestId": request_id}
    return JSONResponse({"errors": [{"message": message, "extensions": extensions}]}, status)


def is_graphql(scope: Scope) -> bool:
    path: str = scope.get("path", "")
    return path == GRAPHQL_PATH or path.startswith(GRAPHQL_PATH + "/")


def log_refusal(scope: Scope, status: int, message: str, rid: str) -> None:
    """A client's mistake is one line at INFO: nothing to trace, something to find."""
    log.info(
        "request %s refused (%d): %s %s: %s",
        rid,
        status,
        scope.get("method", "?"),
        scope.get("path", "?"),
        message[:200],
    )


_TITLES = {400: "Bad Request", 413: "Content Too Large"}


class RefuseMalformedRequests:
    """ASGI middleware: read the whole body (at most `max_body_bytes`), check it and the query
    string, then hand the request on with the body replayed, or answer the refusal."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int = MAX_BODY_BYTES,
        max_bulk_body_bytes: int = MAX_BULK_BODY_BYTES,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.max_bulk_body_bytes = max_bulk_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        try:
            check_query_string(scope.get("query_string", b""))
            body = await self._read_body(scope, receive)
            if body is None:
                return  # the client left before it finished sending
            if body and is_json(Request(scope).headers.get("content-type", "")):
                scope[JSON_BODY] = decode_json(body)
        except MalformedRequest as refused:
            rid = request_id(Request(scope))
            log_refusal(scope, refused.status, refused.message, rid)
            await refusal(scope, refused.status, refused.message, request_id=rid)(
                scope, receive, send
            )
            return
        await self.app(scope, replay(body, receive), send)

    async def _read_body(self, scope: Scope, receive: Receive) -> bytes | None:
        bulk = str(scope.get("path", "")).endswith(":bulk")
        limit = self.max_bulk_body_bytes if bulk else self.max_body_bytes
        too_large = MalformedRequest(f"the body is larger than {limit} bytes", status=413)
        declared = Request(scope).headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > limit:
            raise too_large
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return None
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > limit:
                raise too_large
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def replay(body: bytes, receive: Receive) -> Receive:
    """The body once, as one message; after it, the connection's own messages (a disconnect)."""
    sent = False

    async def replayed() -> Message:
        nonlocal sent
        if sent:
            return await receive()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return replayed
