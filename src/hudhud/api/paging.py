"""Mastodon's paging: `max_id` / `since_id` / `min_id` / `limit` in, a `Link` header out."""

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils.encoding import escape_uri_path
from ninja import Schema
from pydantic import Field

from hudhud.ids import LARGEST_ID
from hudhud.paging import DEFAULT_LIMIT, MAX_LIMIT, Page

T = TypeVar("T")


#: IDs are 64-bit signed integers in the database; a larger one matches nothing.


class PageQuery(Schema):
    max_id: int | None = Field(
        None, ge=0, le=LARGEST_ID, description="Return results older than this ID."
    )
    since_id: int | None = Field(
        None, ge=0, le=LARGEST_ID, description="Return results newer than this ID."
    )
    min_id: int | None = Field(
        None, ge=0, le=LARGEST_ID, description="Return results immediately newer than this ID."
    )
    limit: int = Field(DEFAULT_LIMIT, description=f"At most {MAX_LIMIT}.")

    def page(self, *, largest: int = MAX_LIMIT) -> Page:
        limit = max(1, min(self.limit, largest))
        return Page(max_id=self.max_id, since_id=self.since_id, min_id=self.min_id, limit=limit)


def link_header(
    request: HttpRequest,
    response: HttpResponse,
    items: Sequence[T],
    key: Callable[[T], Any] = lambda item: item.pk,  # type: ignore[attr-defined]
) -> None:
    """Set the `Link` header of a page of `items`, newest first, paged by `key`."""
    if not items:
        return
    query = request.GET.copy()
    for name in ("max_id", "since_id", "min_id"):
        query.pop(name, None)
    base = settings.BASE_URL + escape_uri_path(request.path)  # a header is ASCII: /tag/جيتكس
    query["max_id"] = str(key(items[-1]))
    older = f'<{base}?{query.urlencode()}>; rel="next"'
    del query["max_id"]
    query["min_id"] = str(key(items[0]))
    newer = f'<{base}?{query.urlencode()}>; rel="prev"'
    response["Link"] = f"{older}, {newer}"
