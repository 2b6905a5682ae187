"""Hudhud's awareness sessions through the API."""

from datetime import timedelta

import pytest
from django.utils import timezone

from hudhud.community.models import Question, Session
from hudhud.community.sessions import attendees_remind
from hudhud.notifications.models import Notification
from tests.api.conftest import ApiAs
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def _body(**fields: object) -> dict:  # type: ignore[type-arg]
    now = timezone.now()
    return {
        "title": "لقاء الشباب المغردين",
        "venue": "معرض جيتكس 2012",
        "starts_at": (now - timedelta(minutes=5)).isoformat(),
        "ends_at": (now + timedelta(hours=2)).isoformat(),
        "hashtag": "جيتكس_2012",
        "initiative": "مبادرة نشر الثقافة والمعرفة الرقمية",
        "speakers": [{"name": "يزيد", "talk_title": "تكوين الهوية في تويتر"}],
        **fields,
    }


def test_a_session_its_questions_votes_and_marks(api_as: ApiAs) -> None:
    ministry, saad = make_account("ministry", kind="organisation"), make_account("saad")
    hind, fahad = make_account("hind"), make_account("fahad")
    made = api_as(ministry).post("/api/hudhud/v1/sessions", _body(moderator_id=str(saad.pk)))
    assert made.status_code == 200
    session = made.json()
    assert session["speakers"] == [
        {"name": "يزيد", "talk_title": "تكوين الهوية في تويتر", "account_id": None}
    ]
    assert [s["id"] for s in api_as(None).get("/api/hudhud/v1/sessions", when="live").json()] == [
        session["id"]
    ]
    path = f"/api/hudhud/v1/sessions/{session['id']}/questions"
    first = api_as(hind).post(path, {"text": "كيف أبني هويتي؟"}).json()
    second = api_as(fahad).post(path, {"text": "هل الريتويت المدفوع مقبول؟"}).json()
    voted = api_as(hind).post(f"{path}/{second['id']}/upvote")
    assert voted.json()["votes_count"] == 1 and voted.json()["voted"] is True
    assert api_as(hind).post(f"{path}/{second['id']}/upvote").status_code == 422
    assert [q["id"] for q in api_as(None).get(path).json()] == [second["id"], first["id"]]
    assert api_as(hind).post(f"{path}/{first['id']}/mark", {"answered": True}).status_code == 403
    marked = api_as(saad).post(f"{path}/{first['id']}/mark", {"answered": True})
    assert marked.json()["answered"] is True
    assert api_as(saad).post(f"/api/hudhud/v1/sessions/{session['id']}/close").status_code == 403
    closed = api_as(ministry).post(f"/api/hudhud/v1/sessions/{session['id']}/close")
    assert closed.json()["closed_at"]
    assert api_as(hind).post(path, {"text": "متأخر"}).status_code == 422
    assert [q["id"] for q in api_as(None).get(path).json()] == [first["id"]]


@pytest.mark.parametrize(
    "fields",
    [
        {"ends_at": "2020-01-01T00:00:00+00:00"},
        {"title": ""},
        {"hashtag": "##"},
        {"starts_at": "yesterday"},
    ],
)
def test_bad_sessions_are_a_422(api_as: ApiAs, fields: dict) -> None:  # type: ignore[type-arg]
    answer = api_as(make_account("ministry", kind="organisation")).post(
        "/api/hudhud/v1/sessions", _body(**fields)
    )
    assert answer.status_code == 422
    assert answer.json()["error"]
    assert not Session.objects.exists()


def test_a_person_runs_no_session_and_a_stranger_edits_none(api_as: ApiAs) -> None:
    assert api_as(make_account("sami")).post("/api/hudhud/v1/sessions", _body()).status_code == 422
    ministry = make_account("ministry", kind="organisation")
    session = api_as(ministry).post("/api/hudhud/v1/sessions", _body()).json()
    changed = api_as(make_account("saad")).patch(
        f"/api/hudhud/v1/sessions/{session['id']}", {"title": "آخر"}
    )
    assert changed.status_code == 403
    assert Session.objects.get().title == "لقاء الشباب المغردين"
    long = api_as(make_account("hind")).post(
        f"/api/hudhud/v1/sessions/{session['id']}/questions", {"text": "س" * 281}
    )
    assert long.status_code == 422 and not Question.objects.exists()


def test_attending_through_the_api_and_the_reminder_stays_out_of_mastodon_apps(
    api_as: ApiAs,
) -> None:
    ministry, hind = make_account("ministry", kind="organisation"), make_account("hind")
    start = timezone.now() + timedelta(hours=1)
    body = _body(starts_at=start.isoformat(), ends_at=(start + timedelta(hours=2)).isoformat())
    session = api_as(ministry).post("/api/hudhud/v1/sessions", body).json()
    path = f"/api/hudhud/v1/sessions/{session['id']}"
    assert (session["attendees_count"], session["attending"]) == (0, False)

    attended = api_as(hind).post(f"{path}/attend").json()
    assert (attended["attendees_count"], attended["attending"]) == (1, True)
    assert api_as(None).get(path).json()["attending"] is False
    attendees_remind(session=Session.objects.get(pk=session["id"]))
    assert Notification.objects.filter(recipient=hind, kind="hudhud.reminder").count() == 1
    assert api_as(hind).get("/api/v1/notifications").json() == []
    assert api_as(hind).post(f"{path}/unattend").json()["attendees_count"] == 0
    api_as(ministry).post(f"{path}/close")
    refused = api_as(hind).post(f"{path}/attend")
    assert refused.status_code == 422 and "error" in refused.json()
