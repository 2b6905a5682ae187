"""One small interface over the full-text engines, picked by the database in use."""

from dataclasses import dataclass
from typing import Protocol

from django.db import connection
from django.db.models import QuerySet

from hudhud.posts.models import Hashtag
from hudhud.search.query import SearchQuery


@dataclass(frozen=True, slots=True)
class Match:
    """A document that has every word of a query, and how well it matches (higher is
    better; comparable between matches of one query on one engine only)."""

    id: int
    relevance: float


class SearchBackend(Protocol):
    def match_posts(
        self,
        query: SearchQuery,
        *,
        limit: int,
        before_id: int | None = None,
        after_id: int | None = None,
    ) -> list[Match]:
        """Return up to `limit` posts with every word of `query`, newest first, whose IDs
        lie between `after_id` and `before_id` (both excluded)."""
        ...

    def match_accounts(self, query: SearchQuery, *, limit: int) -> list[Match]:
        """Return up to `limit` accounts with every word of `query`, best match first."""
        ...

    def hashtags_with_prefix(self, prefix: str) -> QuerySet[Hashtag]:
        """Return the hashtags whose key starts with the normalised `prefix`."""
        ...


def backend() -> SearchBackend:
    """Return the backend of the default database's engine."""
    if connection.vendor == "postgresql":
        from hudhud.search.backends.postgres import PostgresBackend  # noqa: PLC0415

        return PostgresBackend()
    from hudhud.search.backends.sqlite import SqliteBackend  # noqa: PLC0415

    return SqliteBackend()
