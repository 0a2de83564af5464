"""Liveness and readiness."""

from fastapi import APIRouter, Request
from pydantic import BaseModel

from api.services import health as health_service

router = APIRouter(tags=["health"])


class Health(BaseModel):
    status: str
    database: str


@router.get("/healthz", summary="Is Spoor up and its database reachable?")
async def healthz(request: Request) -> Health:
    async with request.app.state.database.unit_of_work() as uow:
        await health_service.check(uow)
    return Health(status="ok", database="ok")
