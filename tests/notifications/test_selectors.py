"""Tests of hudhud.notifications.selectors: the notifications page."""

from typing import Any

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create, follow_delete
from hudhud.notifications.models import Notification
from hudhud.notifications.selectors import notifications_of
from hudhud.paging import Page
from hudhud.posts.models import Visibility
from hudhud.posts.services import like_create
from tests.factories import make_account, make_post


def kinds(notifications: list[Notification]) -> list[tuple[str, str]]:
    return [(n.kind, n.actor.username) for n in notifications]


def busy_yazeed() -> list[Notification]:
    """Give yazeed five notifications of three kinds; return them oldest first."""
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "منشور")
    follow_create(follower=mazen, target=yazeed)
    like_create(account=mazen, post=post)
    make_post(sami, "مرحبا @yazeed")
    follow_create(follower=sami, target=yazeed)
    like_create(account=sami, post=post)
    return list(Notification.objects.filter(recipient=yazeed).order_by("id"))


def shown_of(recipient: Account, page: Page, **wanted: Any) -> list[Notification]:
    """Return the notifications of one page that are shown (not those only paged over)."""
    _rows, shown = notifications_of(recipient, page, **wanted)
    return shown


@pytest.mark.usefixtures("db")
def test_notifications_of_is_newest_first() -> None:
    every = busy_yazeed()
    yazeed = every[0].recipient

    shown = shown_of(yazeed, Page())

    assert kinds(shown) == [
        ("favourite", "sami"),
        ("follow", "sami"),
        ("mention", "sami"),
        ("favourite", "mazen"),
        ("follow", "mazen"),
    ]
    assert shown[0].post is not None
    assert shown[0].post.author.username == "yazeed"


@pytest.mark.usefixtures("db")
def test_notifications_of_pages() -> None:
    every = busy_yazeed()
    yazeed = every[0].recipient

    first = shown_of(yazeed, Page(limit=2))
    second = shown_of(yazeed, Page(max_id=first[-1].pk, limit=2))
    newer = shown_of(yazeed, Page(min_id=every[1].pk, limit=2))
    since = shown_of(yazeed, Page(since_id=every[3].pk))

    assert first == every[:-3:-1]
    assert second == [every[2], every[1]]
    assert newer == [every[3], every[2]]
    assert since == [every[4]]


@pytest.mark.usefixtures("db")
def test_notifications_of_keeps_only_the_kinds_asked() -> None:
    every = busy_yazeed()
    yazeed = every[0].recipient

    follows = shown_of(yazeed, Page(), kinds=["follow"])
    some = shown_of(yazeed, Page(), kinds=["mention", "favourite"])
    all_kinds = shown_of(yazeed, Page(), kinds=[])

    assert kinds(follows) == [("follow", "sami"), ("follow", "mazen")]
    assert kinds(some) == [("favourite", "sami"), ("mention", "sami"), ("favourite", "mazen")]
    assert len(all_kinds) == 5


@pytest.mark.usefixtures("db")
def test_notifications_of_shows_only_the_recipients() -> None:
    every = busy_yazeed()
    mazen = every[1].actor

    assert shown_of(mazen, Page()) == []


@pytest.mark.usefixtures("db")
def test_a_page_of_hidden_notifications_still_leads_to_older_ones() -> None:
    sami, mazen, saad = make_account("sami"), make_account("mazen"), make_account("saad")
    follow_create(follower=saad, target=mazen)  # older, and still his to see
    follow_create(follower=mazen, target=sami, notify=True)
    make_post(sami, "للمتابعين أولاً", visibility=Visibility.FOLLOWERS)
    make_post(sami, "للمتابعين ثانياً", visibility=Visibility.FOLLOWERS)
    follow_delete(follower=mazen, target=sami)  # those two posts are no longer his to see

    rows, shown = notifications_of(mazen, Page(limit=2))
    assert shown == [] and [row.kind for row in rows] == ["status", "status"]
    _older_rows, older = notifications_of(mazen, Page(max_id=rows[-1].pk, limit=2))
    assert kinds(older) == [("follow", "saad")]
