"""Tag: a hashtag with its last days of use and whether the caller follows it."""

from collections.abc import Sequence

from django.urls import reverse

from hudhud.accounts.models import Account as AccountModel
from hudhud.api.schemas import Entity
from hudhud.posts.models import Hashtag
from hudhud.posts.selectors import followed_hashtags
from hudhud.search.trends import DayUse, TrendingHashtag, hashtags_history

from .accounts import absolute


class TagHistory(Entity):
    day: str
    uses: str
    accounts: str


class Tag(Entity):
    id: str
    name: str
    url: str
    history: list[TagHistory]
    following: bool | None = None
    featuring: bool | None = None


def tag_url(name: str) -> str:
    """Return the address of the page of the hashtag `name`."""
    return absolute(reverse("web:tag", args=[name]))


def tag(
    *, id: int | None, name: str, history: Sequence[DayUse], following: bool | None = None
) -> Tag:
    """Return the Mastodon Tag of a hashtag (`id` None: one nobody used yet); `history` is
    its use on each of the last days, today first, and `following` is None for a caller
    who is not signed in."""
    return Tag(
        id=str(id) if id is not None else "",
        name=name,
        url=tag_url(name),
        history=[
            TagHistory(
                day=str(int(day.day.timestamp())), uses=str(day.uses), accounts=str(day.accounts)
            )
            for day in history
        ],
        following=following,
    )


def tags(
    hashtags: Sequence[Hashtag], viewer: AccountModel | None, *, following: bool | None = None
) -> list[Tag]:
    """Return the Tags of `hashtags` as `viewer` sees them, with two queries for the whole
    list: their history and the viewer's follows (skipped when `following` is known)."""
    ids = [hashtag.pk for hashtag in hashtags]
    history = hashtags_history(ids)
    followed = (
        {hashtag.pk for hashtag in followed_hashtags(viewer)}
        if viewer is not None and following is None
        else set()
    )
    return [
        tag(
            id=hashtag.pk,
            name=hashtag.name,
            history=history[hashtag.pk],
            following=(
                following
                if following is not None
                else (hashtag.pk in followed if viewer is not None else None)
            ),
        )
        for hashtag in hashtags
    ]


def trending_tags(found: Sequence[TrendingHashtag], viewer: AccountModel | None) -> list[Tag]:
    """Return the Tags of trending hashtags (loaded with their history) as `viewer` sees
    them."""
    followed = {hashtag.pk for hashtag in followed_hashtags(viewer)} if viewer else set()
    return [
        tag(
            id=item.hashtag_id,
            name=item.name,
            history=item.history,
            following=item.hashtag_id in followed if viewer is not None else None,
        )
        for item in found
    ]
