import itertools

import pytest

from hudhud.arabic import Entity, extract_entities, hashtag_key


def hashtag(start: int, value: str) -> Entity:
    return Entity(kind="hashtag", start=start, end=start + 1 + len(value), value=value)


def url(start: int, value: str) -> Entity:
    return Entity(kind="url", start=start, end=start + len(value), value=value)


def mention(start: int, username: str, domain: str = "") -> Entity:
    value = f"{username}@{domain}" if domain else username
    return Entity(
        kind="mention",
        start=start,
        end=start + 1 + len(value),
        value=value,
        username=username,
        domain=domain,
    )


# Hashtags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("#مَرْحَبًا", [hashtag(0, "مَرْحَبًا")]),
        ("#العمل_التطوعي", [hashtag(0, "العمل_التطوعي")]),
        ("#العمـــل_التطوعى", [hashtag(0, "العمـــل_التطوعى")]),
        ("#جيتكس_٢٠١٢", [hashtag(0, "جيتكس_٢٠١٢")]),
        ("#جيتكس_۲۰۱۲", [hashtag(0, "جيتكس_۲۰۱۲")]),
        ("#2012abc", [hashtag(0, "2012abc")]),
        ("#Django", [hashtag(0, "Django")]),
        # A Persian tag keeps its zero-width non-joiner
        ("#می\u200cخواهم", [hashtag(0, "می\u200cخواهم")]),
        ("＃وسم", [hashtag(0, "وسم")]),
        ("مرحبا #وسم", [hashtag(6, "وسم")]),
        ("(#وسم)", [hashtag(1, "وسم")]),
        ("«#وسم»", [hashtag(1, "وسم")]),
        ("#وسم، #آخر؟", [hashtag(0, "وسم"), hashtag(6, "آخر")]),
        ("#وسم.", [hashtag(0, "وسم")]),
        ("\u200f#وسم\u200f", [hashtag(1, "وسم")]),
        ("#" + "ب" * 100, [hashtag(0, "ب" * 100)]),
    ],
)
def test_extract_entities_finds_hashtags(text: str, expected: list[Entity]) -> None:
    assert extract_entities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "#2012",
        "#٢٠١٢",
        "#_",
        "#ـــ",
        "a#b",
        "م#وسم",
        "2#وسم",
        "_#وسم",
        "&#وسم",
        "#وسم#آخر",
        "#️⃣",
        "# وسم",
        "#" + "ب" * 101,
        "#" + "ß" * 51,  # folds to 102 characters
    ],
)
def test_extract_entities_rejects_non_hashtags(text: str) -> None:
    assert [entity for entity in extract_entities(text) if entity.kind == "hashtag"] == []


@pytest.mark.parametrize(
    "spellings",
    [
        ("العمل_التطوعي", "العمل_التطوّعي", "العمـــل_التطوعى", "ٱلعمل_ٱلتطوعي"),
        ("جيتكس_2012", "جيتكس_٢٠١٢", "جيتكس_۲۰۱۲"),
        ("مدرسة", "مَدْرَسَةٌ", "مدرسه"),
        ("Django", "django", "DJANGO"),
    ],
)
def test_hashtag_key_is_one_for_every_spelling(spellings: tuple[str, ...]) -> None:
    assert len({hashtag_key(tag) for tag in spellings}) == 1


def test_hashtag_key_keeps_underscores_apart() -> None:
    assert hashtag_key("العمل_التطوعي") != hashtag_key("العملالتطوعي")


def test_mixed_post_has_one_hashtag_and_one_url() -> None:
    text = "مرحبا #جيتكس_2012 https://example.com"

    entities = extract_entities(text)

    assert entities == [hashtag(6, "جيتكس_2012"), url(18, "https://example.com")]
    assert text[6:17] == "#جيتكس_2012"
    assert text[18:37] == "https://example.com"


# Mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("@yazeed", [mention(0, "yazeed")]),
        ("@mazen@example.org", [mention(0, "mazen", "example.org")]),
        ("@sami،", [mention(0, "sami")]),
        ("@sami؛ @bassem؟", [mention(0, "sami"), mention(7, "bassem")]),
        ("@mazen@example.org، شكرا", [mention(0, "mazen", "example.org")]),
        ("@mazen@example.org.", [mention(0, "mazen", "example.org")]),
        ("@mazen@social.example.co.uk", [mention(0, "mazen", "social.example.co.uk")]),
        ("@mazen@xn--mgbh0fb.xn--kgbechtv", [mention(0, "mazen", "xn--mgbh0fb.xn--kgbechtv")]),
        ("@mazen@example.org:8443 مرحبا", [mention(0, "mazen", "example.org:8443")]),
        ("@sami@127.0.0.1:8000، شكرا", [mention(0, "sami", "127.0.0.1:8000")]),
        ("@mazen@example.org: مرحبا", [mention(0, "mazen", "example.org")]),
        ("@sami.k", [mention(0, "sami.k")]),
        ("@sami.", [mention(0, "sami")]),
        ("@bassem_99!", [mention(0, "bassem_99")]),
        ("مرحبا @yazeed", [mention(6, "yazeed")]),
        ("(@yazeed)", [mention(1, "yazeed")]),
        # No dot, so no domain: only the local part is a mention
        ("@yazeed@localhost", [mention(0, "yazeed")]),
        ("@" + "s" * 30, [mention(0, "s" * 30)]),
    ],
)
def test_extract_entities_finds_mentions(text: str, expected: list[Entity]) -> None:
    assert extract_entities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "saad@example.com",
        "راسلني على saad@example.com",
        "م@yazeed",
        "path/@yazeed",
        "?user=@yazeed",
        "@ yazeed",
        "@" + "s" * 31,
    ],
)
def test_extract_entities_rejects_non_mentions(text: str) -> None:
    assert [entity for entity in extract_entities(text) if entity.kind == "mention"] == []


# Links


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com", [url(0, "https://example.com")]),
        ("http://example.com/a?b=c&d=e#f", [url(0, "http://example.com/a?b=c&d=e#f")]),
        ("HTTPS://Example.com", [url(0, "HTTPS://Example.com")]),
        ("انظر https://example.com.", [url(5, "https://example.com")]),
        ("(انظر https://example.com/a)", [url(6, "https://example.com/a")]),
        (
            "https://en.wikipedia.org/wiki/Django_(web_framework)",
            [url(0, "https://en.wikipedia.org/wiki/Django_(web_framework)")],
        ),
        (
            "(https://en.wikipedia.org/wiki/Django_(web_framework)).",
            [url(1, "https://en.wikipedia.org/wiki/Django_(web_framework)")],
        ),
        ("http://[::1]:8000/", [url(0, "http://[::1]:8000/")]),
        ("https://example.com/a،", [url(0, "https://example.com/a")]),
        ("هل رأيت https://example.com؟", [url(8, "https://example.com")]),
        ("«https://example.com»", [url(1, "https://example.com")]),
        ('"https://example.com"', [url(1, "https://example.com")]),
        ("<https://example.com>", [url(1, "https://example.com")]),
        ("https://example.com/...!?", [url(0, "https://example.com/")]),
        # Arabic glued to a link on either side is not part of it
        ("رابطhttps://example.com/pathمرحبا", [url(4, "https://example.com/path")]),
        ("https://example.com\u200fمرحبا", [url(0, "https://example.com")]),
        (
            "https://example.com/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7",
            [url(0, "https://example.com/%D9%85%D8%B1%D8%AD%D8%A8%D8%A7")],
        ),
        (
            "https://a.example https://b.example",
            [url(0, "https://a.example"), url(18, "https://b.example")],
        ),
    ],
)
def test_extract_entities_finds_urls(text: str, expected: list[Entity]) -> None:
    assert extract_entities(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ftp://example.com",
        "example.com",
        "https://",
        "https://).",
        "xhttps://example.com",
        "mailto:saad@example.com",
    ],
)
def test_extract_entities_rejects_non_urls(text: str) -> None:
    assert [entity for entity in extract_entities(text) if entity.kind == "url"] == []


@pytest.mark.parametrize(
    "text",
    [
        "https://x.com/#tag",
        "https://x.com/page#tag",
        "https://mastodon.social/@yazeed",
        "https://example.com/?q=@yazeed",
    ],
)
def test_hashtags_and_mentions_inside_urls_are_only_urls(text: str) -> None:
    assert extract_entities(text) == [url(0, text)]


def test_an_arabic_fragment_cut_from_its_url_is_not_a_hashtag() -> None:
    # Links end at Arabic letters, so the fragment is lost, but its `#` sits
    # inside the link and must not start a hashtag either.
    assert extract_entities("https://x.com/#وسم") == [url(0, "https://x.com/#")]


def test_entities_come_in_order_with_spans_into_the_text() -> None:
    text = "@yazeed شارك #العمل_التطوعي مع @mazen@example.org: https://example.com/a_(b) #وسم"

    entities = extract_entities(text)

    kinds = [entity.kind for entity in entities]
    assert kinds == ["mention", "hashtag", "mention", "url", "hashtag"]
    for entity in entities:
        written = text[entity.start : entity.end]
        assert written == (entity.value if entity.kind == "url" else written[0] + entity.value)
    assert all(left.end <= right.start for left, right in itertools.pairwise(entities))
