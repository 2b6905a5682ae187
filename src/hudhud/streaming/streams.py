"""Which streams a caller may watch, and the broadcast keys behind them.

Synchronous (the ORM): the ASGI app calls these through `sync_to_async`.
"""

from dataclasses import dataclass

from django.db import close_old_connections
from django.utils.translation import gettext as _

from hudhud.api import scopes
from hudhud.api.auth import ANONYMOUS, Caller, caller_of
from hudhud.arabic import hashtag_key
from hudhud.ids import parse_id
from hudhud.timelines.models import FilterContext, List
from hudhud.timelines.selectors import list_of

#: Streams anyone may watch, without a token or a scope.
PUBLIC_STREAMS = frozenset(
    {
        "public",
        "public:media",
        "public:local",
        "public:local:media",
        "public:remote",
        "public:remote:media",
        "hashtag",
        "hashtag:local",
    }
)
#: Streams of a signed-in account, and the scope each needs (`read` grants them all).
USER_STREAMS = {
    "user": "read:statuses",
    "user:notification": "read:notifications",
    "list": "read:statuses",
    "direct": "read:statuses",
}


class StreamError(Exception):
    """A stream that cannot be watched: `status` is the HTTP status Mastodon answers with."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Subscription:
    """A stream a connection watches: `name` is what its events carry as `stream`."""

    name: tuple[str, ...]
    key: str
    #: Whether notifications are shown (the `user` stream shows them only to a token that
    #: may read them, as on Mastodon).
    notifications: bool = False
    #: Where the caller's filters of posts apply (a FilterContext), if anywhere.
    context: str | None = None


def authenticate(token: str | None) -> Caller:
    """Return the caller of `token` (anonymous without one); a dead token is a 401."""
    close_old_connections()
    if not token:
        return ANONYMOUS
    found = caller_of(token)
    if found is None:
        raise StreamError(401, _("The access token is invalid"))
    return found


def subscription(
    caller: Caller, stream: str, *, tag: str | None = None, list_id: str | None = None
) -> Subscription:
    """Return what watching `stream` means for `caller`, or raise a StreamError."""
    close_old_connections()
    if stream in PUBLIC_STREAMS:
        return _public(stream, tag)
    if stream not in USER_STREAMS:
        raise StreamError(400, _("Unknown stream type"))
    account = caller.account
    if account is None:
        raise StreamError(401, _("This stream requires an authenticated user"))
    if not scopes.grants(caller.scopes, USER_STREAMS[stream]):
        raise StreamError(401, _("The access token does not have the required scopes"))
    if stream == "user":
        return Subscription(
            name=("user",),
            key=f"user:{account.pk}",
            notifications=scopes.grants(caller.scopes, "read:notifications"),
            context=FilterContext.HOME,
        )
    if stream == "user:notification":
        return Subscription(
            name=("user:notification",),
            key=f"user:notification:{account.pk}",
            notifications=True,
        )
    if stream == "direct":
        return Subscription(name=("direct",), key=f"direct:{account.pk}")
    return _list(caller, list_id)


def _public(stream: str, tag: str | None) -> Subscription:
    if not stream.startswith("hashtag"):
        return Subscription(name=(stream,), key=stream, context=FilterContext.PUBLIC)
    key = hashtag_key(tag.strip().lstrip("#")) if tag else ""
    if not key or any(char.isspace() for char in key):
        raise StreamError(400, _("The tag parameter is missing or not a hashtag"))
    where = "hashtag:local" if stream == "hashtag:local" else "hashtag"
    return Subscription(
        name=(stream, tag or ""), key=f"{where}:{key}", context=FilterContext.PUBLIC
    )


def _list(caller: Caller, list_id: str | None) -> Subscription:
    if not list_id or not list_id.isascii() or not list_id.isdigit():
        raise StreamError(400, _("The list parameter is missing or not a list ID"))
    number = parse_id(list_id)
    if caller.account is None or number is None:
        raise StreamError(404, _("Record not found"))
    try:
        found = list_of(caller.account, number)
    except List.DoesNotExist as error:  # someone else's list is no list at all
        raise StreamError(404, _("Record not found")) from error
    return Subscription(name=("list", list_id), key=f"list:{found.pk}", context=FilterContext.HOME)
