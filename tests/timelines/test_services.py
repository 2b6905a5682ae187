"""Tests of hudhud.timelines.services: fan-out, and taking posts off home timelines."""

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import (
    block_create,
    follow_accept,
    follow_create,
    mute_create,
    profile_update,
)
from hudhud.notifications.models import Notification
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, like_create, post_edit
from hudhud.timelines.models import TimelineEntry
from hudhud.timelines.services import MERGE_DEPTH, timeline_forget, timeline_merge
from tests.factories import make_account, make_post


def people(*names: str) -> list[Account]:
    return [make_account(name) for name in names]


def homes_with(post: Post) -> set[str]:
    """Return the usernames whose home timeline shows `post`."""
    return set(TimelineEntry.objects.filter(post=post).values_list("account__username", flat=True))


def home_of(account: Account) -> list[int]:
    return list(
        TimelineEntry.objects.filter(account=account)
        .order_by("-post_id")
        .values_list("post_id", flat=True)
    )


# Fan-out


@pytest.mark.usefixtures("db")
def test_fan_out_reaches_the_author_and_followers_only() -> None:
    yazeed, mazen, sami, _bassem = people("yazeed", "mazen", "sami", "bassem")
    follow_create(follower=mazen, target=yazeed)
    follow_create(follower=sami, target=yazeed)

    post = make_post(yazeed, "للجميع")

    assert homes_with(post) == {"yazeed", "mazen", "sami"}


@pytest.mark.parametrize(
    ("visibility", "expected"),
    [
        (Visibility.PUBLIC, {"yazeed", "mazen"}),
        (Visibility.UNLISTED, {"yazeed", "mazen"}),
        (Visibility.FOLLOWERS, {"yazeed", "mazen"}),
        (Visibility.DIRECT, {"yazeed", "bassem"}),
    ],
)
@pytest.mark.usefixtures("db")
def test_fan_out_by_visibility(visibility: str, expected: set[str]) -> None:
    """mazen follows, saad asked to follow the locked yazeed, bassem is mentioned."""
    yazeed, mazen, _sami, _bassem, saad = people("yazeed", "mazen", "sami", "bassem", "saad")
    profile_update(account=yazeed, locked=True)
    follow_create(follower=mazen, target=yazeed)
    follow_accept(target=yazeed, follower=mazen)
    follow_create(follower=saad, target=yazeed)

    post = make_post(yazeed, "إلى @bassem", visibility=visibility)

    assert homes_with(post) == expected


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_reply_reaches_who_follows_both_sides() -> None:
    yazeed, mazen, sami, bassem = people("yazeed", "mazen", "sami", "bassem")
    for follower in (sami, bassem):
        follow_create(follower=follower, target=mazen)
    follow_create(follower=sami, target=yazeed)
    question = make_post(yazeed, "سؤال")

    reply = make_post(mazen, "جواب", reply_to=question)

    # bassem follows mazen but not yazeed: a conversation he is not part of.
    assert homes_with(reply) == {"mazen", "sami"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_reply_to_a_pending_follow_does_not_count() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    profile_update(account=yazeed, locked=True)
    follow_create(follower=sami, target=mazen)
    follow_create(follower=sami, target=yazeed)  # not accepted
    question = make_post(yazeed, "سؤال")

    reply = make_post(mazen, "جواب", reply_to=question)

    assert homes_with(reply) == {"mazen"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_reply_to_oneself_reaches_every_follower() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=mazen, target=yazeed)
    follow_create(follower=sami, target=yazeed)
    first = make_post(yazeed, "١/٢")

    second = make_post(yazeed, "٢/٢", reply_to=first)

    assert homes_with(second) == {"yazeed", "mazen", "sami"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_boost_reaches_followers_who_lack_the_original() -> None:
    yazeed, mazen, sami, bassem = people("yazeed", "mazen", "sami", "bassem")
    follow_create(follower=sami, target=mazen)
    follow_create(follower=bassem, target=mazen)
    follow_create(follower=bassem, target=yazeed)
    post = make_post(yazeed, "انشروا")

    boost = boost_create(account=mazen, post=post)

    assert homes_with(post) == {"yazeed", "bassem"}
    assert homes_with(boost) == {"mazen", "sami"}  # bassem has the original already


@pytest.mark.usefixtures("db")
def test_fan_out_leaves_out_who_muted_the_author() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=mazen, target=yazeed)
    follow_create(follower=sami, target=yazeed)
    mute_create(account=sami, target=yazeed)

    post = make_post(yazeed, "للجميع")

    assert homes_with(post) == {"yazeed", "mazen"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_boost_leaves_out_who_muted_the_original_author() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=mazen)
    mute_create(account=sami, target=yazeed)
    post = make_post(yazeed, "انشروا")

    boost = boost_create(account=mazen, post=post)

    assert homes_with(boost) == {"mazen"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_boost_leaves_out_who_blocked_the_original_author() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=mazen)
    block_create(account=sami, target=yazeed)
    post = make_post(yazeed, "انشروا")

    boost = boost_create(account=mazen, post=post)

    assert homes_with(boost) == {"mazen"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_boost_leaves_out_whom_the_original_author_blocked() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=mazen)
    block_create(account=yazeed, target=sami)
    post = make_post(yazeed, "ليس لسامي")

    boost = boost_create(account=mazen, post=post)

    assert homes_with(boost) == {"mazen"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_direct_post_leaves_out_who_blocked_the_author() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    block_create(account=mazen, target=yazeed)

    post = make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)

    assert homes_with(post) == {"yazeed"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_a_direct_post_leaves_out_who_muted_the_author() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    mute_create(account=mazen, target=yazeed)

    post = make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)

    assert homes_with(post) == {"yazeed"}


@pytest.mark.usefixtures("db")
def test_fan_out_of_an_edit_adds_no_entries_and_notifies_interactions() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=mazen, target=yazeed)
    post = make_post(yazeed, "قبل")
    like_create(account=sami, post=post)
    entries = TimelineEntry.objects.count()

    post_edit(post=post, text="بعد")
    post_edit(post=post, text="بعد مرة أخرى")

    assert TimelineEntry.objects.count() == entries
    assert Notification.objects.filter(recipient=sami, kind="update").count() == 2
    assert not Notification.objects.filter(recipient=mazen).exists()


# Forgetting and merging


@pytest.mark.usefixtures("db")
def test_timeline_forget_takes_out_posts_and_boosts_of_the_target() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=yazeed)
    follow_create(follower=sami, target=mazen)
    by_yazeed = make_post(yazeed, "من يزيد")
    by_mazen = make_post(mazen, "من مازن")
    boost_by_mazen = boost_create(account=mazen, post=make_post(mazen, "آخر"))
    by_sami = make_post(sami, "من سامي")

    timeline_forget(account=sami, target=mazen)

    assert home_of(sami) == [by_sami.pk, by_yazeed.pk]
    assert by_mazen.pk in home_of(mazen)  # only sami's home changed
    assert boost_by_mazen.boost_of_id in home_of(mazen)


@pytest.mark.usefixtures("db")
def test_timeline_forget_takes_out_others_boosts_of_the_target() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=mazen)
    boost = boost_create(account=mazen, post=make_post(yazeed, "من يزيد"))
    assert home_of(sami) == [boost.pk]

    timeline_forget(account=sami, target=yazeed)

    assert home_of(sami) == []


@pytest.mark.usefixtures("db")
def test_timeline_forget_of_nobody_in_particular_clears_every_home() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    follow_create(follower=sami, target=mazen)
    follow_create(follower=yazeed, target=mazen)
    make_post(mazen, "من مازن")
    boost_create(account=yazeed, post=make_post(mazen, "آخر"))
    by_sami = make_post(sami, "من سامي")

    timeline_forget(account=None, target=mazen)

    assert home_of(sami) == [by_sami.pk]
    assert home_of(yazeed) == []
    assert home_of(mazen) == []


@pytest.mark.usefixtures("db")
def test_timeline_merge_adds_recent_posts_the_account_may_see() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    public = make_post(yazeed, "للجميع")
    unlisted = make_post(yazeed, "بهدوء", visibility=Visibility.UNLISTED)
    followers = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)
    timeline_forget(account=mazen, target=yazeed)  # the direct post was fanned out to mazen

    timeline_merge(account=mazen, target=yazeed)
    timeline_merge(account=mazen, target=yazeed)  # twice changes nothing

    # Not following: no followers-only post; mentioned, but direct posts are not merged.
    assert home_of(mazen) == [unlisted.pk, public.pk]
    follow_create(follower=mazen, target=yazeed)
    assert home_of(mazen) == [followers.pk, unlisted.pk, public.pk]  # merged on follow


@pytest.mark.usefixtures("db")
def test_timeline_merge_takes_the_most_recent_only() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    posts = [make_post(yazeed, f"منشور {n}") for n in range(MERGE_DEPTH + 2)]

    timeline_merge(account=mazen, target=yazeed)

    assert home_of(mazen) == [post.pk for post in reversed(posts[2:])]


@pytest.mark.usefixtures("db")
def test_timeline_merge_leaves_out_boosts_of_muted_accounts() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    mute_create(account=sami, target=yazeed)
    boost = boost_create(account=mazen, post=make_post(yazeed, "من يزيد"))

    follow_create(follower=sami, target=mazen)

    assert boost.pk not in home_of(sami)


@pytest.mark.usefixtures("db")
def test_timeline_merge_leaves_out_boosts_of_who_blocked_the_account() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    block_create(account=yazeed, target=sami)
    boost = boost_create(account=mazen, post=make_post(yazeed, "ليس لسامي"))
    own = make_post(mazen, "من مازن")

    follow_create(follower=sami, target=mazen)

    assert home_of(sami) == [own.pk]
    assert boost.pk not in home_of(sami)


@pytest.mark.usefixtures("db")
def test_followers_who_asked_are_notified_of_new_posts_not_of_replies_to_others() -> None:
    sami, mazen, yazeed, saad = people("sami", "mazen", "yazeed", "saad")
    follow_create(follower=mazen, target=sami, notify=True)
    follow_create(follower=yazeed, target=sami)  # follows without asking to be told
    follow_create(follower=saad, target=sami, notify=True)
    mute_create(account=saad, target=sami)
    post = make_post(sami, "ورشة الأمن السيبراني غداً")
    make_post(sami, "أتفق معك", reply_to=make_post(yazeed, "رأيي في الورشة"))
    make_post(sami, "للخاصة", visibility=Visibility.DIRECT)

    told = Notification.objects.filter(kind="status")
    assert [(n.recipient.username, n.post_id) for n in told] == [("mazen", post.pk)]
