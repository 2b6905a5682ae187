"""The community's reads: the help board, a request's answers as its viewer may see them,
the good deeds an account helped and pointed to; sessions and their questions."""

from dataclasses import dataclass
from datetime import timedelta
from typing import Literal

from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, QuerySet, Value, When
from django.utils import timezone

from hudhud.accounts.models import Account
from hudhud.community.models import (
    ON_THE_BOARD,
    Attendance,
    Growth,
    Help,
    HelpAnswer,
    HelpStatus,
    Question,
    QuestionVote,
    Session,
    Startup,
    Urgency,
)
from hudhud.community.services import city_key
from hudhud.community.sessions import may_moderate
from hudhud.posts.models import Post

_URGENCY_ORDER = Case(
    When(urgency=Urgency.CRITICAL, then=Value(0)),
    When(urgency=Urgency.URGENT, then=Value(1)),
    default=Value(2),
    output_field=IntegerField(),
)


def help_board(
    viewer: Account | None,
    *,
    city: str = "",
    category: str = "",
    urgency: str = "",
    kind: str = "",
) -> QuerySet[Help]:
    """Return the open requests and offers the viewer may see, the most urgent first, then
    the newest; by city, category, urgency and kind when given."""
    found = (
        Help.objects.filter(status__in=ON_THE_BOARD)
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=timezone.now()))
        .filter(post__in=Post.objects.visible_to(viewer))
        .select_related("post__author")
    )
    if city.strip():
        found = found.filter(city_key=city_key(city))
    for field, value in (("category", category), ("urgency", urgency), ("kind", kind)):
        if value:
            found = found.filter(**{field: value})
    return found.order_by(_URGENCY_ORDER, "-created_at")


def help_answers_seen(help: Help, viewer: Account | None) -> QuerySet[HelpAnswer]:
    """Return the answers to `help` that `viewer` may read: all of them for its author,
    their own for a helper, none for anyone else."""
    answers = help.answers.select_related("helper").order_by("created_at")
    if viewer is None:
        return answers.none()
    if viewer.pk == help.post.author_id:
        return answers
    return answers.filter(helper=viewer)


@dataclass(frozen=True)
class GoodDeeds:
    """Fulfilled requests an account helped with, and those it pointed a helper to."""

    helped: int
    pointed: int


def good_deeds(account: Account) -> GoodDeeds:
    """Return the good deeds of `account`: «الدال على الخير كفاعله»."""
    fulfilled = HelpAnswer.objects.filter(helped=True, help__status=HelpStatus.FULFILLED)
    return GoodDeeds(
        helped=fulfilled.filter(helper=account).values("help").distinct().count(),
        pointed=fulfilled.filter(boost__author=account).values("help").distinct().count(),
    )


SessionWhen = Literal["upcoming", "live", "past"]


def with_attendance(sessions: QuerySet[Session], viewer: Account | None) -> QuerySet[Session]:
    """Return `sessions` with how many attend each (`attendees_count`) and whether `viewer`
    does (`attending`)."""
    attending = (
        Exists(Attendance.objects.filter(session=OuterRef("pk"), account=viewer))
        if viewer is not None
        else Value(False)
    )
    return sessions.select_related("organiser").annotate(
        attendees_count=Count("attendances", distinct=True), attending=attending
    )


def sessions_of(when: SessionWhen, viewer: Account | None = None) -> QuerySet[Session]:
    """Return the sessions to come (soonest first), going on, or past (latest first), with
    their attendance as `viewer` sees it."""
    now = timezone.now()
    sessions = with_attendance(Session.objects.all(), viewer)
    if when == "upcoming":
        return sessions.filter(starts_at__gt=now, closed_at__isnull=True).order_by("starts_at")
    if when == "live":
        return sessions.filter(
            starts_at__lte=now, ends_at__gt=now, closed_at__isnull=True
        ).order_by("starts_at")
    return sessions.filter(Q(ends_at__lte=now) | Q(closed_at__isnull=False)).order_by("-starts_at")


@dataclass(frozen=True)
class AskedQuestion:
    question: Question
    #: Whether the viewer upvoted it.
    voted: bool


def session_questions(session: Session, viewer: Account | None) -> list[AskedQuestion]:
    """Return the questions of `session` as the viewer sees them: pinned first, then the
    most upvoted, then the oldest; hidden ones for those who run the questions only; only
    the answered ones once the session is closed (its archive)."""
    questions = session.questions.select_related("author")
    if not may_moderate(session, viewer):
        questions = questions.filter(hidden=False)
    if session.closed_at is not None:
        questions = questions.filter(answered=True)
    ordered = list(questions.order_by("-pinned", "-votes_count", "created_at"))
    voted = (
        set(
            QuestionVote.objects.filter(account=viewer, question__in=ordered).values_list(
                "question", flat=True
            )
        )
        if viewer is not None
        else set()
    )
    return [AskedQuestion(question, question.pk in voted) for question in ordered]


def startups(*, sector: str = "", stage: str = "") -> QuerySet[Startup]:
    """Return the showcase's startups, by sector and stage when given, the most followed
    first."""
    found = Startup.objects.filter(account__suspended=False).select_related("account")
    if sector:
        found = found.filter(sector=sector)
    if stage:
        found = found.filter(stage=stage)
    return found.order_by("-account__followers_count", "account__username")


def growth_of(account: Account, *, days: int) -> list[Growth]:
    """Return the recorded days of `account`'s growth over the last `days` days, oldest
    first."""
    since = timezone.localdate() - timedelta(days=days)
    return list(Growth.objects.filter(account=account, day__gt=since).order_by("day"))
