"""Mark the words a search found, in HTML that is already safe, without touching markup."""

import regex
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from hudhud.arabic import terms
from hudhud.search.query import SearchQuery

# Tags and character references are left alone: only the text between them is marked.
_MARKUP = regex.compile(r"(<[^>]*>|&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);)")
# A word as the analyser sees one: letters with their marks (harakat, tatweel) and digits.
_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


def _found(word: str, query: SearchQuery) -> bool:
    return any(query.matches(term) for term in " ".join(terms(word)).split())


def _mark_text(text: str, query: SearchQuery) -> str:
    return _WORD.sub(
        lambda word: f"<mark>{word[0]}</mark>" if _found(word[0], query) else word[0], text
    )


def highlight_html(html: str, query: SearchQuery) -> SafeString:
    """Return safe `html` with every whole word that the query looks for in <mark>:
    «وللتطوّع» when the query was «التطوع», if the analyser makes them one word."""
    if not query:
        return mark_safe(html)  # noqa: S308 - the caller's HTML, already safe
    pieces = _MARKUP.split(html)
    # split() with one group: text at even indexes, tags and references at odd ones.
    marked = [piece if i % 2 else _mark_text(piece, query) for i, piece in enumerate(pieces)]
    return mark_safe("".join(marked))  # noqa: S308 - only <mark> was added, around text


def highlight_text(text: str, query: SearchQuery) -> SafeString:
    """Return plain `text` escaped, with the words the query looks for in <mark>."""
    return highlight_html(str(escape(text)), query)
