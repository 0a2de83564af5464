"""The REST resources under /api/v1, one router per area, in the order the docs list them.

Each operation's answer documents the headers it carries, read from what it answers with: a
page has a Link to the next, an item with a version an ETag, a new item its Location, and a
POST's answer may be a replay (Idempotent-Replayed). An operation that admits its caller
documents 401 even where it needs no key: admission refuses a key that does not authenticate.
"""

from typing import Any

from fastapi import APIRouter
from fastapi.routing import APIRoute

from api.rest import (
    actions,
    bulk_inputs,
    feedback,
    inputs,
    keys,
    links,
    participation,
    plans,
    reads,
    receipts,
    structure,
    structure_goals,
    webhooks,
)
from api.rest.conventions import LogPage, Page
from api.rest.requests import errors, request_scope
from api.rest.trail_models import TrailItem
from api.rest.writes import REPLAYED_HEADER

_HEADERS: dict[str, dict[str, Any]] = {
    "Link": {
        "description": 'The next page, as <url>; rel="next" (RFC 8288), when there is one.',
        "schema": {"type": "string"},
    },
    "ETag": {
        "description": 'The item\'s version, quoted ("3"): send it as If-Match to change it.',
        "schema": {"type": "string"},
    },
    "Location": {"description": "Where the new item lives.", "schema": {"type": "string"}},
    REPLAYED_HEADER: {
        "description": "true when this is the answer kept for the request's Idempotency-Key.",
        "schema": {"type": "string", "enum": ["true"]},
    },
}


def _admits(route: APIRoute) -> bool:
    """Whether the route admits its caller (api/http/identity.py), which answers 401 to a key
    that does not authenticate, even where the route itself needs no key."""
    pending = list(route.dependant.dependencies)
    while pending:
        dependency = pending.pop()
        if dependency.call is request_scope:
            return True
        pending.extend(dependency.dependencies)
    return False


def _documented(router: APIRouter) -> APIRouter:
    for route in router.routes:
        if isinstance(route, APIRoute) and _admits(route) and 401 not in route.responses:
            answers = {**route.responses, **errors(401)}
            route.responses = dict(sorted(answers.items(), key=lambda found: str(found[0])))
        if not isinstance(route, APIRoute) or route.response_model is None:
            continue
        model, status = route.response_model, route.status_code or 200
        names = []
        if isinstance(model, type) and issubclass(model, Page | LogPage):
            names.append("Link")
        elif "version" in getattr(model, "model_fields", {}) or model is TrailItem:
            names.append("ETag")
        if status == 201:
            names.append("Location")
        if "POST" in (route.methods or ()):
            names.append(REPLAYED_HEADER)
        if names:
            answer = route.responses.setdefault(status, {})
            answer.setdefault("headers", {}).update({name: _HEADERS[name] for name in names})
    return router


ROUTERS: tuple[APIRouter, ...] = tuple(
    _documented(router)
    for router in (
        plans.router,
        inputs.router,
        bulk_inputs.router,
        structure.router,
        structure_goals.router,
        actions.router,
        links.router,
        participation.router,
        feedback.router,
        reads.router,
        receipts.router,
        keys.router,
        webhooks.router,
    )
)
