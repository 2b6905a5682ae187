"""Tests of hudhud.notifications.services: who is told what, and who is spared."""

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create, follow_delete, mute_create
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.notifications.services import notification_create, notifications_clear
from hudhud.posts.services import boost_create, boost_delete, like_create, like_delete
from tests.factories import make_account, make_post


def received(recipient: Account) -> list[tuple[str, str]]:
    return list(
        Notification.objects.filter(recipient=recipient)
        .order_by("id")
        .values_list("kind", "actor__username")
    )


@pytest.mark.usefixtures("db")
def test_notification_create_tells_the_recipient() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")

    notification = notification_create(
        recipient=yazeed, actor=mazen, kind=NotificationKind.LIKE, post=post
    )

    assert notification is not None
    assert Notification.objects.get() == notification
    assert (notification.kind, notification.post_id) == ("favourite", post.pk)


@pytest.mark.usefixtures("db")
def test_notification_create_does_not_tell_oneself() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "منشور")

    like_create(account=yazeed, post=post)
    make_post(yazeed, "أنا @yazeed")

    assert notification_create(recipient=yazeed, actor=yazeed, kind=NotificationKind.FOLLOW) is None
    assert not Notification.objects.exists()


@pytest.mark.usefixtures("db")
def test_muted_actor_does_not_notify() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")
    mute_create(account=yazeed, target=mazen)

    like_create(account=mazen, post=post)
    boost_create(account=mazen, post=post)
    follow_create(follower=mazen, target=yazeed)
    make_post(mazen, "مرحبا @yazeed")
    make_post(mazen, "اقتباس", quote_of=post)

    assert received(yazeed) == []


@pytest.mark.usefixtures("db")
def test_blocked_actor_does_not_notify() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    block_create(account=yazeed, target=mazen)

    make_post(mazen, "مرحبا @yazeed")

    assert received(yazeed) == []


@pytest.mark.usefixtures("db")
def test_like_unlike_like_notifies_once() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")

    like_create(account=mazen, post=post)
    like_delete(account=mazen, post=post)
    like_create(account=mazen, post=post)

    assert received(yazeed) == [("favourite", "mazen")]


@pytest.mark.usefixtures("db")
def test_follow_unfollow_follow_notifies_once() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")

    follow_create(follower=mazen, target=yazeed)
    follow_delete(follower=mazen, target=yazeed)
    follow_create(follower=mazen, target=yazeed)

    assert received(yazeed) == [("follow", "mazen")]


@pytest.mark.usefixtures("db")
def test_likes_of_two_posts_notify_twice() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    first, second = make_post(yazeed, "أول"), make_post(yazeed, "ثان")

    like_create(account=mazen, post=first)
    like_create(account=mazen, post=second)

    assert received(yazeed) == [("favourite", "mazen"), ("favourite", "mazen")]


@pytest.mark.usefixtures("db")
def test_boost_unboost_boost_notifies_once() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")

    boost_create(account=mazen, post=post)
    boost_delete(account=mazen, post=post)
    boost_create(account=mazen, post=post)

    assert received(yazeed) == [("reblog", "mazen")]


@pytest.mark.usefixtures("db")
def test_updates_notify_every_time() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "منشور")

    for _ in range(2):
        notification_create(recipient=mazen, actor=yazeed, kind=NotificationKind.UPDATE, post=post)

    assert received(mazen) == [("update", "yazeed"), ("update", "yazeed")]


@pytest.mark.usefixtures("db")
def test_notifications_clear_empties_only_the_recipients() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=mazen, target=yazeed)
    follow_create(follower=yazeed, target=mazen)

    notifications_clear(recipient=yazeed)

    assert received(yazeed) == []
    assert received(mazen) == [("follow", "yazeed")]
