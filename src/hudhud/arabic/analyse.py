"""Turn text into search terms: the one place that decides what "the same word" means."""

import regex

from hudhud.arabic.normalise import normalise

_WORD = regex.compile(r"[\p{L}\p{M}\p{Nd}]+")


def terms(text: str) -> list[str]:
    """Return the search terms of `text`, in order: its words, each in its one spelling."""
    return [term for word in _WORD.findall(text) if (term := normalise(word))]
