"""Giveaways in the pages: made from a post's page, shown and checked on their own."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from hudhud.coach.models import Giveaway
from hudhud.coach.services import giveaway_draw
from hudhud.posts.models import Visibility
from tests.factories import make_account, make_post
from tests.web.pages import elements, html, messages_of, signed_in

pytestmark = pytest.mark.usefixtures("db")


def local_time(delta: timedelta) -> str:
    """Return a moment as the datetime-local field writes it, in the server's zone."""
    moment = timezone.now().astimezone(ZoneInfo(settings.TIME_ZONE)) + delta
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def test_an_organiser_starts_a_giveaway_from_the_posts_page() -> None:
    mazen = make_account("mazen", kind="startup")
    post = make_post(mazen, "🎁 رد وادخل السحب")
    client = signed_in(mazen)
    page = client.get(f"/@mazen/{post.pk}")
    assert any(
        e.attrs.get("action") == f"/posts/{post.pk}/giveaway" for e in elements(page, "form")
    )

    answer = client.post(
        f"/posts/{post.pk}/giveaway",
        {"rule": "reply", "deadline": local_time(timedelta(days=1)), "winners": "2"},
    )

    giveaway = Giveaway.objects.get(post=post)
    assert answer.status_code == 302 and answer["Location"] == f"/giveaways/{giveaway.pk}"
    assert abs(giveaway.deadline - (timezone.now() + timedelta(days=1))) < timedelta(seconds=5)
    shown = client.get(f"/@mazen/{post.pk}")
    assert any(e.attrs.get("href") == f"/giveaways/{giveaway.pk}" for e in elements(shown, "a"))


def test_a_past_deadline_is_refused_with_a_message() -> None:
    mazen = make_account("mazen", kind="startup")
    post = make_post(mazen, "🎁 مسابقة")

    answer = signed_in(mazen).post(
        f"/posts/{post.pk}/giveaway",
        {"rule": "reply", "deadline": local_time(-timedelta(hours=1)), "winners": "1"},
        follow=True,
    )

    assert messages_of(answer)
    assert not Giveaway.objects.exists()


def test_people_and_others_posts_get_no_giveaway_form() -> None:
    sami, mazen = make_account("sami"), make_account("mazen", kind="startup")
    own = make_post(sami, "منشوري")
    others = make_post(mazen, "🎁 مسابقة")
    private = make_post(mazen, "للمتابعين", visibility=Visibility.FOLLOWERS)

    for client, author, post in (
        (signed_in(sami), "sami", own),
        (signed_in(sami), "mazen", others),
        (signed_in(mazen), "mazen", private),
    ):
        page = client.get(f"/@{author}/{post.pk}")
        assert "giveaway-new" not in html(page)
    refused = signed_in(sami).post(
        f"/posts/{others.pk}/giveaway",
        {"rule": "reply", "deadline": local_time(timedelta(days=1)), "winners": "1"},
    )
    assert refused.status_code == 404


def test_the_giveaway_page_shows_the_commitment_then_the_draw_to_check() -> None:
    mazen = make_account("mazen", kind="startup")
    post = make_post(mazen, "🎁 مسابقة")
    client = signed_in(mazen)
    client.post(
        f"/posts/{post.pk}/giveaway",
        {"rule": "reply", "deadline": local_time(timedelta(hours=1)), "winners": "1"},
    )
    giveaway = Giveaway.objects.get(post=post)
    sami = make_account("sami")
    make_post(sami, "مشارك", reply_to=post)

    before = Client().get(f"/giveaways/{giveaway.pk}")
    assert giveaway.commitment in html(before) and giveaway.secret not in html(before)
    assert "entered" in html(signed_in(sami).get(f"/giveaways/{giveaway.pk}"))
    Giveaway.objects.filter(pk=giveaway.pk).update(deadline=timezone.now())
    giveaway_draw(giveaway=giveaway)
    after = Client().get(f"/giveaways/{giveaway.pk}")

    [box] = [e for e in elements(after, "section") if "giveaway" in e.classes]
    giveaway.refresh_from_db()
    assert box.attrs["data-secret"] == giveaway.secret
    assert box.attrs["data-entrants"] == str(sami.pk)
    assert box.attrs["data-winners"] == str(sami.pk)
    [check] = [e for e in elements(after, "p") if "server-check" in e.classes]
    assert check.text.startswith("✅")
    assert "@sami" in html(after)


def test_a_giveaway_on_a_post_one_may_not_see_is_not_there() -> None:
    mazen = make_account("mazen", kind="startup")
    post = make_post(mazen, "🎁 مسابقة")
    client = signed_in(mazen)
    client.post(
        f"/posts/{post.pk}/giveaway",
        {"rule": "reply", "deadline": local_time(timedelta(hours=1)), "winners": "1"},
    )
    giveaway = Giveaway.objects.get(post=post)
    post.visibility = Visibility.FOLLOWERS  # narrowed since (a test shortcut)
    post.save()

    assert Client().get(f"/giveaways/{giveaway.pk}").status_code == 404
    assert Client().get("/giveaways/999").status_code == 404
