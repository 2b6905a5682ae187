"""The caller's preferences (docs.joinmastodon.org/methods/preferences)."""

from typing import Any

from django.http import HttpRequest
from ninja import Router

from hudhud.api.auth import signed_in, token

router = Router(tags=["preferences"])


@router.get("/v1/preferences", response=dict[str, Any], auth=token("read:accounts"))
def preference_list(request: HttpRequest) -> dict[str, Any]:
    user = signed_in(request).user
    return {
        "posting:default:visibility": user.posting_privacy if user else "public",
        "posting:default:sensitive": user.posting_sensitive if user else False,
        # None: the language of each post is found from its text.
        "posting:default:language": (user.posting_language if user else "") or None,
        "reading:expand:media": "default",
        "reading:expand:spoilers": False,
    }
