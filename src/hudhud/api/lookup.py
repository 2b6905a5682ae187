"""Objects named in a request's path, or a 404 that says no more than Mastodon does."""

from django.http import Http404

from hudhud.accounts.models import Account
from hudhud.ids import parse_id
from hudhud.posts.models import Post
from hudhud.posts.selectors import post_visible


def object_id(value: str) -> int:
    """Return the ID a client sent in a path, or raise Http404 if it cannot be one."""
    number = parse_id(value)
    if number is None:
        raise Http404
    return number


def visible_post(viewer: Account | None, value: str) -> Post:
    """Return the post `value` names if `viewer` may see it; else Http404, as if it were not
    there at all."""
    post = post_visible(viewer, object_id(value))
    if post is None:
        raise Http404
    return post


def account_named(value: str) -> Account:
    """Return the account `value` names, unless it is suspended."""
    found = Account.objects.filter(pk=object_id(value), suspended=False).first()
    if found is None:
        raise Http404
    return found
