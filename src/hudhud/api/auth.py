"""Who is calling: the bearer token of a request, the account behind it and its scopes.

Every endpoint names the scope it needs: `auth=token("read:statuses")` for endpoints that
need a signed-in account, `auth=token("read:statuses", optional=True)` for public ones
that show more to a signed-in caller. A wrong or revoked token is a 401 even where no token
is needed, as on Mastodon; a token without the scope is a 403.
"""

import hashlib
from dataclasses import dataclass

from django.http import HttpRequest
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from ninja.errors import HttpError
from ninja.security.http import HttpBearer
from oauth2_provider.models import AccessToken

from hudhud.accounts.models import Account
from hudhud.api import scopes


@dataclass(frozen=True)
class Caller:
    """The account and token of a request; both None for an anonymous caller, and the
    account None for an app's own token (client credentials)."""

    account: Account | None
    token: AccessToken | None
    scopes: frozenset[str]


ANONYMOUS = Caller(account=None, token=None, scopes=frozenset())


def caller_of(token: str) -> Caller | None:
    """Return the caller a bearer token stands for, or None if it is unknown or dead."""
    checksum = hashlib.sha256(token.encode()).hexdigest()
    try:
        found = AccessToken.objects.select_related("user__account").get(token_checksum=checksum)
    except AccessToken.DoesNotExist:
        return None
    if found.expires <= timezone.now():
        return None
    account = found.user.account if found.user is not None else None
    if account is not None and account.suspended:
        return None
    return Caller(account=account, token=found, scopes=frozenset(scopes.parse(found.scope)))


def _caller_of_request(request: HttpRequest, token: str) -> Caller | None:
    """Return the caller `token` stands for, looked up once a request (the rate limits look
    before the endpoint does)."""
    known: tuple[str, Caller | None] | None = getattr(request, "_hudhud_caller", None)
    if known is None or known[0] != token:
        known = (token, caller_of(token))
        request._hudhud_caller = known  # type: ignore[attr-defined]
    return known[1]


def bearer_caller(request: HttpRequest) -> Caller | None:
    """Return the caller of the request's bearer token: ANONYMOUS without one, None for a
    token that is unknown or dead."""
    scheme, _space, value = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not value.strip():
        return ANONYMOUS
    return _caller_of_request(request, value.strip())


class Token(HttpBearer):
    """Authenticate by bearer token and require `scope` of it."""

    def __init__(self, scope: str, *, optional: bool = False) -> None:
        super().__init__()
        self.scope = scope
        self.optional = optional

    def __call__(self, request: HttpRequest) -> Caller | None:
        if not request.headers.get(self.header):
            return ANONYMOUS if self.optional else None
        return super().__call__(request)

    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        caller = _caller_of_request(request, token)
        if caller is None:
            return None
        if not scopes.grants(caller.scopes, self.scope):
            raise HttpError(403, _("This action is outside the authorized scopes"))
        user = caller.account.user if caller.account is not None else None
        if user is not None and not user.is_active:  # signed up, not yet approved
            raise HttpError(403, _("Your login is currently pending approval"))
        if caller.account is None and not self.optional:
            raise HttpError(422, _("This method requires an authenticated user"))
        if caller.account is not None and caller.account.user is not None:
            translation.activate(caller.account.user.language)  # errors in their language
        return caller


def token(scope: str, *, optional: bool = False) -> Token:
    """Return the authentication of an endpoint that needs `scope`: of a signed-in account,
    or, when `optional`, of anyone (an anonymous caller or an app's own token too)."""
    return Token(scope, optional=optional)


def caller(request: HttpRequest) -> Caller:
    """Return the caller that the endpoint's authentication found."""
    found: Caller = request.auth  # type: ignore[attr-defined]
    return found


def signed_in(request: HttpRequest) -> Account:
    """Return the caller's account, for endpoints whose authentication requires one."""
    account = caller(request).account
    if account is None:  # only an endpoint with an optional token lets one through
        raise HttpError(422, _("This method requires an authenticated user"))
    return account
