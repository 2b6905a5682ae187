"""Tests of the engines behind hudhud.search.backends: nothing typed is ever syntax."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.search.backends import backend
from hudhud.search.backends.postgres import tsquery
from hudhud.search.backends.sqlite import fts5_query
from hudhud.search.query import SearchQuery, parse_query
from tests.factories import make_post


def test_fts5_query_quotes_every_term() -> None:
    query = SearchQuery(terms=("a", 'b"c', "OR", "تطو"), prefix=True)
    assert fts5_query(query) == '"a" AND "b""c" AND "OR" AND ("تطو" OR "تطو"*)'


def test_tsquery_quotes_every_term() -> None:
    query = SearchQuery(terms=("a", "b'c", "x\\", "تطو"), prefix=True)
    assert tsquery(query) == "'a' & 'b''c' & 'x\\\\' & 'تطو':*"
    assert tsquery(query, exact=True) == "'a' & 'b''c' & 'x\\\\' & 'تطو'"


# Terms the analyser never makes, given to the engine directly: even these are inert.
HOSTILE_TERMS = ['"', "'", "*", ":*", "OR", "AND", "NEAR(", "^", "(", ")", "\\", "-", "!", "&|"]


@pytest.mark.parametrize("term", HOSTILE_TERMS)
def test_hostile_terms_are_plain_tokens(sami: Account, term: str) -> None:
    make_post(sami, "منشور عادي OR AND NEAR")
    engine = backend()
    for prefix in (False, True):
        engine.match_posts(SearchQuery(terms=("منشور", term), prefix=prefix), limit=10)
        engine.match_accounts(SearchQuery(terms=(term,), prefix=prefix), limit=10)


def test_operator_words_are_searched_as_words(sami: Account) -> None:
    post = make_post(sami, "NEAR or far")
    make_post(sami, "far away")

    matches = backend().match_posts(parse_query("NEAR or"), limit=10)

    assert [match.id for match in matches] == [post.pk]


def test_matches_come_newest_first_within_the_bounds(sami: Account) -> None:
    posts = [make_post(sami, f"تطوع رقم {i}") for i in range(5)]
    ids = [post.pk for post in posts]
    engine = backend()
    query = SearchQuery(terms=("تطوع",))

    assert [m.id for m in engine.match_posts(query, limit=10)] == ids[::-1]
    assert [m.id for m in engine.match_posts(query, limit=2)] == ids[:2:-1]
    assert [
        m.id for m in engine.match_posts(query, limit=10, before_id=ids[3], after_id=ids[0])
    ] == [
        ids[2],
        ids[1],
    ]
    assert all(m.relevance > 0 for m in engine.match_posts(query, limit=10))


def test_the_backend_is_the_database_s_own() -> None:
    expected = {"sqlite": "SqliteBackend", "postgresql": "PostgresBackend"}[connection.vendor]
    assert type(backend()).__name__ == expected


def test_matches_of_many_months_come_newest_first(sami: Account) -> None:
    now = timezone.now()
    ages = (5000, 800, 100, 20, 3)  # the first is from before 2020: a negative ID
    posts = [make_post(sami, "تطوع", created_at=now - timedelta(days=d)) for d in ages]
    posts.append(make_post(sami, "تطوع"))
    ids = [post.pk for post in posts]  # oldest first
    engine = backend()
    query = parse_query("تطوع")

    assert ids[0] < 0
    assert [m.id for m in engine.match_posts(query, limit=10)] == ids[::-1]
    assert [m.id for m in engine.match_posts(query, limit=3)] == ids[:2:-1]
    between = engine.match_posts(query, limit=10, before_id=ids[5], after_id=ids[1])
    assert [m.id for m in between] == [ids[4], ids[3], ids[2]]
    assert [m.id for m in engine.match_posts(query, limit=10, after_id=ids[4])] == [ids[5]]
    assert [m.id for m in engine.match_posts(query, limit=10, before_id=ids[2])] == ids[1::-1]
