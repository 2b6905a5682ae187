"""Statuses: post, read, edit, delete and act on one (docs.joinmastodon.org/methods/statuses)."""

from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from hudhud.api.auth import caller, signed_in, token
from hudhud.api.lookup import visible_post
from hudhud.api.schemas.statuses import Status, statuses
from hudhud.posts.models import Visibility
from hudhud.posts.selectors import posts_for_display
from hudhud.posts.services import post_create

router = Router(tags=["statuses"])


class StatusCreate(Schema):
    status: str = ""
    media_ids: list[str] = Field(default_factory=list)
    in_reply_to_id: str | None = None
    sensitive: bool = False
    spoiler_text: str = ""
    visibility: Visibility = Visibility.PUBLIC
    language: str = ""


@router.post("/v1/statuses", response=Status, auth=token("write:statuses"))
def status_create(request: HttpRequest, body: StatusCreate) -> Status:
    me = signed_in(request)
    reply_to = visible_post(me, body.in_reply_to_id) if body.in_reply_to_id else None
    post = post_create(
        author=me,
        text=body.status,
        visibility=body.visibility,
        spoiler_text=body.spoiler_text,
        sensitive=body.sensitive,
        language=body.language,
        reply_to=reply_to,
    )
    return statuses(posts_for_display([post.pk]), me)[0]


@router.get("/v1/statuses/{id}", response=Status, auth=token("read:statuses", optional=True))
def status_get(request: HttpRequest, id: str) -> Status:
    viewer = caller(request).account
    return statuses([visible_post(viewer, id)], viewer)[0]
