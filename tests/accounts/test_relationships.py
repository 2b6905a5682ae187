"""Tests of the relationship services and selectors the Mastodon API added: follow options,
expiring mutes, endorsements, notes, credentials and suggestions."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hudhud.accounts.models import Endorsement, Follow, Mute
from hudhud.accounts.selectors import relationship, relationships, suggestions
from hudhud.accounts.services import (
    account_credentials_update,
    account_note_set,
    block_create,
    endorsement_create,
    follow_create,
    mute_create,
    suggestion_dismiss,
)
from hudhud.notifications.models import Notification
from hudhud.paging import Page
from hudhud.posts.services import boost_create, like_create
from hudhud.timelines.selectors import home_timeline
from tests.factories import make_account, make_post

# Committed for real, so that fan-out runs (see tests/conftest.py).
pytestmark = pytest.mark.usefixtures("db")


def test_an_expired_mute_lets_posts_and_notifications_through_again() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    mute_create(account=sami, target=mazen, duration=timedelta(minutes=5))
    hidden = make_post(mazen, "منشور أثناء الكتم")
    assert hidden.pk not in [post.pk for post in home_timeline(sami, Page(limit=40))]
    like_create(account=mazen, post=make_post(sami, "منشور سامي"))
    assert not Notification.objects.filter(recipient=sami, kind="favourite").exists()

    Mute.all_objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    later = make_post(mazen, "منشور بعد انتهاء الكتم")
    assert later.pk in [post.pk for post in home_timeline(sami, Page(limit=40))]
    like_create(account=mazen, post=make_post(sami, "منشور آخر"))
    assert Notification.objects.filter(recipient=sami, kind="favourite").exists()
    assert relationship(sami, mazen).muting is False


def test_hidden_boosts_of_a_followed_account_stay_out_of_the_home_timeline() -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    follow_create(follower=sami, target=mazen, show_boosts=False)
    follow_create(follower=sami, target=yazeed)
    boost_create(account=mazen, post=make_post(make_account("bassem"), "منشور بسام"))
    own = make_post(mazen, "منشور مازن")
    boost_create(account=yazeed, post=make_post(make_account("saad"), "منشور سعد"))
    shown = home_timeline(sami, Page(limit=40))
    assert own in shown and len(shown) == 2  # mazen's own post and yazeed's boost


def test_a_mute_of_zero_seconds_is_for_good() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    assert mute_create(account=sami, target=mazen, duration=timedelta(0)).expires_at is None


def test_following_again_changes_only_the_options_given() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen, notify=True, languages=["ar"])
    follow_create(follower=sami, target=mazen, show_boosts=False)
    follow = Follow.objects.get()
    assert (follow.show_boosts, follow.notify, follow.languages) == (False, True, ["ar"])
    with pytest.raises(ValidationError):
        follow_create(follower=sami, target=mazen, languages=["العربية"])


def test_blocking_ends_an_endorsement_with_the_follow() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    endorsement_create(account=sami, target=mazen)
    block_create(account=sami, target=mazen)
    assert not Endorsement.objects.exists()


def test_relationships_of_oneself_and_of_a_visitor() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    account_note_set(account=sami, target=mazen, comment="  ملاحظة  ")
    found = relationships(sami, [sami, mazen])
    assert found[sami.pk].itself and not found[mazen.pk].itself
    assert found[mazen.pk].note == "ملاحظة"
    assert relationships(None, [mazen])[mazen.pk] == relationship(None, mazen)


def test_credentials_are_refused_whole_when_one_value_is_wrong() -> None:
    sami = make_account("sami")
    with pytest.raises(ValidationError):
        account_credentials_update(account=sami, display_name="اسم جديد", posting_privacy="direct")
    sami.refresh_from_db()
    assert sami.display_name == ""
    account_credentials_update(
        account=sami, display_name="سامي", posting_privacy="private", posting_language="ar"
    )
    sami.refresh_from_db()
    assert sami.display_name == "سامي"
    assert sami.user is not None and sami.user.posting_privacy == "private"


def test_suggestions_leave_out_dismissed_accounts() -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    suggestion_dismiss(account=sami, target=mazen)
    suggestion_dismiss(account=sami, target=mazen)  # twice is once
    assert [item.account.pk for item in suggestions(sami, limit=10)] == [yazeed.pk]
