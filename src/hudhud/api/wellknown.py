"""Documents at fixed addresses that clients and servers read first: NodeInfo
(nodeinfo.diaspora.software), found through /.well-known/nodeinfo."""

from typing import Any

from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.urls import URLPattern, path
from django.views.decorators.http import require_GET

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


urlpatterns: list[URLPattern] = [
    path(".well-known/nodeinfo", nodeinfo_links, name="nodeinfo"),
    *(
        path(f"nodeinfo/{version}", nodeinfo, {"version": version}, name=f"nodeinfo-{version}")
        for version in _VERSIONS
    ),
]
