"""Tests of hudhud.timelines.selectors: home, public, hashtag and account timelines."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, follow_create, mute_create
from hudhud.paging import Page
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import boost_create, media_create, post_create
from hudhud.timelines.selectors import (
    account_timeline,
    hashtag_timeline,
    home_timeline,
    public_timeline,
)
from tests.factories import make_account, make_post


def ids(posts: list[Post]) -> list[int]:
    return [post.pk for post in posts]


def remote_post(text: str) -> Post:
    """Return a post that came through federation.

    Built by hand: federation has no service to receive posts yet.
    """
    author = Account.objects.create(
        local=False,
        username="sami",
        domain="example.net",
        uri="https://example.net/users/sami",
    )
    return Post.objects.create(
        author=author,
        local=False,
        uri="https://example.net/users/sami/statuses/1",
        text=text,
        content=f"<p>{text}</p>",
    )


def photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "olive").save(buffer, "JPEG")
    return SimpleUploadedFile("p.jpg", buffer.getvalue(), "image/jpeg")


# Home


@pytest.mark.usefixtures("db")
def test_home_timeline_is_newest_first_with_posts_of_followed_accounts() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    first = make_post(yazeed, "١")
    second = make_post(mazen, "٢")
    make_post(sami, "لا يتابعه يزيد")
    third = make_post(yazeed, "٣")

    home = home_timeline(yazeed, Page())

    assert ids(home) == [third.pk, second.pk, first.pk]
    assert home[1].author.username == "mazen"


@pytest.mark.usefixtures("db")
def test_home_timeline_pages_by_id() -> None:
    yazeed = make_account("yazeed")
    p0, p1, p2, p3, p4 = (make_post(yazeed, str(n)) for n in range(5))

    assert ids(home_timeline(yazeed, Page(limit=2))) == [p4.pk, p3.pk]
    assert ids(home_timeline(yazeed, Page(max_id=p3.pk, limit=2))) == [p2.pk, p1.pk]
    assert ids(home_timeline(yazeed, Page(max_id=p1.pk))) == [p0.pk]
    # since_id: the newest posts above it; min_id: the posts right after it.
    assert ids(home_timeline(yazeed, Page(since_id=p1.pk, limit=2))) == [p4.pk, p3.pk]
    assert ids(home_timeline(yazeed, Page(min_id=p1.pk, limit=2))) == [p3.pk, p2.pk]
    assert ids(home_timeline(yazeed, Page(max_id=p4.pk, since_id=p1.pk))) == [p3.pk, p2.pk]
    assert ids(home_timeline(yazeed, Page(min_id=p4.pk))) == []


@pytest.mark.usefixtures("db")
def test_home_timeline_shows_a_boost_with_its_original() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=sami, target=mazen)
    post = make_post(yazeed, "انشروا")

    boost = boost_create(account=mazen, post=post)

    [shown] = home_timeline(sami, Page())
    assert shown.pk == boost.pk
    assert shown.boost_of is not None
    assert shown.boost_of.author.username == "yazeed"


# Public


@pytest.mark.usefixtures("db")
def test_public_timeline_has_public_posts_only_and_no_boosts() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    public = make_post(yazeed, "للجميع")
    make_post(yazeed, "بهدوء", visibility=Visibility.UNLISTED)
    make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)
    boost_create(account=mazen, post=public)
    later = make_post(mazen, "منشور مازن")

    for viewer in (None, yazeed, mazen):
        assert ids(public_timeline(viewer, Page())) == [later.pk, public.pk]


@pytest.mark.usefixtures("db")
def test_public_timeline_local_only_leaves_out_remote_posts() -> None:
    yazeed = make_account("yazeed")
    local = make_post(yazeed, "من هنا")
    remote = remote_post("من بعيد")

    assert ids(public_timeline(None, Page())) == [remote.pk, local.pk]
    assert ids(public_timeline(None, Page(), local_only=True)) == [local.pk]


@pytest.mark.usefixtures("db")
def test_public_timeline_leaves_out_muted_blocked_and_blocking_accounts() -> None:
    yazeed, mazen, sami, bassem = (make_account(n) for n in ("yazeed", "mazen", "sami", "bassem"))
    by_mazen, by_sami, by_bassem = (make_post(a, "مرحبا") for a in (mazen, sami, bassem))
    mine = make_post(yazeed, "منشوري")
    mute_create(account=yazeed, target=mazen)
    block_create(account=yazeed, target=sami)
    block_create(account=bassem, target=yazeed)

    assert ids(public_timeline(yazeed, Page())) == [mine.pk]
    everything = [mine.pk, by_bassem.pk, by_sami.pk, by_mazen.pk]
    assert ids(public_timeline(None, Page())) == everything


@pytest.mark.usefixtures("db")
def test_public_timeline_pages() -> None:
    yazeed = make_account("yazeed")
    posts = [make_post(yazeed, str(n)) for n in range(4)]

    page = public_timeline(None, Page(max_id=posts[3].pk, limit=2))

    assert ids(page) == [posts[2].pk, posts[1].pk]


# Hashtags


@pytest.mark.usefixtures("db")
def test_hashtag_timeline_finds_every_spelling() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    plain = make_post(yazeed, "يوم #العمل_التطوعي")
    with_shadda = make_post(mazen, "شاركوا في #العمل_التطوّعي")
    make_post(mazen, "بهدوء #العمل_التطوعي", visibility=Visibility.UNLISTED)
    make_post(mazen, "لمتابعيّ #العمل_التطوعي", visibility=Visibility.FOLLOWERS)
    make_post(mazen, "وسم آخر #هدهد")
    boost_create(account=mazen, post=plain)

    for spelling in ("العمل_التطوعي", "العمل_التطوّعي", "العمـل_التطوعى"):
        assert ids(hashtag_timeline(None, spelling, Page())) == [with_shadda.pk, plain.pk]
    assert hashtag_timeline(None, "غير_موجود", Page()) == []


@pytest.mark.usefixtures("db")
def test_hashtag_timeline_leaves_out_muted_accounts() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    theirs = make_post(mazen, "#هدهد")
    mine = make_post(yazeed, "#هدهد")
    mute_create(account=yazeed, target=mazen)

    assert ids(hashtag_timeline(yazeed, "هدهد", Page())) == [mine.pk]
    assert ids(hashtag_timeline(mazen, "هدهد", Page())) == [mine.pk, theirs.pk]


# An account's posts


def yazeeds_posts() -> tuple[dict[str, Account], dict[str, Post]]:
    accounts = {name: make_account(name) for name in ("yazeed", "mazen", "sami")}
    yazeed, mazen = accounts["yazeed"], accounts["mazen"]
    follow_create(follower=mazen, target=yazeed)
    theirs = make_post(mazen, "منشور مازن")
    posts: dict[str, Post] = {}
    posts["top"] = make_post(yazeed, "بداية سلسلة")
    posts["self_reply"] = make_post(yazeed, "تتمة", reply_to=posts["top"])
    posts["reply"] = make_post(yazeed, "رد على مازن", reply_to=theirs)
    posts["boost"] = boost_create(account=yazeed, post=theirs)
    media = media_create(account=yazeed, file=photo())
    posts["media"] = post_create(author=yazeed, text="صورة", media=[media])
    posts["followers"] = make_post(yazeed, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    return accounts, posts


def names(shown: list[Post], posts: dict[str, Post]) -> list[str]:
    by_id = {post.pk: name for name, post in posts.items()}
    return [by_id.get(post.pk, "?") for post in shown]


@pytest.mark.usefixtures("db")
def test_account_timeline_leaves_out_replies_to_others_but_keeps_threads() -> None:
    accounts, posts = yazeeds_posts()

    shown = account_timeline(accounts["mazen"], accounts["yazeed"], Page())

    assert names(shown, posts) == ["followers", "media", "boost", "self_reply", "top"]


@pytest.mark.usefixtures("db")
def test_account_timeline_with_replies() -> None:
    accounts, posts = yazeeds_posts()

    shown = account_timeline(accounts["mazen"], accounts["yazeed"], Page(), with_replies=True)

    assert names(shown, posts) == ["followers", "media", "boost", "reply", "self_reply", "top"]


@pytest.mark.usefixtures("db")
def test_account_timeline_shows_a_stranger_what_they_may_see() -> None:
    accounts, posts = yazeeds_posts()

    for viewer in (None, accounts["sami"]):
        shown = account_timeline(viewer, accounts["yazeed"], Page())
        assert names(shown, posts) == ["media", "boost", "self_reply", "top"]


@pytest.mark.usefixtures("db")
def test_account_timeline_only_media() -> None:
    accounts, posts = yazeeds_posts()
    second_image = media_create(account=accounts["yazeed"], file=photo())
    third_image = media_create(account=accounts["yazeed"], file=photo())
    posts["two_images"] = post_create(
        author=accounts["yazeed"], text="", media=[second_image, third_image]
    )

    shown = account_timeline(None, accounts["yazeed"], Page(), only_media=True)

    assert names(shown, posts) == ["two_images", "media"]  # each post once
