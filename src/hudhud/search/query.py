"""Turn what a person typed into the words to look for, and refuse what cannot be a query.

Nothing typed reaches an engine as syntax: a query is the list of terms that the one
analyser (`hudhud.arabic.terms`) finds in it, and each backend writes every term as a plain,
quoted token. Quotes, stars, colons, brackets, `OR`, `NEAR` and SQL are either dropped by the
analyser or searched for as ordinary words.
"""

from dataclasses import dataclass

import regex
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from hudhud.arabic import terms

#: The longest query accepted, in characters (as long as a post may be); a longer one is
#: refused with a message.
MAX_QUERY_LENGTH = 500
#: The most words a query looks for; the rest of a long query is ignored.
MAX_QUERY_TERMS = 16

# What a query never needs and must not echo back: lone surrogates (which cannot be
# encoded), control characters, and the bidi embeddings, overrides and isolates that
# would reorder the page around the echoed query.
_UNWANTED = regex.compile(r"[\p{Cs}\p{Cc}\u202a-\u202e\u2066-\u2069]+")


@dataclass(frozen=True, slots=True)
class SearchQuery:
    """The words to find, all of them; the last also as a prefix when `prefix` is set."""

    terms: tuple[str, ...]
    prefix: bool = False

    def __bool__(self) -> bool:
        return bool(self.terms)

    @property
    def exact(self) -> frozenset[str]:
        return frozenset(self.terms)

    def matches(self, term: str) -> bool:
        """Return whether an analysed word of a document is one the query looks for."""
        return term in self.exact or (self.prefix and term.startswith(self.terms[-1]))


def clean_query(text: str) -> str:
    """Return `text` without what could break encoding or the page's direction, stripped."""
    return " ".join(_UNWANTED.sub(" ", text).split())


def parse_query(text: str, *, prefix: bool = False) -> SearchQuery:
    """Return the query in `text`, empty when it has nothing to search for; with `prefix`
    (as-you-type), its last word also stands for the longer words it starts.

    Raise ValidationError when it is too long to be a search.
    """
    text = clean_query(text)
    if len(text) > MAX_QUERY_LENGTH:
        raise ValidationError(
            _("A search has at most %(limit)d characters.") % {"limit": MAX_QUERY_LENGTH},
            code="too_long",
        )
    found: list[str] = []
    # A term can hold a space (NFKC spells ﷺ as four words): the engines see four tokens.
    for term in " ".join(terms(text)).split():
        if term not in found:
            found.append(term)
    found = found[:MAX_QUERY_TERMS]
    return SearchQuery(terms=tuple(found), prefix=prefix and bool(found))
