"""Awareness sessions: made by organisations, questions asked, upvoted once, ordered,
marked by those who run them, and a closed session kept as an archive of its answers."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from pytest_django import Settings

from hudhud.accounts.models import Account
from hudhud.community.models import Question, Session
from hudhud.community.selectors import session_questions, sessions_of
from hudhud.community.sessions import (
    SpeakerSpec,
    question_ask,
    question_mark,
    question_upvote,
    session_close,
    session_create,
    session_update,
)
from tests.factories import make_account

pytestmark = pytest.mark.usefixtures("db")


def gitex(ministry: Account, moderator: Account | None = None, **fields: object) -> Session:
    now = timezone.now()
    values = {
        "title": "لقاء شباب تويتر",
        "venue": "جيتكس دبي",
        "starts_at": now - timedelta(minutes=30),
        "ends_at": now + timedelta(hours=2),
        "hashtag": "#جيتكس_2012",
        "initiative": "مبادرة نشر الثقافة والمعرفة الرقمية",
        "moderator": moderator,
        "speakers": [SpeakerSpec("يزيد", "تكوين الهوية في تويتر")],
        **fields,
    }
    return session_create(organiser=ministry, **values)  # type: ignore[arg-type]


def test_an_organisation_makes_a_session_with_its_agenda() -> None:
    session = gitex(make_account("ministry", kind="organisation"))

    assert session.hashtag == "جيتكس_2012"
    assert [(s.position, s.talk_title) for s in session.speakers.all()] == [
        (0, "تكوين الهوية في تويتر")
    ]
    assert list(sessions_of("live")) == [session]
    assert list(sessions_of("upcoming")) == [] and list(sessions_of("past")) == []


@pytest.mark.parametrize(
    ("fields", "code"),
    [
        ({"ends_at": timezone.now() - timedelta(days=1)}, "ends_first"),
        ({"title": " "}, "blank"),
        ({"hashtag": "##"}, "hashtag"),
    ],
)
def test_bad_sessions_are_refused(fields: dict, code: str) -> None:  # type: ignore[type-arg]
    with pytest.raises(ValidationError) as refused:
        gitex(make_account("ministry", kind="organisation"), **fields)
    assert refused.value.code == code
    assert not Session.objects.exists()


def test_only_organisations_make_and_only_the_organiser_edits() -> None:
    with pytest.raises(ValidationError):
        gitex(make_account("sami"))
    session = gitex(make_account("ministry", kind="organisation"))
    with pytest.raises(PermissionDenied):
        session_update(session=session, editor=make_account("saad"), title="عنوان آخر")
    assert Session.objects.get().title == "لقاء شباب تويتر"


def test_questions_are_upvoted_once_and_ordered_pinned_then_votes() -> None:
    saad = make_account("saad")
    session = gitex(make_account("ministry", kind="organisation"), moderator=saad)
    hind, fahad, noura = make_account("hind"), make_account("fahad"), make_account("noura")
    first = question_ask(session=session, author=hind, text="كيف أبني هويتي في تويتر؟")
    second = question_ask(session=session, author=fahad, text="هل الريتويت المدفوع مقبول؟")

    question_upvote(question=second, account=noura)
    with pytest.raises(ValidationError) as twice:
        question_upvote(question=second, account=noura)
    assert twice.value.code == "twice"
    assert [q.question for q in session_questions(session, hind)] == [second, first]
    question_mark(question=first, account=saad, pinned=True)
    seen = session_questions(session, noura)
    assert [q.question for q in seen] == [first, second]
    assert [q.voted for q in seen] == [False, True]


def test_the_moderator_marks_strangers_cannot_and_hidden_questions_are_theirs() -> None:
    saad = make_account("saad")
    session = gitex(make_account("ministry", kind="organisation"), moderator=saad)
    hind = make_account("hind")
    question = question_ask(session=session, author=hind, text="سؤال خارج الموضوع")

    with pytest.raises(PermissionDenied):
        question_mark(question=question, account=hind, answered=True)
    question_mark(question=question, account=saad, hidden=True)
    assert session_questions(session, hind) == []
    assert [q.question for q in session_questions(session, saad)] == [question]


def test_a_closed_session_takes_no_questions_and_keeps_its_answers() -> None:
    ministry, saad = make_account("ministry", kind="organisation"), make_account("saad")
    session = gitex(ministry, moderator=saad)
    hind = make_account("hind")
    answered = question_ask(session=session, author=hind, text="سؤال أُجيب عنه")
    question_ask(session=session, author=hind, text="سؤال لم يُجب")
    question_mark(question=answered, account=saad, answered=True)

    with pytest.raises(PermissionDenied):
        session_close(session=session, account=saad)
    session_close(session=session, account=ministry)

    with pytest.raises(ValidationError) as closed:
        question_ask(session=session, author=hind, text="متأخر")
    assert closed.value.code == "closed"
    assert [q.question for q in session_questions(session, None)] == [answered]
    assert list(sessions_of("past")) == [session]


@pytest.mark.parametrize("text", ["", "   ", "س" * 281])
def test_a_question_is_not_empty_nor_long(text: str) -> None:
    session = gitex(make_account("ministry", kind="organisation"))
    with pytest.raises(ValidationError):
        question_ask(session=session, author=make_account("hind"), text=text)
    assert not Question.objects.exists()


def test_a_flood_of_questions_is_stopped(settings: Settings) -> None:
    settings.QUESTIONS_PER_TEN_MINUTES = 2
    session = gitex(make_account("ministry", kind="organisation"))
    hind = make_account("hind")
    for i in range(2):
        question_ask(session=session, author=hind, text=f"سؤال {i}")
    with pytest.raises(ValidationError) as flood:
        question_ask(session=session, author=hind, text="سؤال ثالث")
    assert flood.value.code == "too_many"
