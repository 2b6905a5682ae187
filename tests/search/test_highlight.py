"""Tests of hudhud.search.highlight: marks around whole words, never inside markup."""

from hudhud.posts.rendering import render_text
from hudhud.search.highlight import highlight_html, highlight_text
from hudhud.search.query import parse_query


def test_every_spelling_of_the_word_is_marked_whole() -> None:
    html = render_text("التطوّع ثم التطـوع ثم التطوعية")

    marked = highlight_html(html, parse_query("التطوع"))

    expected = "<p><mark>التطوّع</mark> ثم <mark>التطـوع</mark> ثم <mark>التطوعية</mark></p>"
    assert marked == expected


def test_only_whole_words_are_marked() -> None:
    marked = highlight_html("<p>sun sunday</p>", parse_query("sun"))
    assert marked == "<p><mark>sun</mark> sunday</p>"


def test_tags_attributes_and_references_are_left_alone() -> None:
    html = render_text("#هدهد في https://hudhud.example/هدهد?q=39 & '39'")

    marked = highlight_html(html, parse_query("هدهد 39"))

    assert 'href="http://localhost:8000/tags/%D9%87%D8%AF%D9%87%D8%AF"' in marked
    assert "#<span><mark>هدهد</mark></span>" in marked
    assert "&amp;" in marked
    assert "&#x27;<mark>39</mark>&#x27;" in marked
    assert marked.count("<mark>") == 4  # the tag, the link text twice, '39'


def test_text_is_escaped_before_it_is_marked() -> None:
    marked = highlight_text("<b>سامي</b> & سامي", parse_query("سامي"))
    assert marked == "&lt;b&gt;<mark>سامي</mark>&lt;/b&gt; &amp; <mark>سامي</mark>"


def test_an_empty_query_marks_nothing() -> None:
    assert highlight_html("<p>نص</p>", parse_query("")) == "<p>نص</p>"
