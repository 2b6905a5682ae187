"""What every page's template knows: the site and who is looking."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest

from hudhud.arabic import MAX_POST_LENGTH
from hudhud.web.views.common import viewer_of


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "site_domain": settings.DOMAIN,
        "viewer": viewer_of(request),
        "max_post_length": MAX_POST_LENGTH,
        # A post refused for bad input comes back to the composer instead of being lost.
        "draft": request.session.pop("draft", "") if hasattr(request, "session") else "",
    }
