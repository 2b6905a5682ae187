"""List (docs.joinmastodon.org/entities/List)."""

from hudhud.api.schemas import Entity
from hudhud.timelines.models import List as ListModel


class List(Entity):
    id: str
    title: str
    replies_policy: str
    exclusive: bool


def list_entity(found: ListModel) -> List:
    """Return the Mastodon List of `found`."""
    return List(
        id=str(found.pk),
        title=found.title,
        replies_policy=found.replies_policy,
        exclusive=found.exclusive,
    )
