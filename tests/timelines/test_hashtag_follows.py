"""Following a hashtag: fan-out of its public posts to the followers' home timelines."""

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create, mute_create
from hudhud.paging import Page
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, hashtag_follow, hashtag_unfollow, post_edit
from hudhud.timelines.models import TimelineEntry
from hudhud.timelines.selectors import home_timeline
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def people(*names: str) -> list[Account]:
    return [make_account(name) for name in names]


def homes_with(post: Post) -> set[str]:
    return set(TimelineEntry.objects.filter(post=post).values_list("account__username", flat=True))


def test_a_public_post_reaches_who_follows_its_tag_in_any_spelling() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    hashtag_follow(account=mazen, name="العمل_التطوعي")

    post = make_post(yazeed, "تعالوا نتطوع #العمل_التطوّعي")
    untagged = make_post(yazeed, "بلا وسم")

    assert homes_with(post) == {"yazeed", "mazen"}
    assert homes_with(untagged) == {"yazeed"}
    assert home_timeline(mazen, Page()) == [post]
    assert home_timeline(sami, Page()) == []


@pytest.mark.parametrize(
    "visibility", [Visibility.UNLISTED, Visibility.FOLLOWERS, Visibility.DIRECT]
)
def test_only_public_posts_reach_tag_followers(visibility: str) -> None:
    yazeed, mazen = people("yazeed", "mazen")
    hashtag_follow(account=mazen, name="جيتكس_2012")

    post = make_post(yazeed, "#جيتكس_2012", visibility=visibility)

    assert homes_with(post) == {"yazeed"}


def test_a_post_reaches_a_follower_of_its_author_and_of_its_tags_once() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    follow_create(follower=mazen, target=yazeed)
    hashtag_follow(account=mazen, name="جيتكس_2012")
    hashtag_follow(account=mazen, name="تويتر")

    post = make_post(yazeed, "#جيتكس_2012 #تويتر #جيتكس_٢٠١٢")

    assert TimelineEntry.objects.filter(account=mazen, post=post).count() == 1
    assert home_timeline(mazen, Page()) == [post]


def test_tag_followers_who_shut_the_author_out_or_were_shut_out_get_nothing() -> None:
    yazeed, mazen, sami, bassem, saad = people("yazeed", "mazen", "sami", "bassem", "saad")
    for account in (mazen, sami, bassem, saad):
        hashtag_follow(account=account, name="جيتكس_2012")
    mute_create(account=mazen, target=yazeed)
    block_create(account=sami, target=yazeed)
    block_create(account=yazeed, target=bassem)

    post = make_post(yazeed, "#جيتكس_2012")

    assert homes_with(post) == {"yazeed", "saad"}


def test_boosts_do_not_reach_tag_followers_again() -> None:
    yazeed, mazen, sami = people("yazeed", "mazen", "sami")
    hashtag_follow(account=sami, name="جيتكس_2012")
    post = make_post(yazeed, "#جيتكس_2012")

    boost = boost_create(account=mazen, post=post)

    assert homes_with(post) == {"yazeed", "sami"}
    assert homes_with(boost) == {"mazen"}


def test_an_edit_does_not_deliver_again_and_posts_stay_after_unfollowing() -> None:
    yazeed, mazen = people("yazeed", "mazen")
    hashtag_follow(account=mazen, name="جيتكس_2012")
    earlier = make_post(yazeed, "#جيتكس_2012")
    untagged = make_post(yazeed, "سأضيف الوسم لاحقاً")

    post_edit(post=untagged, text="أضفت الوسم #جيتكس_2012")
    hashtag_unfollow(account=mazen, name="جيتكس_2012")
    later = make_post(yazeed, "#جيتكس_2012")

    assert home_timeline(mazen, Page()) == [earlier]
    assert homes_with(later) == {"yazeed"}
