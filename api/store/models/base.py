"""The declarative base, constraint naming and column helpers shared by every record."""

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, MetaData, Text, func, text
from sqlalchemy.dialects.postgresql import JSONB, UUID
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Explicit names, so that migrations are stable and a violated constraint can be told apart.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dict[str, Any]: JSONB(none_as_null=True),
        dict[str, str]: JSONB(none_as_null=True),
        uuid.UUID: UUID,
        str: Text,
        datetime: DateTime(timezone=True),
    }


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def tenant_key() -> Mapped[uuid.UUID]:
    """The tenant column that leads every primary key."""
    return mapped_column(UUID, primary_key=True)


def id_key() -> Mapped[uuid.UUID]:
    return mapped_column(UUID, primary_key=True, default=new_id)


def created_at() -> Mapped[datetime]:
    return mapped_column(DateTime(timezone=True), server_default=func.clock_timestamp())


def updated_at() -> Mapped[datetime]:
    return mapped_column(
        DateTime(timezone=True),
        server_default=func.clock_timestamp(),
        onupdate=func.clock_timestamp(),
    )


def version_column() -> Mapped[int]:
    """A counter bumped on every update, for optimistic concurrency."""
    return mapped_column(server_default=text("1"))


def one_of(column: str, values: type[StrEnum], name: str | None = None) -> CheckConstraint:
    """A check that a text column holds one of an enumeration's values."""
    listed = ", ".join(f"'{value.value}'" for value in values)
    return CheckConstraint(f"{column} IN ({listed})", name=name or column)


def has_dutch(column: str) -> CheckConstraint:
    """A check that a translatable column, when set, holds at least the Dutch text."""
    return CheckConstraint(f"{column} IS NULL OR {column} ? 'nl'", name=f"{column}_has_nl")
