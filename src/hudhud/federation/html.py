"""HTML that arrives from other servers, cleaned with nh3 (Ammonia) to Mastodon's
allow-list (its `MASTODON_STRICT` sanitiser): text formatting, links and lists; links open
apart and carry no referrer; the classes mentions and hashtags use are kept."""

import re
from html import unescape

import nh3

_TAGS = {
    "p", "br", "span", "a", "del", "s", "pre", "blockquote", "code",
    "b", "strong", "u", "i", "em", "ul", "ol", "li",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "translate"},
    "span": {"translate"},
    "ol": {"start", "reversed"},
    "li": {"value"},
}
_CLASSES = {
    "a": {"mention", "hashtag", "u-url", "h-card", "unhandled-link"},
    "span": {"h-card", "invisible", "ellipsis"},
}
_SCHEMES = {
    "http", "https", "dat", "dweb", "ipfs", "ipns", "ssb", "gopher", "xmpp", "magnet", "gemini",
}  # fmt: skip


def clean(html: str) -> str:
    """Return remote `html` with only what Mastodon keeps of it."""
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        allowed_classes=_CLASSES,
        url_schemes=_SCHEMES,
        link_rel="nofollow noopener noreferrer",
        set_tag_attribute_values={"a": {"target": "_blank"}},
    )


_BREAKS = re.compile(r"<br\s*/?>", re.IGNORECASE)
_PARAGRAPH_ENDS = re.compile(r"</p\s*>", re.IGNORECASE)


def text_of(html: str) -> str:
    """Return remote `html` as plain text: line breaks kept, paragraphs apart, tags gone."""
    marked = _PARAGRAPH_ENDS.sub("\n\n", _BREAKS.sub("\n", html))
    return unescape(nh3.clean(marked, tags=set())).strip()
