"""The one folding the coach's patterns are written against."""

import re

from hudhud.arabic import normalise

# «رتويتتتت»، «نشرررر»، «ساعدوووني»: a letter stretched for emphasis.
_STRETCHED = re.compile(r"(\w)\1{2,}")


def fold(text: str) -> str:
    """Return `text` normalised (`hudhud.arabic.normalise`), stretched letters shortened."""
    return _STRETCHED.sub(r"\1", normalise(text))
