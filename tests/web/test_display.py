"""Dates, relative times and numbers as each reader chose to see them, and bidi isolation."""

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.template import Context, Template
from django.test import Client
from django.utils import timezone, translation

from hudhud.accounts.models import Account, Calendar, Digits, User
from hudhud.accounts.services import preferences_update
from hudhud.posts.services import boost_create
from tests.factories import make_account, make_post
from tests.web.pages import elements, html

if TYPE_CHECKING:
    from django.test.client import _MonkeyPatchedWSGIResponse as Response

RIYADH = ZoneInfo("Asia/Riyadh")
# 29 Dhu al-Qa'dah 1433 in the Umm al-Qura calendar.
OCTOBER_15_2012 = datetime(2012, 10, 15, 12, 0, tzinfo=RIYADH)


def render(source: str, language: str = "ar", user: User | None = None, **values: object) -> str:
    """Render `source` with the hudhud tags, in `language`, for `user` (None: a visitor)."""
    with translation.override(language):
        return Template("{% load hudhud %}" + source).render(Context({"user": user, **values}))


def reader(calendar: str = Calendar.BOTH, digits: str = Digits.AUTO) -> User:
    """Return a user's preferences as the tags read them (nothing is saved)."""
    return User(calendar=calendar, digits=digits)


def minutes_ago(minutes: int) -> datetime:
    return timezone.now() - timedelta(minutes=minutes, seconds=1)


@pytest.mark.parametrize(
    ("minutes", "arabic_indic", "western"),
    [
        (1, "قبل دقيقة واحدة", "قبل دقيقة واحدة"),
        (2, "قبل دقيقتين", "قبل دقيقتين"),
        (3, "قبل ٣ دقائق", "قبل 3 دقائق"),
        (5, "قبل ٥ دقائق", "قبل 5 دقائق"),
        (10, "قبل ١٠ دقائق", "قبل 10 دقائق"),
        (11, "قبل ١١ دقيقة", "قبل 11 دقيقة"),
        (120, "قبل ساعتين", "قبل ساعتين"),
        (60 * 24 * 3, "قبل ٣ أيام", "قبل 3 أيام"),
    ],
)
def test_relative_times_have_arabic_plurals_in_either_digits(
    minutes: int, arabic_indic: str, western: str
) -> None:
    moment = minutes_ago(minutes)

    assert render("{% ago m %}", m=moment) == arabic_indic  # a visitor: the language's digits
    assert render("{% ago m %}", user=reader(digits=Digits.AUTO), m=moment) == arabic_indic
    assert render("{% ago m %}", user=reader(digits=Digits.ARABIC), m=moment) == arabic_indic
    assert render("{% ago m %}", user=reader(digits=Digits.WESTERN), m=moment) == western


def test_relative_times_in_english_use_western_digits_unless_asked() -> None:
    moment = minutes_ago(3)

    assert render("{% ago m %}", "en", m=moment) == "3 minutes ago"
    assert render("{% ago m %}", "en", user=reader(digits=Digits.ARABIC), m=moment) == (
        "٣ minutes ago"
    )


def test_numerals_put_a_translation_in_the_readers_digits() -> None:
    template = "{% load i18n %}{% numerals %}{% blocktranslate count counter=n %}{{ counter }} post{% plural %}{{ counter }} posts{% endblocktranslate %}{% endnumerals %}"  # noqa: E501
    assert render(template, n=12).startswith("١٢ ")
    assert render(template, "en", n=12) == "12 posts"


def test_a_moment_now_or_ahead_of_our_clock_is_just_now() -> None:
    with translation.override("ar"):
        just_now = translation.gettext("just now")

    for moment in (timezone.now(), timezone.now() + timedelta(seconds=30)):
        assert render("{% ago m %}", m=moment) == just_now


def test_hijri_date_of_a_known_day() -> None:
    hijri = reader(Calendar.HIJRI)

    assert render("{% when m %}", user=hijri, m=OCTOBER_15_2012) == "٢٩ ذو القعدة ١٤٣٣ هـ، ١٢:٠٠ م"
    assert (
        render("{% when m %}", user=reader(Calendar.HIJRI, Digits.WESTERN), m=OCTOBER_15_2012)
        == "29 ذو القعدة 1433 هـ، 12:00 م"
    )
    # English names the month in transliteration (the apostrophe is escaped in HTML); CLDR
    # puts a narrow no-break space before PM.
    assert (
        render("{% when m %}", "en", user=hijri, m=OCTOBER_15_2012)
        == "29 Dhu al-Qa&#x27;dah 1433 AH, 12:00\u202fPM"
    )


def test_both_calendars_and_gregorian_only() -> None:
    assert render("{% when m %}", m=OCTOBER_15_2012) == (
        "٢٩ ذو القعدة ١٤٣٣ هـ (١٥ أكتوبر ٢٠١٢)، ١٢:٠٠ م"
    )
    assert render("{% when m %}", user=reader(Calendar.GREGORIAN), m=OCTOBER_15_2012) == (
        "١٥ أكتوبر ٢٠١٢، ١٢:٠٠ م"
    )
    assert render("{% when m %}", "en", user=reader(Calendar.GREGORIAN), m=OCTOBER_15_2012) == (
        "October 15, 2012, 12:00\u202fPM"  # a narrow no-break space before PM
    )


def test_dates_are_those_of_the_sites_time_zone() -> None:
    # 22:30 UTC on 14 October is already 15 October in Riyadh.
    moment = datetime(2012, 10, 14, 22, 30, tzinfo=ZoneInfo("UTC"))

    assert render("{% when m %}", user=reader(Calendar.HIJRI, Digits.WESTERN), m=moment) == (
        "29 ذو القعدة 1433 هـ، 1:30 ص"
    )
    assert settings.TIME_ZONE == "Asia/Riyadh"


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1924, 7, 31, 12, 0, tzinfo=RIYADH),
        datetime(1900, 1, 1, 12, 0, tzinfo=RIYADH),
        datetime(2077, 11, 17, 12, 0, tzinfo=RIYADH),
        datetime(2200, 6, 1, 12, 0, tzinfo=RIYADH),
    ],
)
def test_dates_the_hijri_tables_do_not_cover_are_gregorian(moment: datetime) -> None:
    gregorian = render("{% when m %}", user=reader(Calendar.GREGORIAN), m=moment)

    assert render("{% when m %}", user=reader(Calendar.HIJRI), m=moment) == gregorian
    assert render("{% when m %}", m=moment) == gregorian
    assert "هـ" not in gregorian


def test_the_first_and_last_days_of_the_hijri_tables_convert() -> None:
    first = datetime(1924, 8, 1, 12, 0, tzinfo=RIYADH)
    last = datetime(2077, 11, 16, 12, 0, tzinfo=RIYADH)
    western_hijri = reader(Calendar.HIJRI, Digits.WESTERN)

    assert render("{% when m %}", user=western_hijri, m=first).startswith("1 محرم 1343 هـ")
    assert render("{% when m %}", user=western_hijri, m=last).startswith("30 ذو الحجة 1500 هـ")


def test_counts_in_either_digits() -> None:
    assert render("{% digits n %}", n=1234567) == "١٬٢٣٤٬٥٦٧"
    assert render("{% digits n %}", user=reader(digits=Digits.WESTERN), n=1234567) == "1,234,567"
    assert render("{% digits n %}", "en", n=1234567) == "1,234,567"
    assert render("{% digits n %}", n=0) == "٠"
    assert render("{% digits n %}", n="") == ""


# The post header, as rendered for a reader.

FIVE_MINUTES = timedelta(minutes=5, seconds=1)


def header_time(response: "Response") -> tuple[str, str, str]:
    """Return the datetime, title and text of the first post header's <time>."""
    page = html(response)
    match = re.search(
        r'<a class="when"[^>]*><time datetime="([^"]*)" title="([^"]*)">([^<]*)</time>', page
    )
    assert match is not None, page
    return match.group(1), match.group(2), match.group(3)


@pytest.fixture
def old_post_of_yazeed(yazeed: Account) -> None:
    make_post(yazeed, "رمضان كريم", created_at=datetime(2024, 3, 11, 12, 0, tzinfo=RIYADH))


@pytest.mark.usefixtures("old_post_of_yazeed")
def test_a_visitor_sees_both_calendars_and_arabic_indic_digits(client: Client) -> None:
    iso, title, _text = header_time(client.get("/@yazeed"))

    assert iso == "2024-03-11T12:00:00+03:00"
    assert title == "١ رمضان ١٤٤٥ هـ (١١ مارس ٢٠٢٤)، ١٢:٠٠ م"


@pytest.mark.usefixtures("old_post_of_yazeed")
@pytest.mark.parametrize(
    ("calendar", "digits", "title"),
    [
        (Calendar.HIJRI, Digits.WESTERN, "1 رمضان 1445 هـ، 12:00 م"),
        (Calendar.GREGORIAN, Digits.ARABIC, "١١ مارس ٢٠٢٤، ١٢:٠٠ م"),
        (Calendar.BOTH, Digits.AUTO, "١ رمضان ١٤٤٥ هـ (١١ مارس ٢٠٢٤)، ١٢:٠٠ م"),
    ],
)
def test_the_post_header_shows_the_readers_calendar(
    as_sami: Client, sami: Account, calendar: str, digits: str, title: str
) -> None:
    assert sami.user is not None
    preferences_update(user=sami.user, calendar=calendar, digits=digits)

    iso, shown_title, _text = header_time(as_sami.get("/@yazeed"))

    assert iso == "2024-03-11T12:00:00+03:00"
    assert shown_title == title


def test_the_post_header_shows_how_long_ago_in_the_readers_digits(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    make_post(yazeed, "مرحبا", created_at=timezone.now() - FIVE_MINUTES)

    assert header_time(as_sami.get("/@yazeed"))[2] == "قبل ٥ دقائق"

    assert sami.user is not None
    preferences_update(user=sami.user, digits=Digits.WESTERN)

    assert header_time(as_sami.get("/@yazeed"))[2] == "قبل 5 دقائق"

    as_sami.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    preferences_update(user=sami.user, digits=Digits.AUTO)

    assert header_time(as_sami.get("/@yazeed"))[2] == "5 minutes ago"


def test_an_edited_post_says_when_in_the_readers_format(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    post = make_post(yazeed, "قبل التعديل")
    post.edited_at = timezone.now() - FIVE_MINUTES
    post.save(update_fields=["edited_at"])

    page = html(as_sami.get("/@yazeed"))

    assert re.search(
        r'<p class="edited">[^<]* <time datetime="[^"]+" title="[^"]+">قبل ٥ دقائق', page
    )


def test_profile_counts_follow_the_readers_digits(as_sami: Client, sami: Account) -> None:
    yazeed = make_account("yazeed", display_name="يزيد")
    for i in range(3):
        make_post(yazeed, f"منشور {i}")

    counts = next(p for p in elements(as_sami.get("/@yazeed"), "p") if "counts" in p.classes)
    assert "٣" in counts.text
    assert "3" not in counts.text

    assert sami.user is not None
    preferences_update(user=sami.user, digits=Digits.WESTERN)

    counts = next(p for p in elements(as_sami.get("/@yazeed"), "p") if "counts" in p.classes)
    assert "3" in counts.text
    assert "٣" not in counts.text


# Usernames and links isolated inside right-to-left text.


def test_handles_names_and_links_are_isolated(client: Client, sami: Account) -> None:
    yazeed = make_account("yazeed", display_name="يزيد")
    original = make_post(sami, "شكرا @yazeed على الرابط https://example.org/hudhud و #هدهد")
    make_post(yazeed, "العفو يا @sami", reply_to=original)
    boost_create(account=yazeed, post=original)

    page = html(client.get("/@yazeed/tab/with_replies"))

    # A mention is a <bdi>, a link is dir="ltr", a hashtag dir="auto".
    assert re.search(r'<bdi><a href="[^"]*/@yazeed" class="u-url mention">@<span>yazeed', page)
    assert re.search(r'<a href="https://example.org/hudhud"[^>]* dir="ltr">', page)
    assert re.search(
        r'<a href="[^"]*/tags/[^"]*" class="mention hashtag" rel="tag" dir="auto">', page
    )
    # The header: the name in <bdi>, the handle left to right.
    assert "<bdi>يزيد</bdi>" in page
    assert '<span class="handle" dir="ltr">@yazeed</span>' in page
    assert '<span class="handle" dir="ltr">@sami</span>' in page
    # Replying to, and who boosted.
    assert '<bdi dir="ltr">@sami</bdi>' in page
    assert re.search(r'<p class="boosted-by">🔁 <a href="/@yazeed"><bdi>يزيد</bdi></a>', page)
