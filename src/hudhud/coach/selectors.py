"""The coach's reads: advice on a draft, the identity report of an account, who entered a
giveaway, the talent directory and job offers."""

import math
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, AccountKind, Block, Follow
from hudhud.arabic import detect_language, extract_entities, terms
from hudhud.coach.analysis.boosts import boost_request, polite_rewrite
from hudhud.coach.analysis.help import help_guess
from hudhud.coach.analysis.identity import Category, Specialty, Verdict, identity_model
from hudhud.coach.analysis.promotion import promotional
from hudhud.coach.models import EntryRule, Giveaway, JobOffer
from hudhud.posts.models import Pin, Post, Visibility
from hudhud.search.selectors import accounts_matching

Severity = Literal["warning", "info"]

#: Mentions of this many accounts that do not follow the author make a mass mention.
MASS_MENTION = 5
#: The recent posts the promotion share of a business account is measured on.
PROMO_WINDOW = 20
#: The share of promotion past which a business account's feed is "almost all" promotion.
PROMO_SHARE = 0.8
#: The posts an identity report classifies, newest first.
IDENTITY_WINDOW = 100
#: The people open to offers the talent directory ranks at most.
TALENT_CANDIDATES = 1000
#: A draft longer than this is not analysed (a post has at most 500 characters).
MAX_DRAFT = 5000

_SELLERS = (AccountKind.BUSINESS, AccountKind.STARTUP)


@dataclass(frozen=True)
class Finding:
    """One piece of advice on a draft: never a refusal."""

    kind: str
    severity: Severity
    message: str
    suggestion: str | None = None


def _non_followers(author: Account, text: str) -> list[str]:
    """Return the handles `text` mentions (as written) of accounts that do not follow
    `author`; an account unknown here follows nobody here."""
    mentioned: dict[tuple[str, str], str] = {}
    for entity in extract_entities(text):
        if entity.kind == "mention":
            here = entity.domain.lower() in ("", settings.DOMAIN.lower())
            key = (entity.username.lower(), "" if here else entity.domain.lower())
            mentioned.setdefault(key, "@" + entity.value)
    if len(mentioned) < MASS_MENTION:
        return []
    followers = {
        (username.lower(), domain.lower())
        for username, domain in Follow.objects.filter(target=author, accepted=True).values_list(
            "follower__username", "follower__domain"
        )
    }
    own = (author.username.lower(), author.domain.lower())
    return [text for key, text in mentioned.items() if key not in followers and key != own]


def _without(text: str, handles: list[str]) -> str:
    for handle in handles:
        text = text.replace(handle, "")
    return " ".join(text.split())


def draft_check(*, author: Account | None, text: str) -> list[Finding]:
    """Return the coach's advice on a draft post by `author` (a visitor's draft gets the
    advice on its words only)."""
    text = text[:MAX_DRAFT]
    language = "en" if detect_language(text) == "en" else "ar"
    findings: list[Finding] = []
    boost = boost_request(text)
    if boost.demanding:
        findings.append(
            Finding(
                kind="demanding_boost_request",
                severity="warning",
                message=_(
                    "This asks for boosts as a demand. Ask politely and leave the choice "
                    "to the reader: only if they like it."
                ),
                suggestion=polite_rewrite(text, language=language),
            )
        )
    if author is not None:
        strangers = _non_followers(author, text)
        if strangers:
            findings.append(
                Finding(
                    kind="mass_mention",
                    severity="warning",
                    message=_(
                        "You mention %(count)d accounts that do not follow you. Mention only "
                        "those the post is really for."
                    )
                    % {"count": len(strangers)},
                    suggestion=_without(text, strangers),
                )
            )
        findings += _seller_findings(author, text)
    findings += _help_findings(text)
    return findings


def _seller_findings(author: Account, text: str) -> list[Finding]:
    if author.kind not in _SELLERS:
        return []
    findings = []
    recent = list(
        Post.objects.filter(author=author, boost_of__isnull=True)
        .order_by("-id")
        .values_list("text", flat=True)[: PROMO_WINDOW - 1]
    )
    posts = [text, *recent] if text.strip() else recent
    promotions = sum(promotional(item) for item in posts)
    if len(posts) >= PROMO_WINDOW // 4 and promotions / len(posts) >= PROMO_SHARE:
        findings.append(
            Finding(
                kind="promo_ratio",
                severity="info",
                message=_(
                    "%(promotions)d of your last %(posts)d posts are promotion. Followers stay "
                    "for useful posts, prizes and perks, not for a stream of adverts."
                )
                % {"promotions": promotions, "posts": len(posts)},
            )
        )
    if not author.avatar:
        findings.append(
            Finding(
                kind="missing_avatar",
                severity="info",
                message=_(
                    "Your account has no avatar: it is the strongest sign of your product. "
                    "Add one first."
                ),
            )
        )
    return findings


def _help_findings(text: str) -> list[Finding]:
    guess = help_guess(text)
    if guess.kind == "request":
        return [
            Finding(
                kind="looks_like_help_request",
                severity="info",
                message=_(
                    "This looks like a request for help. A structured help request, with its "
                    "category and city, reaches the volunteers who can answer it."
                ),
            )
        ]
    if guess.kind == "offer":
        return [
            Finding(
                kind="looks_like_help_offer",
                severity="info",
                message=_(
                    "This looks like an offer of help. A structured help offer, with its "
                    "category and city, reaches those who need it."
                ),
            )
        ]
    return []


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


EntryStatus = Literal["entered", "not_entered", "ineligible"]


def _eligible(giveaway: Giveaway) -> QuerySet[Account]:
    """Return who may win `giveaway`: not its organiser, a bot, a suspended account, one
    that blocks or is blocked by the organiser, nor one younger than the minimum age."""
    organiser = giveaway.post.author_id
    oldest = giveaway.deadline - timedelta(days=giveaway.min_account_age_days)
    return (
        Account.objects.filter(bot=False, suspended=False, created_at__lte=oldest)
        .exclude(pk=organiser)
        .exclude(pk__in=Block.objects.filter(target=organiser).values("account"))
        .exclude(pk__in=Block.objects.filter(account=organiser).values("target"))
    )


def _entered(giveaway: Giveaway) -> QuerySet[Account]:
    """Return who may win `giveaway` and did what its rule asks before its deadline."""
    post = giveaway.post
    if giveaway.rule == EntryRule.REPLY:
        acted = Post.objects.filter(in_reply_to=post, created_at__lte=giveaway.deadline)
    else:
        acted = Post.objects.filter(boost_of=post, created_at__lte=giveaway.deadline)
    entrants = _eligible(giveaway).filter(pk__in=acted.values("author"))
    if giveaway.rule == EntryRule.FOLLOW_AND_BOOST:
        followers = Follow.objects.filter(target=post.author_id, accepted=True)
        entrants = entrants.filter(pk__in=followers.values("follower"))
    return entrants


def giveaway_entrants(giveaway: Giveaway) -> list[Account]:
    """Return who has entered `giveaway` and may win, ordered by ID."""
    return list(_entered(giveaway).order_by("pk"))


def giveaway_entry(giveaway: Giveaway, account: Account) -> EntryStatus:
    """Return whether `account` has entered `giveaway`: as things stand before the draw, as
    they stood at the draw after it."""
    if giveaway.drawn:
        return "entered" if str(account.pk) in giveaway.entrants else "not_entered"
    if _entered(giveaway).filter(pk=account.pk).exists():
        return "entered"
    return "not_entered" if _eligible(giveaway).filter(pk=account.pk).exists() else "ineligible"


@dataclass(frozen=True)
class Talent:
    """A person of the talent directory, with the focus it is ranked by."""

    account: Account
    on_topic: float
    engagement: float


def talent_directory(viewer: Account | None, q: str = "", *, limit: int = 40) -> list[Talent]:
    """Return the people open to offers, those whose specialty (or name, or bio) has the
    words of `q` when given, ranked by focus and then engagement."""
    people = Account.objects.filter(
        open_to_offers=True, local=True, suspended=False, discoverable=True
    ).select_related("focus")
    if q.strip():
        people = people.filter(pk__in=accounts_matching(q))
    if viewer is not None:
        people = people.exclude(
            pk__in=Block.objects.filter(target=viewer).values("account")
        ).exclude(pk__in=Block.objects.filter(account=viewer).values("target"))
    talents = [
        Talent(
            account=person,
            on_topic=getattr(getattr(person, "focus", None), "on_topic", 0.0),
            engagement=getattr(getattr(person, "focus", None), "engagement", 0.0),
        )
        for person in people[:TALENT_CANDIDATES]
    ]
    talents.sort(key=lambda t: (-t.on_topic * (1 + math.log1p(t.engagement)), t.account.pk))
    return talents[:limit]


def offers_received(account: Account) -> QuerySet[JobOffer]:
    """Return the job offers sent to `account`, newest first."""
    return JobOffer.objects.filter(recipient=account).select_related("sender").order_by("-id")


def offers_sent(account: Account) -> QuerySet[JobOffer]:
    """Return the job offers `account` sent, newest first."""
    return JobOffer.objects.filter(sender=account).select_related("recipient").order_by("-id")


@dataclass(frozen=True)
class ChecklistItem:
    item: Literal["avatar", "header", "bio", "link", "specialty", "pinned_post"]
    label: str
    done: bool


def profile_checklist(account: Account) -> list[ChecklistItem]:
    """Return what a business or startup profile needs, avatar first (none for others)."""
    if account.kind not in _SELLERS:
        return []
    linked = any("://" in field["value"] for field in account.fields) or "://" in account.bio
    return [
        ChecklistItem(
            "avatar", _("An avatar: the strongest sign of your product"), bool(account.avatar)
        ),
        ChecklistItem("header", _("A header image"), bool(account.header)),
        ChecklistItem("bio", _("A bio that says what you offer"), bool(account.bio.strip())),
        ChecklistItem("link", _("A link to your site or store"), linked),
        ChecklistItem("specialty", _("Your field, as a specialty"), bool(account.specialties)),
        ChecklistItem(
            "pinned_post",
            _("A pinned post that introduces you"),
            Pin.objects.filter(account=account).exists(),
        ),
    ]
