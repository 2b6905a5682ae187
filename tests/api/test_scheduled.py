"""Scheduled statuses through the Mastodon API: schedule, list, move, cancel, publish."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone

from hudhud.posts.models import Post, ScheduledPost
from hudhud.posts.scheduling import publish_scheduled_post
from tests.api.conftest import ApiAs
from tests.api.test_statuses import upload
from tests.factories import make_account

pytestmark = pytest.mark.django_db


def later(minutes: int) -> str:
    return (timezone.now() + timedelta(minutes=minutes)).isoformat()


def test_a_status_scheduled_ahead_waits(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    media_id = upload(api)
    found = api.post(
        "/api/v1/statuses",
        {
            "status": "صباح الخير",
            "media_ids": [media_id],
            "visibility": "unlisted",
            "scheduled_at": later(60),
        },
    )
    assert found.status_code == 200
    body = found.json()
    assert set(body) == {"id", "scheduled_at", "params", "media_attachments"}
    assert body["params"]["text"] == "صباح الخير"
    assert body["params"]["visibility"] == "unlisted"
    assert body["params"]["media_ids"] == [media_id]
    assert [item["id"] for item in body["media_attachments"]] == [media_id]
    assert not Post.objects.exists()  # the immediate task found it too early
    listed = api.get("/api/v1/scheduled_statuses").json()
    assert [item["id"] for item in listed] == [body["id"]]
    assert api.get(f"/api/v1/scheduled_statuses/{body['id']}").json()["id"] == body["id"]


def test_too_soon_or_bad_is_422(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    soon = api.post("/api/v1/statuses", {"status": "قريبا", "scheduled_at": later(2)})
    assert soon.status_code == 422 and "error" in soon.json()
    blank = api.post("/api/v1/statuses", {"status": "", "scheduled_at": later(60)})
    assert blank.status_code == 422
    garbled = api.post("/api/v1/statuses", {"status": "x", "scheduled_at": "غدا"})
    assert garbled.status_code == 422
    assert not ScheduledPost.objects.exists()


def test_a_scheduled_status_is_published_at_its_time(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami)
    body = api.post(
        "/api/v1/statuses",
        {
            "status": "في موعده",
            "scheduled_at": later(30),
            "poll": {"options": ["نعم", "لا"], "expires_in": 600},
        },
    ).json()
    assert body["params"]["poll"]["options"] == ["نعم", "لا"]
    scheduled_id = int(body["id"])
    ScheduledPost.objects.filter(pk=scheduled_id).update(
        scheduled_at=datetime(2020, 1, 1, tzinfo=UTC)
    )
    publish_scheduled_post.enqueue(scheduled_id)
    post = Post.objects.get(author=sami)
    assert post.text == "في موعده" and post.poll.options == ["نعم", "لا"]
    assert api.get(f"/api/v1/scheduled_statuses/{scheduled_id}").status_code == 404


def test_move_and_cancel_ones_own_only(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    scheduled_id = api.post(
        "/api/v1/statuses", {"status": "لاحقا", "scheduled_at": later(60)}
    ).json()["id"]
    path = f"/api/v1/scheduled_statuses/{scheduled_id}"
    other = api_as(mazen)
    assert other.get(path).status_code == 404
    assert other.put(path, {"scheduled_at": later(90)}).status_code == 404
    assert other.delete(path).status_code == 404
    moved = api.put(path, {"scheduled_at": later(120)})
    assert moved.status_code == 200
    assert datetime.fromisoformat(moved.json()["scheduled_at"]) > timezone.now() + timedelta(
        minutes=110
    )
    assert api.put(path, {"scheduled_at": later(1)}).status_code == 422
    assert api.delete(path).status_code == 200
    assert api.get(path).status_code == 404
    assert not ScheduledPost.objects.exists()


def test_the_same_idempotency_key_schedules_once(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    body = {"status": "مرة", "scheduled_at": later(60)}
    first = api.post("/api/v1/statuses", body, HTTP_IDEMPOTENCY_KEY="k")
    again = api.post("/api/v1/statuses", body, HTTP_IDEMPOTENCY_KEY="k")
    assert first.json()["id"] == again.json()["id"]
    assert ScheduledPost.objects.count() == 1


def test_scheduled_statuses_need_a_token_with_the_scope(api_as: ApiAs) -> None:
    sami = make_account("sami")
    assert api_as(None).get("/api/v1/scheduled_statuses").status_code == 401
    assert api_as(sami, scopes="read:accounts").get("/api/v1/scheduled_statuses").status_code == 403
