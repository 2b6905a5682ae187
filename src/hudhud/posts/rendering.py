"""Turn the text a person typed into the safe HTML every face of a post shows."""

from collections.abc import Mapping
from urllib.parse import quote

from django.conf import settings
from django.utils.html import escape

from hudhud.arabic import extract_entities

# Links are shown without their scheme and cut after this many characters, as Mastodon does.
LINK_DISPLAY_LENGTH = 30


def _link(url: str) -> str:
    shown = url.split("://", 1)[-1]
    if len(shown) > LINK_DISPLAY_LENGTH:
        shown = shown[:LINK_DISPLAY_LENGTH] + "…"
    return (
        f'<a href="{escape(url)}" rel="nofollow noopener noreferrer" target="_blank" '
        f'dir="ltr">{escape(shown)}</a>'
    )


def render_text(text: str, *, mention_urls: Mapping[str, str] | None = None) -> str:
    """Return `text` as HTML paragraphs with its hashtags, known mentions and links linked.

    `mention_urls` maps a lower-cased `user` or `user@domain` to the profile URL; other
    mentions stay plain text. Everything else is escaped, so typed HTML shows as text.
    """
    mention_urls = mention_urls or {}
    pieces: list[str] = []
    position = 0
    for entity in extract_entities(text):
        pieces.append(escape(text[position : entity.start]))
        if entity.kind == "hashtag":
            href = f"{settings.BASE_URL}/tags/{quote(entity.value)}"
            pieces.append(
                f'<a href="{href}" class="mention hashtag" rel="tag" dir="auto">'
                f"#<span>{escape(entity.value)}</span></a>"
            )
        elif entity.kind == "mention" and entity.value.lower() in mention_urls:
            href = mention_urls[entity.value.lower()]
            pieces.append(
                f'<span class="h-card"><bdi><a href="{escape(href)}" class="u-url mention">'
                f"@<span>{escape(entity.username)}</span></a></bdi></span>"
            )
        elif entity.kind == "url":
            pieces.append(_link(entity.value))
        else:  # a mention of an account not known here (yet): plain text, but isolated
            pieces.append(f"<bdi>{escape(text[entity.start : entity.end])}</bdi>")
        position = entity.end
    pieces.append(escape(text[position:]))
    html = "".join(pieces).replace("\r\n", "\n")
    paragraphs = [p.strip("\n").replace("\n", "<br>") for p in html.split("\n\n") if p.strip()]
    return "".join(f"<p>{p}</p>" for p in paragraphs)
