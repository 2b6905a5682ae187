"""Direct conversations (docs.joinmastodon.org/methods/conversations)."""

from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Query, Router

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.conversations import Conversation, conversations
from hudhud.timelines.selectors import (
    ConversationView,
    conversation_of,
    conversation_view,
    conversations_of,
)
from hudhud.timelines.services import conversation_delete, conversation_read

router = Router(tags=["conversations"])


def _last_post_id(view: ConversationView) -> int | None:
    found: int | None = view.conversation.last_post_id
    return found


@router.get("/v1/conversations", response=list[Conversation], auth=token("read:statuses"))
def conversation_list(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]
) -> list[Conversation]:
    me = signed_in(request)
    found = conversations_of(me, paging.page())
    link_header(request, response, found, key=_last_post_id)
    return conversations(found, me)


@router.delete("/v1/conversations/{id}", response=dict[str, Any], auth=token("write:conversations"))
def delete(request: HttpRequest, id: str) -> dict[str, Any]:
    conversation_delete(conversation=conversation_of(signed_in(request), object_id(id)))
    return {}


@router.post(
    "/v1/conversations/{id}/read", response=Conversation, auth=token("write:conversations")
)
def read(request: HttpRequest, id: str) -> Conversation:
    me = signed_in(request)
    found = conversation_read(conversation=conversation_of(me, object_id(id)))
    return conversations([conversation_view(me, found)], me)[0]
