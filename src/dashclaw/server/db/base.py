"""Declarative base, naming convention and the column types every domain shares."""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from sqlalchemy import JSON, DateTime, Index, MetaData, String, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stores naive UTC, returns aware UTC, on SQLite and PostgreSQL alike."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect):
        if value is None:
            return None
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON(), list[Any]: JSON()}


class OrgScoped:
    """Mixin for every tenant row: it belongs to exactly one org. `org_id` gets an index of its own only when
    no composite index or unique constraint of the table starts with it (that one serves org lookups too)."""

    @declared_attr
    def org_id(cls) -> Mapped[str]:
        return mapped_column(String(64), index=not _led_by_org_id(cls.__dict__.get("__table_args__", ())))


class OrgScopedCounter:
    """Mixin for a counter table (`db.counters`): the org leads its primary key."""

    org_id: Mapped[str] = mapped_column(String(64), primary_key=True, sort_order=-1)


def _led_by_org_id(table_args: Any) -> bool:
    """Whether one of these table arguments is an index or constraint whose first column is `org_id`."""
    items = table_args if isinstance(table_args, tuple) else ()
    return any(getattr(item, "_pending_colargs", None)[:1] == ["org_id"] for item in items
               if isinstance(item, (Index, UniqueConstraint)))
