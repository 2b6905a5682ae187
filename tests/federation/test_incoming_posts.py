"""Posts that arrive from another server: a Note with its mention, hashtag, image (alt text
and blurhash), language and content warning lands in the posts table, cleaned; a Delete
that arrives before its Create wins; a Create sent twice is applied once."""

import json
from typing import Any

import pytest

from hudhud.federation.ap import PUBLIC
from hudhud.federation.models import Tombstone
from hudhud.notifications.models import Notification
from hudhud.posts.models import Post
from tests.factories import make_account
from tests.federation.peer import Peer, RemoteActor, post_to_inbox

pytestmark = pytest.mark.usefixtures("db")


def send(actor: RemoteActor, activity: dict[str, Any]) -> int:
    body = json.dumps(activity).encode()
    return int(post_to_inbox(body, actor.signed_headers(body)).status_code)


def create_of(actor: RemoteActor, number: int, **note: Any) -> dict[str, Any]:
    uri = f"{actor.uri}/notes/{number}"
    return {
        "id": f"{uri}/activity",
        "type": "Create",
        "actor": actor.uri,
        "to": ["as:Public"],
        "object": {
            "id": uri,
            "type": "Note",
            "attributedTo": actor.uri,
            "to": ["as:Public"],
            "content": "<p>نص</p>",
            **note,
        },
    }


def test_a_note_lands_with_its_structure_cleaned(peer: Peer) -> None:
    huda = make_account("huda")
    nora = peer.actor("nora")
    activity = create_of(
        nora,
        1,
        content=(
            '<p>مرحبا <a href="http://x/@huda" class="mention">@huda</a> #هدهد</p>'
            "<script>alert(1)</script>"
        ),
        contentMap={"ar": "<p>مرحبا</p>"},
        summary="تنبيه",
        sensitive=True,
        tag=[{"type": "Mention", "href": huda.uri, "name": "@huda"}],
        attachment=[
            {
                "type": "Document",
                "mediaType": "image/jpeg",
                "url": f"{peer.base_url}/photo.jpg",
                "name": "صورة الجناح",
                "blurhash": "LEHV6nWB2yk8pyo0adR*.7kCMdnj",
                "width": 800,
                "height": 600,
            }
        ],
    )

    assert send(nora, activity) == 202

    post = Post.objects.get(uri=activity["object"]["id"])
    assert (post.local, post.visibility, post.language) == (False, "public", "ar")
    assert "<script>" not in post.content and "مرحبا" in post.text
    assert (post.spoiler_text, post.sensitive) == ("تنبيه", True)
    assert list(post.mentions.all()) == [huda]
    assert list(post.hashtags.values_list("name", flat=True)) == ["هدهد"]
    [image] = post.media.all()
    assert (image.remote_url, image.description, image.width) == (
        f"{peer.base_url}/photo.jpg",
        "صورة الجناح",
        800,
    )
    assert Notification.objects.filter(recipient=huda, kind="mention").exists()


def test_a_delete_before_its_create_wins(peer: Peer) -> None:
    make_account("huda")
    nora = peer.actor("nora")
    late = create_of(nora, 2)
    delete = {
        "id": f"{nora.uri}/notes/2#delete",
        "type": "Delete",
        "actor": nora.uri,
        "to": [PUBLIC],
        "object": {"id": late["object"]["id"], "type": "Tombstone"},
    }

    assert send(nora, delete) == 202
    assert send(nora, late) == 202

    assert Tombstone.objects.filter(uri=late["object"]["id"]).exists()
    assert not Post.objects.filter(uri=late["object"]["id"]).exists()


def test_a_create_sent_twice_is_applied_once_and_followers_only_stays_so(peer: Peer) -> None:
    make_account("huda")
    nora = peer.actor("nora")
    private = create_of(nora, 3, to=[f"{nora.uri}/followers"])

    assert send(nora, private) == 202
    assert send(nora, private) == 202

    [post] = Post.objects.filter(uri=private["object"]["id"])
    assert post.visibility == "private"
