"""Advice on a draft post, and the checklist of a business profile."""

from dataclasses import dataclass
from typing import Literal

from django.conf import settings
from django.db.models import Q
from django.utils.translation import gettext as _

from hudhud.accounts.models import Account, AccountKind, Follow
from hudhud.arabic import detect_language, extract_entities
from hudhud.coach.analysis.boosts import boost_request, polite_rewrite
from hudhud.coach.analysis.help import help_guess
from hudhud.coach.analysis.promotion import promotional
from hudhud.posts.models import Pin, Post

Severity = Literal["warning", "info"]
#: Mentions of this many accounts that do not follow the author make a mass mention.
MASS_MENTION = 5
#: The recent posts the promotion share of a business account is measured on.
PROMO_WINDOW = 20
#: The share of promotion past which a business account's feed is "almost all" promotion.
PROMO_SHARE = 0.8
#: The posts an identity report classifies, newest first.
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
    named = Q()
    for username, domain in mentioned:
        named |= Q(follower__username__iexact=username, follower__domain__iexact=domain)
    # Only the mentioned among the followers: an author may have many.
    followers = {
        (username.lower(), domain.lower())
        for username, domain in Follow.objects.filter(
            named, target=author, accepted=True
        ).values_list("follower__username", "follower__domain")[: len(mentioned)]
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
