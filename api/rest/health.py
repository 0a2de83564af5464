"""Liveness and readiness."""

from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel
from sqlalchemy.exc import SQLAlchemyError

from api.http.outage import RETRY_AFTER_SECONDS
from api.rest.requests import errors
from api.services import health as health_service
from api.services.runner import run_read

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    database: str


@router.get(
    "/healthz",
    summary="Is Spoor up and its database reachable?",
    # Its answers are problems like any operation's, so a generated client parses them.
    responses={status: errors()[status] for status in (400, 503)},
)
async def healthz(request: Request) -> Health:
    try:
        await run_read(request.app.state.database, None, health_service.check)
    except (OSError, SQLAlchemyError) as error:
        raise HTTPException(
            503,
            f"the database does not answer: {type(error).__name__}",
            {"Retry-After": str(RETRY_AFTER_SECONDS)},
        ) from None
    return Health(status="ok", database="ok")
