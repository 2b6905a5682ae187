"""Mastodon's OAuth scopes: what each one grants, and which scopes a token must hold.

A top-level scope grants all of its granular ones (`read` grants `read:statuses`), and the
old `follow` scope grants the relationship ones, as on Mastodon.
"""

from typing import Any

from django.utils.translation import gettext_lazy as _
from oauth2_provider.scopes import BaseScopes

_GRANULAR = {
    "read": (
        "accounts blocks bookmarks favourites filters follows lists mutes notifications "
        "search statuses"
    ),
    "write": (
        "accounts blocks bookmarks conversations favourites filters follows lists media "
        "mutes notifications reports statuses"
    ),
}
_FOLLOW = frozenset(
    ("read:blocks", "write:blocks", "read:follows", "write:follows", "read:mutes", "write:mutes")
)

SCOPES: dict[str, Any] = {
    "read": _("read all your account's data"),
    "write": _("change all your account's data"),
    "follow": _("follow, block and mute accounts"),
    "push": _("receive your push notifications"),
    "profile": _("read only your profile's basic information"),
    **{
        f"{top}:{part}": f"{top}:{part}"
        for top, parts in _GRANULAR.items()
        for part in parts.split()
    },
}
DEFAULT_SCOPES = ["read"]


def grants(held: set[str] | frozenset[str], needed: str) -> bool:
    """Return whether a token holding the scopes `held` may do what `needed` allows."""
    if needed in held:
        return True
    if needed == "profile":  # "Sign in with Mastodon": whoever may read accounts may too
        return grants(held, "read:accounts")
    top = needed.split(":", 1)[0]
    if top != needed and top in held:
        return True
    return "follow" in held and needed in _FOLLOW


def parse(text: str) -> list[str]:
    """Return the scopes of a space- or plus-separated scope string, in order, once each."""
    return list(dict.fromkeys(text.replace("+", " ").split()))


class MastodonScopes(BaseScopes):  # type: ignore[misc]
    """Every Mastodon scope exists; an app may be granted the ones it registered for."""

    def get_all_scopes(self) -> dict[str, Any]:
        return SCOPES

    def get_available_scopes(
        self, application: Any = None, request: Any = None, *args: Any, **kwargs: Any
    ) -> list[str]:
        if application is None:
            return list(SCOPES)
        return [scope for scope in parse(application.scopes) if scope in SCOPES]

    def get_default_scopes(
        self, application: Any = None, request: Any = None, *args: Any, **kwargs: Any
    ) -> list[str]:
        return DEFAULT_SCOPES
