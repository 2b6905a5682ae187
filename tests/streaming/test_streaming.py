"""Mastodon's streaming API, end to end: what this process does through the ordinary
services (posting, following, liking, editing, deleting) reaches a real streaming server's
clients, over server-sent events and WebSocket, through the database table or Redis."""

import json
import urllib.request
from typing import Any
from urllib.parse import quote

import pytest
from websockets.exceptions import InvalidStatus
from websockets.sync.client import ClientConnection, connect
from websockets.typing import Subprotocol

from hudhud.accounts.services import follow_create, mute_create
from hudhud.posts.models import Visibility
from hudhud.posts.services import like_create, post_delete, post_edit
from hudhud.streaming.broadcast import publish
from hudhud.timelines.services.filters import KeywordChange, filter_create
from hudhud.timelines.services.lists import list_create, list_members_add
from tests.factories import make_account, make_post, make_token
from tests.streaming.conftest import EVENT_SECONDS, StreamingServer


def _ws(server: StreamingServer, query: str = "", token: str | None = None) -> ClientConnection:
    headers = {"Authorization": f"Bearer {token}"} if token else None
    return connect(
        f"{server.ws_url}/api/v1/streaming{query}",
        additional_headers=headers,
        open_timeout=EVENT_SECONDS,
    )


def _received(ws: ClientConnection) -> dict[str, Any]:
    message = json.loads(ws.recv(timeout=EVENT_SECONDS))
    assert isinstance(message, dict)
    return message


def _settle(ws: ClientConnection) -> None:
    """Wait until the server has handled every message sent before: it answers the
    messages of one connection in order, and a bad one with an error."""
    ws.send("{}")
    assert "error" in _received(ws)


def test_health(server: StreamingServer) -> None:
    with urllib.request.urlopen(f"{server.http_url}/api/v1/streaming/health") as response:  # noqa: S310
        assert response.status == 200
        assert response.read() == b"OK"


def test_a_public_post_reaches_the_public_streams_over_sse(
    server: StreamingServer, open_stream: Any
) -> None:
    sami = make_account("sami")
    public = open_stream(server, "/api/v1/streaming/public")
    local = open_stream(server, "/api/v1/streaming/public/local")
    tagged = open_stream(server, f"/api/v1/streaming/hashtag?tag={quote('جيتكس_2012')}")
    assert (public.status, local.status, tagged.status) == (200, 200, 200)
    assert public.response.getheader("Content-Type", "").startswith("text/event-stream")

    post = make_post(sami, "مرحبا بكم في #جيتكس_2012")

    for stream in (public, local, tagged):
        event = stream.next_event()
        assert event.event == "update"
        status = event.json()
        assert status["id"] == str(post.pk)
        assert status["account"]["username"] == "sami"
        assert "جيتكس_2012" in status["content"]


def test_a_public_post_reaches_the_public_stream_over_websocket(server: StreamingServer) -> None:
    yazeed = make_account("yazeed")
    with _ws(server, "?stream=public") as ws:
        post = make_post(yazeed, "التقنية في خدمة المجتمع")
        message = _received(ws)
    assert message["stream"] == ["public"]
    assert message["event"] == "update"
    assert isinstance(message["payload"], str)  # the entity, as a JSON string
    assert json.loads(message["payload"])["id"] == str(post.pk)


def test_a_followers_only_post_never_reaches_the_public_streams(
    server: StreamingServer, open_stream: Any
) -> None:
    sami = make_account("sami")
    public = open_stream(server, "/api/v1/streaming/public")
    with _ws(server, "?stream=public") as ws:
        private = make_post(sami, "لمتابعيّ فقط", visibility=Visibility.FOLLOWERS)
        # Even if it were published there, no anonymous caller may see it.
        publish(["public"], "update", private.pk)
        shown = make_post(sami, "للجميع")

        assert json.loads(_received(ws)["payload"])["id"] == str(shown.pk)
    assert public.next_event().json()["id"] == str(shown.pk)


def test_a_home_delivery_reaches_only_its_users_stream(
    server: StreamingServer, open_stream: Any
) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    yazeed, saad = make_account("yazeed"), make_account("saad")
    follow_create(follower=sami, target=yazeed)
    follow_create(follower=mazen, target=saad)
    sami_home = open_stream(server, "/api/v1/streaming/user", make_token(sami))
    mazen_home = open_stream(server, "/api/v1/streaming/user", make_token(mazen))
    assert (sami_home.status, mazen_home.status) == (200, 200)

    for_sami = make_post(yazeed, "إلى متابعي يزيد")
    for_mazen = make_post(saad, "إلى متابعي سعد")

    assert sami_home.next_event().json()["id"] == str(for_sami.pk)
    # Mazen's first event is his own delivery: Sami's never reached him.
    assert mazen_home.next_event().json()["id"] == str(for_mazen.pk)


def test_the_user_stream_by_a_subscribe_message_with_the_token_as_subprotocol(
    server: StreamingServer,
) -> None:
    sami, yazeed = make_account("sami"), make_account("yazeed")
    follow_create(follower=sami, target=yazeed)
    token = make_token(sami, "read")
    with connect(
        f"{server.ws_url}/api/v1/streaming",
        subprotocols=[Subprotocol(token)],
        open_timeout=EVENT_SECONDS,
    ) as ws:
        assert ws.subprotocol == token
        ws.send(json.dumps({"type": "subscribe", "stream": "user"}))
        _settle(ws)
        post = make_post(yazeed, "صباح الخير")
        message = _received(ws)
        assert message["stream"] == ["user"]
        assert json.loads(message["payload"])["id"] == str(post.pk)

        ws.send(json.dumps({"type": "unsubscribe", "stream": "user"}))
        ws.send(json.dumps({"type": "subscribe", "stream": "public"}))
        _settle(ws)
        # To sami's home only, which he no longer listens to; then one for everyone.
        make_post(yazeed, "لن تظهر", visibility=Visibility.FOLLOWERS)
        seen = make_post(yazeed, "ستظهر")
        message = _received(ws)
        assert message["stream"] == ["public"]
        assert json.loads(message["payload"])["id"] == str(seen.pk)


def test_deleted_posts_leave_the_streams_that_showed_them(
    server: StreamingServer, open_stream: Any
) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    follow_create(follower=mazen, target=sami)
    public = open_stream(server, "/api/v1/streaming/public")
    with _ws(server, "?stream=user", make_token(mazen)) as ws:
        post = make_post(sami, "منشور سيُحذف")
        post_id = post.pk
        assert _received(ws)["event"] == "update"
        assert public.next_event().event == "update"
        post_delete(post=post)

        message = _received(ws)
        assert message == {"stream": ["user"], "event": "delete", "payload": str(post_id)}
    event = public.next_event()
    assert (event.event, event.data) == ("delete", str(post_id))


def test_an_edit_reaches_the_public_stream(server: StreamingServer, open_stream: Any) -> None:
    sami = make_account("sami")
    public = open_stream(server, "/api/v1/streaming/public")
    post = make_post(sami, "قبل التعديل")
    assert public.next_event().event == "update"
    post_edit(post=post, text="بعد التعديل")

    event = public.next_event()
    assert event.event == "status.update"
    assert "بعد التعديل" in event.json()["content"]
    assert event.json()["edited_at"] is not None


def test_a_notification_reaches_its_recipient(server: StreamingServer, open_stream: Any) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    notifications = open_stream(server, "/api/v1/streaming/user/notification", make_token(sami))
    assert notifications.status == 200
    like_create(account=mazen, post=make_post(sami, "شكرا لكم"))

    event = notifications.next_event()
    assert event.event == "notification"
    body = event.json()
    assert (body["type"], body["account"]["username"]) == ("favourite", "mazen")


def test_a_muted_author_is_not_shown_on_the_public_stream(
    server: StreamingServer, open_stream: Any
) -> None:
    sami, mazen, saad = make_account("sami"), make_account("mazen"), make_account("saad")
    mute_create(account=mazen, target=sami)
    follow_create(follower=mazen, target=saad)
    public = open_stream(server, "/api/v1/streaming/public", make_token(mazen))
    make_post(sami, "مكتوم")
    shown = make_post(saad, "ظاهر")

    assert public.next_event().json()["id"] == str(shown.pk)


def test_bad_tokens_and_unknown_streams_are_refused(
    server: StreamingServer, open_stream: Any
) -> None:
    sami = make_account("sami")
    bad = open_stream(server, "/api/v1/streaming/public", "not-a-token")
    assert bad.status == 401
    assert "error" in bad.body()
    anonymous = open_stream(server, "/api/v1/streaming/user")
    assert anonymous.status == 401
    assert "error" in anonymous.body()
    unscoped = open_stream(server, "/api/v1/streaming/user", make_token(sami, "write"))
    assert unscoped.status == 401
    unknown = open_stream(server, "/api/v1/streaming/nowhere")
    assert unknown.status == 400
    assert "error" in unknown.body()
    untagged = open_stream(server, "/api/v1/streaming/hashtag")
    assert untagged.status == 400

    with pytest.raises(InvalidStatus) as refused:
        _ws(server, "?stream=public", "not-a-token")
    assert refused.value.response.status_code == 401

    with _ws(server) as ws:
        ws.send("not json")
        assert _received(ws)["status"] == 400
        ws.send(json.dumps({"type": "subscribe", "stream": "user"}))
        assert _received(ws)["status"] == 401
        ws.send(json.dumps({"type": "subscribe", "stream": "nowhere"}))
        assert _received(ws)["status"] == 400
        # The connection still works after all that.
        ws.send(json.dumps({"type": "subscribe", "stream": "public"}))
        _settle(ws)
        post = make_post(sami, "ما زلت هنا")
        assert json.loads(_received(ws)["payload"])["id"] == str(post.pk)


def test_a_list_stream_is_its_owners_alone(server: StreamingServer, open_stream: Any) -> None:
    sami, mazen, bassem = make_account("sami"), make_account("mazen"), make_account("bassem")
    follow_create(follower=sami, target=bassem)
    speakers = list_create(owner=sami, title="المتحدثون")
    list_members_add(found=speakers, accounts=[bassem])
    path = f"/api/v1/streaming/list?list={speakers.pk}"
    assert open_stream(server, path, make_token(mazen)).status == 404
    assert open_stream(server, "/api/v1/streaming/list?list=x", make_token(sami)).status == 400
    with _ws(server, f"?stream=list&list={speakers.pk}", make_token(sami)) as ws:
        post = make_post(bassem, "أمن المعلومات مسؤولية الجميع")
        message = _received(ws)
    assert message["stream"] == ["list", str(speakers.pk)]
    assert json.loads(message["payload"])["id"] == str(post.pk)


def test_a_direct_conversation_reaches_the_direct_stream(
    server: StreamingServer, open_stream: Any
) -> None:
    sami, mazen = make_account("sami"), make_account("mazen")
    direct = open_stream(server, "/api/v1/streaming/direct", make_token(mazen))
    assert direct.status == 200
    post = make_post(sami, "@mazen أهلا بك", visibility=Visibility.DIRECT)

    event = direct.next_event()
    assert event.event == "conversation"
    body = event.json()
    assert body["last_status"]["id"] == str(post.pk)
    assert [each["username"] for each in body["accounts"]] == ["sami"]


def test_the_callers_filters_hide_or_mark_streamed_posts(
    server: StreamingServer, open_stream: Any
) -> None:
    sami, saad = make_account("sami"), make_account("saad")
    filter_create(
        account=sami,
        title="الرياضة",
        context=["public"],
        action="hide",
        keywords=[KeywordChange(keyword="مباراة")],
    )
    filter_create(
        account=sami,
        title="السياسة",
        context=["public"],
        action="warn",
        keywords=[KeywordChange(keyword="انتخابات")],
    )
    public = open_stream(server, "/api/v1/streaming/public", make_token(sami))
    for text in ("مباراة الليلة", "انتخابات النادي", "ورشة أمن المعلومات"):
        make_post(saad, text)

    warned = public.next_event().json()
    assert "انتخابات" in warned["content"]
    assert [each["filter"]["title"] for each in warned["filtered"]] == ["السياسة"]
    plain = public.next_event().json()
    assert "ورشة" in plain["content"]
    assert plain["filtered"] == []
