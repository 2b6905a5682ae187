"""Turn text into search terms: the one place that decides what "the same word" means.

Search indexes `" ".join(terms(post_text))` and looks for `terms(query)`, so a post is found
when its words and the query's give the same terms. `terms` works in this order:

1. Fold (`normalise_keeping_ta_marbuta`): presentation forms, harakat, tatweel, invisible
   marks, alef forms, ى، ؤ، ئ، Persian letters and both sets of Arabic digits, and case. ة
   stays until the stemmer has used it (ة is an ending, ه may be "his"); it is folded to ه
   last, so مدرسه typed for مدرسة still meets it.
2. Tokenise, in one pass:
   - an Arabic word, a Latin word or a run of digits is a token, and a change of script
     ends one: جيتكس٢٠١٢ and GITEX2012 are two tokens each, so they meet جيتكس ٢٠١٢;
   - `_`, `#`, `-`, punctuation and emoji separate words: #العمل_التطوعي is العمل and
     التطوعي, file_name is file and name;
   - a link gives only its site's name (https://www.youtube.com/watch?v=… is youtube): its
     path and query string are noise, but people do search for the site;
   - a mention gives its username's words (@yazeed@mastodon.social is yazeed): the domain
     is on every remote mention and says nothing. The username goes through the steps below
     like any word, so the query `yazeed` finds the mention.
3. Drop stop words (Arabic and English function words, see `stopwords`) and Arabic words of
   one letter. A query of stop words only (`في`) has no terms: search treats it as empty.
4. Stem (see `stemming`): Arabic by light affix stripping, English by Snowball (Porter2).
   Digits are kept as ASCII digits; other scripts are kept as folded.

Terms never contain spaces.
"""

import re
import unicodedata
from functools import lru_cache

from hudhud.arabic.normalise import normalise_keeping_ta_marbuta
from hudhud.arabic.stemming import stem_arabic, stem_english
from hudhud.arabic.stopwords import ARABIC, ENGLISH, NOT_STOP

# Arabic-script letters after folding: Arabic (without tatweel, U+0640), the extended
# letters of Persian and Urdu, Arabic Supplement and Extended-A.
_ARABIC_LETTERS = (
    "\u0620-\u063f\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"
    "\u0750-\u077f\u08a0-\u08c9"
)
# Latin letters after casefolding (Basic, Latin-1, Extended-A/B and Additional).
_LATIN_LETTERS = "a-z\u00df-\u00f6\u00f8-\u024f\u1e00-\u1eff"

# The stdlib `re` runs this three times faster than `regex` with \p{...} classes, and every
# post pays for it. One group per kind of token; exactly one is non-empty in each match.
_TOKEN = re.compile(
    rf"(https?://[^\s<>\"{_ARABIC_LETTERS}]+)"
    # As in `entities`: not after a word character (an e-mail address), `/` or `=` (a path).
    r"|(?<![\w/=])@([a-z0-9_](?:[a-z0-9_.-]*[a-z0-9_])?)(?:@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)?"
    rf"|([{_ARABIC_LETTERS}]+)"
    # Combining accents and an apostrophe inside a word belong to it: café, don't, Mastodon's.
    rf"|([{_LATIN_LETTERS}](?:[{_LATIN_LETTERS}\u0300-\u036f]|['’](?=[{_LATIN_LETTERS}]))*)"
    r"|(\d+)"
    rf"|([^\W\d_{_LATIN_LETTERS}{_ARABIC_LETTERS}]+)"  # other scripts: Cyrillic, Greek, CJK …
)
_PIECE = re.compile(rf"[{_LATIN_LETTERS}]+|\d+")  # the words of a username or a host name

# Second-level labels under a country code: bbc.co.uk is bbc, not co.
_SECOND_LEVEL = frozenset({"ac", "co", "com", "edu", "gov", "ne", "net", "or", "org"})


def terms(text: str) -> list[str]:
    """Return the search terms of `text`, in order: its words, each in its one spelling."""
    found: list[str] = []
    for url, mention, arabic, latin, digits, other in _TOKEN.findall(
        normalise_keeping_ta_marbuta(text)
    ):
        if arabic:
            term = _arabic_term(arabic) if len(arabic) <= _CACHED else _analyse_arabic(arabic)
        elif latin:
            term = _latin_term(latin) if len(latin) <= _CACHED else _analyse_latin(latin)
        elif digits:
            term = digits if digits.isascii() else _ascii_digits(digits)
        elif other:
            term = other
        else:  # a mention or a link: the words of its username or of its site's name
            words = _PIECE.findall(mention or _site_name(url))
            found.extend(analysed for word in words if (analysed := _piece(word)))
            continue
        if term:
            found.append(term)
    return found


def _analyse_arabic(word: str) -> str:
    if len(word) < 2 or _is_arabic_stop_word(word.replace("ة", "ه")):
        return ""
    return stem_arabic(word)


def _is_arabic_stop_word(word: str) -> bool:
    if word in NOT_STOP:
        return False
    if word in ARABIC:
        return True
    # و or ف, then ب، ل or ك, before a stop word: وفي، فهو، لذلك، وبهذا.
    rest = word[1:] if word[0] in "وف" else word
    if rest != word and len(rest) >= 2 and rest in ARABIC:
        return True
    return len(rest) >= 3 and rest[0] in "بلك" and rest[1:] in ARABIC


def _analyse_latin(word: str) -> str:
    word = word.replace("’", "'")
    if not word.isascii():
        # café is cafe; a letter without an ASCII form (ø, ł) stays as it is.
        decomposed = unicodedata.normalize("NFKD", word)
        word = "".join(char for char in decomposed if not unicodedata.combining(char))
    if word in ENGLISH:
        return ""
    return stem_english(word)


# Each distinct word is analysed once per process: posts repeat words, so a post costs a
# regex scan and a few look-ups. 16,384 words each (about 8 MB when full); longer runs of
# letters than real words are analysed afresh, so that no post can fill the cache with them.
_arabic_term = lru_cache(maxsize=1 << 14)(_analyse_arabic)
_latin_term = lru_cache(maxsize=1 << 14)(_analyse_latin)
_CACHED = 24


def _piece(piece: str) -> str:
    if piece[0].isdigit():
        return piece if piece.isascii() else _ascii_digits(piece)
    return _latin_term(piece) if len(piece) <= _CACHED else _analyse_latin(piece)


def _ascii_digits(digits: str) -> str:
    return "".join(str(unicodedata.digit(char)) for char in digits)


def _site_name(url: str) -> str:
    """Return the name of the site a URL points at: its host without www, TLD or co.uk."""
    host = url.partition("://")[2]
    for end in "/?#:":
        host = host.partition(end)[0]
    labels = [label for label in host.split(".") if label]
    if len(labels) < 2 or labels[-1].startswith("xn--"):
        return ""
    labels.pop()  # the top-level domain
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    name = labels[-1]
    return "" if len(name) < 2 or name.startswith("xn--") else name
