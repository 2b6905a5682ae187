"""Volunteering: a help request posted with its structure, the volunteers who follow its
city told, private answers, the helper marked, the request fulfilled, and credit to the
helper and to whoever's boost brought them."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create
from hudhud.community.models import Help, HelpAnswer, HelpStatus
from hudhud.community.selectors import good_deeds, help_answers_seen, help_board
from hudhud.community.services import (
    help_answer,
    help_close,
    help_create,
    help_expire,
    help_follow,
    help_mark_helper,
    help_unfollow,
)
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.services import boost_create
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def blood_request(author: Account, **fields: object) -> Help:
    values = {
        "kind": "request",
        "category": "blood",
        "city": "الرياض",
        "details": "مطلوب متبرع دم O- لمريض في مستشفى الملك فهد",
        "urgency": "urgent",
        **fields,
    }
    return help_create(author=author, **values)  # type: ignore[arg-type]


def test_a_request_is_an_ordinary_post_with_a_summary_and_structure() -> None:
    sami = make_account("sami")

    help = blood_request(sami)

    assert help.post.author == sami and help.status == HelpStatus.OPEN
    assert help.post.text.startswith("🆘 ")
    assert "الرياض" in help.post.text and "O-" in help.post.text
    assert "#طلب_مساعدة" in help.post.text
    assert list(help.post.hashtags.values_list("name", flat=True)) == ["طلب_مساعدة"]


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"city": "  "}, "blank"),
        ({"category": ""}, "category"),
        ({"category": "cars"}, "category"),
        ({"kind": "gift"}, "kind"),
        ({"expires_at": timezone.now() - timedelta(hours=1)}, "expired"),
        ({"expires_at": timezone.now() + timedelta(days=200)}, "too_far"),
        ({"details": "ت" * 401}, "too_long"),
    ],
)
def test_bad_requests_are_refused_and_post_nothing(fields: dict, code: str) -> None:  # type: ignore[type-arg]
    sami = make_account("sami")
    with pytest.raises(ValidationError) as refused:
        blood_request(sami, **fields)
    assert refused.value.code == code
    assert not Help.objects.exists() and sami.posts.count() == 0


def test_volunteers_who_follow_the_city_or_category_are_told_once() -> None:
    sami = make_account("sami")
    riyadh, blood, both, jeddah = (make_account(n) for n in ("lama", "majed", "hind", "fahad"))
    help_follow(account=riyadh, city="الرياض")
    help_follow(account=blood, category="blood")
    help_follow(account=both, city="الرياض", category="blood")
    help_follow(account=both, city="الرياض")
    help_follow(account=jeddah, city="جدة")

    help = blood_request(sami, city="الرياض")

    told = Notification.objects.filter(kind=NotificationKind.STATUS, post=help.post)
    assert sorted(n.recipient.username for n in told) == ["hind", "lama", "majed"]


def test_offers_tell_nobody_and_a_follow_names_something() -> None:
    help_follow(account=make_account("lama"), city="الرياض")
    blood_request(make_account("sami"), kind="offer")
    assert not Notification.objects.filter(kind=NotificationKind.STATUS).exists()
    with pytest.raises(ValidationError):
        help_follow(account=make_account("majed"))


def test_answers_are_private_and_a_booster_who_brought_the_helper_is_credited() -> None:
    sami, lama, majed, stranger = (make_account(n) for n in ("sami", "lama", "majed", "bassem"))
    help = blood_request(sami)
    boost = boost_create(account=lama, post=help.post)

    answer = help_answer(
        help=help,
        helper=majed,
        message="فصيلتي O- وأقدر أجي اليوم",
        contact="0500000000",
        boost=boost,
    )

    assert list(help_answers_seen(help, sami)) == [answer]
    assert list(help_answers_seen(help, majed)) == [answer]
    assert list(help_answers_seen(help, stranger)) == []
    assert list(help_answers_seen(help, None)) == []
    help_mark_helper(help=help, account=sami, answer=answer)
    assert Help.objects.get(pk=help.pk).status == HelpStatus.BEING_HELPED
    assert good_deeds(majed).helped == 0  # not fulfilled yet
    help_close(help=Help.objects.get(pk=help.pk), account=sami, status="fulfilled")

    assert good_deeds(majed).helped == 1 and good_deeds(majed).pointed == 0
    assert good_deeds(lama).pointed == 1 and good_deeds(lama).helped == 0
    assert good_deeds(sami) == good_deeds(stranger)


def test_who_may_answer_and_change_a_request() -> None:
    sami, majed, blocker = make_account("sami"), make_account("majed"), make_account("x")
    help = blood_request(sami)
    block_create(account=blocker, target=sami)
    other = blood_request(make_account("lama"))

    with pytest.raises(ValidationError):
        help_answer(help=help, helper=sami, message="أنا", contact="-")
    with pytest.raises(ValidationError):
        help_answer(help=help, helper=blocker, message="أنا", contact="-")
    with pytest.raises(ValidationError):
        help_answer(
            help=help,
            helper=majed,
            message="أنا",
            contact="-",
            boost=boost_create(account=make_account("fahad"), post=other.post),
        )
    answer = help_answer(help=help, helper=majed, message="أقدر", contact="0500")
    with pytest.raises(ValidationError) as twice:
        help_answer(help=help, helper=majed, message="مرة ثانية", contact="0500")
    assert twice.value.code == "twice"
    with pytest.raises(PermissionDenied):
        help_mark_helper(help=help, account=majed, answer=answer)
    with pytest.raises(PermissionDenied):
        help_close(help=help, account=majed, status="fulfilled")
    help_close(help=help, account=sami, status="withdrawn")
    with pytest.raises(ValidationError):
        help_answer(help=help, helper=make_account("hind"), message="أقدر", contact="0500")
    assert HelpAnswer.objects.count() == 1


def test_the_board_filters_orders_by_urgency_and_drops_closed_and_expired() -> None:
    sami = make_account("sami")
    normal = blood_request(sami, urgency="normal")
    critical = blood_request(sami, urgency="critical", category="food")
    jeddah = blood_request(sami, city="جدة")
    closed = blood_request(sami)
    help_close(help=closed, account=sami, status="withdrawn")
    soon = blood_request(sami, expires_at=timezone.now() + timedelta(hours=1))
    Help.objects.filter(pk=soon.pk).update(expires_at=timezone.now() - timedelta(seconds=1))

    assert list(help_board(None)) == [critical, jeddah, normal]
    assert list(help_board(None, city="الرياض")) == [critical, normal]
    assert list(help_board(None, category="food")) == [critical]
    assert list(help_board(None, urgency="urgent")) == [jeddah]
    assert help_expire(help=Help.objects.get(pk=soon.pk)).status == HelpStatus.EXPIRED
    assert Help.objects.get(pk=soon.pk).post.author == sami  # it stays on the profile


def test_a_follow_is_undone_by_its_owner_only() -> None:
    lama = make_account("lama")
    follow = help_follow(account=lama, city="الرياض")
    assert help_follow(account=lama, city="الرياض ") == follow
    with pytest.raises(PermissionDenied):
        help_unfollow(account=make_account("sami"), follow=follow)
    help_unfollow(account=lama, follow=follow)
    assert not lama.help_follows.exists()


def test_a_city_followed_is_no_longer_than_a_citys() -> None:
    with pytest.raises(ValidationError) as refused:
        help_follow(account=make_account("lama"), city="ر" * 61)
    assert refused.value.code == "too_long"
