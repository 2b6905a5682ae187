"""Volunteering in the pages: the board and its filters, a request posted from it, "I can
help" from a boost, the requester marking the helper and fulfilling, credit on profiles."""

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from hudhud.community.models import Help, HelpAnswer
from hudhud.community.services import help_create, help_remind
from hudhud.posts.services import boost_create
from tests.factories import make_account
from tests.web.pages import arabic, elements, html, signed_in

pytestmark = pytest.mark.usefixtures("db")

FORM = {
    "kind": "request",
    "category": "blood",
    "city": "الرياض",
    "urgency": "urgent",
    "details": "مطلوب متبرع دم O- في مستشفى الملك فهد",
}


def ids_on_board(page: object) -> list[str]:
    return [e.attrs["data-help"] for e in elements(page, "li") if "data-help" in e.attrs]  # type: ignore[arg-type]


def test_a_request_is_posted_from_the_board_and_listed_by_its_filters() -> None:
    sami = make_account("sami")

    posted = signed_in(sami).post("/help/new", FORM)

    help = Help.objects.get()
    assert posted.status_code == 302 and posted["Location"] == f"/@sami/{help.post_id}"
    assert ids_on_board(Client().get("/help")) == [str(help.pk)]
    assert ids_on_board(Client().get("/help", {"city": "الرياض", "category": "blood"})) == [
        str(help.pk)
    ]
    assert ids_on_board(Client().get("/help", {"city": "جدة"})) == []
    assert ids_on_board(Client().get("/help", {"category": "food"})) == []


def test_a_request_without_a_city_is_refused_and_nothing_is_posted() -> None:
    sami = make_account("sami")
    signed_in(sami).post("/help/new", {**FORM, "city": ""})
    assert not Help.objects.exists() and sami.posts.count() == 0


def test_from_a_boost_to_a_fulfilled_request_and_credit_on_the_profiles() -> None:
    sami, lama, majed = make_account("sami"), make_account("lama"), make_account("majed")
    help = help_create(author=sami, **FORM)  # type: ignore[arg-type]
    boost = boost_create(account=lama, post=help.post)

    page = signed_in(majed).get(f"/@sami/{help.post_id}", {"via": boost.pk})
    [via] = [e for e in elements(page, "input") if e.attrs.get("name") == "via"]
    assert via.attrs["value"] == str(boost.pk)
    signed_in(majed).post(
        f"/help/{help.pk}/answer",
        {"message": "فصيلتي O-", "contact": "0500000000", "via": boost.pk},
    )
    answer = HelpAnswer.objects.get()
    assert answer.boost == boost
    assert "0500000000" in html(signed_in(sami).get(f"/@sami/{help.post_id}"))
    assert "0500000000" not in html(signed_in(lama).get(f"/@sami/{help.post_id}"))
    assert "0500000000" not in html(Client().get(f"/@sami/{help.post_id}"))
    signed_in(sami).post(f"/help/{help.pk}/answers/{answer.pk}/helped")
    signed_in(sami).post(f"/help/{help.pk}/close", {"state": "fulfilled"})

    assert Help.objects.get().status == "fulfilled"
    assert ids_on_board(Client().get("/help")) == []
    for username in ("majed", "lama"):
        profile = Client().get(f"/@{username}")
        assert [e for e in elements(profile, "p") if "good-deeds" in e.classes], username


def test_strangers_cannot_close_or_mark_and_a_follow_is_kept() -> None:
    sami, majed = make_account("sami"), make_account("majed")
    help = help_create(author=sami, **FORM)  # type: ignore[arg-type]
    signed_in(majed).post(f"/help/{help.pk}/close", {"state": "fulfilled"})
    assert Help.objects.get().status == "open"

    signed_in(majed).post("/help/follow", {"city": "الرياض", "category": ""})
    assert majed.help_follows.count() == 1
    assert "الرياض" in html(signed_in(majed).get("/help"))


def test_the_requester_sees_who_can_help_and_the_expiry_reminder_in_notifications() -> None:
    sami, nora = make_account("sami"), make_account("nora")
    help = help_create(author=sami, expires_at=timezone.now() + timedelta(hours=4), **FORM)
    signed_in(nora).post(
        f"/help/{help.pk}/answer", {"message": "أستطيع التبرع", "contact": "0500000000"}
    )
    Help.objects.filter(pk=help.pk).update(
        created_at=timezone.now() - timedelta(hours=2, minutes=1),
        expires_at=timezone.now() + timedelta(hours=1, minutes=59),
    )
    assert help_remind(help=Help.objects.get(pk=help.pk))

    page = html(signed_in(sami).get("/notifications"))
    assert arabic("can help with your request") in page
    assert arabic("your post leaves the help board") in page
    assert page.count(f"/@sami/{help.post_id}") == 2
