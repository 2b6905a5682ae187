"""Statuses through the Mastodon API: post, read, edit, delete, threads, actions on one, and
an account's statuses."""

import io
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from PIL import Image

from hudhud.accounts.models import Account
from hudhud.accounts.services import follow_create
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.models import Media, Post, Visibility
from hudhud.posts.services import boost_create, like_create
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.django_db


def png(name: str = "صورة.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (80, 60), (200, 120, 40)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def upload(api: Api, **fields: Any) -> str:
    found = api.multipart("/api/v2/media", {"file": png(), **fields})
    assert found.status_code == 200, found.json()
    media_id: str = found.json()["id"]
    return media_id


def test_posting_returns_the_status_as_mastodon_writes_it(api_as: ApiAs) -> None:
    sami = make_account("sami")
    found = api_as(sami).post(
        "/api/v1/statuses",
        {"status": "مرحبا #جيتكس", "spoiler_text": "تنبيه", "language": "ar"},
    )
    assert found.status_code == 200
    body = found.json()
    assert body["content"].startswith("<p>") and "جيتكس" in body["content"]
    assert body["spoiler_text"] == "تنبيه" and body["sensitive"] is True
    assert body["language"] == "ar" and body["visibility"] == "public"
    assert body["account"]["id"] == str(sami.pk)
    assert body["pinned"] is False and body["muted"] is False and body["poll"] is None
    assert [tag["name"] for tag in body["tags"]] == ["جيتكس"]


def test_posting_with_images_attaches_them_in_order(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    first, second = upload(api, description="الأولى"), upload(api, focus="0.5,-0.25")
    found = api.post("/api/v1/statuses", {"status": "", "media_ids": [second, first]})
    assert found.status_code == 200
    media = found.json()["media_attachments"]
    assert [item["id"] for item in media] == sorted([first, second])
    by_id = {item["id"]: item for item in media}
    assert by_id[first]["description"] == "الأولى"
    assert by_id[second]["meta"]["focus"] == {"x": 0.5, "y": -0.25}


def test_bad_posts_are_422(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    empty = api.post("/api/v1/statuses", {"status": "  "})
    assert empty.status_code == 422 and "error" in empty.json()
    five = [upload(api) for _ in range(5)]
    assert api.post("/api/v1/statuses", {"status": "صور", "media_ids": five}).status_code == 422
    unknown = api.post("/api/v1/statuses", {"status": "صورة", "media_ids": ["999999"]})
    assert unknown.status_code == 422
    assert api.post("/api/v1/statuses", {"status": "x", "media_ids": ["abc"]}).status_code == 422
    theirs = upload(api_as(mazen))
    stolen = api.post("/api/v1/statuses", {"status": "صورة", "media_ids": [theirs]})
    assert stolen.status_code == 422
    wrong = api.post("/api/v1/statuses", {"status": "مرحبا", "visibility": "everyone"})
    assert wrong.status_code == 422
    both = api.post(
        "/api/v1/statuses",
        {"status": "؟", "media_ids": [five[0]], "poll": {"options": ["أ", "ب"], "expires_in": 600}},
    )
    assert both.status_code == 422
    assert Post.objects.count() == 0


def test_a_reply_to_a_post_one_may_not_see_is_a_404(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    hidden = make_post(mazen, "لمتابعيّ فقط", visibility=Visibility.FOLLOWERS)
    found = api_as(sami).post(
        "/api/v1/statuses", {"status": "رد", "in_reply_to_id": str(hidden.pk)}
    )
    assert found.status_code == 404


def test_a_reply_and_a_quote(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    original = make_post(mazen, "الأصل")
    api = api_as(sami)
    reply = api.post("/api/v1/statuses", {"status": "رد", "in_reply_to_id": str(original.pk)})
    assert reply.json()["in_reply_to_id"] == str(original.pk)
    assert reply.json()["in_reply_to_account_id"] == str(mazen.pk)
    quote = api.post("/api/v1/statuses", {"status": "اقتباس", "quote_id": str(original.pk)})
    assert quote.json()["quote_id"] == str(original.pk)


def test_the_same_idempotency_key_posts_once(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    headers = {"HTTP_IDEMPOTENCY_KEY": "مفتاح-1"}
    first = api.post("/api/v1/statuses", {"status": "مرة"}, **headers)
    again = api.post("/api/v1/statuses", {"status": "مرة"}, **headers)
    assert first.json()["id"] == again.json()["id"]
    other = api.post("/api/v1/statuses", {"status": "مرة"}, HTTP_IDEMPOTENCY_KEY="مفتاح-2")
    assert other.json()["id"] != first.json()["id"]
    theirs = api_as(mazen).post("/api/v1/statuses", {"status": "مرة"}, **headers)
    assert theirs.json()["id"] != first.json()["id"]
    assert Post.objects.count() == 3


def test_others_private_posts_are_404_and_several_at_once(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    public = make_post(mazen, "للجميع")
    private = make_post(mazen, "لمتابعيّ", visibility=Visibility.FOLLOWERS)
    api = api_as(sami)
    assert api.get(f"/api/v1/statuses/{private.pk}").status_code == 404
    assert api_as(None).get(f"/api/v1/statuses/{public.pk}").status_code == 200
    assert api.get("/api/v1/statuses/not-an-id").status_code == 404
    several = api.get("/api/v1/statuses", **{"id[]": [str(private.pk), str(public.pk), "12", "x"]})
    assert [item["id"] for item in several.json()] == [str(public.pk)]
    follow_create(follower=sami, target=mazen)
    assert api.get(f"/api/v1/statuses/{private.pk}").status_code == 200


def test_delete_returns_the_source_and_keeps_the_media_for_a_redraft(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    media_id = upload(api)
    posted = api.post("/api/v1/statuses", {"status": "نص *أصلي*", "media_ids": [media_id]})
    post_id = posted.json()["id"]
    assert api_as(mazen).delete(f"/api/v1/statuses/{post_id}").status_code == 404
    deleted = api.delete(f"/api/v1/statuses/{post_id}")
    assert deleted.status_code == 200
    assert deleted.json()["text"] == "نص *أصلي*"
    assert [item["id"] for item in deleted.json()["media_attachments"]] == [media_id]
    assert not Post.objects.filter(pk=post_id).exists()
    redraft = api.post("/api/v1/statuses", {"status": "من جديد", "media_ids": [media_id]})
    assert redraft.status_code == 200
    gone = api.delete(f"/api/v1/statuses/{redraft.json()['id']}?delete_media=true")
    assert gone.status_code == 200
    assert not Media.objects.filter(pk=media_id).exists()


def test_edit_keeps_the_history_and_the_source(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    media_id = upload(api)
    post_id = api.post("/api/v1/statuses", {"status": "الأولى", "media_ids": [media_id]}).json()[
        "id"
    ]
    edited = api.put(
        f"/api/v1/statuses/{post_id}",
        {
            "status": "الثانية",
            "spoiler_text": "تنبيه",
            "language": "en",
            "media_ids": [media_id],
            "media_attributes": [{"id": media_id, "description": "وصف", "focus": "0.1,0.2"}],
        },
    )
    assert edited.status_code == 200
    body = edited.json()
    assert "الثانية" in body["content"] and body["edited_at"] is not None
    assert body["language"] == "en" and body["spoiler_text"] == "تنبيه"
    assert body["media_attachments"][0]["description"] == "وصف"
    assert body["media_attachments"][0]["meta"]["focus"] == {"x": 0.1, "y": 0.2}
    history = api.get(f"/api/v1/statuses/{post_id}/history").json()
    assert len(history) == 2
    assert "الأولى" in history[0]["content"] and "الثانية" in history[1]["content"]
    assert [item["id"] for item in history[0]["media_attachments"]] == [media_id]
    source = api.get(f"/api/v1/statuses/{post_id}/source").json()
    assert source == {"id": post_id, "text": "الثانية", "spoiler_text": "تنبيه"}
    refused = api_as(mazen).put(f"/api/v1/statuses/{post_id}", {"status": "سرقة"})
    assert refused.status_code == 404
    blank = api.put(f"/api/v1/statuses/{post_id}", {"status": "", "media_ids": []})
    assert blank.status_code == 422
    assert api.put(f"/api/v1/statuses/{post_id}", {"status": "x" * 600}).status_code == 422


def test_an_unedited_post_has_one_version(api_as: ApiAs) -> None:
    post = make_post(make_account("sami"), "نسخة واحدة")
    history = api_as(None).get(f"/api/v1/statuses/{post.pk}/history")
    assert history.status_code == 200 and len(history.json()) == 1


def test_context_lists_ancestors_and_descendants(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    root = make_post(sami, "البداية")
    middle = make_post(mazen, "رد", reply_to=root)
    leaf = make_post(sami, "رد على الرد", reply_to=middle)
    found = api_as(None).get(f"/api/v1/statuses/{middle.pk}/context").json()
    assert [item["id"] for item in found["ancestors"]] == [str(root.pk)]
    assert [item["id"] for item in found["descendants"]] == [str(leaf.pk)]


def test_favourite_reblog_bookmark_and_who_did(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    post = make_post(mazen, "منشور")
    api = api_as(sami)
    liked = api.post(f"/api/v1/statuses/{post.pk}/favourite")
    assert liked.json()["favourited"] is True and liked.json()["favourites_count"] == 1
    boosted = api.post(f"/api/v1/statuses/{post.pk}/reblog", {"visibility": "public"})
    assert boosted.status_code == 200
    assert boosted.json()["reblog"]["id"] == str(post.pk)
    assert boosted.json()["reblog"]["reblogged"] is True
    assert boosted.json()["visibility"] == "public"
    narrowed = api_as(make_account("bassem")).post(
        f"/api/v1/statuses/{post.pk}/reblog", {"visibility": "private"}
    )
    assert narrowed.json()["visibility"] == "private"
    direct = api_as(make_account("saad")).post(
        f"/api/v1/statuses/{post.pk}/reblog", {"visibility": "direct"}
    )
    assert direct.status_code == 422
    marked = api.post(f"/api/v1/statuses/{post.pk}/bookmark")
    assert marked.json()["bookmarked"] is True
    like_create(account=yazeed, post=post)
    boost_create(account=yazeed, post=post)
    anyone = api_as(None)
    likers = anyone.get(f"/api/v1/statuses/{post.pk}/favourited_by", limit=1)
    assert [item["id"] for item in likers.json()] == [str(yazeed.pk)]
    assert 'rel="next"' in likers["Link"]
    boosters = anyone.get(f"/api/v1/statuses/{post.pk}/reblogged_by").json()
    assert len(boosters) == 3 and {str(sami.pk), str(yazeed.pk)} <= {b["id"] for b in boosters}
    undone = [
        api.post(f"/api/v1/statuses/{post.pk}/{action}").json()
        for action in ("unfavourite", "unreblog", "unbookmark")
    ]
    assert undone[0]["favourited"] is False
    assert undone[1]["reblogged"] is False and undone[1]["id"] == str(post.pk)
    assert undone[2]["bookmarked"] is False


def test_actions_need_their_scope_and_a_visible_post(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    post = make_post(mazen, "منشور")
    private = make_post(mazen, "خاص", visibility=Visibility.FOLLOWERS)
    statuses_only = api_as(sami, scopes="write:statuses")
    assert statuses_only.post(f"/api/v1/statuses/{post.pk}/favourite").status_code == 403
    assert statuses_only.post(f"/api/v1/statuses/{post.pk}/pin").status_code == 403
    reader = api_as(sami, scopes="read")
    assert reader.post("/api/v1/statuses", {"status": "x"}).status_code == 403
    assert reader.delete(f"/api/v1/statuses/{post.pk}").status_code == 403
    api = api_as(sami)
    assert api.post(f"/api/v1/statuses/{private.pk}/favourite").status_code == 404
    assert api.post(f"/api/v1/statuses/{private.pk}/reblog").status_code == 404
    assert api_as(None).post(f"/api/v1/statuses/{post.pk}/favourite").status_code == 401


def test_pins_are_own_public_posts_five_at_most(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    posts = [make_post(sami, f"منشور {n}") for n in range(6)]
    for post in posts[:5]:
        pinned = api.post(f"/api/v1/statuses/{post.pk}/pin")
        assert pinned.status_code == 200 and pinned.json()["pinned"] is True
    sixth = api.post(f"/api/v1/statuses/{posts[5].pk}/pin")
    assert sixth.status_code == 422 and "error" in sixth.json()
    theirs = make_post(mazen, "ليس لي")
    assert api.post(f"/api/v1/statuses/{theirs.pk}/pin").status_code == 422
    private = make_post(sami, "خاص", visibility=Visibility.FOLLOWERS)
    assert api.post(f"/api/v1/statuses/{private.pk}/pin").status_code == 422
    assert api.get(f"/api/v1/statuses/{posts[0].pk}").json()["pinned"] is True
    assert api_as(mazen).get(f"/api/v1/statuses/{posts[0].pk}").json()["pinned"] is None
    unpinned = api.post(f"/api/v1/statuses/{posts[0].pk}/unpin")
    assert unpinned.json()["pinned"] is False
    shown = api_as(None).get(f"/api/v1/accounts/{sami.pk}/statuses", pinned="true").json()
    assert {item["id"] for item in shown} == {str(post.pk) for post in posts[1:5]}


def test_a_muted_conversation_notifies_no_more(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    root = make_post(sami, "بداية النقاش")
    api = api_as(sami)
    muted = api.post(f"/api/v1/statuses/{root.pk}/mute")
    assert muted.status_code == 200 and muted.json()["muted"] is True
    reply = make_post(mazen, "@sami رد", reply_to=root)
    deeper = make_post(mazen, "@sami رد آخر", reply_to=reply)
    like_create(account=mazen, post=deeper)
    assert api.get(f"/api/v1/statuses/{deeper.pk}").json()["muted"] is True
    assert not Notification.objects.filter(recipient=sami).exists()
    assert api.post(f"/api/v1/statuses/{deeper.pk}/unmute").json()["muted"] is False
    like_create(account=mazen, post=root)
    assert Notification.objects.filter(recipient=sami, kind=NotificationKind.LIKE).exists()


def _ids(api: Api, account: Account, **query: Any) -> list[str]:
    found = api.get(f"/api/v1/accounts/{account.pk}/statuses", **query)
    assert found.status_code == 200
    return [item["id"] for item in found.json()]


def test_an_accounts_statuses_and_their_filters(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    others = make_post(mazen, "لمازن")
    plain = make_post(sami, "عادي #تقنية")
    reply = make_post(sami, "رد", reply_to=others)
    boost = boost_create(account=sami, post=others)
    api = api_as(sami)
    with_image = api.post("/api/v1/statuses", {"status": "صورة", "media_ids": [upload(api)]})
    image_id = with_image.json()["id"]
    private = make_post(sami, "خاص", visibility=Visibility.FOLLOWERS)
    viewer = api_as(mazen)
    everything = _ids(viewer, sami)
    assert everything == [image_id, str(boost.pk), str(reply.pk), str(plain.pk)]
    assert str(private.pk) not in everything
    assert str(private.pk) in _ids(api, sami)
    assert _ids(viewer, sami, only_media="true") == [image_id]
    assert str(reply.pk) not in _ids(viewer, sami, exclude_replies="true")
    assert str(boost.pk) not in _ids(viewer, sami, exclude_reblogs="true")
    assert _ids(viewer, sami, tagged="تقنية") == [str(plain.pk)]
    page = viewer.get(f"/api/v1/accounts/{sami.pk}/statuses", limit=2)
    assert len(page.json()) == 2 and 'rel="next"' in page["Link"]
    older = _ids(viewer, sami, max_id=str(boost.pk))
    assert older == [str(reply.pk), str(plain.pk)]
    assert api_as(None).get("/api/v1/accounts/999/statuses").status_code == 404


def test_a_page_of_statuses_costs_the_same_queries_however_long(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert api.get(f"/api/v1/accounts/{mazen.pk}/statuses").status_code == 200
        return len(captured)

    make_post(mazen, "واحد")
    one = queries()
    for n in range(5):
        post = make_post(mazen, f"منشور {n}")
        like_create(account=sami, post=post)
    assert queries() == one
