"""Classify an account's posts as on its specialty, diary chatter, or other.

Yazeed Al-Taweel's advice at the seed meeting: build your identity around your specialty,
and don't scatter your followers with diary chatter. To measure it, each post is
`on_topic` (about one of the account's specialties), `personal` (the author's meals, sleep,
mood, family, traffic, greetings) or `other`.

On-topic posts rarely repeat the specialty's own words, so the words of a specialty are
gathered from three places: what the profile says (the specialties' names and keywords);
the vocabulary of the common field each specialty names (`vocabulary.FIELDS`: a security
engineer's posts say phishing, ثغرة, CVE); and the account's own history — words that
several of its on-topic posts share and its other posts never use. Every decision names
the words that made it.
"""

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Literal

from hudhud.arabic import terms
from hudhud.coach.analysis.vocabulary import FIELDS, PERSONAL, PUBLIC

Category = Literal["on_topic", "personal", "other"]
Phrase = tuple[str, ...]

_PUNCTUATION = ".,،؛;:!?؟…\"'()[]«»#@"
# How much a specialty's words must match a field's: a name, or two words of its vocabulary.
_FIELD_MIN_SCORE = 2
# A word the account's on-topic posts share must appear in this many of them.
_HISTORY_MIN_POSTS = 2


@dataclass(frozen=True)
class Specialty:
    """A specialty as a profile declares it: its name and the keywords its owner adds."""

    name: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    """The category of one post, and the words that decided it (as the post wrote them,
    after folding)."""

    category: Category
    reasons: tuple[str, ...]


class _Phrases:
    """Phrases of analysed terms, found in a post's terms."""

    def __init__(self, words: Iterable[str]) -> None:
        self.phrases: set[Phrase] = set()
        self.longest = 0
        for word in words:
            self.add(tuple(terms(word)))

    def add(self, phrase: Phrase) -> None:
        if phrase:
            self.phrases.add(phrase)
            self.longest = max(self.longest, len(phrase))

    def found(self, post_terms: Sequence[str]) -> list[Phrase]:
        """Return the phrases that `post_terms` contains, each once; where phrases
        overlap, the longest wins (جمعة مباركة, not جمعة and مبارك)."""
        hits: dict[Phrase, None] = {}
        start = 0
        while start < len(post_terms):
            for size in range(min(self.longest, len(post_terms) - start), 0, -1):
                phrase = tuple(post_terms[start : start + size])
                if phrase in self.phrases:
                    hits[phrase] = None
                    start += size
                    break
            else:
                start += 1
        return list(hits)


def _as_written(text: str, phrases: Sequence[Phrase]) -> tuple[str, ...]:
    """Return `phrases` in the words the post wrote them with (قهوتي, not قهوة)."""
    written: dict[str, str] = {}
    for word in text.split():
        for term in terms(word):
            written.setdefault(term, word.strip(_PUNCTUATION))
    return tuple(
        dict.fromkeys(" ".join(written.get(term, term) for term in phrase) for phrase in phrases)
    )


@cache
def _personal() -> _Phrases:
    return _Phrases(PERSONAL)


@cache
def _public() -> _Phrases:
    return _Phrases(PUBLIC)


def _weight(phrases: Sequence[Phrase]) -> float:
    """Return how much on-topic phrases weigh against diary words: jargon of several words
    or in Latin letters (useEffect, burn rate) says more than one Arabic word."""
    return sum(2.0 if len(p) > 1 or p[0].isascii() else 1.5 for p in phrases)


@cache
def _field_names() -> dict[str, frozenset[str]]:
    return {
        name: frozenset(term for item in spec["names"] for term in terms(item))
        for name, spec in FIELDS.items()
    }


@cache
def _field_words(name: str) -> frozenset[str]:
    return frozenset(term for item in FIELDS[name]["words"] for term in terms(item))


def fields_of(specialty: Specialty, bio: str = "") -> list[str]:
    """Return the common fields a specialty belongs to (none for an uncommon one).

    The specialty's own words weigh most, matched against each field's names; then against
    its vocabulary, where one shared word is not enough (تربية الصقور is not education);
    the bio breaks ties between fields.
    """
    own = set(terms(specialty.name)) | {t for word in specialty.keywords for t in terms(word)}
    about = set(terms(bio))
    scores: Counter[str] = Counter()
    for name, names in _field_names().items():
        vocabulary = _field_words(name)
        score = 3 * len(own & names) + len(own & vocabulary)
        if score >= _FIELD_MIN_SCORE:
            scores[name] = score * 10 + len(about & (names | vocabulary))
    if not scores:
        return []
    best = max(scores.values())
    return [name for name, score in scores.items() if score == best]


@dataclass
class IdentityModel:
    """What tells an account's on-topic posts apart: built once, used on each post."""

    topic: _Phrases
    learned: frozenset[str] = frozenset()

    def classify(self, text: str) -> Verdict:
        """Return the category of one post and the words that decided it."""
        post_terms = terms(text)
        topic = self.topic.found(post_terms)
        topic += [(term,) for term in dict.fromkeys(post_terms) if term in self.learned]
        personal = _personal().found(post_terms)
        if _weight(topic) > len(personal):
            return Verdict(category="on_topic", reasons=_as_written(text, topic))
        if len(personal) > len(_public().found(post_terms)):
            return Verdict(category="personal", reasons=_as_written(text, personal))
        return Verdict(category="other", reasons=())


def identity_model(
    specialties: Sequence[Specialty], *, bio: str = "", history: Sequence[str] = ()
) -> IdentityModel:
    """Return the model of an account with these specialties, bio and recent posts."""
    words: list[str] = []
    for specialty in specialties:
        words += [specialty.name, *specialty.keywords]
        for name in fields_of(specialty, bio):
            words += FIELDS[name]["words"]
    model = IdentityModel(topic=_Phrases(words))
    if history:
        model.learned = _learn(model, history)
    return model


def _learn(model: IdentityModel, history: Sequence[str]) -> frozenset[str]:
    """Return the words that the account's own on-topic posts share and its others lack."""
    on_topic: Counter[str] = Counter()
    elsewhere: set[str] = set()
    known = {term for phrase in model.topic.phrases for term in phrase}
    personal = {term for phrase in _personal().phrases for term in phrase}
    for text in history:
        post_terms = set(terms(text))
        if model.classify(text).category == "on_topic":
            on_topic.update(post_terms)
        else:
            elsewhere |= post_terms
    return frozenset(
        term
        for term, count in on_topic.items()
        if count >= _HISTORY_MIN_POSTS
        and term not in known
        and term not in elsewhere
        and term not in personal
        and len(term) > 2
        and not term.isdigit()
    )
