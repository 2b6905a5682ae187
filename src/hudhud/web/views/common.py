"""What the web views share: who is looking, paging, and rendering lists of posts."""

from collections.abc import Callable, Sequence
from functools import wraps
from typing import Any, Concatenate, ParamSpec

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme

from hudhud.accounts.models import Account
from hudhud.paging import Page
from hudhud.posts.models import Post
from hudhud.posts.selectors import interactions_of, post_visible, quotes_and_replies_load

P = ParamSpec("P")


def viewer_of(request: HttpRequest) -> Account | None:
    """Return the account of the signed-in person, or None for a visitor."""
    if not request.user.is_authenticated:
        return None
    # The user's cached reverse accessor: the views and the page's context share one query.
    account: Account | None = getattr(request.user, "account", None)
    return account


def account_required(
    view: Callable[Concatenate[HttpRequest, Account, P], HttpResponse],
) -> Callable[Concatenate[HttpRequest, P], HttpResponse]:
    """Require a signed-in person and pass their account to the view."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: P.args, **kwargs: P.kwargs) -> HttpResponse:
        viewer = viewer_of(request)
        if viewer is None or viewer.suspended:
            raise Http404
        return view(request, viewer, *args, **kwargs)

    return wrapper  # type: ignore[return-value]


def int_or_none(value: str | None) -> int | None:
    """Return `value` as a 64-bit ID, or None when it is not one."""
    if value and value.isascii() and value.isdigit() and len(value) < 20:
        return int(value)
    return None


def posted(request: HttpRequest) -> QueryDict | None:
    """Return the POSTed data to bind a form to, or None on a GET (an empty POST is data)."""
    return request.POST if request.method == "POST" else None


def page_from(request: HttpRequest) -> Page:
    """Read max_id / since_id / min_id from the query string; nonsense counts as absent."""
    return Page(
        max_id=int_or_none(request.GET.get("max_id")),
        since_id=int_or_none(request.GET.get("since_id")),
        min_id=int_or_none(request.GET.get("min_id")),
    )


def render_posts(
    request: HttpRequest, template: str, posts: Sequence[Post], **context: Any
) -> HttpResponse:
    """Render `template` with `posts`, what the viewer did to them, and the next page link."""
    viewer = viewer_of(request)
    quotes_and_replies_load(posts)
    context.update(
        posts=posts,
        interactions=interactions_of(viewer, posts),
        next_max_id=posts[-1].pk if len(posts) >= Page().limit else None,
    )
    return render(request, template, context)


def visible_post_or_404(viewer: Account | None, post_id: int) -> Post:
    post = post_visible(viewer, post_id)
    if post is None:
        raise Http404
    return post


def local_account_or_404(username: str) -> Account:
    return get_object_or_404(Account, username__iexact=username, domain="", suspended=False)


def back(request: HttpRequest, fallback: str = "web:home") -> HttpResponse:
    """Return to the page the form was sent from, when it is one of ours."""
    target = request.POST.get("next") or request.headers.get("referer", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect(fallback)


def show_errors(request: HttpRequest, error: ValidationError | PermissionDenied) -> None:
    """Tell the person why what they sent was refused."""
    for message in getattr(error, "messages", None) or [str(error)]:
        messages.error(request, message)
