"""Statuses kept between reads: a kept Status is made again as soon as anything it shows
changes, and what is a viewer's own (likes, boosts, bookmarks, pins, votes) is never kept."""

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from freezegun import freeze_time

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create, profile_update
from hudhud.posts.models import Poll, Post
from hudhud.posts.polls import PollSpec, poll_vote
from hudhud.posts.services import (
    bookmark_create,
    boost_create,
    like_create,
    media_create,
    media_describe,
    pin_create,
    post_create,
    post_delete,
    post_edit,
)
from tests.api.conftest import Api, ApiAs
from tests.api.test_timelines import photo
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def home(api: Api) -> dict[str, dict[str, Any]]:
    response = api.get("/api/v1/timelines/home")
    assert response.status_code == 200, response.content
    return {item["id"]: item for item in response.json()}


def test_a_kept_status_is_made_again_when_anything_it_shows_changes(api_as: ApiAs) -> None:
    sami, mazen, lina = make_account("sami"), make_account("mazen"), make_account("lina")
    follow_create(follower=sami, target=mazen)
    image = media_create(account=mazen, file=photo(), description="صورة")
    pictured = post_create(author=mazen, text="صورة من المعرض", media=[image])
    asked = post_create(
        author=mazen,
        text="أي يوم نلتقي؟",
        poll=PollSpec(options=("السبت", "الأحد"), expires_in=3600, hide_totals=True),
    )
    parent = post_create(author=mazen, text="سؤال أول")
    reply = post_create(author=mazen, text="وتكملة له", reply_to=parent)
    api = api_as(sami)
    home(api)
    with CaptureQueriesContext(connection) as again:
        seen = home(api)
    # Read again, nothing is loaded but the page's stamps: no post, image or mention.
    tables = " ".join(query["sql"] for query in again.captured_queries)
    assert "posts_media" not in tables and "posts_mention" not in tables
    assert seen[str(pictured.pk)]["media_attachments"][0]["description"] == "صورة"

    like_create(account=lina, post=pictured)
    boost_create(account=lina, post=pictured)
    post_create(author=lina, text="جميلة", reply_to=pictured)
    shown = home(api)[str(pictured.pk)]
    assert (shown["favourites_count"], shown["reblogs_count"], shown["replies_count"]) == (1, 1, 1)

    media_describe(media=image, description="صورة القاعة الكبرى")
    assert home(api)[str(pictured.pk)]["media_attachments"][0]["description"] == (
        "صورة القاعة الكبرى"
    )
    post_edit(post=Post.objects.get(pk=pictured.pk), text="صورة من معرض جيتكس")
    assert "معرض جيتكس" in home(api)[str(pictured.pk)]["content"]

    poll_vote(account=lina, poll=Poll.objects.get(post=asked), choices=[1])
    poll = home(api)[str(asked.pk)]["poll"]
    assert poll["votes_count"] == 1
    assert [option["votes_count"] for option in poll["options"]] == [None, None]
    with freeze_time(timezone.now() + timedelta(hours=2)):  # a read once it has ended
        poll = home(api)[str(asked.pk)]["poll"]
    assert poll["expired"] is True
    assert [option["votes_count"] for option in poll["options"]] == [0, 1]

    profile_update(account=Account.objects.get(pk=mazen.pk), display_name="مازن العتيبي")
    follow_create(follower=lina, target=mazen)
    author = home(api)[str(reply.pk)]["account"]
    assert (author["display_name"], author["followers_count"]) == ("مازن العتيبي", 2)

    assert home(api)[str(reply.pk)]["in_reply_to_id"] == str(parent.pk)
    post_delete(post=parent)
    assert home(api)[str(reply.pk)]["in_reply_to_id"] is None


def test_what_is_a_viewers_own_is_never_kept(api_as: ApiAs) -> None:
    sami, mazen, lina = make_account("sami"), make_account("mazen"), make_account("lina")
    nora = make_account("nora")
    for reader in (sami, lina):
        follow_create(follower=reader, target=mazen)
    follow_create(follower=nora, target=lina)  # she reads mazen's post in lina's boost
    post = post_create(author=mazen, text="موعدنا غداً في القاعة")
    asked = post_create(
        author=mazen, text="هل تحضر؟", poll=PollSpec(options=("نعم", "لا"), expires_in=3600)
    )
    like_create(account=sami, post=post)
    bookmark_create(account=sami, post=post)
    boost_create(account=lina, post=post)
    pin_create(account=mazen, post=post)
    poll_vote(account=sami, poll=Poll.objects.get(post=asked), choices=[0])
    like_create(account=nora, post=post)
    as_sami, as_lina, as_mazen = api_as(sami), api_as(lina), api_as(mazen)
    for _read in range(2):  # made, then kept
        mine, theirs = home(as_sami), home(as_lina)
        assert (mine[str(post.pk)]["favourited"], mine[str(post.pk)]["bookmarked"]) == (
            True,
            True,
        )
        assert (theirs[str(post.pk)]["favourited"], theirs[str(post.pk)]["bookmarked"]) == (
            False,
            False,
        )
        assert (mine[str(post.pk)]["reblogged"], theirs[str(post.pk)]["reblogged"]) == (
            False,
            True,
        )
        (boost,) = home(api_as(nora)).values()
        assert boost["reblog"]["id"] == str(post.pk)
        assert (boost["favourited"], boost["reblog"]["favourited"]) == (True, True)
        assert (boost["reblogged"], boost["reblog"]["bookmarked"]) == (False, False)
        assert mine[str(post.pk)]["pinned"] is None
        assert (mine[str(asked.pk)]["poll"]["voted"], mine[str(asked.pk)]["poll"]["own_votes"]) == (
            True,
            [0],
        )
        assert theirs[str(asked.pk)]["poll"]["voted"] is False
        own = as_mazen.get(f"/api/v1/statuses/{post.pk}").json()
        assert own["pinned"] is True and own["favourited"] is False
    assert api_as(None).get(f"/api/v1/statuses/{post.pk}").json()["favourited"] is None
