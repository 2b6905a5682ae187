"""Tests of hudhud.posts.selectors: threads, interactions and loading posts for display."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from pytest_django import DjangoAssertNumQueries

from hudhud.accounts.services import block_create, follow_create, mute_create
from hudhud.posts.models import Post, Visibility
from hudhud.posts.selectors import (
    interactions_of,
    post_visible,
    posts_for_display,
    quotes_and_replies_load,
    thread_of,
)
from hudhud.posts.services import bookmark_create, boost_create, like_create, media_create
from tests.factories import make_account, make_post


def tiny_png() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "gold").save(buffer, "PNG")
    return SimpleUploadedFile("p.png", buffer.getvalue(), "image/png")


def texts(posts: list[Post]) -> list[str]:
    return [post.text for post in posts]


def conversation() -> dict[str, Post]:
    """A thread under yazeed's question, replies written in the order of their names' digits."""
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    sami, bassem = make_account("sami"), make_account("bassem")
    posts = {"root": make_post(yazeed, "root")}
    for name, author, parent in [
        ("1", mazen, "root"),
        ("2", sami, "root"),
        ("1.1", yazeed, "1"),
        ("1.2", bassem, "1"),
        ("1.1.1", mazen, "1.1"),
        ("2.1", yazeed, "2"),
    ]:
        posts[name] = make_post(author, name, reply_to=posts[parent])
    return posts


@pytest.mark.usefixtures("db")
def test_thread_of_the_root_lists_replies_depth_first() -> None:
    posts = conversation()

    thread = thread_of(None, posts["root"])

    assert thread.ancestors == []
    assert texts(thread.descendants) == ["1", "1.1", "1.1.1", "1.2", "2", "2.1"]


@pytest.mark.usefixtures("db")
def test_thread_of_a_reply_lists_ancestors_oldest_first() -> None:
    posts = conversation()

    thread = thread_of(None, posts["1.1"])

    assert texts(thread.ancestors) == ["root", "1"]
    assert texts(thread.descendants) == ["1.1.1"]


@pytest.mark.usefixtures("db")
def test_thread_of_leaves_out_what_the_viewer_cannot_see_with_its_replies() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=mazen, target=sami)
    root = make_post(yazeed, "root")
    hidden = make_post(sami, "hidden", reply_to=root, visibility=Visibility.FOLLOWERS)
    make_post(mazen, "under hidden", reply_to=hidden)
    make_post(mazen, "shown", reply_to=root)

    assert texts(thread_of(None, root).descendants) == ["shown"]
    assert texts(thread_of(yazeed, root).descendants) == ["shown"]
    assert texts(thread_of(mazen, root).descendants) == ["hidden", "under hidden", "shown"]


@pytest.mark.usefixtures("db")
def test_thread_of_leaves_out_replies_of_blocked_and_muted_accounts() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    root = make_post(yazeed, "root")
    make_post(mazen, "blocked", reply_to=root)
    make_post(sami, "muted", reply_to=root)
    block_create(account=yazeed, target=mazen)
    mute_create(account=yazeed, target=sami)

    assert texts(thread_of(yazeed, root).descendants) == []


@pytest.mark.usefixtures("db")
def test_thread_of_stops_at_an_ancestor_the_viewer_cannot_see() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=mazen, target=yazeed)
    root = make_post(yazeed, "root")
    middle = make_post(yazeed, "middle", reply_to=root, visibility=Visibility.FOLLOWERS)
    leaf = make_post(mazen, "leaf", reply_to=middle)

    assert texts(thread_of(None, leaf).ancestors) == []
    assert texts(thread_of(mazen, leaf).ancestors) == ["root", "middle"]


@pytest.mark.usefixtures("db")
def test_interactions_of_tells_what_the_viewer_did() -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    liked, boosted, bookmarked, untouched = (make_post(yazeed, text) for text in "abcd")
    like_create(account=mazen, post=liked)
    boost_create(account=mazen, post=boosted)
    bookmark_create(account=mazen, post=bookmarked)
    like_create(account=sami, post=untouched)
    boost_by_sami = boost_create(account=sami, post=liked)

    shown = [boost_by_sami, boosted, bookmarked, untouched]
    interactions = interactions_of(mazen, shown)

    assert interactions.liked == {liked.pk}  # through sami's boost of it
    assert interactions.boosted == {boosted.pk}
    assert interactions.bookmarked == {bookmarked.pk}


@pytest.mark.usefixtures("db")
def test_interactions_of_nobody_or_nothing_is_empty() -> None:
    yazeed = make_account("yazeed")
    post = make_post(yazeed, "a")
    like_create(account=yazeed, post=post)

    assert interactions_of(None, [post]).liked == set()
    assert interactions_of(yazeed, []).liked == set()
    assert interactions_of(yazeed, [post]).liked == {post.pk}


@pytest.mark.usefixtures("db")
def test_posts_for_display_keeps_the_order_and_skips_missing_ids() -> None:
    yazeed = make_account("yazeed")
    first, second, third = (make_post(yazeed, text) for text in ("1", "2", "3"))

    shown = posts_for_display([third.pk, 12345, first.pk, second.pk])

    assert shown == [third, first, second]


@pytest.mark.usefixtures("db")
def test_posts_for_display_loads_authors_and_images_at_once(
    django_assert_max_num_queries: DjangoAssertNumQueries,
) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    media = media_create(account=yazeed, file=tiny_png())
    post = Post.objects.get(pk=make_post(yazeed, "صورة", media=[media]).pk)
    boost = boost_create(account=mazen, post=post)
    quote = make_post(mazen, "اقتباس", quote_of=post)

    with django_assert_max_num_queries(3):
        shown = posts_for_display([boost.pk, quote.pk])
        assert shown[0].boost_of is not None
        assert shown[0].boost_of.author.username == "yazeed"
        assert [m.pk for m in shown[0].boost_of.media.all()] == [media.pk]
        assert shown[1].author.username == "mazen"


@pytest.mark.usefixtures("db")
def test_quotes_and_replies_load_loads_what_the_web_shows_at_once(
    django_assert_max_num_queries: DjangoAssertNumQueries,
) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    post = make_post(yazeed, "منشور")
    quote = make_post(mazen, "اقتباس", quote_of=post)
    reply = make_post(sami, "رد", reply_to=quote)
    boost = boost_create(account=yazeed, post=reply)
    shown = posts_for_display([quote.pk, reply.pk, boost.pk])

    with django_assert_max_num_queries(4):
        quotes_and_replies_load(shown)
        assert shown[0].quote_of is not None
        assert shown[0].quote_of.author.username == "yazeed"
        assert shown[1].in_reply_to_account is not None
        assert shown[1].in_reply_to_account.username == "mazen"
        assert shown[2].boost_of is not None
        assert shown[2].boost_of.in_reply_to_account is not None
        assert shown[2].boost_of.in_reply_to_account.username == "mazen"


@pytest.mark.usefixtures("db")
def test_quotes_and_replies_load_needs_no_query_without_them(
    django_assert_max_num_queries: DjangoAssertNumQueries,
) -> None:
    shown = posts_for_display([make_post(make_account("yazeed"), "منشور").pk])

    with django_assert_max_num_queries(0):
        quotes_and_replies_load(shown)


@pytest.mark.usefixtures("db")
def test_post_visible_returns_the_post_only_to_who_may_see_it() -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    post = make_post(yazeed, "إلى @mazen", visibility=Visibility.DIRECT)

    assert post_visible(None, post.pk) is None
    assert post_visible(yazeed, post.pk) == post
    shown = post_visible(mazen, post.pk)
    assert shown is not None
    assert shown.author.username == "yazeed"
