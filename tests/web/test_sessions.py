"""Awareness sessions in the pages: the list, publishing one, asking and upvoting (also as
htmx), the moderator's marks, the polled questions, the archive, the calendar file."""

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone
from icalendar import Calendar

from hudhud.community.models import Attendance, Question, Session
from hudhud.community.sessions import SpeakerSpec, attendees_remind, question_ask, session_create
from tests.factories import make_account, make_post
from tests.web.pages import arabic, elements, html, messages_of, signed_in

pytestmark = pytest.mark.usefixtures("db")


def live_session() -> Session:
    now = timezone.now()
    return session_create(
        organiser=make_account("ministry", kind="organisation"),
        title="لقاء شباب تويتر",
        venue="جيتكس دبي",
        starts_at=now - timedelta(minutes=10),
        ends_at=now + timedelta(hours=2),
        hashtag="جيتكس_2012",
        moderator=make_account("saad"),
        speakers=[SpeakerSpec("مازن", "كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين")],
    )


def order_on(page: object) -> list[str]:
    return [e.attrs["data-question"] for e in elements(page, "li") if "data-question" in e.attrs]  # type: ignore[arg-type]


def test_an_organisation_publishes_a_session_from_the_list() -> None:
    ministry = make_account("ministry", kind="organisation")
    make_account("saad")
    zone = ZoneInfo(settings.TIME_ZONE)
    start = (timezone.now() + timedelta(days=1)).astimezone(zone)
    answer = signed_in(ministry).post(
        "/sessions/new",
        {
            "initiative": "مبادرة نشر الثقافة والمعرفة الرقمية",
            "title": "لقاء",
            "venue": "الرياض",
            "starts_at": start.strftime("%Y-%m-%dT%H:%M"),
            "ends_at": (start + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
            "hashtag": "#لقاء_الرياض",
            "moderator": "@saad",
            "speakers_text": "يزيد | تكوين الهوية في تويتر\n"
            "سامي | الشبكات الاجتماعية... أعقلها وتوكّل",
        },
    )

    session = Session.objects.get()
    assert answer["Location"] == f"/sessions/{session.pk}"
    assert session.moderator is not None and session.moderator.username == "saad"
    assert [s.name for s in session.speakers.all()] == ["يزيد", "سامي"]
    listing = Client().get("/sessions")
    assert [
        e.attrs["data-session"] for e in elements(listing, "li") if "data-session" in e.attrs
    ] == [str(session.pk)]
    assert "session-new" not in html(signed_in(make_account("sami")).get("/sessions"))


def test_asking_upvoting_and_the_polled_order() -> None:
    session = live_session()
    hind, fahad = make_account("hind"), make_account("fahad")
    page = signed_in(hind).get(f"/sessions/{session.pk}")
    [polled] = [e for e in elements(page, "div") if e.attrs.get("id") == "questions"]
    assert polled.attrs["hx-trigger"] == "every 3s"

    signed_in(hind).post(f"/sessions/{session.pk}/ask", {"text": "كيف أبني هويتي؟"})
    signed_in(fahad).post(f"/sessions/{session.pk}/ask", {"text": "هل الريتويت المدفوع مقبول؟"})
    first, second = Question.objects.order_by("created_at")
    assert order_on(Client().get(f"/sessions/{session.pk}/questions")) == [
        str(first.pk),
        str(second.pk),
    ]
    voted = signed_in(hind).post(
        f"/sessions/{session.pk}/questions/{second.pk}/upvote", headers={"HX-Request": "true"}
    )
    assert order_on(voted) == [str(second.pk), str(first.pk)]
    signed_in(hind).post(f"/sessions/{session.pk}/questions/{second.pk}/upvote")
    assert Question.objects.get(pk=second.pk).votes_count == 1


def test_the_moderator_marks_and_others_cannot() -> None:
    session = live_session()
    question = question_ask(session=session, author=make_account("hind"), text="سؤال")
    path = f"/sessions/{session.pk}/questions/{question.pk}/mark"

    signed_in(make_account("fahad")).post(path, {"what": "answered", "value": "1"})
    assert not Question.objects.get().answered
    assert session.moderator is not None
    signed_in(session.moderator).post(path, {"what": "answered", "value": "1"})
    assert Question.objects.get().answered


def test_a_bad_question_is_a_422_for_htmx_and_nothing_is_asked() -> None:
    session = live_session()
    answer = signed_in(make_account("hind")).post(
        f"/sessions/{session.pk}/ask", {"text": "س" * 300}, headers={"HX-Request": "true"}
    )
    assert answer.status_code == 422
    assert not Question.objects.exists()


def test_the_page_shows_the_agenda_and_the_live_posts_and_a_calendar_file() -> None:
    session = live_session()
    make_post(make_account("noura"), "بدأ اللقاء! #جيتكس_2012")

    page = Client().get(f"/sessions/{session.pk}")
    assert "كيف تسوق لمشروعك في تويتر بدون أن تزعج الآخرين" in html(page)
    assert "بدأ اللقاء!" in html(page)
    ics = Client().get(f"/sessions/{session.pk}.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    [event] = Calendar.from_ical(ics.content).walk("VEVENT")
    assert str(event["summary"]) == "لقاء شباب تويتر"
    assert event.decoded("dtstart") == session.starts_at.replace(microsecond=0)


def test_a_closed_session_is_an_archive_of_its_answered_questions() -> None:
    session = live_session()
    hind = make_account("hind")
    kept = question_ask(session=session, author=hind, text="سؤال أجيب")
    question_ask(session=session, author=hind, text="سؤال لم يجب")
    assert session.moderator is not None
    signed_in(session.moderator).post(
        f"/sessions/{session.pk}/questions/{kept.pk}/mark", {"what": "answered", "value": "1"}
    )
    signed_in(session.moderator).post(f"/sessions/{session.pk}/close")
    assert Session.objects.get().closed_at is None  # the moderator is not the organiser
    signed_in(session.organiser).post(f"/sessions/{session.pk}/close")

    page = Client().get(f"/sessions/{session.pk}")
    assert order_on(page) == [str(kept.pk)]
    assert "question-text" not in html(signed_in(hind).get(f"/sessions/{session.pk}"))


def test_i_will_attend_and_the_reminder_on_the_notifications_page() -> None:
    session = live_session()
    hind = make_account("hind")
    client = signed_in(hind)
    assert "attend" in html(client.get(f"/sessions/{session.pk}"))

    answer = client.post(f"/sessions/{session.pk}/attend", {"attend": "1"}, follow=True)
    assert messages_of(answer) == [arabic("You will be reminded before it starts.")]
    assert arabic("I will not attend") in html(answer)
    Session.objects.filter(pk=session.pk).update(starts_at=timezone.now() + timedelta(hours=1))
    assert attendees_remind(session=Session.objects.get(pk=session.pk)) == 1
    page = html(client.get("/notifications"))
    assert arabic("Reminder") in page and session.title in page
    assert f"/sessions/{session.pk}" in page

    client.post(f"/sessions/{session.pk}/attend", {"attend": "0"})
    assert not Attendance.objects.filter(account=hind).exists()
    signed_in(session.organiser).post(f"/sessions/{session.pk}/close")
    refused = client.post(f"/sessions/{session.pk}/attend", {"attend": "1"}, follow=True)
    assert messages_of(refused) == [arabic("The session is closed: it is an archive now.")]
    assert not Attendance.objects.filter(account=hind).exists()
