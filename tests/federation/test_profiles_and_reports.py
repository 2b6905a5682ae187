"""A changed profile reaches the servers of remote followers (Update); a report about a
remote account is forwarded to its server in this server's name (Flag, signed by the
instance actor); a Flag from elsewhere becomes a report for this server's moderators."""

import json

import pytest
from django.conf import settings
from django.db import transaction

from hudhud.accounts.models import Account
from hudhud.accounts.services import block_create, block_delete, profile_update
from hudhud.federation.models import Delivery
from hudhud.moderation.models import Report
from hudhud.moderation.services import report_create
from tests.factories import make_account, make_post
from tests.federation.peer import Peer, post_to_inbox
from tests.web.pages import png

pytestmark = pytest.mark.usefixtures("db")


def test_a_changed_profile_reaches_remote_followers(peer: Peer) -> None:
    huda = make_account("huda")
    nora = peer.actor("nora")
    body = json.dumps(
        {"id": f"{nora.uri}#f", "type": "Follow", "actor": nora.uri, "object": huda.uri}
    ).encode()
    assert post_to_inbox(body, nora.signed_headers(body)).status_code == 202

    with transaction.atomic():
        profile_update(account=Account.objects.get(pk=huda.pk), display_name="هدى المطوعة")

    update = [item for item in peer.posted() if item["type"] == "Update"]
    assert len(update) == 1 and update[0]["object"]["id"] == huda.uri
    assert update[0]["object"]["name"] == "هدى المطوعة"
    assert update[0]["object"]["publicKey"]["owner"] == huda.uri


def test_a_report_is_forwarded_in_this_servers_name(peer: Peer) -> None:
    nora = peer.actor("nora")
    body = json.dumps(
        {
            "id": f"{nora.uri}#f",
            "type": "Follow",
            "actor": nora.uri,
            "object": f"{settings.BASE_URL}/users/huda",
        }
    ).encode()
    make_account("huda")
    post_to_inbox(body, nora.signed_headers(body))
    remote_nora = Account.objects.get(uri=nora.uri)
    sami = make_account("sami")

    with transaction.atomic():
        report_create(reporter=sami, target=remote_nora, comment="إزعاج", forward=True)
        report_create(reporter=sami, target=remote_nora, comment="مرة ثانية")  # not forwarded

    [flag] = [item for item in peer.posted() if item["type"] == "Flag"]
    assert flag["actor"] == f"{settings.BASE_URL}/actor"
    assert flag["object"] == [nora.uri] and flag["content"] == "إزعاج"
    delivery = Delivery.objects.get(activity__type="Flag")
    assert delivery.sender is None and delivery.delivered_at is not None


def test_a_flag_from_elsewhere_is_a_report_for_the_moderators(peer: Peer) -> None:
    huda = make_account("huda")
    reported = make_post(huda, "منشور مُبلّغ عنه")
    moderator = peer.actor("moderation")
    flag = {
        "id": f"{moderator.uri}/flags/1",
        "type": "Flag",
        "actor": moderator.uri,
        "content": "محتوى مسيء",
        "object": [huda.uri, reported.uri],
    }
    body = json.dumps(flag).encode()

    answer = post_to_inbox(body, moderator.signed_headers(body, inbox="/inbox"), inbox="/inbox")

    assert answer.status_code == 202
    [report] = Report.objects.all()
    assert report.target == huda and report.comment == "محتوى مسيء"
    assert list(report.posts.all()) == [reported]
    assert report.reporter.uri == moderator.uri


def test_a_block_and_its_undoing_reach_the_blocked_accounts_server(peer: Peer) -> None:
    huda = make_account("huda")
    nora = peer.actor("nora")
    body = json.dumps(
        {"id": f"{nora.uri}#f", "type": "Follow", "actor": nora.uri, "object": huda.uri}
    ).encode()
    post_to_inbox(body, nora.signed_headers(body))
    remote_nora = Account.objects.get(uri=nora.uri)

    with transaction.atomic():
        block_create(account=huda, target=remote_nora)
    with transaction.atomic():
        block_delete(account=huda, target=remote_nora)

    sent = [item for item in peer.posted() if item["type"] in ("Block", "Undo")]
    assert [item["type"] for item in sent] == ["Block", "Undo"]
    assert sent[0]["object"] == nora.uri and sent[1]["object"]["type"] == "Block"
    assert not remote_nora.following.filter(target=huda).exists()  # the block ended the follow


def test_a_remote_avatar_is_cached_and_one_on_a_private_address_is_not_fetched(
    peer: Peer,
) -> None:
    huda = make_account("huda")
    peer.files["/avatar.png"] = ("image/png", png().read())
    nora = peer.actor("nora", icon={"type": "Image", "url": f"{peer.base_url}/avatar.png"})
    omar = peer.actor("omar", icon={"type": "Image", "url": "http://169.254.169.254/a.png"})
    for actor in (nora, omar):
        body = json.dumps(
            {"id": f"{actor.uri}#f", "type": "Follow", "actor": actor.uri, "object": huda.uri}
        ).encode()
        assert post_to_inbox(body, actor.signed_headers(body)).status_code == 202

    cached, refused = Account.objects.get(uri=nora.uri), Account.objects.get(uri=omar.uri)
    assert cached.avatar and str(cached.avatar.name).startswith("avatars/")
    assert cached.avatar_remote_url == f"{peer.base_url}/avatar.png"
    assert not refused.avatar and refused.avatar_remote_url == "http://169.254.169.254/a.png"
    assert [path for method, path, _body in peer.requests if path == "/avatar.png"] == [
        "/avatar.png"
    ]
