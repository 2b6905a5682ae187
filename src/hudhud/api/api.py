"""The Mastodon API as one Ninja application: its routers, parser, renderer and errors.

Errors are Mastodon's: `{"error": "…"}` with the status Mastodon uses, in the caller's
language, and never a 500 for what a client sent.
"""

import json
from typing import Any

from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import BaseRenderer
from ninja.responses import NinjaJSONEncoder

from hudhud.api.parser import MastodonParser
from hudhud.api.version import MASTODON_VERSION
from hudhud.api.views import ROUTERS


class Renderer(BaseRenderer):
    media_type = "application/json"

    def render(self, request: HttpRequest, data: Any, *, response_status: int) -> str:
        return json.dumps(data, cls=NinjaJSONEncoder, ensure_ascii=False)


api = NinjaAPI(
    title="Hudhud (Mastodon client API)",
    version=MASTODON_VERSION,
    urls_namespace="api",
    parser=MastodonParser(),
    renderer=Renderer(),
    docs_url=None,
)
for router in ROUTERS:
    api.add_router("", router)


def error(request: HttpRequest, message: str, status: int) -> HttpResponse:
    return api.create_response(request, {"error": message}, status=status)


def _validation_message(errors: list[dict[str, Any]]) -> str:
    parts = []
    for item in errors:
        where = ".".join(str(part) for part in item.get("loc", ())[1:] if part != "body")
        parts.append(f"{where}: {item.get('msg', '')}" if where else str(item.get("msg", "")))
    return _("Validation failed: %(errors)s") % {"errors": "; ".join(parts)}


@api.exception_handler(ValidationError)
def _invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    return error(request, _validation_message(list(exc.errors)), 422)


@api.exception_handler(DjangoValidationError)
def _refused(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    return error(
        request, _("Validation failed: %(errors)s") % {"errors": " ".join(exc.messages)}, 422
    )


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return error(request, _("The access token is invalid"), 401)


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return error(request, str(exc), exc.status_code)


@api.exception_handler(Http404)
@api.exception_handler(ObjectDoesNotExist)
def _not_found(request: HttpRequest, exc: Exception) -> HttpResponse:
    return error(request, _("Record not found"), 404)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return error(request, str(exc) or _("This action is not allowed"), 403)
