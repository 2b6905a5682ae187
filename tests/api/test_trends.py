"""Trends through the Mastodon API: tags with their history, statuses, links."""

from collections.abc import Iterator

import pytest

from hudhud.accounts.services import block_create
from hudhud.posts.services import boost_create, hashtag_follow, like_create
from hudhud.search.trends import trends_forget
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(autouse=True)
def _fresh_trends() -> Iterator[None]:
    """Drop the cached trends before and after: the cache outlives a test's rows."""
    trends_forget()
    yield
    trends_forget()


def test_trending_tags_with_seven_days_of_history(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    make_post(sami, "افتتاح #جيتكس")
    make_post(mazen, "زحمة في #جيتكس")
    make_post(mazen, "ما زلت في #جيتكس")
    make_post(yazeed, "وحدي في #الرياض")  # one person is no trend
    hashtag_follow(account=sami, name="جيتكس")

    found = api_as(sami).get("/api/v1/trends/tags")

    assert found.status_code == 200
    tags = found.json()
    assert [tag["name"] for tag in tags] == ["جيتكس"]
    tag = tags[0]
    assert tag["following"] is True and tag["id"]
    assert tag["url"].endswith("/tags/%D8%AC%D9%8A%D8%AA%D9%83%D8%B3")
    history = tag["history"]
    assert len(history) == 7
    assert history[0]["uses"] == "3" and history[0]["accounts"] == "2"
    assert all(isinstance(day["day"], str) and day["day"].isdigit() for day in history)
    assert int(history[0]["day"]) > int(history[1]["day"])
    assert [day["uses"] for day in history[1:]] == ["0"] * 6
    anonymous = api_as(None).get("/api/v1/trends/tags").json()
    assert anonymous[0]["following"] is None
    assert api_as(None).get("/api/v1/trends").json() == anonymous


def test_trending_tags_page_by_offset(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    for author in (sami, mazen):
        make_post(author, "#جيتكس #الرياض")
    api = api_as(None)

    first = api.get("/api/v1/trends/tags", limit=1)
    second = api.get("/api/v1/trends/tags", limit=1, offset=1)

    assert len(first.json()) == len(second.json()) == 1
    assert first.json()[0]["name"] != second.json()[0]["name"]
    assert "offset=1" in first["Link"] and 'rel="next"' in first["Link"]
    assert 'rel="prev"' in second["Link"]
    assert api.get("/api/v1/trends/tags", offset=2).json() == []
    assert api.get("/api/v1/trends/tags", limit="x").status_code == 422


def test_trending_statuses_leave_out_the_blocked(api_as: ApiAs) -> None:
    sami, mazen, yazeed, bassem = (
        make_account(name) for name in ("sami", "mazen", "yazeed", "bassem")
    )
    post = make_post(sami, "خبر سار للجميع")
    like_create(account=mazen, post=post)
    boost_create(account=yazeed, post=post)

    found = api_as(None).get("/api/v1/trends/statuses")

    assert found.status_code == 200
    assert [status["id"] for status in found.json()] == [str(post.pk)]
    assert found.json()[0]["favourites_count"] == 1
    block_create(account=bassem, target=sami)
    assert api_as(bassem).get("/api/v1/trends/statuses").json() == []
    assert api_as(bassem).get("/api/v1/trends/statuses", offset=1).json() == []


def test_trending_links_are_an_empty_list(api_as: ApiAs) -> None:
    found = api_as(None).get("/api/v1/trends/links")
    assert found.status_code == 200 and found.json() == []
