"""Reminders and the notifications only Hudhud shows: those who attend a session are
reminded before it starts (once, and again if it moves), authors of requests before they
expire; a helper's answer and a job offer notify their recipient.

Time passes by moving the sessions and requests back, not the clock forward: IDs grow with
the clock and never go back, so a notification made in a frozen future would make every
later post of the run look like tomorrow's."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.accounts.services import profile_update
from hudhud.coach.services import job_offer_create
from hudhud.community.models import Attendance, Help, Session
from hudhud.community.selectors import sessions_of
from hudhud.community.services import help_answer, help_close, help_create, help_remind
from hudhud.community.sessions import (
    REMIND_AHEAD,
    attendees_remind,
    remind_attendees,
    session_attend,
    session_close,
    session_create,
    session_unattend,
    session_update,
)
from hudhud.notifications.models import Notification, NotificationKind
from hudhud.notifications.selectors import Wanted, notifications_of
from hudhud.paging import Page
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def session_in(ministry: Account, hours: float) -> Session:
    starts_at = timezone.now() + timedelta(hours=hours)
    return session_create(
        organiser=ministry,
        title="لقاء شباب تويتر",
        venue="جيتكس دبي",
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=3),
        hashtag="جيتكس_2012",
    )


def starting_in(session: Session, delay: timedelta) -> Session:
    Session.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() + delay, ends_at=timezone.now() + delay + timedelta(hours=3)
    )
    return Session.objects.select_related("organiser").get(pk=session.pk)


def reminders_of(account: Account) -> list[Notification]:
    return list(Notification.objects.filter(recipient=account, kind=NotificationKind.REMINDER))


def test_those_who_attend_are_reminded_once_before_the_session_starts() -> None:
    ministry = make_account("ministry", kind="organisation")
    huda, omar, stranger = make_account("huda"), make_account("omar"), make_account("stranger")
    session = session_in(ministry, hours=24)
    session_attend(session=session, account=huda)
    session_attend(session=session, account=huda)
    session_attend(session=session, account=omar)

    early = attendees_remind(session=session)
    soon = starting_in(session, REMIND_AHEAD - timedelta(minutes=1))
    reminded = attendees_remind(session=soon)
    again = attendees_remind(session=soon)

    assert early == 0 and reminded == 2 and again == 0
    [reminder] = reminders_of(huda)
    assert reminder.session == session and reminder.actor == ministry
    assert len(reminders_of(omar)) == 1 and reminders_of(stranger) == []
    listed = sessions_of("upcoming", huda).get(pk=session.pk)
    assert listed.attendees_count == 2 and listed.attending  # type: ignore[attr-defined]


def test_a_moved_session_reminds_again_at_its_new_time_and_not_at_the_old() -> None:
    ministry = make_account("ministry", kind="organisation")
    huda = make_account("huda")
    session = session_in(ministry, hours=1)
    session_attend(session=session, account=huda)
    attendees_remind(session=session)

    moved = session_update(
        session=session,
        editor=ministry,
        starts_at=session.starts_at + timedelta(hours=10),
        ends_at=session.ends_at + timedelta(hours=10),
    )
    remind_attendees.call(moved.pk)  # the task queued for the old time
    after_old = len(reminders_of(huda))
    remind_attendees.call(starting_in(moved, timedelta(hours=1)).pk)

    assert after_old == 1
    assert len(reminders_of(huda)) == 2


def test_nobody_is_reminded_of_a_closed_session_nor_attends_one_that_is_over() -> None:
    ministry = make_account("ministry", kind="organisation")
    huda = make_account("huda")
    session = session_in(ministry, hours=1)
    session_attend(session=session, account=huda)
    session_close(session=session, account=ministry)

    assert attendees_remind(session=session) == 0
    with pytest.raises(ValidationError) as closed:
        session_attend(session=session, account=make_account("omar"))
    over = session_in(ministry, hours=-5)
    with pytest.raises(ValidationError) as ended:
        session_attend(session=over, account=huda)

    assert closed.value.code == "closed" and ended.value.code == "over"
    assert reminders_of(huda) == []
    assert not Attendance.objects.filter(session=over).exists()


def test_taking_back_attendance_takes_back_the_reminder() -> None:
    ministry = make_account("ministry", kind="organisation")
    huda = make_account("huda")
    session = session_in(ministry, hours=1)
    session_attend(session=session, account=huda)
    session_unattend(session=session, account=huda)

    assert attendees_remind(session=session) == 0
    assert reminders_of(huda) == []


def request_expiring(author: Account, lifetime: timedelta) -> Help:
    return help_create(
        author=author,
        kind="request",
        category="blood",
        city="الرياض",
        details="مطلوب متبرع دم O-",
        expires_at=timezone.now() + lifetime,
    )


def aged(help: Help, by: timedelta) -> Help:
    """Return `help` as it is `by` later: made and expiring that much earlier."""
    assert help.expires_at is not None
    Help.objects.filter(pk=help.pk).update(
        created_at=help.created_at - by, expires_at=help.expires_at - by
    )
    return Help.objects.select_related("post__author").get(pk=help.pk)


def test_the_requester_is_reminded_once_a_day_before_expiry() -> None:
    sami = make_account("sami")
    help = request_expiring(sami, timedelta(days=3))

    early = help_remind(help=help)
    reminded = help_remind(help=aged(help, timedelta(days=2, hours=1)))
    again = help_remind(help=Help.objects.get(pk=help.pk))

    assert (early, reminded, again) == (False, True, False)
    [reminder] = reminders_of(sami)
    assert reminder.post == help.post and reminder.actor == sami
    shown = notifications_of(sami, Page(), wanted=Wanted(hudhud=True))[1]
    assert shown == [reminder]


def test_a_short_lived_request_is_reminded_halfway_and_a_closed_one_not_at_all() -> None:
    sami = make_account("sami")
    short = request_expiring(sami, timedelta(hours=4))
    closed = request_expiring(sami, timedelta(days=3))
    help_close(help=closed, account=sami, status="fulfilled")

    before_half = help_remind(help=aged(short, timedelta(hours=1, minutes=59)))
    at_half = help_remind(help=aged(short, timedelta(hours=2, minutes=1)))
    closed_reminded = help_remind(help=aged(Help.objects.get(pk=closed.pk), timedelta(days=2)))

    assert (before_half, at_half, closed_reminded) == (False, True, False)


def test_an_answer_and_a_job_offer_notify_their_recipient_on_hudhud_only() -> None:
    sami, nora = make_account("sami"), make_account("nora")
    help = request_expiring(sami, timedelta(days=3))
    help_answer(help=help, helper=nora, message="أستطيع التبرع اليوم", contact="0500000000")
    company = make_account("company", kind="business")
    yazeed = make_account("yazeed")
    profile_update(account=yazeed, open_to_offers=True)
    job_offer_create(
        sender=company,
        recipient=yazeed,
        title="مطور واجهات",
        description="دوام كامل في الرياض",
        how_to_reply="jobs@example.com",
    )

    [answered] = Notification.objects.filter(recipient=sami)
    [offered] = Notification.objects.filter(recipient=yazeed)
    assert (answered.kind, answered.actor, answered.post) == ("hudhud.help_answer", nora, help.post)
    assert (offered.kind, offered.actor) == ("hudhud.job_offer", company)
    # Mastodon's apps do not know these kinds: the reads they use leave them out.
    assert notifications_of(sami, Page())[1] == []
    assert notifications_of(sami, Page(), wanted=Wanted(hudhud=True))[1] == [answered]
