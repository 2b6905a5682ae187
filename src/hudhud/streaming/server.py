"""Mastodon's streaming API as a plain ASGI application: server-sent events under
/api/v1/streaming/<stream>, a multiplexed WebSocket at /api/v1/streaming, and a health
check (docs.joinmastodon.org/methods/streaming).

The ORM is reached through `sync_to_async`; bad input is an error answer, never a crash.
"""

import asyncio
import contextlib
import json
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

from asgiref.sync import sync_to_async
from django.db import close_old_connections
from django.utils.translation import gettext as _

from hudhud.api.auth import Caller, caller_of
from hudhud.streaming.broadcast import Hub, Message, make_hub
from hudhud.streaming.rendering import Rendered, render
from hudhud.streaming.streams import StreamError, Subscription, authenticate, subscription

logger = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

PREFIX = "/api/v1/streaming"
HEARTBEAT_SECONDS = 15.0
#: Events waiting for a connection that does not read; past this they are dropped.
QUEUE_SIZE = 1000
#: Renderings kept for the other connections of the same caller.
RENDERINGS_KEPT = 1000
CORS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-allow-headers", b"Authorization, Accept, Cache-Control"),
    (b"access-control-allow-methods", b"GET, OPTIONS"),
]

_state: dict[str, Hub] = {}


def _hub() -> Hub:
    """Return this process's hub, made in the running event loop on first use."""
    if "hub" not in _state:
        _state["hub"] = make_hub()
    return _state["hub"]


# --- requests ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Request:
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    subprotocols: tuple[str, ...]


def _request(scope: Scope) -> Request:
    raw = bytes(scope.get("query_string", b"")).decode("latin-1")
    query = {
        name: values[-1]
        for name, values in parse_qs(raw, keep_blank_values=True, encoding="utf-8").items()
    }
    headers = {
        bytes(name).decode("latin-1").lower(): bytes(value).decode("latin-1")
        for name, value in scope.get("headers", [])
    }
    return Request(
        path=str(scope.get("path", "")).rstrip("/") or "/",
        query=query,
        headers=headers,
        subprotocols=tuple(scope.get("subprotocols") or ()),
    )


def _token(request: Request, *, websocket: bool) -> tuple[str | None, str | None]:
    """Return the caller's token and, when it came as the WebSocket subprotocol (as browsers
    send it), that subprotocol, which the accept must echo."""
    authorization = request.headers.get("authorization", "")
    if authorization[:7].lower() == "bearer ":
        return authorization[7:].strip() or None, None
    if websocket and request.subprotocols:
        return request.subprotocols[0], request.subprotocols[0]
    return request.query.get("access_token") or None, None


def _truthy(value: str | None) -> bool:
    return (value or "").lower() in ("1", "true", "t", "on", "yes")


def _stream_of_path(request: Request) -> str | None:
    """Return the stream an SSE path asks for: /public/local is `public:local`."""
    if request.path == PREFIX:
        name = request.query.get("stream") or None
    else:
        name = request.path.removeprefix(PREFIX + "/").replace("/", ":")
    if name in ("public", "public:local", "public:remote") and _truthy(
        request.query.get("only_media")
    ):
        name = f"{name}:media"
    return name


def _token_stands(token: str) -> bool:
    close_old_connections()
    return caller_of(token) is not None


async def _authenticate(token: str | None) -> Caller:
    return await sync_to_async(authenticate, thread_sensitive=False)(token)


async def _subscription(caller: Caller, stream: str, params: dict[str, Any]) -> Subscription:
    tag, list_id = params.get("tag"), params.get("list")
    return await sync_to_async(subscription, thread_sensitive=False)(
        caller,
        stream,
        tag=tag if isinstance(tag, str) else None,
        list_id=str(list_id) if isinstance(list_id, str | int) else None,
    )


# --- rendering, shared among connections ------------------------------------------------


class Renderings:
    """One rendering of each published event for each caller (every anonymous connection is
    the same caller), shared by that caller's connections."""

    def __init__(self) -> None:
        self._kept: OrderedDict[tuple[Any, ...], asyncio.Future[Rendered | None]] = OrderedDict()

    async def of(
        self, message: Message, caller: Caller, *, notifications: bool, context: str | None
    ) -> Rendered | None:
        viewer = caller.account
        key = (message.serial, viewer.pk if viewer else None, notifications, context)
        future = self._kept.get(key)
        if future is None:
            future = asyncio.ensure_future(
                sync_to_async(render, thread_sensitive=False)(
                    message.event,
                    message.ref,
                    viewer,
                    notifications=notifications,
                    context=context,
                )
            )
            self._kept[key] = future
            while len(self._kept) > RENDERINGS_KEPT:
                self._kept.popitem(last=False)
        return await asyncio.shield(future)


_renderings = Renderings()


class Connection:
    """The streams one client watches, and the queue their events arrive in."""

    def __init__(self, hub: Hub, caller: Caller, token: str | None) -> None:
        self.hub = hub
        self.caller = caller
        self.token = token
        self._checked = time.monotonic()
        self.queue: asyncio.Queue[Message] = asyncio.Queue(maxsize=QUEUE_SIZE)
        self._streams: dict[str, dict[tuple[str, ...], Subscription]] = {}

    async def still_allowed(self) -> bool:
        """Return whether the caller's token still stands, asked again at most every
        HEARTBEAT_SECONDS: a revoked app or a suspended account loses its open streams."""
        if not self.token or time.monotonic() - self._checked < HEARTBEAT_SECONDS:
            return True
        self._checked = time.monotonic()
        return await sync_to_async(_token_stands, thread_sensitive=False)(self.token)

    async def add(self, watched: Subscription) -> None:
        """Watch `watched` from now on; a broadcast that cannot be reached is a 503."""
        first = watched.key not in self._streams
        self._streams.setdefault(watched.key, {})[watched.name] = watched
        if first:
            try:
                await self.hub.subscribe(watched.key, self.queue)
            except Exception as error:
                logger.exception("subscribing to %s failed", watched.key)
                raise StreamError(503, _("The streaming service is unavailable")) from error

    async def remove(self, watched: Subscription) -> None:
        names = self._streams.get(watched.key, {})
        names.pop(watched.name, None)
        if not names and watched.key in self._streams:
            del self._streams[watched.key]
            await self.hub.unsubscribe(watched.key, self.queue)

    async def close(self) -> None:
        for key in list(self._streams):
            del self._streams[key]
            await self.hub.unsubscribe(key, self.queue)

    async def events(self, message: Message) -> list[tuple[Subscription, Rendered]]:
        """Return `message` rendered for each of this connection's streams of its key."""
        found = []
        for watched in list(self._streams.get(message.key, {}).values()):
            try:
                rendered = await _renderings.of(
                    message,
                    self.caller,
                    notifications=watched.notifications,
                    context=watched.context,
                )
            except Exception:
                logger.exception("rendering %s %s failed", message.event, message.ref)
                continue
            if rendered is not None:
                found.append((watched, rendered))
        return found


# --- HTTP: health and server-sent events ------------------------------------------------


async def _answer(send: Send, status: int, body: bytes, content_type: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", content_type), *CORS],
        }
    )
    await send({"type": "http.response.body", "body": body})


async def _error(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}, ensure_ascii=False).encode()
    await _answer(send, status, body, b"application/json; charset=utf-8")


async def _until_disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


def _sse(rendered: Rendered) -> bytes:
    payload = rendered.payload if rendered.payload is not None else "undefined"
    return f"event: {rendered.event}\ndata: {payload}\n\n".encode()


async def _http(scope: Scope, receive: Receive, send: Send) -> None:
    request = _request(scope)
    method = str(scope.get("method", "GET")).upper()
    if request.path != PREFIX and not request.path.startswith(PREFIX + "/"):
        await _error(send, 404, _("Not found"))
    elif method == "OPTIONS":
        await _answer(send, 204, b"", b"text/plain")
    elif method not in ("GET", "HEAD"):
        await _error(send, 405, _("Method not allowed"))
    elif request.path == f"{PREFIX}/health":
        await _answer(send, 200, b"OK", b"text/plain; charset=utf-8")
    else:
        await _event_stream(request, receive, send)


async def _event_stream(request: Request, receive: Receive, send: Send) -> None:
    """Answer with the server-sent events of the stream the request names."""
    stream = _stream_of_path(request)
    if not stream:
        await _error(send, 400, _("Unknown channel requested"))
        return
    connection: Connection | None = None
    try:
        token = _token(request, websocket=False)[0]
        caller = await _authenticate(token)
        connection = Connection(_hub(), caller, token)
        await connection.add(await _subscription(caller, stream, request.query))
    except StreamError as error:
        if connection is not None:
            await connection.close()
        await _error(send, error.status, error.message)
        return
    try:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [
                    (b"content-type", b"text/event-stream; charset=utf-8"),
                    (b"cache-control", b"no-store"),
                    (b"x-accel-buffering", b"no"),
                    *CORS,
                ],
            }
        )
        await send({"type": "http.response.body", "body": b":)\n\n", "more_body": True})
        await _serve_events(connection, receive, send)
    except Exception:  # the client went away mid-send
        logger.debug("event stream ended", exc_info=True)
    finally:
        await connection.close()


async def _serve_events(connection: Connection, receive: Receive, send: Send) -> None:
    disconnected = asyncio.ensure_future(_until_disconnected(receive))
    try:
        while not disconnected.done() and await connection.still_allowed():
            getter = asyncio.ensure_future(connection.queue.get())
            done, _pending = await asyncio.wait(
                {getter, disconnected},
                timeout=HEARTBEAT_SECONDS,
                return_when=asyncio.FIRST_COMPLETED,
            )
            if getter not in done:
                getter.cancel()
                if not disconnected.done():
                    await send(
                        {"type": "http.response.body", "body": b":thump\n\n", "more_body": True}
                    )
                continue
            for _watched, rendered in await connection.events(getter.result()):
                await send(
                    {"type": "http.response.body", "body": _sse(rendered), "more_body": True}
                )
    finally:
        disconnected.cancel()


# --- WebSocket --------------------------------------------------------------------------


async def _refuse(scope: Scope, send: Send, status: int, message: str) -> None:
    """Refuse a WebSocket handshake with `status` where the server lets us, else close."""
    if "websocket.http.response" in (scope.get("extensions") or {}):
        body = json.dumps({"error": message}, ensure_ascii=False).encode()
        await send(
            {
                "type": "websocket.http.response.start",
                "status": status,
                "headers": [(b"content-type", b"application/json; charset=utf-8")],
            }
        )
        await send({"type": "websocket.http.response.body", "body": body})
        return
    await send({"type": "websocket.close", "code": 4000 + status})


def _ws_error(error: StreamError) -> dict[str, Any]:
    body = {"error": error.message, "status": error.status}
    return {"type": "websocket.send", "text": json.dumps(body, ensure_ascii=False)}


async def _websocket(scope: Scope, receive: Receive, send: Send) -> None:
    if (await receive())["type"] != "websocket.connect":
        return
    request = _request(scope)
    if request.path != PREFIX:
        await _refuse(scope, send, 404, _("Not found"))
        return
    token, subprotocol = _token(request, websocket=True)
    try:
        caller = await _authenticate(token)
    except StreamError as error:
        await _refuse(scope, send, error.status, error.message)
        return
    connection = Connection(_hub(), caller, token)
    try:
        refused = None
        stream = request.query.get("stream")
        if stream:  # subscribed before the handshake ends: nothing published after is missed
            refused = await _command(connection, {"type": "subscribe", **request.query})
        accept: dict[str, Any] = {"type": "websocket.accept"}
        if subprotocol is not None:
            accept["subprotocol"] = subprotocol
        await send(accept)
        if refused is not None:
            await send(_ws_error(refused))
        await _serve_websocket(connection, receive, send)
    except Exception:  # the client went away mid-send
        logger.debug("WebSocket ended", exc_info=True)
    finally:
        await connection.close()


async def _serve_websocket(connection: Connection, receive: Receive, send: Send) -> None:
    """Carry out the client's messages while sending it the events of its streams."""
    lock = asyncio.Lock()
    writer = asyncio.create_task(_write_events(connection, send, lock))
    try:
        while True:
            message = await receive()
            if message["type"] != "websocket.receive":
                return
            text = message.get("text")
            if text is None:
                text = bytes(message.get("bytes") or b"").decode("utf-8", errors="replace")
            problem = await _command(connection, _parsed(text))
            if problem is not None:
                async with lock:
                    await send(_ws_error(problem))
    finally:
        writer.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await writer


def _parsed(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


async def _command(connection: Connection, command: Any) -> StreamError | None:
    """Carry out a {"type": "subscribe"|"unsubscribe", "stream": …} message; return what
    was wrong with it, if anything."""
    if command is None:
        return StreamError(400, _("The message is not valid JSON"))
    if not isinstance(command, dict) or command.get("type") not in ("subscribe", "unsubscribe"):
        return StreamError(400, _("Unknown message type"))
    stream = command.get("stream")
    if not isinstance(stream, str) or not stream:
        return StreamError(400, _("Unknown stream type"))
    try:
        watched = await _subscription(connection.caller, stream, command)
        if command["type"] == "subscribe":
            await connection.add(watched)
        else:
            await connection.remove(watched)
    except StreamError as error:
        return error
    return None


async def _write_events(connection: Connection, send: Send, lock: asyncio.Lock) -> None:
    while True:
        message = await connection.queue.get()
        if not await connection.still_allowed():
            async with lock:
                await send({"type": "websocket.close", "code": 1008})  # policy violation
            return
        for watched, rendered in await connection.events(message):
            event: dict[str, Any] = {"stream": list(watched.name), "event": rendered.event}
            if rendered.payload is not None:
                event["payload"] = rendered.payload
            async with lock:
                await send(
                    {"type": "websocket.send", "text": json.dumps(event, ensure_ascii=False)}
                )


# --- the application --------------------------------------------------------------------


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            hub = _state.pop("hub", None)
            if hub is not None:
                await hub.close()
            await send({"type": "lifespan.shutdown.complete"})
            return


async def application(scope: Scope, receive: Receive, send: Send) -> None:
    """The ASGI entry point."""
    if scope["type"] == "http":
        await _http(scope, receive, send)
    elif scope["type"] == "websocket":
        await _websocket(scope, receive, send)
    elif scope["type"] == "lifespan":
        await _lifespan(receive, send)
