"""The coach's reads: advice on a draft with what it knows of its author, and identity
reports."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.services import follow_create, profile_update
from hudhud.coach.selectors.drafts import MASS_MENTION, draft_check
from hudhud.coach.selectors.identity import IDENTITY_WINDOW, identity_report, identity_visible
from hudhud.posts.models import Visibility
from tests.factories import make_account, make_post
from tests.web.pages import png

pytestmark = pytest.mark.usefixtures("db")


def kinds(findings: list) -> list[str]:  # type: ignore[type-arg]
    return [finding.kind for finding in findings]


def test_a_demanding_draft_gets_a_warning_and_the_polite_rewrite() -> None:
    mazen = make_account("mazen")

    [finding] = draft_check(author=mazen, text="@some_celebrity رتويت بسرعة لو سمحت")

    assert (finding.kind, finding.severity) == ("demanding_boost_request", "warning")
    assert finding.suggestion == "@some_celebrity للاطلاع، وفي حالة إعجابك به يمكنك عمل ريتويت 🌷"
    assert finding.message


def test_a_polite_draft_gets_no_advice() -> None:
    mazen = make_account("mazen")
    text = "أطلقنا مشروعنا الجديد، للاطلاع وفي حالة إعجابك به فيمكنك عمل ريتويت"

    assert draft_check(author=mazen, text=text) == []


def test_tagging_many_who_do_not_follow_is_a_mass_mention() -> None:
    mazen = make_account("mazen")
    strangers = [make_account(f"guest{i}") for i in range(MASS_MENTION)]
    friend = make_account("sami")
    follow_create(follower=friend, target=mazen)
    handles = " ".join(f"@{account.username}" for account in strangers)

    [finding] = draft_check(author=mazen, text=f"{handles} @sami @nobody_here جربوا تطبيقنا")

    assert finding.kind == "mass_mention"
    assert str(MASS_MENTION + 1) in finding.message  # the unknown account follows nobody here
    assert finding.suggestion == "@sami جربوا تطبيقنا"


def test_mentions_of_followers_are_no_mass_mention() -> None:
    mazen = make_account("mazen")
    fans = [make_account(f"fan{i}") for i in range(MASS_MENTION + 1)]
    for fan in fans:
        follow_create(follower=fan, target=mazen)

    text = " ".join(f"@{fan.username}" for fan in fans) + " شكرا لكم"
    assert draft_check(author=mazen, text=text) == []


def test_a_business_that_only_advertises_is_told_and_asked_for_an_avatar() -> None:
    shop = make_account("shop", kind="business")
    for i in range(6):
        make_post(shop, f"خصم {i + 10}٪ على كل المنتجات، اطلب الآن")

    found = draft_check(author=shop, text="عرض خاص لفترة محدودة")

    assert kinds(found) == ["promo_ratio", "missing_avatar"]
    profile_update(account=shop, avatar=png())
    assert kinds(draft_check(author=shop, text="عرض خاص لفترة محدودة")) == ["promo_ratio"]


def test_a_business_with_useful_posts_is_not_told_about_promotion() -> None:
    shop = make_account("shop", kind="business")
    profile_update(account=shop, avatar=png())
    for text in ("كيف تختار القهوة المناسبة لك", "قصة تأسيس متجرنا", "خصم ٢٠٪ اليوم"):
        make_post(shop, text)
    for i in range(3):
        make_post(shop, f"نصيحة رقم {i} لتحضير القهوة في البيت")

    assert draft_check(author=shop, text="خصم ٣٠٪ غدًا") == []


def test_a_person_is_never_told_about_promotion_or_avatars() -> None:
    assert draft_check(author=make_account("sami"), text="خصم ٥٠٪ على كتبي") == []


def test_a_help_request_and_a_help_offer_are_pointed_to_the_board() -> None:
    sami = make_account("sami")

    request = draft_check(author=sami, text="مطلوب متبرع دم O+ في مستشفى الملك فهد بالرياض")
    offer = draft_check(author=sami, text="عندي كرسي متحرك ما نحتاجه، لمن يحتاجه مجانًا")

    assert kinds(request) == ["looks_like_help_request"]
    assert kinds(offer) == ["looks_like_help_offer"]


def test_a_visitors_draft_is_checked_for_its_words_only() -> None:
    assert kinds(draft_check(author=None, text="رتويت بسرعة")) == ["demanding_boost_request"]


def test_the_identity_report_classifies_the_latest_own_posts() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("الأمن السيبراني", ["phishing"])])
    now = timezone.now()
    texts = [
        ("طلع CVE جديد في المتصفح، حدثوا أجهزتكم", 20),
        ("انتبهوا من رسائل التصيد اللي تنتحل البنوك", 13),
        ("فعلوا التحقق بخطوتين في كل حساباتكم", 12),
        ("صباح الخير، قهوتي الأولى ☕", 6),
        ("مباراة الهلال اليوم كانت نار", 5),
        ("ثغرة في إضافات المتصفح تسرق كلمات المرور", 1),
    ]
    for text, days_ago in texts:
        make_post(yazeed, text, created_at=now - timedelta(days=days_ago))
    make_post(yazeed, "ثغرة خطيرة في الراوتر", visibility=Visibility.DIRECT)

    report = identity_report(yazeed)

    assert len(report.posts) == len(texts)
    assert report.shares == {"on_topic": 4 / 6, "personal": 1 / 6, "other": 1 / 6}
    assert sum(week.total for week in report.weeks) == 6
    assert [week.start.weekday() for week in report.weeks] == [0] * len(report.weeks)
    assert report.weeks == sorted(report.weeks, key=lambda week: week.start)
    assert ("المتصفح", 2) in report.top_terms
    assert report.advice
    assert report.posts[0].verdict.category == "on_topic"
    assert "ثغرة" in report.posts[0].verdict.reasons


def test_the_identity_report_reads_at_most_its_window() -> None:
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, specialties=[("التصميم الجرافيكي", [])])
    for i in range(IDENTITY_WINDOW + 5):
        make_post(yazeed, f"شعار جديد رقم {i}")

    report = identity_report(yazeed)

    assert len(report.posts) == IDENTITY_WINDOW
    assert report.shares["on_topic"] == 1.0


def test_without_a_specialty_the_advice_is_to_name_one() -> None:
    sami = make_account("sami")
    make_post(sami, "صباح الخير")

    report = identity_report(sami)

    assert len(report.advice) == 1
    assert "specialty" in report.advice[0] or "تخصص" in report.advice[0]


def test_the_report_is_its_owners_unless_the_badge_is_shown() -> None:
    yazeed, sami = make_account("yazeed"), make_account("sami")

    assert identity_visible(yazeed, yazeed) == "all"
    assert identity_visible(yazeed, sami) == "none"
    assert identity_visible(yazeed, None) == "none"
    profile_update(account=yazeed, focus_public=True)
    assert identity_visible(yazeed, sami) == "shares"
    assert identity_visible(yazeed, None) == "shares"
