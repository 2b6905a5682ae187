"""Every write of awareness sessions: made and changed by their organiser, attended (and
those who attend reminded before it starts), questions asked, upvoted once each, marked by
the moderator or a speaker, and the session closed."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from hudhud.accounts.models import Account, AccountKind
from hudhud.arabic import extract_entities, post_length
from hudhud.community.models import Attendance, Question, QuestionVote, Session, Speaker
from hudhud.community.services import text_field
from hudhud.notifications.models import NotificationKind
from hudhud.notifications.services import notification_create
from hudhud.posts.tasks import enqueue_at

#: The longest question, in characters as posts count them.
MAX_QUESTION = 280
#: How long before a session starts those who attend are reminded of it.
REMIND_AHEAD = timedelta(hours=2)


@dataclass(frozen=True)
class SpeakerSpec:
    name: str
    talk_title: str
    account: Account | None = None


def _hashtag(value: str) -> str:
    """Return the tag of `value` (with or without its #), or refuse what is no hashtag."""
    found = [
        e.value for e in extract_entities("#" + value.strip().lstrip("#")) if e.kind == "hashtag"
    ]
    if not found:
        raise ValidationError(_("The hashtag is not a hashtag."), code="hashtag")
    return found[0]


def _check(starts_at: datetime, ends_at: datetime) -> None:
    if timezone.is_naive(starts_at) or timezone.is_naive(ends_at):
        raise ValidationError(_("The times need a time zone."), code="naive")
    if ends_at <= starts_at:
        raise ValidationError(_("A session ends after it starts."), code="ends_first")
    if ends_at - starts_at > timedelta(days=7):
        raise ValidationError(_("A session lasts a week at most."), code="too_long")


def _speakers(session: Session, speakers: Sequence[SpeakerSpec]) -> None:
    session.speakers.all().delete()
    Speaker.objects.bulk_create(
        [
            Speaker(
                session=session,
                position=position,
                name=text_field(spec.name, limit=100, what=_("A speaker's name")),
                talk_title=text_field(spec.talk_title, limit=300, what=_("A talk's title")),
                account=spec.account,
            )
            for position, spec in enumerate(speakers)
        ]
    )


@transaction.atomic
def session_create(
    *,
    organiser: Account,
    title: str,
    venue: str,
    starts_at: datetime,
    ends_at: datetime,
    hashtag: str,
    initiative: str = "",
    moderator: Account | None = None,
    speakers: Sequence[SpeakerSpec] = (),
) -> Session:
    """Publish an awareness session of an organisation, with its agenda."""
    if organiser.kind != AccountKind.ORGANISATION:
        raise ValidationError(
            _("Only organisation accounts run awareness sessions."), code="not_organiser"
        )
    _check(starts_at, ends_at)
    session = Session.objects.create(
        organiser=organiser,
        initiative=initiative.strip()[:200],
        title=text_field(title, limit=200, what=_("The title")),
        venue=text_field(venue, limit=200, what=_("The venue")),
        starts_at=starts_at,
        ends_at=ends_at,
        moderator=moderator,
        hashtag=_hashtag(hashtag),
    )
    _speakers(session, speakers)
    _queue_reminder(session)
    return session


def _queue_reminder(session: Session) -> None:
    due = session.starts_at - REMIND_AHEAD
    transaction.on_commit(lambda: enqueue_at(remind_attendees, due, session.pk))


@transaction.atomic
def session_update(
    *,
    session: Session,
    editor: Account,
    title: str | None = None,
    venue: str | None = None,
    starts_at: datetime | None = None,
    ends_at: datetime | None = None,
    speakers: Sequence[SpeakerSpec] | None = None,
) -> Session:
    """Change a session: its organiser only."""
    if editor.pk != session.organiser_id:
        raise PermissionDenied(_("Only its organiser changes a session."))
    if title is not None:
        session.title = text_field(title, limit=200, what=_("The title"))
    if venue is not None:
        session.venue = text_field(venue, limit=200, what=_("The venue"))
    moved = starts_at is not None and starts_at != session.starts_at
    session.starts_at = starts_at or session.starts_at
    session.ends_at = ends_at or session.ends_at
    _check(session.starts_at, session.ends_at)
    session.save()
    if speakers is not None:
        _speakers(session, speakers)
    if moved:
        # Those already reminded of the old time are reminded of the new one.
        session.attendances.update(reminded_at=None)
        _queue_reminder(session)
    return session


@transaction.atomic
def session_attend(*, session: Session, account: Account) -> Attendance:
    """Say one will attend a session (again: nothing changes), to be reminded of it."""
    _open(session)
    if session.ends_at <= timezone.now():
        raise ValidationError(_("The session is over."), code="over")
    attendance, _created = Attendance.objects.get_or_create(session=session, account=account)
    return attendance


@transaction.atomic
def session_unattend(*, session: Session, account: Account) -> None:
    """Take back one's "I will attend"."""
    Attendance.objects.filter(session=session, account=account).delete()


@task()
def remind_attendees(session_id: int) -> None:
    """Remind those who attend the session of it (a session moved later has its own task
    queued: this one finds it not due yet)."""
    session = Session.objects.select_related("organiser").filter(pk=session_id).first()
    if session is not None:
        attendees_remind(session=session)


def attendees_remind(*, session: Session) -> int:
    """Remind, once each, those who attend an open session that starts within REMIND_AHEAD;
    return how many were reminded."""
    now = timezone.now()
    if session.closed_at is not None or not (
        session.starts_at - REMIND_AHEAD <= now < session.starts_at
    ):
        return 0
    reminded = 0
    waiting = session.attendances.filter(reminded_at=None).select_related("account")
    for attendance in waiting:
        with transaction.atomic():
            if Attendance.objects.filter(pk=attendance.pk, reminded_at=None).update(
                reminded_at=now
            ):
                notification_create(
                    recipient=attendance.account,
                    actor=session.organiser,
                    kind=NotificationKind.REMINDER,
                    session=session,
                )
                reminded += 1
    return reminded


def _open(session: Session) -> None:
    if session.closed_at is not None:
        raise ValidationError(_("The session is closed: it is an archive now."), code="closed")


@transaction.atomic
def question_ask(*, session: Session, author: Account, text: str) -> Question:
    """Ask a question in an open session; HUDHUD_QUESTIONS_PER_TEN_MINUTES an account."""
    _open(session)
    text = text_field(text, limit=1200, what=_("The question"))
    if post_length(text) > MAX_QUESTION:
        raise ValidationError(
            _("A question has %(limit)d characters at most.") % {"limit": MAX_QUESTION},
            code="too_long",
        )
    recent = Question.objects.filter(
        author=author, created_at__gte=timezone.now() - timedelta(minutes=10)
    ).count()
    if recent >= settings.QUESTIONS_PER_TEN_MINUTES:
        raise ValidationError(
            _("You have asked many questions just now. Wait a little before the next."),
            code="too_many",
        )
    return Question.objects.create(session=session, author=author, text=text)


@transaction.atomic
def question_upvote(*, question: Question, account: Account) -> Question:
    """Upvote a question, once."""
    _open(question.session)
    try:
        with transaction.atomic():
            QuestionVote.objects.create(question=question, account=account)
    except IntegrityError as error:
        raise ValidationError(_("You upvoted this question already."), code="twice") from error
    Question.objects.filter(pk=question.pk).update(votes_count=F("votes_count") + 1)
    question.refresh_from_db()
    return question


def may_moderate(session: Session, account: Account | None) -> bool:
    """Return whether `account` runs the questions of `session`: its organiser, its
    moderator or one of its speakers."""
    if account is None:
        return False
    return (
        account.pk in (session.organiser_id, session.moderator_id)
        or session.speakers.filter(account=account).exists()
    )


@transaction.atomic
def question_mark(
    *,
    question: Question,
    account: Account,
    answered: bool | None = None,
    pinned: bool | None = None,
    hidden: bool | None = None,
) -> Question:
    """Mark a question answered, pinned or hidden: the moderator's, a speaker's or the
    organiser's call."""
    if not may_moderate(question.session, account):
        raise PermissionDenied(_("Only the moderator, a speaker or the organiser does this."))
    for name, value in (("answered", answered), ("pinned", pinned), ("hidden", hidden)):
        if value is not None:
            setattr(question, name, value)
    question.save(update_fields=["answered", "pinned", "hidden"])
    return question


@transaction.atomic
def session_close(*, session: Session, account: Account) -> Session:
    """Close a session: its questions stay, as its archive."""
    if account.pk != session.organiser_id:
        raise PermissionDenied(_("Only its organiser closes a session."))
    _open(session)
    session.closed_at = timezone.now()
    session.save(update_fields=["closed_at"])
    return session
