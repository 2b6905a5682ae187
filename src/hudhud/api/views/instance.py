"""The instance: description, rules, peers, activity, languages, custom emojis and
announcements (docs.joinmastodon.org/methods/instance, custom_emojis, announcements)."""

from datetime import datetime

import babel
from django.conf import settings
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.html import escape
from ninja import Router

from hudhud.api.auth import signed_in, token
from hudhud.api.lookup import object_id
from hudhud.api.schemas.accounts import CustomEmoji
from hudhud.api.schemas.instance import (
    Activity,
    Announcement,
    ExtendedDescription,
    Instance,
    Language,
    Rule,
    V1Instance,
    activity,
    instance,
    rules,
    v1_instance,
)
from hudhud.api.usage import contact_account, peer_domains, server_usage, weekly_activity

router = Router(tags=["instance"])

#: The description is a setting: it last changed when the server started.
_STARTED_AT: datetime = timezone.now()


@router.get("/v2/instance", response=Instance)
def instance_get(request: HttpRequest) -> Instance:
    return instance(server_usage(), contact_account())


@router.get("/v1/instance", response=V1Instance)
def instance_v1_get(request: HttpRequest) -> V1Instance:
    return v1_instance(server_usage(), contact_account())


@router.get("/v1/instance/rules", response=list[Rule])
def instance_rules(request: HttpRequest) -> list[Rule]:
    return rules()


@router.get("/v1/instance/peers", response=list[str])
def instance_peers(request: HttpRequest) -> list[str]:
    return peer_domains()


@router.get("/v1/instance/activity", response=list[Activity])
def instance_activity(request: HttpRequest) -> list[Activity]:
    return activity(weekly_activity())


@router.get("/v1/instance/extended_description", response=ExtendedDescription)
def instance_extended_description(request: HttpRequest) -> ExtendedDescription:
    return ExtendedDescription(
        updated_at=_STARTED_AT, content=f"<p>{escape(settings.INSTANCE_DESCRIPTION)}</p>"
    )


@router.get("/v1/instance/languages", response=list[Language])
def instance_languages(request: HttpRequest) -> list[Language]:
    """Return the languages a post may be written in: ISO 639-1, named in English."""
    names = babel.Locale("en").languages
    return [Language(code=code, name=names[code]) for code in sorted(names) if len(code) == 2]


@router.get("/v1/instance/translation_languages", response=dict[str, list[str]])
def instance_translation_languages(request: HttpRequest) -> dict[str, list[str]]:
    return {}  # no translation service


@router.get("/v1/instance/domain_blocks", response=list[dict[str, str]])
def instance_domain_blocks(request: HttpRequest) -> list[dict[str, str]]:
    return []  # no server is blocked until federation brings domain blocks


@router.get("/v1/custom_emojis", response=list[CustomEmoji])
def custom_emojis(request: HttpRequest) -> list[CustomEmoji]:
    return []


@router.get("/v1/announcements", response=list[Announcement], auth=token("read"))
def announcements(request: HttpRequest) -> list[Announcement]:
    signed_in(request)
    return []


@router.post(
    "/v1/announcements/{id}/dismiss", response=dict[str, str], auth=token("write:accounts")
)
def announcement_dismiss(request: HttpRequest, id: str) -> dict[str, str]:
    signed_in(request)
    object_id(id)
    raise Http404  # there are no announcements yet


@router.put(
    "/v1/announcements/{id}/reactions/{name}",
    response=dict[str, str],
    auth=token("write:favourites"),
)
def announcement_react(request: HttpRequest, id: str, name: str) -> dict[str, str]:
    signed_in(request)
    object_id(id)
    raise Http404


@router.delete(
    "/v1/announcements/{id}/reactions/{name}",
    response=dict[str, str],
    auth=token("write:favourites"),
)
def announcement_unreact(request: HttpRequest, id: str, name: str) -> dict[str, str]:
    signed_in(request)
    object_id(id)
    raise Http404
