"""Documents at fixed addresses that clients and servers read first: NodeInfo
(nodeinfo.diaspora.software), found through /.well-known/nodeinfo, and the OAuth server's
metadata at /.well-known/oauth-authorization-server."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path, reverse
from django.views.decorators.http import require_GET

from hudhud.api import scopes as mastodon_scopes
from hudhud.api.usage import server_usage
from hudhud.api.version import HUDHUD_VERSION, MASTODON_VERSION

_SCHEMA = "http://nodeinfo.diaspora.software/ns/schema/{version}"
_VERSIONS = ("2.0", "2.1")


def _json(data: dict[str, Any], content_type: str = "application/json") -> JsonResponse:
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = content_type
    # Web apps of other servers read these from the browser.
    response["Access-Control-Allow-Origin"] = "*"
    return response


@require_GET
def nodeinfo_links(request: HttpRequest) -> JsonResponse:
    """Point to the NodeInfo documents this server offers."""
    return _json(
        {
            "links": [
                {
                    "rel": _SCHEMA.format(version=version),
                    "href": f"{settings.BASE_URL}/nodeinfo/{version}",
                }
                for version in _VERSIONS
            ]
        }
    )


@require_GET
def nodeinfo(request: HttpRequest, version: str) -> JsonResponse:
    """Return NodeInfo `version`: the software, its protocols, users and posts."""
    usage = server_usage()
    software: dict[str, str] = {"name": "hudhud", "version": HUDHUD_VERSION}
    if version == "2.1" and settings.SOURCE_URL:
        software["repository"] = settings.SOURCE_URL
    data: dict[str, Any] = {
        "version": version,
        "software": software,
        "protocols": ["activitypub"],
        "services": {"outbound": [], "inbound": []},
        "usage": {
            "users": {
                "total": usage.users,
                "activeMonth": usage.active_month,
                "activeHalfyear": usage.active_halfyear,
            },
            "localPosts": usage.local_posts,
        },
        "openRegistrations": settings.REGISTRATIONS != "closed",
        "metadata": {
            "nodeName": settings.INSTANCE_TITLE,
            "nodeDescription": settings.INSTANCE_DESCRIPTION,
            # Apps that tell servers apart by NodeInfo treat Hudhud as the Mastodon it speaks.
            "upstream": {"name": "mastodon", "version": MASTODON_VERSION},
        },
    }
    schema = _SCHEMA.format(version=version)
    return _json(data, f'application/json; profile="{schema}#"')


@require_GET
def authorization_server_metadata(request: HttpRequest) -> JsonResponse:
    """Describe this OAuth server as RFC 8414 and Mastodon 4.3 do."""
    base = settings.BASE_URL
    return JsonResponse(
        {
            "issuer": f"{base}/",
            "service_documentation": "https://docs.joinmastodon.org/",
            "authorization_endpoint": base + reverse("oauth_authorize"),
            "token_endpoint": base + reverse("oauth_token"),
            "revocation_endpoint": base + reverse("oauth_revoke"),
            "app_registration_endpoint": f"{base}/api/v1/apps",
            "scopes_supported": list(mastodon_scopes.SCOPES),
            "response_types_supported": ["code"],
            "response_modes_supported": ["query"],
            "grant_types_supported": [
                "authorization_code",
                "password",
                "client_credentials",
                "refresh_token",
            ],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": [
                "client_secret_basic",
                "client_secret_post",
            ],
        }
    )


urlpatterns: list[URLPattern] = [
    path(".well-known/nodeinfo", nodeinfo_links, name="nodeinfo"),
    *(
        path(f"nodeinfo/{version}", nodeinfo, {"version": version}, name=f"nodeinfo-{version}")
        for version in _VERSIONS
    ),
    path(
        ".well-known/oauth-authorization-server",
        authorization_server_metadata,
        name="oauth_metadata",
    ),
]
