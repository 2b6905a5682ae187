"""Tests of hudhud.timelines.filtering: keywords matched as hudhud.arabic reads words."""

import pytest

from hudhud.arabic import normalise, terms
from hudhud.timelines.filtering import Text, keyword, matches


def text(value: str) -> Text:
    return Text(terms=tuple(terms(value)), folded=normalise(value))


@pytest.mark.parametrize(
    ("word", "post"),
    [
        ("التطوع", "شكراً وللتطوّع أهله"),
        ("التطوع", "#العمل_التطوعي"),
        ("كرة القدم", "نتابع كرةُ القدم الليلة"),
        ("مسؤول", "تصريح مسئول"),
        ("Mastodon", "I like mastodon's apps"),
        ("في", "نلتقي في الرياض"),
        ("@twitter.com", "تابعوني على @sami@twitter.com"),
    ],
)
def test_whole_words_match_every_spelling(word: str, post: str) -> None:
    assert matches(keyword(word, whole_word=True), text(post))


@pytest.mark.parametrize(
    ("word", "post"),
    [
        ("كرة القدم", "القدم ثم الكرة"),  # not in a row
        ("تطوع", "المتطوعين"),  # inside another word
        ("في", "وفي الرياض"),
        ("cat", "concatenate"),
    ],
)
def test_whole_words_do_not_match_inside_other_words(word: str, post: str) -> None:
    assert not matches(keyword(word, whole_word=True), text(post))


@pytest.mark.parametrize(
    ("word", "post"),
    [("تطوع", "المتطوعين"), ("cat", "concatenate"), ("https://t.co/", "رابط https://t.co/abc")],
)
def test_other_keywords_match_inside_words(word: str, post: str) -> None:
    assert matches(keyword(word, whole_word=False), text(post))


def test_a_blank_keyword_matches_nothing() -> None:
    assert not matches(keyword("   ", whole_word=False), text("أي شيء"))
    assert not matches(keyword("", whole_word=True), text("أي شيء"))
