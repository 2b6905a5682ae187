"""Apps: register a client and check its credentials (docs.joinmastodon.org/methods/apps),
and sign a person up through an app (docs.joinmastodon.org/methods/accounts/#create)."""

import json
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema
from ninja.errors import HttpError
from oauth2_provider.models import AccessToken

from hudhud.api import scopes as mastodon_scopes
from hudhud.api.auth import Caller, Token, caller, caller_of, token
from hudhud.api.models import Application
from hudhud.api.services import application_create, registration_create
from hudhud.api.views.accounts import router as accounts_router

router = Router(tags=["apps"])


class ApplicationEntity(Schema):
    """docs.joinmastodon.org/entities/Application"""

    id: str
    name: str
    website: str | None
    scopes: list[str]
    redirect_uri: str
    redirect_uris: list[str]
    vapid_key: str


class CredentialApplication(ApplicationEntity):
    client_id: str
    client_secret: str
    client_secret_expires_at: int


class TokenEntity(Schema):
    """docs.joinmastodon.org/entities/Token"""

    access_token: str
    token_type: str
    scope: str
    created_at: int


def application_entity(app: Application) -> dict[str, Any]:
    uris = app.redirect_uris.split()
    return {
        "id": str(app.pk),
        "name": app.name,
        "website": app.website or None,
        "scopes": mastodon_scopes.parse(app.scopes),
        "redirect_uri": "\n".join(uris),
        "redirect_uris": uris,
        # Web Push arrives with its own keys; until then clients are told there is none.
        "vapid_key": getattr(settings, "VAPID_PUBLIC_KEY", ""),
    }


def token_entity(found: AccessToken, value: str) -> dict[str, Any]:
    return {
        "access_token": value,
        "token_type": "Bearer",
        "scope": found.scope,
        "created_at": int(found.created.timestamp()),
    }


class ApplicationCreate(Schema):
    client_name: str = ""
    redirect_uris: str | list[str] = ""
    scopes: str | list[str] = "read"
    website: str | None = None


@router.post("/v1/apps", response=CredentialApplication, auth=None)
def app_create(request: HttpRequest, body: ApplicationCreate) -> dict[str, Any]:
    created = application_create(
        name=body.client_name,
        redirect_uris=body.redirect_uris,
        scopes=body.scopes,
        website=body.website or "",
    )
    return {
        **application_entity(created.application),
        "client_id": created.application.client_id,
        "client_secret": created.client_secret,
        "client_secret_expires_at": 0,
    }


class AnyToken(Token):
    """Any live token, whatever its scopes: an app checks that its credentials still work."""

    def authenticate(self, request: HttpRequest, token: str) -> Caller | None:
        return caller_of(token)


@router.get("/v1/apps/verify_credentials", response=ApplicationEntity, auth=AnyToken(""))
def app_verify_credentials(request: HttpRequest) -> dict[str, Any]:
    found = caller(request).token
    if found is None or found.application is None:
        raise HttpError(401, _("The access token is invalid"))
    return application_entity(found.application)


class Registration(Schema):
    username: str = ""
    email: str = ""
    password: str = ""
    agreement: bool = False
    locale: str = ""
    reason: str = ""


# Which field and Mastodon error code a refusal of the sign-up belongs to, by its code.
_DETAIL_OF_CODE = {
    "username": ("username", "ERR_INVALID"),
    "username_taken": ("username", "ERR_TAKEN"),
    "username_reserved": ("username", "ERR_RESERVED"),
    "email_taken": ("email", "ERR_TAKEN"),
    "unique": ("email", "ERR_TAKEN"),
    "invalid": ("email", "ERR_INVALID"),
    "blank": ("email", "ERR_BLANK"),
    "max_length": ("email", "ERR_TOO_LONG"),
    "password_too_short": ("password", "ERR_TOO_SHORT"),
}


def _refusal(details: dict[str, list[dict[str, str]]]) -> HttpResponse:
    """Return Mastodon's 422 for a sign-up: one message, and each field's reasons."""
    message = "; ".join(
        f"{field}: {item['description']}" for field, items in details.items() for item in items
    )
    body = {
        "error": _("Validation failed: %(errors)s") % {"errors": message},
        "details": details,
    }
    return HttpResponse(
        json.dumps(body, ensure_ascii=False), status=422, content_type="application/json"
    )


def _blanks(body: Registration) -> dict[str, list[dict[str, str]]]:
    details: dict[str, list[dict[str, str]]] = {}
    for field in ("username", "email", "password"):
        if not getattr(body, field).strip():
            details[field] = [{"error": "ERR_BLANK", "description": _("can't be blank")}]
    if not body.agreement:
        details["agreement"] = [{"error": "ERR_ACCEPTED", "description": _("must be accepted")}]
    return details


def _language(locale: str) -> str:
    wanted = locale.strip().lower().replace("_", "-").split("-", 1)[0]
    return wanted if wanted in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


# Sign-up shares its path with `GET /v1/accounts`, so it joins that path's router: a second
# router with the same path would never be reached.
@accounts_router.post(
    "/v1/accounts", response=TokenEntity, auth=token("write:accounts", optional=True)
)
def account_register(request: HttpRequest, body: Registration) -> Any:
    found = caller(request).token
    if found is None or found.application is None:
        raise HttpError(401, _("The access token is invalid"))
    if settings.REGISTRATIONS == "closed":  # refused before the form is even read
        raise HttpError(403, _("New accounts cannot be created on this server."))
    details = _blanks(body)
    if details:
        return _refusal(details)
    try:
        account_token, value = registration_create(
            application=found.application,
            scopes=found.scope,
            username=body.username,
            email=body.email,
            password=body.password,
            language=_language(body.locale),
        )
    except ValidationError as error:
        for item in error.error_list:
            code = item.code or ""
            field, kind = _DETAIL_OF_CODE.get(
                code,
                ("password", "ERR_INVALID")
                if code.startswith("password")
                else ("base", "ERR_INVALID"),
            )
            details.setdefault(field, []).append(
                {"error": kind, "description": " ".join(item.messages)}
            )
        return _refusal(details)
    return token_entity(account_token, value)
