"""PostgreSQL full text over the analysed words (see migration 0001 for the columns)."""

from datetime import timedelta

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from hudhud.ids import first_id_at
from hudhud.posts.models import Hashtag
from hudhud.search.backends import Match
from hudhud.search.query import SearchQuery

# ts_rank() normalisation 1: divide by 1 + log(length), so that short posts that are about
# the words rank above long ones that mention them, as bm25() does on SQLite.
_LENGTH_NORMALISATION = 1
# ts_rank() counts a lexeme once however many operands match it, so the documents with the
# last word as typed (not only a longer word it starts) get their rank doubled here: exact
# words rank above completions, as on SQLite where bm25() counts the exact phrase as well.
_RANK = (
    f"ts_rank(vector, query, {_LENGTH_NORMALISATION}) * CASE WHEN vector @@ exact THEN 2 ELSE 1 END"
)
_QUERIES = "to_tsquery('simple', %s) AS query, to_tsquery('simple', %s) AS exact"


def _quote(term: str) -> str:
    """Return `term` as a tsquery operand: a quoted lexeme, never an operator."""
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def tsquery(query: SearchQuery, *, exact: bool = False) -> str:
    """Return the to_tsquery() text of `query`: every term, the last as a prefix (which
    matches the word itself too) unless `exact`."""
    quoted = [_quote(term) for term in query.terms]
    if query.prefix and not exact:
        quoted[-1] += ":*"
    return " & ".join(quoted)


# Posts are read newest first through slices of time that grow: PostgreSQL misjudges how
# many posts have all the words of a query (it takes them as independent), and then either
# visits every match in the heap (160 ms for the 34,000 posts with بنك and طعام among a
# million) or walks the whole table backwards looking for a rare one. Within a slice,
# either plan reads only that slice's posts. IDs are time-ordered, so a slice is an ID range.
_SLICES = (timedelta(days=1), timedelta(days=7), timedelta(days=30), timedelta(days=365))


class PostgresBackend:
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
        now = timezone.now()
        # The last slice has no floor: posts dated before 2020 (imports) have negative IDs.
        floors: list[int | None] = [first_id_at(now - span) for span in _SLICES]
        if after_id is None:
            floors.append(None)
        else:
            floors = [*(f for f in floors if f is not None and f > after_id), after_id + 1]
        found: list[Match] = []
        ceiling = before_id
        for floor in floors:
            if ceiling is not None and floor is not None and floor >= ceiling:
                continue
            found += self._match_slice(query, limit - len(found), floor, ceiling)
            if len(found) >= limit or floor is None:
                break
            ceiling = floor
        return found

    def _match_slice(
        self, query: SearchQuery, limit: int, floor: int | None, ceiling: int | None
    ) -> list[Match]:
        """Return the newest `limit` matches with floor <= ID < ceiling."""
        conditions = ["vector @@ query"]
        params: list[str | int] = [tsquery(query), tsquery(query, exact=True)]
        if floor is not None:
            conditions.append("post_id >= %s")
            params.append(floor)
        if ceiling is not None:
            conditions.append("post_id < %s")
            params.append(ceiling)
        params.append(limit)
        sql = (
            f"SELECT post_id, {_RANK} FROM search_postindex, {_QUERIES} WHERE "  # noqa: S608
            + " AND ".join(conditions)
            + " ORDER BY post_id DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return [Match(row[0], row[1]) for row in cursor.fetchall()]

    def match_accounts(self, query: SearchQuery, *, limit: int) -> list[Match]:
        if not query:
            return []
        # The default weights {D, C, B, A} = {0.1, 0.2, 0.4, 1.0}: names (A) weigh most,
        # then specialty (B), then bio (C); see the generated column in migration 0001.
        sql = (
            f"SELECT account_id, {_RANK} AS relevance "  # noqa: S608
            f"FROM search_accountindex, {_QUERIES} "
            "WHERE vector @@ query ORDER BY relevance DESC LIMIT %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(sql, [tsquery(query), tsquery(query, exact=True), limit])
            return [Match(row[0], row[1]) for row in cursor.fetchall()]

    def hashtags_with_prefix(self, prefix: str) -> QuerySet[Hashtag]:
        # LIKE 'prefix%' (Django escapes % and _), served by the varchar_pattern_ops index
        # Django creates beside the unique index on key; a range would depend on collation.
        return Hashtag.objects.filter(key__startswith=prefix)
