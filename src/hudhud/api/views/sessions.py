"""Hudhud's awareness sessions: their list, agenda and questions; asking, upvoting, the
moderator's marks, and closing."""

from datetime import datetime
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named, object_id
from hudhud.api.schemas.community import (
    Session,
    SessionQuestion,
    question_entity,
    session_entity,
)
from hudhud.community.models import Question
from hudhud.community.models import Session as SessionModel
from hudhud.community.selectors import (
    AskedQuestion,
    session_questions,
    sessions_of,
    with_attendance,
)
from hudhud.community.sessions import (
    SpeakerSpec,
    question_ask,
    question_mark,
    question_upvote,
    session_attend,
    session_close,
    session_create,
    session_unattend,
    session_update,
)

router = Router(tags=["hudhud: sessions"])


class SessionsQuery(Schema):
    when: Literal["live", "upcoming", "past"] = "upcoming"


class SpeakerIn(Schema):
    name: str = Field(max_length=1000)
    talk_title: str = Field(max_length=3000)
    account_id: str | None = None


class SessionCreate(Schema):
    title: str = Field(max_length=2000)
    venue: str = Field(max_length=2000)
    starts_at: datetime
    ends_at: datetime
    hashtag: str = Field(max_length=1000)
    initiative: str = Field("", max_length=2000)
    moderator_id: str | None = None
    speakers: list[SpeakerIn] = Field(default_factory=list, max_length=50)


class SessionChange(Schema):
    title: str | None = Field(None, max_length=2000)
    venue: str | None = Field(None, max_length=2000)
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    speakers: list[SpeakerIn] | None = Field(None, max_length=50)


class QuestionCreate(Schema):
    text: str = Field(max_length=5000)


class QuestionMark(Schema):
    answered: bool | None = None
    pinned: bool | None = None
    hidden: bool | None = None


def _session(id: str, request: HttpRequest | None = None) -> SessionModel:
    """Return the session `id`, with its attendance as the caller of `request` sees it."""
    viewer = caller(request).account if request is not None else None
    found = with_attendance(SessionModel.objects.filter(pk=object_id(id)), viewer).first()
    if found is None:
        raise Http404
    return found


def _speakers(given: list[SpeakerIn]) -> list[SpeakerSpec]:
    return [
        SpeakerSpec(
            item.name, item.talk_title, account_named(item.account_id) if item.account_id else None
        )
        for item in given
    ]


@router.get("/hudhud/v1/sessions", response=list[Session], auth=token("read", optional=True))
def sessions(request: HttpRequest, query: Query[SessionsQuery]) -> list[Session]:
    viewer = caller(request).account
    return [session_entity(found) for found in sessions_of(query.when, viewer)[:40]]


@router.post("/hudhud/v1/sessions", response=Session, auth=token("write"))
def session_new(request: HttpRequest, body: SessionCreate) -> Session:
    """Publish an awareness session (organisation accounts)."""
    made = session_create(
        organiser=signed_in(request),
        title=body.title,
        venue=body.venue,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        hashtag=body.hashtag,
        initiative=body.initiative,
        moderator=account_named(body.moderator_id) if body.moderator_id else None,
        speakers=_speakers(body.speakers),
    )
    return session_entity(_session(str(made.pk), request))


@router.get("/hudhud/v1/sessions/{id}", response=Session, auth=token("read", optional=True))
def session_one(request: HttpRequest, id: str) -> Session:
    return session_entity(_session(id, request))


@router.patch("/hudhud/v1/sessions/{id}", response=Session, auth=token("write"))
def session_change(request: HttpRequest, id: str, body: SessionChange) -> Session:
    """Change a session: its organiser only."""
    changed = session_update(
        session=_session(id),
        editor=signed_in(request),
        title=body.title,
        venue=body.venue,
        starts_at=body.starts_at,
        ends_at=body.ends_at,
        speakers=None if body.speakers is None else _speakers(body.speakers),
    )
    return session_entity(_session(str(changed.pk), request))


@router.post("/hudhud/v1/sessions/{id}/close", response=Session, auth=token("write"))
def session_closed(request: HttpRequest, id: str) -> Session:
    session_close(session=_session(id), account=signed_in(request))
    return session_entity(_session(id, request))


@router.post("/hudhud/v1/sessions/{id}/attend", response=Session, auth=token("write"))
def attend(request: HttpRequest, id: str) -> Session:
    """Say the caller will attend: they are reminded before it starts."""
    session_attend(session=_session(id), account=signed_in(request))
    return session_entity(_session(id, request))


@router.post("/hudhud/v1/sessions/{id}/unattend", response=Session, auth=token("write"))
def unattend(request: HttpRequest, id: str) -> Session:
    """Take back the caller's "I will attend"."""
    session_unattend(session=_session(id), account=signed_in(request))
    return session_entity(_session(id, request))


@router.get(
    "/hudhud/v1/sessions/{id}/questions",
    response=list[SessionQuestion],
    auth=token("read", optional=True),
)
def questions(request: HttpRequest, id: str) -> list[SessionQuestion]:
    """Return the questions, pinned first, then the most upvoted."""
    found = session_questions(_session(id), caller(request).account)
    return [question_entity(item) for item in found]


@router.post("/hudhud/v1/sessions/{id}/questions", response=SessionQuestion, auth=token("write"))
def question_new(request: HttpRequest, id: str, body: QuestionCreate) -> SessionQuestion:
    asked = question_ask(session=_session(id), author=signed_in(request), text=body.text)
    return question_entity(AskedQuestion(asked, voted=False))


def _question(session_id: str, id: str) -> Question:
    found = (
        Question.objects.select_related("session", "author")
        .filter(pk=object_id(id), session_id=object_id(session_id))
        .first()
    )
    if found is None:
        raise Http404
    return found


@router.post(
    "/hudhud/v1/sessions/{session_id}/questions/{id}/upvote",
    response=SessionQuestion,
    auth=token("write"),
)
def question_voted(request: HttpRequest, session_id: str, id: str) -> SessionQuestion:
    """Upvote a question, once."""
    voted = question_upvote(question=_question(session_id, id), account=signed_in(request))
    return question_entity(AskedQuestion(voted, voted=True))


@router.post(
    "/hudhud/v1/sessions/{session_id}/questions/{id}/mark",
    response=SessionQuestion,
    auth=token("write"),
)
def question_marked(
    request: HttpRequest, session_id: str, id: str, body: QuestionMark
) -> SessionQuestion:
    """Mark a question answered, pinned or hidden: the moderator, a speaker or the
    organiser."""
    me = signed_in(request)
    marked = question_mark(
        question=_question(session_id, id),
        account=me,
        answered=body.answered,
        pinned=body.pinned,
        hidden=body.hidden,
    )
    voted = marked.votes.filter(account=me).exists()
    return question_entity(AskedQuestion(marked, voted=voted))
