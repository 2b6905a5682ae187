"""Timelines, hashtag pages, bookmarks and notifications."""

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from hudhud.accounts.models import Account
from hudhud.arabic import hashtag_key
from hudhud.notifications.selectors import notifications_of
from hudhud.posts.models import Hashtag
from hudhud.posts.selectors import bookmarks_of, trending_hashtags
from hudhud.timelines.selectors import hashtag_timeline, home_timeline, public_timeline
from hudhud.web.forms import ComposeForm
from hudhud.web.views.common import account_required, page_from, render_posts, viewer_of


def home(request: HttpRequest) -> HttpResponse:
    """Show the home timeline, or the front page with the local timeline to a visitor."""
    viewer = viewer_of(request)
    if viewer is None:
        posts = public_timeline(None, page_from(request), local_only=True)
        return render_posts(request, "web/front.html", posts, trends=trending_hashtags())
    return render_posts(
        request,
        "web/timeline.html",
        home_timeline(viewer, page_from(request)),
        timeline="home",
        compose_form=ComposeForm(),
        trends=trending_hashtags(),
    )


def local(request: HttpRequest) -> HttpResponse:
    posts = public_timeline(viewer_of(request), page_from(request), local_only=True)
    return render_posts(
        request, "web/timeline.html", posts, timeline="local", trends=trending_hashtags()
    )


def public(request: HttpRequest) -> HttpResponse:
    posts = public_timeline(viewer_of(request), page_from(request))
    return render_posts(
        request, "web/timeline.html", posts, timeline="public", trends=trending_hashtags()
    )


def tag(request: HttpRequest, name: str) -> HttpResponse:
    hashtag = Hashtag.objects.filter(key=hashtag_key(name)).first()
    posts = hashtag_timeline(viewer_of(request), name, page_from(request))
    return render_posts(
        request,
        "web/tag.html",
        posts,
        tag_name=hashtag.name if hashtag else name,
        trends=trending_hashtags(),
    )


@account_required
def bookmarks(request: HttpRequest, viewer: Account) -> HttpResponse:
    return render_posts(request, "web/bookmarks.html", bookmarks_of(viewer, page_from(request)))


@account_required
def notifications(request: HttpRequest, viewer: Account) -> HttpResponse:
    items = notifications_of(viewer, page_from(request))
    return render(
        request,
        "web/notifications.html",
        {"notifications": items, "next_max_id": items[-1].pk if len(items) >= 20 else None},
    )
