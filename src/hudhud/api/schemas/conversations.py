"""Conversation (docs.joinmastodon.org/entities/Conversation)."""

from collections.abc import Sequence

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.timelines.selectors import ConversationView

from .accounts import Account, account
from .statuses import Status, statuses


class Conversation(Entity):
    id: str
    unread: bool
    accounts: list[Account]
    last_status: Status | None


def conversations(found: Sequence[ConversationView], viewer: AccountModel) -> list[Conversation]:
    """Return the Conversations of `found` as `viewer` sees them, their last statuses
    rendered together."""
    posts = [view.last_post for view in found if view.last_post is not None]
    rendered = dict(zip((post.pk for post in posts), statuses(posts, viewer), strict=True))
    return [
        Conversation(
            id=str(view.conversation.pk),
            unread=view.conversation.unread,
            accounts=[account(each) for each in view.accounts],
            last_status=rendered.get(view.last_post.pk) if view.last_post is not None else None,
        )
        for view in found
    ]
