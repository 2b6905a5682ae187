"""SQLite FTS5 over the analysed words (see migration 0001 for the tables and triggers)."""

from django.db import connection
from django.db.models import QuerySet

from hudhud.posts.models import Hashtag
from hudhud.search.backends import Match
from hudhud.search.query import SearchQuery

# bm25() weights of the account columns: names, specialty, bio.
ACCOUNT_WEIGHTS = (4.0, 2.0, 1.0)
# Above every character: `key < prefix || LAST` bounds the keys that start with prefix.
_LAST_CHARACTER = "\U0010ffff"


def _quote(term: str) -> str:
    """Return `term` as an FTS5 string: one token, never an operator or a column filter."""
    return '"' + term.replace('"', '""') + '"'


def fts5_query(query: SearchQuery) -> str:
    """Return the FTS5 MATCH expression of `query`: every term, the last also as a prefix.

    The exact form of the last term is asked for beside its prefix, so that bm25() counts
    it twice where it occurs as typed: exact words rank above completions.
    """
    quoted = [_quote(term) for term in query.terms]
    if query.prefix:
        quoted[-1] = f"({quoted[-1]} OR {quoted[-1]}*)"
    return " AND ".join(quoted)


class SqliteBackend:
    def match_posts(
        self,
        query: SearchQuery,
        *,
        limit: int,
        before_id: int | None = None,
        after_id: int | None = None,
    ) -> list[Match]:
        if not query:
            return []
        conditions = ["search_post_fts MATCH %s"]
        params: list[str | int] = [fts5_query(query)]
        if before_id is not None:
            conditions.append("rowid < %s")
            params.append(before_id)
        if after_id is not None:
            conditions.append("rowid > %s")
            params.append(after_id)
        params.append(limit)
        # FTS5 walks the matches in rowid (= post ID) order itself, so the newest `limit`
        # come without reading the others, and bm25() is computed for those alone.
        sql = (
            "SELECT rowid, -bm25(search_post_fts) FROM search_post_fts WHERE "  # noqa: S608
            + " AND ".join(conditions)
            + " ORDER BY rowid DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [Match(row[0], row[1]) for row in cursor.fetchall()]

    def match_accounts(self, query: SearchQuery, *, limit: int) -> list[Match]:
        if not query:
            return []
        weights = ", ".join(str(weight) for weight in ACCOUNT_WEIGHTS)
        sql = (
            f"SELECT rowid, -bm25(search_account_fts, {weights}) AS relevance "  # noqa: S608
            "FROM search_account_fts WHERE search_account_fts MATCH %s "
            "ORDER BY relevance DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [fts5_query(query), limit])
            return [Match(row[0], row[1]) for row in cursor.fetchall()]

    def hashtags_with_prefix(self, prefix: str) -> QuerySet[Hashtag]:
        # A range of the unique index on key (BINARY collation: code point order).
        # LIKE would scan: it folds ASCII case, so SQLite cannot use the index for it.
        return Hashtag.objects.filter(key__gte=prefix, key__lt=prefix + _LAST_CHARACTER)
