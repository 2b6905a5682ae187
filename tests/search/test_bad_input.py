"""Bad input never breaks search: it finds nothing, or is refused with a message (400)."""

import random

import pytest
from django.core.exceptions import ValidationError
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.search.query import MAX_QUERY_LENGTH
from hudhud.search.selectors import (
    Order,
    search,
    search_accounts,
    search_hashtags,
    search_posts,
)
from tests.factories import make_post

NOTHING_TO_SEARCH = [
    "",
    "   \t\n",
    "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652",  # harakat only
    "ـــــ",  # tatweel only
    "!!! ؟؟ ،،، ... ---",
    '" * ^ : ( ) " * ^',
    "\u202e\u202d\u2066\u2067\u2068\u2069\u200f\u200e",  # bidi controls only
    "\x00\x01\x1f",
    "\ud800\udfff",  # lone surrogates
    "#",
    "@",
]

# Engine syntax and SQL, mixed with words that are in the posts: each is plain words.
SYNTAX = [
    'جيتكس"',
    '"جيتكس',
    "جيتكس*",
    "*جيتكس",
    "^جيتكس",
    "terms:جيتكس",
    "(جيتكس",
    "جيتكس)",
    "جيتكس OR هدهد",
    "NEAR(جيتكس هدهد)",
    "جيتكس AND NOT هدهد",
    "جيتكس:*",
    "جيتكس & !هدهد | x",
    "جيتكس <-> هدهد",
    "' OR 1=1 --",
    "'; DROP TABLE search_postindex; --",
    "جيتكس'); DELETE FROM posts_post; --",
    "\\جيتكس\\",
    "%جيتكس_",
    "\u202eجيتكس\u202c",  # an RTL override around a word
    "جيتكس\ud800",  # a lone surrogate glued to a word
    "ﷺ ﻻ",  # presentation forms that NFKC spells as several words
]


@pytest.fixture
def posts(sami: Account) -> None:
    make_post(sami, "مرحبا بكم في #جيتكس هدهد OR NEAR")


@pytest.mark.parametrize("q", NOTHING_TO_SEARCH)
def test_nothing_to_search_for_finds_nothing(sami: Account, posts: None, q: str) -> None:
    assert search(sami, q) == search(None, q)
    assert search_posts(sami, q) == []
    assert search_accounts(sami, q) == []
    assert search_hashtags(q) == []


@pytest.mark.parametrize("q", SYNTAX)
def test_engine_syntax_and_sql_are_inert(sami: Account, posts: None, q: str) -> None:
    orders: tuple[Order, ...] = ("top", "recent")
    for order in orders:
        search_posts(sami, q, order=order)
    search(sami, q)
    search(None, q)


def test_syntax_characters_do_not_change_what_is_found(sami: Account, posts: None) -> None:
    expected = search_posts(None, "جيتكس")
    assert len(expected) == 1
    for q in ['"جيتكس"', "جيتكس*", "(جيتكس)", "^جيتكس", "جيتكس:*", "\u202eجيتكس\u202c"]:
        assert search_posts(None, q) == expected, q


def test_random_punctuation_and_words_never_raise(sami: Account, posts: None) -> None:
    pieces = [*"\"*^:()-+~{}[]&|!<>'\\;%_#@,.", " OR ", " AND ", " NOT ", " NEAR ", "جيتكس", "هد"]
    rng = random.Random(2012)  # noqa: S311 - reproducible test input
    for _ in range(200):
        q = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        search(sami, q)


def test_a_ten_thousand_character_query_is_refused(sami: Account) -> None:
    for call in (
        lambda q: search(sami, q),
        lambda q: search_posts(sami, q),
        lambda q: search_accounts(sami, q),
        search_hashtags,
    ):
        with pytest.raises(ValidationError) as caught:
            call("جيتكس " * 2000)
        assert caught.value.code == "too_long"


def _encodable(text: str) -> bool:
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True


# A URL cannot carry a lone surrogate (its bytes, below, arrive as U+FFFD).
WEB_INPUTS = [q for q in [*NOTHING_TO_SEARCH, *SYNTAX, "ت" * 10_000] if _encodable(q)]


@pytest.mark.parametrize("q", WEB_INPUTS)
@pytest.mark.parametrize("tab", ["posts", "people", "hashtags"])
def test_the_page_answers_bad_input_without_an_error(
    client: Client, posts: None, q: str, tab: str
) -> None:
    for params in ({"q": q, "type": tab}, {"q": q, "type": tab, "order": "recent"}):
        response = client.get("/search", params)
        assert response.status_code in (200, 400)
        assert (response.status_code == 400) == (len(q) > MAX_QUERY_LENGTH)
    completion = client.get("/search", {"q": q, "complete": "1"})
    assert completion.status_code == 200


@pytest.mark.parametrize(
    "query_string",
    [
        "q=%ED%A0%80",
        "q=%FF%FE",
        "q=%00",
        "q=%E2%80%AE%D8%AC",
        "q[]=x",
        "q=a&q=b",
        "offset=99999999999999999999",
    ],
)
def test_the_page_answers_odd_encodings(client: Client, posts: None, query_string: str) -> None:
    assert client.get(f"/search?{query_string}").status_code == 200
