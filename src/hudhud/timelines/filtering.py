"""Whether a post matches a filter, with words read as `hudhud.arabic` reads them.

A keyword and a post are compared by their search terms (`hudhud.arabic.terms`): the
keyword's terms in a row among the post's are a match, so «التطوع» matches «وللتطوّع» and
«كرة القدم» matches «كرةُ القدم». Failing that, the keyword is looked for in the folded text
(`hudhud.arabic.normalise`): anywhere when it is not `whole_word`, as on Mastodon, and else
between word boundaries, which finds keywords that have no terms («في», «@twitter.com»).
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from hudhud.arabic import normalise, terms
from hudhud.posts.models import Post
from hudhud.timelines.models import Filter, FilterAction


@dataclass(frozen=True)
class Keyword:
    """A filter keyword, read once for all the posts of a page."""

    text: str
    whole_word: bool
    terms: tuple[str, ...]
    folded: str
    bounded: re.Pattern[str] | None  # the folded keyword between word boundaries


def keyword(text: str, *, whole_word: bool) -> Keyword:
    """Return `text` read as a keyword."""
    folded = normalise(text).strip()
    bounded = None
    if whole_word and folded:
        # As on Mastodon, a boundary only where the keyword starts or ends with a letter:
        # «@twitter.com» is found in «@sami@twitter.com».
        start = r"(?<!\w)" if re.match(r"\w", folded[0]) else ""
        end = r"(?!\w)" if re.match(r"\w", folded[-1]) else ""
        bounded = re.compile(start + re.escape(folded) + end)
    return Keyword(
        text=text, whole_word=whole_word, terms=tuple(terms(text)), folded=folded, bounded=bounded
    )


@dataclass(frozen=True)
class Text:
    """What a post says, read for matching: its terms and its folded text."""

    terms: tuple[str, ...]
    folded: str


def text_of(post: Post) -> Text:
    """Return the text a filter looks at: the content warning, the text and the media
    descriptions of `post` (of the boosted post, for a boost). Media must be prefetched,
    as `posts_for_display` does."""
    shown = post.boost_of or post
    parts = [shown.spoiler_text, shown.text]
    parts.extend(media.description for media in shown.media.all())
    whole = "\n".join(part for part in parts if part)
    return Text(terms=tuple(terms(whole)), folded=normalise(whole))


def _in_a_row(needle: tuple[str, ...], haystack: tuple[str, ...]) -> bool:
    width = len(needle)
    return any(
        haystack[start : start + width] == needle
        for start in range(len(haystack) - width + 1)
        if haystack[start] == needle[0]
    )


def matches(word: Keyword, text: Text) -> bool:
    """Return whether the keyword `word` is in `text`."""
    if word.terms and _in_a_row(word.terms, text.terms):
        return True
    if not word.folded:
        return False
    if word.bounded is not None:
        return bool(word.bounded.search(text.folded))
    return not word.whole_word and word.folded in text.folded


@dataclass(frozen=True)
class FilterMatch:
    """A filter that matched a post: by which keywords, and by which of its posts."""

    filter: Filter
    keyword_matches: list[str] = field(default_factory=list)
    status_matches: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ActiveFilters:
    """The filters of a viewer in one context, ready to match a page of posts."""

    viewer_id: int
    filters: Sequence[tuple[Filter, Sequence[Keyword]]] = ()
    # The (filter, post) pairs of filtered posts among the page's posts.
    filtered_posts: frozenset[tuple[int, int]] = frozenset()

    def matches(self, posts: Iterable[Post]) -> dict[int, list[FilterMatch]]:
        """Return the filters each post matches, by post ID; the viewer's own posts and
        boosts are never filtered, as on Mastodon."""
        found: dict[int, list[FilterMatch]] = {}
        if not self.filters:
            return found
        for post in posts:
            if post.author_id == self.viewer_id:
                continue
            shown_id = post.boost_of_id or post.pk
            text = text_of(post) if any(words for _filter, words in self.filters) else None
            results = []
            for each, words in self.filters:
                keywords = [w.text for w in words if text is not None and matches(w, text)]
                by_post = [shown_id] if (each.pk, shown_id) in self.filtered_posts else []
                if keywords or by_post:
                    results.append(FilterMatch(each, keywords, by_post))
            if results:
                found[post.pk] = results
        return found


def hidden(found: Sequence[FilterMatch]) -> bool:
    """Return whether one of the filters that matched a post hides it."""
    return any(match.filter.action == FilterAction.HIDE for match in found)
