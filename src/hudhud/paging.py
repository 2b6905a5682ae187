"""Mastodon-style paging by time-ordered ID: max_id, since_id, min_id and limit."""

from dataclasses import dataclass
from typing import Any, TypeVar

from django.db.models import QuerySet

DEFAULT_LIMIT = 20
MAX_LIMIT = 40
#: The longest page of all: lists of accounts go to 80, as on Mastodon.
LARGEST_PAGE = 80

Row = TypeVar("Row")  # a model, or what values_list() makes of it


@dataclass(frozen=True)
class Page:
    """Where a page starts and how long it is; IDs are the ones the client sent."""

    max_id: int | None = None
    since_id: int | None = None
    min_id: int | None = None
    limit: int = DEFAULT_LIMIT


def paginate(queryset: QuerySet[Any, Row], page: Page, *, key: str = "pk") -> list[Row]:
    """Return one page of `queryset`, newest first, by the time-ordered `key`."""
    limit = max(1, min(page.limit, LARGEST_PAGE))
    filters: dict[str, Any] = {}
    if page.max_id is not None:
        filters[f"{key}__lt"] = page.max_id
    if page.since_id is not None:
        filters[f"{key}__gt"] = page.since_id
    if page.min_id is not None:
        # The page right after min_id: read upwards from it, then show newest first.
        filters[f"{key}__gt"] = page.min_id
        rows = list(queryset.filter(**filters).order_by(key)[:limit])
        return rows[::-1]
    return list(queryset.filter(**filters).order_by(f"-{key}")[:limit])
