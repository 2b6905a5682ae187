"""Tests of hudhud.posts.rendering: typed text to safe HTML."""

from django.conf import settings

from hudhud.posts.rendering import render_text


def test_render_text_escapes_typed_html() -> None:
    html = render_text('<img src=x onerror="alert(1)"> & <b>مرحبا</b>')

    assert html == (
        "<p>&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &lt;b&gt;مرحبا&lt;/b&gt;</p>"
    )


def test_render_text_makes_paragraphs_and_line_breaks() -> None:
    html = render_text("سطر أول\nسطر ثان\r\n\r\nفقرة ثانية\n\n\n\nفقرة ثالثة")

    assert html == "<p>سطر أول<br>سطر ثان</p><p>فقرة ثانية</p><p>فقرة ثالثة</p>"


def test_render_text_of_nothing_is_nothing() -> None:
    assert render_text("") == ""
    assert render_text("\n\n") == ""


def test_render_text_links_urls_and_shortens_what_it_shows() -> None:
    url = "https://example.org/a/very/long/path/that/goes/on?x=1&y=2"

    html = render_text(f"اقرأ {url}.")

    assert html == (
        '<p>اقرأ <a href="https://example.org/a/very/long/path/that/goes/on?x=1&amp;y=2" '
        'rel="nofollow noopener noreferrer" target="_blank" dir="ltr">'
        "example.org/a/very/long/path/t…</a>.</p>"
    )


def test_render_text_shows_a_short_url_whole() -> None:
    html = render_text("http://hudhud.example")

    assert ">hudhud.example</a>" in html


def test_render_text_links_hashtags_to_their_page() -> None:
    html = render_text("#جيتكس_2012")

    assert html == (
        f'<p><a href="{settings.BASE_URL}/tags/%D8%AC%D9%8A%D8%AA%D9%83%D8%B3_2012" '
        'class="mention hashtag" rel="tag" dir="auto">#<span>جيتكس_2012</span></a></p>'
    )


def test_render_text_links_known_mentions_only() -> None:
    html = render_text(
        "@Mazen @sami@example.org @nobody",
        mention_urls={
            "mazen": "https://hudhud.example/@mazen",
            "sami@example.org": "https://example.org/@sami",
        },
    )

    assert html == (
        '<p><span class="h-card"><bdi>'
        '<a href="https://hudhud.example/@mazen" class="u-url mention">'
        "@<span>Mazen</span></a></bdi></span> "
        '<span class="h-card"><bdi>'
        '<a href="https://example.org/@sami" class="u-url mention">'
        "@<span>sami</span></a></bdi></span> <bdi>@nobody</bdi></p>"
    )


def test_render_text_escapes_a_mention_url() -> None:
    html = render_text("@mazen", mention_urls={"mazen": 'https://x.example/"><script>'})

    assert "<script>" not in html
    assert 'href="https://x.example/&quot;&gt;&lt;script&gt;"' in html
