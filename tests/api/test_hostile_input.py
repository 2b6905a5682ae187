"""Input that once reached a 500 or a leak (found by review and fuzzing): each now gets a
clear 4xx, or shows nothing it should not."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.accounts.services import block_create, follow_create
from hudhud.moderation.services import account_suspend
from hudhud.notifications.models import Notification
from hudhud.posts.models import Visibility
from hudhud.posts.services import like_create, post_edit
from tests.api.conftest import ApiAs
from tests.factories import make_account, make_post

pytestmark = pytest.mark.usefixtures("db")

HUGE = "9" * 5000  # past the 4,300 digits int() refuses in Python 3.11


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("get", f"/api/v1/statuses/{HUGE}", None),
        ("post", "/api/v1/statuses", {"status": "رد", "in_reply_to_id": HUGE}),
        ("post", "/api/v1/statuses", {"status": "صورة", "media_ids": [HUGE]}),
        ("post", "/api/v1/markers", {"home": {"last_read_id": HUGE}}),
        ("get", "/api/v2/search", {"q": "هدهد", "type": "statuses", "max_id": "9" * 25}),
    ],
)
def test_ids_too_large_to_be_ids_are_a_4xx(
    api_as: ApiAs, method: str, path: str, body: dict[str, object] | None
) -> None:
    api = api_as(make_account("sami"))
    answer = api.get(path, **(body or {})) if method == "get" else api.post(path, body)
    assert 400 <= answer.status_code < 500, answer.content[:200]
    assert "error" in answer.json()


def test_ids_too_large_to_be_ids_are_left_out_of_a_list(api_as: ApiAs) -> None:
    mazen = make_account("mazen")
    answer = api_as(make_account("sami")).get(
        "/api/v1/accounts/relationships", **{"id[]": [HUGE, str(mazen.pk)]}
    )
    assert answer.status_code == 200
    assert [each["id"] for each in answer.json()] == [str(mazen.pk)]


@pytest.mark.parametrize(
    "when",
    ["2030-01-01T10:00:00", "9999-12-31T23:00:00Z"],
    ids=["without-zone", "year-9999"],
)
def test_a_scheduled_date_without_zone_or_too_far_is_a_422(api_as: ApiAs, when: str) -> None:
    answer = api_as(make_account("sami")).post(
        "/api/v1/statuses", {"status": "لاحقاً", "scheduled_at": when}
    )
    assert answer.status_code == 422 and "error" in answer.json()


def test_a_filter_that_expires_after_the_end_of_time_is_a_422(api_as: ApiAs) -> None:
    answer = api_as(make_account("sami")).post(
        "/api/v2/filters",
        {"title": "الرياضة", "context": ["home"], "expires_in": 10**15},
    )
    assert answer.status_code == 422


def test_a_content_warning_of_many_marks_is_a_422_not_a_database_error(api_as: ApiAs) -> None:
    warning = "بَّ" * 300  # 300 characters as people count them, 900 code points
    answer = api_as(make_account("sami")).post(
        "/api/v1/statuses", {"status": "نص", "spoiler_text": warning}
    )
    assert answer.status_code == 422 and "error" in answer.json()


def test_no_notification_about_a_post_its_recipient_may_no_longer_see() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=mazen, target=sami)
    post = make_post(sami, "للمتابعين", visibility=Visibility.FOLLOWERS)
    like_create(account=mazen, post=post)
    block_create(account=sami, target=mazen)  # mazen no longer follows, nor may see it
    post_edit(post=post, text="للمتابعين، بعد التعديل")
    assert not Notification.objects.filter(recipient=mazen, kind="update").exists()


def test_no_notification_from_one_who_blocked_the_recipient() -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    block_create(account=sami, target=mazen)
    make_post(sami, "@mazen هل تراني؟")
    assert not Notification.objects.filter(recipient=mazen).exists()


def test_conversations_hide_a_suspended_participant_and_their_message(api_as: ApiAs) -> None:
    sami, spammer = make_account("sami"), make_account("spammer")
    make_post(spammer, "@sami عرض لا يفوت", visibility=Visibility.DIRECT)
    api = api_as(sami)
    assert api.get("/api/v1/conversations").json()[0]["last_status"] is not None
    account_suspend(account=spammer)
    shown = api.get("/api/v1/conversations").json()
    assert all(each["last_status"] is None for each in shown)
    assert all(not each["accounts"] for each in shown)


def test_the_profile_scope_reads_ones_own_account_and_nothing_else(api_as: ApiAs) -> None:
    sami = make_account("sami")
    api = api_as(sami, scopes="profile")
    assert api.get("/api/v1/accounts/verify_credentials").json()["username"] == "sami"
    assert api.get("/api/v1/timelines/home").status_code == 403


def test_the_scheduled_date_a_year_ahead_is_fine(api_as: ApiAs) -> None:
    when = (timezone.now() + timedelta(days=300)).isoformat()
    answer = api_as(make_account("sami")).post(
        "/api/v1/statuses", {"status": "لاحقاً", "scheduled_at": when}
    )
    assert answer.status_code == 200 and answer.json()["scheduled_at"]


@pytest.mark.parametrize(
    ("method", "path", "data"),
    [
        ("get", "/api/v1/timelines/tag/x", {"all[]": "a\x00b"}),
        ("get", "/api/v2/search", {"q": "\x00"}),
        ("post", "/api/v1/statuses", {"status": "مرحبا\x00"}),
        ("post", "/api/hudhud/v1/coach/check", {"text": "رتويت\x00"}),
    ],
)
def test_text_with_a_nul_character_is_a_400(
    api_as: ApiAs, method: str, path: str, data: dict[str, str]
) -> None:
    api = api_as(make_account("sami"))
    answer = api.get(path, **data) if method == "get" else api.post(path, data)
    assert answer.status_code == 400
    assert answer.json()["error"]
    answer = api.form(path, data) if method == "post" else answer
    assert answer.status_code == 400
