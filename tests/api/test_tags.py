"""Hashtags through the Mastodon API: one tag for every spelling, followed or not."""

import pytest

from hudhud.posts.models import HashtagFollow
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def test_a_tag_with_its_history_and_follow(api_as: ApiAs) -> None:
    sami = make_account("sami")
    make_post(sami, "افتتاح #أمن_المعلومات")
    make_post(sami, "ورشة #امن_المعلومات")
    make_post(sami, "ختام #امن_المعلومات")

    found = api_as(sami).get("/api/v1/tags/أمن_المعلومات")

    assert found.status_code == 200
    tag = found.json()
    assert tag["name"] == "امن_المعلومات"  # the spelling most posts use
    assert tag["id"] and tag["following"] is False
    assert tag["history"][0]["uses"] == "3" and tag["history"][0]["accounts"] == "1"
    assert len(tag["history"]) == 7
    assert api_as(None).get("/api/v1/tags/امن_المعلومات").json()["following"] is None


def test_a_tag_nobody_used_yet(api_as: ApiAs) -> None:
    found = api_as(make_account("sami")).get("/api/v1/tags/هدهد")

    assert found.status_code == 200
    assert found.json()["name"] == "هدهد" and found.json()["id"] == ""
    assert [day["uses"] for day in found.json()["history"]] == ["0"] * 7


def test_following_any_spelling_follows_the_one_tag(api_as: ApiAs) -> None:
    sami = make_account("sami")
    make_post(sami, "#أمن_المعلومات")
    api = api_as(sami)

    followed = api.post("/api/v1/tags/امن_المعلومات/follow")

    assert followed.status_code == 200 and followed.json()["following"] is True
    assert api.get("/api/v1/tags/أمن_المعلومات").json()["following"] is True
    again = api.post("/api/v1/tags/أمنُ_المعلومات/follow")
    assert again.status_code == 200
    assert HashtagFollow.objects.filter(account=sami).count() == 1
    listed = api.get("/api/v1/followed_tags").json()
    assert [tag["name"] for tag in listed] == ["أمن_المعلومات"]
    assert listed[0]["following"] is True

    unfollowed = api.post("/api/v1/tags/امن_المعلومات/unfollow")
    assert unfollowed.status_code == 200 and unfollowed.json()["following"] is False
    assert api.get("/api/v1/followed_tags").json() == []


def test_followed_tags_page_latest_followed_first(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    for name in ("جيتكس", "الرياض", "جدة"):
        assert api.post(f"/api/v1/tags/{name}/follow").status_code == 200

    first = api.get("/api/v1/followed_tags", limit=2)

    assert [tag["name"] for tag in first.json()] == ["جدة", "الرياض"]
    assert 'rel="next"' in first["Link"]
    max_id = first["Link"].split("max_id=")[1].split(">")[0].split("&")[0]
    rest = api.get("/api/v1/followed_tags", max_id=max_id)
    assert [tag["name"] for tag in rest.json()] == ["جيتكس"]


@pytest.mark.parametrize("name", ["2012", "a%23b", "ـــ", "%20", "tag!"])
def test_what_cannot_be_a_hashtag_is_a_404(api_as: ApiAs, name: str) -> None:
    api = api_as(make_account("sami"))
    assert api.get(f"/api/v1/tags/{name}").status_code == 404
    refused = api.post(f"/api/v1/tags/{name}/follow")
    assert refused.status_code == 404 and "error" in refused.json()
    assert not HashtagFollow.objects.exists()


def test_tags_need_their_scopes(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert api_as(None).post("/api/v1/tags/جيتكس/follow").status_code == 401
    assert api_as(sami, scopes="read").post("/api/v1/tags/جيتكس/follow").status_code == 403
    assert api_as(sami, scopes="follow").post("/api/v1/tags/جيتكس/follow").status_code == 200
    assert api_as(sami, scopes="write:accounts").get("/api/v1/followed_tags").status_code == 403
    assert api_as(None).get("/api/v1/followed_tags").status_code == 401
