"""OAuth 2 as Mastodon apps use it: the views of /oauth/authorize, /oauth/token and
/oauth/revoke (hudhud.api.urls routes them; the server's metadata is in wellknown.py).

django-oauth-toolkit does the OAuth; these subclasses only add what Mastodon does
differently: token requests may be JSON, scopes may be joined by `+`, a token response
carries `created_at`, a revocation answers `{}`, `force_login` signs the person out first,
and an app without a redirect (`urn:ietf:wg:oauth:2.0:oob`) gets a page showing its code.
"""

import json
import time
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render, resolve_url
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from oauth2_provider import views as toolkit
from oauth2_provider.oauth2_backends import OAuthLibCore
from oauth2_provider.oauth2_validators import GRANT_TYPE_MAPPING, OAuth2Validator

from hudhud.api import scopes as mastodon_scopes
from hudhud.api.models import OOB_REDIRECT_URI, Application

# What a granular scope lets an app read or change, in words for the consent page.
_SCOPE_PARTS = {
    "accounts": gettext_lazy("your profile and account"),
    "blocks": gettext_lazy("the accounts you block"),
    "bookmarks": gettext_lazy("your bookmarks"),
    "conversations": gettext_lazy("your conversations"),
    "favourites": gettext_lazy("your likes"),
    "filters": gettext_lazy("your filters"),
    "follows": gettext_lazy("whom you follow"),
    "lists": gettext_lazy("your lists"),
    "media": gettext_lazy("your uploaded media"),
    "mutes": gettext_lazy("the accounts you mute"),
    "notifications": gettext_lazy("your notifications"),
    "reports": gettext_lazy("your reports"),
    "search": gettext_lazy("search"),
    "statuses": gettext_lazy("your posts"),
}


def scope_in_words(scope: str) -> str:
    """Return what `scope` lets an app do, as a person reads it."""
    top, _colon, part = scope.partition(":")
    if not part or part not in _SCOPE_PARTS:
        return str(mastodon_scopes.SCOPES.get(scope, scope))
    what = _SCOPE_PARTS[part]
    if top == "read":
        return _("read %(what)s") % {"what": what}
    return _("change %(what)s") % {"what": what}


def _plus_joined_scopes(query: str) -> str:
    """Return `query` with a `scope` of `read+write` (a literal plus) split at the plus."""
    pairs = parse_qsl(query, keep_blank_values=True)
    if not any(key == "scope" and "+" in value for key, value in pairs):
        return query
    return urlencode(
        [(key, value.replace("+", " ") if key == "scope" else value) for key, value in pairs]
    )


class MastodonOAuthLibCore(OAuthLibCore):  # type: ignore[misc]
    """Read token requests sent as JSON as well as forms, and answer with `created_at`."""

    def _extract_params(self, request: HttpRequest) -> tuple[str, str, str, dict[str, Any]]:
        uri, http_method, body, headers = super()._extract_params(request)
        parts = urlsplit(uri)
        uri = urlunsplit(parts._replace(query=_plus_joined_scopes(parts.query)))
        return uri, http_method, body, headers

    def extract_body(self, request: HttpRequest) -> list[tuple[str, str]]:
        if request.content_type == "application/json":
            try:
                data = json.loads(request.body or b"{}")
            except (ValueError, UnicodeDecodeError):
                data = {}
            pairs = [
                (str(key), " ".join(map(str, value)) if isinstance(value, list) else str(value))
                for key, value in (data.items() if isinstance(data, dict) else ())
                if value is not None and not isinstance(value, dict)
            ]
        else:
            pairs = super().extract_body(request)
        return [(key, value.replace("+", " ") if key == "scope" else value) for key, value in pairs]

    def _get_extra_credentials(self, request: HttpRequest) -> dict[str, Any]:
        return {"created_at": int(time.time())}


class MastodonValidator(OAuth2Validator):  # type: ignore[misc]
    def validate_grant_type(
        self,
        client_id: str,
        grant_type: str,
        client: Application,
        request: Any,
        *args: Any,
        **kwargs: Any,
    ) -> bool:
        # Mastodon keeps the password grant (scripts, `toot login_cli`); the toolkit's own
        # check would log a deprecation warning at every such sign-in.
        allowed: bool = request.client.allows_grant_type(*GRANT_TYPE_MAPPING[grant_type])
        return allowed


class _Mastodon:
    oauthlib_backend_class = MastodonOAuthLibCore
    validator_class = MastodonValidator


def _truthy(value: str | None) -> bool:
    return (value or "").strip().lower() in ("1", "true", "on", "yes")


class AuthorizeView(_Mastodon, toolkit.AuthorizationView):  # type: ignore[misc]
    """Ask the signed-in person whether the app may act for them, then send the app its
    code: by redirect, or on a page to copy it from."""

    template_name = "oauth/authorize.html"

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.method == "GET" and _truthy(request.GET.get("force_login")):
            # Another account may be about to sign in: forget this one, and come back here
            # without the flag, or the login would loop.
            if request.user.is_authenticated:
                logout(request)
            query = request.GET.copy()
            query.pop("force_login")
            back = f"{request.path}?{query.urlencode()}"
            return redirect_to_login(back, resolve_url(settings.LOGIN_URL))
        response: HttpResponse = super().dispatch(request, *args, **kwargs)
        return response

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context: dict[str, Any] = super().get_context_data(**kwargs)
        context["scope_words"] = [scope_in_words(scope) for scope in context.get("scopes", ())]
        return context

    def error_response(
        self, error: Any, application: Application | None, **kwargs: Any
    ) -> HttpResponse:
        if application is None:  # the toolkit does not pass it when the request was invalid
            client_id = self.request.GET.get("client_id") or self.request.POST.get("client_id")
            try:
                application = Application.objects.filter(client_id=client_id or "").first()
            except ValueError:  # a NUL byte, which PostgreSQL cannot even look up
                application = None
        response: HttpResponse = super().error_response(error, application, **kwargs)
        return response

    def redirect(self, redirect_to: str, application: Application | None) -> HttpResponse:
        if redirect_to.split("?", 1)[0] == OOB_REDIRECT_URI:
            answer = dict(parse_qsl(urlsplit(redirect_to).query))
            return render(
                self.request,
                "oauth/oob.html",
                {
                    "application": application,
                    "code": answer.get("code", ""),
                    "error": answer.get("error", ""),
                },
            )
        response: HttpResponse = super().redirect(redirect_to, application)
        return response


class TokenView(_Mastodon, toolkit.TokenView):  # type: ignore[misc]
    """Exchange a code, a password, a refresh token or the app's own secret for a token."""


class RevokeView(_Mastodon, toolkit.RevokeTokenView):  # type: ignore[misc]
    """Revoke a token; Mastodon answers `{}`."""

    def post(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response: HttpResponse = super().post(request, *args, **kwargs)
        if response.status_code == 200:
            return JsonResponse({})
        return response
