"""Measure a post the way Mastodon does, so clients and server agree on the limit."""

import regex

from hudhud.arabic.entities import extract_entities

MAX_POST_LENGTH = 500
URL_LENGTH = 23

_GRAPHEME = regex.compile(r"\X")


def post_length(text: str, spoiler_text: str = "") -> int:
    """Return the length of a post as Mastodon counts it."""
    # Mastodon counts what the reader sees: a link as a fixed 23 whatever its
    # real length, a remote mention as its username only, and a letter with
    # its harakat as one character.
    pieces: list[str] = []
    position = 0
    for entity in extract_entities(text):
        if entity.kind == "hashtag":
            continue
        pieces.append(text[position : entity.start])
        pieces.append("x" * URL_LENGTH if entity.kind == "url" else f"@{entity.username}")
        position = entity.end
    pieces.append(text[position:])
    return _graphemes("".join(pieces)) + _graphemes(spoiler_text)


def _graphemes(text: str) -> int:
    return len(_GRAPHEME.findall(text))
