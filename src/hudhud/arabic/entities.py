"""Find the hashtags, mentions and links of a post, Arabic included."""

from dataclasses import dataclass
from typing import Literal

import regex

from hudhud.arabic.normalise import normalise

_MAX_HASHTAG_LENGTH = 100
_MAX_USERNAME_LENGTH = 30

# Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
_ARABIC_SCRIPT = r"\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFC"

# twitter-text's hashtag characters: combining marks are in, so harakat and
# Arabic-Indic digits stay inside the tag (stdlib `\w` stops at the first mark).
_TAG_CHAR = r"\p{L}\p{M}\p{Nd}_\u200c\u200d"

_HASHTAG = regex.compile(
    # `&` keeps HTML entities such as `&#39;` out; FE0F/20E3 make `#️⃣` an emoji.
    rf"(?<![{_TAG_CHAR}&])[#＃](?![\ufe0f\u20e3])([{_TAG_CHAR}]+)"
)
# A tag followed by another `#` or by `://` is part of something else.
_HASHTAG_INVALID_END = regex.compile(r"[#＃]|://")

_MENTION = regex.compile(
    # Not after a word character, so e-mail addresses are not mentions; not
    # after `/` or `=`, as in Mastodon, so paths and query strings are not either.
    r"(?<![\p{L}\p{M}\p{Nd}_/=])@"
    r"([A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)"
    # The domain: a name with its top-level domain, or an IPv4 address; either with a port
    # (a server on loopback or in development).
    r"(?:@((?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]+)"
    r"|(?:\d{1,3}\.){3}\d{1,3})(?::\d{1,5}(?!\d))?)"
    r"(?![A-Za-z0-9_-]))?"
)

_URL = regex.compile(
    # Posts glue Arabic words and bidi marks to links with no space, so a link
    # ends at them as it does at whitespace; `<>"` never appear unescaped in
    # a URL and often delimit one. The cost: an unescaped Arabic path is cut.
    rf"(?<![A-Za-z0-9@＠$#＃])https?://[^\s\p{{Cf}}<>\"{_ARABIC_SCRIPT}]+",
    regex.IGNORECASE,
)
_URL_TRAILING = frozenset(".,:;!?)]}'\"،؛؟»")
_URL_OPENERS = {")": "(", "]": "[", "}": "{"}


@dataclass(frozen=True, slots=True)
class Entity:
    """A hashtag, mention or link, with its span in the original text."""

    kind: Literal["hashtag", "mention", "url"]
    start: int  # index in the text of the `#`, the `@` or the URL's first character
    end: int  # exclusive
    # hashtag: the tag as written, without `#`; mention: `user` or `user@domain`,
    # without the leading `@`; url: the URL.
    value: str
    username: str = ""  # mentions only
    domain: str = ""  # mentions only; empty for a local account


def hashtag_key(tag: str) -> str:
    """Return the identity of a hashtag: one key for every spelling of it."""
    return normalise(tag)


def extract_entities(text: str) -> list[Entity]:
    """Return the hashtags, mentions and links of text, in order, without overlaps."""
    urls = _urls(text)
    # `https://example.com/#tag` and `https://example.com/@yazeed` are links only.
    others = [
        entity
        for entity in (*_hashtags(text), *_mentions(text))
        if not any(url.start <= entity.start < url.end for url in urls)
    ]
    return sorted((*urls, *others), key=lambda entity: entity.start)


def _urls(text: str) -> list[Entity]:
    found: list[Entity] = []
    for match in _URL.finditer(text):
        url = _strip_trailing(match.group())
        host_and_path = url.partition("://")[2]
        # `https://` alone, or `https://).`, names no host.
        if host_and_path and host_and_path[0] not in "/?#":
            start = match.start()
            found.append(Entity(kind="url", start=start, end=start + len(url), value=url))
    return found


def _strip_trailing(url: str) -> str:
    """Return url without the punctuation that ends the sentence around it."""
    while url and url[-1] in _URL_TRAILING:
        closer = url[-1]
        # Keep a closing bracket that the URL itself opened, as in
        # https://en.wikipedia.org/wiki/Django_(web_framework).
        opener = _URL_OPENERS.get(closer)
        if opener and url.count(opener) >= url.count(closer):
            break
        url = url[:-1]
    return url


def _hashtags(text: str) -> list[Entity]:
    found: list[Entity] = []
    for match in _HASHTAG.finditer(text):
        tag = match.group(1)
        key = hashtag_key(tag)
        if (
            # Both the tag as written and its key are stored in 100-character
            # columns, and folding can lengthen a tag (ß becomes ss).
            max(len(tag), len(key)) > _MAX_HASHTAG_LENGTH
            or _HASHTAG_INVALID_END.match(text, match.end())
            # A tag needs a letter that survives folding, or its key would be
            # only digits (`#2012`) or empty (`#ـــ`, all tatweel).
            or not any(char.isalpha() for char in key)
        ):
            continue
        found.append(Entity(kind="hashtag", start=match.start(), end=match.end(), value=tag))
    return found


def _mentions(text: str) -> list[Entity]:
    found: list[Entity] = []
    for match in _MENTION.finditer(text):
        username, domain = match.group(1), match.group(2) or ""
        if len(username) > _MAX_USERNAME_LENGTH:
            continue
        found.append(
            Entity(
                kind="mention",
                start=match.start(),
                end=match.end(),
                value=f"{username}@{domain}" if domain else username,
                username=username,
                domain=domain,
            )
        )
    return found
