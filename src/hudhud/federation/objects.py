"""Posts from other servers: a Note (or Article, Page, Question) read into the posts table,
through posts.services.post_receive, with its addressing read back into a visibility as
Mastodon maps them, and the posts it answers or quotes fetched to fill the thread."""

from typing import Any

from hudhud.accounts.models import Account
from hudhud.federation.ap import PUBLIC
from hudhud.federation.client import FetchError
from hudhud.federation.fetch import fetch_document
from hudhud.federation.html import clean, text_of
from hudhud.federation.models import Tombstone
from hudhud.federation.services import Invalid, actor_of, host_of, published_of
from hudhud.posts.models import Post, Visibility
from hudhud.posts.services import ReceivedMedia, post_receive

NOTE_TYPES = frozenset({"Note", "Article", "Page", "Question"})
#: How many posts up a thread are fetched for one that arrives.
THREAD_DEPTH = 3
_PUBLIC = frozenset({PUBLIC, "as:Public", "Public"})


def id_of(value: Any) -> str | None:
    """Return the id of an object given by its id or embedded."""
    if isinstance(value, str):
        return value
    found = value.get("id") if isinstance(value, dict) else None
    return found if isinstance(found, str) else None


def _ids(value: Any) -> set[str]:
    items = value if isinstance(value, list) else [value]
    return {found for item in items if (found := id_of(item)) is not None}


def visibility_of(note: dict[str, Any], author: Account) -> str:
    """Return the visibility of a note from its `to` and `cc`, as Mastodon reads them."""
    to, cc = _ids(note.get("to")), _ids(note.get("cc"))
    if to & _PUBLIC:
        return Visibility.PUBLIC
    if cc & _PUBLIC:
        return Visibility.UNLISTED
    if f"{author.uri}/followers" in to | cc:
        return Visibility.FOLLOWERS
    return Visibility.DIRECT


def _media(note: dict[str, Any]) -> list[ReceivedMedia]:
    found = []
    attachments = note.get("attachment") or []
    for item in attachments if isinstance(attachments, list) else [attachments]:
        if not isinstance(item, dict):
            continue
        url = item.get("url")
        url = url.get("href") if isinstance(url, dict) else url
        kind = str(item.get("mediaType") or "")
        if (
            isinstance(url, str)
            and url.startswith(("https://", "http://"))
            and kind.startswith("image/")
        ):
            found.append(
                ReceivedMedia(
                    url=url[:500],
                    mime_type=kind,
                    description=str(item.get("name") or "")[:1500],
                    blurhash=str(item.get("blurhash") or ""),
                    width=int(item.get("width") or 0),
                    height=int(item.get("height") or 0),
                )
            )
    return found[:4]


def post_from_note(
    note: dict[str, Any], author: Account, *, depth: int = THREAD_DEPTH
) -> Post | None:
    """Save the post a note of `author` is (new, or a new version); None for a note that
    was deleted already. `author` must be the one the note is attributed to."""
    uri = id_of(note)
    if note.get("type") not in NOTE_TYPES or uri is None:
        raise Invalid("Not a post.")
    if id_of(note.get("attributedTo")) != author.uri or host_of(uri) != host_of(author.uri):
        raise Invalid("The post is not its author's.")
    if Tombstone.objects.filter(uri=uri).exists():
        return None
    content_map = note.get("contentMap")
    language = ""
    content = note.get("content")
    if isinstance(content_map, dict) and content_map:
        language, mapped = next(iter(content_map.items()))
        content = content if isinstance(content, str) else mapped
    html = clean(content) if isinstance(content, str) else ""
    tags = note.get("tag") or []
    mentioned = {
        href
        for tag in (tags if isinstance(tags, list) else [tags])
        if isinstance(tag, dict)
        and tag.get("type") == "Mention"
        and isinstance(href := tag.get("href"), str)
    }
    reply_to = post_of(note.get("inReplyTo"), depth=depth - 1)
    quote_of = post_of(
        note.get("quote") or note.get("quoteUri") or note.get("_misskey_quote"), depth=depth - 1
    )
    summary = note.get("summary")
    return post_receive(
        author=author,
        uri=uri,
        url=note["url"] if isinstance(note.get("url"), str) else uri,
        content=html,
        text=text_of(html),
        spoiler_text=text_of(summary) if isinstance(summary, str) else "",
        sensitive=note.get("sensitive") is True,
        language=str(language),
        visibility=visibility_of(note, author),
        reply_to=reply_to,
        quote_of=quote_of,
        mentions=list(Account.objects.filter(uri__in=mentioned)),
        media=_media(note),
        created_at=published_of(note.get("published")),
    )


def post_of(value: Any, *, depth: int = THREAD_DEPTH) -> Post | None:
    """Return the post `value` names (by id or embedded): known here, or fetched from its
    origin while `depth` lasts; None when there is none."""
    uri = id_of(value)
    if uri is None:
        return None
    known = Post.objects.filter(uri=uri).first()
    if known is not None or depth <= 0:
        return known
    try:
        note = fetch_document(uri)
        author_uri = id_of(note.get("attributedTo"))
        if author_uri is None:
            return None
        return post_from_note(note, actor_of(author_uri), depth=depth)
    except FetchError:
        return None
