"""A deterministic synthetic Arabic corpus: people, power-law follows, posts and replies.

Nothing here touches Django, so any benchmark (timelines, search speed, search quality) can
generate the same corpus from the same seed and load it however it needs. Each post keeps
what it was made of (topic, canonical tags, noun phrases, mentions) as ground truth.
"""

import heapq
import math
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median_low

from bench import vocabulary as vocab
from hudhud.arabic import MAX_POST_LENGTH, post_length

#: The corpus of `make bench`: its seed, and the reader who follows this many accounts.
DEFAULT_SEED = 2012
READER_FOLLOWING = 500
#: Posts are spread over this many days before the moment the corpus ends.
DEFAULT_DAYS = 60
#: Where the well-known accounts rank among the most active posters (0 is the most active).
WELL_KNOWN_ACTIVITY_RANK = 30

_TOPICS = {topic.name: topic for topic in vocab.TOPICS}
_SLOT = re.compile(r"\{(\w+)\}")
_PREFIXES = {"bn": "ب", "ln": "ل"}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
# Letters that never join the next one, so a tatweel after them would float.
_NON_JOINING = set("اأإآدذرزوؤةىء")
_HARAKAT = ("\u064e", "\u064f", "\u0650", "\u0651", "\u0652")  # fatha damma kasra shadda sukun
VISIBILITIES = (("public", 0.86), ("unlisted", 0.06), ("private", 0.08))


@dataclass(frozen=True, slots=True)
class Person:
    username: str
    display_name: str
    bio: str
    kind: str  # an AccountKind value
    topics: tuple[str, ...]  # what they mostly write about


@dataclass(frozen=True, slots=True)
class CorpusPost:
    author: int  # index into Corpus.people
    text: str
    topic: str
    age: float  # seconds before the end of the corpus (0 for fresh posts)
    visibility: str  # a Visibility value: public, unlisted or private
    reply_to: int | None  # index into Corpus.posts of the post it answers
    tags: tuple[str, ...]  # canonical spellings of its hashtags, whatever spelling was typed
    mentions: tuple[int, ...]  # local people it mentions (replies: the author replied to first)
    terms: tuple[str, ...]  # the vocabulary noun phrases and English words it was made of


@dataclass(frozen=True)
class Corpus:
    seed: int
    days: float
    people: tuple[Person, ...]
    follows: tuple[tuple[int, int], ...]  # (follower, target), all accepted
    posts: tuple[CorpusPost, ...]  # oldest first
    fresh: tuple[CorpusPost, ...]  # not loaded: for timing real posting
    reader: int  # follows READER_FOLLOWING accounts (or everyone, in a small corpus)
    median_reader: int  # follows the median number of accounts
    most_followed: int
    following: tuple[tuple[int, ...], ...] = field(repr=False)
    followers: tuple[tuple[int, ...], ...] = field(repr=False)

    def summary(self) -> dict[str, float]:
        """Return the shape of the corpus in a few numbers."""
        followers = sorted(len(f) for f in self.followers)
        following = sorted(len(f) for f in self.following)
        return {
            "users": len(self.people),
            "follows": len(self.follows),
            "posts": len(self.posts),
            "replies": sum(post.reply_to is not None for post in self.posts),
            "with_hashtags": sum(bool(post.tags) for post in self.posts),
            "with_mentions": sum(bool(post.mentions) for post in self.posts),
            "followers_max": followers[-1],
            "followers_p90": followers[int(0.9 * (len(followers) - 1))],
            "followers_median": median_low(followers),
            "following_median": median_low(following),
            "reader_following": len(self.following[self.reader]),
            "median_reader_following": len(self.following[self.median_reader]),
            "most_followed_followers": len(self.followers[self.most_followed]),
        }


def generate(
    *,
    users: int = 1000,
    posts: int = 100_000,
    fresh: int = 300,
    seed: int = DEFAULT_SEED,
    days: float = DEFAULT_DAYS,
) -> Corpus:
    """Return the corpus of `users` people and `posts` posts made from `seed`."""
    if users < len(vocab.WELL_KNOWN) + 2:
        raise ValueError(f"A corpus needs at least {len(vocab.WELL_KNOWN) + 2} users.")
    rng = random.Random(seed)
    people = _people(rng, users)
    reader = len(vocab.WELL_KNOWN)  # yazeed
    following = _follows(rng, people, reader)
    followers: list[list[int]] = [[] for _ in people]
    for follower, targets in enumerate(following):
        for target in targets:
            followers[target].append(follower)
    writer = _Writer(rng, people, following)
    authors = _authors(rng, len(people), posts)
    step = days * 86_400 / max(posts, 1)
    bulk = [
        writer.post(author, age=(posts - k) * step - rng.random() * step * 0.9)
        for k, author in enumerate(authors)
    ]
    fresh_posts = [writer.post(rng.randrange(users), age=0.0) for _ in range(fresh)]
    counts = [len(targets) for targets in following]
    ordinary = [i for i in range(len(vocab.WELL_KNOWN), users) if i != reader]
    middle = median_low(counts[i] for i in ordinary)
    return Corpus(
        seed=seed,
        days=days,
        people=tuple(people),
        follows=tuple((f, t) for f, targets in enumerate(following) for t in targets),
        posts=tuple(bulk),
        fresh=tuple(fresh_posts),
        reader=reader,
        median_reader=next(i for i in ordinary if counts[i] == middle),
        most_followed=max(range(users), key=lambda i: len(followers[i])),
        following=tuple(tuple(targets) for targets in following),
        followers=tuple(tuple(f) for f in followers),
    )


def _people(rng: random.Random, users: int) -> list[Person]:
    people = [
        Person(
            username, name, _fill(rng, rng.choice(vocab.BIOS), _TOPICS[topic])[0], kind, (topic,)
        )
        for username, name, kind, topic in vocab.WELL_KNOWN
    ]
    taken = {person.username for person in people}
    # The people of the seed meeting come first; `yazeed` is the reader who follows 500.
    firsts = list(vocab.FIRST_NAMES)
    for number in range(users - len(people)):
        if number < 5:
            (username, first), (_, family) = firsts[number], rng.choice(vocab.FAMILY_NAMES)
        else:
            (latin, first), (latin_family, family) = (
                rng.choice(firsts),
                rng.choice(vocab.FAMILY_NAMES),
            )
            username = f"{latin}_{latin_family}"
            while username in taken:
                username = f"{latin}_{latin_family}{rng.randrange(10, 1000)}"
        taken.add(username)
        topics = tuple(rng.sample([topic.name for topic in vocab.TOPICS], 2))
        bio = _fill(rng, rng.choice(vocab.BIOS), _TOPICS[topics[0]])[0]
        people.append(Person(username, f"{first} {family}", bio, "person", topics))
    return people


def _follows(rng: random.Random, people: Sequence[Person], reader: int) -> list[list[int]]:
    """Return whom each person follows: preferential to the well known and to shared topics."""
    n = len(people)
    ranks = list(range(len(vocab.WELL_KNOWN), n))
    rng.shuffle(ranks)
    rank = list(range(len(vocab.WELL_KNOWN))) + ranks
    popularity = [1.0 / (rank[i] + 2) ** 0.9 for i in range(n)]
    topics = [set(person.topics) for person in people]
    following = []
    for i in range(n):
        if i == reader:
            degree = READER_FOLLOWING
        elif i < len(vocab.WELL_KNOWN):
            degree = rng.randint(5, 30)
        else:
            degree = round(rng.lognormvariate(math.log(20), 0.9))
        degree = max(1, min(degree, n - 1))
        # Weighted sampling without replacement (Efraimidis-Spirakis): the largest keys win.
        mine = topics[i]
        keys = (
            (rng.random() ** (1.0 / (popularity[j] * (2.0 if mine & topics[j] else 1.0))), j)
            for j in range(n)
            if j != i
        )
        following.append(sorted(j for _key, j in heapq.nlargest(degree, keys)))
    return following


def _authors(rng: random.Random, users: int, posts: int) -> list[int]:
    """Return the author of every post: a few people write a lot, most write a little."""
    ranks = list(range(users))
    rng.shuffle(ranks)
    # The well known post often (several times a day), though not the most.
    for i in range(min(len(vocab.WELL_KNOWN), users - WELL_KNOWN_ACTIVITY_RANK)):
        j = ranks.index(WELL_KNOWN_ACTIVITY_RANK + i)
        ranks[i], ranks[j] = ranks[j], ranks[i]
    weights = [1.0 / (ranks[i] + 10) ** 0.8 for i in range(users)]
    return rng.choices(range(users), weights=weights, k=posts)


def _join(prefix: str, word: str) -> str:
    """Join ب / ل / و to a word as Arabic writes it (ل + ال is written لل)."""
    if prefix == "ل" and word.startswith("ال"):
        return "لل" + word[2:]
    return prefix + word


def _fill(rng: random.Random, template: str, topic: vocab.Topic) -> tuple[str, list[str]]:
    """Fill a template's slots; return the text and the terms put in."""
    terms: list[str] = []
    first = rng.choice(topic.nouns)

    def slot(match: re.Match[str]) -> str:
        name = match.group(1)
        if name == "n2":
            value = rng.choice([noun for noun in topic.nouns if noun != first])
        elif name in ("n", "bn", "ln"):
            value = first
        elif name == "e":
            value = rng.choice(vocab.ENGLISH_TECH)
        elif name == "c":
            value = rng.choice(vocab.CITIES)
        else:
            raise ValueError(f"Unknown slot {{{name}}} in {template!r}")
        terms.append(value)
        return _join(_PREFIXES[name], value) if name in _PREFIXES else value

    return _SLOT.sub(slot, template), terms


def _misspell(rng: random.Random, word: str) -> str:
    """Return `word` as someone might type it: harakat, tatweel, no hamza, ه for ة, ى for ي."""
    letters = [i for i, char in enumerate(word) if _ARABIC_LETTER.match(char)]
    if len(letters) < 3:
        return word
    # Where a haraka can sit (after a consonant) and where a tatweel can (between joined letters).
    consonants = [i + 1 for i in letters[:-1] if word[i] not in "اآأإىوي"]
    joins = [i + 1 for i in letters[:-1] if word[i] not in _NON_JOINING and i + 1 in letters]
    ways = []
    if consonants:
        at = rng.choice(consonants)
        ways.append(word[:at] + rng.choice(_HARAKAT) + word[at:])
    if joins:
        at = rng.choice(joins)
        ways.append(word[:at] + "ـ" * rng.choice((1, 1, 2, 3)) + word[at:])
    if any(char in "أإآ" for char in word):
        ways.append(re.sub("[أإآ]", "ا", word))
    if word.endswith("ة"):
        ways.append(word[:-1] + "ه")
    if word.endswith("ي"):
        ways.append(word[:-1] + "ى")
    return rng.choice(ways) if ways else word


class _Writer:
    """Write posts the way the people of the corpus would."""

    def __init__(
        self, rng: random.Random, people: Sequence[Person], following: Sequence[Sequence[int]]
    ) -> None:
        self.rng = rng
        self.people = people
        self.following = following
        self.authors: list[int] = []  # author of every corpus post so far
        self.recent: dict[int, list[int]] = {}  # author -> indexes of their last posts

    def post(self, author: int, *, age: float) -> CorpusPost:
        rng = self.rng
        person = self.people[author]
        topic = _TOPICS[
            rng.choice(person.topics) if rng.random() < 0.75 else rng.choice(vocab.TOPICS).name
        ]
        while True:
            made = self._compose(author, topic)
            # post_length is slow; a text this short cannot be too long (a link counts as 23).
            if len(made[0]) + 23 * made[0].count("://") <= MAX_POST_LENGTH:
                break
            if post_length(made[0]) <= MAX_POST_LENGTH:
                break
        text, tags, mentions, terms, reply_to = made
        visibility = rng.choices([v for v, _ in VISIBILITIES], [w for _, w in VISIBILITIES])[0]
        if age > 0:  # fresh posts are not in the corpus: nothing can answer them
            self.recent.setdefault(author, []).append(len(self.authors))
            del self.recent[author][:-5]
            self.authors.append(author)
        return CorpusPost(
            author=author,
            text=text,
            topic=topic.name,
            age=age,
            visibility=visibility,
            reply_to=reply_to,
            tags=tuple(tags),
            mentions=tuple(mentions),
            terms=tuple(terms),
        )

    def _compose(
        self, author: int, topic: vocab.Topic
    ) -> tuple[str, list[str], list[int], list[str], int | None]:
        rng = self.rng
        terms: list[str] = []
        sentences: list[str] = []
        mentions: list[int] = []
        reply_to = self._reply_target(author) if rng.random() < 0.1 else None
        if reply_to is not None:
            sentence, used = _fill(rng, rng.choice(vocab.REPLIES), topic)
            sentences.append(sentence)
            terms += used
        count = rng.choices((1, 2, 3), (0.55, 0.35, 0.10))[0] - (reply_to is not None)
        for _ in range(count):
            sentence, used = _fill(rng, rng.choice(topic.sentences), topic)
            sentences.append(sentence)
            terms += used
        sentences = [self._typed(sentence) for sentence in sentences]
        text = sentences[0]
        for sentence in sentences[1:]:
            joint = rng.choice((". ", "، ", "\n", "\n\n", " — ", "، و"))
            if joint.endswith("و") and sentence.startswith(("و", "ف")):
                joint = ". "
            text += joint + sentence if not text.endswith(("؟", "!")) else " " + sentence
        if rng.random() < 0.12:
            text = f"{rng.choice(vocab.OPENERS)} {text}"
        if reply_to is None and rng.random() < 0.15:
            followed = self.following[author]
            target = (
                rng.choice(followed)
                if followed and rng.random() < 0.7
                else rng.randrange(len(self.people))
            )
            if target != author:
                mentions.append(target)
                phrase = rng.choice(vocab.MENTION_PHRASES).format(
                    m="@" + self.people[target].username
                )
                lead = f"{phrase} " if phrase.endswith("؟") else f"{phrase}: "
                text = f"{text}\n{phrase}" if rng.random() < 0.5 else lead + text
        if rng.random() < 0.01:
            text += " " + rng.choice(vocab.REMOTE_MENTIONS)
        if rng.random() < 0.07:
            link = rng.choice(vocab.LINKS).format(
                number=rng.randrange(1, 500), video=_video_id(rng)
            )
            text += rng.choice((f"\n{link}", f" التفاصيل: {link}", f" ({link})"))
        if rng.random() < 0.3:
            text += " " + "".join(rng.choices(topic.emoji, k=rng.choice((1, 1, 2))))
        tags: list[str] = []
        if rng.random() < 0.45:
            chosen = rng.sample(
                topic.tags, min(len(topic.tags), rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0])
            )
            tags = [spellings[0] for spellings in chosen]
            typed = [
                spellings[0] if rng.random() < 0.75 else rng.choice(spellings)
                for spellings in chosen
            ]
            text += rng.choice(("\n\n", " ")) + " ".join(f"#{tag}" for tag in typed)
        if reply_to is not None:
            parent_author = self.authors[reply_to]
            mentions.insert(0, parent_author)
            text = f"@{self.people[parent_author].username} {text}"
        return text, tags, mentions, terms, reply_to

    def _typed(self, sentence: str) -> str:
        """Misspell a few Arabic words of `sentence`, and sometimes start it with و or ف."""
        rng = self.rng
        words = sentence.split(" ")
        words = [_misspell(rng, word) if rng.random() < 0.05 else word for word in words]
        if rng.random() < 0.05 and _ARABIC_LETTER.match(words[0][:1]):
            words[0] = _join(rng.choice("وف"), words[0])
        return " ".join(words)

    def _reply_target(self, author: int) -> int | None:
        followed = self.following[author]
        for _ in range(3):
            if not followed:
                return None
            recent = self.recent.get(self.rng.choice(followed))
            if recent:
                return self.rng.choice(recent)
        return None


def _video_id(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
    return "".join(rng.choices(alphabet, k=11))
