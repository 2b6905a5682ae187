"""What every page's template knows: the site and who is looking."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from hudhud.arabic import MAX_POST_LENGTH


def site(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    account = getattr(user, "account", None) if user.is_authenticated else None
    return {
        "site_domain": settings.DOMAIN,
        "viewer": account,
        "max_post_length": MAX_POST_LENGTH,
        # A post refused for bad input comes back to the composer instead of being lost.
        "draft": request.session.pop("draft", "") if hasattr(request, "session") else "",
    }
