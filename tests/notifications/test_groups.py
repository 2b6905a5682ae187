"""Tests of the groups of notifications and of markers (hudhud.notifications)."""

from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time

from hudhud.accounts.services import follow_create
from hudhud.notifications.models import Marker, MarkerTimeline, Notification
from hudhud.notifications.selectors import Wanted, notification_groups, unread_group_count
from hudhud.notifications.services import markers_save, notification_group_dismiss
from hudhud.paging import Page
from hudhud.posts.services import boost_create, like_create
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")

NOON = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_likes_of_one_post_share_a_group_and_other_posts_do_not() -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    first, second = make_post(sami, "أول"), make_post(sami, "ثان")
    like_create(account=mazen, post=first)
    like_create(account=yazeed, post=first)
    like_create(account=mazen, post=second)
    boost_create(account=mazen, post=first)

    keys = dict(Notification.objects.values_list("id", "group_key"))
    likes_of_first = Notification.objects.filter(kind="favourite", post=first)

    assert len({n.group_key for n in likes_of_first}) == 1
    assert len(set(keys.values())) == 3  # likes of first, like of second, boost of first


def test_a_group_spans_at_most_twelve_hours() -> None:
    sami = make_account("sami")
    followers = [make_account(name) for name in ("mazen", "yazeed", "bassem", "saad")]
    moments = [NOON, NOON + timedelta(hours=5), NOON + timedelta(hours=11, minutes=50)]
    for follower, moment in zip(followers, [*moments, NOON + timedelta(hours=12)], strict=True):
        with freeze_time(moment):
            follow_create(follower=follower, target=sami)

    keys = list(Notification.objects.order_by("id").values_list("group_key", flat=True))

    assert keys[0] == keys[1] == keys[2] != keys[3]
    assert all(key.startswith("follow-") for key in keys)


def test_mentions_are_never_grouped() -> None:
    make_account("sami")
    mazen = make_account("mazen")
    make_post(mazen, "مرحبا @sami")
    make_post(mazen, "مرة أخرى @sami")

    assert list(Notification.objects.values_list("group_key", flat=True)) == ["", ""]
    assert all(n.group == f"ungrouped-{n.pk}" for n in Notification.objects.all())


def test_groups_page_with_the_count_up_to_the_page() -> None:
    sami = make_account("sami")
    post = make_post(sami, "منشور")
    for name in ("mazen", "yazeed", "bassem"):
        like_create(account=make_account(name), post=post)

    (group,) = notification_groups(sami, Page(), Wanted())

    assert group.count == 3
    assert [a.username for a in group.sample_accounts] == ["bassem", "yazeed", "mazen"]
    assert group.page_min_id == Notification.objects.order_by("id").first().pk  # type: ignore[union-attr]
    assert unread_group_count(sami, Wanted(), grouped=["favourite"], limit=10) == 1
    assert unread_group_count(sami, Wanted(), grouped=["follow"], limit=10) == 3
    assert unread_group_count(sami, Wanted(), grouped=["follow"], limit=2) == 2


def test_dismissing_a_group_keeps_other_readers_notifications() -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    follow_create(follower=yazeed, target=sami)
    follow_create(follower=yazeed, target=mazen)
    make_post(yazeed, "مرحبا @sami")
    key = Notification.objects.get(recipient=sami, kind="follow").group_key
    mention = Notification.objects.get(kind="mention")

    assert notification_group_dismiss(recipient=mazen, group_key=mention.group) == 0
    assert notification_group_dismiss(recipient=sami, group_key=key) == 1
    assert notification_group_dismiss(recipient=sami, group_key=mention.group) == 1
    assert list(Notification.objects.values_list("recipient__username", flat=True)) == ["mazen"]


def test_markers_grow_their_version_on_change_only() -> None:
    sami = make_account("sami")

    (first,) = markers_save(account=sami, last_read_ids={MarkerTimeline.HOME: 10})
    (same,) = markers_save(account=sami, last_read_ids={MarkerTimeline.HOME: 10})
    (moved,) = markers_save(account=sami, last_read_ids={MarkerTimeline.HOME: 12})

    assert (first.version, same.version, moved.version) == (0, 0, 1)
    assert moved.last_read_id == 12 and moved.updated_at >= first.updated_at
    assert Marker.objects.count() == 1


@pytest.mark.parametrize("window", [1, 2, 3, 2000])
def test_grouping_the_newest_first_changes_no_page(
    monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    post = make_post(sami, "منشور")
    for name in ("yazeed", "bassem", "saad"):
        like_create(account=make_account(name), post=post)
    follow_create(follower=mazen, target=sami)
    make_post(mazen, "مرحبا @sami")
    monkeypatch.setattr("hudhud.notifications.selectors.GROUPS_WINDOW", window)

    pages = [
        [
            (group.latest.kind, group.count)
            for group in notification_groups(sami, Page(limit=n), Wanted())
        ]
        for n in (1, 2, 3, 4)
    ]

    assert pages[-1] == [("mention", 1), ("follow", 1), ("favourite", 3)]
    assert pages[:3] == [pages[-1][:1], pages[-1][:2], pages[-1]]
    assert unread_group_count(sami, Wanted(), grouped=["favourite"], limit=2) == 2
