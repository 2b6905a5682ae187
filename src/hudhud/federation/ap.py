"""ActivityStreams, the federation face of our objects: one pure translator per type, from
a model already fetched to the dict other servers read (as Mastodon writes them)."""

from typing import Any

from django.conf import settings
from django.utils.html import escape

from hudhud.accounts.models import Account, AccountKind, Follow
from hudhud.api.schemas.accounts import absolute

ACTIVITY_JSON = "application/activity+json"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
#: The context of an actor, as Mastodon writes it: its extensions named, none fetched.
ACTOR_CONTEXT: list[Any] = [
    "https://www.w3.org/ns/activitystreams",
    "https://w3id.org/security/v1",
    {
        "manuallyApprovesFollowers": "as:manuallyApprovesFollowers",
        "toot": "http://joinmastodon.org/ns#",
        "featured": {"@id": "toot:featured", "@type": "@id"},
        "discoverable": "toot:discoverable",
        "indexable": "toot:indexable",
        "schema": "http://schema.org#",
        "PropertyValue": "schema:PropertyValue",
        "value": "schema:value",
    },
]
_ORGANISATIONS = (AccountKind.ORGANISATION, AccountKind.BUSINESS, AccountKind.STARTUP)


def actor_type(account: Account) -> str:
    """Return the actor type of an account: Service for bots, Organization for
    organisations, businesses and startups, Person for the rest."""
    if account.bot:
        return "Service"
    return "Organization" if account.kind in _ORGANISATIONS else "Person"


def _image(file: Any) -> dict[str, str] | None:
    if not file:
        return None
    name = file.name.lower()
    kind = (
        "image/png"
        if name.endswith(".png")
        else "image/webp"
        if name.endswith(".webp")
        else "image/jpeg"
    )
    return {"type": "Image", "mediaType": kind, "url": absolute(file.url)}


def actor(account: Account, public_key: str) -> dict[str, Any]:
    """Return the actor document of a local account, signed for by `public_key`."""
    document: dict[str, Any] = {
        "@context": ACTOR_CONTEXT,
        "id": account.uri,
        "type": actor_type(account),
        "following": f"{account.uri}/following",
        "followers": f"{account.uri}/followers",
        "inbox": account.inbox_uri,
        "outbox": f"{account.uri}/outbox",
        "featured": f"{account.uri}/collections/featured",
        "preferredUsername": account.username,
        "name": account.display_name,
        "summary": account.bio_html,
        "url": account.url or account.uri,
        "manuallyApprovesFollowers": account.locked,
        "discoverable": account.discoverable,
        "indexable": account.indexable,
        # Mastodon shows the day an account was made, not the moment.
        "published": account.created_at.strftime("%Y-%m-%dT00:00:00Z"),
        "publicKey": {
            "id": f"{account.uri}#main-key",
            "owner": account.uri,
            "publicKeyPem": public_key,
        },
        "attachment": [
            {"type": "PropertyValue", "name": item["name"], "value": escape(item["value"])}
            for item in account.fields
        ],
        "endpoints": {"sharedInbox": account.shared_inbox_uri},
    }
    for name, file in (("icon", account.avatar), ("image", account.header)):
        image = _image(file)
        if image is not None:
            document[name] = image
    return document


ACTIVITY_CONTEXT = "https://www.w3.org/ns/activitystreams"


def instance_actor_uri() -> str:
    return f"{settings.BASE_URL}/actor"


def instance_actor(public_key: str) -> dict[str, Any]:
    """Return the server's own actor (Mastodon's instance actor), which signs fetches."""
    uri = instance_actor_uri()
    return {
        "@context": ACTOR_CONTEXT,
        "id": uri,
        "type": "Application",
        "preferredUsername": settings.DOMAIN,
        "inbox": f"{uri}/inbox",
        "outbox": f"{uri}/outbox",
        "endpoints": {"sharedInbox": f"{settings.BASE_URL}/inbox"},
        "url": f"{settings.BASE_URL}/",
        "manuallyApprovesFollowers": True,
        "publicKey": {"id": f"{uri}#main-key", "owner": uri, "publicKeyPem": public_key},
    }


def follow_activity(follow: Follow) -> dict[str, Any]:
    """Return the Follow of `follow` (its follower's)."""
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": follow.uri,
        "type": "Follow",
        "actor": follow.follower.uri,
        "object": follow.target.uri,
    }


def follow_answer_activity(follow: Follow, *, accepted: bool) -> dict[str, Any]:
    """Return the Accept (or Reject) of `follow` by its target."""
    kind = "Accept" if accepted else "Reject"
    followed = follow_activity(follow)
    del followed["@context"]
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": f"{follow.target.uri}#{kind.lower()}s/follows/{follow.pk}",
        "type": kind,
        "actor": follow.target.uri,
        "object": followed,
    }


def undo_activity(activity: dict[str, Any]) -> dict[str, Any]:
    """Return the Undo of one's own `activity`."""
    undone = {name: value for name, value in activity.items() if name != "@context"}
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": f"{activity['id']}/undo",
        "type": "Undo",
        "actor": activity["actor"],
        "object": undone,
    }
