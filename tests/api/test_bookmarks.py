"""The caller's bookmarks and favourites through the Mastodon API."""

import pytest

from hudhud.accounts.services import follow_create, follow_delete
from hudhud.posts.services import bookmark_create, like_create
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_bookmarks_latest_bookmark_first_paged_by_the_bookmark(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    old, new, newest = (make_post(mazen, text) for text in ("قديم", "جديد", "أحدث"))
    for post in (newest, old, new):  # bookmarked in another order than posted
        bookmark_create(account=sami, post=post)
    api = api_as(sami)

    first = api.get("/api/v1/bookmarks", limit=2)

    assert first.status_code == 200
    assert [status["id"] for status in first.json()] == [str(new.pk), str(old.pk)]
    assert all(status["bookmarked"] is True for status in first.json())
    link = first["Link"]
    assert 'rel="next"' in link and "max_id=" in link
    next_url = link.split(";")[0].strip("<>")
    max_id = next_url.split("max_id=")[1].split("&")[0]
    assert max_id not in (str(old.pk), str(new.pk))  # the bookmark's ID, not the post's
    rest = api.get("/api/v1/bookmarks", max_id=max_id, limit=2)
    assert [status["id"] for status in rest.json()] == [str(newest.pk)]


def test_favourites_latest_like_first(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    first, second = make_post(mazen, "أول"), make_post(mazen, "ثان")
    like_create(account=sami, post=second)
    like_create(account=sami, post=first)
    like_create(account=mazen, post=second)  # not sami's

    found = api_as(sami).get("/api/v1/favourites")

    assert [status["id"] for status in found.json()] == [str(first.pk), str(second.pk)]
    assert all(status["favourited"] is True for status in found.json())
    assert 'rel="next"' in found["Link"]


def test_posts_no_longer_visible_leave_the_lists(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=sami, target=mazen)
    private = make_post(mazen, "للمتابعين", visibility="private")
    bookmark_create(account=sami, post=private)
    like_create(account=sami, post=private)
    api = api_as(sami)
    assert len(api.get("/api/v1/bookmarks").json()) == 1

    follow_delete(follower=sami, target=mazen)

    assert api.get("/api/v1/bookmarks").json() == []
    assert api.get("/api/v1/favourites").json() == []


def test_lists_need_their_scopes_and_good_paging(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert api_as(sami, scopes="read:favourites").get("/api/v1/bookmarks").status_code == 403
    assert api_as(sami, scopes="read:bookmarks").get("/api/v1/favourites").status_code == 403
    assert api_as(sami, scopes="read:bookmarks").get("/api/v1/bookmarks").status_code == 200
    assert api_as(None).get("/api/v1/favourites").status_code == 401
    bad = api_as(sami).get("/api/v1/bookmarks", max_id="abc")
    assert bad.status_code == 422 and "error" in bad.json()
