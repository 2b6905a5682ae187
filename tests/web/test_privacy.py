"""What must stay hidden: suspended accounts, people who blocked you, private conversations."""

from typing import Any

import pytest
from django.test import Client

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create
from hudhud.moderation.services import account_suspend
from hudhud.posts.models import Visibility
from hudhud.posts.services import boost_create, like_create
from tests.factories import make_post
from tests.web.pages import elements, html


def selected_visibility(response: Any) -> str:
    """Return the visibility the composer's select starts at (the first option if none is)."""
    options = elements(response, "option")
    chosen = [o for o in options if "selected" in o.attrs]
    return (chosen or options)[0].attrs["value"]


def test_home_composer_starts_public(as_sami: Client) -> None:
    assert selected_visibility(as_sami.get("/")) == "public"


@pytest.mark.parametrize(
    ("visibility", "expected"),
    [(Visibility.DIRECT, "direct"), (Visibility.FOLLOWERS, "private")],
)
def test_reply_composer_keeps_the_conversation_as_private_as_the_post(
    as_sami: Client, sami: Account, yazeed: Account, visibility: Visibility, expected: str
) -> None:
    follow_create(follower=sami, target=yazeed)
    post = make_post(yazeed, "@sami بيني وبينك", visibility=visibility)

    assert selected_visibility(as_sami.get(f"/@yazeed/{post.pk}")) == expected


def test_suspended_account_vanishes_from_profiles_and_timelines(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    make_post(yazeed, "منشور قبل الإيقاف #هدهد")

    account_suspend(account=yazeed)

    for path in ("/", "/local", "/public", "/tags/هدهد"):
        assert "منشور قبل الإيقاف" not in html(as_sami.get(path)), path
    assert as_sami.get("/@yazeed").status_code == 404


def test_notifications_from_a_suspended_account_are_hidden(
    as_sami: Client, sami: Account, yazeed: Account
) -> None:
    like_create(account=yazeed, post=make_post(sami))
    make_post(yazeed, "@sami كلام مسيء")

    account_suspend(account=yazeed)
    response = as_sami.get("/notifications")

    assert "كلام مسيء" not in html(response)
    assert response.context["notifications"] == []


def test_boost_of_a_suspended_accounts_post_is_hidden(
    sami: Account, yazeed: Account, bassem: Account
) -> None:
    boost_create(account=bassem, post=make_post(yazeed, "منشور يزيد المعاد"))

    account_suspend(account=yazeed)

    assert "منشور يزيد المعاد" not in html(Client().get("/@bassem"))


def test_boost_of_a_post_by_someone_who_blocked_you_is_hidden(
    as_sami: Client, sami: Account, yazeed: Account, bassem: Account
) -> None:
    post = make_post(yazeed, "منشور يزيد الذي حظر سامي")
    boost_create(account=bassem, post=post)

    block_create(account=yazeed, target=sami)

    assert as_sami.get(f"/@yazeed/{post.pk}").status_code == 404
    assert "منشور يزيد الذي حظر سامي" not in html(as_sami.get("/@bassem"))


def test_quote_of_a_suspended_accounts_post_hides_the_quoted_text(
    sami: Account, yazeed: Account
) -> None:
    quote = make_post(sami, "أتفق", quote_of=make_post(yazeed, "نص يزيد المقتبس"))

    account_suspend(account=yazeed)
    response = Client().get(f"/@sami/{quote.pk}")

    assert response.status_code == 200
    assert "أتفق" in html(response)
    assert "نص يزيد المقتبس" not in html(response)
