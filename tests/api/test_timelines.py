"""Timelines through the API: home, public, hashtag and list, with Link paging and filters."""

import io
import json
from datetime import UTC, datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.posts.models import Post
from hudhud.posts.services import boost_create, media_create, post_create
from hudhud.timelines.models import Filter
from hudhud.timelines.services.filters import KeywordChange, filter_create
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")


def ids(response: Any) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["id"] for item in response.json()]


def remote_post(text: str) -> Post:
    """Return a post that came through federation (built by hand: federation has no
    service to receive posts yet)."""
    author = Account.objects.create(
        local=False, username="saad", domain="example.net", uri="https://example.net/users/saad"
    )
    return Post.objects.create(
        author=author,
        local=False,
        uri="https://example.net/users/saad/statuses/1",
        text=text,
        content=f"<p>{text}</p>",
    )


def photo() -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "olive").save(buffer, "JPEG")
    return SimpleUploadedFile("p.jpg", buffer.getvalue(), "image/jpeg")


def with_photo(author: Account, text: str) -> Post:
    return post_create(author=author, text=text, media=[media_create(account=author, file=photo())])


# Public


def test_public_timeline_local_remote_and_only_media(api_as: ApiAs) -> None:
    sami = make_account("sami")
    plain = make_post(sami, "صباح الخير")
    pictured = with_photo(sami, "صورة من الرياض")
    far = remote_post("من بعيد")
    api = api_as(None)
    assert ids(api.get("/api/v1/timelines/public")) == [
        str(far.pk),
        str(pictured.pk),
        str(plain.pk),
    ]
    assert ids(api.get("/api/v1/timelines/public", local="true")) == [
        str(pictured.pk),
        str(plain.pk),
    ]
    assert ids(api.get("/api/v1/timelines/public", remote="true")) == [str(far.pk)]
    assert ids(api.get("/api/v1/timelines/public", only_media="true")) == [str(pictured.pk)]
    assert ids(api.get("/api/v1/timelines/public", local="true", remote="true")) == []


def test_public_timeline_refuses_a_flag_that_is_not_a_boolean(api_as: ApiAs) -> None:
    found = api_as(None).get("/api/v1/timelines/public", only_media="maybe")
    assert found.status_code == 422 and "error" in found.json()


# Hashtag


def test_a_tag_is_one_tag_whatever_its_spelling(api_as: ApiAs) -> None:
    sami = make_account("sami")
    first = make_post(sami, "نبدأ #العمل_التطوعي")
    second = make_post(sami, "نستمر #العمل_التطوّعي")
    make_post(sami, "بلا وسم")
    api = api_as(None)
    expected = [str(second.pk), str(first.pk)]
    assert ids(api.get("/api/v1/timelines/tag/العمل_التطوعي")) == expected
    assert ids(api.get("/api/v1/timelines/tag/العمل_التطوّعي")) == expected


def test_tag_timeline_any_all_and_none(api_as: ApiAs) -> None:
    sami = make_account("sami")
    both = make_post(sami, "#جيتكس و #الرياض")
    gitex = make_post(sami, "#جيتكس وحده")
    riyadh = make_post(sami, "#الرياض وحدها")
    make_post(sami, "#جدة")
    api = api_as(None)
    url = "/api/v1/timelines/tag/جيتكس"
    assert ids(api.get(url)) == [str(gitex.pk), str(both.pk)]
    assert ids(api.get(url, **{"any[]": ["الرياض"]})) == [
        str(riyadh.pk),
        str(gitex.pk),
        str(both.pk),
    ]
    assert ids(api.get(url, **{"all[]": ["الرياض"]})) == [str(both.pk)]
    assert ids(api.get(url, **{"none[]": ["الرياض"]})) == [str(gitex.pk)]
    # Two ways of spelling one tag in any[] do not repeat posts.
    assert ids(api.get(url, **{"any[]": ["جيتكس", "جيتكس"]})) == [str(gitex.pk), str(both.pk)]


def test_tag_timeline_local_remote_and_only_media(api_as: ApiAs) -> None:
    sami = make_account("sami")
    here = make_post(sami, "#جيتكس هنا")
    pictured = with_photo(sami, "#جيتكس بالصور")
    far = remote_post("#جيتكس هناك")
    far.hashtags.set(Post.objects.get(pk=here.pk).hashtags.all())
    api = api_as(None)
    url = "/api/v1/timelines/tag/جيتكس"
    assert ids(api.get(url, local="true")) == [str(pictured.pk), str(here.pk)]
    assert ids(api.get(url, remote="true")) == [str(far.pk)]
    assert ids(api.get(url, only_media="true")) == [str(pictured.pk)]


def test_an_unknown_tag_is_an_empty_timeline(api_as: ApiAs) -> None:
    assert ids(api_as(None).get("/api/v1/timelines/tag/لا_أحد_كتبه")) == []


def test_tag_timeline_pages_with_a_link_header(api_as: ApiAs) -> None:
    sami = make_account("sami")
    posts = [make_post(sami, f"#جيتكس {n}") for n in range(3)]
    found = api_as(None).get("/api/v1/timelines/tag/جيتكس", limit=2)
    assert ids(found) == [str(posts[2].pk), str(posts[1].pk)]
    assert f"max_id={posts[1].pk}" in found.headers["Link"]


# Lists


def make_list(api: Any, title: str = "أصدقاء", **fields: Any) -> str:
    created = api.post("/api/v1/lists", {"title": title, **fields})
    assert created.status_code == 200, created.content
    return str(created.json()["id"])


def test_list_timeline_shows_its_members_posts_newest_first(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=yazeed, target=sami)
    api = api_as(yazeed)
    list_id = make_list(api)
    added = api.post(f"/api/v1/lists/{list_id}/accounts", {"account_ids": [str(mazen.pk)]})
    assert added.status_code == 200 and added.json() == {}
    first = make_post(mazen, "الأول")
    make_post(sami, "ليس في القائمة")
    hidden = make_post(mazen, "للمذكورين فقط", visibility="direct")
    second = make_post(mazen, "للمتابعين", visibility="private")
    found = api.get(f"/api/v1/timelines/list/{list_id}")
    assert ids(found) == [str(second.pk), str(first.pk)]
    assert str(hidden.pk) not in ids(found)
    assert 'rel="next"' in found.headers["Link"]


def test_list_timeline_shows_members_boosts(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    list_id = make_list(api)
    api.post(f"/api/v1/lists/{list_id}/accounts", {"account_ids": [str(mazen.pk)]})
    boost = boost_create(account=mazen, post=make_post(sami, "يستحق النشر"))
    body = api.get(f"/api/v1/timelines/list/{list_id}").json()
    assert [item["id"] for item in body] == [str(boost.pk)]
    assert body[0]["reblog"]["account"]["acct"] == "sami"


@pytest.mark.parametrize(
    ("policy", "shown"),
    [
        ("none", {"own", "to_me"}),
        ("list", {"own", "to_me", "to_member"}),
        ("followed", {"own", "to_me", "to_member", "to_followed"}),
    ],
)
def test_list_replies_policy(api_as: ApiAs, policy: str, shown: set[str]) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    sami, bassem, saad = make_account("sami"), make_account("bassem"), make_account("saad")
    for target in (mazen, sami, bassem):
        follow_create(follower=yazeed, target=target)
    api = api_as(yazeed)
    list_id = make_list(api, replies_policy=policy)
    api.post(f"/api/v1/lists/{list_id}/accounts", {"account_ids": [str(mazen.pk), str(sami.pk)]})
    parent = {
        "own": make_post(mazen, "بداية سلسلة"),
        "to_me": make_post(yazeed, "سؤال"),
        "to_member": make_post(sami, "رأي"),
        "to_followed": make_post(bassem, "خبر"),
        "to_stranger": make_post(saad, "فكرة"),
    }
    replies = {
        name: post_create(author=mazen, text="رد", reply_to=post) for name, post in parent.items()
    }
    found = set(ids(api.get(f"/api/v1/timelines/list/{list_id}")))
    assert {name for name, reply in replies.items() if str(reply.pk) in found} == shown


def test_an_exclusive_list_takes_its_members_off_home(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    follow_create(follower=yazeed, target=sami)
    before = make_post(mazen, "قبل القائمة")
    api = api_as(yazeed)
    list_id = make_list(api, exclusive=True)
    api.post(f"/api/v1/lists/{list_id}/accounts", {"account_ids": [str(mazen.pk)]})
    after = make_post(mazen, "بعد القائمة")
    other = make_post(sami, "من خارج القائمة")
    assert ids(api.get("/api/v1/timelines/home")) == [str(other.pk)]
    assert ids(api.get(f"/api/v1/timelines/list/{list_id}")) == [str(after.pk), str(before.pk)]
    # No longer exclusive: the member's posts come home again.
    assert api.put(f"/api/v1/lists/{list_id}", {"exclusive": False}).status_code == 200
    assert set(ids(api.get("/api/v1/timelines/home"))) == {
        str(other.pk),
        str(after.pk),
        str(before.pk),
    }


def test_leaving_an_exclusive_list_brings_posts_home(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    list_id = make_list(api, exclusive=True)
    api.post(f"/api/v1/lists/{list_id}/accounts", {"account_ids": [str(mazen.pk)]})
    post = make_post(mazen, "في القائمة")
    assert ids(api.get("/api/v1/timelines/home")) == []
    api.client.delete(
        f"/api/v1/lists/{list_id}/accounts",
        json.dumps({"account_ids": [str(mazen.pk)]}),
        content_type="application/json",
    )
    assert ids(api.get("/api/v1/timelines/home")) == [str(post.pk)]


def test_another_users_list_timeline_is_a_404(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    list_id = make_list(api_as(yazeed))
    found = api_as(mazen).get(f"/api/v1/timelines/list/{list_id}")
    assert found.status_code == 404 and "error" in found.json()
    assert api_as(yazeed).get("/api/v1/timelines/list/999999").status_code == 404
    assert api_as(yazeed).get("/api/v1/timelines/list/abc").status_code == 404


def test_list_timeline_needs_a_token_with_read_lists(api_as: ApiAs) -> None:
    yazeed = make_account("yazeed")
    list_id = make_list(api_as(yazeed))
    assert (
        api_as(yazeed, scopes="read:statuses").get(f"/api/v1/timelines/list/{list_id}").status_code
        == 403
    )
    assert api_as(None).get(f"/api/v1/timelines/list/{list_id}").status_code == 401
    assert (
        api_as(yazeed, scopes="read:lists").get(f"/api/v1/timelines/list/{list_id}").status_code
        == 200
    )


# Filters on timelines


def filters_of(body: list[dict[str, Any]], status_id: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = next(item for item in body if item["id"] == status_id)["filtered"]
    return found


def test_a_warn_filter_marks_the_status_and_hide_leaves_it_out(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    filter_create(
        account=yazeed,
        title="التطوع",
        context=["home"],
        keywords=[KeywordChange(keyword="التطوع")],
    )
    filter_create(
        account=yazeed,
        title="كرة",
        context=["home"],
        action="hide",
        keywords=[KeywordChange(keyword="كرة القدم")],
    )
    warned = make_post(mazen, "شكراً وللتطوّع أهله")
    make_post(mazen, "نتابع مباراة كرة القدم الليلة")
    plain = make_post(mazen, "صباح الخير")
    body = api_as(yazeed).get("/api/v1/timelines/home").json()
    assert [item["id"] for item in body] == [str(plain.pk), str(warned.pk)]
    [result] = filters_of(body, str(warned.pk))
    assert result["filter"]["title"] == "التطوع"
    assert result["filter"]["filter_action"] == "warn"
    assert "keywords" not in result["filter"]
    assert result["keyword_matches"] == ["التطوع"]
    assert result["status_matches"] is None
    assert filters_of(body, str(plain.pk)) == []


def test_filters_apply_in_their_context_only(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    filter_create(
        account=yazeed,
        title="السياسة",
        context=["public"],
        action="hide",
        keywords=[KeywordChange(keyword="السياسة")],
    )
    post = make_post(mazen, "حديث في السياسة")
    api = api_as(yazeed)
    assert ids(api.get("/api/v1/timelines/home")) == [str(post.pk)]
    assert ids(api.get("/api/v1/timelines/public")) == []
    assert ids(api.get("/api/v1/timelines/tag/غير_موجود")) == []
    # Anonymous readers have no filters.
    assert ids(api_as(None).get("/api/v1/timelines/public")) == [str(post.pk)]


def test_a_hidden_post_still_moves_the_link_header_on(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    older = make_post(mazen, "قديم")
    newest = make_post(mazen, "إعلان مزعج")
    filter_create(
        account=yazeed,
        title="إعلانات",
        context=["public"],
        action="hide",
        keywords=[KeywordChange(keyword="إعلان")],
    )
    found = api_as(yazeed).get("/api/v1/timelines/public", limit=1)
    assert ids(found) == []
    assert f"max_id={newest.pk}" in found.headers["Link"]
    assert ids(api_as(yazeed).get("/api/v1/timelines/public", max_id=newest.pk)) == [str(older.pk)]


def test_a_filtered_post_and_boosts_of_it(api_as: ApiAs) -> None:
    yazeed, mazen, sami = make_account("yazeed"), make_account("mazen"), make_account("sami")
    follow_create(follower=yazeed, target=mazen)
    original = make_post(sami, "منشور بعينه")
    boost = boost_create(account=mazen, post=original)
    api = api_as(yazeed)
    created = api.post(
        "/api/v2/filters", {"title": "منشور", "context": ["home"], "filter_action": "blur"}
    ).json()
    api.post(f"/api/v2/filters/{created['id']}/statuses", {"status_id": str(original.pk)})
    body = api.get("/api/v1/timelines/home").json()
    [result] = filters_of(body, str(boost.pk))
    assert result["status_matches"] == [str(original.pk)]
    assert result["keyword_matches"] is None
    assert result["filter"]["filter_action"] == "blur"
    assert body[0]["reblog"]["filtered"] == body[0]["filtered"]


def test_an_expired_filter_and_ones_own_posts_are_not_filtered(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    api.post(
        "/api/v2/filters",
        {"title": "قهوة", "context": ["home"], "keywords_attributes": [{"keyword": "قهوة"}]},
    )
    own = make_post(yazeed, "قهوة الصباح")
    theirs = make_post(mazen, "قهوة المساء")
    body = api.get("/api/v1/timelines/home").json()
    assert filters_of(body, str(own.pk)) == []
    assert len(filters_of(body, str(theirs.pk))) == 1
    Filter.objects.update(expires_at=datetime(2000, 1, 1, tzinfo=UTC))
    assert filters_of(api.get("/api/v1/timelines/home").json(), str(theirs.pk)) == []


def test_the_home_timeline_costs_the_same_queries_for_one_post_or_twenty(api_as: ApiAs) -> None:
    yazeed, mazen = make_account("yazeed"), make_account("mazen")
    follow_create(follower=yazeed, target=mazen)
    api = api_as(yazeed)
    api.post(
        "/api/v2/filters",
        {"title": "قهوة", "context": ["home"], "keywords_attributes": [{"keyword": "قهوة"}]},
    )
    make_post(mazen, "قهوة")
    with CaptureQueriesContext(connection) as one:
        assert len(ids(api.get("/api/v1/timelines/home"))) == 1
    for n in range(19):
        make_post(mazen, f"قهوة رقم {n}")
    with CaptureQueriesContext(connection) as twenty:
        assert len(ids(api.get("/api/v1/timelines/home"))) == 20
    assert len(twenty.captured_queries) == len(one.captured_queries)
