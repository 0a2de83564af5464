"""Relay connections: every list of the contract is one, with `totalCount`."""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from strawberry import relay

from api.domain.errors import ValidationFailed
from api.services.pagination import Page, page_size

R = TypeVar("R")
C = TypeVar("C")


def page_info(cursors: Sequence[str], more: bool) -> relay.PageInfo:
    return relay.PageInfo(
        has_next_page=more,
        has_previous_page=False,
        start_cursor=cursors[0] if cursors else None,
        end_cursor=cursors[-1] if cursors else None,
    )


def connection(
    kind: type[C],
    rows: Sequence[R],
    cursors: Sequence[str],
    make: Callable[[R], Any],
    *,
    more: bool,
    total: int,
) -> C:
    """A connection of `kind` over one page of rows, each made into its GraphQL type."""
    edges = [relay.Edge(cursor=c, node=make(r)) for r, c in zip(rows, cursors, strict=True)]
    return kind(edges=edges, page_info=page_info(cursors, more), total_count=total)  # type: ignore[call-arg]


def connection_of_page(kind: type[C], page: Page[R], make: Callable[[R], Any]) -> C:
    """A connection of `kind` over a page a service gave."""
    return connection(
        kind,
        page.items,
        page.cursors,
        make,
        more=page.has_next_page,
        total=page.total_count,
    )


def connection_of_list(
    kind: type[C],
    rows: Sequence[R],
    make: Callable[[R], Any],
    cursor_of: Callable[[R], str],
    *,
    first: int | None,
    after: str | None,
) -> C:
    """A connection over a short list loaded whole (a goal's action plans, a node's links):
    the statements stay one per batch of parents, and the page is cut from the loaded list."""
    size = page_size(first)
    cursors = [cursor_of(row) for row in rows]
    start = cursors.index(after) + 1 if after in cursors else 0
    if after is not None and after not in cursors:
        raise ValidationFailed("after is not a cursor of this list", field="after")
    end = start + size
    return connection(
        kind, rows[start:end], cursors[start:end], make, more=end < len(rows), total=len(rows)
    )
