"""Hashtags: read, follow and unfollow; followed tags (methods/tags, followed_tags).

Every spelling of a hashtag is the same tag: #جيتكس and #الجيتكس are followed together.
"""

from datetime import UTC, timedelta

from django.http import Http404, HttpRequest, HttpResponse
from django.utils import timezone
from ninja import Query, Router

from hudhud.api.auth import caller, signed_in, token
from hudhud.api.paging import PageQuery, link_header
from hudhud.api.schemas.tags import Tag, tag, tags
from hudhud.arabic import extract_entities
from hudhud.posts.models import Hashtag
from hudhud.posts.selectors import hashtag_follow_rows, hashtag_named, hashtag_summary
from hudhud.posts.services import hashtag_follow, hashtag_unfollow
from hudhud.search.trends import HISTORY_DAYS, DayUse

router = Router(tags=["tags"])


def _valid(name: str) -> str:
    """Return `name` if it can be a hashtag, else raise Http404 as Mastodon does."""
    found = [entity.value for entity in extract_entities(f"#{name}") if entity.kind == "hashtag"]
    if found != [name]:
        raise Http404
    return name


def _unused() -> list[DayUse]:
    """Return the history of a hashtag nobody used: no use on each of the last days."""
    today = timezone.now().astimezone(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    return [DayUse(day=today - timedelta(days=n), uses=0, accounts=0) for n in range(HISTORY_DAYS)]


def _shown(hashtag: Hashtag | None, name: str, *, following: bool | None) -> Tag:
    if hashtag is None:
        return tag(id=None, name=name, history=_unused(), following=following)
    return tags([hashtag], None, following=following)[0]


@router.get("/v1/tags/{name}", response=Tag, auth=token("read:follows", optional=True))
def tag_get(request: HttpRequest, name: str) -> Tag:
    viewer = caller(request).account
    hashtag = hashtag_named(_valid(name))
    summary = hashtag_summary(viewer, name)
    shown = _shown(hashtag, name, following=summary.following if viewer is not None else None)
    return shown.model_copy(update={"name": summary.title})


@router.post("/v1/tags/{name}/follow", response=Tag, auth=token("write:follows"))
def tag_follow(request: HttpRequest, name: str) -> Tag:
    hashtag = hashtag_follow(account=signed_in(request), name=_valid(name))
    return _shown(hashtag, name, following=True)


@router.post("/v1/tags/{name}/unfollow", response=Tag, auth=token("write:follows"))
def tag_unfollow(request: HttpRequest, name: str) -> Tag:
    hashtag_unfollow(account=signed_in(request), name=_valid(name))
    return _shown(hashtag_named(name), name, following=False)


@router.get("/v1/followed_tags", response=list[Tag], auth=token("read:follows"))
def followed_tag_list(
    request: HttpRequest, response: HttpResponse, paging: Query[PageQuery]
) -> list[Tag]:
    me = signed_in(request)
    rows = hashtag_follow_rows(me, paging.page())
    link_header(request, response, rows)
    return tags([row.hashtag for row in rows], me, following=True)
