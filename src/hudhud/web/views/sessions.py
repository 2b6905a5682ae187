"""Awareness sessions in the browser: the list, a session's page with its agenda, live
posts and questions (re-ordered live), its calendar file, and a form for organisations."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account, AccountKind
from hudhud.community.models import Question, Session
from hudhud.community.selectors import session_questions, sessions_of, with_attendance
from hudhud.community.sessions import (
    SpeakerSpec,
    may_moderate,
    question_ask,
    question_mark,
    question_upvote,
    session_attend,
    session_close,
    session_create,
    session_unattend,
)
from hudhud.paging import Page
from hudhud.timelines.selectors import hashtag_timeline
from hudhud.web.forms import SessionForm
from hudhud.web.views.common import account_required, render_posts, show_errors, viewer_of


def sessions(request: HttpRequest) -> HttpResponse:
    viewer = viewer_of(request)
    return render(
        request,
        "web/sessions.html",
        {
            "live": sessions_of("live", viewer),
            "upcoming": sessions_of("upcoming", viewer),
            "past": sessions_of("past", viewer)[:50],
            "can_create": viewer is not None and viewer.kind == AccountKind.ORGANISATION,
            "form": SessionForm(),
        },
    )


def _session(session_id: int, viewer: Account | None = None) -> Session:
    return get_object_or_404(
        with_attendance(Session.objects.select_related("moderator"), viewer), pk=session_id
    )


def _questions_context(request: HttpRequest, session: Session) -> dict[str, object]:
    viewer = viewer_of(request)
    return {
        "session": session,
        "questions": session_questions(session, viewer),
        "moderates": may_moderate(session, viewer),
    }


def session(request: HttpRequest, session_id: int) -> HttpResponse:
    viewer = viewer_of(request)
    found = _session(session_id, viewer)
    return render_posts(
        request,
        "web/session.html",
        hashtag_timeline(viewer, found.hashtag, Page(limit=20)),
        speakers=found.speakers.select_related("account"),
        attendable=found.closed_at is None and found.ends_at > timezone.now(),
        **_questions_context(request, found),
    )


def questions(request: HttpRequest, session_id: int) -> HttpResponse:
    """The questions alone, for the page to poll (htmx) and re-order without a reload."""
    return render(request, "web/_questions.html", _questions_context(request, _session(session_id)))


def _answer(request: HttpRequest, found: Session) -> HttpResponse:
    if request.htmx:  # type: ignore[attr-defined]
        return render(request, "web/_questions.html", _questions_context(request, found))
    return redirect("web:session", session_id=found.pk)


@require_POST
@account_required
def ask(request: HttpRequest, viewer: Account, session_id: int) -> HttpResponse:
    found = _session(session_id)
    try:
        question_ask(session=found, author=viewer, text=request.POST.get("text", "")[:2000])
    except ValidationError as error:
        show_errors(request, error)
        if request.htmx:  # type: ignore[attr-defined]
            response = render(request, "web/_questions.html", _questions_context(request, found))
            response.status_code = 422
            return response
    return _answer(request, found)


def _question(found: Session, question_id: int) -> Question:
    return get_object_or_404(
        Question.objects.select_related("session"), pk=question_id, session=found
    )


@require_POST
@account_required
def upvote(
    request: HttpRequest, viewer: Account, session_id: int, question_id: int
) -> HttpResponse:
    found = _session(session_id)
    try:
        question_upvote(question=_question(found, question_id), account=viewer)
    except ValidationError as error:
        show_errors(request, error)
    return _answer(request, found)


@require_POST
@account_required
def mark(request: HttpRequest, viewer: Account, session_id: int, question_id: int) -> HttpResponse:
    """Mark a question answered, pinned or hidden (or undo it): `what` and `value` posted."""
    found = _session(session_id)
    what = request.POST.get("what", "")
    if what not in ("answered", "pinned", "hidden"):
        raise Http404
    try:
        question_mark(
            question=_question(found, question_id),
            account=viewer,
            **{what: request.POST.get("value") == "1"},
        )
    except PermissionDenied as error:
        show_errors(request, error)
    return _answer(request, found)


@require_POST
@account_required
def attend(request: HttpRequest, viewer: Account, session_id: int) -> HttpResponse:
    """Say one will attend (`attend` posted as 1) or take it back."""
    found = _session(session_id)
    if request.POST.get("attend") == "1":
        try:
            session_attend(session=found, account=viewer)
        except ValidationError as error:
            show_errors(request, error)
        else:
            messages.success(request, _("You will be reminded before it starts."))
    else:
        session_unattend(session=found, account=viewer)
    return redirect("web:session", session_id=found.pk)


@require_POST
@account_required
def close(request: HttpRequest, viewer: Account, session_id: int) -> HttpResponse:
    found = _session(session_id)
    try:
        session_close(session=found, account=viewer)
    except (ValidationError, PermissionDenied) as error:
        show_errors(request, error)
    return redirect("web:session", session_id=found.pk)


@require_POST
@account_required
def session_new(request: HttpRequest, viewer: Account) -> HttpResponse:
    form = SessionForm(request.POST)
    if not form.is_valid():
        for field, errors in form.errors.items():
            messages.error(request, f"{form.fields[field].label}: {' '.join(map(str, errors))}")
        return redirect("web:sessions")
    data = form.cleaned_data
    moderator = (
        Account.objects.filter(username__iexact=data["moderator"].lstrip("@"), local=True).first()
        if data["moderator"]
        else None
    )
    try:
        made = session_create(
            organiser=viewer,
            initiative=data["initiative"],
            title=data["title"],
            venue=data["venue"],
            starts_at=data["starts_at"],
            ends_at=data["ends_at"],
            hashtag=data["hashtag"],
            moderator=moderator,
            speakers=[SpeakerSpec(name, title) for name, title in form.speakers()],
        )
    except ValidationError as error:
        show_errors(request, error)
        return redirect("web:sessions")
    return redirect("web:session", session_id=made.pk)


def calendar(request: HttpRequest, session_id: int) -> HttpResponse:
    """The session as an iCalendar file, for one's own calendar."""
    # Imported here: icalendar is 3 MiB of every web worker, and only this view writes one.
    from icalendar import Calendar, Event  # noqa: PLC0415

    found = _session(session_id)
    event = Event()
    event.add("uid", f"session-{found.pk}@{request.get_host()}")
    event.add("summary", found.title)
    event.add("location", found.venue)
    event.add("dtstart", found.starts_at)
    event.add("dtend", found.ends_at)
    event.add("dtstamp", timezone.now())
    agenda = [f"{s.name}: {s.talk_title}" for s in found.speakers.all()]
    event.add("description", "\n".join([found.initiative, *agenda, f"#{found.hashtag}"]).strip())
    event.add("url", request.build_absolute_uri(f"/sessions/{found.pk}"))
    cal = Calendar()
    cal.add("prodid", "-//Hudhud//sessions//AR")
    cal.add("version", "2.0")
    cal.add_component(event)
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="session-{found.pk}.ics"'
    return response
