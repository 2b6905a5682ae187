"""The search page: posts, people and hashtags, with the words found marked."""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.safestring import SafeString

from hudhud.accounts.models import Account
from hudhud.paging import DEFAULT_LIMIT, Page
from hudhud.posts.models import Hashtag
from hudhud.posts.selectors import interactions_of, quotes_and_replies_load
from hudhud.search.highlight import highlight_html, highlight_text
from hudhud.search.query import MAX_QUERY_LENGTH, clean_query, parse_query
from hudhud.search.selectors import (
    TOP_CANDIDATES,
    Order,
    search_accounts,
    search_hashtags,
    search_posts,
)
from hudhud.search.trends import trending_hashtags
from hudhud.web.views.common import int_or_none, viewer_of

TABS = ("posts", "people", "hashtags")
#: How many hashtags and people the search box suggests as one types.
SUGGESTIONS = 5


@dataclass(frozen=True)
class PersonResult:
    account: Account
    name: SafeString
    specialty: SafeString


@dataclass(frozen=True)
class HashtagResult:
    hashtag: Hashtag
    name: SafeString


def _people(viewer: Account | None, q: str, limit: int, offset: int = 0) -> list[PersonResult]:
    query = parse_query(q, prefix=True)
    return [
        PersonResult(
            account=account,
            name=highlight_text(account.name, query),
            specialty=highlight_text(account.specialty, query),
        )
        for account in search_accounts(viewer, q, limit=limit, offset=offset)
    ]


def _hashtags(q: str, limit: int, offset: int = 0) -> list[HashtagResult]:
    query = parse_query(q, prefix=True)
    return [
        HashtagResult(hashtag=tag, name=highlight_text(tag.name, query))
        for tag in search_hashtags(q, limit=limit, offset=offset)
    ]


def _suggestions(request: HttpRequest, q: str) -> HttpResponse:
    """Answer the search box as one types: a few hashtags and people (an htmx fragment)."""
    context: dict[str, object] = {"q": q}
    try:
        context["hashtags"] = _hashtags(q, SUGGESTIONS)
        context["people"] = _people(viewer_of(request), q, SUGGESTIONS)
    except ValidationError as error:
        context["error"] = error.messages[0]
    return render(request, "web/_search_suggestions.html", context)


def search(request: HttpRequest) -> HttpResponse:
    """Search posts (best or latest first), people or hashtags for `?q=`; `?type=` picks."""
    q = clean_query(request.GET.get("q", ""))
    if request.GET.get("complete"):
        return _suggestions(request, q)
    viewer = viewer_of(request)
    tab = request.GET.get("type", "posts")
    tab = tab if tab in TABS else "posts"
    order: Order = "recent" if request.GET.get("order") == "recent" else "top"
    offset = min(int_or_none(request.GET.get("offset")) or 0, TOP_CANDIDATES)
    context: dict[str, object] = {
        # A refused query is shown back cut to the length that would be accepted.
        "q": q[:MAX_QUERY_LENGTH],
        "tab": tab,
        "order": order,
        "max_query_length": MAX_QUERY_LENGTH,
        "trends": trending_hashtags(),
    }
    status = 200
    try:
        query = parse_query(q)
        if tab == "posts" and query:
            page = Page(max_id=int_or_none(request.GET.get("max_id")))
            posts = search_posts(viewer, q, page, offset=offset, order=order)
            for post in posts:
                # Only the copy shown here: the post's stored HTML is not changed.
                post.content = highlight_html(post.content, query)
            full = len(posts) == DEFAULT_LIMIT
            quotes_and_replies_load(posts)
            context.update(
                posts=posts,
                interactions=interactions_of(viewer, posts),
                next_max_id=posts[-1].pk if full and order == "recent" else None,
                next_offset=(
                    offset + DEFAULT_LIMIT
                    if full and order == "top" and offset + DEFAULT_LIMIT < TOP_CANDIDATES
                    else None
                ),
            )
        elif tab == "people":
            context["people"] = _people(viewer, q, DEFAULT_LIMIT * 2)
        elif tab == "hashtags":
            context["hashtags"] = _hashtags(q, DEFAULT_LIMIT * 2)
    except ValidationError as error:
        context["error"] = error.messages[0]
        status = 400
    return render(request, "web/search.html", context, status=status)
