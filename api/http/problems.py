"""Errors as RFC 9457 problem details (application/problem+json).

This is the one place where a refused use case (a DomainError) becomes an HTTP status. Every
problem a handler here answers carries the request id as its `instance` (to quote, and to find
the log line by) and, where a field is at fault, `errors: [{field, message}]`, the field spelled
as the REST body or parameter spells it.
"""

import re
from collections.abc import Sequence
from http import HTTPStatus
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException
from starlette.requests import HTTPConnection

from api.domain import errors as domain
from api.http.identity import request_id

PROBLEM = "application/problem+json"
WWW_AUTHENTICATE = 'Bearer realm="spoor"'
# A field the domain names for a command that REST spells otherwise: the version a change
# expects is REST's If-Match.
REST_FIELDS = {"expectedVersion": "If-Match"}

# The HTTP status of each domain error, most specific first; any other DomainError is a 422.
DOMAIN_STATUSES: tuple[tuple[type[domain.DomainError], int], ...] = (
    (domain.Unauthenticated, 401),
    (domain.Forbidden, 403),
    (domain.NotFound, 404),
    (domain.StaleVersion, 412),
    (domain.Conflict, 409),
    (domain.DuplicateLink, 409),
    (domain.IllegalTransition, 409),
)


# The code of a problem no use case named, by its status: what a client branches on.
CODES_BY_STATUS = {
    400: "bad_request", 401: "unauthenticated", 403: "forbidden", 404: "not_found",
    405: "method_not_allowed", 406: "not_acceptable", 409: "conflict",
    412: "precondition_failed", 413: "payload_too_large", 415: "unsupported_media_type",
    422: "validation_failed", 428: "precondition_required", 429: "rate_limited",
    500: "internal_error", 503: "unavailable",
}  # fmt: skip


def problem(status: int, title: str, detail: str, **extra: object) -> JSONResponse:
    """An RFC 9457 problem. Every one has a `code` and a `type` naming it, so that a client
    branches on one field whichever layer refused the request."""
    code = str(extra.pop("code", None) or CODES_BY_STATUS.get(status, "error"))
    kind = extra.pop("type", None) or f"urn:spoor:problem:{code}"
    body = {"type": kind, "title": title, "status": status, "detail": detail, **extra}
    body["code"] = code
    return JSONResponse(status_code=status, content=body, media_type=PROBLEM)


def instance(request: HTTPConnection) -> str:
    """A problem's `instance`: this request, named by the id its log lines carry."""
    return f"urn:spoor:request:{quote(request_id(request), safe='')}"


def status_of(error: domain.DomainError) -> int:
    """The HTTP status of a refused use case."""
    if getattr(error, "retry_after", None) is not None:  # too many receipt lookups
        return 429
    return next((code for kind, code in DOMAIN_STATUSES if isinstance(error, kind)), 422)


def rest_field(field: str) -> str:
    """A field as the domain names it (`phases[0].endsOn`, as GraphQL spells it) the way REST
    bodies and parameters spell it (`phases[0].ends_on`)."""
    if field in REST_FIELDS:
        return REST_FIELDS[field]
    return re.sub(r"(?<=[a-z0-9])([A-Z])", lambda found: "_" + found.group(1).lower(), field)


def domain_problem(error: domain.DomainError, request: HTTPConnection) -> JSONResponse:
    """A refused use case as problem+json: its status, its code, and the field it names."""
    status = status_of(error)
    if status == 403 and "authorization" not in request.headers:
        status = 401  # not that the key may not: there is no key
    extra: dict[str, object] = {"code": error.code}
    if error.field is not None:
        extra["errors"] = [{"field": rest_field(error.field), "message": error.message}]
    if isinstance(error, domain.StaleVersion) and error.current is not None:
        extra["current_version"] = error.current
    response = problem(
        status,
        _title(status),
        error.message,
        type=f"urn:spoor:problem:{error.code}",
        instance=instance(request),
        **extra,
    )
    if status == 401:
        response.headers["WWW-Authenticate"] = WWW_AUTHENTICATE
    if status == 429:
        response.headers["Retry-After"] = str(getattr(error, "retry_after", 1))
    return response


def install_problem_handlers(app: FastAPI) -> None:
    """Answer every HTTP error, every malformed request and every refused use case as
    problem+json."""

    @app.exception_handler(domain.DomainError)
    async def refused(request: Request, error: domain.DomainError) -> JSONResponse:
        return domain_problem(error, request)

    @app.exception_handler(HTTPException)
    async def http_problem(request: Request, error: HTTPException) -> JSONResponse:
        response = problem(
            error.status_code,
            _title(error.status_code),
            str(error.detail),
            instance=instance(request),
        )
        for name, value in (error.headers or {}).items():
            response.headers[name] = value
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        # Starlette still logs the traceback (its error middleware raises it again after
        # answering); the caller gets the masked problem and the request id to quote.
        rid = request_id(request)
        return problem(
            500,
            "Internal Server Error",
            f"Unexpected error; quote request id {rid} when reporting it.",
            instance=instance(request),
            code="internal_error",
        )

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": _field_of(item["loc"]), "message": item["msg"]} for item in error.errors()
        ]
        return problem(
            422,
            "Unprocessable Content",
            "the request is not valid",
            instance=instance(request),
            code="validation_failed",
            errors=errors,
        )


def _field_of(location: Sequence[int | str]) -> str:
    """Where a parameter or body value is, as REST spells it: `("body", "phases", 0,
    "ends_on")` is `phases[0].ends_on`, `("query", "limit")` is `limit`."""
    parts = list(location)
    if len(parts) > 1 and parts[0] in ("body", "query", "path", "header", "cookie"):
        parts = parts[1:]
    field = ""
    for part in parts:
        field += f"[{part}]" if isinstance(part, int) else (f".{part}" if field else str(part))
    return field


def _title(status: int) -> str:
    # RFC 9110's names, which Python before 3.13 does not know yet.
    renamed = {413: "Content Too Large", 422: "Unprocessable Content"}
    if status in renamed:
        return renamed[status]
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"
