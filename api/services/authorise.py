"""Authorisation at the door of every use case that writes."""

import functools
from collections.abc import Awaitable, Callable
from typing import Concatenate, ParamSpec, TypeVar

from api.domain.access import Scope, require_scope
from api.services.caller import Caller
from api.store.unit_of_work import UnitOfWork

P = ParamSpec("P")
R = TypeVar("R")


def writes(
    use_case: Callable[Concatenate[UnitOfWork, Caller, P], Awaitable[R]],
) -> Callable[Concatenate[UnitOfWork, Caller, P], Awaitable[R]]:
    """Mark a use case as a write: it runs only for a caller whose key may write."""

    @functools.wraps(use_case)
    async def authorised(
        uow: UnitOfWork, caller: Caller, /, *args: P.args, **kwargs: P.kwargs
    ) -> R:
        require_scope(caller.scopes, Scope.WRITE)
        return await use_case(uow, caller, *args, **kwargs)

    return authorised
