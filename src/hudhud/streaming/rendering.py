"""Render a stream event for one caller: the entity as that caller may see it, or nothing.

Synchronous (the ORM): the ASGI app calls `render` through `sync_to_async`.
"""

import json
from dataclasses import dataclass
from typing import Any

from django.db import close_old_connections
from ninja.responses import NinjaJSONEncoder

from hudhud.accounts.models import Account, Block, Mute
from hudhud.api.schemas.conversations import conversations
from hudhud.api.schemas.filters import shown, with_filter_results
from hudhud.api.schemas.notifications import notifications
from hudhud.api.schemas.statuses import statuses
from hudhud.notifications.selectors import notification_of
from hudhud.posts.models import Post
from hudhud.posts.selectors import posts_for_display
from hudhud.timelines.models import Conversation
from hudhud.timelines.selectors import conversation_view, filter_matches

# Mastodon's event names.
UPDATE = "update"
STATUS_UPDATE = "status.update"
DELETE = "delete"
NOTIFICATION = "notification"
CONVERSATION = "conversation"
FILTERS_CHANGED = "filters_changed"
EVENTS = frozenset({UPDATE, STATUS_UPDATE, DELETE, NOTIFICATION, CONVERSATION, FILTERS_CHANGED})


@dataclass(frozen=True)
class Rendered:
    """What a connection sends: the event and its payload (None for an event without one)."""

    event: str
    payload: str | None


def render(
    event: str,
    ref: int | None,
    viewer: Account | None,
    *,
    notifications: bool,
    context: str | None = None,
) -> Rendered | None:
    """Return `event` about `ref` as `viewer` may see it, or None if they may not see it;
    `viewer`'s filters of `context` (a FilterContext) hide posts or mark them `filtered`."""
    close_old_connections()
    if event == DELETE:
        return Rendered(event, str(ref)) if ref is not None else None
    if event == FILTERS_CHANGED:
        return Rendered(event, None)
    if ref is None:
        return None
    found: dict[str, Any] | None = None
    if event in (UPDATE, STATUS_UPDATE):
        found = _status(ref, viewer, context)
    elif event == NOTIFICATION and notifications and viewer is not None:
        found = _notification(ref, viewer)
    elif event == CONVERSATION and viewer is not None:
        found = _conversation(ref, viewer)
    if found is None:
        return None
    return Rendered(event, json.dumps(found, cls=NinjaJSONEncoder, ensure_ascii=False))


def _shown_post(post_id: int, viewer: Account | None) -> Post | None:
    """Return the post if `viewer` may see it and did not mute or block its author (or the
    author of the post it boosts)."""
    posts = Post.objects.visible_to(viewer).filter(pk=post_id)
    if viewer is not None:
        muted = Mute.objects.filter(account=viewer).values("target")
        blocked = Block.objects.filter(account=viewer).values("target")
        posts = (
            posts.exclude(author__in=muted)
            .exclude(author__in=blocked)
            .exclude(boost_of__author__in=muted)
            .exclude(boost_of__author__in=blocked)
        )
    if not posts.exists():
        return None
    found = posts_for_display([post_id])
    return found[0] if found else None


def _status(post_id: int, viewer: Account | None, context: str | None) -> dict[str, Any] | None:
    post = _shown_post(post_id, viewer)
    if post is None:
        return None
    if viewer is None or context is None:
        return statuses([post], viewer)[0].model_dump()
    matches = filter_matches(viewer, context, [post])
    kept = shown([post], matches)
    if not kept:
        return None
    return with_filter_results(statuses(kept, viewer), matches)[0].model_dump()


def _notification(notification_id: int, viewer: Account) -> dict[str, Any] | None:
    # The same checks as the REST list: a blocked or muted actor, a post no longer visible.
    found = notification_of(viewer, notification_id)
    shown = notifications([found], viewer) if found is not None else []
    return shown[0].model_dump() if shown else None


def _conversation(conversation_id: int, viewer: Account) -> dict[str, Any] | None:
    found = Conversation.objects.filter(pk=conversation_id, account=viewer).first()
    if found is None or found.last_post_id is None:
        return None
    if _shown_post(found.last_post_id, viewer) is None:
        return None
    return conversations([conversation_view(viewer, found)], viewer)[0].model_dump()
