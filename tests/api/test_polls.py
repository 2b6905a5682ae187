"""Polls through the Mastodon API: post one, read it, vote, and its end."""

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from hudhud.accounts.services import follow_create
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.posts.models import Poll
from hudhud.posts.polls import end_poll
from tests.api.conftest import Api, ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.django_db


def post_poll(api: Api, **poll: Any) -> dict[str, Any]:
    poll = {"options": ["نعم", "لا", "ربما"], "expires_in": 3600, **poll}
    found = api.post("/api/v1/statuses", {"status": "ما رأيكم؟", "poll": poll})
    assert found.status_code == 200, found.json()
    body: dict[str, Any] = found.json()
    return body


def test_a_status_with_a_poll(api_as: ApiAs) -> None:
    sami = make_account("sami")
    body = post_poll(api_as(sami))
    poll = body["poll"]
    assert [option["title"] for option in poll["options"]] == ["نعم", "لا", "ربما"]
    assert poll["expired"] is False and poll["multiple"] is False
    assert poll["votes_count"] == 0 and poll["voters_count"] is None
    assert poll["voted"] is True and poll["own_votes"] == []  # the author's own poll
    anonymous = api_as(None).get(f"/api/v1/polls/{poll['id']}").json()
    assert anonymous["voted"] is None and anonymous["own_votes"] is None


def test_a_poll_posted_form_encoded(api_as: ApiAs) -> None:
    found = api_as(make_account("sami")).form(
        "/api/v1/statuses",
        {
            "status": "اختر",
            "poll[options][]": ["أحمر", "أزرق"],
            "poll[expires_in]": "600",
            "poll[multiple]": "true",
        },
    )
    assert found.status_code == 200
    assert found.json()["poll"]["multiple"] is True
    assert found.json()["poll"]["voters_count"] == 0


def test_bad_polls_are_422(api_as: ApiAs) -> None:
    api = api_as(make_account("sami"))
    for poll in (
        {"options": ["وحيد"], "expires_in": 600},
        {"options": ["1", "2", "3", "4", "5"], "expires_in": 600},
        {"options": ["نعم", "نعم"], "expires_in": 600},
        {"options": ["نعم", "x" * 51], "expires_in": 600},
        {"options": ["نعم", "لا"], "expires_in": 10},
        {"options": ["نعم", "لا"]},
    ):
        found = api.post("/api/v1/statuses", {"status": "؟", "poll": poll})
        assert found.status_code == 422, poll
        assert "error" in found.json()
    assert not Poll.objects.exists()


def test_voting(api_as: ApiAs) -> None:
    sami, mazen, yazeed = make_account("sami"), make_account("mazen"), make_account("yazeed")
    poll_id = post_poll(api_as(sami))["poll"]["id"]
    api = api_as(mazen)
    voted = api.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [1]})
    assert voted.status_code == 200
    body = voted.json()
    assert body["voted"] is True and body["own_votes"] == [1]
    assert [option["votes_count"] for option in body["options"]] == [0, 1, 0]
    again = api.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0]})
    assert again.status_code == 422 and "error" in again.json()
    other = api_as(yazeed)
    assert other.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0, 1]}).status_code == 422
    assert other.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [3]}).status_code == 422
    assert other.post(f"/api/v1/polls/{poll_id}/votes", {"choices": []}).status_code == 422
    assert other.post(f"/api/v1/polls/{poll_id}/votes", {"choices": ["x"]}).status_code == 422
    assert other.post("/api/v1/polls/999/votes", {"choices": [0]}).status_code == 404
    seen = other.get(f"/api/v1/polls/{poll_id}").json()
    assert seen["voted"] is False and seen["votes_count"] == 1


def test_multiple_choice_and_hidden_totals(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    poll_id = post_poll(api_as(sami), multiple=True, hide_totals=True)["poll"]["id"]
    voted = api_as(mazen).post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0, 2]}).json()
    assert voted["own_votes"] == [0, 2]
    assert voted["votes_count"] == 2 and voted["voters_count"] == 1
    assert [option["votes_count"] for option in voted["options"]] == [None, None, None]


def test_an_expired_poll_takes_no_votes_and_tells_its_author(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    status = post_poll(api_as(sami))
    poll_id = int(status["poll"]["id"])
    api_as(mazen).post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0]})
    assert not Notification.objects.filter(kind=NotificationKind.POLL).exists()
    Poll.objects.filter(pk=poll_id).update(expires_at=timezone.now() - timedelta(seconds=1))
    end_poll.enqueue(poll_id)
    ended = Notification.objects.filter(kind=NotificationKind.POLL)
    assert {n.recipient_id for n in ended} == {sami.pk, mazen.pk}
    assert {n.post_id for n in ended} == {int(status["id"])}
    refused = api_as(make_account("yazeed")).post(
        f"/api/v1/polls/{poll_id}/votes", {"choices": [1]}
    )
    assert refused.status_code == 422
    seen = api_as(None).get(f"/api/v1/polls/{poll_id}").json()
    assert seen["expired"] is True


def test_a_poll_of_a_private_post_is_404(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    found = api_as(sami).post(
        "/api/v1/statuses",
        {
            "status": "لمتابعيّ",
            "visibility": "private",
            "poll": {"options": ["نعم", "لا"], "expires_in": 600},
        },
    )
    poll_id = found.json()["poll"]["id"]
    api = api_as(mazen)
    assert api.get(f"/api/v1/polls/{poll_id}").status_code == 404
    assert api.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0]}).status_code == 404
    follow_create(follower=mazen, target=sami)
    assert api.post(f"/api/v1/polls/{poll_id}/votes", {"choices": [0]}).status_code == 200


def test_editing_the_options_resets_the_votes(api_as: ApiAs) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    api = api_as(sami)
    status = post_poll(api)
    api_as(mazen).post(f"/api/v1/polls/{status['poll']['id']}/votes", {"choices": [0]})
    same = api.put(
        f"/api/v1/statuses/{status['id']}",
        {
            "status": "ما رأيكم الآن؟",
            "poll": {"options": ["نعم", "لا", "ربما"], "expires_in": 60 * 60},
        },
    ).json()
    assert same["poll"]["votes_count"] == 1
    changed = api.put(
        f"/api/v1/statuses/{status['id']}",
        {"status": "ما رأيكم الآن؟", "poll": {"options": ["نعم", "لا"], "expires_in": 3600}},
    ).json()
    assert changed["poll"]["votes_count"] == 0
    assert [option["title"] for option in changed["poll"]["options"]] == ["نعم", "لا"]
    history = api.get(f"/api/v1/statuses/{status['id']}/history").json()
    assert [len(version["poll"]["options"]) for version in history] == [3, 3, 2]
