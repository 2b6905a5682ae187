import pytest

from hudhud.arabic import MAX_POST_LENGTH, URL_LENGTH, post_length


def test_limits_are_mastodons() -> None:
    assert MAX_POST_LENGTH == 500
    assert URL_LENGTH == 23


def test_harakat_do_not_add_to_the_length() -> None:
    bare = "مرحبا" * 100
    laden = "".join(letter + "َّ" for letter in bare)  # shadda and fatha on every letter

    assert len(laden) == 3 * len(bare)
    assert post_length(laden) == post_length(bare) == MAX_POST_LENGTH


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("مرحبا", 5),
        ("مُحَمَّدٌ", 4),
        ("العمـــل", 8),  # tatweel is drawn, so each one counts
        ("#وسم", 4),  # hashtags count as written
        ("saad@example.com", 16),  # an e-mail address is plain text
        ("😅", 1),
        ("👨‍👩‍👧", 1),  # one family emoji, joined by ZWJ
        ("🇸🇦", 1),
    ],
)
def test_post_length_counts_graphemes(text: str, expected: int) -> None:
    assert post_length(text) == expected


@pytest.mark.parametrize(
    "link",
    [
        "https://x.co",
        "https://example.com/" + "a" * 200,
        "https://ar.wikipedia.org/wiki/%D9%85%D8%B5%D8%B1",
    ],
)
def test_a_url_counts_23_whatever_its_length(link: str) -> None:
    assert post_length(link) == URL_LENGTH
    assert post_length(f"انظر {link}.") == len("انظر ") + URL_LENGTH + len(".")


def test_a_remote_mention_counts_as_its_username() -> None:
    assert post_length("@mazen@example.org") == post_length("@mazen") == len("@mazen")
    assert post_length("شكرا @mazen@example.org، ") == len("شكرا @mazen، ")


def test_the_content_warning_shares_the_budget() -> None:
    assert post_length("مرحبا", spoiler_text="تحذير") == 10
    assert post_length("", spoiler_text="تَحْذِير") == 5


def test_a_long_arabic_post_with_entities() -> None:
    text = "@yazeed@example.org " + "ب" * 450 + " https://example.com/" + "x" * 100
    assert post_length(text) == len("@yazeed ") + 450 + len(" ") + URL_LENGTH
