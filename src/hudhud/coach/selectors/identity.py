"""The identity report of an account: what its latest posts focus on."""

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from django.utils.translation import gettext as _

from hudhud.accounts.models import Account
from hudhud.arabic import terms
from hudhud.coach.analysis.identity import Category, Specialty, Verdict, identity_model
from hudhud.posts.models import Post, Visibility

IDENTITY_WINDOW = 100


@dataclass(frozen=True)
class Week:
    """How many of an account's posts of one week (from Monday `start`) were of each kind."""

    start: date
    on_topic: int
    personal: int
    other: int

    @property
    def total(self) -> int:
        return self.on_topic + self.personal + self.other


@dataclass(frozen=True)
class ClassifiedPost:
    post: Post
    verdict: Verdict


@dataclass(frozen=True)
class IdentityReport:
    """What an account's recent posts focus on, week by week, with advice."""

    account: Account
    posts: list[ClassifiedPost]
    shares: dict[Category, float]
    weeks: list[Week]
    top_terms: list[tuple[str, int]]
    advice: list[str]


def _own_posts(account: Account) -> list[Post]:
    """Return the account's latest posts that speak for its identity: its own words, not
    boosts nor direct messages."""
    return list(
        Post.objects.filter(author=account, boost_of__isnull=True)
        .exclude(visibility=Visibility.DIRECT)
        .order_by("-id")[:IDENTITY_WINDOW]
    )


def identity_report(account: Account) -> IdentityReport:
    """Return the identity report of `account`: each of its latest posts classified, the
    shares of each kind overall and per week, its top on-topic words, and advice."""
    posts = _own_posts(account)
    model = identity_model(
        [Specialty(item["name"], tuple(item["keywords"])) for item in account.specialties],
        bio=account.bio,
        history=[post.text for post in posts],
    )
    classified = [ClassifiedPost(post, model.classify(post.text)) for post in posts]
    counts = Counter(item.verdict.category for item in classified)
    total = len(classified) or 1
    kinds: tuple[Category, ...] = ("on_topic", "personal", "other")
    shares = {kind: counts[kind] / total for kind in kinds}
    weeks = _weeks(classified)
    return IdentityReport(
        account=account,
        posts=classified,
        shares=shares,
        weeks=weeks,
        top_terms=_top_terms(classified),
        advice=_advice(account, shares, weeks, len(classified)),
    )


def _top_terms(classified: list[ClassifiedPost], limit: int = 10) -> list[tuple[str, int]]:
    """Return the words that made the most posts on-topic, each in its most used spelling,
    with how many posts used it (المتصفح and متصفح are one word)."""
    spellings: dict[str, Counter[str]] = {}
    for item in classified:
        if item.verdict.category == "on_topic":
            for word in item.verdict.reasons:
                spellings.setdefault(" ".join(terms(word)), Counter())[word] += 1
    ranked = sorted(spellings.values(), key=lambda used: -used.total())[:limit]
    return [(used.most_common(1)[0][0], used.total()) for used in ranked]


def _weeks(classified: list[ClassifiedPost]) -> list[Week]:
    by_week: dict[date, Counter[str]] = {}
    for item in classified:
        day = item.post.created_at.date()
        start = day - timedelta(days=day.weekday())
        by_week.setdefault(start, Counter())[item.verdict.category] += 1
    return [
        Week(start, counts["on_topic"], counts["personal"], counts["other"])
        for start, counts in sorted(by_week.items())
    ]


def _advice(
    account: Account, shares: dict[Category, float], weeks: list[Week], posts: int
) -> list[str]:
    if not account.specialties:
        return [
            _(
                "Name your specialty in your profile: the coach measures how much of your "
                "posting is about it."
            )
        ]
    if posts == 0:
        return [_("Post about %(specialty)s: nothing to measure yet.") % _named(account)]
    advice = []
    focus = round(shares["on_topic"] * 100)
    if focus < 30:
        advice.append(
            _(
                "Only %(focus)d%% of your posts are about %(specialty)s. Followers who came "
                "for it lose it among the rest: post about it more often."
            )
            % {"focus": focus, **_named(account)}
        )
    elif focus >= 60:
        advice.append(
            _("%(focus)d%% of your posts are about %(specialty)s: a clear identity. Keep it.")
            % {"focus": focus, **_named(account)}
        )
    else:
        advice.append(
            _(
                "%(focus)d%% of your posts are about %(specialty)s. A little more focus makes "
                "your identity clear."
            )
            % {"focus": focus, **_named(account)}
        )
    if shares["personal"] >= 0.4:
        advice.append(
            _(
                "%(personal)d%% of your posts are diary chatter (meals, sleep, traffic, "
                "greetings). Share less of it, or keep it for a personal account."
            )
            % {"personal": round(shares["personal"] * 100)}
        )
    recent, earlier = weeks[-2:], weeks[:-2]
    if earlier and recent:
        before = sum(w.on_topic for w in earlier) / max(1, sum(w.total for w in earlier))
        lately = sum(w.on_topic for w in recent) / max(1, sum(w.total for w in recent))
        if lately + 0.15 < before:
            advice.append(_("Your focus fell in the last two weeks."))
    if focus >= 60 and not account.open_to_offers:
        advice.append(
            _("Turn on “open to offers”: the talent directory shows focused people first.")
        )
    return advice


def _named(account: Account) -> dict[str, str]:
    return {"specialty": account.specialties[0]["name"]}


def identity_visible(
    report_owner: Account, viewer: Account | None
) -> Literal["all", "shares", "none"]:
    """Return how much of an identity report `viewer` may see: all of it (its owner), the
    shares (anyone, once the owner shows the badge), or nothing."""
    if viewer is not None and viewer.pk == report_owner.pk:
        return "all"
    return "shares" if report_owner.focus_public else "none"
