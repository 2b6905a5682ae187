"""Rate limits as Mastodon sets them, counted in the cache by django-ratelimit.

Every API request counts against its access token, or against its address when it comes
without a valid one; sign-ups and password sign-ins count against the address, media uploads
against the account. Past a limit the answer is 429. API responses carry the
`X-RateLimit-Limit`, `X-RateLimit-Remaining` and `X-RateLimit-Reset` headers that Mastodon
clients read to slow down. The rates are settings (RATE_LIMIT_*), RATELIMIT_ENABLE turns
them all off.
"""

import ipaddress
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_ratelimit.core import get_usage

from hudhud.api.auth import bearer_caller

_API = "/api/"
_MEDIA = re.compile(r"/api/v\d+/media")
_SIGN_UP_API = "/api/v1/accounts"
_OAUTH_TOKEN_PATH = "/oauth/token"  # noqa: S105 (a path, not a secret)


@dataclass(frozen=True)
class Usage:
    """How much of one limit a caller has used in the current window."""

    limit: int
    count: int
    seconds_left: int

    @property
    def exceeded(self) -> bool:
        return self.count > self.limit


@dataclass(frozen=True)
class Check:
    """One limit that a request counts against: its group, rate setting and key."""

    group: str
    rate: str
    key: str

    def count(self, request: HttpRequest) -> Usage | None:
        """Count the request against this limit; None when limits are off."""
        usage = get_usage(
            request,
            group=self.group,
            key=lambda _group, _request: self.key,
            rate=getattr(settings, self.rate),
            increment=True,
        )
        if usage is None:
            return None
        return Usage(limit=usage["limit"], count=usage["count"], seconds_left=usage["time_left"])


def client_address(request: HttpRequest) -> str:
    """Return the caller's address, an IPv6 one as its /64 network (one household's)."""
    header = settings.CLIENT_IP_HEADER
    given = request.headers.get(header, "") if header else ""
    # A proxy appends the address it saw; what comes before it, the caller may have made up.
    address = given.rsplit(",", 1)[-1].strip() or request.META.get("REMOTE_ADDR", "")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def _password_grant(request: HttpRequest) -> bool:
    """Return whether a token request may be a password sign-in: it names the password
    grant or sends a password, in whatever shape (a grant type sent as a list is one)."""
    if request.content_type == "application/json":
        try:
            body = json.loads(request.body or b"{}")
        except (ValueError, RecursionError):
            return False
        return isinstance(body, dict) and (
            "password" in body or "password" in json.dumps(body.get("grant_type"))
        )
    return "password" in request.POST or "password" in request.POST.getlist("grant_type")


def _checks(request: HttpRequest, path: str) -> Iterator[Check]:
    """Yield the limits `request` counts against, the general one of the API first."""
    address = client_address(request)
    posted = request.method == "POST"
    if path.startswith(_API):
        found = bearer_caller(request)
        if found is not None and found.token is not None:
            yield Check("api:token", "RATE_LIMIT_TOKEN", str(found.token.pk))
        else:
            yield Check("api:anonymous", "RATE_LIMIT_ANONYMOUS", address)
        if posted and _MEDIA.fullmatch(path) and found is not None and found.account:
            yield Check("api:media", "RATE_LIMIT_MEDIA", str(found.account.pk))
    if posted and path in (_SIGN_UP_API, reverse("web:signup")):
        yield Check("sign-up", "RATE_LIMIT_SIGN_UP", address)
    if posted and (
        path == reverse("web:login") or (path == _OAUTH_TOKEN_PATH and _password_grant(request))
    ):
        yield Check("login", "RATE_LIMIT_LOGIN", address)


def _set_headers(response: HttpResponse, usage: Usage) -> None:
    reset = timezone.now() + timedelta(seconds=max(usage.seconds_left, 0))
    response["X-RateLimit-Limit"] = str(usage.limit)
    response["X-RateLimit-Remaining"] = str(max(usage.limit - usage.count, 0))
    response["X-RateLimit-Reset"] = reset.isoformat(timespec="microseconds")


def _too_many(request: HttpRequest, api: bool) -> HttpResponse:
    found = bearer_caller(request) if api else None
    user = found.account.user if found is not None and found.account is not None else None
    with translation.override(user.language if user is not None else translation.get_language()):
        message = _("Too many requests")
    if api or request.path_info == _OAUTH_TOKEN_PATH:
        return JsonResponse(
            {"error": message}, status=429, json_dumps_params={"ensure_ascii": False}
        )
    return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")


class RateLimitMiddleware:
    """Count every request against its limits; refuse it with 429 past one of them."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not settings.RATELIMIT_ENABLE:
            return self.get_response(request)
        path = request.path_info
        usages = [
            usage for check in _checks(request, path) if (usage := check.count(request)) is not None
        ]
        refused = next((usage for usage in usages if usage.exceeded), None)
        api = path.startswith(_API)
        response = _too_many(request, api) if refused else self.get_response(request)
        shown = refused or (usages[0] if api and usages else None)
        if shown is not None:
            _set_headers(response, shown)
        return response
