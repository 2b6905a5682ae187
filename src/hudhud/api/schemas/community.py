"""Hudhud's own entities of the community: help requests and offers, their answers, the
follows of cities and categories, good deeds; awareness sessions and their questions;
startups and their growth."""

from datetime import date, datetime

from hudhud.api.schemas import Entity
from hudhud.api.schemas.accounts import Account, account
from hudhud.community.models import Growth as GrowthModel
from hudhud.community.models import Help as HelpModel
from hudhud.community.models import HelpAnswer as HelpAnswerModel
from hudhud.community.models import HelpFollow as HelpFollowModel
from hudhud.community.models import Session as SessionModel
from hudhud.community.models import Startup as StartupModel
from hudhud.community.selectors import AskedQuestion


class Help(Entity):
    id: str
    #: The post that carries it, as every Mastodon app shows it.
    status_id: str
    account: Account
    #: request or offer.
    kind: str
    #: blood, lost_found, food, tutoring, medical_equipment, transport or other.
    category: str
    city: str
    #: normal, urgent or critical.
    urgency: str
    #: open, being_helped, fulfilled, expired or withdrawn.
    state: str
    expires_at: datetime | None
    created_at: datetime


class HelpAnswer(Entity):
    id: str
    helper: Account
    message: str
    contact: str
    #: The boost of the request the helper came through.
    via_status_id: str | None
    helped: bool
    created_at: datetime


class HelpFollow(Entity):
    id: str
    city: str
    category: str


class GoodDeeds(Entity):
    helped: int
    pointed: int


def help_entity(found: HelpModel) -> Help:
    return Help(
        id=str(found.pk),
        status_id=str(found.post_id),
        account=account(found.post.author),
        kind=found.kind,
        category=found.category,
        city=found.city,
        urgency=found.urgency,
        state=found.status,
        expires_at=found.expires_at,
        created_at=found.created_at,
    )


def help_answer_entity(found: HelpAnswerModel) -> HelpAnswer:
    return HelpAnswer(
        id=str(found.pk),
        helper=account(found.helper),
        message=found.message,
        contact=found.contact,
        via_status_id=str(found.boost_id) if found.boost_id else None,
        helped=found.helped,
        created_at=found.created_at,
    )


def help_follow_entity(found: HelpFollowModel) -> HelpFollow:
    return HelpFollow(id=str(found.pk), city=found.city, category=found.category)


class SessionSpeaker(Entity):
    name: str
    talk_title: str
    account_id: str | None


class Session(Entity):
    id: str
    organiser: Account
    initiative: str
    title: str
    venue: str
    starts_at: datetime
    ends_at: datetime
    moderator_id: str | None
    hashtag: str
    speakers: list[SessionSpeaker]
    closed_at: datetime | None
    #: How many said they will attend, and whether the caller did.
    attendees_count: int
    attending: bool


class SessionQuestion(Entity):
    id: str
    account: Account
    text: str
    votes_count: int
    #: Whether the caller upvoted it.
    voted: bool
    answered: bool
    pinned: bool
    hidden: bool
    created_at: datetime


def session_entity(found: SessionModel) -> Session:
    return Session(
        id=str(found.pk),
        organiser=account(found.organiser),
        initiative=found.initiative,
        title=found.title,
        venue=found.venue,
        starts_at=found.starts_at,
        ends_at=found.ends_at,
        moderator_id=str(found.moderator_id) if found.moderator_id else None,
        hashtag=found.hashtag,
        speakers=[
            SessionSpeaker(
                name=speaker.name,
                talk_title=speaker.talk_title,
                account_id=str(speaker.account_id) if speaker.account_id else None,
            )
            for speaker in found.speakers.all()
        ],
        closed_at=found.closed_at,
        attendees_count=found.attendees_count,  # type: ignore[attr-defined]
        attending=found.attending,  # type: ignore[attr-defined]
    )


def question_entity(found: AskedQuestion) -> SessionQuestion:
    question = found.question
    return SessionQuestion(
        id=str(question.pk),
        account=account(question.author),
        text=question.text,
        votes_count=question.votes_count,
        voted=found.voted,
        answered=question.answered,
        pinned=question.pinned,
        hidden=question.hidden,
        created_at=question.created_at,
    )


class Startup(Entity):
    account: Account
    sector: str
    stage: str
    founded_on: date
    website: str


class GrowthDay(Entity):
    day: date
    followers: int
    posts: int
    engagement: float


def startup_entity(found: StartupModel) -> Startup:
    return Startup(
        account=account(found.account),
        sector=found.sector,
        stage=found.stage,
        founded_on=found.founded_on,
        website=found.website,
    )


def growth_entity(found: GrowthModel) -> GrowthDay:
    return GrowthDay(
        day=found.day,
        followers=found.followers,
        posts=found.posts,
        engagement=round(found.engagement, 2),
    )
