"""Tests of hudhud.posts.models: which posts a viewer may read."""

import pytest

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_accept, follow_create, profile_update
from hudhud.moderation.services import account_suspend
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create
from tests.factories import make_account, make_post


def visible(viewer: Account | None, posts: dict[str, Post]) -> set[str]:
    ids = set(Post.objects.visible_to(viewer).values_list("pk", flat=True))
    return {name for name, post in posts.items() if post.pk in ids}


def world() -> tuple[dict[str, Account], dict[str, Post]]:
    """yazeed (locked) posts once in each visibility; mazen follows him, saad only asked to."""
    people = {name: make_account(name) for name in ("yazeed", "mazen", "sami", "bassem", "saad")}
    yazeed = people["yazeed"]
    profile_update(account=yazeed, locked=True)
    follow_create(follower=people["mazen"], target=yazeed)
    follow_accept(target=yazeed, follower=people["mazen"])
    follow_create(follower=people["saad"], target=yazeed)
    posts = {
        "public": make_post(yazeed, "للجميع"),
        "unlisted": make_post(yazeed, "بهدوء", visibility=Visibility.UNLISTED),
        "followers": make_post(yazeed, "لمتابعيّ و @bassem", visibility=Visibility.FOLLOWERS),
        "direct": make_post(yazeed, "إلى @bassem", visibility=Visibility.DIRECT),
    }
    return people, posts


@pytest.mark.parametrize(
    ("viewer", "expected"),
    [
        ("yazeed", {"public", "unlisted", "followers", "direct"}),  # the author
        ("mazen", {"public", "unlisted", "followers"}),  # a follower
        ("saad", {"public", "unlisted"}),  # a follow request not yet accepted
        ("sami", {"public", "unlisted"}),  # a stranger
        ("bassem", {"public", "unlisted", "followers", "direct"}),  # mentioned
        (None, {"public", "unlisted"}),  # nobody signed in
    ],
)
@pytest.mark.usefixtures("db")
def test_visible_to_follows_visibility(viewer: str | None, expected: set[str]) -> None:
    people, posts = world()

    assert visible(people[viewer] if viewer else None, posts) == expected


@pytest.mark.usefixtures("db")
def test_visible_to_hides_everything_of_who_blocked_the_viewer() -> None:
    people, posts = world()

    block_create(account=people["yazeed"], target=people["bassem"])
    block_create(account=people["yazeed"], target=people["mazen"])

    assert visible(people["bassem"], posts) == set()
    assert visible(people["mazen"], posts) == set()
    assert visible(None, posts) == {"public", "unlisted"}
    assert visible(people["sami"], posts) == {"public", "unlisted"}


@pytest.mark.usefixtures("db")
def test_visible_to_hides_everything_of_a_suspended_author() -> None:
    people, posts = world()

    account_suspend(account=people["yazeed"])

    for viewer in (None, people["yazeed"], people["mazen"], people["bassem"]):
        assert visible(viewer, posts) == set()


@pytest.mark.usefixtures("db")
def test_visible_to_shows_a_boost_as_its_own_visibility() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "للجميع", visibility=Visibility.UNLISTED)

    boost = boost_create(account=mazen, post=post)

    assert Post.objects.visible_to(None).filter(pk=boost.pk).exists()


@pytest.mark.usefixtures("db")
def test_visible_to_hides_a_boost_of_who_blocked_the_viewer() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    boost = boost_create(account=mazen, post=make_post(yazeed, "ليس لسامي"))

    block_create(account=yazeed, target=sami)

    assert not Post.objects.visible_to(sami).filter(pk=boost.pk).exists()


@pytest.mark.usefixtures("db")
def test_visible_to_hides_a_boost_of_a_suspended_author() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    boost = boost_create(account=mazen, post=make_post(yazeed, "مخالف"))

    account_suspend(account=yazeed)

    assert not Post.objects.visible_to(None).filter(pk=boost.pk).exists()
