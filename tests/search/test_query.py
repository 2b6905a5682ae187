"""Tests of hudhud.search.query: what a typed query becomes, and what is refused."""

import pytest
from django.core.exceptions import ValidationError

from hudhud.arabic import terms
from hudhud.search.query import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_TERMS,
    SearchQuery,
    clean_query,
    parse_query,
)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "\u064b\u064e\u0651\u0652", "ـــ", "!?،؛…", '" * ^ : ( )', "\u202e\u2066\u200f"],
)
def test_nothing_to_search_for_is_an_empty_query(text: str) -> None:
    query = parse_query(text)
    assert not query
    assert query.terms == ()


def test_engine_syntax_becomes_plain_words() -> None:
    query = parse_query('"تطوع" OR جيتكس* NEAR(هدهد b) ^title: -x')
    assert query.terms == tuple(terms("تطوع OR جيتكس NEAR هدهد b title x"))
    assert "جيتكس" in query.terms


def test_sql_is_words_too() -> None:
    query = parse_query("'; DROP TABLE posts_post; --")
    assert query.terms == tuple(dict.fromkeys(terms("DROP TABLE posts post")))


def test_spellings_are_folded_by_the_analyser() -> None:
    query = parse_query("أَحْمَـــد  مدرسة ٢٠١٢ ۲۰۱۲")
    assert query.terms == parse_query("احمد مدرسه 2012").terms
    assert len(query.terms) == 3


def test_a_query_as_long_as_allowed_is_searched() -> None:
    longest = "ب" * MAX_QUERY_LENGTH
    assert parse_query(longest).terms == tuple(terms(longest))


def test_a_longer_query_is_refused_with_a_message() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_query("تطوع " * 2000)
    assert caught.value.code == "too_long"
    assert str(MAX_QUERY_LENGTH) in caught.value.messages[0]


def test_only_the_first_words_of_a_wordy_query_are_looked_for() -> None:
    words = [f"كلمة{i}" for i in range(40)]
    assert len(parse_query(" ".join(words)).terms) == MAX_QUERY_TERMS


def test_repeated_words_are_looked_for_once() -> None:
    assert parse_query("هدهد هُدهُد هدهد").terms == tuple(terms("هدهد"))


def test_lone_surrogates_controls_and_bidi_overrides_are_dropped() -> None:
    text = "\ud800تطوع\u202e evil\u202c\x00 \u2066x\u2069"
    assert clean_query(text) == "تطوع evil x"
    assert parse_query(text).terms == tuple(terms("تطوع evil x"))
    clean_query(text).encode()  # never a UnicodeEncodeError on the way to the engine


def test_the_last_word_is_a_prefix_when_asked() -> None:
    assert parse_query("جيتكس تطو").prefix is False
    assert parse_query("جيتكس تطو", prefix=True).prefix is True
    assert parse_query("؟؟", prefix=True).prefix is False


def test_matching_a_document_word() -> None:
    query = SearchQuery(terms=("جيتكس", "تطو"), prefix=True)
    assert query.matches("جيتكس")
    assert query.matches("تطوع")
    assert not query.matches("جيت")
    assert not SearchQuery(terms=("تطو",)).matches("تطوع")
