"""Carry stream events from the process that publishes them to the streaming servers.

With Redis (settings.REDIS_URL), each stream key is a pub/sub channel. Without it, each
event is a row of `StreamEvent` that the streaming server polls by increasing ID.

Events carry an ID, never a rendered entity: each connection renders it as its own caller
may see it. Stream keys name who may be interested: `user:<account>`,
`user:notification:<account>`, `public`, `public:local`, `public:remote` (and their
`:media` forms), `hashtag:<key>`, `hashtag:local:<key>`, `list:<id>`, `direct:<account>`.
"""

import asyncio
import contextlib
import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING, Any, Protocol

from asgiref.sync import sync_to_async
from django.conf import settings
from django.db import close_old_connections
from django.db.models import Max, Q
from django.utils import timezone

from hudhud.streaming.models import StreamEvent

if TYPE_CHECKING:  # imported where Redis is used: a process without it saves its memory
    import redis
    import redis.asyncio

logger = logging.getLogger(__name__)

#: Redis channels are the stream keys under this prefix.
CHANNEL_PREFIX = "hudhud:stream:"
#: How long rows of the table are kept: a poller that fell further behind skips them.
KEEP = timedelta(minutes=5)
CLEAN_UP_EVERY_SECONDS = 60.0
POLL_SECONDS = 0.25
POLL_BATCH = 500
#: A row missing between two seen IDs may belong to a transaction not yet committed
#: (PostgreSQL hands out IDs before commit): it is looked for again this long.
GAP_WAIT_SECONDS = 5.0
MAX_GAP = 1000


@dataclass(frozen=True)
class Message:
    """An event as a streaming server receives it, for the subscribers of `key`."""

    key: str
    event: str
    ref: int | None
    #: One published event, whichever keys it went to: connections of one caller share its
    #: rendering.
    serial: str


# --- the publishing side (any process, synchronous) ------------------------------------

_clients: dict[str, "redis.Redis"] = {}
_clients_lock = threading.Lock()
_last_clean_up = [0.0]


def _redis_client(url: str) -> "redis.Redis":
    import redis  # noqa: PLC0415 - see the imports above

    with _clients_lock:
        if url not in _clients:
            _clients[url] = redis.Redis.from_url(url)
        return _clients[url]


def publish(streams: Sequence[str], event: str, payload_ref: int | None) -> None:
    """Send `event` about `payload_ref` to the subscribers of each of `streams` in every
    streaming server; a broken Redis is logged, never raised to the publisher."""
    keys = [key for key in dict.fromkeys(streams) if key and not any(c.isspace() for c in key)]
    if not keys:
        return
    if settings.REDIS_URL:
        import redis  # noqa: PLC0415 - see the imports above

        data = json.dumps({"event": event, "ref": payload_ref, "serial": uuid.uuid4().hex})
        try:
            with _redis_client(settings.REDIS_URL).pipeline(transaction=False) as pipe:
                for key in keys:
                    pipe.publish(CHANNEL_PREFIX + key, data)
                pipe.execute()
        except redis.RedisError:
            logger.warning("stream event %s %s not published", event, payload_ref, exc_info=True)
        return
    StreamEvent.objects.create(streams=" ".join(keys), event=event, ref=payload_ref)
    _clean_up()


def _clean_up() -> None:
    """Delete the rows no poller needs any more, at most once a minute per process."""
    now = time.monotonic()
    if now - _last_clean_up[0] < CLEAN_UP_EVERY_SECONDS:
        return
    _last_clean_up[0] = now
    StreamEvent.objects.filter(created_at__lt=timezone.now() - KEEP).delete()


# --- the reading side (the streaming server's event loop) ------------------------------


class Listener(Protocol):
    """Brings the events of the keys it listens to into `Hub.deliver`."""

    async def add(self, key: str) -> None:
        """Listen to `key`; return once every event published from now on will arrive."""

    async def remove(self, key: str) -> None: ...

    async def close(self) -> None: ...


class Hub:
    """The subscriptions of one streaming server process: stream key → the queues of the
    connections that want it. One listener feeds them all."""

    def __init__(self, make_listener: Callable[["Hub"], Listener]) -> None:
        self._listener = make_listener(self)
        self._queues: dict[str, set[asyncio.Queue[Message]]] = {}
        self._ready: dict[str, asyncio.Future[None]] = {}

    async def subscribe(self, key: str, queue: "asyncio.Queue[Message]") -> None:
        """Put the events of `key` into `queue` from now on."""
        queues = self._queues.get(key)
        if queues is None:
            queues = self._queues[key] = set()
            self._ready[key] = asyncio.ensure_future(self._listener.add(key))
        queues.add(queue)
        await asyncio.shield(self._ready[key])

    async def unsubscribe(self, key: str, queue: "asyncio.Queue[Message]") -> None:
        queues = self._queues.get(key)
        if queues is None:
            return
        queues.discard(queue)
        if not queues:
            del self._queues[key]
            self._ready.pop(key, None)
            await self._listener.remove(key)

    def deliver(self, message: Message) -> None:
        """Hand `message` to every queue subscribed to its key; a full queue (a client that
        does not read) loses it."""
        for queue in self._queues.get(message.key, ()):
            with contextlib.suppress(asyncio.QueueFull):
                queue.put_nowait(message)

    def keys(self) -> set[str]:
        return set(self._queues)

    async def close(self) -> None:
        await self._listener.close()


class DatabaseListener:
    """Poll `StreamEvent` by increasing ID and deliver the rows of subscribed keys."""

    def __init__(self, hub: Hub) -> None:
        self._hub = hub
        self._cursor = 0
        self._gaps: dict[int, float] = {}
        self._task: asyncio.Task[None] | None = None
        self._started: asyncio.Future[None] | None = None

    async def add(self, key: str) -> None:
        if self._started is None:
            self._started = asyncio.ensure_future(self._start())
        try:
            await asyncio.shield(self._started)
        except Exception:
            self._started = None  # the next subscription tries again
            raise

    async def _start(self) -> None:
        self._cursor = await sync_to_async(self._last_id, thread_sensitive=False)()
        self._task = asyncio.create_task(self._run())

    async def remove(self, key: str) -> None:
        """Nothing to do: rows of keys nobody wants are read and dropped."""

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    @staticmethod
    def _last_id() -> int:
        close_old_connections()
        last: int | None = StreamEvent.objects.aggregate(last=Max("id"))["last"]
        return last or 0

    async def _run(self) -> None:
        while True:
            try:
                rows = await sync_to_async(self._fetch, thread_sensitive=False)()
            except Exception:
                logger.exception("reading stream events failed")
                await asyncio.sleep(1)
                continue
            wanted = self._hub.keys()
            for pk, streams, event, ref in rows:
                for key in streams.split():
                    if key in wanted:
                        self._hub.deliver(Message(key=key, event=event, ref=ref, serial=str(pk)))
            if len(rows) < POLL_BATCH:
                await asyncio.sleep(POLL_SECONDS)

    def _fetch(self) -> list[tuple[int, str, str, int | None]]:
        """Return the rows after the cursor and the late rows of earlier gaps, in ID order."""
        close_old_connections()
        now = time.monotonic()
        self._gaps = {pk: seen for pk, seen in self._gaps.items() if now - seen < GAP_WAIT_SECONDS}
        wanted = Q(id__gt=self._cursor)
        if self._gaps:
            wanted |= Q(id__in=list(self._gaps))
        rows = list(
            StreamEvent.objects.filter(wanted)
            .order_by("id")
            .values_list("id", "streams", "event", "ref")[:POLL_BATCH]
        )
        expected = self._cursor + 1
        for pk, *_rest in rows:
            if pk in self._gaps:
                del self._gaps[pk]
                continue
            if expected < pk <= expected + MAX_GAP and self._cursor:
                self._gaps.update(dict.fromkeys(range(expected, pk), now))
            expected = max(expected, pk + 1)
        self._cursor = expected - 1
        return rows


class RedisListener:
    """Subscribe one Redis pub/sub connection to the channels of the subscribed keys."""

    def __init__(self, hub: Hub, url: str) -> None:
        import redis.asyncio  # noqa: PLC0415 - see the imports above

        self._hub = hub
        self._client: redis.asyncio.Redis = redis.asyncio.Redis.from_url(url)
        self._pubsub = self._client.pubsub()
        self._lock = asyncio.Lock()
        self._confirmations: dict[str, asyncio.Future[None]] = {}
        self._task: asyncio.Task[None] | None = None

    async def add(self, key: str) -> None:
        channel = CHANNEL_PREFIX + key
        confirmed = asyncio.get_running_loop().create_future()
        async with self._lock:
            self._confirmations[channel] = confirmed
            await self._pubsub.subscribe(channel)
            if self._task is None:
                self._task = asyncio.create_task(self._run())
        try:
            await asyncio.wait_for(asyncio.shield(confirmed), timeout=5)
        except TimeoutError:
            logger.warning("Redis did not confirm the subscription to %s", channel)

    async def remove(self, key: str) -> None:
        async with self._lock:
            await self._pubsub.unsubscribe(CHANNEL_PREFIX + key)

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._pubsub.aclose()
        await self._client.aclose()

    async def _run(self) -> None:
        while True:
            try:
                found = await self._pubsub.get_message(timeout=1.0)
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("reading stream events from Redis failed")
                await asyncio.sleep(1)
                continue
            if found is not None:
                self._handle(found)

    def _handle(self, found: dict[str, Any]) -> None:
        channel = found["channel"].decode() if found.get("channel") else ""
        if found["type"] == "subscribe":
            confirmed = self._confirmations.pop(channel, None)
            if confirmed is not None and not confirmed.done():
                confirmed.set_result(None)
            return
        if found["type"] != "message" or not channel.startswith(CHANNEL_PREFIX):
            return
        try:
            data = json.loads(found["data"])
            ref = data.get("ref")
            message = Message(
                key=channel[len(CHANNEL_PREFIX) :],
                event=str(data["event"]),
                ref=ref if isinstance(ref, int) else None,
                serial=str(data["serial"]),
            )
        except (ValueError, KeyError, TypeError, AttributeError):
            logger.warning("a malformed stream event on %s", channel)
            return
        self._hub.deliver(message)


def make_hub() -> Hub:
    """Return the hub of this streaming server, fed by Redis or by the table."""
    url = settings.REDIS_URL
    if url:
        return Hub(lambda hub: RedisListener(hub, url))
    return Hub(DatabaseListener)
