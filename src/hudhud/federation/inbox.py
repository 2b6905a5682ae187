"""What arrives in the inboxes: checked, stored, then applied by a task.

An activity is taken only when its HTTP signature is good, made with the key of the very
actor the activity names; its id, and the id of an object it creates, updates or deletes,
must live on that actor's server, and a created or updated object must be attributed to
it. Stored with its id, the same activity sent twice is applied once.
"""

import json
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urldefrag

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import task

from hudhud.accounts.models import Account, Follow
from hudhud.accounts.services import (
    block_create,
    block_delete,
    follow_accept,
    follow_create,
    follow_delete,
)
from hudhud.federation.client import FetchError
from hudhud.federation.delivery import instance_heard_from
from hudhud.federation.fetch import domain_blocked, fetch_document
from hudhud.federation.models import InboxItem, Tombstone
from hudhud.federation.objects import NOTE_TYPES, id_of, post_from_note, post_of
from hudhud.federation.outbox import follow_answer
from hudhud.federation.services import ACTOR_TYPES, actor_of, host_of, remote_account_save
from hudhud.federation.signatures import (
    Signature,
    SignatureError,
    WrongKey,
    signature_of,
    verify,
)
from hudhud.moderation.services import MAX_COMMENT_LENGTH, report_create
from hudhud.posts.models import Like, Post
from hudhud.posts.services import boost_create, like_create, like_delete, post_delete

#: The activities whose object must come from the actor's own server.
_OWN_OBJECT = frozenset({"Create", "Update", "Delete"})


class Refusal(Exception):
    """An activity this server does not take; `status` is the HTTP status to answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def _key_owner(key_id: str) -> Account:
    """Return the account whose key `key_id` is: the actor the id points into (`…#main-key`)
    when known, else what fetching the key's document says owns it."""
    url, _fragment = urldefrag(key_id)
    known = Account.objects.filter(uri=url).first()
    if known is not None:
        return known
    document = fetch_document(url)
    owner = document.get("owner")
    if document.get("type") in ("Key", "CryptographicKey") and isinstance(owner, str):
        return actor_of(owner)
    return remote_account_save(document)


def _signer(
    signature: Signature, *, method: str, target: str, headers: Mapping[str, str], body: bytes
) -> Account:
    """Return the remote account that signed the request. A key that does not match is
    fetched again from its origin, once: keys change only there."""

    def check(owner: Account) -> None:
        verify(
            signature,
            method=method,
            target=target,
            headers=headers,
            body=body,
            public_key=owner.public_key,
        )

    try:
        owner = _key_owner(signature.key_id)
        if owner.local:
            raise Refusal(401, "A key of this server signs nothing that arrives from outside.")
        try:
            check(owner)
        except WrongKey:
            owner = actor_of(owner.uri, refresh=True)
            check(owner)
    except FetchError as error:
        raise Refusal(401, f"The signing key could not be fetched: {error}") from error
    except SignatureError as error:
        raise Refusal(401, str(error)) from error
    return owner


def fetch_signer(*, target: str, headers: Mapping[str, str]) -> Account:
    """Return the remote account that signed a GET of `target` (authorized fetch); raise
    Refusal when it is not signed, badly signed, or by a blocked server."""
    try:
        signature = signature_of(headers)
    except SignatureError as error:
        raise Refusal(401, str(error)) from error
    if domain_blocked(host_of(signature.key_id)):
        raise Refusal(403, "This server is blocked here.")
    return _signer(signature, method="GET", target=target, headers=headers, body=b"")


def _check_origin(activity: dict[str, Any], actor: Account) -> None:
    host = host_of(actor.uri)
    if id_of(activity.get("actor")) != actor.uri:
        raise Refusal(403, "The activity is signed by another actor than its own.")
    activity_id = activity.get("id")
    if activity_id is not None and (
        not isinstance(activity_id, str) or host_of(activity_id) != host
    ):
        raise Refusal(403, "The activity's id is not on its actor's server.")
    if activity.get("type") in _OWN_OBJECT:
        found = activity.get("object")
        object_id = id_of(found)
        if object_id is None or host_of(object_id) != host:
            raise Refusal(403, "The object is not on its actor's server.")
        attributed = found.get("attributedTo") if isinstance(found, dict) else None
        if attributed is not None and id_of(attributed) != actor.uri:
            raise Refusal(403, "The object is attributed to another actor.")


def activity_receive(
    *, method: str, target: str, headers: Mapping[str, str], body: bytes
) -> InboxItem | None:
    """Check and store an activity posted to an inbox (`headers` named in lower case);
    return it, or None when it arrived already. Raise Refusal for what is not taken."""
    try:
        activity = json.loads(body)
    except ValueError as error:
        raise Refusal(400, "The body is not JSON.") from error
    if not isinstance(activity, dict) or not isinstance(activity.get("type"), str):
        raise Refusal(400, "The body is not an activity.")
    try:
        signature = signature_of(headers)
    except SignatureError as error:
        raise Refusal(401, str(error)) from error
    if domain_blocked(host_of(signature.key_id), host_of(id_of(activity.get("actor")) or "")):
        raise Refusal(403, "This server is blocked here.")
    actor = _signer(signature, method=method, target=target, headers=headers, body=body)
    _check_origin(activity, actor)
    try:
        with transaction.atomic():
            item = InboxItem.objects.create(
                activity_id=activity.get("id"), signer=actor.uri, activity=activity
            )
    except IntegrityError:
        return None
    instance_heard_from(host_of(actor.uri))
    transaction.on_commit(lambda: process_inbox_item.enqueue(item.pk))
    return item


@task()
def process_inbox_item(item_id: int) -> None:
    item = InboxItem.objects.filter(pk=item_id, processed_at=None).first()
    if item is not None:
        inbox_item_apply(item=item)


def inbox_item_apply(*, item: InboxItem) -> None:
    """Apply a stored activity; what cannot be applied is kept with the reason."""
    actor = Account.objects.get(uri=item.signer)
    handler = _HANDLERS.get(item.activity["type"])
    try:
        with transaction.atomic():
            if handler is not None:
                handler(actor, item.activity)
            item.processed_at = timezone.now()
            item.save(update_fields=["processed_at"])
    except (Refusal, FetchError, ValueError) as error:
        item.processed_at = timezone.now()
        item.error = str(error)
        item.save(update_fields=["processed_at", "error"])


def _local_account(uri: str | None) -> Account:
    found = Account.objects.filter(uri=uri, local=True, suspended=False).first() if uri else None
    if found is None:
        raise Refusal(404, "No such account here.")
    return found


def _on_follow(actor: Account, activity: dict[str, Any]) -> None:
    target = _local_account(id_of(activity.get("object")))
    follow = follow_create(follower=actor, target=target, uri=activity.get("id") or "")
    if follow.accepted:
        follow_answer(follow=follow, accepted=True)


def _follow_of(actor: Account, found: Any) -> Follow | None:
    """Return the follow of a local account that an Accept or Reject of `actor` answers:
    named by its id, or embedded."""
    follows = Follow.objects.filter(target=actor, follower__local=True).select_related("follower")
    object_id = id_of(found)
    by_id = follows.filter(uri=object_id).first() if object_id else None
    if by_id is not None or not isinstance(found, dict):
        return by_id
    return follows.filter(follower__uri=id_of(found.get("actor"))).first()


def _on_accept(actor: Account, activity: dict[str, Any]) -> None:
    follow = _follow_of(actor, activity.get("object"))
    if follow is not None:
        follow_accept(target=actor, follower=follow.follower)


def _on_reject(actor: Account, activity: dict[str, Any]) -> None:
    follow = _follow_of(actor, activity.get("object"))
    if follow is not None:
        follow_delete(follower=follow.follower, target=actor)


def _on_undo(actor: Account, activity: dict[str, Any]) -> None:
    undone = activity.get("object")
    undone_id = id_of(undone)
    kind = undone.get("type") if isinstance(undone, dict) else None
    follows = Follow.objects.filter(follower=actor).select_related("target")
    follow = follows.filter(uri=undone_id).first() if undone_id else None
    if follow is None and kind == "Follow" and isinstance(undone, dict):
        follow = follows.filter(target__uri=id_of(undone.get("object"))).first()
    if follow is not None:
        follow_delete(follower=actor, target=follow.target)
        return
    boost = Post.objects.filter(author=actor, uri=undone_id, boost_of__isnull=False).first()
    if boost is not None:
        post_delete(post=boost)
        return
    like = Like.objects.filter(account=actor, uri=undone_id).select_related("post").first()
    if like is None and kind == "Like" and isinstance(undone, dict):
        like = (
            Like.objects.filter(account=actor, post__uri=id_of(undone.get("object")))
            .select_related("post")
            .first()
        )
    if like is not None:
        like_delete(account=actor, post=like.post)
        return
    if kind == "Block" and isinstance(undone, dict):
        target = Account.objects.filter(uri=id_of(undone.get("object")), local=True).first()
        if target is not None:
            block_delete(account=actor, target=target)


def _on_create(actor: Account, activity: dict[str, Any]) -> None:
    created = activity.get("object")
    if isinstance(created, str):  # given by its id only: fetched from its origin
        created = fetch_document(created)
    if isinstance(created, dict) and created.get("type") in NOTE_TYPES:
        post_from_note(created, actor)


def _on_update(actor: Account, activity: dict[str, Any]) -> None:
    updated = activity.get("object")
    kind = updated.get("type") if isinstance(updated, dict) else None
    if kind in ACTOR_TYPES and id_of(updated) == actor.uri:
        actor_of(actor.uri, refresh=True)  # what the origin says, not what the activity says
    elif kind in NOTE_TYPES and Post.objects.filter(uri=id_of(updated), author=actor).exists():
        post_from_note(updated, actor)  # type: ignore[arg-type]


def _on_delete(actor: Account, activity: dict[str, Any]) -> None:
    deleted = id_of(activity.get("object"))
    if deleted is None:
        return
    if deleted == actor.uri:  # the account itself is gone
        Account.objects.filter(pk=actor.pk).update(suspended=True)
        return
    post = Post.objects.filter(uri=deleted, author=actor).first()
    if post is not None:
        post_delete(post=post)
    Tombstone.objects.get_or_create(uri=deleted)


def _on_announce(actor: Account, activity: dict[str, Any]) -> None:
    original = post_of(activity.get("object"))
    if original is not None:
        boost_create(account=actor, post=original, uri=activity.get("id") or "")


def _on_like(actor: Account, activity: dict[str, Any]) -> None:
    liked = Post.objects.filter(uri=id_of(activity.get("object")), local=True).first()
    if liked is not None:
        like_create(account=actor, post=liked, uri=activity.get("id") or "")


def _on_flag(actor: Account, activity: dict[str, Any]) -> None:
    """A report from another server about local accounts (and their posts)."""
    flagged = activity.get("object")
    uris = {
        found
        for item in (flagged if isinstance(flagged, list) else [flagged])
        if (found := id_of(item))
    }
    posts = list(Post.objects.filter(uri__in=uris, local=True).select_related("author"))
    targets = {account.pk: account for account in Account.objects.filter(uri__in=uris, local=True)}
    targets.update((post.author_id, post.author) for post in posts)
    content = activity.get("content")
    for target in targets.values():
        report_create(
            reporter=actor,
            target=target,
            posts=[post for post in posts if post.author_id == target.pk],
            comment=content[:MAX_COMMENT_LENGTH] if isinstance(content, str) else "",
        )


def _on_block(actor: Account, activity: dict[str, Any]) -> None:
    target = _local_account(id_of(activity.get("object")))
    block_create(account=actor, target=target)


_HANDLERS: dict[str, Callable[[Account, dict[str, Any]], None]] = {
    "Follow": _on_follow,
    "Accept": _on_accept,
    "Reject": _on_reject,
    "Undo": _on_undo,
    "Create": _on_create,
    "Update": _on_update,
    "Delete": _on_delete,
    "Announce": _on_announce,
    "Like": _on_like,
    "Block": _on_block,
    "Flag": _on_flag,
}
