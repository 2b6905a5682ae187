"""Filter, FilterKeyword, FilterStatus, FilterResult and V1::Filter
(docs.joinmastodon.org/entities/Filter …), and the filtering of a page of statuses."""

from collections.abc import Sequence
from datetime import datetime

from hudhud.api.schemas import Entity
from hudhud.posts.models import Post
from hudhud.timelines.filtering import FilterMatch, hidden
from hudhud.timelines.models import Filter as FilterModel
from hudhud.timelines.models import FilterAction, FilterPost
from hudhud.timelines.models import FilterKeyword as FilterKeywordModel

from .statuses import Status


class FilterKeyword(Entity):
    id: str
    keyword: str
    whole_word: bool


class FilterStatus(Entity):
    id: str
    status_id: str


class FilterSummary(Entity):
    """A Filter as a FilterResult holds it: without its keywords and statuses."""

    id: str
    title: str
    context: list[str]
    expires_at: datetime | None
    filter_action: str


class Filter(FilterSummary):
    keywords: list[FilterKeyword]
    statuses: list[FilterStatus]


class FilterResult(Entity):
    filter: FilterSummary
    keyword_matches: list[str] | None
    status_matches: list[str] | None


class V1Filter(Entity):
    id: str
    phrase: str
    context: list[str]
    whole_word: bool
    expires_at: datetime | None
    irreversible: bool


def filter_keyword(found: FilterKeywordModel) -> FilterKeyword:
    return FilterKeyword(id=str(found.pk), keyword=found.keyword, whole_word=found.whole_word)


def filter_status(found: FilterPost) -> FilterStatus:
    return FilterStatus(id=str(found.pk), status_id=str(found.post_id))


def filter_summary(found: FilterModel) -> FilterSummary:
    return FilterSummary(
        id=str(found.pk),
        title=found.title,
        context=list(found.context),
        expires_at=found.expires_at,
        filter_action=found.action,
    )


def filter_entity(found: FilterModel) -> Filter:
    """Return the Mastodon Filter of `found` (its keywords and posts prefetched)."""
    return Filter(
        id=str(found.pk),
        title=found.title,
        context=list(found.context),
        expires_at=found.expires_at,
        filter_action=found.action,
        keywords=[filter_keyword(each) for each in found.keywords.all()],
        statuses=[filter_status(each) for each in found.posts.all()],
    )


def v1_filter(found: FilterKeywordModel) -> V1Filter:
    """Return a keyword as Mastodon's API v1 shows it: a filter of one phrase."""
    return V1Filter(
        id=str(found.pk),
        phrase=found.keyword,
        context=list(found.filter.context),
        whole_word=found.whole_word,
        expires_at=found.filter.expires_at,
        irreversible=found.filter.action == FilterAction.HIDE,
    )


def filter_result(match: FilterMatch) -> FilterResult:
    return FilterResult(
        filter=filter_summary(match.filter),
        keyword_matches=match.keyword_matches or None,
        status_matches=[str(pk) for pk in match.status_matches] or None,
    )


def shown(posts: Sequence[Post], matches: dict[int, list[FilterMatch]]) -> list[Post]:
    """Return `posts` without those a filter hides."""
    return [post for post in posts if not hidden(matches.get(post.pk, ()))]


def with_filter_results(found: list[Status], matches: dict[int, list[FilterMatch]]) -> list[Status]:
    """Fill `filtered` of the statuses in `found` (and of the statuses they boost) with the
    filters that matched them, and return `found`."""
    for status in found:
        results = matches.get(int(status.id))
        if not results:
            continue
        status.filtered = [filter_result(match).model_dump(mode="json") for match in results]
        if status.reblog is not None:
            status.reblog.filtered = status.filtered
    return found
