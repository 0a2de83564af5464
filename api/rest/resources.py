"""The REST resources under /api/v1, one router per area, in the order the docs list them."""

from fastapi import APIRouter

from api.rest import (
    actions,
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
)

ROUTERS: tuple[APIRouter, ...] = (
    plans.router,
    inputs.router,
    structure.router,
    structure_goals.router,
    actions.router,
    links.router,
    participation.router,
    feedback.router,
    reads.router,
    receipts.router,
    keys.router,
)
