"""The shape of an answer built whole in SQL (api/store/compiled.py): which list, which page of
it, and what of each item, keyed as the reader asked.

The surface that reads a selection describes it with these values and nothing else: they are
plain, frozen and hashable, so that equal selections are one shape (a dataloader batches the
parents that ask it, and its statement is made once).
"""

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

Key = str  # a key of the answer, as the reader named it


@dataclass(frozen=True)
class Const:
    """A value the same for every item, such as the name of its type."""

    value: str


@dataclass(frozen=True)
class Text:
    """A translated column in `locale` (else Dutch): a title is '' without one, a description
    null."""

    column: Literal["title", "description"]
    locale: str | None


@dataclass(frozen=True)
class Translations:
    """A translated column in each language asked (Dutch '' when missing); a description
    without text is null."""

    column: Literal["title", "description"]
    fields: tuple[tuple[Key, str | Const], ...]  # a language, or a constant


@dataclass(frozen=True)
class Counts:
    """The inputs upstream of a node counted by one of their columns, one item per value."""

    by: Literal["channel", "participant_type"]
    fields: tuple[tuple[Key, Literal["value", "count"] | Const], ...]


@dataclass(frozen=True)
class Origins:
    """What a node rests on: how many inputs upstream of it, in all and counted by a column."""

    fields: tuple[tuple[Key, Literal["total"] | Counts | Const], ...]


Column = Literal[
    "global_id", "code", "priority", "version", "external_id",
    "status", "progress", "weight", "budget", "starts_on", "ends_on",
]  # fmt: skip
ACTION_COLUMNS = frozenset({"status", "progress", "weight", "budget", "starts_on", "ends_on"})


@dataclass(frozen=True)
class Node:
    """One item of a list; `type_name` is what its global id names."""

    type_name: str
    fields: tuple[tuple[Key, "Column | Const | Text | Translations | Origins | Connection"], ...]


PagePart = Literal["has_next_page", "has_previous_page", "start_cursor", "end_cursor"]


@dataclass(frozen=True)
class PageInfo:
    """Where the page lies in the list."""

    fields: tuple[tuple[Key, PagePart | Const], ...]


@dataclass(frozen=True)
class Edges:
    """The items of the page, each with its cursor."""

    fields: tuple[tuple[Key, Literal["cursor"] | Node | Const], ...]


@dataclass(frozen=True)
class Connection:
    """A page of the nodes of `kind` under a parent: `first` of them after the one whose
    cursor is `after` (or from the start), with the parts asked of the page."""

    kind: Literal["goal", "action_plan", "action"]
    first: int
    after: str | None
    fields: tuple[tuple[Key, Literal["total_count"] | PageInfo | Edges | Const], ...]

    @cached_property
    def _hash(self) -> int:
        return hash((self.kind, self.first, self.after, self.fields))

    def __hash__(self) -> int:
        # Kept: a dataloader hashes its key for every parent, and a shape is a deep tree.
        return self._hash
