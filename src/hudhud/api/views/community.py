"""Hudhud's volunteering: the board of help requests and offers, "I can help" answers,
the follows of cities and categories, and good deeds."""

from datetime import datetime
from typing import Literal

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from pydantic import Field

from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import account_named, object_id
from hudhud.api.schemas.community import (
    GoodDeeds,
    Help,
    HelpAnswer,
    HelpFollow,
    help_answer_entity,
    help_entity,
    help_follow_entity,
)
from hudhud.community.models import Help as HelpModel
from hudhud.community.models import HelpCategory, HelpKind, Urgency
from hudhud.community.models import HelpFollow as HelpFollowModel
from hudhud.community.selectors import good_deeds, help_answers_seen, help_board
from hudhud.community.services import (
    help_answer,
    help_close,
    help_create,
    help_follow,
    help_mark_helper,
    help_unfollow,
)
from hudhud.paging import MAX_LIMIT
from hudhud.posts.models import Post

router = Router(tags=["hudhud: volunteering"])


class BoardQuery(Schema):
    city: str = Field("", max_length=60)
    category: HelpCategory | Literal[""] = ""
    urgency: Urgency | Literal[""] = ""
    kind: HelpKind | Literal[""] = ""
    limit: int = Field(20, ge=1, le=MAX_LIMIT)


class HelpCreate(Schema):
    kind: HelpKind
    category: HelpCategory
    city: str = Field(max_length=1000)
    details: str = Field(max_length=5000)
    urgency: Urgency = Urgency.NORMAL
    expires_at: datetime | None = None


class AnswerCreate(Schema):
    message: str = Field(max_length=5000)
    contact: str = Field(max_length=1000)
    #: The boost of the request the helper came through, if any.
    via_status_id: str | None = None


class Close(Schema):
    state: Literal["fulfilled", "withdrawn"]


class FollowCreate(Schema):
    city: str = Field("", max_length=1000)
    category: HelpCategory | Literal[""] = ""


def _help_of(request: HttpRequest, id: str) -> HelpModel:
    """Return the request or offer `id` names, if the caller may see its post."""
    found = HelpModel.objects.select_related("post__author").filter(pk=object_id(id)).first()
    viewer = caller(request).account
    if found is None or not Post.objects.visible_to(viewer).filter(pk=found.post_id).exists():
        raise Http404
    return found


@router.get("/hudhud/v1/help", response=list[Help], auth=token("read:statuses", optional=True))
def board(request: HttpRequest, query: Query[BoardQuery]) -> list[Help]:
    """Return the open requests and offers, the most urgent first."""
    found = help_board(
        caller(request).account,
        city=query.city,
        category=query.category,
        urgency=query.urgency,
        kind=query.kind,
    )
    return [help_entity(item) for item in found[: query.limit]]


@router.post("/hudhud/v1/help", response=Help, auth=token("write:statuses"))
def help_new(request: HttpRequest, body: HelpCreate) -> Help:
    """Post a help request or offer (an ordinary post, with its structure)."""
    made = help_create(
        author=signed_in(request),
        kind=body.kind,
        category=body.category,
        city=body.city,
        details=body.details,
        urgency=body.urgency,
        expires_at=body.expires_at,
    )
    return help_entity(made)


@router.get("/hudhud/v1/help/{id}", response=Help, auth=token("read:statuses", optional=True))
def help_one(request: HttpRequest, id: str) -> Help:
    return help_entity(_help_of(request, id))


@router.post("/hudhud/v1/help/{id}/close", response=Help, auth=token("write:statuses"))
def help_closed(request: HttpRequest, id: str, body: Close) -> Help:
    """Close a request or offer of the caller's: fulfilled or withdrawn."""
    return help_entity(
        help_close(help=_help_of(request, id), account=signed_in(request), status=body.state)
    )


@router.get("/hudhud/v1/help/{id}/answers", response=list[HelpAnswer], auth=token("read:statuses"))
def answers(request: HttpRequest, id: str) -> list[HelpAnswer]:
    """Return the answers the caller may read: all to the requester, their own to a helper."""
    found = help_answers_seen(_help_of(request, id), signed_in(request))
    return [help_answer_entity(item) for item in found]


@router.post("/hudhud/v1/help/{id}/answers", response=HelpAnswer, auth=token("write:statuses"))
def answer_new(request: HttpRequest, id: str, body: AnswerCreate) -> HelpAnswer:
    """Answer a request with "I can help", privately."""
    helper = signed_in(request)
    boost = None
    if body.via_status_id is not None:
        boost = Post.objects.filter(pk=object_id(body.via_status_id)).first()
    made = help_answer(
        help=_help_of(request, id),
        helper=helper,
        message=body.message,
        contact=body.contact,
        boost=boost,
    )
    return help_answer_entity(made)


@router.post(
    "/hudhud/v1/help/{id}/answers/{answer_id}/helped",
    response=Help,
    auth=token("write:statuses"),
)
def answer_helped(request: HttpRequest, id: str, answer_id: str) -> Help:
    """Mark the helper of a request of the caller's."""
    found = _help_of(request, id)
    answer = found.answers.filter(pk=object_id(answer_id)).first()
    if answer is None:
        raise Http404
    return help_entity(help_mark_helper(help=found, account=signed_in(request), answer=answer))


@router.get("/hudhud/v1/help_follows", response=list[HelpFollow], auth=token("read:follows"))
def follows(request: HttpRequest) -> list[HelpFollow]:
    return [help_follow_entity(f) for f in signed_in(request).help_follows.order_by("pk")]


@router.post("/hudhud/v1/help_follows", response=HelpFollow, auth=token("write:follows"))
def follow_new(request: HttpRequest, body: FollowCreate) -> HelpFollow:
    """Be told of new requests in a city, of a category, or both."""
    made = help_follow(account=signed_in(request), city=body.city, category=body.category)
    return help_follow_entity(made)


@router.delete("/hudhud/v1/help_follows/{id}", response=dict[str, str], auth=token("write:follows"))
def follow_gone(request: HttpRequest, id: str) -> dict[str, str]:
    me = signed_in(request)
    follow = HelpFollowModel.objects.filter(pk=object_id(id), account=me).first()
    if follow is None:
        raise Http404
    help_unfollow(account=me, follow=follow)
    return {}


@router.get(
    "/hudhud/v1/accounts/{id}/good_deeds",
    response=GoodDeeds,
    auth=token("read:accounts", optional=True),
)
def deeds(request: HttpRequest, id: str) -> GoodDeeds:
    """Return the fulfilled requests an account helped with, and those it pointed to."""
    found = good_deeds(account_named(id))
    return GoodDeeds(helped=found.helped, pointed=found.pointed)
