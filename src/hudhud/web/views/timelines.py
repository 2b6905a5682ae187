"""Timelines, hashtag pages and their follows, bookmarks and notifications."""

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_POST

from hudhud.accounts.models import Account
from hudhud.notifications.selectors import Wanted, notifications_of
from hudhud.posts.selectors import bookmarks_of, hashtag_summary
from hudhud.posts.services import hashtag_follow, hashtag_unfollow
from hudhud.search.trends import trending_hashtags
from hudhud.timelines.selectors import hashtag_timeline, home_timeline, public_timeline
from hudhud.web.forms import ComposeForm
from hudhud.web.views.common import (
    account_required,
    back,
    page_from,
    render_posts,
    show_errors,
    viewer_of,
)


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
    """Show the public posts with hashtag `name`, however spelled, under its usual spelling."""
    viewer = viewer_of(request)
    summary = hashtag_summary(viewer, name)
    posts = hashtag_timeline(viewer, name, page_from(request))
    return render_posts(
        request,
        "web/tag.html",
        posts,
        tag_name=summary.title,
        summary=summary,
        trends=trending_hashtags(),
    )


def _tag_follow_action(
    request: HttpRequest, viewer: Account, name: str, follow: bool
) -> HttpResponse:
    try:
        if follow:
            hashtag_follow(account=viewer, name=name)
        else:
            hashtag_unfollow(account=viewer, name=name)
    except ValidationError as error:
        show_errors(request, error)
    if request.htmx:  # type: ignore[attr-defined]
        summary = hashtag_summary(viewer, name)
        return render(
            request, "web/_tag_follow_button.html", {"tag_name": summary.title, "summary": summary}
        )
    return back(request, reverse("web:tag", args=[name]))


@require_POST
@account_required
def tag_follow(request: HttpRequest, viewer: Account, name: str) -> HttpResponse:
    return _tag_follow_action(request, viewer, name, follow=True)


@require_POST
@account_required
def tag_unfollow(request: HttpRequest, viewer: Account, name: str) -> HttpResponse:
    return _tag_follow_action(request, viewer, name, follow=False)


@account_required
def bookmarks(request: HttpRequest, viewer: Account) -> HttpResponse:
    return render_posts(request, "web/bookmarks.html", bookmarks_of(viewer, page_from(request)))


@account_required
def notifications(request: HttpRequest, viewer: Account) -> HttpResponse:
    rows, items = notifications_of(viewer, page_from(request), wanted=Wanted(hudhud=True))
    return render(
        request,
        "web/notifications.html",
        {"notifications": items, "next_max_id": rows[-1].pk if len(rows) >= 20 else None},
    )
