"""ActivityStreams, the federation face of our objects: one pure translator per type, from
a model already fetched to the dict other servers read (as Mastodon writes them)."""

from typing import Any

from django.conf import settings
from django.utils.html import escape

from hudhud.accounts.models import Account, AccountKind, Block, Follow
from hudhud.api.schemas.accounts import absolute
from hudhud.moderation.models import Report
from hudhud.posts.models import Like, Media, Post, Visibility

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
        # The server's name, without a port: a username has none.
        "preferredUsername": settings.DOMAIN.split(":")[0],
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


def addressing(post: Post) -> tuple[list[str], list[str]]:
    """Return the `to` and `cc` of a post, as Mastodon addresses each visibility."""
    followers = f"{post.author.uri}/followers"
    mentioned = [account.uri for account in post.mentions.all()]
    if post.visibility == Visibility.PUBLIC:
        return [PUBLIC], [followers, *mentioned]
    if post.visibility == Visibility.UNLISTED:
        return [followers], [PUBLIC, *mentioned]
    if post.visibility == Visibility.FOLLOWERS:
        return [followers, *mentioned], []
    return mentioned, []


def _attachment(media: Media) -> dict[str, Any]:
    found: dict[str, Any] = {
        "type": "Document",
        "mediaType": media.mime_type,
        "url": absolute(media.file.url) if media.file else media.remote_url,
        "name": media.description or None,
        "blurhash": media.blurhash or None,
    }
    if media.width and media.height:
        found["width"], found["height"] = media.width, media.height
    return found


def note(post: Post) -> dict[str, Any]:
    """Return the Note of a local post (not a boost)."""
    to, cc = addressing(post)
    tags: list[dict[str, Any]] = [
        {
            "type": "Mention",
            "href": account.uri,
            "name": f"@{account.username}@{account.domain or settings.DOMAIN}",
        }
        for account in post.mentions.all()
    ]
    tags += [
        {"type": "Hashtag", "href": f"{settings.BASE_URL}/tags/{tag.name}", "name": f"#{tag.name}"}
        for tag in post.hashtags.all()
    ]
    found: dict[str, Any] = {
        "id": post.uri,
        "type": "Note",
        "attributedTo": post.author.uri,
        "url": post.url or post.uri,
        "published": post.created_at.isoformat().replace("+00:00", "Z"),
        "to": to,
        "cc": cc,
        "sensitive": post.sensitive,
        "summary": post.spoiler_text or None,
        "content": post.content,
        "inReplyTo": post.in_reply_to.uri if post.in_reply_to else None,
        "tag": tags,
        "attachment": [_attachment(media) for media in post.media.all()],
    }
    if post.language:
        found["contentMap"] = {post.language: post.content}
    if post.edited_at is not None:
        found["updated"] = post.edited_at.isoformat().replace("+00:00", "Z")
    if post.quote_of is not None:
        found["quote"] = found["quoteUri"] = post.quote_of.uri
    return found


def create_activity(post: Post, *, edited: bool = False) -> dict[str, Any]:
    """Return the Create (or, `edited`, the Update) of a local post."""
    created = note(post)
    activity_id = f"{post.uri}/activity"
    if edited and post.edited_at is not None:
        activity_id = f"{post.uri}#updates/{int(post.edited_at.timestamp())}"
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": activity_id,
        "type": "Update" if edited else "Create",
        "actor": post.author.uri,
        "published": created["published"],
        "to": created["to"],
        "cc": created["cc"],
        "object": created,
    }


def delete_activity(post: Post) -> dict[str, Any]:
    """Return the Delete of a local post."""
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": f"{post.uri}#delete",
        "type": "Delete",
        "actor": post.author.uri,
        "to": [PUBLIC],
        "object": {"id": post.uri, "type": "Tombstone"},
    }


def announce_activity(boost: Post) -> dict[str, Any]:
    """Return the Announce of a local boost."""
    assert boost.boost_of is not None  # noqa: S101 - a boost has its original
    to, cc = addressing(boost)
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": boost.uri,
        "type": "Announce",
        "actor": boost.author.uri,
        "published": boost.created_at.isoformat().replace("+00:00", "Z"),
        "to": to,
        "cc": [*cc, boost.boost_of.author.uri],
        "object": boost.boost_of.uri,
    }


def like_activity(like: Like) -> dict[str, Any]:
    """Return the Like of a local account's like."""
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": like.uri or f"{like.account.uri}#likes/{like.pk}",
        "type": "Like",
        "actor": like.account.uri,
        "object": like.post.uri,
    }


def actor_update_activity(account: Account, public_key: str) -> dict[str, Any]:
    """Return the Update of a local account's actor, after its profile changed."""
    document = actor(account, public_key)
    return {
        "@context": ACTOR_CONTEXT,
        "id": f"{account.uri}#updates/{int(account.updated_at.timestamp())}",
        "type": "Update",
        "actor": account.uri,
        "to": [PUBLIC],
        "object": {name: value for name, value in document.items() if name != "@context"},
    }


def flag_activity(report: Report) -> dict[str, Any]:
    """Return the Flag that forwards a report to the reported account's server, in the name
    of this server (the instance actor), not of the reporter."""
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": f"{settings.BASE_URL}/reports/{report.pk}",
        "type": "Flag",
        "actor": instance_actor_uri(),
        "content": report.comment,
        "object": [report.target.uri, *(post.uri for post in report.posts.all())],
        "to": [report.target.uri],
    }


def block_activity(block: Block) -> dict[str, Any]:
    """Return the Block of a local account's block of a remote one."""
    return {
        "@context": ACTIVITY_CONTEXT,
        "id": block.uri or f"{block.account.uri}#blocks/{block.pk}",
        "type": "Block",
        "actor": block.account.uri,
        "object": block.target.uri,
    }
